"""The benchmark scripts run and write their results (at toy sizes: a check that they
work, not a measurement; timings are never asserted in tests).

Marked ``benchmark``: outside the default run (``pytest -m benchmark`` selects it;
``python3 tasks.py test`` runs it as its last step)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.benchmark

ROOT = Path(__file__).resolve().parent.parent


def test_every_benchmark_runs_and_writes_json(tmp_path):
    env = {**os.environ, "BENCH_RESULTS": str(tmp_path / "results"), "BENCH_WORK": str(tmp_path / "work")}
    p = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick"], cwd=ROOT, env=env,
                       capture_output=True, text=True, timeout=900)
    assert p.returncode == 0, p.stderr[-3000:]
    results = {f.stem: json.loads(f.read_text(encoding="utf-8")) for f in (tmp_path / "results").glob("*.json")}
    assert sorted(results) == ["adversarial", "build", "duplicates", "extraction", "fuzz", "pdf", "places", "tagger"]
    places = results["places"]
    assert places["articles"] == 60 and places["extract_with_s"] > 0 and places["extract_without_s"] > 0
    fuzz = results["fuzz"]
    assert fuzz["counts"]["examples"] == 200 and fuzz["cli"]["runs"] == 3
    assert fuzz["counts"]["tracebacks"] == 0 and fuzz["counts"]["hangs"] == 0 and fuzz["cli"]["bad_exits"] == 0
    rows = results["adversarial"]["rows"]
    assert sorted(rows) == ["clause", "number", "same-day", "weekday"]
    assert all(len(r["runs"]) == 4 and len(r["growths"]) == 3 for r in rows.values())
    tagger = results["tagger"]
    assert tagger["methods"]["tagger"]["found"] > 0 and tagger["methods"]["search_dates"]["found"] > 0
    assert set(tagger["ratios"]) >= {"tagger / search_dates", "tagger / regex, plain", "tagger / regex, trie"}
    extraction = results["extraction"]
    assert extraction["parallel_identical"] is True                 # --jobs changes nothing
    assert extraction["incremental"]["extracted"] == 3              # only the 1% new articles
    assert extraction["incremental"]["reused"] == 300
    build = results["build"]
    assert [r["articles"] for r in build["runs"]] == [60, 300]
    assert all(r["peak_mb"] > 0 and r["summary"].startswith("built ") for r in build["runs"])
    assert all(v["pages"] > 1 for v in results["pdf"]["briefings"].values())
    carried = results["duplicates"]["carried"]
    assert carried["stories"] == 20 and carried["stories_whole"] == 20        # each story one entry
    assert carried["entries_with_part_of_a_story"] == 0 and carried["most_outlets_in_an_entry"] >= 20
    assert [r["articles"] for r in results["duplicates"]["republished"]] == [100, 200]
