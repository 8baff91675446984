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

import codecs
import csv
import datetime as dt
import html
import io
import json
import os
import tempfile
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator, Optional

from timeline.merge.build import Day, Timeline
from timeline.merge.source import TimelineSource
from timeline.model import Figure
from timeline.data import BRIEFING_LANGUAGE, briefing_table
from timeline.render.arabic import count_noun, day_heading
from timeline.render.context import RenderOptions, period_words, safe_url
from timeline.io import Output
from timeline.values import Precision, TimeValue, order_key

__all__ = ["EXPORTS", "FILES", "SCHEMA", "export_outputs", "ExportSpool", "exports_listed", "timeline_json", "events_csv",
           "timelinejs_json", "CSV_COLUMNS"]

#: format name (as in ``--formats``) -> file name, in the order the pages list them
FILES = {"json": "timeline.json", "csv": "events.csv", "timelinejs": "timelinejs.json"}
EXPORTS = tuple(FILES)
#: the JSON Schema of timeline.json
SCHEMA = "timeline/data/timeline.schema.json"

CSV_COLUMNS = ("day", "time", "entry", "text", "outlet", "doc", "published", "url", "placement", "figures",
               "running_totals", "place", "country", "lat", "lon")
#: a spreadsheet takes a cell starting with one of these for a formula
_FORMULA = ("=", "+", "-", "@", "\t", "\r")
#: words kept in a TimelineJS headline (the start of the entry's text)
HEADLINE_WORDS = 12


def _table() -> dict:
    return briefing_table("exports")


def exports_listed(formats: Iterable[str]) -> tuple[tuple[str, str], ...]:
    """(file name, label) of the exports among ``formats``, for the pages to link."""
    labels = _table()["labels"]
    return tuple((FILES[f], labels[FILES[f]]) for f in _chosen(formats))


def _chosen(formats: Iterable[str]) -> tuple[str, ...]:
    """The exports among ``formats``, in the order of ``EXPORTS``."""
    wanted = set(formats)
    return tuple(f for f in EXPORTS if f in wanted)


def _days(source: TimelineSource) -> Iterator[Day]:
    """Every day of the source in the timeline's order, one month held at a time."""
    for key in sorted(source.months()):
        yield from _ordered(source.month(key).days)


def _ordered(days: Iterable[Day]) -> list[Day]:
    return sorted(days, key=lambda d: order_key(d.date))


def _indented(text: str, spaces: int) -> str:
    # JSON escapes line breaks inside strings, so every line break is structure
    return text.replace("\n", "\n" + " " * spaces)


@dataclass(frozen=True)
class _Export:
    """How an export is made: its head, the pieces each day gives (``items``), what goes
    before the first piece and between two, and its tail (given how many pieces there were).
    ``stream`` (days read from the source) and ``ExportSpool`` (days handed over month by
    month, in any order) make the same text of it."""

    head: Callable[[TimelineSource, RenderOptions], str]
    items: Callable[[Day, RenderOptions], list[str]]
    first: str
    sep: str
    tail: Callable[[TimelineSource, RenderOptions, int], str]

    def stream(self, source: TimelineSource, options: RenderOptions) -> Iterator[str]:
        yield self.head(source, options)
        n = 0
        for day in _days(source):
            for item in self.items(day, options):
                yield (self.first if n == 0 else self.sep) + item
                n += 1
        yield self.tail(source, options, n)


def _json_head(source: TimelineSource, options: RenderOptions) -> str:
    # the order build_timeline gives them (the store keeps them in reading order)
    articles = tuple(sorted(source.articles, key=lambda a: (a.published, a.id)))
    head = Timeline((), articles, source.undated).to_json()
    return '{\n "articles": ' + _indented(json.dumps(head["articles"], ensure_ascii=False, indent=1), 1) + ',\n "days": ['


def _json_items(day: Day, options: RenderOptions) -> list[str]:
    return [_indented(json.dumps(day.to_json(), ensure_ascii=False, indent=1), 2)]


def _json_tail(source: TimelineSource, options: RenderOptions, n: int) -> str:
    return ("]" if n == 0 else "\n ]") + ',\n "undated_events": ' + json.dumps(source.undated) + "\n}\n"


_JSON = _Export(_json_head, _json_items, "\n  ", ",\n  ", _json_tail)


def timeline_json(source: TimelineSource) -> Iterator[str]:
    """``json.dumps(timeline.to_json(), ensure_ascii=False, indent=1) + "\\n"``, in pieces."""
    return _JSON.stream(source, RenderOptions())


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


def _csv_text(rows: Iterable[tuple]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue()


def _csv_head(source: TimelineSource, options: RenderOptions) -> str:
    return "\ufeff" + _csv_text([CSV_COLUMNS])


def _coordinate(value: float | None) -> str:
    return "" if value is None else f"{value:.5f}".rstrip("0").rstrip(".")


def _csv_items(day: Day, options: RenderOptions) -> list[str]:
    rows = []
    for n, entry in enumerate(day.entries):
        for s in entry.sources:       # the copies are listed in timeline.json
            for e in s.events:
                where = e.place
                rows.append((day.date, entry.time or "", f"{day.date}-{n + 1}", _cell(e.text),
                             _cell(s.source or s.doc), _cell(s.doc), s.published, safe_url(s.url) or "",
                             e.placement, _figures(e.figures, False), _figures(e.figures, True),
                             _cell(where.text) if where is not None else "",
                             (where.country or "") if where is not None else "",
                             _coordinate(where.lat if where is not None else None),
                             _coordinate(where.lon if where is not None else None)))
    return [_csv_text(rows)] if rows else []


_CSV = _Export(_csv_head, _csv_items, "", "", lambda source, options, n: "")


def events_csv(source: TimelineSource) -> Iterator[str]:
    """One row per event: its day, the entry's time and anchor (``2016-12-08-3``, the id on the
    page), its text, the reporting article, how it was dated and its figures (``kind=count;...``;
    running totals in a column of their own, with their start)."""
    return _CSV.stream(source, RenderOptions())


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


def _tjs_head(source: TimelineSource, options: RenderOptions) -> str:
    return '{\n "scale": "human",\n "events": ['


def _tjs_items(day: Day, options: RenderOptions) -> list[str]:
    words = _table()["timelinejs"]
    esc = html.escape
    display = day_heading(day.date, options.month_names)
    value = TimeValue.parse(day.date)
    slides = []
    for n, entry in enumerate(day.entries):
        lead = entry.sources[0]
        names = [f'<a href="{esc(url)}">{esc(s.source or s.doc)}</a>' if (url := safe_url(s.url))
                 else esc(s.source or s.doc) for s in entry.sources]
        label = words["source"] if len(entry.sources) == 1 else words["sources"]
        if entry.copies:
            names[-1] += f" و{esc(count_noun(len(entry.copies), 'other_outlet'))}"
        body = (f"<p>{esc(entry.text)}</p>"
                f"<p><small>{esc(label)}: {'، '.join(names)}</small></p>")
        slide = {"start_date": {**_date(value), "display_date": display}}
        until = entry.until
        if until and value.precision is Precision.DAY:     # a lasting occurrence: the slide spans its days
            end = dt.date.fromisoformat(until)
            slide["end_date"] = {"year": end.year, "month": end.month, "day": end.day}
        elif value.precision is not Precision.DAY:     # a month, a year or a week: the slide spans it
            end = value.last_day
            slide["end_date"] = {"year": end.year, "month": end.month, "day": end.day}
        slide.update({
            "text": {"headline": _rtl(esc(_headline(entry.text))), "text": _rtl(body)},
            "group": lead.source or lead.doc,
            "unique_id": f"{day.date}-{n + 1}",
        })
        slides.append(_indented(json.dumps(slide, ensure_ascii=False, indent=1), 2))
    return slides


def _tjs_tail(source: TimelineSource, options: RenderOptions, n: int) -> str:
    words = _table()["timelinejs"]
    esc = html.escape
    dates = source.dates()
    first, last = (min(dates, key=order_key), max(dates, key=order_key)) if dates else (None, None)
    summary = words["summary"].format(entries=count_noun(n, "entry"), days=count_noun(len(dates), "day"))
    period = period_words(first, last, options)
    title = {"text": {"headline": _rtl(esc(options.title)),
                      "text": _rtl(f"<p>{esc(period)}</p><p>{esc(summary)}</p>" if period else f"<p>{esc(summary)}</p>")}}
    return ("]" if n == 0 else "\n ]") + ',\n "title": ' + _indented(json.dumps(title, ensure_ascii=False, indent=1), 1) + "\n}\n"


_TIMELINEJS = _Export(_tjs_head, _tjs_items, "\n  ", ",\n  ", _tjs_tail)


def timelinejs_json(source: TimelineSource, options: RenderOptions = RenderOptions()) -> Iterator[str]:
    """TimelineJS3's format: a title slide, and a slide per entry (``unique_id`` its anchor,
    ``group`` the outlet that reported it first). Every text is escaped: TimelineJS renders
    ``headline`` and ``text`` as HTML."""
    return _TIMELINEJS.stream(source, options)


_MAKERS = {"json": _JSON, "csv": _CSV, "timelinejs": _TIMELINEJS}


def export_outputs(source: TimelineSource, formats: Iterable[str],
                   options: RenderOptions = RenderOptions()) -> Iterator[Output]:
    """The exports among ``formats``, each an ``Output`` streamed as it is made (each
    reads the source's days again; ``ExportSpool`` makes them all in one reading)."""
    for f in _chosen(formats):
        yield Output(FILES[f], b"", "data", stream=_MAKERS[f].stream(source, options))


#: what an export's spool keeps in memory before it goes to a temporary file
SPOOL_BYTES = 8 << 20
#: bytes of a spool read back at a time
_PIECE = 1 << 20


class ExportSpool:
    """The exports made in the same reading of the timeline as the pages: each month the
    pages read is handed over (``add``, in any order of months), its pieces go to a spool
    per export (in memory, then a temporary file), and ``outputs`` streams each export
    back in the timeline's order: the same bytes as ``export_outputs``."""

    def __init__(self, source: TimelineSource, formats: Iterable[str], options: RenderOptions = RenderOptions()) -> None:
        self.source, self.options = source, options
        self.formats = _chosen(formats)
        self._spools = {f: tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES, mode="w+b") for f in self.formats}
        #: format -> month -> (start, end, pieces) in its spool
        self._parts: dict[str, dict[str, tuple[int, int, int]]] = {f: {} for f in self.formats}

    def __enter__(self) -> "ExportSpool":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        for spool in self._spools.values():
            spool.close()

    def add(self, key: str, month: Timeline) -> None:
        """A month of the timeline (its days), as the source gives it for ``key``."""
        days = _ordered(month.days)
        for f in self.formats:
            export, spool = _MAKERS[f], self._spools[f]
            spool.seek(0, os.SEEK_END)
            start, n = spool.tell(), 0
            for day in days:            # written a day at a time: a month's text is never held whole
                for item in export.items(day, self.options):
                    spool.write(((export.sep if n else "") + item).encode("utf-8"))
                    n += 1
            self._parts[f][key] = (start, spool.tell(), n)

    def _stream(self, f: str) -> Iterator[str]:
        export, spool = _MAKERS[f], self._spools[f]
        yield export.head(self.source, self.options)
        n = 0
        for key in sorted(self._parts[f]):
            start, end, count = self._parts[f][key]
            if not count:
                continue
            yield export.first if n == 0 else export.sep
            spool.seek(start)
            left = end - start
            decoder = codecs.getincrementaldecoder("utf-8")()   # a piece may end inside a letter
            while left:                 # read back a piece at a time
                piece = spool.read(min(left, _PIECE))
                left -= len(piece)
                yield decoder.decode(piece, final=not left)
            n += count
        yield export.tail(self.source, self.options, n)

    def outputs(self) -> Iterator[Output]:
        """Each export, streamed from its spool as it is written."""
        for f in self.formats:
            yield Output(FILES[f], b"", "data", stream=self._stream(f))
