"""One render context for every output: built once from the timeline.

Templates only lay it out. Article text reaches them as plain strings in
``Segment``s (the dating expression is a segment of its own, marked by the
template), so Jinja's autoescaping covers every character of it and no
article text is ever markup or template source.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Optional
from urllib.parse import urlsplit

from markupsafe import Markup

from timeline.data import load_table
from timeline.merge.build import Entry, SourceRef, Timeline, period_end, period_start
from timeline.model import Article, Event, Figure
from timeline.render.arabic import (approx_label, day_heading, figure_label, load_display, month_heading,
                                    part_label)
from timeline.render.chart import chart_rows, chart_svg

__all__ = ["ltr", "isolate", "safe_url", "Segment", "SourceView", "EventView", "FigureView", "EntryView", "DayView", "MonthView",
           "BriefingContext", "build_context", "RenderOptions"]


@dataclass(frozen=True)
class RenderOptions:
    title: str = "الخط الزمني للأحداث"
    newest_first: bool = False
    month_names: str = "egyptian"
    #: when to give each month its own page: "auto" (more than ``page_days`` days), "month", "none"
    paginate: str = "auto"
    page_days: int = 45
    #: the build date shown in the PDF and Markdown (None: left out, as in HTML)
    generated: Optional[dt.date] = None
    notes_html: Optional[Markup] = None
    key_developments: int = 10


@dataclass(frozen=True)
class Segment:
    text: str
    mark: bool = False
    title: Optional[str] = None


@dataclass(frozen=True)
class SourceView:
    doc: str
    outlet: str
    url: Optional[str]
    published: str
    title: Optional[str]
    #: where the publication date came from, in words, and the evidence when it was inferred
    dated_by: str = ""
    evidence: tuple[str, ...] = ()
    language: str = "ar"


@dataclass(frozen=True)
class EventView:
    segments: tuple[Segment, ...]
    how: str          # how the day was reached, in words


@dataclass(frozen=True)
class FigureView:
    kind: str
    label: str
    reports: tuple[tuple[str, str], ...]   # (outlet, count as shown)
    count: int
    disputed: bool


@dataclass(frozen=True)
class EntryView:
    anchor: str
    date: str
    time: str
    events: tuple[EventView, ...]
    sources: tuple[SourceView, ...]
    figures: tuple[FigureView, ...]
    running_totals: tuple[str, ...]
    source_keys: str          # for the browser filter (data-sources)
    other_texts: tuple[tuple[str, str], ...]   # (outlet, text) of the other reports
    language: str = "ar"      # of the lead report's text


@dataclass(frozen=True)
class DayView:
    date: str
    heading: str
    anchor: str
    precision: str
    month: str                # YYYY-MM, the page it belongs to
    entries: tuple[EntryView, ...]
    counts: tuple[tuple[str, int], ...]
    start: str                # the first and last day of the period (for date filters)
    end: str


@dataclass(frozen=True)
class MonthView:
    key: str
    heading: str
    days: tuple[DayView, ...]
    page: str                 # file name of its page ("" on a single page)

    @property
    def entry_count(self) -> int:
        return sum(len(d.entries) for d in self.days)


@dataclass(frozen=True)
class BriefingContext:
    title: str
    period: str
    period_start: Optional[str]
    period_end: Optional[str]
    generated: Optional[str]
    days: tuple[DayView, ...]
    months: tuple[MonthView, ...]
    paginated: bool
    articles: tuple[SourceView, ...]
    outlets: tuple[tuple[str, str], ...]       # (key, label) for the source filter
    stats: dict[str, int]
    totals: tuple[tuple[str, int], ...]
    chart: Markup              # with its words, for browsers
    chart_print: Markup        # without words inside the SVG, for the PDF
    chart_legend: tuple[tuple[str, str], ...]   # (row name, colour), top to bottom
    key_developments: tuple[tuple[DayView, EntryView], ...]
    notes: Optional[Markup]
    undated: int
    extra: dict[str, Any] = field(default_factory=dict)


LRI, PDI = "\u2066", "\u2069"


def ltr(text: str) -> str:
    """Isolate a left-to-right run (an ISO date, a URL) inside Arabic text.

    Unicode isolates in the text itself, because WeasyPrint ignores
    ``unicode-bidi``; browsers honour them too.
    """
    return f"{LRI}{text}{PDI}"


def isolate(text: str) -> str:
    """Isolate a run whose direction is its own (an outlet's name, a document id)."""
    return f"\u2068{text}\u2069"


def safe_url(url: Optional[str]) -> Optional[str]:
    """An article's link, if it is a plain web address (no javascript:, data:, file: ...)."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or any(c.isspace() for c in url.strip()):
        return None
    return url.strip()


def _outlet(s: SourceRef | Article) -> str:
    return s.source or (s.doc if isinstance(s, SourceRef) else s.id)


def _how(e: Event, published: str) -> str:
    """How the event got its day, in words."""
    table = load_display()["how"]
    x = e.expression
    label = load_display()["placements"].get(e.placement, "").format(published=ltr(published))
    if x is not None:
        text = table["expression"].format(text=x.text, value=ltr(e.date or x.value), published=ltr(published))
        return text if e.placement == "expression" or not label else f"{label}: {text}"
    return label or table["default"].format(published=ltr(published))


def _event_view(e: Event, published: str) -> EventView:
    x = e.expression
    how = _how(e, published)
    if x is not None and e.start <= x.start < x.end <= e.end:
        a, b = x.start - e.start, x.end - e.start
        segments = tuple(s for s in (Segment(e.text[:a]), Segment(e.text[a:b], True, how),
                                     Segment(e.text[b:])) if s.text)
        return EventView(segments, how)
    return EventView((Segment(e.text),), how)


def _count_text(f: Figure) -> str:
    """A reported count as the reader should see it: "أكثر من 60", "3000–3500", or the
    words of a vague count («عشرات القتلى»), which is counted as 10 (100 for hundreds)."""
    if f.approx == "VAGUE":
        return f"«{f.text}»"
    number = f"{f.count}–{f.upper}" if f.upper else str(f.count)
    return f"{approx_label(f.approx)} {number}".strip()


def _entry_view(entry: Entry, index: int, day_anchor: str,
                languages: Optional[dict[str, str]] = None) -> EntryView:
    lead = entry.sources[0]
    events = tuple(_event_view(e, lead.published) for e in lead.events)
    sources = tuple(SourceView(s.doc, _outlet(s), safe_url(s.url), s.published, s.title) for s in entry.sources)
    figures = []
    for kind, c in entry.counts().items():
        reports = []
        for s in entry.sources:
            fs = [f for e in s.events for f in e.figures if f.kind == kind and not f.cumulative]
            if fs:
                biggest = max(fs, key=lambda f: f.count)
                reports.append((_outlet(s), _count_text(biggest)))
        figures.append(FigureView(kind, figure_label(kind), tuple(reports), c["count"], c["disputed"]))
    running = []
    for s in entry.sources:
        for e in s.events:
            for f in e.figures:
                if f.cumulative:
                    table = load_display()["running_total"]
                    since = table["since"].format(since=ltr(f.since)) if f.since else ""
                    running.append(table["text"].format(kind=figure_label(f.kind), count=_count_text(f),
                                                        since=since, outlet=isolate(_outlet(s))))
    time = part_label(entry.time) if entry.time and not entry.time[:1].isdigit() else (entry.time or "")
    return EntryView(
        anchor=f"{day_anchor}-{index + 1}", date=entry.date, time=time, events=events,
        sources=sources, figures=tuple(figures), running_totals=tuple(running),
        source_keys=" ".join(sorted({s.doc for s in entry.sources})),
        other_texts=tuple((_outlet(s), s.text) for s in entry.sources[1:]),
        language=(languages or {}).get(lead.doc, "ar"),
    )


def _month_key(date: str) -> str:
    start = period_start(date)
    return f"{start.year:04d}-{start.month:02d}"


def build_context(timeline: Timeline, options: RenderOptions = RenderOptions()) -> BriefingContext:
    """Everything the templates show, computed once (deterministic for a given timeline)."""
    chronological = []
    languages = {a.id: a.language for a in timeline.articles}
    for d in timeline.days:
        entries = tuple(_entry_view(e, i, d.date, languages) for i, e in enumerate(d.entries))
        chronological.append(DayView(d.date, day_heading(d.date, options.month_names), d.date,
                                     d.precision, _month_key(d.date), entries, tuple(d.counts().items()),
                                     period_start(d.date).isoformat(), period_end(d.date).isoformat()))
    days = list(reversed(chronological)) if options.newest_first else list(chronological)
    months: dict[str, list[DayView]] = {}
    for d in days:
        months.setdefault(d.month, []).append(d)
    paginated = len(months) > 1 and (options.paginate == "month" or (
        options.paginate == "auto" and len(days) > options.page_days))
    month_views = tuple(
        MonthView(key, month_heading(int(key[:4]), int(key[5:]), options.month_names), tuple(ds),
                  f"timeline-{key}.html" if paginated else "")
        for key, ds in months.items()
    )
    page_of = {d.date: m.page for m in month_views for d in m.days}
    articles = tuple(
        SourceView(a.id, a.source or a.id, safe_url(a.url), a.published, a.title,
                   load_display()["published_sources"].get(a.published_source, a.published_source),
                   a.published_evidence, a.language)
        for a in sorted(timeline.articles, key=lambda a: (a.published, a.id))
    )
    outlets = tuple((a.doc, f"{a.outlet} ({a.published})" if a.outlet == a.doc else a.outlet)
                    for a in articles)
    totals: Counter[str] = Counter()
    for d in timeline.days:
        for kind, n in d.counts().items():
            totals[kind] += n
    first = chronological[0].date if chronological else None
    last = chronological[-1].date if chronological else None
    if first and last and first != last:
        period = f"{day_heading(first, options.month_names)} – {day_heading(last, options.month_names)}"
    else:
        period = day_heading(first, options.month_names) if first else ""
    # key developments: the entries most sources reported, then those with the largest
    # figures; shown in date order
    ranked = []
    for d in chronological:
        for n, e in enumerate(d.entries):
            score = (len(e.sources), sum(f.count for f in e.figures), d.date, -n)
            ranked.append((score, d, e))
    top = sorted(ranked, key=lambda x: x[0], reverse=True)[: options.key_developments]
    key = tuple((d, e) for _, d, e in sorted(top, key=lambda x: (x[1].date, x[2].anchor)))
    return BriefingContext(
        title=options.title, period=period, period_start=first, period_end=last,
        generated=options.generated.isoformat() if options.generated else None,
        days=tuple(days), months=month_views, paginated=paginated, articles=articles,
        outlets=outlets,
        stats={"articles": len(timeline.articles), "outlets": len({a.outlet for a in articles}),
               "entries": sum(len(d.entries) for d in days), "days": len(days),
               "events": sum(len(s.events) for d in timeline.days for e in d.entries for s in e.sources)},
        totals=tuple(sorted(totals.items())),
        chart=chart_svg(chronological, options.month_names,
                        href=lambda d: f"{page_of.get(d.date, '')}#{d.anchor}"),
        chart_print=chart_svg(chronological, options.month_names, words=False),
        chart_legend=tuple((r.label, r.colour) for r in chart_rows(chronological)),
        key_developments=key, notes=options.notes_html, undated=timeline.undated,
    )
