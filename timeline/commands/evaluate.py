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
    if args.json:
        out = {"timex": score.as_dict()}
        if events is not None:
            out["events"] = events.as_dict()
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
    if args.errors:
        for e in score.errors:
            print(e.line(), file=sys.stdout)
        for e in (events.errors if events is not None else ()):
            print(e.line(), file=sys.stdout)
    return 0
