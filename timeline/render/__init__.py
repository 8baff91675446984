"""Rendering: the merged timeline through Jinja2 templates into files.

``render(timeline, settings)`` returns every output in memory (HTML pages
and their assets, the PDF, the Markdown); nothing is written here, so a
failure leaves the output folder as it was (see ``timeline.publish``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from timeline.merge.build import Timeline
from timeline.render.context import BriefingContext, RenderOptions, build_context
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


def render(timeline: Timeline, options: RenderOptions, formats: tuple[str, ...] = FORMATS,
           templates: Optional[Path] = None, notes: Optional[Notes] = None,
           built: Optional[dt.datetime] = None, progress=None) -> Rendered:
    """Every output of ``formats`` for ``timeline``; ``built`` is the build time shown in the
    PDF and Markdown (and the PDF's creation date)."""
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ValueError(f"unknown output format {unknown[0]!r} (choose from {', '.join(FORMATS)})")
    env = make_env(templates)
    base = RenderOptions(**{**options.__dict__, "notes_html": notes.html if notes else None})
    outputs: list[Output] = []
    warnings: list[str] = []
    if ("pdf" in formats or "md" in formats) and built is None:
        built = build_time()
    html_context = build_context(timeline, RenderOptions(**{**base.__dict__, "generated": None}))
    dated = build_context(timeline, RenderOptions(**{**base.__dict__,
                                                     "generated": built.date() if built else None}))
    if "html" in formats:
        from timeline.render.html import render_html

        outputs.extend(render_html(html_context, env, templates))
        if progress:
            progress("html")
    if "md" in formats:
        from timeline.render.md import render_markdown

        outputs.append(Output("briefing.md", render_markdown(dated, env, notes).encode("utf-8"), "markdown"))
        if progress:
            progress("md")
    if "pdf" in formats:
        from timeline.render.pdf import render_pdf

        result = render_pdf(dated, env, built, templates)
        outputs.append(Output("briefing.pdf", result.data, "pdf"))
        warnings.extend(f"PDF: {w}" for w in result.warnings)
        if progress:
            progress("pdf")
    return Rendered(tuple(outputs), html_context, tuple(warnings))
