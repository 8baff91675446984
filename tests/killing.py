"""Killing a run at a real step, never after a sleep.

- at a named checkpoint (``Checkpointed``): the run is started through
  ``tests/checkpointed.py``, which hooks the checkpoints; it reports each one
  it passes on a pipe and stops at the one asked for; the test reads the pipe,
  so it kills the run exactly there, however slow the machine;
- at a system call: strace sends SIGKILL at the n-th call of one system call,
  for every n the run reaches (``for_every_call``), or for a sample of them in
  the default run (``SWEEPS``).
"""

from __future__ import annotations

import os
import re
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Callable, Optional, Sequence

STRACE = shutil.which("strace")
RUNNER = Path(__file__).resolve().parent / "checkpointed.py"


class Checkpointed:
    """``python SCRIPT ARGS...`` (``command``) with its checkpoints reported on a pipe
    and, with ``stop_at``, stopped at that one until it is killed."""

    def __init__(self, command: Sequence[str], stop_at: Optional[str] = None, *, cwd: Path,
                 env: Optional[dict] = None) -> None:
        assert command[0] == sys.executable, command
        stop = ["--stop-at", stop_at] if stop_at else []
        # output to files, not pipes: a run stopped while the test reads its checkpoints
        # can never block on a full pipe
        self._out, self._err = tempfile.TemporaryFile(), tempfile.TemporaryFile()
        read, write = os.pipe()
        try:
            self.proc = subprocess.Popen([sys.executable, str(RUNNER), "--report-fd", str(write), *stop,
                                          *command[1:]],
                                         cwd=cwd, env=env, pass_fds=(write,), stdout=self._out, stderr=self._err)
        except BaseException:
            os.close(read)
            raise
        finally:
            os.close(write)             # the child holds the only write end: end of file when it ends
        self._fd: Optional[int] = read
        self._pending = b""
        self._result: Optional[tuple[str, str]] = None
        #: the checkpoints the run reported, in order
        self.passed: list[str] = []

    def wait_for(self, name: str, timeout: float = 300) -> None:
        """Block until the run reports checkpoint ``name``. Fails (and kills the run) if it
        ends without reaching it; ``timeout`` only bounds a run that hangs elsewhere."""
        deadline = time.monotonic() + timeout
        while name not in self.passed:
            if self._fd is None:
                raise AssertionError(f"the run is over; it never reached {name!r} (passed {self.passed})")
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._fd], [], [], left)[0]:
                self.kill()
                raise AssertionError(f"no checkpoint {name!r} within {timeout:g} s (passed {self.passed})")
            chunk = os.read(self._fd, 4096)
            if not chunk:
                _, err = self.finish()
                raise AssertionError(f"the run ended (exit {self.proc.returncode}) without reaching "
                                     f"{name!r}; it passed {self.passed}\n{err[-2000:]}")
            self._take(chunk)

    def _take(self, chunk: bytes) -> None:
        *lines, self._pending = (self._pending + chunk).split(b"\n")
        self.passed.extend(line.decode("utf-8") for line in lines)

    def kill(self) -> None:
        """SIGKILL, and wait for it to be gone (its locks with it)."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
        self.finish()

    def finish(self, timeout: float = 300) -> tuple[str, str]:
        """Wait for the run to end: its stdout and stderr. What is left on the pipe goes
        into ``passed``."""
        if self._result is None:
            try:
                self.proc.wait(timeout=timeout)
            finally:
                if self.proc.poll() is None:      # the wait timed out: killed, so that the pipe ends
                    self.proc.send_signal(signal.SIGKILL)
                    self.proc.wait()
                if self._fd is not None:
                    while chunk := os.read(self._fd, 4096):
                        self._take(chunk)
                    os.close(self._fd)
                    self._fd = None
            texts = []
            for fh in (self._out, self._err):
                fh.seek(0)
                texts.append(fh.read().decode("utf-8", "replace"))
                fh.close()
            self._result = (texts[0], texts[1])
        return self._result


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


#: how the kill tests choose their calls: "every" kills at every invocation of every call,
#: and one past the last of each (the ``sweep`` marker: ``python3 tasks.py test`` runs it
#: after the default run); "sample" at the last invocation of each call (where each kind of
#: step is finished), the first of the busiest call, and one past its last (the default run)
SWEEPS = ("sample", "every")


def chosen(found: dict[str, int], sweep: str) -> list[tuple[str, int]]:
    """(call, n) to kill at, as ``sweep`` picks them; an n past a call's last invocation is a
    run that must complete."""
    assert sweep in SWEEPS, sweep
    calls = sorted(found.items())
    if sweep == "every":
        return [(call, n) for call, total in calls for n in range(1, total + 2)]
    busiest, most = max(calls, key=lambda ct: (ct[1], ct[0]))
    runs = {(call, total) for call, total in calls if total} | {(busiest, 1)}
    return sorted(runs) + [(busiest, most + 1)]


def for_every_call(found: dict[str, int], check: Callable[[str, int], str], sweep: str = "every") -> None:
    """``check(call, n)`` for the invocations ``sweep`` picks (``chosen``). It returns
    "killed", "completed" or what went wrong; each counted invocation must be a kill, and
    one past the last a completed run."""
    assert sum(found.values()) > 20, found      # the run really makes the calls counted
    runs = chosen(found, sweep)
    with ThreadPoolExecutor(max_workers=min(8, os.cpu_count() or 2)) as pool:
        results = list(pool.map(lambda run: (*run, check(*run)), runs))
    failures = [r for r in results if r[2] not in ("killed", "completed")]
    assert not failures, failures[:5]
    for call, n, what in results:
        assert what == ("killed" if n <= found[call] else "completed"), (call, n, found[call], what)
