"""Rendering: the merged timeline through Jinja2 templates into files.

``render(timeline, settings)`` returns every output in memory (HTML pages
and their assets, the PDF, the Markdown, the exports); nothing is written
here, so a failure leaves the output folder as it was (see
``timeline.publish``). The exports (``timeline.json``, ``events.csv``,
``timelinejs.json``) go beside the HTML whenever it is made, and the pages
list them (``BriefingContext.exports``); each may also be asked for alone.
"""

from __future__ import annotations

import datetime as dt
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from timeline.formats import DEFAULT_FORMATS, FORMATS, PDF_VARIANTS
from timeline.io import Output
from timeline.merge.build import Timeline
from timeline.merge.source import MemorySource, TimelineSource
from timeline.render.context import (BriefingContext, RenderOptions, assemble, build_context, day_views,
                                     is_paginated)
from timeline.render.env import make_env
from timeline.render.exports import EXPORTS, ExportSpool, export_outputs, exports_listed, timeline_json
from timeline.render.notes import Notes
from timeline.render.output import build_time
from timeline.values import order_key

__all__ = ["FORMATS", "DEFAULT_FORMATS", "EXPORTS", "PDF_VARIANTS", "Rendered", "render", "Output",
           "RenderOptions", "BriefingContext", "build_context"]


@dataclass(frozen=True)
class Rendered:
    outputs: tuple[Output, ...]
    context: BriefingContext
    warnings: tuple[str, ...] = field(default=())


Sink = Callable[[Output], None]


def _light_context(source: TimelineSource, options: RenderOptions) -> BriefingContext:
    """The counts of a paginated timeline, one month held at a time (its days without entries)."""
    days, events = [], 0
    for key in source.months():
        month = source.month(key)
        days.extend(d.light() for d in day_views(month, options))
        events += sum(len(s.events) for d in month.days for e in d.entries for s in e.outlets)
    days.sort(key=lambda d: order_key(d.date))
    return assemble(days, source.articles, source.undated, events, options, paginated=True, key=())


def render(timeline: "Timeline | TimelineSource", options: RenderOptions, formats: tuple[str, ...] = DEFAULT_FORMATS,
           templates: Optional[Path] = None, notes: Optional[Notes] = None,
           built: Optional[dt.datetime] = None, progress=None, sink: Optional[Sink] = None,
           pdf_variant: str = "none") -> Rendered:
    """Every output of ``formats``; ``built`` is the build time shown in the PDF and Markdown
    (and the PDF's creation date).

    With ``sink``, each output is handed over as soon as it is made (month pages of a large
    archive one at a time) and ``Rendered.outputs`` is empty; otherwise all are returned.
    The HTML of a timeline over many days is a page per month, rendered month by month
    from the source; the exports are streamed month by month too; the PDF and Markdown
    take the whole timeline. ``pdf_variant`` is one of ``PDF_VARIANTS``.
    """
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ValueError(f"unknown output format {unknown[0]!r} (choose from {', '.join(FORMATS)})")
    if pdf_variant not in PDF_VARIANTS:
        raise ValueError(f"unknown PDF variant {pdf_variant!r} (choose from {', '.join(PDF_VARIANTS)})")
    source = timeline if hasattr(timeline, "months") else MemorySource(timeline)
    env = make_env(templates)
    # the note's own lead (its front matter's ``lead``) replaces the one made from the key items
    base = RenderOptions(**{**options.__dict__, "notes_html": notes.html if notes else None,
                            "lead": (notes.lead if notes is not None and notes.lead else options.lead)})
    kept: list[Output] = []
    emit: Sink = sink or (lambda out: kept.append(out.whole()))
    warnings: list[str] = []
    if ("pdf" in formats or "md" in formats) and built is None:
        built = build_time()
    exports = EXPORTS if "html" in formats else tuple(f for f in EXPORTS if f in formats)
    html_options = RenderOptions(**{**base.__dict__, "generated": None, "exports": exports_listed(exports)})
    months = source.months()
    paged = is_paginated(len(source.dates()), len(months), html_options, len(source.articles))
    whole = None if paged and "pdf" not in formats and "md" not in formats else source.full()
    context = None
    spool: Optional[ExportSpool] = None
    if "html" in formats:
        from timeline.render.html import page_bytes, render_html, render_paged

        if not paged:
            context = build_context(whole, html_options)
            # a timeline of few days may still be too heavy for one page: then it is paged too
            if html_options.paginate == "auto" and page_bytes(context.days) > html_options.page_bytes:
                paged, context = True, None
        from timeline.render.search import SearchIndex

        with ExitStack() as stack:
            search = stack.enter_context(SearchIndex()) if html_options.search else None
            if paged:
                # a timeline held whole is paged from memory; one read from the store is read
                # once, the exports made from the same reading
                pages_source = MemorySource(whole) if whole is not None else source
                if exports and whole is None:
                    spool = stack.enter_context(ExportSpool(source, exports, html_options))
                context = render_paged(pages_source, html_options, env, templates, emit, search,
                                       spool.add if spool is not None else None)
            else:
                for out in render_html(context, env, templates, search):
                    emit(out)
            if search is not None:
                for out in search.outputs():
                    emit(out)
            if progress:
                progress("html")
            if spool is not None:
                for out in spool.outputs():
                    emit(out)
                if progress:
                    progress("exports")
    if exports and spool is None:
        for out in export_outputs(MemorySource(whole) if whole is not None else source, exports, html_options):
            emit(out)
        if progress:
            progress("exports")
    if "md" in formats or "pdf" in formats:
        dated = build_context(whole, RenderOptions(**{**base.__dict__, "generated": built.date()}))
        context = context or dated
        if "md" in formats:
            from timeline.render.md import render_markdown

            emit(Output("briefing.md", render_markdown(dated, env, notes).encode("utf-8"), "markdown"))
            if progress:
                progress("md")
        if "pdf" in formats:
            from timeline.render.pdf import render_pdf

            attached = None
            if pdf_variant == "pdf/a-3u":       # the timeline's data travels inside the PDF
                attached = "".join(timeline_json(MemorySource(whole))).encode("utf-8")
            result = render_pdf(dated, env, built, templates, variant=pdf_variant, timeline_json=attached)
            emit(Output("briefing.pdf", result.data, "pdf"))
            warnings.extend(f"PDF: {w}" for w in result.warnings)
            if progress:
                progress("pdf")
    if context is None:         # only exports: the summary still counts what they hold
        context = build_context(whole, html_options) if whole is not None else _light_context(source, html_options)
    return Rendered(tuple(kept), context, tuple(warnings))
