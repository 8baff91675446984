"""A damaged or full SQLite file: the cache is set aside and rebuilt, the
newsletter state is refused before anything is written, and a full disk is
one line naming the file, with nothing committed."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "publish"))
from news_helpers import DAY1, DAY2, command, issues, newsletter, write_archive  # noqa: E402

SAMPLE = ROOT.parent / "shared" / "corpus" / "aleppo-2016.jsonl"


def _build(out: Path, *extra: str, prefix: tuple = ()):
    return subprocess.run([*prefix, sys.executable, str(ROOT / "generate.py"), "build", str(SAMPLE),
                           "-o", str(out), "--formats", "html,md", "-q", *extra],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)


def _zero_page(path: Path, which: str) -> None:
    """Overwrite one page of an SQLite file with zeros: the first, or one in the middle."""
    db = sqlite3.connect(path)
    size = db.execute("PRAGMA page_size").fetchone()[0]
    count = db.execute("PRAGMA page_count").fetchone()[0]
    db.close()
    assert count >= 3
    page = 0 if which == "first" else count // 2
    with open(path, "r+b") as fh:
        fh.seek(page * size)
        fh.write(bytes(size))


def _files(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and ".cache" not in p.parts}


@pytest.mark.parametrize("which", ["first", "middle"])
def test_a_damaged_cache_is_set_aside_and_rebuilt(tmp_path, which):
    out = tmp_path / "site"
    assert _build(out).returncode == 0
    before = _files(out)
    cache = out / ".cache" / "extractions.sqlite"
    _zero_page(cache, which)
    p = _build(out)
    assert p.returncode == 0, p.stderr
    assert "damaged cache" in p.stderr and "rebuilt" in p.stderr
    assert (out / ".cache" / "extractions.sqlite.damaged").is_file()     # set aside, not deleted
    assert _files(out) == before
    p = _build(out)                                                        # the new cache is sound
    assert p.returncode == 0 and "damaged" not in p.stderr and "from the cache" in p.stdout


def test_a_full_disk_under_the_cache_is_one_line_and_writes_nothing(tmp_path):
    strace = shutil.which("strace")
    assert strace, "strace is needed for this test (python3 tasks.py test installs it)"
    out = tmp_path / "site"
    cache = tmp_path / "cache.sqlite"
    # every write SQLite makes fails as on a full disk
    p = _build(out, "--cache", str(cache), prefix=(strace, "-f", "-qq", "-o", os.devnull,
                                                   "-e", "trace=pwrite64", "-e", "inject=pwrite64:error=ENOSPC"))
    assert p.returncode == 1
    lines = p.stderr.strip().splitlines()
    assert len(lines) == 1 and "disk is full" in lines[0] and str(cache) in lines[0], p.stderr
    assert "Traceback" not in p.stderr
    assert not out.exists() or not any(out.iterdir())


def _published(tmp_path: Path) -> tuple[Path, Path]:
    archive = write_archive(tmp_path / "archive", DAY1)
    out = tmp_path / "out"
    assert newsletter(out, archive, "2023-03-01T18:00:00+00:00").returncode == 0
    write_archive(archive, DAY2)
    return out, archive


@pytest.mark.parametrize("which", ["first", "middle"])
def test_a_damaged_state_is_refused_before_anything_is_written(tmp_path, which):
    out, archive = _published(tmp_path)
    _zero_page(out / "newsletter.sqlite", which)
    before = {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
              if p.is_file() and not p.name.endswith(".lock")}
    p = newsletter(out, archive, "2023-03-02T18:00:00+00:00")
    assert p.returncode == 1
    assert p.stderr.strip().count("\n") == 0 and "damaged" in p.stderr and "newsletter.sqlite" in p.stderr
    assert "Traceback" not in p.stderr
    after = {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
             if p.is_file() and not p.name.endswith(".lock")}
    assert after == before
    assert issues(out) == ["0001"]


def test_a_full_disk_at_the_state_commit_is_one_line_and_the_next_run_recovers(tmp_path):
    strace = shutil.which("strace")
    assert strace, "strace is needed for this test (python3 tasks.py test installs it)"
    out, archive = _published(tmp_path)
    p = subprocess.run([strace, "-f", "-qq", "-o", os.devnull, "-e", "trace=pwrite64",
                        "-e", "inject=pwrite64:error=ENOSPC",
                        *command(out, archive, "2023-03-02T18:00:00+00:00")],
                       cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert p.returncode == 1
    lines = p.stderr.strip().splitlines()
    assert len(lines) == 1 and "disk is full" in lines[0] and "newsletter.sqlite" in lines[0], p.stderr
    assert "cannot rollback" not in p.stderr
    db = sqlite3.connect(out / "newsletter.sqlite")
    assert db.execute("SELECT count(*) FROM issues").fetchone()[0] == 1      # nothing committed
    db.close()
    p = newsletter(out, archive, "2023-03-02T18:00:00+00:00")
    assert p.returncode == 0, p.stderr
    assert p.stdout.startswith("published issue 2")
    assert issues(out) == ["0001", "0002"]
