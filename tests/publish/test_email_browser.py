"""The e-mail of an issue in a real browser (Debian's chromium, Playwright) at a phone's
width: axe-core finds no serious or critical violation, and the sheet fits the screen.

Like tests/render/test_browser.py, nothing is skipped: without chromium this fails."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from news_helpers import ROOT, newsletter
from playwright.sync_api import sync_playwright

FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SAMPLE = ROOT.parent / "shared" / "corpus" / "aleppo-2016.jsonl"


@pytest.fixture(scope="module")
def issue(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("email") / "out"
    p = newsletter(out, SAMPLE, "2016-12-14T06:00:00+00:00")
    assert p.returncode == 0, p.stderr
    return out / "newsletter" / "0001" / "index.html"


def test_email_at_390px_has_no_serious_axe_violation(issue):
    binary = os.environ.get("CHROMIUM") or shutil.which("chromium")
    assert binary, "Debian's chromium is needed for the browser test (python3 tasks.py test installs it)"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=binary, args=FLAGS)
        try:
            page = browser.new_page(viewport={"width": 390, "height": 844}, is_mobile=True)
            page.goto(issue.as_uri())
            page.wait_for_load_state("load")
            assert page.evaluate("document.documentElement.scrollWidth") <= 390
            shot = os.environ.get("EMAIL_SCREENSHOT")
            if shot:
                page.screenshot(path=shot, full_page=False)
            results = Axe().run(page)
            bad = [(v["id"], v["impact"], len(v["nodes"])) for v in results.response["violations"]
                   if v["impact"] in ("serious", "critical")]
            assert bad == [], bad
        finally:
            browser.close()
