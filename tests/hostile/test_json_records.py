"""JSON that would end the run (too deep, a number too long for Python, a lone
surrogate) is one problem for its record; the records around it are read."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from timeline.articles import read_sources
from timeline.readers import ReadOptions

ROOT = Path(__file__).resolve().parents[2]
AR = "قتل خمسة مدنيين أمس الثلاثاء في قصف على حي الشعار شرق المدينة، وفق الدفاع المدني."
GOOD = json.dumps({"id": "g1", "published": "2023-03-01", "text": AR}, ensure_ascii=False)
GOOD2 = json.dumps({"id": "g2", "published": "2023-03-01", "text": AR.replace("خمسة", "ستة")}, ensure_ascii=False)

BAD = {
    "deep": '{"id": "x", "published": "2023-03-01", "text": "t", "n": ' + "[" * 200_000 + "]" * 200_000 + "}",
    "long-int": '{"id": "x", "published": "2023-03-01", "text": "t", "n": ' + "7" * 5000 + "}",
    "surrogate": '{"id": "x", "published": "2023-03-01", "text": "\\ud800 قتل"}',
}


@pytest.mark.parametrize("kind", sorted(BAD))
def test_a_bad_record_is_one_problem_in_a_jsonl_file(tmp_path, kind):
    f = tmp_path / "feed.jsonl"
    f.write_text("\n".join([GOOD, BAD[kind], GOOD2]) + "\n", encoding="utf-8")
    result = read_sources([str(f)], ReadOptions())
    assert [a.id for a in result.articles] == ["g1", "g2"]
    assert [p.where for p in result.problems] == [f"{f}:2"]
    p = subprocess.run([sys.executable, str(ROOT / "generate.py"), "tag", str(f)], cwd=ROOT,
                       capture_output=True, text=True, timeout=120)
    assert p.returncode == 0 and "Traceback" not in p.stderr, p.stderr[-800:]
    assert sum(1 for line in p.stderr.splitlines() if f"{f}:2" in line) == 1


@pytest.mark.parametrize("kind", sorted(BAD))
def test_a_bad_json_array_is_one_problem_and_other_files_are_read(tmp_path, kind):
    (tmp_path / "bad.json").write_text("[" + BAD[kind] + "]", encoding="utf-8")
    (tmp_path / "good.jsonl").write_text(GOOD + "\n", encoding="utf-8")
    result = read_sources([str(tmp_path)], ReadOptions())
    assert [a.id for a in result.articles] == ["g1"]
    assert len(result.problems) == 1 and "bad.json" in str(result.problems[0])
