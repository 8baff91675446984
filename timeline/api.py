"""The stages as functions: what the ``tag``, ``extract``, ``timeline`` and ``build``
commands do, without their command lines (documented in ``timeline/__init__.py``)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, Iterable, Optional, Union

from timeline.merge import Timeline, build_timeline as _merge
from timeline.model import Article, Timex
from timeline.pipeline import Extraction, extract as _extract
from timeline.temporal import Tagger, tag_article

__all__ = ["tag", "extract", "build_timeline", "render_timeline"]

Published = Union[str, dt.date]


def _published(published: Published) -> str:
    return published.isoformat() if isinstance(published, dt.date) else published


def tag(text: str, published: Published, language: str = "ar", *, roles: bool = False,
        tagger: Optional[Tagger] = None) -> list[Timex]:
    """The temporal expressions of ``text``, published on ``published`` (``YYYY-MM-DD``,
    ``YYYY-MM-DDTHH:MM[offset]`` or a date), in text order: what ``tag`` writes for one
    article. Arabic goes through the Arabic layer, another ``language`` through dateparser.
    With ``roles``, each also says how it relates to its clause (``role``, ``tense``).
    A bad date raises ``ValueError`` (``timeline.model.InputError``) naming it."""
    article = Article(id="", published=_published(published), text=text, language=language)
    return tag_article(article, tagger, roles=roles)


def extract(article: Union[Article, str], published: Optional[Published] = None, language: str = "ar", *,
            tagger: Optional[Tagger] = None) -> Extraction:
    """One article's expressions and the events placed from its sentences: what ``extract``
    writes for it. Give an ``Article``, or a text and its publication date."""
    if isinstance(article, str):
        if published is None:
            raise TypeError("extract(text) needs the publication date: extract(text, '2016-12-08')")
        article = Article(id="", published=_published(published), text=article, language=language)
    elif published is not None:
        raise TypeError("the article carries its own publication date")
    return _extract(article, tagger)


def build_timeline(articles: Iterable[Union[Article, Extraction]], *, tagger: Optional[Tagger] = None) -> Timeline:
    """One merged timeline from many articles (or their extractions): days, each with the
    entries that several reports of one occurrence were merged into. What ``timeline``
    writes as JSON (``Timeline.to_json()``)."""
    tagger = tagger or Tagger()
    return _merge([a if isinstance(a, Extraction) else _extract(a, tagger) for a in articles])


def render_timeline(timeline: Timeline, folder: Union[str, Path], formats: Optional[Iterable[str]] = None, *,
                    templates: Union[str, Path, None] = None, notes: Union[str, Path, None] = None,
                    pdf_variant: str = "none", lock_timeout: float = 600.0, **options: Any) -> list[Path]:
    """Write the briefing of ``timeline`` into ``folder``, as ``build`` does: the HTML
    timeline with its exports, the PDF and the Markdown by default (``formats``: any of
    ``html``, ``pdf``, ``md``, ``json``, ``csv``, ``timelinejs``). Returns the files written.

    ``templates`` is a folder of templates replacing the default ones, ``notes`` an
    editor's note in Markdown; ``options`` are the page settings (``title``,
    ``newest_first``, ``month_names``, ``paginate``, ``key_developments``, ``place``).
    Nothing is put in place before everything has rendered: on an error the folder
    stays as it was."""
    from timeline.io import check_output_folder
    from timeline.publish import Staging
    from timeline.render import DEFAULT_FORMATS, RenderOptions, render
    from timeline.render.notes import read_notes

    check_output_folder(folder, "the output folder")
    formats = tuple(formats) if formats is not None else DEFAULT_FORMATS
    note = read_notes(notes) if notes is not None else None
    with Staging(folder, lock_timeout=lock_timeout) as staging:
        render(timeline, RenderOptions(**options), formats, Path(templates) if templates else None, note,
               sink=staging.add, pdf_variant=pdf_variant)
        return staging.commit()
