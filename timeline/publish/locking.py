"""One run at a time: the lock a build takes on its output folder and the
newsletter on its state (``filelock``: an advisory lock the system drops when
the process dies, so a killed run never leaves a stale lock behind)."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Optional

from filelock import FileLock, Timeout

from timeline.publish.checkpoints import WAITING, checkpoint

__all__ = ["LockBusy", "take_lock", "folder_lock"]


class LockBusy(Exception):
    """Another run holds the lock past the timeout (the commands exit with ``EXIT_LOCKED``)."""


def take_lock(path: str | Path, timeout: float, holder: str, waiting: Optional[str] = None) -> FileLock:
    """Hold the lock file ``path``, waiting up to ``timeout`` seconds for the run that
    has it. With ``waiting``, that line goes to stderr when the lock is not free at once,
    so a second run does not seem to hang. ``holder`` names the other run in the error."""
    lock = FileLock(str(path), timeout=timeout)
    try:
        lock.acquire(timeout=0)
        return lock
    except Timeout:
        if timeout == 0:
            raise LockBusy(f"{holder} holds {path}") from None
    if waiting:
        print(waiting, file=sys.stderr, flush=True)
    checkpoint(WAITING)
    try:
        lock.acquire()
    except Timeout:
        raise LockBusy(f"{holder} holds {path}; gave up after {timeout:g} s") from None
    return lock


def folder_lock(folder: str | Path, timeout: float, holder: str) -> FileLock:
    """The lock of an output folder, which a build holds while it puts its outputs in
    place and a newsletter run while it writes its issue there: beside the folder
    (``.NAME.lock``, as the folder itself may be swapped), or inside it when its
    parent is not writable. Its place depends only on that, so every run finds it."""
    folder = Path(os.path.realpath(folder))
    folder.mkdir(parents=True, exist_ok=True)
    parent = folder.parent
    path = (parent / f".{folder.name}.lock" if os.access(parent, os.W_OK | os.X_OK)
            else folder / ".timeline-lock")
    return take_lock(path, timeout, holder, waiting=f"waiting for another run writing {folder} ...")
