"""The Markdown briefing (``briefing.md``)."""

from __future__ import annotations

from typing import Optional

from jinja2 import Environment

from timeline.render.context import BriefingContext
from timeline.render.notes import Notes

__all__ = ["render_markdown"]


def render_markdown(b: BriefingContext, env: Environment, notes: Optional[Notes] = None) -> str:
    text = env.get_template("briefing.md").render(b=b, notes_markdown=notes.source if notes else "")
    # one blank line at most between blocks, one newline at the end
    lines: list[str] = []
    for line in text.splitlines():
        line = line.rstrip()
        if line or (lines and lines[-1]):
            lines.append(line)
    return "\n".join(lines).strip() + "\n"
