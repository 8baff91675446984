"""Spelling normalisation for matching, with a map back to original offsets.

Matching runs on a folded copy of the text (hamza forms, ta marbuta, alef
maqsura, digits, no tatweel or diacritics). Reported spans are always indices
into the original string: :meth:`Normalized.span` maps a span of the folded
copy back, so no folding can shift an offset.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from array import array
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Mapping

from timeline.data import DataError, load_table

__all__ = ["Normalized", "Normalizer", "normalize", "fold"]


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
    replace: dict[str, str]     # the same map by character ("" deletes)
    touched: frozenset[str]     # every character folding changes
    deleted_chars: frozenset[str]
    expanding_chars: frozenset[str]  # presentation forms (NFKC, may expand)
    deleted: re.Pattern[str]    # characters that delete
    combining: frozenset[str]   # deleted marks that attach to the letter before
    folding: re.Pattern[str]    # one character folding changes in place (not the expanding ones)
    expanding: re.Pattern[str]  # one presentation form


#: Arabic presentation forms (A and B): folded through NFKC, and may expand
_PRESENTATION = ((0xFB50, 0xFDFF), (0xFE70, 0xFEFE))


def _tables_of(data: Mapping[str, Any], where: str) -> _Tables:
    try:
        deleted = _expand_ranges(data["delete"])
        table: dict[int, str | None] = {c: None for c in deleted}
        for src, dst in data["map"].items():
            if len(src) != 1:
                raise DataError(f"{where}: map: {src!r} is not one character")
            table[ord(src)] = dst
        for key, digits in data["digits"].items():
            if len(digits) != 10:
                raise DataError(f"{where}: digits.{key}: needs the ten digits 0-9")
            for value, ch in enumerate(digits):
                table[ord(ch)] = str(value)
    except KeyError as exc:
        raise DataError(f"{where}: {exc.args[0]}: missing") from None
    for c in range(ord("A"), ord("Z") + 1):
        table[c] = chr(c + 32)
    deleted_chars = "".join(chr(c) for c in deleted)
    # Presentation forms fold through NFKC and may expand (lam-alef ligature).
    expanding = frozenset(chr(c) for r in _PRESENTATION for c in range(r[0], r[1] + 1))
    replace = {chr(k): (v or "") for k, v in table.items()}
    combining = frozenset(
        chr(c) for c in deleted if unicodedata.combining(chr(c)) or c == 0x0640
    )
    in_place = "".join(sorted(set(replace) - expanding))
    return _Tables(table, replace, frozenset(replace) | expanding, frozenset(deleted_chars),
                   expanding, re.compile("[" + re.escape(deleted_chars) + "]"), combining,
                   re.compile("[" + re.escape(in_place) + "]"),
                   re.compile("[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in _PRESENTATION) + "]"))


@dataclass(frozen=True)
class Normalized:
    """A folded copy of ``original`` and the way back to its offsets.

    Three shapes, fastest first: every character kept in place (``offsets``
    and ``shifts`` None); only deletions (``shifts``: for each deleted
    character, the folded index it sits before, so an original index is the
    folded one plus the deletions up to it); or expansions too (``offsets``:
    the original index of every folded character, plus a sentinel).
    """

    original: str
    text: str
    offsets: array | None
    shifts: list[int] | None = None
    #: the deleted marks that attach to the letter before (kept inside a span)
    combining: frozenset[str] = frozenset()

    def orig(self, i: int) -> int:
        """Original index of folded index ``i`` (``len(text)`` maps to the end)."""
        if self.offsets is not None:
            return self.offsets[i]
        if self.shifts is not None:
            return i + bisect.bisect_right(self.shifts, i)
        return i

    def folded_index(self, i: int) -> int:
        """Folded index of original index ``i``: the first folded character at or after it."""
        if self.offsets is not None:
            return bisect.bisect_left(self.offsets, i)
        if self.shifts is not None:
            # the k-th deleted character sits at original index shifts[k] + k
            return i - bisect.bisect_left(self._deleted_at, i)
        return i

    @property
    def _deleted_at(self) -> list[int]:
        cached = self.__dict__.get("_deleted")
        if cached is None:
            cached = [s + k for k, s in enumerate(self.shifts or ())]
            object.__setattr__(self, "_deleted", cached)
        return cached

    def fold_span(self, start: int, end: int) -> str:
        """The folded text of the original span ``[start, end)``: what folding
        ``original[start:end]`` again would give, without folding it again."""
        return self.text[self.folded_index(start):self.folded_index(end)]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original half-open span of the folded span ``[start, end)``.

        Combining marks (diacritics, tatweel) that follow the last character
        belong to it, so they are kept inside the span.
        """
        if self.offsets is None and self.shifts is None:
            o_start, o_end = start, end
        else:
            o_start = self.orig(start)
            o_end = self.orig(end - 1) + 1 if end > start else o_start
        combining = self.combining
        original = self.original
        while o_end < len(original) and original[o_end] in combining:
            o_end += 1
        return o_start, o_end


class Normalizer:
    """One language's folding (its ``normalization`` table), with offsets back."""

    def __init__(self, data: Mapping[str, Any], where: str = "normalization.toml") -> None:
        self.tables = _tables_of(data, where)
        self.fold = lru_cache(maxsize=8192)(self._fold)

    def normalize(self, text: str) -> Normalized:
        tables = self.tables
        if tables.expanding.search(text):
            return _normalize_expanding(text, tables)
        # the characters to fold, found in C (a set of the text's characters costs 4x more)
        present = set(tables.folding.findall(text))
        folded = text
        replace = tables.replace
        for ch in present:
            folded = folded.replace(ch, replace[ch])
        if present.isdisjoint(tables.deleted_chars):
            return Normalized(text, folded, None, None, tables.combining)
        # deletions: remember where the deleted characters were
        shifts = [m.start() - k for k, m in enumerate(tables.deleted.finditer(text))]
        return Normalized(text, folded, None, shifts, tables.combining)

    def _fold(self, word: str) -> str:
        """Fold a lexicon word the same way as running text (no offsets)."""
        return self.normalize(word).text


def _normalize_expanding(text: str, tables: _Tables) -> Normalized:
    """Slow path for presentation forms: an offset per folded character."""
    out: list[str] = []
    offsets = array("l")
    translate = tables.translate
    for i, ch in enumerate(text):
        code = ord(ch)
        if code in translate:
            mapped = translate[code]
            if mapped is None:
                continue
        elif ch in tables.expanding_chars:
            mapped = unicodedata.normalize("NFKC", ch).translate(translate)
        else:
            mapped = ch
        for m in mapped:
            out.append(m)
            offsets.append(i)
    offsets.append(len(text))
    return Normalized(text, "".join(out), offsets, None, tables.combining)


@lru_cache(maxsize=1)
def _default() -> Normalizer:
    # the built-in table read directly: timeline.lang imports this module, so the
    # module's fold cannot go through the pack (each pack builds its own Normalizer)
    return Normalizer(load_table("ar", "normalization"), "timeline/data/ar/normalization.toml")


def normalize(text: str) -> Normalized:
    """Fold ``text`` with the built-in (Arabic) table; a pack's own is ``pack.normalize``."""
    return _default().normalize(text)


def fold(word: str) -> str:
    """Fold one word with the built-in (Arabic) table; a pack's own is ``pack.fold``."""
    return _default().fold(word)
