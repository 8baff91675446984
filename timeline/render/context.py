"""One render context for every output: built once from the timeline.

Templates only lay it out. Article text reaches them as plain strings in
``Segment``s (the dating expression is a segment of its own, marked by the
template), so Jinja's autoescaping covers every character of it and no
article text is ever markup or template source.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any, Optional, Sequence
from urllib.parse import urlsplit

from markupsafe import Markup

from timeline.data import load_table
from timeline.merge.build import Entry, SourceRef, Timeline, period_end, period_start
from timeline.model import Article, Event, Figure
from timeline.render.arabic import (approx_label, day_heading, figure_label, load_display, month_heading,
                                    part_label)
from timeline.render.chart import chart_rows, chart_svg

__all__ = ["ltr", "isolate", "safe_url", "day_views", "source_views", "assemble", "month_views", "is_paginated",
           "key_score", "Segment", "SourceView", "EventView", "FigureView", "EntryView", "DayView", "MonthView",
           "BriefingContext", "build_context", "RenderOptions", "HeadlineFigure", "KeyItem"]


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
    key_developments: int = 5
    #: texts of entries already sent in earlier newsletter issues (novelty in the key developments)
    seen: frozenset[str] = frozenset()
    #: keep figures from elsewhere out of the headline numbers (a place name, e.g. «حلب»)
    place: Optional[str] = None


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
    count: int = -1           # entries (kept when a summary drops the entries themselves)

    @property
    def size(self) -> int:
        return self.count if self.count >= 0 else len(self.entries)

    def light(self) -> "DayView":
        """The same day without its entries (for an index page)."""
        return replace(self, entries=(), count=self.size)


@dataclass(frozen=True)
class MonthView:
    key: str
    heading: str
    days: tuple[DayView, ...]
    page: str                 # file name of its page ("" on a single page)

    @property
    def entry_count(self) -> int:
        return sum(d.size for d in self.days)


@dataclass(frozen=True)
class HeadlineFigure:
    """A headline number of the period (cover, lead): the latest running total of its
    kind where the sources give one, else the attributed range of the daily claims."""

    kind: str
    label: str                 # «قتلى»
    text: str                  # «1071 منذ 15 نوفمبر (حسب المرصد السوري، حتى 13 ديسمبر)»
    low: int
    high: int
    running: bool


@dataclass(frozen=True)
class KeyItem:
    """One of «أبرز التطورات»: a clean sentence in the sources' words, attributed and dated."""

    date: str                  # the day (ISO)
    heading: str               # the day in words
    anchor: str                # the entry's anchor
    page: str                  # the page holding the entry ("" on a one-page timeline)
    text: str                  # the sentence without its leading connective
    attribution: str           # «(حسب الدفاع المدني، عن الجزيرة)»
    figures: str               # the figures this sentence states, in words ("" when none)
    score: float


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
    #: at most 80 words at the top of every briefing (the editor's note's ``lead`` replaces it)
    lead: str = ""
    headline: tuple[HeadlineFigure, ...] = ()
    #: machine-readable exports written beside the HTML: (file name, label)
    exports: tuple[tuple[str, str], ...] = ()


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


def day_views(timeline: Timeline, options: RenderOptions) -> list[DayView]:
    """The days of a timeline as the templates show them, in date order."""
    views = []
    languages = {a.id: a.language for a in timeline.articles}
    for d in timeline.days:
        entries = tuple(_entry_view(e, i, d.date, languages) for i, e in enumerate(d.entries))
        views.append(DayView(d.date, day_heading(d.date, options.month_names), d.date,
                             d.precision, _month_key(d.date), entries, tuple(d.counts().items()),
                             period_start(d.date).isoformat(), period_end(d.date).isoformat(), len(entries)))
    return views


def source_views(articles: Sequence[Article]) -> tuple[SourceView, ...]:
    labels = load_display()["published_sources"]
    return tuple(
        SourceView(a.id, a.source or a.id, safe_url(a.url), a.published, a.title,
                   labels.get(a.published_source, a.published_source), a.published_evidence, a.language)
        for a in sorted(articles, key=lambda a: (a.published, a.id))
    )


def key_score(day: DayView, n: int, e: EntryView) -> tuple:
    """Key developments: the entries most sources reported, then those with the largest figures."""
    return (len(e.sources), sum(f.count for f in e.figures), day.date, -n)


def month_views(days: Sequence[DayView], options: RenderOptions, paginated: bool) -> tuple[MonthView, ...]:
    months: dict[str, list[DayView]] = {}
    for d in days:
        months.setdefault(d.month, []).append(d)
    return tuple(
        MonthView(key, month_heading(int(key[:4]), int(key[5:]), options.month_names), tuple(ds),
                  f"timeline-{key}.html" if paginated else "")
        for key, ds in months.items()
    )


def is_paginated(days: int, months: int, options: RenderOptions) -> bool:
    return months > 1 and (options.paginate == "month" or (options.paginate == "auto" and days > options.page_days))


def period_words(first: Optional[str], last: Optional[str], options: RenderOptions) -> str:
    if first and last and first != last:
        return f"{day_heading(first, options.month_names)} – {day_heading(last, options.month_names)}"
    return day_heading(first, options.month_names) if first else ""


def assemble(chronological: Sequence[DayView], articles: Sequence[Article], undated: int, events: int,
             options: RenderOptions, *, paginated: Optional[bool] = None,
             months: Optional[tuple[MonthView, ...]] = None,
             key: Optional[tuple[tuple[DayView, EntryView], ...]] = None,
             period: Optional[tuple[Optional[str], Optional[str]]] = None) -> BriefingContext:
    """The render context from day views (all of them, one month's, or light ones for an index)."""
    days = list(reversed(chronological)) if options.newest_first else list(chronological)
    if paginated is None:
        paginated = is_paginated(len(days), len({d.month for d in days}), options)
    if months is None:
        months = month_views(days, options, paginated)
    page_of = {d.date: m.page for m in months for d in m.days}
    sources = source_views(articles)
    outlets = tuple((a.doc, f"{a.outlet} ({a.published})" if a.outlet == a.doc else a.outlet) for a in sources)
    totals: Counter[str] = Counter()
    for d in chronological:
        for kind, n in d.counts:
            totals[kind] += n
    first, last = period if period is not None else (
        (chronological[0].date, chronological[-1].date) if chronological else (None, None))
    if key is None:
        ranked = [(key_score(d, n, e), d, e) for d in chronological for n, e in enumerate(d.entries)]
        top = sorted(ranked, key=lambda x: x[0], reverse=True)[: options.key_developments]
        key = tuple((d, e) for _, d, e in sorted(top, key=lambda x: (x[1].date, x[2].anchor)))
    return BriefingContext(
        title=options.title, period=period_words(first, last, options), period_start=first, period_end=last,
        generated=options.generated.isoformat() if options.generated else None,
        days=tuple(days), months=months, paginated=paginated, articles=sources, outlets=outlets,
        stats={"articles": len(articles), "outlets": len({a.outlet for a in sources}),
               "entries": sum(d.size for d in days), "days": len(days), "events": events},
        totals=tuple(sorted(totals.items())),
        chart=chart_svg(chronological, options.month_names,
                        href=lambda d: f"{page_of.get(d.date, '')}#{d.anchor}"),
        chart_print=chart_svg(chronological, options.month_names, words=False),
        chart_legend=tuple((r.label, r.colour) for r in chart_rows(chronological)),
        key_developments=key, notes=options.notes_html, undated=undated,
    )


def build_context(timeline: Timeline, options: RenderOptions = RenderOptions()) -> BriefingContext:
    """Everything the templates show, computed once (deterministic for a given timeline)."""
    events = sum(len(s.events) for d in timeline.days for e in d.entries for s in e.sources)
    return assemble(day_views(timeline, options), timeline.articles, timeline.undated, events, options)
