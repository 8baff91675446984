"""End-to-end build (read, extract, merge, HTML) of synthetic archives of
growing size, each in a fresh process: wall time and peak memory.

The archives are made from the sample corpus (timeline.samples.synthetic):
270 articles a publication day, each a sample article with some paragraphs
left out, another city, changed figures and another outlet, so 100k articles
cover about a year. Builds run with ``--no-cache`` (everything extracted)
and the default number of jobs.

Cost per article is reported two ways: the whole run divided by the
articles, and the marginal cost, with the fixed start-up (the same build of
the five sample articles) taken off first. Prints a table and writes
``benchmarks/results/build.json``.
"""

from __future__ import annotations

import argparse
import shutil
import sys

from common import ROOT, WORK, measure, save, synthetic, table

SAMPLE = ROOT / "timeline" / "samples" / "aleppo-2016.jsonl"


def build(source, out, jobs=None):
    cmd = [sys.executable, str(ROOT / "generate.py"), "build", str(source), "-o", str(out),
           "--formats", "html", "--no-cache", "-q"]
    if jobs:
        cmd += ["--jobs", str(jobs)]
    shutil.rmtree(out, ignore_errors=True)
    m = measure(cmd)
    if m.returncode != 0:
        raise SystemExit(f"build of {source} failed: {m.stderr.strip()}")
    shutil.rmtree(out, ignore_errors=True)
    return m


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000,100000", help="comma-separated article counts")
    ap.add_argument("--jobs", type=int, help="extraction processes (default: the build's default)")
    args = ap.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    out = WORK / "build-out"
    build(SAMPLE, out, args.jobs)            # warm-up: a fresh checkout compiles its modules on the first run
    startup = build(SAMPLE, out, args.jobs)
    rows, runs = [], []
    for n in sizes:
        source = synthetic(n)
        m = build(source, out, args.jobs)
        per = m.seconds / n * 1000
        marginal = max(m.seconds - startup.seconds, 0.0) / n * 1000
        runs.append({"articles": n, "seconds": m.seconds, "peak_mb": m.peak_mb, "ms_per_article": per,
                     "marginal_ms_per_article": marginal, "articles_per_s": n / m.seconds,
                     "mb_in": source.stat().st_size / 1e6, "summary": m.stdout.strip()})
        rows.append([f"{n:,}", m.seconds, n / m.seconds, per, marginal, m.peak_mb])
        print(f"  {n:,}: {m.stdout.strip()}", file=sys.stderr)
    print(f"start-up (5 sample articles): {startup.seconds:.2f} s, {startup.peak_mb:.0f} MB")
    print(table(["articles", "seconds", "articles/s", "ms/article", "marginal ms/article", "peak MB"], rows))
    growth = runs[-1]["ms_per_article"] / runs[0]["ms_per_article"]
    first = runs[0]["marginal_ms_per_article"]
    # at toy sizes a build can end faster than the start-up run (timing noise): no marginal ratio then
    marginal_growth = runs[-1]["marginal_ms_per_article"] / first if first > 0 else None
    marginal = f"{marginal_growth:.2f}x" if marginal_growth is not None else "n/a"
    print(f"time per article at {sizes[-1]:,} / at {sizes[0]:,}: {growth:.2f}x "
          f"(marginal: {marginal}); largest peak {max(r['peak_mb'] for r in runs):.0f} MB")
    save("build", {"startup": {"seconds": startup.seconds, "peak_mb": startup.peak_mb},
                   "runs": runs, "growth": growth, "marginal_growth": marginal_growth})
    return 0


if __name__ == "__main__":
    sys.exit(main())
