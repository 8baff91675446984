"""A day's figures as attributed claims, and running totals: the numbers a briefing heads with.

The rule (documented in the README, "Figures"):

- Every figure is a claim: a count of one kind, by a claimant (الدفاع المدني،
  المرصد السوري ...; the outlet when the text names none), over a scope (that
  day, the last hours, or a running total since a date), for a place.
- **A day's figure is the range of its claimants' counts.** Each claimant's
  count is the largest single figure it gives for that day (reports of one
  claimant are not added either: a toll for "the last hours" and a toll for
  a raid may be the same dead). Reports that may overlap are never added.
  Only tolls of different provinces cannot overlap: the day's range is the
  sum of its provinces' ranges, and tolls of no known (or several)
  provinces may overlap any of them, so they raise the high end only
  (the low end is the larger of the provinces' sum and their own low).
- **Running totals** are never added to a day. The headline of a period uses,
  per kind, the latest running total (latest as-of day; then one counted from
  a named day; then the most conservative), else the days' ranges summed
  (days do not overlap: low ends added, high ends added).
- **A place scope** (``--place``) keeps out of these numbers any figure whose
  place is known and lies elsewhere, or spans several provinces; figures with
  no known place stay in. The entries still show every figure.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Optional, Sequence

from timeline.events.claims import province_of
from timeline.lang import Pack, default_pack
from timeline.model import Figure
from timeline.values import Precision, TimeValue

__all__ = ["Claimed", "AreaRange", "DayRange", "claimed_figures", "day_ranges", "latest_totals", "in_scope", "Scope"]


@dataclass(frozen=True)
class Claimed:
    """One figure with who gives it (claimant, or the outlet) and where it was read."""

    figure: Figure
    claimant: str            # the claimant, or the outlet when the text names none
    outlet: str
    doc: str
    date: str                # the day of the occurrence (the as-of day)

    @property
    def kind(self) -> str:
        return self.figure.kind


@dataclass(frozen=True)
class AreaRange:
    area: str                # a province, or "" for tolls of no known (or several) provinces
    low: int
    high: int
    #: (claimant, its claim) per claimant, lowest count first
    claims: tuple[tuple[str, Claimed], ...]


@dataclass(frozen=True)
class DayRange:
    kind: str
    low: int
    high: int
    areas: tuple[AreaRange, ...]      # known provinces first (by name), then ""

    @property
    def claims(self) -> tuple[tuple[str, Claimed], ...]:
        return tuple(c for a in self.areas for c in a.claims)


class Scope:
    """A place scope: a province, or a place whose province is known (``حلب``, ``دوما``),
    named in the words of ``pack`` (the built-in pack by default)."""

    def __init__(self, place: Optional[str], pack: Optional[Pack] = None) -> None:
        pack = pack or default_pack()
        self.place = place
        self.area = (province_of(place, pack) or place) if place else None
        self._fold = pack.fold

    def __bool__(self) -> bool:
        return self.place is not None

    def keeps(self, f: Figure) -> bool:
        if self.area is None or not f.areas:
            return True
        fold = self._fold
        return all(fold(a) == fold(self.area) for a in f.areas)


def in_scope(f: Figure, scope: Optional[Scope]) -> bool:
    return scope is None or scope.keeps(f)


def claimed_figures(date: str, sources: Iterable, outlet_of) -> list[Claimed]:
    """Every figure of an entry's sources (SourceRef-like: doc, events), as claims."""
    out = []
    for s in sources:
        outlet = outlet_of(s)
        for e in s.events:
            for f in e.figures:
                out.append(Claimed(f, f.claimant or outlet, outlet, s.doc, e.date or date))
    return out


def day_ranges(claims: Sequence[Claimed], scope: Optional[Scope] = None) -> tuple[DayRange, ...]:
    """Per kind, the range of the claimants' counts of one day (running totals left out)."""
    best: dict[str, dict[str, dict[str, Claimed]]] = {}     # kind -> area -> claimant -> claim
    for c in claims:
        f = c.figure
        if f.cumulative or not in_scope(f, scope):
            continue
        area = f.areas[0] if len(f.areas) == 1 else ""
        per = best.setdefault(f.kind, {}).setdefault(area, {})
        old = per.get(c.claimant)
        if old is None or f.count > old.figure.count:
            per[c.claimant] = c
    out = []
    for kind in sorted(best):
        areas = []
        for area in sorted(best[kind], key=lambda a: (a == "", a)):
            ranked = sorted(best[kind][area].items(), key=lambda kv: (kv[1].figure.count, kv[0]))
            counts = [c.figure.count for _, c in ranked]
            areas.append(AreaRange(area, min(counts), max(counts), tuple(ranked)))
        known = [a for a in areas if a.area]
        loose = [a for a in areas if not a.area]
        low = sum(a.low for a in known)
        high = sum(a.high for a in known)
        if loose:
            low = max(low, loose[0].low)
            high += loose[0].high
        out.append(DayRange(kind, low, high, tuple(areas)))
    return tuple(out)


def latest_totals(claims: Iterable[Claimed], scope: Optional[Scope] = None) -> dict[str, Claimed]:
    """Per kind, the running total a headline should use (see the module's rule)."""
    chosen: dict[str, Claimed] = {}

    def rank(c: Claimed) -> tuple:
        since = TimeValue.parse(c.figure.since) if c.figure.since else None
        return (TimeValue.parse(c.date).day_key, since is not None and since.precision is Precision.DAY,
                -c.figure.count, c.claimant, c.doc, c.figure.start)

    for c in claims:
        f = c.figure
        if not f.cumulative or not in_scope(f, scope) or TimeValue.parse(c.date).day is None:
            continue
        old = chosen.get(f.kind)
        if old is None or rank(c) > rank(old):
            chosen[f.kind] = c
    return dict(sorted(chosen.items()))
