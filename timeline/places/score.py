"""Place accuracy against a gold file (PLACE-SPEC, "Scoring").

Mentions are matched one to one by span overlap, gold actor mentions left out
on both sides; a matched mention is resolved when its point lies within 30 km
of the gold point (city, district, site), 150 km (area, region), or in the
same country (country). An event's place is right when every predicted event
overlapping it carries a place within that distance of the gold place; a gold
``null`` is right when none of them names a place.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Iterable

from timeline.evaluation import Matching, match_by_overlap, share, spans_overlap

__all__ = ["PlaceScore", "score_places", "distance_km", "near"]

NEAR_KM = {"city": 30.0, "district": 30.0, "site": 30.0, "area": 150.0, "region": 150.0}


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def near(pred: dict[str, Any] | None, gold: dict[str, Any]) -> bool:
    """Whether a predicted place is the gold place (by the gold's kind)."""
    if pred is None:
        return False
    if gold["kind"] == "country":
        return pred.get("country") == gold["country"]
    if pred.get("lat") is None or gold.get("lat") is None:
        return pred.get("lat") is None and gold.get("lat") is None and pred.get("country") == gold.get("country")
    return distance_km(pred["lat"], pred["lon"], gold["lat"], gold["lon"]) <= NEAR_KM.get(gold["kind"], 30.0)


@dataclass
class PlaceScore(Matching):
    tp: int = 0
    fp: int = 0
    fn: int = 0
    resolved: int = 0
    placed_right: int = 0
    placed_total: int = 0
    null_right: int = 0
    null_total: int = 0
    errors: list[str] = field(default_factory=list)

    def counts(self) -> tuple[int, int, int]:
        return self.tp, self.tp + self.fp, self.tp + self.fn

    @property
    def resolved_share(self) -> float:
        return share(self.resolved, self.tp)

    @property
    def events(self) -> float:
        return share(self.placed_right, self.placed_total)

    @property
    def nulls(self) -> float:
        return share(self.null_right, self.null_total)

    def to_json(self) -> dict[str, Any]:
        return {"mentions": {"precision": round(self.precision, 3), "recall": round(self.recall, 3),
                             "f1": round(self.f1, 3), "tp": self.tp, "fp": self.fp, "fn": self.fn},
                "resolved": {"share": round(self.resolved_share, 3), "right": self.resolved, "of": self.tp},
                "event_places": {"share": round(self.events, 3), "right": self.placed_right, "of": self.placed_total},
                "event_nulls": {"share": round(self.nulls, 3), "right": self.null_right, "of": self.null_total}}


def score_places(gold_docs: Iterable[dict[str, Any]], predicted: dict[str, dict[str, Any]]) -> PlaceScore:
    """``gold_docs``: lines of a ``places-*.jsonl``; ``predicted``: doc id -> ``{"places", "events"}``
    (an extraction's JSON: events carry ``place``)."""
    s = PlaceScore()
    for g in gold_docs:
        pred = predicted.get(g["id"], {"places": [], "events": []})
        actors = [m for m in g["places"] if m.get("role") == "actor"]
        gold = [m for m in g["places"] if m.get("role") != "actor"]
        preds = [m for m in pred.get("places", []) if not any(spans_overlap(m, a) for a in actors)]
        hits = match_by_overlap(gold, preds)
        for gm, hit in zip(gold, hits):
            if hit is None:
                s.fn += 1
                s.errors.append(f"{g['id']}: missed {gm['text']!r} ({gm['kind']})")
                continue
            s.tp += 1
            if near(preds[hit], gm):
                s.resolved += 1
            else:
                pm = preds[hit]
                s.errors.append(f"{g['id']}: {gm['text']!r} resolved to {pm.get('country')} "
                                f"{pm.get('lat')},{pm.get('lon')} ({pm.get('rule', '')}), gold {gm['country']} "
                                f"{gm.get('lat')},{gm.get('lon')}")
        taken = set(hits)
        for k, pm in enumerate(preds):
            if k not in taken:
                s.fp += 1
                s.errors.append(f"{g['id']}: spurious {pm['text']!r} ({pm['kind']}, {pm.get('rule', '')})")
        for ge in g.get("event_places", []):
            over = [e for e in pred.get("events", []) if e.get("date") and spans_overlap(e, ge)]
            if ge["place"] is None:
                s.null_total += 1
                if not any(e.get("place") for e in over):
                    s.null_right += 1
                else:
                    s.errors.append(f"{g['id']}: event {ge['start']}: placed "
                                    f"{[e['place']['text'] for e in over if e.get('place')]}, gold null")
            else:
                s.placed_total += 1
                if over and all(near(e.get("place"), ge["place"]) for e in over):
                    s.placed_right += 1
                else:
                    s.errors.append(f"{g['id']}: event {ge['start']}: placed "
                                    f"{[(e.get('place') or {}).get('text') for e in over]}, gold {ge['place']['text']!r}")
    return s
