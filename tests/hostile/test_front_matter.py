"""Front matter that would crash or stop the run is one problem for its file;
the other files are still read."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from timeline.articles import read_sources
from timeline.readers import ReadOptions

ROOT = Path(__file__).resolve().parents[2]
AR = "قتل خمسة مدنيين أمس الثلاثاء في قصف على حي الشعار شرق المدينة، وفق الدفاع المدني."


@pytest.mark.parametrize("front, expect", [
    ("published: 2016-02-30\n", "2016-02-30"),
    ("published: 2016-13-01\n", "2016-13-01"),
    ("tags: " + "[" * 50_000 + "]" * 50_000 + "\n", "nested too deeply"),
    ("a:\n" + "".join(" " * (2 * i) + f"k{i}:\n" for i in range(1, 3000)), "nested too deeply"),
    ("title: [unclosed\n", "not valid YAML"),
])
def test_bad_front_matter_is_one_problem_and_the_rest_is_read(tmp_path, front, expect):
    (tmp_path / "bad.md").write_text("---\n" + front + "---\n" + AR + "\n", encoding="utf-8")
    (tmp_path / "good.md").write_text("---\npublished: 2016-12-05\n---\n" + AR + "\n", encoding="utf-8")
    p = subprocess.run([sys.executable, str(ROOT / "generate.py"), "tag", str(tmp_path)], cwd=ROOT,
                       capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, (p.returncode, p.stderr[-500:])
    about = [line for line in p.stderr.splitlines() if "bad.md" in line]
    assert len(about) == 1 and expect in about[0], p.stderr
    assert "Traceback" not in p.stderr
    result = read_sources([str(tmp_path)], ReadOptions())
    assert [a.id for a in result.articles] == ["good"]
    assert result.articles[0].published == "2016-12-05"
