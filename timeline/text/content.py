"""The content words of a text: what identifies what a sentence reports.

Light stemming over the folded text, function words and affixes removed
(the language pack's ``merge`` table: the built-in
``timeline/data/ar/merge.toml`` by default), so names, places and numbers
carry the weight. Merging compares stories by these words
(``timeline.merge.similarity``) and placement finds the sentence a speaker
continues by them; both sit above this module, which sits with the other
text helpers.
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.lang import Pack, default_pack

__all__ = ["content_words"]

_WORD = re.compile(r"\w+")

#: stems remembered per pack
_STEMS = 200_000


class _Table:
    """One pack's stop words and affixes, and its stems remembered."""

    def __init__(self, pack: Pack) -> None:
        t = pack.table("merge")
        fold = pack.fold

        def fold_all(ws) -> tuple[str, ...]:
            return tuple(sorted({fold(w) for w in ws}, key=len, reverse=True))

        self.normalize = pack.normalize
        self.stop = frozenset(fold(w) for w in t["stopwords"])
        self.prefixes = fold_all(t["prefixes"])
        self.suffixes = fold_all(t["suffixes"])
        self.min_stem = int(t["min_stem"])
        self.stem = lru_cache(maxsize=_STEMS)(self._stem)

    def _stem(self, word: str) -> str:
        for p in self.prefixes:
            if word.startswith(p) and len(word) - len(p) >= self.min_stem:
                word = word[len(p):]
                break
        for s in self.suffixes:
            if word.endswith(s) and len(word) - len(s) >= self.min_stem:
                word = word[: -len(s)]
                break
        return word


@lru_cache(maxsize=8)
def _table(pack: Pack) -> _Table:
    return _Table(pack)


def content_words(text: str, pack: Pack | None = None, *, folded: bool = False) -> frozenset[str]:
    """Stems of the words that identify what a sentence reports.

    ``pack`` is the language pack (:func:`timeline.lang.default_pack` when not
    given). ``folded``: ``text`` is already folded by that pack (a span of the
    article's one folded copy, ``norm.fold_span(start, end)``), so it is not
    folded again."""
    t = _table(pack or default_pack())
    out = set()
    for w in _WORD.findall(text if folded else t.normalize(text).text):
        if w in t.stop or (len(w) < t.min_stem and not w.isdigit()):
            continue
        out.add(w if w.isdigit() else t.stem(w))
    return frozenset(out)
