"""Arabic numbers: digits and number words to values.

``parse_number("ألف وخمسمائة") == 1500``, ``parse_number("خمسة وعشرين") == 25``,
``parse_number("3 آلاف") == 3000``. The words come from
``timeline/data/ar/numbers.toml``; this module holds only the arithmetic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from timeline.text.normalize import fold
from timeline.text.words import SPACE, WordClass, build, by_value

__all__ = ["NumberWords", "number_words", "parse_number"]


@dataclass(frozen=True, eq=False)
class NumberWords:
    cardinals: WordClass
    multipliers: WordClass
    fractions: WordClass
    vague_counts: WordClass
    #: one number written in words or digits, possibly compound (خمسة وعشرين)
    pattern: str

    @classmethod
    def from_table(cls, table, fold=fold) -> "NumberWords":
        """The number words of a pack's ``numbers`` table."""
        cardinals = by_value("cardinals", table["cardinals"], fold=fold)
        multipliers = build("multipliers", ((s, int(k)) for k, v in table["multipliers"].items() for s in v),
                            fold=fold)
        fractions = build("fractions", ((s, float(k)) for k, v in table["fractions"].items() for s in v),
                          fold=fold)
        vague = by_value("vague_counts", table["vague_counts"], fold=fold)
        digits = r"\d+(?:[.,]\d+)?"
        item = f"(?:{digits}|{cardinals.pattern})"
        # at most MAX_TERMS terms joined by و (the longest numbers written out have fewer):
        # unbounded, a run of them makes each match attempt read to its end (quadratic)
        pattern = (
            f"{item}(?:{SPACE}{multipliers.pattern})?"
            f"(?:{SPACE}و{item}(?:{SPACE}{multipliers.pattern})?){{0,{MAX_TERMS - 1}}}"
        )
        return cls(cardinals, multipliers, fractions, vague, pattern)


#: the most terms a number written in words has (مليون ومئتان وثلاثة وأربعون ألفا وخمسمئة وسبعة وستون: 7)
MAX_TERMS = 10


def number_words(pack=None) -> NumberWords:
    """The number words of a pack (the built-in one by default)."""
    if pack is None:
        from timeline.lang import default_pack

        pack = default_pack()
    return pack.numbers


_TOKEN = re.compile(r"\d+(?:[.,]\d+)?|[^\W\d_]+")


@lru_cache(maxsize=4096)
def parse_number(text: str, pack=None) -> float | None:
    """Value of a number in digits and/or words, or None if it is not one."""
    words = number_words(pack)
    folded = (pack.fold if pack is not None else fold)(text)
    tokens = _TOKEN.findall(folded)
    total = 0.0
    group: float | None = None   # value being built before a multiplier
    seen = False
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok == "و":          # "ألف و71": the conjunction alone
            i += 1
            continue
        if tok[0].isdigit():
            value = float(tok.replace(",", "."))
            if group is not None:
                total += group
            group = value
            seen = True
            i += 1
            continue
        # longest multi-word spelling starting here (أحد عشر، ثلاث مئة)
        matched = None
        for length in (3, 2, 1):
            if i + length > len(tokens):
                continue
            phrase = " ".join(tokens[i:i + length])
            if length == 1 and phrase.startswith("و") and len(phrase) > 1:
                candidates = (phrase, phrase[1:])
            else:
                candidates = (phrase,)
            for cand in candidates:
                if group is not None and cand in words.multipliers:
                    matched = ("mult", words.multipliers.get(cand), length)
                    break
                if cand in words.cardinals:
                    matched = ("card", words.cardinals.get(cand), length)
                    break
            if matched:
                break
        if matched is None:
            return None
        kind, value, length = matched
        if kind == "mult":
            total += (group or 1) * value
            group = None
        else:
            if group is not None:
                # "ألف وخمسمائة", "خمسة وعشرين": parts add up
                total += group
            group = float(value)
        seen = True
        i += length
    if not seen:
        return None
    if group is not None:
        total += group
    return total
