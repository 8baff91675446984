"""Spelling normalisation for matching, with a map back to original offsets.

Matching runs on a folded copy of the text (hamza forms, ta marbuta, alef
maqsura, digits, no tatweel or diacritics). Reported spans are always indices
into the original string: :meth:`Normalized.span` maps a span of the folded
copy back, so no folding can shift an offset.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from dataclasses import dataclass
from functools import lru_cache

from timeline.data import load_table

__all__ = ["Normalized", "normalize", "fold"]


def _expand_ranges(items: list[str]) -> list[int]:
    codes: list[int] = []
    for item in items:
        if len(item) == 3 and item[1] == "-":
            codes.extend(range(ord(item[0]), ord(item[2]) + 1))
        else:
            codes.extend(ord(c) for c in item)
    return codes


@dataclass(frozen=True)
class _Tables:
    translate: dict[int, str | None]
    special: re.Pattern[str]   # characters that delete or expand (slow path)
    combining: frozenset[str]  # deleted marks that attach to the letter before


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    data = load_table("ar", "normalization")
    deleted = _expand_ranges(data["delete"])
    table: dict[int, str | None] = {c: None for c in deleted}
    for src, dst in data["map"].items():
        table[ord(src)] = dst
    for key in ("arabic_indic", "persian"):
        for value, ch in enumerate(data["digits"][key]):
            table[ord(ch)] = str(value)
    for c in range(ord("A"), ord("Z") + 1):
        table[c] = chr(c + 32)
    deleted_chars = "".join(chr(c) for c in deleted)
    # Presentation forms fold through NFKC and may expand (lam-alef ligature).
    special = re.compile(
        "[" + re.escape(deleted_chars) + "\uFB50-\uFDFF\uFE70-\uFEFE" + "]"
    )
    combining = frozenset(
        chr(c) for c in deleted if unicodedata.combining(chr(c)) or c == 0x0640
    )
    return _Tables(table, special, combining)


@dataclass(frozen=True)
class Normalized:
    """A folded copy of ``original`` and the way back to its offsets."""

    original: str
    text: str
    # original index of each folded character, plus a final sentinel;
    # None when folding kept every character in place (the common case).
    offsets: array | None

    def orig(self, i: int) -> int:
        """Original index of folded index ``i`` (``len(text)`` maps to the end)."""
        if self.offsets is None:
            return i
        return self.offsets[i]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original half-open span of the folded span ``[start, end)``.

        Combining marks (diacritics, tatweel) that follow the last character
        belong to it, so they are kept inside the span.
        """
        if self.offsets is None:
            o_start, o_end = start, end
        else:
            o_start = self.offsets[start]
            o_end = self.offsets[end - 1] + 1 if end > start else o_start
        combining = _tables().combining
        original = self.original
        while o_end < len(original) and original[o_end] in combining:
            o_end += 1
        return o_start, o_end


def normalize(text: str) -> Normalized:
    tables = _tables()
    if tables.special.search(text) is None:
        return Normalized(text, text.translate(tables.translate), None)
    out: list[str] = []
    offsets = array("l")
    translate = tables.translate
    for i, ch in enumerate(text):
        code = ord(ch)
        if code in translate:
            mapped = translate[code]
            if mapped is None:
                continue
        elif 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFE:
            mapped = unicodedata.normalize("NFKC", ch).translate(translate)
        else:
            mapped = ch
        for m in mapped:
            out.append(m)
            offsets.append(i)
    offsets.append(len(text))
    return Normalized(text, "".join(out), offsets)


@lru_cache(maxsize=4096)
def fold(word: str) -> str:
    """Fold a lexicon word the same way as running text (no offsets)."""
    return normalize(word).text
