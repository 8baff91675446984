"""Rendering: the merged timeline through Jinja2 templates into files.

``render(timeline, settings)`` returns every output in memory (HTML pages
and their assets, the PDF, the Markdown); nothing is written here, so a
failure leaves the output folder as it was (see ``timeline.publish``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from timeline.merge.build import Timeline
from timeline.merge.source import MemorySource, TimelineSource
from timeline.render.context import BriefingContext, RenderOptions, build_context, is_paginated
from timeline.render.env import make_env
from timeline.render.notes import Notes
from timeline.render.output import Output, build_time

__all__ = ["FORMATS", "Rendered", "render", "Output", "RenderOptions", "BriefingContext", "build_context"]

FORMATS = ("html", "pdf", "md")


@dataclass(frozen=True)
class Rendered:
    outputs: tuple[Output, ...]
    context: BriefingContext
    warnings: tuple[str, ...] = field(default=())


Sink = Callable[[Output], None]


def render(timeline: "Timeline | TimelineSource", options: RenderOptions, formats: tuple[str, ...] = FORMATS,
           templates: Optional[Path] = None, notes: Optional[Notes] = None,
           built: Optional[dt.datetime] = None, progress=None, sink: Optional[Sink] = None) -> Rendered:
    """Every output of ``formats``; ``built`` is the build time shown in the PDF and Markdown
    (and the PDF's creation date).

    With ``sink``, each output is handed over as soon as it is made (month pages of a large
    archive one at a time) and ``Rendered.outputs`` is empty; otherwise all are returned.
    The HTML of a timeline over many days is a page per month, rendered month by month
    from the source; the PDF and Markdown take the whole timeline.
    """
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ValueError(f"unknown output format {unknown[0]!r} (choose from {', '.join(FORMATS)})")
    source = timeline if hasattr(timeline, "months") else MemorySource(timeline)
    env = make_env(templates)
    base = RenderOptions(**{**options.__dict__, "notes_html": notes.html if notes else None})
    kept: list[Output] = []
    emit: Sink = sink or (lambda out: kept.append(out.whole()))
    warnings: list[str] = []
    if ("pdf" in formats or "md" in formats) and built is None:
        built = build_time()
    html_options = RenderOptions(**{**base.__dict__, "generated": None})
    months = source.months()
    paged = is_paginated(len(source.dates()), len(months), html_options)
    whole = None if paged and formats == ("html",) else source.full()
    context = None
    if "html" in formats:
        from timeline.render.html import render_html, render_paged

        if paged:
            context = render_paged(source, html_options, env, templates, emit)
        else:
            context = build_context(whole, html_options)
            for out in render_html(context, env, templates):
                emit(out)
        if progress:
            progress("html")
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

            result = render_pdf(dated, env, built, templates)
            emit(Output("briefing.pdf", result.data, "pdf"))
            warnings.extend(f"PDF: {w}" for w in result.warnings)
            if progress:
                progress("pdf")
    return Rendered(tuple(kept), context, tuple(warnings))
