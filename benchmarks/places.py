"""What places cost (issue 18), each ratio from one run:

1. ``extract`` of the synthetic archive (2,000 articles by default, one core):
   with places against the same run with the places stage turned off
   (``extract(..., places=False)``), interleaved in rounds so that the machine's
   drift falls on both sides; bar 1.3x.
2. A warm start: a fresh process that loads the gazetteer from its cache and
   finds the places of one article, against a fresh process that only imports
   the pipeline; bar +0.5 s.
3. Peak memory of those two processes (psutil, sampled); bar +150 MB.

Prints a table and writes ``benchmarks/results/places.json``.
"""

from __future__ import annotations

import argparse
import sys
import time

from common import ROOT, measure, save, table

from timeline.model import Article
from timeline.pipeline import extract
from timeline.samples.synthetic import synthetic_articles
from timeline.temporal import Tagger

BARE = "import timeline.pipeline"
WARM = ("from timeline.lang import default_pack; from timeline.places import gazetteer_of, find_places; "
        "p = default_pack(); g = gazetteer_of(p); t = 'قصف على حي الشعار في حلب'; "
        "find_places(t, p.normalize(t), g)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    tagger = Tagger()
    articles = [Article(d["id"], d["published"], d["text"]) for d in synthetic_articles(args.articles)]
    extract(articles[0], tagger)                       # the gazetteer loaded before timing
    with_places = without = 0.0
    for _ in range(args.rounds):
        t = time.perf_counter()
        for a in articles:
            extract(a, tagger, places=False)
        without += time.perf_counter() - t
        t = time.perf_counter()
        for a in articles:
            extract(a, tagger)
        with_places += time.perf_counter() - t
    ratio = with_places / without
    # warm starts (the cache filled by the run above)
    measure([sys.executable, "-c", WARM])
    bare = measure([sys.executable, "-c", BARE])
    warm = measure([sys.executable, "-c", WARM])
    rows = [
        ("extract, places off", f"{without / args.rounds:.2f} s", ""),
        ("extract, places on", f"{with_places / args.rounds:.2f} s", f"{ratio:.2f}x (bar 1.3x)"),
        ("start: import only", f"{bare.seconds:.2f} s", f"{bare.peak_mb:.0f} MB"),
        ("start: gazetteer + one article", f"{warm.seconds:.2f} s",
         f"+{warm.seconds - bare.seconds:.2f} s (bar 0.5), +{warm.peak_mb - bare.peak_mb:.0f} MB (bar 150)"),
    ]
    print(f"{args.articles:,} synthetic articles, {args.rounds} rounds, one core:")
    print(table(("run", "time", "against"), rows))
    save("places", {"articles": args.articles, "rounds": args.rounds,
                    "extract_without_s": round(without / args.rounds, 3),
                    "extract_with_s": round(with_places / args.rounds, 3), "ratio": round(ratio, 3),
                    "start_bare_s": round(bare.seconds, 3), "start_warm_s": round(warm.seconds, 3),
                    "start_added_s": round(warm.seconds - bare.seconds, 3),
                    "peak_bare_mb": round(bare.peak_mb, 1), "peak_warm_mb": round(warm.peak_mb, 1),
                    "peak_added_mb": round(warm.peak_mb - bare.peak_mb, 1)})


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
