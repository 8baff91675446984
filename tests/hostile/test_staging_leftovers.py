"""A killed build's staging folder is removed by the next build; a staging
folder of a build still running, or one that is not ours, is left alone."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT.parent / "shared" / "corpus" / "aleppo-2016.jsonl"


def _build(out: Path, *extra: str):
    return subprocess.run([sys.executable, str(ROOT / "generate.py"), "build", str(SAMPLE), "-o", str(out),
                           "--formats", "html", "-q", *extra], cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_a_killed_builds_staging_is_cleaned_up(tmp_path):
    out = tmp_path / "site"
    # a build killed while staging: start one, wait for its staging folder, kill it
    proc = subprocess.Popen([sys.executable, str(ROOT / "generate.py"), "build", str(SAMPLE), "-o", str(out),
                             "--formats", "html,pdf", "-q"], cwd=ROOT)
    deadline = time.monotonic() + 300
    while not list(out.glob(".staging-*/.timeline-staging")) and time.monotonic() < deadline:
        if proc.poll() is not None:
            break
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    left = list(out.glob(".staging-*"))
    assert left, "the build was not caught while staging"
    # not ours (no marker), and one named after this live process: both stay
    (out / ".staging-1x").mkdir()
    alive = out / f".staging-{os.getpid()}"
    alive.mkdir()
    (alive / ".timeline-staging").touch()
    p = _build(out)
    assert p.returncode == 0, p.stderr
    assert not any(path.exists() for path in left)
    assert (out / ".staging-1x").is_dir() and alive.is_dir()
