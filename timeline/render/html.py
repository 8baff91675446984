"""The static HTML timeline: one page, or an index and a page per month."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Callable, Optional

from jinja2 import Environment

from timeline.io import Output
from timeline.merge.source import TimelineSource
from timeline.render.arabic import month_heading
from timeline.render.context import (BriefingContext, DayView, MonthView, RenderOptions, assemble, day_views,
                                     month_views, rank_key, source_labels)
from timeline.render.env import find_asset
from timeline.render.fonts import WEB_FONT_NAME, web_font
from timeline.values import TimeValue, order_key

__all__ = ["render_html", "render_paged", "INDEX", "ASSETS"]

INDEX = "timeline.html"
#: files copied from templates/assets (a user's templates folder may replace any of them)
ASSETS = ("timeline.css", "filters.js", "permalinks.js")


def _assets(user: Optional[Path]) -> list[Output]:
    outputs = [Output(f"assets/{name}", find_asset(name, user).read_bytes()) for name in ASSETS]
    outputs.append(Output(f"assets/{WEB_FONT_NAME}", web_font().read_bytes()))
    return outputs


def render_html(b: BriefingContext, env: Environment, user: Optional[Path] = None) -> list[Output]:
    """The one-page timeline and its assets."""
    html = env.get_template("timeline.html").render(b=b, index_page=INDEX, month_pages={})
    return [Output(INDEX, html.encode("utf-8"), "html"), *_assets(user)]


def render_paged(source: TimelineSource, options: RenderOptions, env: Environment, user: Optional[Path],
                 emit: Callable[[Output], None]) -> BriefingContext:
    """A page per month, rendered and handed to ``emit`` one month at a time, then the
    index (from what each month left: its days without their entries, and its best
    candidates for the key developments). Returns the index's context."""
    keys = source.months()
    if options.newest_first:
        keys = list(reversed(keys))
    months = {k: TimeValue.parse(k) for k in keys}
    headings = {k: month_heading(v.year, v.month, options.month_names) for k, v in months.items()}
    pager = tuple(MonthView(k, headings[k], (), f"timeline-{k}.html") for k in keys)
    template = env.get_template("month.html")
    light: list[DayView] = []
    events = 0
    labels = source_labels(source.articles)
    dates = sorted(source.dates(), key=order_key)
    first, last = (dates[0], dates[-1]) if dates else (None, None)
    for i, key in enumerate(keys):
        month = source.month(key)
        days = day_views(month, options, labels)
        n_events = sum(len(s.events) for d in month.days for e in d.entries for s in e.outlets)
        b = assemble(days, month.articles, 0, n_events, options, paginated=True, months=pager, labels=labels)
        ordered = tuple(reversed(days)) if options.newest_first else tuple(days)
        # a month of a large archive is a large page: it goes out in pieces as rendered
        pieces = template.generate(b=b, index_page=INDEX, month=MonthView(key, headings[key], ordered, pager[i].page),
                                   previous=pager[i - 1] if i > 0 else None,
                                   next=pager[i + 1] if i + 1 < len(pager) else None)
        emit(Output(pager[i].page, b"", "html", stream=pieces))
        # the index keeps, of each month, its days without entries and its best key candidates
        best = {(k.date, k.anchor) for k in rank_key(days, options.key_developments, first, last)}
        for d in days:
            light.append(replace(d.light(), candidates=tuple(c for c in d.candidates if (c.date, c.anchor) in best)))
        events += n_events
    light.sort(key=lambda d: order_key(d.date))
    ordered = list(reversed(light)) if options.newest_first else light
    months = month_views(ordered, options, True)
    page_of = {d.date: m.page for m in months for d in m.days}
    b = assemble(light, source.articles, source.undated, events, options, paginated=True,
                 months=months, key=rank_key(light, options.key_developments, first, last, page_of),
                 period=(first, last), labels=labels)
    month_pages = {m.key: m.page for m in b.months}
    html = env.get_template("timeline.html").render(b=b, index_page=INDEX, month_pages=month_pages)
    emit(Output(INDEX, html.encode("utf-8"), "html"))
    for out in _assets(user):
        emit(out)
    return b
