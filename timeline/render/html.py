"""The static HTML timeline: one page, or an index and a page per month."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from jinja2 import Environment

from timeline.render.context import BriefingContext
from timeline.render.env import find_asset
from timeline.render.fonts import WEB_FONT_NAME, web_font
from timeline.render.output import Output

__all__ = ["render_html", "INDEX", "ASSETS"]

INDEX = "timeline.html"
#: files copied from templates/assets (a user's templates folder may replace any of them)
ASSETS = ("timeline.css", "filters.js", "permalinks.js")


def render_html(b: BriefingContext, env: Environment, user: Optional[Path] = None) -> list[Output]:
    common = {"b": b, "index_page": INDEX}
    month_pages = {m.key: m.page for m in b.months} if b.paginated else {}
    outputs = [Output(INDEX, env.get_template("timeline.html").render(**common, month_pages=month_pages)
                      .encode("utf-8"), "html")]
    if b.paginated:
        template = env.get_template("month.html")
        months = b.months
        for i, month in enumerate(months):
            html = template.render(**common, month=month,
                                   previous=months[i - 1] if i > 0 else None,
                                   next=months[i + 1] if i + 1 < len(months) else None)
            outputs.append(Output(month.page, html.encode("utf-8"), "html"))
    for name in ASSETS:
        outputs.append(Output(f"assets/{name}", find_asset(name, user).read_bytes()))
    outputs.append(Output(f"assets/{WEB_FONT_NAME}", web_font().read_bytes()))
    return outputs
