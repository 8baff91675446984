"""End-to-end build (read, extract, merge, HTML) of synthetic archives of
growing size, each in a fresh process: wall time and peak memory.

The archives are made from the sample corpus (timeline.samples.synthetic):
270 articles a publication day, each a sample article with some paragraphs
left out, another city, changed figures and another outlet, so 100k articles
cover about a year. Builds run with ``--no-cache`` (everything extracted)
and the default number of jobs.

Cost per article is reported two ways: the whole run divided by the
articles, and the marginal cost, with the fixed start-up (the same build of
the five sample articles) taken off first. Each size is also extracted alone
(``generate.py extract`` with the same jobs): the build over the extraction
is the figure of issue 16 (at most 2). And the pages: the largest HTML page
of each build, how many are over 5 MB, and how long headless chromium takes
to open the largest (navigation to its ``load`` event). Prints a table and
writes ``benchmarks/results/build.json``.
"""

from __future__ import annotations

import argparse
import shutil
import sys

from common import ROOT, WORK, measure, save, synthetic, table

SAMPLE = ROOT / "timeline" / "samples" / "aleppo-2016.jsonl"


#: the most a page may weigh (issue 16)
PAGE_LIMIT = 5_000_000


def build(source, out, jobs=None, keep=False):
    cmd = [sys.executable, str(ROOT / "generate.py"), "build", str(source), "-o", str(out),
           "--formats", "html", "--no-cache", "-q"]
    if jobs:
        cmd += ["--jobs", str(jobs)]
    shutil.rmtree(out, ignore_errors=True)
    m = measure(cmd)
    if m.returncode != 0:
        raise SystemExit(f"build of {source} failed: {m.stderr.strip()}")
    if not keep:
        shutil.rmtree(out, ignore_errors=True)
    return m


def extract(source, jobs=None):
    cmd = [sys.executable, str(ROOT / "generate.py"), "extract", str(source), "-o", str(WORK / "extracted.jsonl")]
    if jobs:
        cmd += ["--jobs", str(jobs)]
    m = measure(cmd)
    if m.returncode != 0:
        raise SystemExit(f"extract of {source} failed: {m.stderr.strip()}")
    (WORK / "extracted.jsonl").unlink(missing_ok=True)
    return m


def open_seconds(page) -> float:
    """Headless chromium's time from navigation to the page's load event (best of 2)."""
    import time

    from playwright.sync_api import sync_playwright

    binary = shutil.which("chromium")
    if not binary:
        return float("nan")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=binary, args=["--no-sandbox", "--disable-gpu"])
        best = float("inf")
        for _ in range(2):
            pg = b.new_page()
            start = time.perf_counter()
            pg.goto(page.as_uri(), wait_until="load", timeout=120_000)
            best = min(best, time.perf_counter() - start)
            pg.close()
        b.close()
    return best


def pages(out) -> dict:
    html = sorted(out.glob("*.html"), key=lambda p: p.stat().st_size)
    largest = html[-1]
    return {"pages": len(html), "largest_page": largest.name, "largest_bytes": largest.stat().st_size,
            "over_5mb": sum(1 for p in html if p.stat().st_size > PAGE_LIMIT),
            "open_largest_seconds": open_seconds(largest)}


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
        m = build(source, out, args.jobs, keep=True)
        seen = pages(out)
        shutil.rmtree(out, ignore_errors=True)
        e = extract(source, args.jobs)
        per = m.seconds / n * 1000
        marginal = max(m.seconds - startup.seconds, 0.0) / n * 1000
        runs.append({"articles": n, "seconds": m.seconds, "peak_mb": m.peak_mb, "ms_per_article": per,
                     "marginal_ms_per_article": marginal, "articles_per_s": n / m.seconds,
                     "extract_seconds": e.seconds, "build_over_extract": m.seconds / e.seconds, **seen,
                     "mb_in": source.stat().st_size / 1e6, "summary": m.stdout.strip()})
        rows.append([f"{n:,}", m.seconds, n / m.seconds, per, marginal, m.peak_mb, e.seconds, m.seconds / e.seconds,
                     seen["pages"], seen["largest_bytes"] / 1e6, seen["over_5mb"], seen["open_largest_seconds"]])
        print(f"  {n:,}: {m.stdout.strip()}", file=sys.stderr)
    print(f"start-up (5 sample articles): {startup.seconds:.2f} s, {startup.peak_mb:.0f} MB")
    print(table(["articles", "seconds", "articles/s", "ms/article", "marginal ms/article", "peak MB",
                 "extract s", "build/extract", "pages", "largest MB", "over 5 MB", "open s"], rows))
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
