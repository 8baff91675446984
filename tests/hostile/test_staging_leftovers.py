"""A killed build's staging folder is removed by the next build; a staging
folder of a build still running, or one that is not ours, is left alone.
The build is killed at a real step (strace's SIGKILL at the folder swap), not
after a guessed delay."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT.parent / "shared" / "corpus" / "aleppo-2016.jsonl"
MARK = ".timeline-staging"


def _command(out: Path, formats: str = "html") -> list[str]:
    return [sys.executable, str(ROOT / "generate.py"), "build", str(SAMPLE), "-o", str(out),
            "--formats", formats, "-q"]


def _build(out: Path):
    return subprocess.run(_command(out), cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_a_killed_builds_staging_is_cleaned_up(tmp_path):
    strace = shutil.which("strace")
    assert strace, "strace is needed for this test (python3 tasks.py test installs it)"
    out = tmp_path / "site"
    # killed at the swap, with every output staged: the staging folder is left behind
    p = subprocess.run([strace, "-f", "-qq", "-o", os.devnull, "-e", "trace=renameat2",
                        "-e", "inject=renameat2:signal=KILL:when=1", *_command(out, "html,pdf")],
                       cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert p.returncode != 0, "the build was not killed"
    left = list(tmp_path.glob(".site.staging-*"))
    assert len(left) == 1 and (left[0] / MARK).is_file() and (left[0] / "briefing.pdf").is_file()
    assert not (out / "timeline.html").exists()           # nothing was put in place
    # not ours (no mark, or not named after a process), and one named after this live process: all stay
    (tmp_path / ".site.staging-1x").mkdir()
    unmarked = tmp_path / ".site.staging-999999999"
    unmarked.mkdir()
    (unmarked / "keep.txt").write_text("not a staging folder\n")
    alive = tmp_path / f".site.staging-{os.getpid()}"
    alive.mkdir()
    (alive / MARK).touch()
    p = _build(out)
    assert p.returncode == 0, p.stderr
    assert not left[0].exists()
    assert (tmp_path / ".site.staging-1x").is_dir() and alive.is_dir()
    assert (unmarked / "keep.txt").is_file()
    assert (out / "timeline.html").is_file()


def test_an_empty_leftover_of_a_kill_at_the_very_end_is_removed(tmp_path):
    """The mark is removed last; a kill between it and the folder leaves an empty folder."""
    out = tmp_path / "site"
    empty = tmp_path / ".site.staging-999999998"
    empty.mkdir()
    p = _build(out)
    assert p.returncode == 0, p.stderr
    assert not empty.exists()
