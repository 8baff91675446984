"""Time words inside names are not times (TIMEX-SPEC, last rule).

Papers, channels and programmes are called «اليوم», «الأيام», «الغد»,
«الصباح»; festivals are named after nights; titles in quotes hold
durations («ستون دقيقة»). A hit that lies inside a known name, right after a
word that introduces a name (صحيفة، قناة، برنامج، مهرجان ...), or inside the
quotes that follow one, is dropped. Explicit dates are left to the grammar's
own check (ثورة 25 يناير، صحيفة 26 سبتمبر).
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.temporal import frames as F
from timeline.temporal.grammar import Hit
from timeline.lang import Pack as Lexicon

__all__ = ["drop_names", "NAMEABLE"]

#: frames a name can hold: words, not explicit dates or clock times
NAMEABLE = (F.DayRef, F.PartOfDay, F.Duration, F.Vague, F.PeriodRef, F.Holiday, F.AnaphoricDay)
_NAMEABLE = frozenset(NAMEABLE)   # frames are not subclassed: their type decides
_QUOTES = {"«": "»", '"': '"', "“": "”", "'": "'"}
_WORD = re.compile(r"\w+")
_ANY_QUOTE = re.compile("[" + re.escape("".join(_QUOTES)) + "]")


@lru_cache(maxsize=4)
def _phrase_index(lex: Lexicon) -> dict[str, tuple[tuple[int, tuple[str, ...]], ...]]:
    """For each word of a name phrase: where it starts in the phrases holding
    it, each offset with those phrases (a tuple, so one ``startswith`` call
    tests them all)."""
    index: dict[str, dict[int, list[str]]] = {}
    for phrase in lex.name_phrases:
        at = 0
        for word in phrase.split(" "):
            index.setdefault(word, {}).setdefault(at, []).append(phrase)
            at += len(word) + 1
    return {w: tuple((at, tuple(ps)) for at, ps in sorted(v.items())) for w, v in index.items()}


def _in_phrase(text: str, h: Hit, index: dict[str, tuple[tuple[int, tuple[str, ...]], ...]]) -> bool:
    """Does a name phrase (المصري اليوم، صباح الخير) hold the hit?"""
    first = _WORD.match(text, h.start)
    if first is None:
        return False
    for at, phrases in index.get(first.group(), ()):
        s = h.start - at
        if s < 0 or not text.startswith(phrases, s):
            continue
        for phrase in phrases:
            e = s + len(phrase)
            if e >= h.end and text.startswith(phrase, s) \
                    and (s == 0 or not text[s - 1].isalnum() or text[s - 1] in "وفبل") \
                    and (e == len(text) or not text[e].isalnum()):
                return True
    return False


def _head_before(text: str, pos: int, heads: frozenset[str]) -> bool:
    words = _WORD.findall(text, max(0, pos - 30), pos)
    if not words:
        return False
    word = words[-1]
    return word in heads or (word[:1] in "وفبل" and word[1:] in heads)


def drop_names(hits: list[Hit], text: str, lex: Lexicon) -> list[Hit]:
    index = _phrase_index(lex)
    quoted = _ANY_QUOTE.search(text) is not None
    out = []
    nameable = _NAMEABLE
    for h in hits:
        if type(h.frame) in nameable:
            if _in_phrase(text, h, index):
                continue
            if text[h.start - 1:h.start].isspace() and _head_before(text, h.start, lex.name_heads):
                continue  # صحيفة اليوم السعودية، قناة الغد
            if not quoted:
                out.append(h)
                continue
            if _quoted_title(text, h, lex.name_heads):
                continue
            if h.start and h.end < len(text) and text[h.start - 1] in _QUOTES and text[h.end] in _QUOTES.values() \
                    and isinstance(h.frame, (F.PartOfDay, F.DayRef)):
                continue  # "الفجر" alone in quotes: a paper's name (تحصلت عليها "الفجر")
        out.append(h)
    return out


def _quoted_title(text: str, h: Hit, heads: frozenset[str]) -> bool:
    """Is the hit inside quotes that open right after a name word (برنامج «ستون دقيقة»)?"""
    line_start = text.rfind("\n", 0, h.start) + 1
    lo = max(line_start, h.start - 60)
    if _ANY_QUOTE.search(text, lo, h.start) is None:
        return False
    for i in range(h.start - 1, lo - 1, -1):
        ch = text[i]
        if ch in _QUOTES:
            close = text.find(_QUOTES[ch], h.end)
            if close < 0 or close - h.end > 60:
                return False
            return _head_before(text, i, heads)
        if ch in "».،,:":
            return False
    return False
