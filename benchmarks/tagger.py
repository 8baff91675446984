"""Temporal tagging throughput: this project's tagger against dateparser's
``search_dates`` (languages=['ar'], RELATIVE_BASE = the publication date), on
the same documents, in one run.

Every repetition moves each document's publication date by a few days, so
neither side can answer from a cache filled by the previous repetition.
Prints a table and writes ``benchmarks/results/tagger.json``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dateparser.search import search_dates  # noqa: E402

from timeline.evaluation import load_gold  # noqa: E402
from timeline.temporal import Tagger  # noqa: E402

GOLD_SETS = [
    ROOT.parent / "shared" / "gold" / "aleppo-2016.jsonl",
    *sorted((ROOT / "tests" / "data").glob("heldout*/*.jsonl")),
]


def documents():
    docs = []
    for path in GOLD_SETS:
        if path.exists():
            docs.extend(load_gold(path))
    return docs


def run_tagger(docs, shift):
    tagger = Tagger()
    found = 0
    for d in docs:
        dct = dt.date.fromisoformat(d.published) + dt.timedelta(days=shift)
        found += len(tagger.tag(d.text, dct))
    return found


def run_search_dates(docs, shift):
    found = 0
    for d in docs:
        base = dt.datetime.fromisoformat(d.published) + dt.timedelta(days=shift)
        result = search_dates(d.text, languages=["ar"], settings={"RELATIVE_BASE": base})
        found += len(result or ())
    return found


def recall(docs, spans_of):
    """Share of gold DATE/TIME expressions overlapped by something found."""
    hit = total = 0
    for d in docs:
        spans = spans_of(d)
        for g in d.timex:
            if g["type"] not in ("DATE", "TIME"):
                continue
            total += 1
            hit += any(s < g["end"] and g["start"] < e for s, e in spans)
    return hit / total if total else 0.0


def tagger_spans(d):
    return [(t.start, t.end) for t in Tagger().tag(d.text, d.published)]


def search_spans(d):
    spans, pos = [], 0
    for text, _ in search_dates(d.text, languages=["ar"],
                                settings={"RELATIVE_BASE": dt.datetime.fromisoformat(d.published)}) or ():
        i = d.text.find(text, pos)
        if i < 0:
            i = d.text.find(text)
        if i >= 0:
            spans.append((i, i + len(text)))
            pos = i + len(text)
    return spans


def timed(fn, docs, repeats):
    best = float("inf")
    found = 0
    for r in range(repeats):
        start = time.perf_counter()
        found = fn(docs, shift=r + 1)
        best = min(best, time.perf_counter() - start)
    return best, found


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args(argv)
    docs = documents()
    size_mb = sum(len(d.text.encode("utf-8")) for d in docs) / 1e6
    # warm up both (grammar compilation, dateparser language loading)
    run_tagger(docs[:1], 0)
    run_search_dates(docs[:1], 0)
    t_tag, n_tag = timed(run_tagger, docs, args.repeats)
    t_dp, n_dp = timed(run_search_dates, docs, args.repeats)
    rows = {
        "tagger": {"seconds": t_tag, "found": n_tag, "recall": recall(docs, tagger_spans)},
        "search_dates": {"seconds": t_dp, "found": n_dp, "recall": recall(docs, search_spans)},
    }
    for r in rows.values():
        r["articles_per_s"] = len(docs) / r["seconds"]
        r["mb_per_s"] = size_mb / r["seconds"]
    ratio = rows["tagger"]["articles_per_s"] / rows["search_dates"]["articles_per_s"]
    print(f"{len(docs)} articles, {size_mb:.3f} MB, best of {args.repeats} "
          f"(python {platform.python_version()}, {platform.machine()})")
    print(f"{'method':<14}{'articles/s':>12}{'MB/s':>9}{'found':>8}{'gold recall':>13}")
    for name, r in rows.items():
        print(f"{name:<14}{r['articles_per_s']:>12.1f}{r['mb_per_s']:>9.3f}{r['found']:>8}"
              f"{r['recall']:>13.3f}")
    print(f"ratio tagger / search_dates: {ratio:.1f}x")
    out = ROOT / "benchmarks" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "tagger.json").write_text(json.dumps(
        {"articles": len(docs), "mb": size_mb, "repeats": args.repeats, "ratio": ratio,
         "methods": rows}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
