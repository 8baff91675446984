"""Language packs: the words of one language, declared, checked and compiled once.

A pack is the folder ``timeline/data/<lang>/`` (or any folder laid out the
same way). :func:`load_pack` reads it and returns a :class:`Pack`; every
stage that reads words (the grammar, the context scan, placement,
similarity, normalisation) takes the pack as a parameter.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from timeline.data import DataError, load_table
from timeline.temporal.lexicon import Lexicon, lexicon

__all__ = ["Pack", "DataError", "load_pack", "default_pack", "DEFAULT_LANG"]

#: the language of the built-in pack
DEFAULT_LANG = "ar"


class Pack:
    """One language's word classes (attributes, as ``pack.weekdays``) and raw tables."""

    def __init__(self, lang: str, lex: Lexicon) -> None:
        self.lang = lang
        self.lex = lex

    def table(self, name: str) -> dict[str, Any]:
        """A raw TOML table of the pack (``pack.table("events")``)."""
        return load_table(self.lang, name)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.lex, name)


@lru_cache(maxsize=None)
def load_pack(lang: str = DEFAULT_LANG) -> Pack:
    return Pack(lang, lexicon())


def default_pack() -> Pack:
    """The built-in pack (Arabic)."""
    return load_pack(DEFAULT_LANG)
