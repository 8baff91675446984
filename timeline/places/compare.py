"""Comparing two places: whether two reports can be of one occurrence, which is more specific."""

from __future__ import annotations

from typing import Any

from timeline.places.score import NEAR_KM, distance_km

__all__ = ["compatible", "more_specific", "SPECIFICITY"]

#: how specific each kind is (a strike on a neighbourhood over the city, the city over its country)
SPECIFICITY = {"district": 5, "site": 5, "city": 4, "area": 3, "region": 2, "country": 1}


def compatible(a: Any, b: Any) -> bool:
    """Whether two places (mentions, or None) can be where one occurrence happened: the same
    country, and points near enough for the wider of the two kinds. No place is compatible
    with any (a report that names none)."""
    if a is None or b is None:
        return True
    if a.country and b.country and a.country != b.country and "XX" not in (a.country, b.country):
        return False
    if "country" in (a.kind, b.kind) or a.lat is None or b.lat is None:
        return True
    wider = a.kind if SPECIFICITY.get(a.kind, 0) <= SPECIFICITY.get(b.kind, 0) else b.kind
    return distance_km(a.lat, a.lon, b.lat, b.lon) <= NEAR_KM.get(wider, 30.0) * 1.5


def more_specific(places) -> Any:
    """The most specific of several places (the first among equals), or None."""
    best = None
    for p in places:
        if p is not None and (best is None or SPECIFICITY.get(p.kind, 0) > SPECIFICITY.get(best.kind, 0)):
            best = p
    return best
