"""Fixtures for the rendering tests: real builds through the real command line."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from render_helpers import SAMPLE, build

#: how the browser tests start Debian's chromium (headless, no network of its own)
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser():
    """Debian's chromium through Playwright (CHROMIUM names another binary); never skipped."""
    from playwright.sync_api import sync_playwright

    binary = os.environ.get("CHROMIUM") or shutil.which("chromium")
    assert binary, "Debian's chromium is needed for the browser test (python3 tasks.py test installs it)"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=binary, args=CHROMIUM_FLAGS)
        yield b
        b.close()


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
