"""``generate.py evaluate``: score the tagger on a gold file."""

from __future__ import annotations

import argparse
import json
import sys

from timeline.evaluation import VALUED, load_gold, score_events, score_timex
from timeline.events.placement import place
from timeline.model import parse_published
from timeline.temporal import Tagger

HELP = ("score against a gold file: temporal expressions (precision, recall, F1, value "
        "accuracy) and, when the gold has them, event placement")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("gold", help="gold JSON Lines (id, published, text, timex, events)")
    p.add_argument("--errors", action="store_true", help="list every missed, spurious or wrong expression")
    p.add_argument("--all-types", action="store_true",
                   help="score DURATION and SET spans too (values are scored for DATE/TIME only)")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.add_argument("--places", metavar="PLACES_GOLD",
                   help="also score places against this file (PLACE-SPEC: id, places, event_places), "
                        "for the documents of GOLD: mentions, resolved points, event places")
    p.add_argument("--spans", metavar="SPANS_GOLD",
                   help="also score ranges against this file (TIMEX-SPEC, Ranges: id, ranges), for the "
                        "documents of GOLD: range F1 by span overlap, values exact")


def run(args: argparse.Namespace) -> int:
    docs = load_gold(args.gold)
    tagger = Tagger()
    predictions = {d.id: tagger.tag(d.text, d.published, roles=True) for d in docs}
    types = ("DATE", "TIME", "DURATION", "SET") if args.all_types else VALUED
    score = score_timex(docs, predictions, types)
    events = None
    if any(d.events for d in docs):
        placed = {d.id: place(d.id, d.text, parse_published(d.published), predictions[d.id])
                  for d in docs}
        events = score_events(docs, placed)
    extracted: dict[str, dict] = {}
    places = _score_places(args.places, docs, tagger, extracted) if args.places else None
    spans = _score_spans(args.spans, docs, tagger, extracted) if args.spans else None
    if args.json:
        out = {"timex": score.as_dict()}
        if events is not None:
            out["events"] = events.as_dict()
        if places is not None:
            out["places"] = places.to_json()
        if spans is not None:
            out["ranges"] = spans.as_dict()
        print(json.dumps(out, ensure_ascii=False, sort_keys=True))
    else:
        label = "all types" if args.all_types else "DATE/TIME"
        print(f"temporal expressions ({label}) in {len(docs)} documents")
        print(f"  gold {score.gold}  predicted {score.predicted}  matched {score.matched}")
        print(f"  precision {score.precision:.3f}  recall {score.recall:.3f}  F1 {score.f1:.3f}")
        print(f"  value accuracy {score.value_accuracy:.3f} ({score.correct}/{score.valued} matched DATE/TIME)")
        if events is not None:
            print(f"events placed on the right day: {events.accuracy:.3f} "
                  f"({events.correct}/{events.gold} gold events)")
        if places is not None:
            print(f"place mentions: precision {places.precision:.3f}  recall {places.recall:.3f}  "
                  f"F1 {places.f1:.3f} ({places.tp} matched, {places.fp} spurious, {places.fn} missed)")
            print(f"  resolved {places.resolved_share:.3f} ({places.resolved}/{places.tp})  "
                  f"event places {places.events:.3f} ({places.placed_right}/{places.placed_total})  "
                  f"events left without a place {places.nulls:.3f} ({places.null_right}/{places.null_total})")
        if spans is not None:
            print(f"ranges: gold {spans.gold}  predicted {spans.predicted}  matched {spans.matched}  "
                  f"F1 {spans.f1:.3f}  values {spans.value_accuracy:.3f} ({spans.correct}/{spans.matched})")
            print(f"  lasting events {spans.lasting:.3f} ({spans.lasting_right}/{spans.lasting_total})  "
                  f"events left without until {spans.steady:.3f} ({spans.steady_right}/{spans.steady_total})")
    if args.errors:
        for e in score.errors:
            print(e.line(), file=sys.stdout)
        for e in (events.errors if events is not None else ()):
            print(e.line(), file=sys.stdout)
        for line in (places.errors if places is not None else ()):
            print(line, file=sys.stdout)
        for line in (spans.errors if spans is not None else ()):
            print(line, file=sys.stdout)
    return 0


def _gold_lines(path: str, keys: set[str], what: str, docs) -> list[dict]:
    """The records of a gold file keyed to the temporal gold's documents, each with ``keys``;
    a bad line is one InputError naming the file and the line."""
    from timeline.model import InputError

    gold = []
    try:
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if line.strip():
                    try:
                        rec = json.loads(line)
                    except json.JSONDecodeError as exc:
                        raise InputError(f"{path}:{n}: not JSON ({exc.msg})") from None
                    if not isinstance(rec, dict) or not keys <= set(rec):
                        raise InputError(f"{path}:{n}: a {what} gold line needs {' and '.join(sorted(keys))}")
                    gold.append(rec)
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    by_id = {d.id for d in docs}
    missing = [g["id"] for g in gold if g["id"] not in by_id]
    if missing:
        raise InputError(f"{path}: document {missing[0]!r} is not in the temporal gold file")
    return gold


def _extracted(ids, docs, tagger: Tagger, cache: dict[str, dict]) -> dict[str, dict]:
    from timeline.model import Article
    from timeline.pipeline import extract

    by_id = {d.id: d for d in docs}
    for i in ids:
        if i not in cache:
            d = by_id[i]
            cache[i] = extract(Article(d.id, d.published, d.text), tagger).to_json()
    return {i: cache[i] for i in ids}


def _score_places(path: str, docs, tagger: Tagger, cache: dict[str, dict]):
    from timeline.places.score import score_places

    gold = _gold_lines(path, {"id", "places"}, "places", docs)
    return score_places(gold, _extracted([g["id"] for g in gold], docs, tagger, cache))


def _score_spans(path: str, docs, tagger: Tagger, cache: dict[str, dict]):
    from timeline.evaluation import score_ranges

    gold = _gold_lines(path, {"id", "ranges"}, "spans", docs)
    return score_ranges(gold, _extracted([g["id"] for g in gold], docs, tagger, cache),
                        {d.id: d.events for d in docs})
