"""Fixtures for the rendering tests: real builds through the real command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from render_helpers import SAMPLE, build


@pytest.fixture(scope="session")
def sample_out(tmp_path_factory) -> Path:
    """The demo briefing of the bundled sample, built once."""
    out = tmp_path_factory.mktemp("sample") / "output"
    p = build(out)
    assert p.returncode == 0, p.stderr
    assert p.stderr == "", p.stderr          # no warnings: no missing glyph, no refused URL
    return out


@pytest.fixture(scope="session")
def sample_extractions():
    from timeline.pipeline import extract
    from timeline.readers.jsonl import read_jsonl
    from timeline.temporal import Tagger

    tagger = Tagger()
    return [extract(a, tagger) for a in read_jsonl(SAMPLE)]
