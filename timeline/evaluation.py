"""Scoring against gold files in the form of ``../shared/gold``.

Temporal expressions: spans match by overlap (one gold to one prediction,
the largest overlap first); precision, recall and F1 over the matched spans;
value accuracy over matched DATE/TIME pairs, where a value is right when it
equals the gold value or one of its ``alt`` values; a clock's zone suffix
(``Z``, ``+02:00``) is ignored, as TIMEX-SPEC says scorers do.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Optional, Sequence

from timeline.model import InputError, Timex
from timeline.readers.jsonl import read_jsonl_lines

__all__ = ["GoldDoc", "Matching", "share", "spans_overlap", "match_by_overlap", "TimexScore", "RangeScore", "score_ranges", "EventScore", "load_gold", "score_timex", "score_events"]

VALUED = ("DATE", "TIME")


@dataclass(frozen=True)
class GoldDoc:
    id: str
    published: str
    text: str
    timex: tuple[dict[str, Any], ...]
    events: tuple[dict[str, Any], ...]


def load_gold(path: str | Path) -> list[GoldDoc]:
    path = Path(path)
    docs = []
    try:
        with path.open(encoding="utf-8-sig") as fh:
            records = list(read_jsonl_lines(fh, str(path)))
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except InputError:
        if _places_gold(path):
            raise InputError(f"{path}: place gold (ids and places, no texts); score it with "
                             f"evaluate ARTICLES_GOLD --places {path}") from None
        raise
    for article, record in records:
        timex = record.get("timex", [])
        for t in timex:
            if article.text[t["start"]:t["end"]] != t.get("text", article.text[t["start"]:t["end"]]):
                raise InputError(f"{path}: {article.id}: gold span {t['start']}:{t['end']} "
                                 "does not match its text")
        docs.append(GoldDoc(article.id, article.published, article.text,
                            tuple(timex), tuple(record.get("events", []))))
    return docs


def _places_gold(path: Path) -> bool:
    """Whether the file's first record is a PLACE-SPEC gold record (an id and places, no text)."""
    try:
        with path.open(encoding="utf-8-sig") as fh:
            first = next((line for line in fh if line.strip()), "")
        record = json.loads(first)
    except (OSError, UnicodeDecodeError, ValueError):
        return False
    return isinstance(record, dict) and "places" in record and "text" not in record


@dataclass
class TimexError:
    doc: str
    kind: str  # missed | spurious | value
    text: str
    start: int
    gold: str | None = None
    predicted: str | None = None
    rule: str | None = None

    def line(self) -> str:
        where = f"{self.doc}@{self.start}"
        if self.kind == "missed":
            return f"missed    {where} {self.text!r} gold={self.gold}"
        if self.kind == "spurious":
            return f"spurious  {where} {self.text!r} predicted={self.predicted} ({self.rule})"
        return f"value     {where} {self.text!r} gold={self.gold} predicted={self.predicted} ({self.rule})"


def share(right: int, total: int) -> float:
    """``right`` of ``total``; nothing to get right counts as 1.0."""
    return right / total if total else 1.0


def spans_overlap(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two ``{"start", "end"}`` records share a character."""
    return a["start"] < b["end"] and b["start"] < a["end"]


def match_by_overlap(gold: Sequence[dict[str, Any]], predicted: Sequence[dict[str, Any]]) -> list[Optional[int]]:
    """One to one, in gold order: for each gold record the first predicted record not taken yet
    that overlaps it (its index), or None. The predictions no gold record took are spurious."""
    used: set[int] = set()
    out: list[Optional[int]] = []
    for g in gold:
        hit = next((k for k, p in enumerate(predicted) if k not in used and spans_overlap(g, p)), None)
        if hit is not None:
            used.add(hit)
        out.append(hit)
    return out


class Matching:
    """Precision, recall and F1 of a one-to-one matching, from ``counts()``: (matched,
    predicted, gold). Nothing to find (or nothing found) counts as 1.0."""

    def counts(self) -> tuple[int, int, int]:
        raise NotImplementedError

    @property
    def precision(self) -> float:
        matched, predicted, _ = self.counts()
        return matched / predicted if predicted else 1.0

    @property
    def recall(self) -> float:
        matched, _, gold = self.counts()
        return matched / gold if gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class TimexScore(Matching):
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    valued: int = 0
    correct: int = 0
    errors: list[TimexError] = field(default_factory=list)

    def counts(self) -> tuple[int, int, int]:
        return self.matched, self.predicted, self.gold

    @property
    def value_accuracy(self) -> float:
        return self.correct / self.valued if self.valued else 1.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold, "predicted": self.predicted, "matched": self.matched,
            "precision": round(self.precision, 4), "recall": round(self.recall, 4),
            "f1": round(self.f1, 4), "valued": self.valued, "value_correct": self.correct,
            "value_accuracy": round(self.value_accuracy, 4),
        }


#: a zone suffix on a clock value (…T03:00Z, …T03:00+02:00), which TIMEX-SPEC has scorers ignore
_ZONE = re.compile(r"(T\d{2}:\d{2})(?:Z|[+-]\d{2}:\d{2})$")


def _unzoned(value: str) -> str:
    return _ZONE.sub(r"\1", value)


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def score_timex(
    gold_docs: Sequence[GoldDoc],
    predictions: dict[str, Sequence[Timex]],
    types: Iterable[str] = VALUED,
) -> TimexScore:
    types = set(types)
    score = TimexScore()
    for doc in gold_docs:
        gold = [g for g in doc.timex if g["type"] in types]
        pred = [p for p in predictions.get(doc.id, ()) if p.type in types]
        score.gold += len(gold)
        score.predicted += len(pred)
        pairs = sorted(
            ((_overlap(g["start"], g["end"], p.start, p.end), gi, pi)
             for gi, g in enumerate(gold) for pi, p in enumerate(pred)),
            reverse=True,
        )
        used_g: set[int] = set()
        used_p: set[int] = set()
        for ov, gi, pi in pairs:
            if ov <= 0 or gi in used_g or pi in used_p:
                continue
            used_g.add(gi)
            used_p.add(pi)
            g, p = gold[gi], pred[pi]
            score.matched += 1
            if g["type"] in VALUED:
                score.valued += 1
                accepted = {_unzoned(v) for v in (g["value"], *g.get("alt", ()))}
                if _unzoned(p.value) in accepted:
                    score.correct += 1
                else:
                    score.errors.append(TimexError(doc.id, "value", g["text"], g["start"],
                                                   g["value"], p.value, p.resolution))
        for gi, g in enumerate(gold):
            if gi not in used_g:
                score.errors.append(TimexError(doc.id, "missed", g["text"], g["start"], g["value"]))
        for pi, p in enumerate(pred):
            if pi not in used_p:
                score.errors.append(TimexError(doc.id, "spurious", p.text, p.start,
                                               predicted=p.value, rule=p.rule))
    score.errors.sort(key=lambda e: (e.doc, e.start))
    return score


@dataclass
class EventError:
    doc: str
    start: int
    end: int
    gold: str
    predicted: list[str | None]
    text: str

    def line(self) -> str:
        got = ", ".join("null" if p is None else p for p in self.predicted) or "nothing"
        return f"event     {self.doc}@{self.start} gold={self.gold} predicted={got} {self.text[:60]!r}"


@dataclass
class EventScore:
    gold: int = 0
    correct: int = 0
    errors: list[EventError] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.gold if self.gold else 1.0

    def as_dict(self) -> dict[str, Any]:
        return {"gold": self.gold, "correct": self.correct, "accuracy": round(self.accuracy, 4)}


def score_events(gold_docs: Sequence[GoldDoc], predictions: dict[str, Sequence[Any]]) -> EventScore:
    """Placement accuracy (TIMEX-SPEC, Events): a gold event is right when at
    least one predicted event overlaps it and every overlapping one carries
    its date."""
    score = EventScore()
    for doc in gold_docs:
        events = predictions.get(doc.id, ())
        for g in doc.events:
            score.gold += 1
            over = [e for e in events if e.start < g["end"] and g["start"] < e.end]
            dates = [e.date for e in over]
            if over and all(d == g["date"] for d in dates):
                score.correct += 1
            else:
                score.errors.append(EventError(doc.id, g["start"], g["end"], g["date"], dates,
                                               doc.text[g["start"]:g["end"]]))
    return score


@dataclass
class RangeScore(Matching):
    """Ranges (TIMEX-SPEC, "Ranges"): matched one to one by span overlap; a matched range's
    value must be exact."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    correct: int = 0
    #: gold events that last (``event_until``): right when every overlapping prediction has their until
    lasting_right: int = 0
    lasting_total: int = 0
    #: the other gold events: right when no overlapping prediction has an until
    steady_right: int = 0
    steady_total: int = 0
    errors: list[str] = field(default_factory=list)

    def counts(self) -> tuple[int, int, int]:
        return self.matched, self.predicted, self.gold

    @property
    def value_accuracy(self) -> float:
        return share(self.correct, self.matched)

    @property
    def lasting(self) -> float:
        return share(self.lasting_right, self.lasting_total)

    @property
    def steady(self) -> float:
        return share(self.steady_right, self.steady_total)

    def as_dict(self) -> dict[str, Any]:
        return {"gold": self.gold, "predicted": self.predicted, "matched": self.matched,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "value_correct": self.correct, "value_accuracy": round(self.value_accuracy, 4),
                "lasting": {"share": round(self.lasting, 4), "right": self.lasting_right, "of": self.lasting_total},
                "no_until": {"share": round(self.steady, 4), "right": self.steady_right, "of": self.steady_total}}


def score_ranges(gold: Iterable[dict[str, Any]], predicted: dict[str, dict[str, Any]],
                 events: Optional[dict[str, Sequence[dict[str, Any]]]] = None) -> RangeScore:
    """``gold``: records with ``id``, ``ranges`` and ``event_until``; ``predicted``: extraction
    JSON by id; ``events``: the temporal gold's events by id (for the events that do not last)."""
    s = RangeScore()
    for g in gold:
        pred_events = [e for e in predicted.get(g["id"], {}).get("events", []) if e.get("date")]
        lasting = {(u["start"], u["end"]): u["until"] for u in g.get("event_until", [])}
        for ge in (events or {}).get(g["id"], ()):
            over = [e for e in pred_events if spans_overlap(e, ge)]
            want = lasting.get((ge["start"], ge["end"]))
            if want is not None:
                s.lasting_total += 1
                if over and all(e.get("until") == want for e in over):
                    s.lasting_right += 1
                else:
                    s.errors.append(f"{g['id']}@{ge['start']}: event lasting until {want}, predicted "
                                    f"{[e.get('until') for e in over]}")
            else:
                s.steady_total += 1
                if not any(e.get("until") for e in over):
                    s.steady_right += 1
                else:
                    s.errors.append(f"{g['id']}@{ge['start']}: event given until "
                                    f"{[e.get('until') for e in over if e.get('until')]}, gold none")
        preds = list(predicted.get(g["id"], {}).get("ranges", []))
        s.gold += len(g["ranges"])
        s.predicted += len(preds)
        hits = match_by_overlap(g["ranges"], preds)
        for r, hit in zip(g["ranges"], hits):
            if hit is None:
                s.errors.append(f"{g['id']}@{r['start']}: missed range {r['text']!r} ({r['value']})")
                continue
            s.matched += 1
            if preds[hit]["value"] == r["value"]:
                s.correct += 1
            else:
                s.errors.append(f"{g['id']}@{r['start']}: range {r['text']!r} valued {preds[hit]['value']}, "
                                f"gold {r['value']}")
        taken = set(hits)
        for k, p in enumerate(preds):
            if k not in taken:
                s.errors.append(f"{g['id']}@{p['start']}: spurious range {p['text']!r} ({p['value']})")
    return s
