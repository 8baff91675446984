"""One render context for every output: built once from the timeline.

Templates only lay it out. Article text reaches them as plain strings in
``Segment``s (the dating expression is a segment of its own, marked by the
template), so Jinja's autoescaping covers every character of it and no
article text is ever markup or template source.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any, Iterable, Optional, Sequence
from urllib.parse import urlsplit

from markupsafe import Markup

from timeline.merge.build import Entry, Timeline
from timeline.merge.tally import Claimed, DayRange, Scope, claimed_figures, in_scope, latest_totals
from timeline.model import Article, Event, Figure, InputError, SourceRef, parse_published
from timeline.render.arabic import (approx_label, count_noun, day_heading, figure_label, load_display,
                                    month_heading, month_name, part_label)
from timeline.text.normalize import fold
from timeline.render.map import MapPlace, map_svg
from timeline.render.chart import chart_rows, chart_svg
from timeline.values import Precision, TimeValue, order_key, period_end, period_start

__all__ = ["ltr", "isolate", "safe_url", "day_views", "source_views", "assemble", "month_views", "is_paginated",
           "merge_places",
           "rank_key", "lead_of", "headline_of", "clean_sentence", "source_labels", "Segment", "SourceView", "EventView", "FigureView", "EntryView", "DayView", "MonthView",
           "BriefingContext", "build_context", "RenderOptions", "HeadlineFigure", "KeyItem"]


@dataclass(frozen=True)
class RenderOptions:
    title: str = "الخط الزمني للأحداث"
    newest_first: bool = False
    month_names: str = "egyptian"
    #: when to give each month its own page: "auto" (more than ``page_days`` days, or more
    #: than ``page_articles`` articles), "month", "none"
    paginate: str = "auto"
    page_days: int = 45
    page_articles: int = 1500
    #: the most a page may weigh: a month that would weigh more is split into weeks, a week
    #: that would into days (``timeline.render.html``)
    page_bytes: int = 4_000_000
    #: the HTML build also makes the archive-wide search index (Pagefind) and its box
    search: bool = True
    #: the build date shown in the PDF and Markdown (None: left out, as in HTML)
    generated: Optional[dt.date] = None
    notes_html: Optional[Markup] = None
    key_developments: int = 5
    #: texts of entries already sent in earlier newsletter issues (novelty in the key developments)
    seen: frozenset[str] = frozenset()
    #: keep figures from elsewhere out of the headline numbers (a place name, e.g. «حلب»)
    place: Optional[str] = None
    #: the editor's lead, replacing the one made from the key developments
    lead: Optional[str] = None
    #: the exports written beside the HTML, for its pages to link: (file name, label)
    exports: tuple[tuple[str, str], ...] = ()


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

    @property
    def day(self) -> str:
        """The publication day (YYYY-MM-DD), whatever clock time ``published`` carries."""
        return parse_published(self.published).isoformat()


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
    #: other outlets carrying one of the sources word for word (or nearly): listed, not repeated
    copies: tuple[SourceView, ...] = ()
    #: the other reports beyond those whose texts are shown (``OTHER_TEXTS``; all are in timeline.json)
    others_not_shown: int = 0

    @property
    def copy_outlets(self) -> tuple[tuple[str, int, Optional[str]], ...]:
        """The copies' outlets, each once, in order: (outlet, how many copies it carried,
        the link of its one copy, or None for several)."""
        counts: dict[str, list] = {}
        for c in self.copies:
            row = counts.setdefault(c.outlet, [0, c.url])
            row[0] += 1
        return tuple((outlet, n, url if n == 1 else None) for outlet, (n, url) in counts.items())
    #: "killed:24 injured:10": the entry's conservative counts, for the page's script
    figure_keys: str = ""
    #: where it happened (PLACE-SPEC): the place as the text names it, its country's code and
    #: name, and the two as shown ("حي الشعار، سوريا"); empty when the reports name none
    place: str = ""
    place_country: str = ""
    place_label: str = ""
    #: the gazetteer's key of the place (for the filters and the map: one key per place)
    place_key: str = ""
    place_kind: str = ""
    place_point: Optional[tuple[float, float]] = None
    #: an occurrence that lasts over named days: its last day, and the two days as shown
    #: («من الخميس 8 ديسمبر 2016 إلى الأحد 11 ديسمبر 2016»); empty for a day's occurrence
    until: str = ""
    lasting: str = ""


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
    #: the day's figures as attributed ranges, in words: (kind label, «بين 24 و30 (...)»)
    claims: tuple[tuple[str, str], ...] = ()
    ranges: tuple[DayRange, ...] = ()
    #: the running totals reported for this day (in the place scope), for the headline
    totals: tuple[Claimed, ...] = ()
    #: the candidates of its entries for the key developments
    candidates: tuple["KeyItem", ...] = ()

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
    #: the pages a busy month is split into (weeks, or days), each a MonthView of its own
    parts: tuple["MonthView", ...] = ()

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

    @property
    def first_day(self) -> Optional[str]:
        """The period's first day (YYYY-MM-DD), whatever the precision of its first date."""
        return period_start(self.period_start).isoformat() if self.period_start else None

    @property
    def last_day(self) -> Optional[str]:
        """The period's last day: the end of its last date (a month ends on its last day)."""
        return period_end(self.period_end).isoformat() if self.period_end else None
    headline: tuple[HeadlineFigure, ...] = ()
    #: the period's places (the map, the filters, the places index «الأماكن»), most entries first
    places: tuple["PlaceView", ...] = ()
    #: (code, name, entries) of the places' countries, most entries first
    countries: tuple[tuple[str, str, int], ...] = ()
    map: Markup = Markup("")            # with its words, for browsers
    map_print: Markup = Markup("")      # without words inside the SVG, for the PDF
    #: places too far from the others to be on the map
    off_map: tuple["PlaceView", ...] = ()
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


def _label(s: SourceRef, labels: dict[str, str]) -> str:
    """What a report's source is called (``source_labels``), its outlet when not listed."""
    return labels.get(s.doc) or _outlet(s)


def date_words(value: str, system: str = "egyptian") -> str:
    """A date value finer than a year as Arabic prose says it («الأربعاء 7 ديسمبر 2016»; a
    time or a publication date with its clock, «2016-12-08 10:30:00+0200»: its day); other
    values as they are."""
    v = TimeValue.parse(value)
    if not v.valid:
        try:
            v = TimeValue.holding(parse_published(value), Precision.DAY)
        except InputError:
            return value
    if not v.is_calendar or v.precision is Precision.YEAR:
        return value
    try:
        return day_heading(v.text, system)
    except KeyError:
        return value


def _how(e: Event, published: str) -> str:
    """How the event got its day, in words."""
    table = load_display()["how"]
    x = e.expression
    when = date_words(published)
    label = load_display()["placements"].get(e.placement, "").format(published=when)
    if x is not None:
        text = table["expression"].format(text=x.text, value=date_words(e.date or x.value), published=when)
        return text if e.placement == "expression" or not label else f"{label}: {text}"
    return label or table["default"].format(published=when)


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


def _attribution(claimant: Optional[str], outlet: str) -> str:
    table = load_display()["claims"]
    if claimant and claimant != outlet:
        return table["by"].format(claimant=claimant, outlet=isolate(outlet))
    return table["by_outlet"].format(outlet=isolate(outlet))


#: the other reports of an entry whose texts are shown with it (the distinct ones, earliest
#: first); the page says how many more there are, and timeline.json has them all
OTHER_TEXTS = 5


def _other_texts(entry: Entry, labels: dict[str, str]) -> tuple[tuple[tuple[str, str], ...], int]:
    shown: list[tuple[str, str]] = []
    seen = {entry.text}
    for s in entry.sources[1:]:
        text = s.text
        if text in seen:
            continue
        seen.add(text)
        if len(shown) < OTHER_TEXTS:
            shown.append((_label(s, labels), text))
    return tuple(shown), len(entry.sources) - 1 - len(shown)


def _entry_view(entry: Entry, index: int, day_anchor: str,
                languages: Optional[dict[str, str]] = None, labels: Optional[dict[str, str]] = None,
                system: str = "egyptian") -> EntryView:
    labels = labels or {}
    lead = entry.sources[0]
    events = tuple(_event_view(e, lead.published) for e in lead.events)
    sources = tuple(SourceView(s.doc, _label(s, labels), safe_url(s.url), s.published, s.title) for s in entry.sources)
    figures = []
    counts = dict(sorted(entry.counts().items(), key=lambda kv: _kind_rank(kv[0])))
    for kind, c in counts.items():
        reports = []
        for s in entry.sources:
            # each claimant's largest count in this source's text (the text the entry shows)
            best: dict[str, Figure] = {}
            for e in s.events:
                for f in e.figures:
                    if f.kind == kind and not f.cumulative:
                        key = f.claimant or ""
                        if key not in best or f.count > best[key].count:
                            best[key] = f
            for key, f in sorted(best.items(), key=lambda kv: (kv[1].start, kv[0])):
                reports.append((_attribution(f.claimant, _label(s, labels)), _count_text(f)))
        figures.append(FigureView(kind, figure_label(kind), tuple(reports), c["count"], c["disputed"]))
    running = []
    for s in entry.sources:
        for e in s.events:
            for f in e.figures:
                if f.cumulative:
                    table = load_display()["running_total"]
                    since = table["since"].format(since=_since_words(f.since)) if f.since else ""
                    running.append(table["text"].format(kind=figure_label(f.kind), count=_count_text(f),
                                                        since=since, by=_attribution(f.claimant, _label(s, labels))))
    time = part_label(entry.time) if entry.time and not entry.time[:1].isdigit() else (entry.time or "")
    others, not_shown = _other_texts(entry, labels)
    where = entry.place
    return EntryView(
        anchor=f"{day_anchor}-{index + 1}", date=entry.date, time=time, events=events,
        sources=sources, figures=tuple(figures), running_totals=tuple(running),
        source_keys=" ".join(sorted({s.doc for s in entry.outlets})),
        other_texts=others, others_not_shown=not_shown,
        language=(languages or {}).get(lead.doc, "ar"),
        figure_keys=" ".join(f"{kind}:{c['count']}" for kind, c in counts.items()),
        copies=tuple(SourceView(c.doc, _label(c, labels), safe_url(c.url), c.published, c.title)
                     for c, _ in entry.copies),
        **_place_fields(where),
        **_lasting_fields(entry, system),
    )


def _lasting_fields(entry: Entry, system: str) -> dict[str, str]:
    until = entry.until
    if not until or len(entry.date) != 10:
        return {}
    return {"until": until, "lasting": load_display()["lasting"]["text"].format(
        first=day_heading(entry.date, system), last=day_heading(until, system))}


def _place_fields(where) -> dict[str, str]:
    if where is None:
        return {}
    from timeline.places import country_name, place_name

    country = where.country if where.country and where.country != "XX" else ""
    name = country_name(country) if country else ""
    shown = place_name(where)
    label = shown if not name or where.kind == "country" else f"{shown}، {name}"
    return {"place": shown, "place_country": country, "place_label": label,
            "place_key": where.key or where.text, "place_kind": where.kind,
            "place_point": (where.lat, where.lon) if where.lat is not None else None}


@dataclass(frozen=True)
class PlaceView:
    """A place of the period, for the map, the filters and the places index («الأماكن»)."""

    key: str
    anchor: str
    name: str
    country: str
    country_name: str
    point: Optional[tuple[float, float]]
    entries: int
    days: tuple[tuple[str, str, str], ...]     # (day, heading, link to its first entry there)
    kind: str = ""


def place_views(days: Sequence["DayView"], options: "RenderOptions",
                page_of: Optional[dict[str, str]] = None) -> tuple[PlaceView, ...]:
    """The period's places, the most entries first (then by name): each with its days."""
    found: dict[str, dict] = {}
    for d in sorted(days, key=lambda d: d.date):
        for e in d.entries:
            if not e.place:
                continue
            row = found.setdefault(e.place_key, {"name": e.place, "country": e.place_country, "kind": e.place_kind,
                                                  "point": e.place_point, "entries": 0, "days": {}})
            row["entries"] += 1
            page = (page_of or {}).get(d.date, "")
            row["days"].setdefault(d.date, (d.date, d.heading, f"{page}#{e.anchor}"))
    return _ranked(found)


def _ranked(found: dict[str, dict]) -> tuple[PlaceView, ...]:
    from timeline.places import country_name

    ranked = sorted(found.items(), key=lambda kv: (-kv[1]["entries"], kv[1]["name"], kv[0]))
    return tuple(PlaceView(key, f"place-{n + 1}", row["name"], row["country"],
                           country_name(row["country"]) if row["country"] else "", row["point"], row["entries"],
                           tuple(row["days"][day] for day in sorted(row["days"])), row["kind"])
                 for n, (key, row) in enumerate(ranked))


def merge_places(pages: Iterable[tuple[str, Sequence[PlaceView]]]) -> tuple[PlaceView, ...]:
    """The places of several pages (each page's file and its places, whose links are within
    the page: ``#anchor``) as one index whose links name their page."""
    found: dict[str, dict] = {}
    for page, views in pages:
        for p in views:
            row = found.setdefault(p.key, {"name": p.name, "country": p.country, "kind": p.kind,
                                           "point": p.point, "entries": 0, "days": {}})
            row["entries"] += p.entries
            for day, heading, link in p.days:
                row["days"].setdefault(day, (day, heading, page + link if link.startswith("#") else link))
    return _ranked(found)


def _since_words(since: str, system: str = "egyptian") -> str:
    """«15 نوفمبر» (a day), «نوفمبر 2016» (a month), the value itself otherwise."""
    v = TimeValue.parse(since)
    if v.day is not None:
        return f"{v.day.day} {month_name(v.day.month, system)}"
    if v.precision is Precision.MONTH:
        return f"{month_name(v.month, system)} {v.year}"
    return since


def source_labels(articles: Sequence[Article]) -> dict[str, str]:
    """What each article is called where its outlet is unknown: its title, else «مقال N»
    (N its place among the articles by publication), never its id."""
    words = load_display()["sources"]
    out = {}
    for n, a in enumerate(sorted(articles, key=lambda a: (a.published, a.id)), 1):
        out[a.id] = a.source or (_short(a.title) if a.title else words["untitled"].format(n=n))
    return out


#: a title standing in for an outlet's name is cut to this many words
TITLE_WORDS = 6


def _short(title: str) -> str:
    words = title.split()
    return " ".join(words) if len(words) <= TITLE_WORDS else " ".join(words[:TITLE_WORDS]) + " …"


def day_views(timeline: Timeline, options: RenderOptions,
              labels: Optional[dict[str, str]] = None) -> list[DayView]:
    """The days of a timeline as the templates show them, in date order."""
    views = []
    languages = {a.id: a.language for a in timeline.articles}
    labels = labels if labels is not None else source_labels(timeline.articles)
    scope = Scope(options.place) if options.place else None
    for d in timeline.days:
        value = TimeValue.parse(d.date)
        entries = tuple(_entry_view(e, i, d.date, languages, labels, options.month_names)
                        for i, e in enumerate(d.entries))
        ranges = tuple(sorted(d.ranges(scope), key=lambda r: _kind_rank(r.kind)))
        claims = [c for e in d.entries for c in claimed_figures(d.date, e.sources, lambda s: _label(s, labels))]
        totals = tuple(c for c in claims if c.figure.cumulative and in_scope(c.figure, scope))
        heading = day_heading(d.date, options.month_names)
        candidates = tuple(c for c in (_candidate(d.date, heading, raw, view, labels, options)
                                       for raw, view in zip(d.entries, entries)) if c is not None)
        views.append(DayView(d.date, heading, d.date,
                             d.precision, value.month_key, entries, tuple((r.kind, r.low) for r in ranges),
                             value.first_day.isoformat(), value.last_day.isoformat(), len(entries),
                             tuple((figure_label(r.kind), range_words(r, labels)) for r in ranges),
                             ranges, totals, candidates))
    return views


#: the key developments' score: figures (log of the largest count the sentence states),
#: independent outlets beyond the first, recency within the period (0 to 1), novelty
#: (not sent in an earlier newsletter issue)
KEY_WEIGHTS = {"figures": 3.0, "outlets": 2.0, "recency": 2.0, "novelty": 3.0}


def _key_table() -> dict:
    return load_display()["key"]


@lru_cache(maxsize=1)
def _sentence_words() -> tuple[tuple[str, ...], frozenset[str], frozenset[str]]:
    """The key table's connectives (folded, longest first), and what lets a leading و go."""
    table = _key_table()
    return (tuple(sorted({fold(c) for c in table["connectives"]}, key=len, reverse=True)),
            frozenset(table["strip_before"]), frozenset(fold(w) for w in table["strip_words"]))


def clean_sentence(text: str) -> str:
    """A sentence as a key item shows it: without its leading connective (من ناحية أخرى،
    وفي سياق متصل ...) and the conjunction on its first word (ويقدر → يقدر)."""
    connectives, strip_before, strip_words = _sentence_words()
    text = " ".join(text.split())
    folded = fold(text)
    for c in connectives:
        if folded.startswith(c) and (len(folded) == len(c) or not folded[len(c)].isalnum() or c.endswith("و")):
            # the original characters that fold to the connective (diacritics may be among them)
            text = text[_orig_len(text, len(c)):].lstrip(" ،,:")
            break
    first = text.split(" ", 1)[0]
    f_first = fold(first)
    if len(f_first) >= 3 and f_first[0] in "وف":
        tail = f_first[1:]
        if tail[0] in strip_before or tail in strip_words:
            text = text[1:]
    return text


def _orig_len(text: str, folded_len: int) -> int:
    """How many characters of ``text`` fold to its first ``folded_len`` folded ones."""
    for i in range(len(text) + 1):
        if len(fold(text[:i])) >= folded_len:
            return i
    return len(text)


_SENTENCE_END = re.compile(r"(?<=[.!?؟])[\s]+")


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    """The sentences of an event's text (several when a story runs on), as offsets."""
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def _candidate(date: str, heading: str, entry: Entry, view: "EntryView", labels: dict[str, str],
               options: RenderOptions) -> Optional["KeyItem"]:
    """The entry's sentence for the key developments: the one stating its largest figure
    (else its first), clean, with its claimant and outlets; None when too short."""
    table = _key_table()
    lead = entry.sources[0]
    # the sentences of the story, the one stating the largest figure first, then in order
    sentences = []
    for e in lead.events:
        if e.placement in ("headline", "background"):
            continue
        for a, b in _sentence_spans(e.text):
            stated = [f for f in e.figures if e.start + a <= f.start < e.start + b]
            biggest = max((f.count for f in stated if not f.cumulative), default=-1)
            sentences.append((-biggest, e.start + a, e.text[a:b], stated))
    sentences.sort(key=lambda x: x[:2])
    for _, _, raw, stated in sentences:
        text = clean_sentence(raw)
        if len(text.split()) < table["min_words"]:
            continue
        outlets = list(dict.fromkeys(_label(s, labels) for s in entry.sources))
        shown = isolate(outlets[0]) if len(outlets) == 1 else table["more"].format(
            outlet=isolate(outlets[0]), others=count_noun(len(outlets) - 1, "other_source"))
        claimant = next((f.claimant for f in stated if f.claimant), None)
        attribution = table["by" if claimant else "by_outlet"].format(claimant=claimant, outlets=shown)
        figures = " · ".join(f"{figure_label(f.kind)} {_count_text(f)}" for f in stated if not f.cumulative)
        biggest = max((f.count for f in stated), default=0)
        score = (KEY_WEIGHTS["figures"] * math.log10(1 + biggest)
                 + KEY_WEIGHTS["outlets"] * (len(outlets) - 1)
                 + KEY_WEIGHTS["novelty"] * (entry.text not in options.seen))
        return KeyItem(date, heading, view.anchor, "", text, f"({attribution})", figures, round(score, 6))
    return None


def rank_key(days: Sequence[DayView], n: int, first: Optional[str], last: Optional[str],
             page_of: Optional[dict[str, str]] = None) -> tuple[KeyItem, ...]:
    """The ``n`` best candidates (recency added to their score), in date order."""
    lo = period_start(first).toordinal() if first else 0
    span = max(1, (period_start(last).toordinal() - lo) if last else 1)
    scored = []
    for d in days:
        recency = (period_start(d.date).toordinal() - lo) / span if first else 0.0
        for c in d.candidates:
            score = round(c.score + KEY_WEIGHTS["recency"] * min(1.0, max(0.0, recency)), 6)
            scored.append(replace(c, score=score, page=(page_of or {}).get(d.date, "")))
    top = sorted(scored, key=lambda k: (-k.score, k.date, k.anchor))[:n]
    return tuple(sorted(top, key=lambda k: (order_key(k.date), k.anchor)))


def lead_of(items: Sequence[KeyItem], headline: Sequence[HeadlineFigure] = (), limit: int = 80) -> str:
    """At most ``limit`` words: the period's first headline number (by the rule of the
    cover), then the best key items, best first, in the sources' words."""
    head = f"{headline[0].label}: {headline[0].text}.".split() if headline else []
    words = list(head)
    for k in sorted(items, key=lambda k: (-k.score, k.date, k.anchor)):
        more = f"{k.text} {k.attribution}".split()
        if len(words) > len(head) and len(words) + len(more) > limit:
            break
        words.extend(more)
        if len(words) >= limit * 0.55:
            break
    if len(words) > limit:
        words = words[:limit - 1] + ["…"]
    return " ".join(words)


#: kinds in the order the briefing gives them
KIND_ORDER = ("killed", "injured", "missing", "displaced", "evacuated", "arrested")


def _kind_rank(kind: str) -> tuple:
    return (KIND_ORDER.index(kind) if kind in KIND_ORDER else len(KIND_ORDER), kind)


def headline_of(days: Sequence[DayView], options: RenderOptions,
                labels: Optional[dict[str, str]] = None) -> tuple[HeadlineFigure, ...]:
    """Per kind, the latest running total where one exists, else the days' ranges summed."""
    table = load_display()["claims"]
    labels = labels or {}
    totals = latest_totals(c for d in days for c in d.totals)
    by_kind: dict[str, list[DayRange]] = {}
    for d in days:
        if TimeValue.parse(d.date).precision is not Precision.DAY:
            continue
        for r in d.ranges:
            by_kind.setdefault(r.kind, []).append(r)
    kinds = sorted(set(by_kind) | set(totals), key=_kind_rank)
    out = []
    for kind in kinds:
        if kind in totals:
            c = totals[kind]
            f = c.figure
            by = _attribution(f.claimant, labels.get(c.doc, c.outlet))
            as_of = _since_words(c.date, options.month_names)
            text = (table["running"].format(count=_count_text(f), since=_since_words(f.since, options.month_names),
                                            by=by, as_of=as_of) if f.since
                    else table["running_no_since"].format(count=_count_text(f), by=by, as_of=as_of))
            out.append(HeadlineFigure(kind, figure_label(kind), text, f.count, f.upper or f.count, True))
            continue
        ranges = by_kind[kind]
        low, high = sum(r.low for r in ranges), sum(r.high for r in ranges)
        if len(ranges) == 1:
            text = range_words(ranges[0], labels)
        else:
            number = (table["single"].format(count=low) if low == high
                      else table["range"].format(low=low, high=high))
            text = table["period"].format(text=number, days=count_noun(len(ranges), "day"))
        out.append(HeadlineFigure(kind, figure_label(kind), text, low, high, False))
    return tuple(out)


def range_words(r: DayRange, labels: dict[str, str]) -> str:
    """«بين 24 و30 (24 حسب الدفاع المدني، 30 حسب ناشطون)», one claimant: «18 (حسب ...)»."""
    table = load_display()["claims"]
    number = table["single"].format(count=r.low) if r.low == r.high else table["range"].format(low=r.low, high=r.high)
    parts = []
    alone = len(r.areas) == 1 and len(r.areas[0].claims) == 1     # the number is said once already
    for area in r.areas:
        said = "، ".join(("" if alone else f"{c.figure.count} ")
                         + _attribution(c.figure.claimant, labels.get(c.doc, c.outlet))
                         for _, c in area.claims)
        parts.append(f"{area.area}: {said}" if area.area and len(r.areas) > 1 else said)
    return f"{number} ({'؛ '.join(parts)})"


def source_views(articles: Sequence[Article], labels: Optional[dict[str, str]] = None) -> tuple[SourceView, ...]:
    names = load_display()["published_sources"]
    labels = labels if labels is not None else source_labels(articles)
    return tuple(
        SourceView(a.id, labels.get(a.id) or a.source or a.id, safe_url(a.url), a.published, a.title,
                   names.get(a.published_source, a.published_source), a.published_evidence, a.language)
        for a in sorted(articles, key=lambda a: (a.published, a.id))
    )


def month_views(days: Sequence[DayView], options: RenderOptions, paginated: bool) -> tuple[MonthView, ...]:
    months: dict[str, list[DayView]] = {}
    for d in days:
        months.setdefault(d.month, []).append(d)
    out = []
    for key, ds in months.items():
        month = TimeValue.parse(key)
        out.append(MonthView(key, month_heading(month.year, month.month, options.month_names), tuple(ds),
                             f"timeline-{key}.html" if paginated else ""))
    return tuple(out)


def is_paginated(days: int, months: int, options: RenderOptions, articles: int = 0) -> bool:
    """Whether the HTML is an index and a page per month (or per week or day of a busy month)."""
    if options.paginate == "auto" and articles > options.page_articles:
        return True         # a page of so many articles would be too heavy for a browser
    return months > 1 and (options.paginate == "month" or (options.paginate == "auto" and days > options.page_days))


def period_words(first: Optional[str], last: Optional[str], options: RenderOptions) -> str:
    if first and last and first != last:
        return f"{day_heading(first, options.month_names)} – {day_heading(last, options.month_names)}"
    return day_heading(first, options.month_names) if first else ""


def assemble(chronological: Sequence[DayView], articles: Sequence[Article], undated: int, events: int,
             options: RenderOptions, *, paginated: Optional[bool] = None,
             months: Optional[tuple[MonthView, ...]] = None,
             key: Optional[tuple[KeyItem, ...]] = None,
             period: Optional[tuple[Optional[str], Optional[str]]] = None,
             labels: Optional[dict[str, str]] = None,
             places: Optional[tuple["PlaceView", ...]] = None) -> BriefingContext:
    """The render context from day views (all of them, one month's, or light ones for an index,
    with ``places`` gathered from its pages: ``merge_places``)."""
    days = list(reversed(chronological)) if options.newest_first else list(chronological)
    if paginated is None:
        paginated = is_paginated(len(days), len({d.month for d in days}), options, len(articles))
    if months is None:
        months = month_views(days, options, paginated)
    page_of = {d.date: m.page for m in months for d in m.days}
    labels = labels if labels is not None else source_labels(articles)
    sources = source_views(articles, labels)
    outlets = tuple((a.doc, a.outlet) for a in sources)
    totals: Counter[str] = Counter()
    for d in chronological:
        for kind, n in d.counts:
            totals[kind] += n
    first, last = period if period is not None else (
        (chronological[0].date, chronological[-1].date) if chronological else (None, None))
    if key is None:
        key = rank_key(chronological, options.key_developments, first, last, page_of)
    headline = headline_of(chronological, options, labels)
    lead = lead_of(key, headline)
    if places is None:
        places = place_views(chronological, options, page_of)
    by_country: Counter[str] = Counter()
    names: dict[str, str] = {}
    for p in places:
        if p.country:
            by_country[p.country] += p.entries
            names[p.country] = p.country_name
    countries = tuple((c, names[c], n) for c, n in sorted(by_country.items(), key=lambda kv: (-kv[1], kv[0])))
    # a country's centre is no place on a map of where things happened: countries stay in the index
    marks = [MapPlace(p.anchor, p.name, p.point[0], p.point[1], p.entries) for p in places
             if p.point and p.kind != "country"]
    the_map, outside = map_svg(marks)
    map_print, _ = map_svg(marks, words=False)
    off = {m.anchor for m in outside}
    return BriefingContext(
        places=places, countries=countries, map=the_map, map_print=map_print,
        off_map=tuple(p for p in places if p.anchor in off),
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
        lead=options.lead or lead, headline=headline, exports=options.exports,
        extra=({"place_note": load_display()["claims"]["place_note"].format(place=options.place)}
               if options.place else {}),
    )


def build_context(timeline: Timeline, options: RenderOptions = RenderOptions()) -> BriefingContext:
    """Everything the templates show, computed once (deterministic for a given timeline)."""
    events = sum(len(s.events) for d in timeline.days for e in d.entries for s in e.outlets)
    return assemble(day_views(timeline, options), timeline.articles, timeline.undated, events, options)
