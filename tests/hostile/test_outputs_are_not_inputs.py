"""Outputs are never inputs, symlink loops end, each file is read once, and a
build removes what its previous build made and it no longer makes (and
nothing else)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from timeline.manifest import MANIFEST
from timeline.articles import read_sources
from timeline.readers import ReadOptions

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT.parent / "shared" / "corpus" / "aleppo-2016.jsonl"
sys.path.insert(0, str(ROOT / "tests" / "publish"))
from news_helpers import DAY1, newsletter, write_archive  # noqa: E402

AR = "قتل خمسة مدنيين أمس الثلاثاء في قصف على حي الشعار شرق المدينة، وفق الدفاع المدني."


def _build(*args):
    return subprocess.run([sys.executable, str(ROOT / "generate.py"), "build", *args, "-q"], cwd=ROOT,
                          capture_output=True, text=True, timeout=600)


def _events(stdout: str) -> str:
    return stdout.split("articles, ")[1].split(" events")[0]


def test_a_build_into_its_own_source_folder_does_not_read_its_output(tmp_path):
    src = tmp_path / "news"
    src.mkdir()
    (src / "aleppo.jsonl").write_bytes(SAMPLE.read_bytes())
    first = _build(str(src), "-o", str(src), "--formats", "html,md")
    assert first.returncode == 0, first.stderr
    assert (src / MANIFEST).is_file()
    second = _build(str(src), "-o", str(src), "--formats", "html,md")
    assert second.returncode == 0, second.stderr
    assert _events(second.stdout) == _events(first.stdout)
    assert second.stdout.split(" articles")[0] == first.stdout.split(" articles")[0]


def test_an_output_folder_inside_the_source_is_skipped(tmp_path):
    src = tmp_path / "news"
    src.mkdir()
    (src / "aleppo.jsonl").write_bytes(SAMPLE.read_bytes())
    assert _build(str(src), "-o", str(src / "site"), "--formats", "html,md").returncode == 0
    result = read_sources([str(src)], ReadOptions())
    expected = read_sources([str(src / "aleppo.jsonl")], ReadOptions())
    assert result.files == 1 and [a.id for a in result.articles] == [a.id for a in expected.articles]
    assert any("skipped" in str(p) and "site" in str(p) for p in result.problems)


def test_the_newsletter_does_not_make_an_issue_of_its_own_issues(tmp_path):
    folder = write_archive(tmp_path / "news", DAY1)
    assert newsletter(folder, folder, "2023-03-01T18:00:00+00:00").returncode == 0
    p = newsletter(folder, folder, "2023-03-02T18:00:00+00:00")
    assert p.returncode == 0 and p.stdout.startswith("no issue: nothing new"), (p.stdout, p.stderr)


def test_a_build_removes_its_own_stale_outputs_only(tmp_path):
    out = tmp_path / "site"
    assert _build(str(SAMPLE), "-o", str(out), "--formats", "html,md").returncode == 0
    assert (out / "briefing.md").is_file()
    (out / "mine.txt").write_text("the user's own file", encoding="utf-8")
    assert _build(str(SAMPLE), "-o", str(out), "--formats", "html").returncode == 0
    assert not (out / "briefing.md").exists()
    assert (out / "timeline.html").is_file() and (out / "mine.txt").read_text(encoding="utf-8")
    listed = json.loads((out / MANIFEST).read_text(encoding="utf-8"))["outputs"]
    assert "timeline.html" in listed and "briefing.md" not in listed


def _tree_with_loops(tmp_path) -> Path:
    root = tmp_path / "archive"
    (root / "a").mkdir(parents=True)
    (root / "a" / "one.txt").write_text(AR, encoding="utf-8")
    (root / "two.txt").write_text(AR.replace("خمسة", "ستة"), encoding="utf-8")
    os.symlink(".", root / "loop1")
    os.symlink("..", root / "a" / "up")
    os.symlink(root, root / "a" / "loop2")
    os.symlink(root / "two.txt", root / "a" / "same.txt")     # the same file under two names
    return root


def test_a_folder_with_symlink_loops_is_read_once_per_file(tmp_path):
    root = _tree_with_loops(tmp_path)
    result = read_sources([str(root)], ReadOptions(published="2023-03-01"))
    assert sorted(a.text.strip() for a in result.articles) == sorted([AR, AR.replace("خمسة", "ستة")])
    assert result.files == 2


def test_a_globstar_through_symlinks_to_itself_ends_and_reads_each_file_once(tmp_path):
    root = _tree_with_loops(tmp_path)
    p = subprocess.run([sys.executable, str(ROOT / "generate.py"), "tag", str(root) + "/**/*.txt",
                        "--published", "2023-03-01"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    result = read_sources([str(root) + "/**/*.txt"], ReadOptions(published="2023-03-01"))
    assert result.files == 2


def test_a_folder_and_a_file_in_it_are_read_once(tmp_path):
    root = _tree_with_loops(tmp_path)
    result = read_sources([str(root), str(root / "two.txt")], ReadOptions(published="2023-03-01"))
    assert result.files == 2 and len(result.articles) == 2
