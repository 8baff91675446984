"""The built page in a real browser: Debian's chromium, headless, driven by Playwright.

Nothing is skipped: without chromium this test fails (``tasks.py test``
installs it). Set CHROMIUM to use another binary. axe-core (through
axe-playwright-python) checks the page's accessibility.
"""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from render_helpers import build

from timeline.render.arabic import count_noun

PHONE = {"width": 390, "height": 844}


def _open(browser, path, viewport=PHONE):
    pg = browser.new_page(viewport=viewport, is_mobile=viewport["width"] < 600)
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.goto(path.as_uri())
    pg.wait_for_load_state("load")
    return pg, errors


@pytest.fixture(scope="module")
def page(browser, sample_out):
    pg, errors = _open(browser, sample_out / "timeline.html")
    yield pg
    assert errors == [], errors
    pg.close()


@pytest.fixture(scope="module")
def one_day(browser, tmp_path_factory):
    """The page of a one-day briefing (8 December), on a phone."""
    out = tmp_path_factory.mktemp("one-day") / "output"
    p = build(out, "--from", "2016-12-08", "--to", "2016-12-08", "--formats", "html")
    assert p.returncode == 0, p.stderr
    pg, errors = _open(browser, out / "timeline.html")
    yield pg
    assert errors == [], errors
    pg.close()


#: every drawn bar of the chart: column, row, period, drawn value and geometry
BARS = """() => Array.from(document.querySelectorAll('svg.chart rect.bar')).map(r => ({
    col: r.dataset.col, row: r.dataset.row, start: r.dataset.start, end: r.dataset.end,
    value: +r.dataset.value, scale: +r.dataset.scale, horizontal: r.dataset.edge !== undefined,
    x: +r.getAttribute('x'), y: +r.getAttribute('y'),
    width: +r.getAttribute('width'), height: +r.getAttribute('height'),
    shown: (document.querySelector(`svg.chart text.value[data-col="${r.dataset.col}"][data-row="${r.dataset.row}"]`)
            || {textContent: null}).textContent,
    cell: (document.querySelector(`table.chart-table tr[data-col="${r.dataset.col}"] td[data-row="${r.dataset.row}"]`)
           || {textContent: null}).textContent}))"""

#: per calendar day (sections of one day): the entries a reader can see, and the kinds of figure they show
VISIBLE_BY_DAY = """() => Object.fromEntries(Array.from(document.querySelectorAll('section.day'))
    .filter(s => s.dataset.start === s.dataset.end)
    .map(s => {
        const shown = Array.from(s.querySelectorAll('article.entry')).filter(e => e.offsetParent !== null);
        const all = s.querySelectorAll('article.entry').length;
        const kinds = [...new Set(shown.flatMap(e => Array.from(e.querySelectorAll('li.figure'))
            .flatMap(li => Array.from(li.classList))))];
        return [s.dataset.start, {shown: shown.length, all: all, kinds: kinds}];
    }))"""


def _drawn(bar) -> float:
    """The value a bar's geometry shows, from the scale it was drawn at."""
    return (bar["width"] if bar["horizontal"] else bar["height"]) / bar["scale"]


def _expected_entries(bar, days) -> int:
    return sum(d["shown"] for date, d in days.items() if bar["start"] <= date <= bar["end"])


def _check_chart_follows_the_entries(pg):
    """Each column's bars and table cells show the entries left visible in its days."""
    bars = pg.evaluate(BARS)
    days = pg.evaluate(VISIBLE_BY_DAY)
    for bar in bars:
        in_column = [d for date, d in days.items() if bar["start"] <= date <= bar["end"]]
        if bar["row"] == "entries":
            n = _expected_entries(bar, days)
            if n and not bar["horizontal"]:
                assert bar["height"] == pytest.approx(max(2.0, n * bar["scale"]), abs=0.06), bar
            else:
                assert _drawn(bar) == pytest.approx(n, abs=0.06), bar
        else:
            n = round(_drawn(bar)) if bar["horizontal"] or bar["height"] > 2.05 else None
            if all(d["shown"] == d["all"] for d in in_column):
                assert bar["value"] == round(_drawn(bar)) or (not bar["horizontal"] and bar["height"] == 2), bar
            if not any(bar["row"] in d["kinds"] for d in in_column):
                assert bar["height" if not bar["horizontal"] else "width"] == 0, bar
            assert n is None or n <= bar["value"], bar
        shown = bar["shown"]
        assert shown in (None, "", str(round(_drawn(bar)))) or (not bar["horizontal"] and bar["height"] <= 2), bar
        if bar["cell"] is not None and (bar["horizontal"] or bar["height"] > 2.05 or bar["height"] == 0):
            assert int(bar["cell"]) == round(_drawn(bar)), bar
    return bars


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


def _box(pg, selector_js: str) -> dict:
    return pg.evaluate(f"() => ({selector_js}).getBoundingClientRect().toJSON()")


NEWEST = ("Array.from(document.querySelectorAll('#chart rect.bar[data-row=entries]'))"
          ".reduce((a, b) => a.dataset.start > b.dataset.start ? a : b)")
OLDEST = ("Array.from(document.querySelectorAll('#chart rect.bar[data-row=entries]'))"
          ".reduce((a, b) => a.dataset.start < b.dataset.start ? a : b)")


@pytest.fixture(scope="module")
def month_out(tmp_path_factory):
    """A month of daily reports (written for this test): a chart wider than a phone."""
    import datetime as dt
    import json

    folder = tmp_path_factory.mktemp("month")
    day0 = dt.date(2023, 3, 1)
    lines = []
    for k in range(30):
        day = (day0 + dt.timedelta(days=k)).isoformat()
        lines.append(json.dumps({"id": f"d{k:02d}", "published": day, "source": "وكالة الرصد",
                                 "text": f"قتل {k + 2} أشخاص اليوم في قصف على مدينة حمص، وفق مصادر طبية."},
                                ensure_ascii=False))
    (folder / "month.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = folder / "output"
    p = build(out, str(folder / "month.jsonl"), "--formats", "html")
    assert p.returncode == 0, p.stderr
    return out


def test_on_a_phone_the_chart_opens_on_the_newest_day(browser, month_out):
    pg, errors = _open(browser, month_out / "timeline.html")
    scroller = pg.evaluate("""() => { const s = document.querySelector('#chart .chart-scroll');
        return {left: s.scrollLeft, over: s.scrollWidth - s.clientWidth}; }""")
    assert scroller["over"] > 50, "a month's chart is wider than a phone: it scrolls inside its figure"
    assert scroller["left"] == 0
    newest, oldest = _box(pg, NEWEST), _box(pg, OLDEST)
    assert newest["width"] > 0 and newest["height"] > 0
    # time runs right to left: the newest day is at the left end, in view without any sideways scroll
    assert 0 <= newest["left"] and newest["right"] <= PHONE["width"]
    assert oldest["left"] > PHONE["width"], "the oldest days wait off screen to the right"
    # the page itself is not scrolled: the bar is on the first screen
    assert pg.evaluate("window.scrollY") == 0
    assert 0 <= newest["top"] and newest["bottom"] <= PHONE["height"]
    # scrolling the chart to its other end brings the oldest day in
    pg.evaluate("""() => { const s = document.querySelector('#chart .chart-scroll');
        s.scrollLeft = s.scrollWidth; }""")
    oldest = _box(pg, OLDEST)
    assert 0 <= oldest["left"] and oldest["right"] <= PHONE["width"]
    assert errors == []
    pg.close()


def test_a_source_filter_redraws_the_chart_and_the_day_count(page, sample_out):
    page.goto((sample_out / "timeline.html").as_uri())
    page.wait_for_load_state("load")
    before = _check_chart_follows_the_entries(page)
    days_before = page.locator("section.day").count()
    assert page.locator(".shown-days").inner_text() == count_noun(days_before, "day_gen")
    assert page.locator(".days-count").inner_text() == str(days_before)

    keep = "001_63ede9e5335d6f71"
    for box in page.locator("input[name=source]").all():
        if box.get_attribute("value") != keep:
            box.uncheck()
    after = _check_chart_follows_the_entries(page)
    assert [(b["col"], b["row"]) for b in after] == [(b["col"], b["row"]) for b in before]
    changed = [b for b, a in zip(before, after) if (a["height"], a["width"]) != (b["height"], b["width"])]
    assert any(b["row"] == "entries" for b in changed), "the entries bars follow the filter"
    assert any(b["row"] != "entries" for b in changed), "so do the figures' bars"
    days_after = page.locator("section.day:visible").count()
    entries_after = page.locator("article.entry:visible").count()
    assert 0 < days_after < days_before
    assert page.locator(".shown-days").inner_text() == count_noun(days_after, "day_gen")
    assert page.locator(".shown-entries").inner_text() == count_noun(entries_after, "entry")
    assert page.locator(".days-count").inner_text() == str(days_after)

    page.click("button[type=reset]")
    page.wait_for_function("n => document.querySelectorAll('section.day:not([hidden])').length === n",
                           arg=days_before, timeout=5000)
    assert page.evaluate(BARS) == before, "clearing the filter draws the chart as built"
    assert page.locator(".shown-days").inner_text() == count_noun(days_before, "day_gen")


def test_a_one_day_briefing_is_a_strip_that_fits_a_phone_and_follows_filters(one_day):
    svg = one_day.locator("#chart svg.chart")
    assert "strip" in svg.get_attribute("class").split()
    assert one_day.evaluate("""() => { const s = document.querySelector('#chart .chart-scroll');
        return s.scrollWidth <= s.clientWidth; }"""), "one day needs no sideways scroll"
    box = svg.bounding_box()
    assert box["height"] < 130 and box["y"] + box["height"] <= PHONE["height"]
    before = _check_chart_follows_the_entries(one_day)
    # leave out the source of the day's first entry
    source = one_day.evaluate("document.querySelector('section.day[id=\"2016-12-08\"] article.entry')"
                              ".dataset.sources.split(' ')[0]")
    one_day.locator(f"input[name=source][value='{source}']").uncheck()
    after = _check_chart_follows_the_entries(one_day)
    assert any(a["width"] < b["width"] for a, b in zip(after, before))
    one_day.click("button[type=reset]")
    one_day.wait_for_function("() => document.querySelectorAll('article.entry[hidden]').length === 0")
    assert one_day.evaluate(BARS) == before


def _serious(pg) -> list[str]:
    results = Axe().run(pg)
    bad = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    return [f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes'][:5]]}" for v in bad]


@pytest.mark.parametrize("viewport", [PHONE, {"width": 1280, "height": 900}], ids=["phone", "desktop"])
def test_axe_finds_no_serious_violation_on_the_timeline(browser, sample_out, viewport):
    pg, errors = _open(browser, sample_out / "timeline.html", viewport)
    assert _serious(pg) == []
    # and with every disclosure open (the chart's table, other reports, the sources)
    pg.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")
    assert _serious(pg) == []
    # and with a filter applied
    pg.locator("input[name=source]").first.uncheck()
    assert _serious(pg) == []
    assert errors == []
    pg.close()


def test_a_day_permalink_on_the_index_reaches_the_page_of_a_split_month(browser, tmp_path):
    """A month too heavy for one page (page_size_kb) is split into weeks and days; the
    index's permalinks.js sends #DAY, #DAY-N and #MONTH to the page that holds them."""
    import json

    docs = [{"id": f"b{k:02d}", "published": "2023-01-11", "source": f"منفذ {k}",
             "text": f"قال شهود إن انفجارا أمس هز السوق رقم {k} في البلدة {k * 7} وأوقع {k + 1} جرحى."}
            for k in range(45)]
    docs += [{"id": f"d{k:02d}", "published": f"2023-01-{k:02d}", "source": "وكالة",
              "text": f"قال الدفاع المدني إن القصف أمس أوقع {k + 2} قتلى في الحي رقم {k}."} for k in range(2, 29)]
    src = tmp_path / "jan.jsonl"
    src.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    (tmp_path / "build.toml").write_text(f'sources = ["{src}"]\npage_size_kb = 100\nformats = ["html"]\n',
                                         encoding="utf-8")
    out = tmp_path / "out"
    p = build(out, "--config", str(tmp_path / "build.toml"))
    assert p.returncode == 0, p.stderr
    pg, errors = _open(browser, out / "timeline.html")
    for anchor, page in [("2023-01-10", "timeline-2023-01-10.html"), ("2023-01-03-1", "timeline-2023-01-w1.html"),
                         ("2023-01", "timeline-2023-01-w1.html")]:
        pg.goto("about:blank")          # a load of the index, not a jump within it
        pg.goto((out / "timeline.html").as_uri() + "#" + anchor)
        pg.wait_for_url(f"**/{page}#{anchor}", timeout=5000)
        if anchor.count("-") > 1:       # a day, or an entry of it, is on that page
            assert pg.evaluate(f"document.getElementById('{anchor}') !== null")
    assert errors == [], errors
    pg.close()


def test_the_map_has_a_marker_per_place_and_the_place_filters_follow(page, sample_out):
    """Places (issue 18): the map's markers link to their place's row, and filtering by
    country or by place shows only its entries, with the day count and the chart following."""
    page.goto((sample_out / "timeline.html").as_uri())
    page.wait_for_load_state("load")
    rows = page.locator("details.places-index tbody tr")
    markers = page.locator("#map svg.map circle.marker")
    assert markers.count() >= 3
    assert markers.count() + len(page.locator("#map figcaption a").all()) <= rows.count()
    first = page.locator("#map svg.map a").first.get_attribute("href")
    assert page.locator(f"tr{first}").count() == 1, "each marker links to its place in the index"
    places = page.locator("select[name=place] option")
    assert places.count() == rows.count() + 1
    days_before = page.locator("section.day:visible").count()
    chosen = places.nth(1).get_attribute("value")
    page.select_option("select[name=place]", chosen)
    shown = page.locator("article.entry:visible")
    one_place = shown.count()
    assert 0 < one_place < page.locator("article.entry").count()
    assert all(e.get_attribute("data-place") == chosen for e in shown.all())
    days_after = page.locator("section.day:visible").count()
    assert 0 < days_after < days_before
    assert page.locator(".days-count").inner_text() == str(days_after)
    page.select_option("select[name=place]", "")
    page.select_option("select[name=country]", "SY")
    assert all(e.get_attribute("data-country") == "SY" for e in page.locator("article.entry:visible").all())
    assert page.locator("article.entry:visible").count() > one_place
    page.click("button[type=reset]")
    page.wait_for_function("n => document.querySelectorAll('section.day:not([hidden])').length === n",
                           arg=days_before, timeout=5000)
