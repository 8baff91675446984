"""Named points of a run, where a test may step in.

A newsletter run calls :func:`checkpoint` at each of its steps
(:data:`CHECKPOINTS`, in order) and, when a lock it needs is held by another
run, at :data:`WAITING` before it waits. In production nothing is listening
and nothing happens: no setting or environment variable turns anything on.
A crash test puts its own function in :data:`HOOKS` inside the process it
runs (``tests/checkpointed.py``): it reports each name on a pipe and stops at
the one the test asked for, where the test kills it.
"""

from __future__ import annotations

from typing import Callable

__all__ = ["CHECKPOINTS", "WAITING", "NAMES", "HOOKS", "checkpoint"]

#: the steps a newsletter run passes, in order
CHECKPOINTS = ("locked", "planned", "rendered", "written", "renamed", "indexed", "committed", "sent")
#: another run holds a lock this one needs: it waits for it from here
WAITING = "waiting"
NAMES = (*CHECKPOINTS, WAITING)

#: called with the name at every checkpoint, in order; empty outside the crash tests
HOOKS: list[Callable[[str], None]] = []


def checkpoint(name: str) -> None:
    """Mark the named point of a run (one of :data:`NAMES`) for the hooks, if any."""
    for hook in tuple(HOOKS):
        hook(name)
