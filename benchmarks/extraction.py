"""Extraction at scale: worker processes, and incremental rebuilds.

1. Parallel: the same synthetic articles (10k by default) extracted into a
   fresh store with ``--jobs 1`` and with ``--jobs 2`` (and more, when the
   machine has the cores); the stores must hold byte-identical rows.
2. Incremental: 1% new articles added to the archive, then extracted
   against the store the full run filled. The rebuild reads and hashes every
   article and extracts only the new ones; its time is set against the full
   extraction's. The same is then done through ``generate.py build`` (with
   the cache), whose pages are rendered again in full.

Articles are read from the archive by the project's reader in every timed
run, as a build reads them. Prints tables and writes
``benchmarks/results/extraction.json``.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import sys
import time
from pathlib import Path

from common import ROOT, WORK, measure, save, synthetic, table

from timeline.engine.local import default_jobs, extract_into
from timeline.readers import ReadOptions
from timeline.articles import stream_sources
from timeline.store import ExtractionStore
from timeline.samples.synthetic import write_jsonl


def read(path: Path):
    problems: list = []
    for article in stream_sources([str(path)], ReadOptions(), problems, [0]):
        yield article
    if problems:
        raise SystemExit(f"{path}: {problems[0]}")


def extract(path: Path, store_path: Path, jobs: int, fresh: bool = True):
    if fresh and store_path.exists():
        for p in store_path.parent.glob(store_path.name + "*"):
            p.unlink()
    with ExtractionStore(store_path) as store:
        start = time.perf_counter()
        stats = extract_into(store, read(path), jobs)
        seconds = time.perf_counter() - start
        digest = _digest(store)
    return seconds, stats, digest


def _digest(store: ExtractionStore) -> str:
    h = hashlib.sha256()
    for row in store.db.execute("SELECT key, doc, published, undated, timex FROM articles ORDER BY key"):
        h.update(repr(row).encode())
    for row in store.db.execute("SELECT key, ord, date, data FROM stories ORDER BY key, ord"):
        h.update(repr(row).encode())
    return h.hexdigest()


def with_new(base: Path, n_new: int) -> Path:
    """The archive plus ``n_new`` articles it does not have (another seed, other ids)."""
    path = base.with_name(base.stem + f"+{n_new}.jsonl")
    if not path.exists():
        extra = WORK / f"new-{n_new}.jsonl"
        write_jsonl(extra, n_new, seed=99)
        with open(path, "w", encoding="utf-8") as out:
            out.write(base.read_text(encoding="utf-8"))
            for line in extra.read_text(encoding="utf-8").splitlines():
                out.write(line.replace('"id": "syn-', '"id": "new-', 1) + "\n")
        extra.unlink()
    return path


def cli_build(source: Path, out: Path, cache: Path) -> float:
    m = measure([sys.executable, str(ROOT / "generate.py"), "build", str(source), "-o", str(out),
                 "--formats", "html", "--cache", str(cache), "-q"])
    if m.returncode != 0:
        raise SystemExit(f"build failed: {m.stderr.strip()}")
    return m.seconds


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--new", type=float, default=0.01, help="share of new articles in the rebuild")
    args = ap.parse_args(argv)
    n = args.articles
    base = synthetic(n)
    grown = with_new(base, max(1, int(n * args.new)))
    store = WORK / "bench-store" / "extractions.sqlite"
    store.parent.mkdir(parents=True, exist_ok=True)
    result: dict = {"articles": n}

    # 1. parallel
    jobs_list = sorted({1, 2, default_jobs()})
    runs = {}
    for jobs in jobs_list:
        seconds, stats, digest = extract(base, store, jobs)
        runs[jobs] = {"seconds": seconds, "articles_per_s": n / seconds, "digest": digest}
    same = len({r["digest"] for r in runs.values()}) == 1
    rows = [[j, r["seconds"], r["articles_per_s"], runs[1]["seconds"] / r["seconds"]] for j, r in runs.items()]
    print(f"extraction of {n:,} articles into a fresh store ({os.cpu_count()} cpus); "
          f"stores identical: {'yes' if same else 'NO'}")
    print(table(["jobs", "seconds", "articles/s", "speed-up"], rows))
    result["parallel"] = {str(j): {k: v for k, v in r.items()} for j, r in runs.items()}
    result["parallel_identical"] = same
    result["speedup_2"] = runs[1]["seconds"] / runs[2]["seconds"]

    # 2. incremental, in-process: full extraction, then the archive with 1% new
    jobs = default_jobs()
    full, stats_full, _ = extract(base, store, jobs)
    inc, stats_inc, _ = extract(grown, store, jobs, fresh=False)
    share = inc / full
    print(f"\nincremental ({jobs} jobs): {stats_inc.extracted} new of {stats_inc.articles:,} articles")
    print(table(["run", "seconds", "extracted", "from the store"],
                [["full extraction", full, stats_full.extracted, stats_full.reused],
                 ["rebuild with new", inc, stats_inc.extracted, stats_inc.reused]]))
    print(f"rebuild / full extraction: {share:.1%}")
    result["incremental"] = {"jobs": jobs, "full_seconds": full, "rebuild_seconds": inc, "share": share,
                             "extracted": stats_inc.extracted, "reused": stats_inc.reused}

    # 3. the same through the command line: whole builds, pages included
    out = WORK / "inc-out"
    cache = WORK / "inc-cache" / "extractions.sqlite"
    shutil.rmtree(cache.parent, ignore_errors=True)
    first = cli_build(base, out, cache)
    again = cli_build(grown, out, cache)
    shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(cache.parent, ignore_errors=True)
    print(table(["generate.py build (html)", "seconds"], [["full, empty cache", first], ["with 1% new", again]]))
    result["cli"] = {"full_seconds": first, "rebuild_seconds": again}
    save("extraction", result)
    shutil.rmtree(store.parent, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
