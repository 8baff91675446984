"""A build killed at any file operation leaves one whole build in place.

strace runs the build and sends it SIGKILL at the N-th call of one file
system call (rename, link, unlink, mkdir, rmdir and their variants), for
every N the build reaches. After each kill the output folder must hold
exactly the previous build or exactly the new one, with the user's own files
intact; the next build must then complete, leave nothing behind and give
the new build.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import killing
import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT.parent / "shared" / "corpus" / "aleppo-2016.jsonl"
#: the calls that change the file tree (strace names them per architecture; unknown ones are skipped)
CALLS = ("rename", "renameat", "renameat2", "link", "linkat", "symlink", "symlinkat",
         "unlink", "unlinkat", "rmdir", "mkdir", "mkdirat")
#: files a build never makes and must never lose
USER_FILES = {"README.md": b"the team's notes\n", ".git/HEAD": b"ref: refs/heads/gh-pages\n"}
MARK = ".timeline-staging"


def _command(source: Path, out: Path) -> list[str]:
    # without the search index: its indexer is a process of its own whose threads make a
    # varying number of these calls (in a temporary folder); a build whose indexer fails
    # is tested in tests/render/test_search.py
    return [sys.executable, str(ROOT / "generate.py"), "build", str(source), "-o", str(out),
            "--formats", "html,md", "--paginate", "month", "-q", "-j", "1", "--no-search"]


def _snapshot(out: Path) -> dict[str, bytes]:
    """Every file a reader can see, except the cache (either state is fine) and the
    empty staging mark a kill right after the swap may leave (the next build removes it)."""
    files = {}
    for path in sorted(out.rglob("*")):
        rel = path.relative_to(out).as_posix()
        if path.is_file() and not rel.startswith(".cache/") and rel != MARK:
            files[rel] = path.read_bytes()
    return files


def _articles(tmp: Path) -> tuple[Path, Path]:
    """Two inputs whose builds differ: three of the sample's articles, then all five
    (new days, so the second build adds and changes month pages)."""
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    first, second = tmp / "first.jsonl", tmp / "second.jsonl"
    first.write_text("\n".join(lines[:3]) + "\n", encoding="utf-8")
    second.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return first, second


def _prepare(folder: Path, first: Path) -> Path:
    out = folder / "site"
    out.mkdir(parents=True)
    for rel, data in USER_FILES.items():
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        (out / rel).write_bytes(data)
    p = subprocess.run(_command(first, out), env=killing.env(), capture_output=True, text=True, timeout=600)
    assert p.returncode == 0, p.stderr
    return out


@pytest.fixture(scope="module")
def states(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("kill")
    first, second = _articles(tmp)
    old = _prepare(tmp / "old", first)
    new = _prepare(tmp / "new", second)
    ref_old, ref_new = _snapshot(old), _snapshot(new)
    assert ref_old != ref_new
    count_base = _prepare(tmp / "count", first)
    counts = killing.counts(_command(second, count_base), CALLS, tmp / "count.txt", ROOT)
    assert _snapshot(count_base) == ref_new
    return tmp, first, second, old, ref_old, ref_new, counts


@pytest.mark.parametrize("sweep", [pytest.param("sample"), pytest.param("every", marks=pytest.mark.sweep)])
def test_killed_at_every_file_operation(states, sweep):
    tmp, _first, second, old, ref_old, ref_new, counts = states

    def check(call: str, n: int) -> str:
        """Copy the old build, kill the new build at call number n, check, rebuild, check."""
        folder = tmp / f"{call}-{n}"
        shutil.copytree(old.parent, folder, symlinks=True)
        out = folder / "site"
        was_killed = killing.killed(_command(second, out), call, n, ROOT)
        after = _snapshot(out)
        if after not in (ref_old, ref_new):
            return f"after the kill the folder is neither build: {sorted(set(after) ^ set(ref_new))[:6]}"
        again = subprocess.run(_command(second, out), env=killing.env(), capture_output=True, text=True,
                               timeout=600)
        if again.returncode != 0:
            return f"the next build failed: {again.stderr.strip()}"
        if _snapshot(out) != ref_new:
            return "the next build is not the new build"
        left = sorted(p.name for p in folder.iterdir() if p.name != "site" and not p.name.endswith(".lock"))
        if left or (out / MARK).exists():
            return f"left behind: {left or [MARK]}"
        return "killed" if was_killed else "completed"

    killing.for_every_call(counts, check, sweep)
    # the swap itself was among the calls killed at
    assert "renameat2" in counts


def test_swap_keeps_user_files_and_unchanged_outputs(tmp_path):
    first, second = _articles(tmp_path)
    out = _prepare(tmp_path, first)
    before = {rel: os.stat(out / rel).st_ino for rel in ("assets/timeline.css", "README.md", ".git/HEAD")}
    mtime = os.stat(out / "assets/timeline.css").st_mtime_ns
    p = subprocess.run(_command(second, out), env=killing.env(), capture_output=True, text=True, timeout=600)
    assert p.returncode == 0, p.stderr
    # the user's files are the same files, and an asset that did not change keeps its time
    assert {rel: os.stat(out / rel).st_ino for rel in before} == before
    assert os.stat(out / "assets/timeline.css").st_mtime_ns == mtime
    for rel, data in USER_FILES.items():
        assert (out / rel).read_bytes() == data
    manifest = json.loads((out / ".timeline-manifest.json").read_text(encoding="utf-8"))
    assert not set(USER_FILES) & set(manifest["outputs"])
    assert sorted(p.name for p in tmp_path.iterdir()) == [".site.lock", "first.jsonl", "second.jsonl", "site"]
