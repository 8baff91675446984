"""Temporal expressions: find them in Arabic news and anchor them to dates.

Arabic text goes through the Arabic layer (``Tagger``); text in another
language goes through dateparser's own search (``foreign.tag_foreign``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from timeline.temporal.tagger import Tagger, tag

if TYPE_CHECKING:
    from timeline.model import Article, Timex
    from timeline.text.normalize import Normalized

__all__ = ["Tagger", "tag", "tag_article"]


def tag_article(article: "Article", tagger: Optional[Tagger] = None, *, roles: bool = False,
                norm: Optional["Normalized"] = None) -> list["Timex"]:
    """The expressions of an article: by our tagger in its pack's language, by
    dateparser's search in the others. ``norm``: the text already folded by the pack."""
    tagger = tagger or Tagger()
    if article.language in (tagger.pack.lang, "", None):
        return tagger.tag(article.text, article.published, roles=roles, norm=norm)
    from timeline.temporal.foreign import tag_foreign

    return tag_foreign(article.text, article.dct, article.language, roles=roles)
