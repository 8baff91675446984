"""The content words of a text: what identifies what a sentence reports.

Light stemming over the folded text, function words and affixes removed
(``timeline/data/ar/merge.toml``), so names, places and numbers carry the
weight. Merging compares stories by these words (``timeline.merge.similarity``)
and placement finds the sentence a speaker continues by them; both sit above
this module, which sits with the other text helpers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from timeline.data import load_table
from timeline.text.normalize import fold, normalize

__all__ = ["content_words"]

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class _Table:
    stop: frozenset[str]
    prefixes: tuple[str, ...]
    suffixes: tuple[str, ...]
    min_stem: int


@lru_cache(maxsize=1)
def _table() -> _Table:
    t = load_table("ar", "merge")
    fold_all = lambda ws: tuple(sorted({fold(w) for w in ws}, key=len, reverse=True))  # noqa: E731
    return _Table(frozenset(fold(w) for w in t["stopwords"]), fold_all(t["prefixes"]),
                  fold_all(t["suffixes"]), int(t["min_stem"]))


@lru_cache(maxsize=200_000)
def _stem_of(word: str) -> str:
    return _stem(word, _table())


def _stem(word: str, t: _Table) -> str:
    for p in t.prefixes:
        if word.startswith(p) and len(word) - len(p) >= t.min_stem:
            word = word[len(p):]
            break
    for s in t.suffixes:
        if word.endswith(s) and len(word) - len(s) >= t.min_stem:
            word = word[: -len(s)]
            break
    return word


def content_words(text: str) -> frozenset[str]:
    """Stems of the words that identify what a sentence reports."""
    t = _table()
    out = set()
    for w in _WORD.findall(normalize(text).text):
        if w in t.stop or (len(w) < t.min_stem and not w.isdigit()):
            continue
        out.add(w if w.isdigit() else _stem_of(w))
    return frozenset(out)
