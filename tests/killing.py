"""Killing a run at a real step: strace sends SIGKILL at the n-th call of one
system call, for every n the run reaches (``for_every_call``)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Callable, Sequence

STRACE = shutil.which("strace")


def env() -> dict:
    """No .pyc writes, so the only file operations are the run's own."""
    return {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}


def _strace() -> str:
    assert STRACE, "strace is needed for this test (python3 tasks.py test installs it)"
    return STRACE


def known(calls: Sequence[str]) -> list[str]:
    """The calls this machine's strace knows (aarch64 has no plain rename or mkdir)."""
    return [call for call in calls
            if subprocess.run([_strace(), "-qq", "-o", os.devnull, "-e", f"trace={call}", "true"],
                              capture_output=True).returncode == 0]


def counts(command: list[str], calls: Sequence[str], log: Path, cwd: Path) -> dict[str, int]:
    """How often an uninterrupted run of ``command`` makes each call."""
    calls = known(calls)
    p = subprocess.run([_strace(), "-f", "-qq", "-c", "-U", "name,calls", "-o", str(log),
                        "-e", "trace=" + ",".join(calls), *command],
                       cwd=cwd, env=env(), capture_output=True, text=True, timeout=600)
    assert p.returncode == 0, p.stderr
    found = {}
    for line in log.read_text().splitlines():
        m = re.match(r"\s*([a-z0-9_]+)\s+(\d+)\s*$", line)
        if m and m.group(1) in calls:
            found[m.group(1)] = int(m.group(2))
    return found


def killed(command: list[str], call: str, n: int, cwd: Path) -> bool:
    """Run ``command``, killed at its n-th ``call``; whether it was killed (or completed)."""
    p = subprocess.run([_strace(), "-f", "-qq", "-o", os.devnull, "-e", f"trace={call}",
                        "-e", f"inject={call}:signal=KILL:when={n}", *command],
                       cwd=cwd, env=env(), capture_output=True, text=True, timeout=600)
    return p.returncode != 0


def for_every_call(found: dict[str, int], check: Callable[[str, int], str]) -> None:
    """``check(call, n)`` for every call at every invocation and one past the last. It
    returns "killed", "completed" or what went wrong; each counted invocation must be a
    kill, and one past the last a completed run."""
    runs = [(call, n) for call, total in sorted(found.items()) for n in range(1, total + 2)]
    assert len(runs) > 20, found
    with ThreadPoolExecutor(max_workers=min(8, os.cpu_count() or 2)) as pool:
        results = list(pool.map(lambda run: (*run, check(*run)), runs))
    failures = [r for r in results if r[2] not in ("killed", "completed")]
    assert not failures, failures[:5]
    outcome = {(call, n): what for call, n, what in results}
    for call, total in found.items():
        assert all(outcome[call, n] == "killed" for n in range(1, total + 1)), (call, total)
        assert outcome[call, total + 1] == "completed", call
