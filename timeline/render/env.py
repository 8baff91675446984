"""The Jinja2 environment: the loader chain that lets users override templates.

Templates are looked up first in the user's folder (``--templates DIR``),
then in the tool's own (``timeline.resources.templates_dir()``: the checkout's
``templates/``, shipped in the wheel as package data). A user template can extend the one it
replaces through the ``default/`` prefix::

    {% extends "default/timeline.html" %}
    {% block header %}{{ super() }}<p>Our newsroom</p>{% endblock %}

Assets (``assets/*.css``, ``assets/*.js``) are found the same way.

HTML templates are autoescaped; the Markdown template escapes article text
with the ``md`` filter. Article text only ever reaches templates as data.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Optional

from jinja2 import (ChoiceLoader, Environment, FileSystemLoader, PrefixLoader, StrictUndefined,
                    TemplateNotFound, select_autoescape)

from timeline.model import InputError
from timeline.render.arabic import count_noun, day_heading, figure_label, load_display
from timeline.render.context import date_words, isolate, ltr
from timeline.render.search import fold_table
from timeline.resources import templates_dir
from timeline.text.hygiene import balance_bidi

__all__ = ["DEFAULT_TEMPLATES", "make_env", "find_asset", "md_escape"]

DEFAULT_TEMPLATES = templates_dir()

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~])")


#: the isolates the HTML and PDF put around a run of the other direction: plain-text
#: renderers (less, some mail clients) show them as marks, so Markdown goes without them
_ISOLATES = re.compile("[\u2066-\u2069]")


def md_escape(text: str) -> str:
    """Plain text made inert in Markdown: one line, every markup character escaped,
    no isolate controls (GitHub's ``dir=auto`` and ``less`` read the words as they are)."""
    return _MD_SPECIAL.sub(r"\\\1", re.sub(r"\s+", " ", _ISOLATES.sub("", str(text))))


def md_url(url: str) -> str:
    """A URL safe inside Markdown's <...>: spaces and angle brackets percent-encoded."""
    return str(url).replace(" ", "%20").replace("<", "%3C").replace(">", "%3E")


def _loaders(user: Optional[Path]) -> list[FileSystemLoader]:
    return ([FileSystemLoader(str(user))] if user else []) + [FileSystemLoader(str(DEFAULT_TEMPLATES))]


def _balanced(value):
    """Every value a template prints closes the bidi controls it opens (a fragment
    of an article's text, a title): none reaches past its field."""
    if isinstance(value, str):
        balanced = balance_bidi(value)
        return value if balanced is value else type(value)(balanced)
    return value


def make_env(user: Optional[Path] = None) -> Environment:
    if user is not None and not Path(user).is_dir():
        raise InputError(f"{user}: templates folder not found")
    env = Environment(
        loader=ChoiceLoader([*_loaders(user), PrefixLoader({"default": FileSystemLoader(str(DEFAULT_TEMPLATES))})]),
        autoescape=select_autoescape(["html", "xml", "svg"], default_for_string=True, default=False),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=_balanced,
    )
    env.filters["ltr"] = ltr
    env.filters["isolate"] = isolate
    env.filters["day_heading"] = day_heading
    env.filters["md"] = md_escape
    env.filters["md_url"] = md_url
    env.filters["figure_label"] = figure_label
    env.filters["count"] = count_noun
    env.filters["date_words"] = date_words
    display = load_display()
    env.globals["how_summary"] = display["how"]["summary"]
    env.globals["claims_note"] = display["claims"]["note"]
    env.globals["fold_table"] = fold_table()
    # JSON in pages keeps its letters as written (it is UTF-8 like the page), not as \u escapes
    env.policies["json.dumps_kwargs"] = {"sort_keys": True, "ensure_ascii": False}
    return env


def find_asset(name: str, user: Optional[Path] = None) -> Path:
    """``assets/NAME`` from the user's templates folder, else the tool's."""
    for base in ([Path(user)] if user else []) + [DEFAULT_TEMPLATES]:
        path = base / "assets" / name
        if path.is_file():
            return path
    raise TemplateNotFound(f"assets/{name}")
