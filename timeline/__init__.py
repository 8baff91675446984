"""Arabic-first news timeline and briefing generator.

The public API is what ``__all__`` lists; every submodule is private and may change.

Temporal expressions of a text, anchored on its publication date::

    import timeline

    for t in timeline.tag("قال مسؤول أمس الأربعاء إن ...", "2016-12-08"):
        print(t.text, t.type, t.value)          # أمس الأربعاء DATE 2016-12-07

dateparser's ``search_dates``, with Arabic read by this project's tagger (other
languages go to dateparser unchanged)::

    from datetime import datetime
    timeline.search_dates("قال مسؤول أمس الأربعاء إن ...", settings={"RELATIVE_BASE": datetime(2016, 12, 8)})
    # [('أمس الأربعاء', datetime.datetime(2016, 12, 7, 0, 0))]

One article's placed events, then many articles merged into one timeline and
written as the briefing (HTML with its exports, PDF, Markdown)::

    article = timeline.Article(id="a1", published="2016-12-08", text="...")
    for event in timeline.extract(article).events:
        print(event.date, event.text)
    merged = timeline.build_timeline([article, ...])
    paths = timeline.render_timeline(merged, "out/", formats=("html", "md"), title="حلب")

``tag``, ``extract``, ``build_timeline`` and ``render_timeline`` are the
``tag``, ``extract``, ``timeline`` and ``build`` commands without their command
lines; ``timeline.render`` is the rendering package, hence ``render_timeline``.
Reading articles from files stays with the commands (``generate.py``).

``import timeline`` loads nothing else: each name is imported when first used,
and the rendering (WeasyPrint, nh3) only by ``render_timeline``.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

#: public name -> the module it lives in
_EXPORTS = {
    "tag": "timeline.api",
    "extract": "timeline.api",
    "build_timeline": "timeline.api",
    "render_timeline": "timeline.api",
    "search_dates": "timeline.search",
    "Article": "timeline.model",
    "Timex": "timeline.model",
    "Event": "timeline.model",
    "Figure": "timeline.model",
    "Extraction": "timeline.pipeline",
    "Timeline": "timeline.merge",
    "Day": "timeline.merge",
    "Entry": "timeline.merge",
    "SourceRef": "timeline.merge",
}

__all__ = list(_EXPORTS)

if TYPE_CHECKING:
    from timeline.api import build_timeline, extract, render_timeline, tag
    from timeline.merge import Day, Entry, SourceRef, Timeline
    from timeline.model import Article, Event, Figure, Timex
    from timeline.pipeline import Extraction
    from timeline.search import search_dates


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'timeline' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
