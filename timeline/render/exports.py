"""Machine-readable exports written beside the HTML timeline.

- ``timeline.json``: the merged timeline exactly as ``generate.py timeline``
  prints it (``Timeline.to_json()``, indented by one space), described by
  ``timeline/data/timeline.schema.json``;
- ``events.csv``: one row per event (UTF-8 with a byte order mark, so Excel
  reads it as UTF-8; CRLF line ends; csv-module quoting);
- ``timelinejs.json``: one slide per entry in TimelineJS3's JSON format
  (https://timeline.knightlab.com/docs/json-format.html). TimelineJS shows
  ``headline`` and ``text`` as HTML, so every piece of article text in them
  is escaped.

Each is made a month at a time from a ``TimelineSource`` and handed over as
a stream of text, so an archive of any size is exported without being held
whole. The order is the timeline's (days, then entries, then sources, then
events): the same input gives the same bytes.
"""

from __future__ import annotations

import csv
import html
import io
import json
from typing import Iterable, Iterator, Optional

from timeline.merge.build import Day, Timeline
from timeline.merge.source import TimelineSource
from timeline.model import Figure
from timeline.data import BRIEFING_LANGUAGE, briefing_table
from timeline.render.arabic import count_noun, day_heading
from timeline.render.context import RenderOptions, period_words, safe_url
from timeline.io import Output
from timeline.values import Precision, TimeValue, order_key

__all__ = ["EXPORTS", "FILES", "SCHEMA", "export_outputs", "exports_listed", "timeline_json", "events_csv",
           "timelinejs_json", "CSV_COLUMNS"]

#: format name (as in ``--formats``) -> file name, in the order the pages list them
FILES = {"json": "timeline.json", "csv": "events.csv", "timelinejs": "timelinejs.json"}
EXPORTS = tuple(FILES)
#: the JSON Schema of timeline.json
SCHEMA = "timeline/data/timeline.schema.json"

CSV_COLUMNS = ("day", "time", "entry", "text", "outlet", "doc", "published", "url", "placement", "figures",
               "running_totals")
#: a spreadsheet takes a cell starting with one of these for a formula
_FORMULA = ("=", "+", "-", "@", "\t", "\r")
#: words kept in a TimelineJS headline (the start of the entry's text)
HEADLINE_WORDS = 12


def _table() -> dict:
    return briefing_table("exports")


def exports_listed(formats: Iterable[str]) -> tuple[tuple[str, str], ...]:
    """(file name, label) of the exports among ``formats``, for the pages to link."""
    labels = _table()["labels"]
    wanted = set(formats)
    return tuple((FILES[f], labels[FILES[f]]) for f in EXPORTS if f in wanted)


def _days(source: TimelineSource) -> Iterator[Day]:
    """Every day of the source in the timeline's order, one month held at a time."""
    for key in sorted(source.months()):
        yield from sorted(source.month(key).days, key=lambda d: order_key(d.date))


def _indented(text: str, spaces: int) -> str:
    # JSON escapes line breaks inside strings, so every line break is structure
    return text.replace("\n", "\n" + " " * spaces)


def timeline_json(source: TimelineSource) -> Iterator[str]:
    """``json.dumps(timeline.to_json(), ensure_ascii=False, indent=1) + "\\n"``, in pieces."""
    # the order build_timeline gives them (the store keeps them in reading order)
    articles = tuple(sorted(source.articles, key=lambda a: (a.published, a.id)))
    head = Timeline((), articles, source.undated).to_json()
    yield '{\n "articles": ' + _indented(json.dumps(head["articles"], ensure_ascii=False, indent=1), 1)
    yield ',\n "days": ['
    first = True
    for day in _days(source):
        yield ("\n  " if first else ",\n  ") + _indented(json.dumps(day.to_json(), ensure_ascii=False, indent=1), 2)
        first = False
    yield ("]" if first else "\n ]") + ',\n "undated_events": ' + json.dumps(head["undated_events"]) + "\n}\n"


def _cell(text: Optional[str]) -> str:
    """Text for a spreadsheet cell: never read as a formula (a leading apostrophe, as Excel's own)."""
    text = text or ""
    return "'" + text if text.startswith(_FORMULA) else text


def _figures(figures: Iterable[Figure], cumulative: bool) -> str:
    parts = []
    for f in figures:
        if f.cumulative != cumulative:
            continue
        count = f"{f.count}-{f.upper}" if f.upper else str(f.count)
        parts.append(f"{f.kind}={count}" + (f" since {f.since}" if cumulative and f.since else ""))
    return ";".join(parts)


def events_csv(source: TimelineSource) -> Iterator[str]:
    """One row per event: its day, the entry's time and anchor (``2016-12-08-3``, the id on the
    page), its text, the reporting article, how it was dated and its figures (``kind=count;...``;
    running totals in a column of their own, with their start)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")

    def flush() -> str:
        text = buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        return text

    writer.writerow(CSV_COLUMNS)
    yield "\ufeff" + flush()
    for day in _days(source):
        for n, entry in enumerate(day.entries):
            for s in entry.sources:       # the copies are listed in timeline.json
                for e in s.events:
                    writer.writerow((day.date, entry.time or "", f"{day.date}-{n + 1}", _cell(e.text),
                                     _cell(s.source or s.doc), _cell(s.doc), s.published, safe_url(s.url) or "",
                                     e.placement, _figures(e.figures, False), _figures(e.figures, True)))
        yield flush()


def _date(value: TimeValue) -> dict:
    """A TimelineJS date object: the precision the day has (a week as its Monday)."""
    start = value.first_day
    if value.precision is Precision.YEAR:
        return {"year": start.year}
    if value.precision is Precision.MONTH:
        return {"year": start.year, "month": start.month}
    return {"year": start.year, "month": start.month, "day": start.day}


def _headline(text: str) -> str:
    words = text.split()
    return " ".join(words[:HEADLINE_WORDS]) + (" …" if len(words) > HEADLINE_WORDS else "")


def _rtl(markup: str) -> str:
    return f'<div dir="rtl" lang="{BRIEFING_LANGUAGE}">{markup}</div>'


def timelinejs_json(source: TimelineSource, options: RenderOptions = RenderOptions()) -> Iterator[str]:
    """TimelineJS3's format: a title slide, and a slide per entry (``unique_id`` its anchor,
    ``group`` the outlet that reported it first). Every text is escaped: TimelineJS renders
    ``headline`` and ``text`` as HTML."""
    words = _table()["timelinejs"]
    esc = html.escape
    dates = source.dates()
    first, last = (min(dates, key=order_key), max(dates, key=order_key)) if dates else (None, None)
    n_entries = 0
    yield '{\n "scale": "human",\n "events": ['
    sep = "\n  "
    for day in _days(source):
        display = day_heading(day.date, options.month_names)
        for n, entry in enumerate(day.entries):
            lead = entry.sources[0]
            names = [f'<a href="{esc(url)}">{esc(s.source or s.doc)}</a>' if (url := safe_url(s.url))
                     else esc(s.source or s.doc) for s in entry.sources]
            label = words["source"] if len(entry.sources) == 1 else words["sources"]
            if entry.copies:
                names[-1] += f" و{esc(count_noun(len(entry.copies), 'other_outlet'))}"
            body = (f"<p>{esc(entry.text)}</p>"
                    f"<p><small>{esc(label)}: {'، '.join(names)}</small></p>")
            value = TimeValue.parse(day.date)
            slide = {"start_date": {**_date(value), "display_date": display}}
            if value.precision is not Precision.DAY:     # a month, a year or a week: the slide spans it
                end = value.last_day
                slide["end_date"] = {"year": end.year, "month": end.month, "day": end.day}
            slide.update({
                "text": {"headline": _rtl(esc(_headline(entry.text))), "text": _rtl(body)},
                "group": lead.source or lead.doc,
                "unique_id": f"{day.date}-{n + 1}",
            })
            yield sep + _indented(json.dumps(slide, ensure_ascii=False, indent=1), 2)
            sep = ",\n  "
            n_entries += 1
    summary = words["summary"].format(entries=count_noun(n_entries, "entry"), days=count_noun(len(dates), "day"))
    period = period_words(first, last, options)
    title = {"text": {"headline": _rtl(esc(options.title)),
                      "text": _rtl(f"<p>{esc(period)}</p><p>{esc(summary)}</p>" if period else f"<p>{esc(summary)}</p>")}}
    yield ("]" if n_entries == 0 else "\n ]") + ',\n "title": ' + _indented(json.dumps(title, ensure_ascii=False, indent=1), 1) + "\n}\n"


def export_outputs(source: TimelineSource, formats: Iterable[str],
                   options: RenderOptions = RenderOptions()) -> Iterator[Output]:
    """The exports among ``formats``, each an ``Output`` streamed as it is made."""
    makers = {"json": lambda: timeline_json(source), "csv": lambda: events_csv(source),
              "timelinejs": lambda: timelinejs_json(source, options)}
    wanted = set(formats)
    for f in EXPORTS:
        if f in wanted:
            yield Output(FILES[f], b"", "data", stream=makers[f]())
