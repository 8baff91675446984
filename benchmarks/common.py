"""Shared by the benchmarks: running a command while watching its memory,
synthetic archives on disk, and writing the results.

Peak memory is the largest sum of resident set sizes over a process and all
its children (worker processes included), sampled every 20 ms. Pages a
forked worker shares with its parent are counted in both, so the figure is
an upper bound of what the machine had to give.
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
#: where the JSON results go (BENCH_RESULTS and BENCH_WORK move them, e.g. for the smoke test)
RESULTS = Path(os.environ.get("BENCH_RESULTS", ROOT / "benchmarks" / "results"))
#: synthetic archives are made once and kept here (not in git)
WORK = Path(os.environ.get("BENCH_WORK", ROOT / "benchmarks" / ".work"))

sys.path.insert(0, str(ROOT))


@dataclass(frozen=True)
class Measured:
    seconds: float
    peak_mb: float
    returncode: int
    stdout: str
    stderr: str


def measure(cmd: list[str], env: dict | None = None, interval: float = 0.02) -> Measured:
    """Run ``cmd``; wall time and peak memory of its process tree."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, **(env or {})}, cwd=ROOT)
    watched = psutil.Process(proc.pid)
    peak = 0
    while proc.poll() is None:
        try:
            tree = [watched, *watched.children(recursive=True)]
            peak = max(peak, sum(_rss(p) for p in tree))
        except psutil.Error:
            pass
        time.sleep(interval)
    seconds = time.perf_counter() - start
    out, err = proc.communicate()
    return Measured(seconds, peak / 1e6, proc.returncode, out, err)


def _rss(p: psutil.Process) -> int:
    try:
        return p.memory_info().rss
    except psutil.Error:
        return 0


def synthetic(n: int, seed: int = 0) -> Path:
    """A JSON Lines archive of ``n`` synthetic articles (made once, then reused)."""
    from timeline.samples.synthetic import write_jsonl

    WORK.mkdir(parents=True, exist_ok=True)
    path = WORK / f"synthetic-{n}-{seed}.jsonl"
    if not path.exists():
        tmp = path.with_suffix(".part")
        write_jsonl(tmp, n, seed)
        tmp.replace(path)
    return path


def machine() -> dict:
    return {"python": platform.python_version(), "machine": platform.machine(),
            "cpus": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
            "memory_gb": round(psutil.virtual_memory().total / 2**30, 1)}


def save(name: str, data: dict) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps({"machine": machine(), **data}, indent=2, ensure_ascii=False) + "\n")
    return path


def table(headers: list[str], rows: list[list]) -> str:
    """A plain text table, numbers right-aligned."""
    cells = [[h for h in headers]] + [[_fmt(v) for v in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = []
    for k, row in enumerate(cells):
        lines.append("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths))))
        if k == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _fmt(v) -> str:
    if isinstance(v, float):
        return f"{v:,.3f}" if abs(v) < 10 else f"{v:,.1f}"
    if isinstance(v, int):
        return f"{v:,}"
    return str(v)
