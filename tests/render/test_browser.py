"""The built page in a real browser: Debian's chromium, headless, driven by Playwright.

Nothing is skipped: without chromium this test fails (``tasks.py test``
installs it). Set CHROMIUM to use another binary.
"""

from __future__ import annotations

import os
import shutil

import pytest
from playwright.sync_api import sync_playwright

FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def page(sample_out):
    binary = os.environ.get("CHROMIUM") or shutil.which("chromium")
    assert binary, "Debian's chromium is needed for the browser test (python3 tasks.py test installs it)"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=binary, args=FLAGS)
        pg = browser.new_page(viewport={"width": 390, "height": 844}, is_mobile=True)
        errors: list[str] = []
        pg.on("pageerror", lambda exc: errors.append(str(exc)))
        pg.goto((sample_out / "timeline.html").as_uri())
        pg.wait_for_load_state("load")
        yield pg
        assert errors == [], errors
        browser.close()


def visible(pg) -> list[tuple[str, str]]:
    """(day, sources) of every entry the reader can see."""
    return pg.evaluate("""() => Array.from(document.querySelectorAll('article.entry'))
        .filter(e => e.offsetParent !== null)
        .map(e => [e.closest('section.day').id, e.dataset.sources])""")


def test_page_fits_a_phone_and_uses_the_shipped_font(page):
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    page.evaluate("document.fonts.ready")
    assert page.evaluate("document.fonts.check('16px \"Noto Sans Arabic\"', 'حلب')")


def test_filters_by_source_and_dates(page):
    form = page.locator("#filters")
    assert form.is_visible(), "the script shows the filter form"
    everything = visible(page)
    assert len(everything) == page.locator("article.entry").count() > 50

    # one source only
    keep = "001_63ede9e5335d6f71"
    for box in page.locator("input[name=source]").all():
        if box.get_attribute("value") != keep:
            box.uncheck()
    shown = visible(page)
    assert shown and all(keep in sources.split() for _, sources in shown)
    assert len(shown) == sum(1 for _, s in everything if keep in s.split())
    assert "يظهر" in page.locator("output.shown").inner_text()

    # and a period: 8 December only
    page.fill("input[name=from]", "2016-12-08")
    page.fill("input[name=to]", "2016-12-08")
    shown = visible(page)
    assert shown and {day for day, _ in shown} == {"2016-12-08"}
    assert all(keep in s.split() for _, s in shown)
    # days with nothing left are hidden too
    assert page.locator("section.day:visible").count() == 1

    # a keyword, folded like Arabic search should be (hamza, diacritics)
    page.click("button[type=reset]")
    page.fill("input[name=q]", "الاسد")      # the text writes الأسد
    shown = visible(page)
    assert shown and len(shown) < len(everything)
    texts = page.evaluate("""() => Array.from(document.querySelectorAll('article.entry'))
        .filter(e => e.offsetParent !== null).map(e => e.textContent)""")
    assert all("الأسد" in t or "الاسد" in t for t in texts)

    page.click("button[type=reset]")       # the form resets, then the filter re-runs
    page.wait_for_function("n => document.querySelectorAll('article.entry:not([hidden])').length === n",
                           arg=len(everything), timeout=5000)
    assert len(visible(page)) == len(everything)
    assert page.locator("output.shown").inner_text() == ""


def test_permalink_targets_the_day(page, sample_out):
    page.goto((sample_out / "timeline.html").as_uri() + "#2016-12-08")
    top = page.evaluate("document.getElementById('2016-12-08').getBoundingClientRect().top")
    assert abs(top) < 5
