"""Outputs get the permissions any new file gets under the umask (0644 under
022), not mkstemp's private 0600: a web server running as another user must
be able to read the archive and the feed."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from timeline.io import atomic_write_bytes

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT.parent / "shared" / "corpus" / "aleppo-2016.jsonl"


@pytest.fixture()
def umask():
    def set_mask(mask):
        previous = os.umask(mask)
        masks.append(previous)

    masks: list[int] = []
    yield set_mask
    for m in reversed(masks):
        os.umask(m)


@pytest.mark.parametrize("mask, mode", [(0o022, 0o644), (0o027, 0o640), (0o077, 0o600), (0o002, 0o664)])
def test_atomic_writes_follow_the_umask(tmp_path, umask, mask, mode):
    umask(mask)
    new = atomic_write_bytes(tmp_path / "a" / "new.html", b"x")
    assert stat.S_IMODE(new.stat().st_mode) == mode
    (tmp_path / "old.html").write_bytes(b"old")
    replaced = atomic_write_bytes(tmp_path / "old.html", b"new")
    assert stat.S_IMODE(replaced.stat().st_mode) == mode


def _modes(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): stat.S_IMODE(p.stat().st_mode)
            for p in folder.rglob("*") if p.is_file() and not p.name.startswith(".")}


def test_every_command_writes_readable_files(tmp_path):
    env = {**os.environ}
    run = lambda *args: subprocess.run(["sh", "-c", "umask 022 && exec \"$@\"", "sh", sys.executable,  # noqa: E731
                                        str(ROOT / "generate.py"), *args], cwd=ROOT, env=env,
                                       capture_output=True, text=True, timeout=600)
    out = tmp_path / "site"
    p = run("build", str(SAMPLE), "-o", str(out), "--formats", "html,md", "-q")
    assert p.returncode == 0, p.stderr
    for command, target in (("tag", "tags.json"), ("extract", "events.json"), ("timeline", "timeline.json")):
        p = run(command, str(SAMPLE), "-o", str(tmp_path / target))
        assert p.returncode == 0, (command, p.stderr)
        assert stat.S_IMODE((tmp_path / target).stat().st_mode) == 0o644, command
    modes = _modes(out)
    assert modes and all(m == 0o644 for m in modes.values()), {k: oct(v) for k, v in modes.items() if v != 0o644}


def test_the_newsletter_archive_and_feed_are_readable(tmp_path, umask):
    sys.path.insert(0, str(ROOT / "tests" / "publish"))
    from news_helpers import DAY1, newsletter, write_archive

    umask(0o022)
    out = tmp_path / "out"
    p = newsletter(out, write_archive(tmp_path / "archive", DAY1), "2023-03-01T18:00:00+00:00")
    assert p.returncode == 0, p.stderr
    modes = _modes(out / "newsletter")
    assert {"index.html", "feed.atom"} <= set(modes)
    assert all(m == 0o644 for m in modes.values()), {k: oct(v) for k, v in modes.items() if v != 0o644}
