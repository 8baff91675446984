"""The static HTML timeline: one page, or an index and a page per month."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Callable, Optional, Sequence

from jinja2 import Environment

from timeline.io import Output
from timeline.merge.build import Timeline
from timeline.merge.source import TimelineSource
from timeline.render.arabic import month_heading, week_heading
from timeline.render.context import (BriefingContext, DayView, MonthView, RenderOptions, assemble, day_views,
                                     merge_places, month_views, rank_key, source_labels)
from timeline.render.env import find_asset
from timeline.render.fonts import WEB_FONT_NAME, web_font
from timeline.render.search import SearchIndex
from timeline.values import TimeValue, order_key

__all__ = ["render_html", "render_paged", "page_bytes", "INDEX", "ASSETS"]

INDEX = "timeline.html"
#: files copied from templates/assets (a user's templates folder may replace any of them)
ASSETS = ("timeline.css", "fold.js", "filters.js", "permalinks.js", "search.js")


def _assets(user: Optional[Path]) -> list[Output]:
    outputs = [Output(f"assets/{name}", find_asset(name, user).read_bytes()) for name in ASSETS]
    outputs.append(Output(f"assets/{WEB_FONT_NAME}", web_font().read_bytes()))
    return outputs


def render_html(b: BriefingContext, env: Environment, user: Optional[Path] = None,
                search: Optional[SearchIndex] = None) -> list[Output]:
    """The one-page timeline and its assets; with ``search``, its entries are added to that
    index and the page has the archive search box."""
    html = env.get_template("timeline.html").render(b=b, index_page=INDEX, month_pages={},
                                                    search=search is not None)
    if search is not None:
        search.add(INDEX, b.days)
    return [Output(INDEX, html.encode("utf-8"), "html"), *_assets(user)]


def page_bytes(days: Sequence[DayView]) -> int:
    """About what the days weigh on a page (UTF-8 bytes, markup included): texts count
    twice (Arabic letters are two bytes), and each source, copy and figure report its markup;
    the page's own parts (head, filters, chart) and its list of articles come on top."""
    total = 60_000 + 260 * len({doc for d in days for e in d.entries for doc in e.source_keys.split()})
    for d in days:
        total += 600
        for e in d.entries:
            text = sum(len(seg.text) for ev in e.events for seg in ev.segments)
            text += sum(len(t) + len(o) for o, t in e.other_texts) + len(e.events[0].how)
            total += 2 * text + 900 + 220 * len(e.sources) + 90 * len(e.copy_outlets) + len(e.source_keys)
            total += sum(130 * len(f.reports) for f in e.figures)
    return total


def _week(date: str) -> int:
    """The week of the month a date is in (0: the month's coarser dates, 1: the 1st-7th ...)."""
    v = TimeValue.parse(date)
    return 0 if v.day is None else (v.day.day - 1) // 7 + 1


def _split(key: str, days: list[DayView], options: RenderOptions) -> list[tuple[str, str, list[DayView]]]:
    """The pages of a month: (key, heading, days) for the month whole if it fits in
    ``options.page_bytes``, else for each week (the 1st to the 7th, the 8th to the 14th ...),
    and for each day of a week that does not fit (a day is never split).
    The month's coarser dates (the month itself, its weeks) go on its first page."""
    month = TimeValue.parse(key)
    heading = month_heading(month.year, month.month, options.month_names)
    if page_bytes(days) <= options.page_bytes:
        return [(key, heading, days)]
    weeks: dict[int, list[DayView]] = {}
    for d in days:
        weeks.setdefault(_week(d.date), []).append(d)
    coarse = weeks.pop(0, [])
    pages: list[tuple[str, str, list[DayView]]] = []
    for w, ds in sorted(weeks.items()):
        first, last = (w - 1) * 7 + 1, min(w * 7, month.last_day.day)
        if page_bytes(ds) <= options.page_bytes:
            pages.append((f"{key}-w{w}", week_heading(first, last, month.year, month.month, options.month_names), ds))
        else:
            pages.extend((d.date, d.heading, [d]) for d in ds)
    if coarse:
        if pages:
            k, h, ds = pages[0]
            pages[0] = (k, h, coarse + ds)
        else:
            pages.append((key, heading, coarse))
    return pages


def render_paged(source: TimelineSource, options: RenderOptions, env: Environment, user: Optional[Path],
                 emit: Callable[[Output], None], search: Optional[SearchIndex] = None,
                 each_month: Optional[Callable[[str, Timeline], None]] = None) -> BriefingContext:
    """A page per month (per week or day of a busy month, see ``_split``), rendered and
    handed to ``emit`` one month at a time, then the index (from what each month left: its
    days without their entries, and its best candidates for the key developments). Returns
    the index's context. With ``search``, each page's entries are added to that index as
    the page goes out, and the pages have the archive search box. ``each_month`` is given each month as it is read
    (its key and days), for what is made in the same reading (``ExportSpool``)."""
    keys = source.months()
    if options.newest_first:
        keys = list(reversed(keys))
    template = env.get_template("month.html")
    light: list[DayView] = []
    events = 0
    labels = source_labels(source.articles)
    dates = sorted(source.dates(), key=order_key)
    first, last = (dates[0], dates[-1]) if dates else (None, None)
    parts: dict[str, tuple[MonthView, ...]] = {}       # a split month's pages (without their days)
    part_dates: dict[str, set[str]] = {}               # the dates of each of those pages
    # the pager links each page to the one before and after; the next month's first page is
    # known only once that month is read, so each page goes out when the next one is known
    waiting: Optional[tuple] = None

    def send(page: MonthView, b: BriefingContext, previous: Optional[MonthView], following: Optional[MonthView]):
        ordered = tuple(reversed(page.days)) if options.newest_first else page.days
        pieces = template.generate(b=b, index_page=INDEX, month=replace(page, days=ordered),
                                   previous=previous, next=following, search=search is not None)
        if search is not None:
            search.add(page.page, page.days)
        emit(Output(page.page, b"", "html", stream=pieces))

    previous: Optional[MonthView] = None
    page_places: list[tuple[str, tuple]] = []       # each page's places, for the index's map and list
    for key in keys:
        month = source.month(key)
        if each_month is not None:
            each_month(key, month)
        days = day_views(month, options, labels)
        events_of = {d.date: sum(len(s.events) for e in d.entries for s in e.outlets) for d in month.days}
        n_events = sum(events_of.values())
        split = _split(key, days, options)
        if options.newest_first:
            split.reverse()
        views = []
        for part_key, heading, ds in split:
            page = MonthView(part_key, heading, tuple(ds), f"timeline-{part_key}.html")
            docs = {s.doc for d in ds for e in d.entries for s in (*e.sources, *e.copies)}
            page_events = sum(events_of[d.date] for d in ds)
            # the page's own links (places index, map, chart) stay within it: "#anchor"
            b = assemble(ds, [a for a in month.articles if a.id in docs] if len(split) > 1 else month.articles,
                         0, page_events, options, paginated=True, labels=labels,
                         months=(replace(page, page=""),))
            page_places.append((page.page, b.places))
            if waiting is not None:
                send(*waiting, page)
            waiting = (page, b, previous)
            previous = replace(page, days=())
            views.append(previous)
            part_dates[part_key] = {d.date for d in ds}
        parts[key] = tuple(views) if len(split) > 1 else ()
        # the index keeps, of each month, its days without entries and its best key candidates
        best = {(k.date, k.anchor) for k in rank_key(days, options.key_developments, first, last)}
        for d in days:
            light.append(replace(d.light(), candidates=tuple(c for c in d.candidates if (c.date, c.anchor) in best)))
        events += n_events
    if waiting is not None:
        send(*waiting, None)
    light.sort(key=lambda d: order_key(d.date))
    ordered = list(reversed(light)) if options.newest_first else light

    def with_parts(m: MonthView) -> MonthView:
        if not parts.get(m.key):
            return m
        split = tuple(replace(p, days=tuple(d for d in m.days if d.date in part_dates[p.key])) for p in parts[m.key])
        return replace(m, page=split[0].page, parts=split)

    months = tuple(with_parts(m) for m in month_views(ordered, options, True))
    page_of = {d.date: (p.page if m.parts else m.page) for m in months for p in (m.parts or (m,)) for d in p.days}
    b = assemble(light, source.articles, source.undated, events, options, paginated=True,
                 months=months, key=rank_key(light, options.key_developments, first, last, page_of),
                 period=(first, last), labels=labels, places=merge_places(page_places))
    # where a permalink's day is: its month's page, or for a split month the day's own part
    month_pages = {m.key: m.page for m in b.months}
    month_pages.update((d.date, p.page) for m in b.months for p in m.parts for d in p.days)
    html = env.get_template("timeline.html").render(b=b, index_page=INDEX, month_pages=month_pages,
                                                     search=search is not None)
    emit(Output(INDEX, html.encode("utf-8"), "html"))
    for out in _assets(user):
        emit(out)
    return b
