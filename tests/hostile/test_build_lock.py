"""Two builds are kept off one output folder, and a build that cannot swap the
whole folder still puts every output in place."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from filelock import FileLock

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT.parent / "shared" / "corpus" / "aleppo-2016.jsonl"


def _build(out: Path, *extra: str, cwd: Path = ROOT):
    return subprocess.run([sys.executable, str(ROOT / "generate.py"), "build", str(SAMPLE), "-o", str(out),
                           "--formats", "html,md", "-q", *extra], cwd=cwd, capture_output=True, text=True,
                          timeout=600)


def test_a_second_build_waits_then_gives_up_with_exit_3(tmp_path):
    out = tmp_path / "site"
    with FileLock(str(tmp_path / ".site.lock")):       # a build at work on the folder
        p = _build(out, "--lock-timeout", "0")
        assert p.returncode == 3
        assert p.stderr.strip().count("\n") == 0 and "writing this folder holds" in p.stderr
        p = _build(out, "--lock-timeout", "1")
        assert p.returncode == 3
        assert "waiting for another run" in p.stderr and "gave up after 1 s" in p.stderr
        assert not (out / "timeline.html").exists()
    assert _build(out).returncode == 0                    # the lock is free again
    assert (out / "timeline.html").is_file()


def test_negative_lock_timeout_is_a_usage_error(tmp_path):
    p = _build(tmp_path / "site", "--lock-timeout", "-5")
    assert p.returncode == 2 and "must be 0 or more seconds" in p.stderr


def test_output_folder_that_holds_the_working_directory_is_written_file_by_file(tmp_path):
    out = tmp_path / "site"
    out.mkdir()
    (out / "notes.txt").write_text("mine\n")
    (out / "old-page.html").write_text("an output of an earlier build\n")
    (out / ".timeline-manifest.json").write_text(
        '{"kind": "arabic-news-timeline outputs", "outputs": ["old-page.html"]}\n')
    inode = os.stat(out).st_ino
    p = _build(Path("."), cwd=out)     # -o . from inside: the folder cannot be swapped
    assert p.returncode == 0, p.stderr
    assert os.stat(out).st_ino == inode                   # the same folder, not a swapped one
    assert (out / "timeline.html").is_file() and (out / "briefing.md").is_file()
    assert (out / "notes.txt").read_text() == "mine\n"
    assert not (out / "old-page.html").exists()           # the earlier build's output, listed, is gone
    assert not list(out.glob(".staging-*")) and not list(tmp_path.glob(".site.staging-*"))


def test_a_newsletter_run_waits_for_a_build_of_its_output_folder(tmp_path):
    """A build swaps the whole folder: a newsletter issue written into it meanwhile
    would leave with the old folder, so the two take the same lock."""
    sys.path.insert(0, str(ROOT / "tests" / "publish"))
    from news_helpers import DAY1, newsletter, write_archive

    archive = write_archive(tmp_path / "archive", DAY1)
    out = tmp_path / "site"
    with FileLock(str(tmp_path / ".site.lock")):       # a build putting its outputs in place
        p = newsletter(out, archive, "2023-03-01T18:00:00+00:00", "--lock-timeout", "0")
        assert p.returncode == 3 and "a build writing this folder holds" in p.stderr
        assert not (out / "newsletter").exists()
    p = newsletter(out, archive, "2023-03-01T18:00:00+00:00")
    assert p.returncode == 0, p.stderr
    # and a build of the same folder afterwards keeps the newsletter (not a build output)
    assert _build(out).returncode == 0
    assert (out / "newsletter" / "0001" / "index.html").is_file() and (out / "newsletter.sqlite").is_file()
    assert newsletter(out, archive, "2023-03-01T18:00:00+00:00").stdout.startswith("no issue")
