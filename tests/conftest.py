"""Shared test fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` beside the checkout (CI puts it there). Missing is a failure."""
    assert SHARED.is_dir(), f"{SHARED} is missing: the gold tests need ../shared beside the repo"
    return SHARED


@pytest.fixture(scope="session")
def found():
    """``found(text, dct)`` -> [(surface, type, value[, mod])] for every expression."""
    from timeline.temporal import tag

    def run(text: str, dct: str) -> list[tuple]:
        out = []
        for t in tag(text, dct):
            item = (t.text, t.type, t.value) + ((t.mod,) if t.mod else ())
            out.append(item)
        return out

    return run
