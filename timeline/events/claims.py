"""Who gives a figure, what it covers, and where: a figure as a claim.

A count in the news is somebody's claim about some place and some stretch of
time: «قال الدفاع المدني في حلب إن القصف خلف 24 قتيلا», «200 شخص خلال الساعات
الماضية», «منذ 15 نوفمبر ... 845 قتيلا». Tolls that different claimants give for
the same day or the same last hours may overlap, so the briefing shows them
side by side and never adds them; this module reads, for one figure, the
claimant (the subject of a reporting verb before it, or an attribution after
it: «وفق المرصد»), its scope (that day, the last hours, a running total) and
the place it covers (a place of ``claims.toml``, with the province it lies in).

The words are data: the language pack's ``claims`` table (the built-in
``timeline/data/ar/claims.toml`` by default); matching runs on the text folded
by that pack, and positions are folded offsets of the one sentence given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Optional

from timeline.lang import Pack, default_pack
from timeline.text.words import trie_regex

__all__ = ["Claim", "read_claim", "claimant_names", "province_of"]

#: how many words before a claimant's name, or after it, a reporting verb may stand
VERB_BEFORE, VERB_AFTER = 3, 5

_WORD = re.compile(r"[^\s،,.:;؛!?؟\"«»“”()\-]+")


@dataclass(frozen=True)
class Claim:
    claimant: Optional[str]
    scope: str                       # "day" or "hours" (running totals are marked by the figure reader)
    place: Optional[str]
    areas: tuple[str, ...]


def _regex(forms: list[str]) -> re.Pattern[str]:
    # clitics in front (و ف ب ل and their pairs), the article's assimilated form after ل
    return re.compile(r"(?<!\w)(?:[وف]?[بلك]?)(?P<w>" + trie_regex(forms) + r")(?!\w)")


@dataclass(frozen=True)
class _Tables:
    claimant_of: dict[str, str]
    claimants: re.Pattern[str]
    verbs: frozenset[str]
    leading: frozenset[str]          # the verbs, and the prepositions that bring a claimant before it
    after: re.Pattern[str]
    hours: re.Pattern[str]
    province_of: dict[str, str]
    places: re.Pattern[str]
    directions: frozenset[str]
    suffixes: frozenset[str]
    fold: Callable[[str], str]       # the pack's folding of a word


def _tables(pack: Pack | None = None) -> _Tables:
    return _tables_of(pack or default_pack())


@lru_cache(maxsize=8)
def _tables_of(pack: Pack) -> _Tables:
    """The claim words of one pack, compiled once per pack."""
    t = pack.table("claims")
    fold = pack.fold

    def _forms(items) -> list[str]:
        return sorted({" ".join(fold(w).split()) for w in items}, key=len, reverse=True)

    claimant_of = {fold(" ".join(f.split())): name for name, forms in t["claimants"].items() for f in forms}
    province_of: dict[str, str] = {}
    for province, forms in t["places"]["provinces"].items():
        for f in forms:
            province_of.setdefault(" ".join(fold(f).split()), province)
    return _Tables(
        claimant_of=claimant_of, claimants=_regex(_forms(claimant_of)),
        verbs=frozenset(_forms(t["reporting"]["verbs"])),
        leading=frozenset(_forms(t["reporting"]["verbs"] + t["reporting"]["before_only"])),
        after=_regex(_forms(t["attribution"]["after"])),
        hours=_regex(_forms(t["scope"]["hours"])),
        province_of=province_of, places=_regex(_forms(province_of)),
        directions=frozenset(_forms(t["places"]["directions"])),
        suffixes=frozenset(_forms(t["places"]["suffixes"])),
        fold=fold,
    )


def claimant_names(pack: Pack | None = None) -> frozenset[str]:
    """Every claimant's display name in a pack (the built-in one by default)."""
    return frozenset(_tables(pack).claimant_of.values())


def province_of(place: str, pack: Pack | None = None) -> Optional[str]:
    """The province a place name (as written, any spelling) lies in, if the pack
    (the built-in one by default) knows it."""
    t = _tables(pack)
    m = t.places.fullmatch(" ".join(t.fold(place).split()))
    return t.province_of.get(m.group("w")) if m else None


def _key(table: dict[str, str], matched: str) -> str:
    """The table's value for a matched form (the article assimilated after ل: للمرصد;
    the words of a form of several may stand on two lines)."""
    matched = " ".join(matched.split())
    return table[matched] if matched in table else table["ا" + matched]


def _bare(word: str) -> str:
    for prefix in ("وب", "ول", "فب", "فل", "و", "ف", "ب", "ل"):
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            return word[len(prefix):]
    return word


def _is_verb(word: str, verbs: frozenset[str]) -> bool:
    return word in verbs or _bare(word) in verbs or (word[:1] in "وف" and word[1:] in verbs)


def _reported(t: _Tables, folded: str, start: int, end: int, limit: int) -> bool:
    """Is the claimant named at ``[start, end)`` the subject of a reporting verb (or the
    object of «عن», «حسب» before it)?"""
    before = _WORD.findall(folded[max(0, start - 80):start])[-VERB_BEFORE:]
    after = _WORD.findall(folded[end:min(limit, end + 120)])[:VERB_AFTER]
    return (any(_is_verb(w, t.leading) for w in before)
            or any(_is_verb(w, t.verbs) for w in after))


def _claimant(t: _Tables, folded: str, fig_start: int, fig_end: int, next_figure: int) -> Optional[str]:
    # an attribution after the figure, before the next one: "..., وفق المرصد", "حسب حصيلة للمرصد"
    for m in t.after.finditer(folded, fig_end, next_figure):
        c = t.claimants.search(folded, m.end(), next_figure)
        if c is not None and len(_WORD.findall(folded, m.end(), c.start())) <= 2:
            return _key(t.claimant_of, c.group("w"))
    # the nearest claimant before it that reports (قال X، وكان X قد أعلن، نقل عن X)
    best = None
    for c in t.claimants.finditer(folded, 0, fig_start):
        if _reported(t, folded, c.start(), c.end(), fig_start):
            best = c
    return _key(t.claimant_of, best.group("w")) if best is not None else None


_LAST_WORD = re.compile(r"(?<!\S)[وفبل]?(?P<d>\S+)[ \t]+$")
_FIRST_WORD = re.compile(r"[ \t]+(?P<s>[^\s،,.:;؛!?؟]+)")


def _place_at(t: _Tables, folded: str, original_slice, m: re.Match[str]) -> tuple[str, str]:
    """(the place as the text names it, with a direction before it or a suffix after
    it: «ريف إدلب», «حلب الشرقية»; and its province)."""
    start, end = m.start("w"), m.end("w")
    lo = max(0, start - 24)
    before = _LAST_WORD.search(folded, lo, start)
    if before is not None and before.group("d") in t.directions:
        start = before.start("d")
    after = _FIRST_WORD.match(folded, end)
    if after is not None and after.group("s") in t.suffixes:
        end = after.end("s")
    return original_slice(start, end), _key(t.province_of, m.group("w"))


def read_claim(folded: str, original_slice, fig_start: int, fig_end: int, clause: tuple[int, int],
               next_figure: int, *, pack: Pack | None = None) -> Claim:
    """The claim of the figure at folded ``[fig_start, fig_end)`` of one sentence.

    ``folded`` is the sentence folded by ``pack`` (the built-in pack by default),
    ``original_slice(a, b)`` the original text of a folded span, ``clause`` the
    figure's clause (folded offsets) and ``next_figure`` where the next figure of
    the sentence starts.
    """
    t = _tables(pack)
    claimant = _claimant(t, folded, fig_start, fig_end, next_figure)
    scope = "hours" if t.hours.search(folded, clause[0], clause[1]) else "day"
    # the places the clause names after the figure, else the nearest one before it in the sentence
    found = [m for m in t.places.finditer(folded, fig_end, max(fig_end, clause[1]))]
    if not found:
        before = [m for m in t.places.finditer(folded, 0, fig_start)]
        found = before[-1:]
    if not found:
        return Claim(claimant, scope, None, ())
    named = [_place_at(t, folded, original_slice, m) for m in found]
    place = "، ".join(dict.fromkeys(p for p, _ in named))
    areas = tuple(sorted(set(a for _, a in named)))
    return Claim(claimant, scope, place, areas)
