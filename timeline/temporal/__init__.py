"""Temporal expressions: find them in Arabic news and anchor them to dates.

Arabic text goes through the Arabic layer (``Tagger``); text in another
language goes through dateparser's own search (``foreign.tag_foreign``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from timeline.temporal.tagger import Tagger, tag

if TYPE_CHECKING:
    from timeline.model import Article, Timex

__all__ = ["Tagger", "tag", "tag_article"]


def tag_article(article: "Article", tagger: Optional[Tagger] = None, *, roles: bool = False) -> list["Timex"]:
    """The expressions of an article, by the tagger for its language."""
    if article.language in ("ar", "", None):
        return (tagger or Tagger()).tag(article.text, article.dct, roles=roles)
    from timeline.temporal.foreign import tag_foreign

    return tag_foreign(article.text, article.dct, article.language, roles=roles)
