"""The static HTML timeline, parsed as a browser parses it."""

from __future__ import annotations

import datetime as dt
import json
import re

from render_helpers import EVIL, H, build, parse, text_of, with_class, write_jsonl

from timeline.values import period_start


def _days(root):
    return [s for s in with_class(root, "section", "day")]


def test_page_is_arabic_rtl_and_self_contained(sample_out):
    root = parse(sample_out / "timeline.html")
    assert root.get("lang") == "ar" and root.get("dir") == "rtl"
    # no CDN: every stylesheet, script and font is a relative file that was written
    refs = [e.get("href") for e in root.iter(H + "link")] + [e.get("src") for e in root.iter(H + "script") if e.get("src")]
    assert refs, "the page loads its stylesheet and script"
    for ref in refs:
        assert "://" not in ref and not ref.startswith("//"), ref
        assert (sample_out / ref).is_file(), ref
    css = (sample_out / "assets" / "timeline.css").read_text(encoding="utf-8")
    assert 'url("NotoSansArabic.ttf")' in css and (sample_out / "assets" / "NotoSansArabic.ttf").stat().st_size > 100_000
    assert "@media print" in css


def test_days_in_chronological_order_with_arabic_headings_and_permalinks(sample_out, sample_extractions):
    root = parse(sample_out / "timeline.html")
    days = _days(root)
    ids = [d.get("id") for d in days]
    # chronological; a month-level section before the days of that month
    expected = sorted({e.date for x in sample_extractions for e in x.events if e.date},
                      key=lambda d: (period_start(d), len(d)))
    assert ids == expected
    assert "2016-12" in ids and ids.index("2016-12") < ids.index("2016-12-03")
    by_id = {d.get("id"): d for d in days}
    heading = text_of(by_id["2016-12-08"].find(H + "h2"))
    assert heading.startswith("الخميس 8 ديسمبر 2016")
    link = by_id["2016-12-08"].find(H + "h2").find(H + "a")
    assert link.get("href") == "#2016-12-08"


def test_every_event_is_under_its_own_date(sample_out, sample_extractions):
    """Each sentence shown under a day is one the pipeline placed on that day."""
    date_of = {}
    for x in sample_extractions:
        for e in x.events:
            date_of.setdefault(e.text, set()).add(e.date)
    root = parse(sample_out / "timeline.html")
    shown = 0
    for day in _days(root):
        for entry in with_class(day, "article", "entry"):
            for p in with_class(entry, "p", "text"):
                text = text_of(p)
                assert day.get("id") in date_of[text], (day.get("id"), text[:60])
                shown += 1
    placed = sum(1 for x in sample_extractions for e in x.events if e.date)
    assert shown == placed


def test_dating_expression_is_marked_with_its_resolution(sample_out):
    root = parse(sample_out / "timeline.html")
    day = next(d for d in _days(root) if d.get("id") == "2016-12-07")
    marks = [m for m in day.iter(H + "mark")]
    assert any(text_of(m) == "أمس الأربعاء" for m in marks)
    mark = next(m for m in marks if text_of(m) == "أمس الأربعاء")
    title = mark.get("title")
    # the resolved value and the article it came from, as Arabic dates
    assert "الأربعاء 7 ديسمبر 2016" in title and "الخميس 8 ديسمبر 2016" in title
    # and in the entry's disclosure, for phones and print
    assert any("الأربعاء 7 ديسمبر 2016" in text_of(d) and "أمس الأربعاء" in text_of(d)
               for d in with_class(day, "details", "how"))


def test_sources_figures_and_filters_are_present(sample_out):
    root = parse(sample_out / "timeline.html")
    form = root.find(f".//{H}form[@id='filters']")
    assert form is not None and form.get("hidden") is not None, "filters stay hidden until the script runs"
    boxes = [i.get("value") for i in form.iter(H + "input") if i.get("name") == "source"]
    assert len(boxes) == 5
    for entry in with_class(root, "article", "entry"):
        assert entry.get("data-sources").split() and entry.get("hidden") is None
        assert with_class(entry, "p", "sources")
    assert any("قتلى" in text_of(li) for li in with_class(root, "li", "figure"))


def test_chart_is_inline_svg_linking_to_days(sample_out):
    root = parse(sample_out / "timeline.html")
    svg = root.find(".//{http://www.w3.org/2000/svg}svg")
    assert svg is not None
    links = [a.get("href") for a in svg.iter("{http://www.w3.org/2000/svg}a")]
    ids = {d.get("id") for d in _days(root)}
    assert links and all(h.startswith("#") and h[1:] in ids for h in links)


def test_article_text_is_escaped_never_executed_or_templated(tmp_path):
    out = tmp_path / "out"
    p = build(out, str(write_jsonl(tmp_path / "evil.jsonl", EVIL)), "--formats", "html,md")
    assert p.returncode == 0, p.stderr
    html = (out / "timeline.html").read_text(encoding="utf-8")
    root = parse(out / "timeline.html")
    text = text_of(root.find(H + "body"))
    assert "<script>alert('x')</script>" in text        # shown as text ...
    assert "{{ 7*7 }}" in text and "{% include 'base.html' %}" in text   # ... not evaluated
    assert "49" not in text
    scripts = [s for s in root.iter(H + "script")]
    assert all("alert" not in text_of(s) for s in scripts)
    assert not any(e.get("onerror") for e in root.iter())
    assert not [b for b in root.iter(H + "b") if "وكالة" in text_of(b)]   # the outlet's markup is text
    assert "<b>وكالة</b> &amp; شركاه" not in text and "<b>وكالة</b> & شركاه" in text
    assert "javascript:" not in html                                   # an unsafe link is dropped
    md = (out / "briefing.md").read_text(encoding="utf-8")
    assert r"\<script\>" in md and r"\<img src=x" in md
    assert not re.search(r"(?<!\\)<(?!https?://)", md), "every < of article text is escaped"


def test_same_input_same_bytes(tmp_path, sample_out):
    out = tmp_path / "again"
    assert build(out, "--formats", "html,md").returncode == 0
    for name in ("timeline.html", "briefing.md", "assets/timeline.css"):
        assert (out / name).read_bytes() == (sample_out / name).read_bytes(), name


def test_newest_first(tmp_path):
    out = tmp_path / "out"
    assert build(out, "--order", "newest", "--formats", "html").returncode == 0
    ids = [d.get("id") for d in _days(parse(out / "timeline.html"))]
    assert ids[0] > ids[1] > ids[-1] and ids[-1] == "2016-10-06"


def _series(n_days: int, start: dt.date) -> list[dict]:
    """One short article a day, each reporting the day before (أمس)."""
    docs = []
    for i in range(n_days):
        day = start + dt.timedelta(days=i)
        docs.append({"id": f"d{i:03d}", "published": day.isoformat(), "source": f"وكالة {i % 3}",
                     "text": f"قال الدفاع المدني إن القصف أمس أوقع {i + 2} قتلى في الحي رقم {i}."})
    return docs


def test_many_days_paginate_by_month_with_an_index(tmp_path):
    src = write_jsonl(tmp_path / "year.jsonl", *_series(120, dt.date(2023, 1, 1)))
    out = tmp_path / "out"
    p = build(out, str(src), "--formats", "html")
    assert p.returncode == 0, p.stderr
    index = parse(out / "timeline.html")
    assert not _days(index), "the index lists months, not every day"
    pages = sorted(a.get("href") for a in index.iter(H + "a")
                   if (a.get("href") or "").startswith("timeline-") and "#" not in a.get("href"))
    assert pages == ["timeline-2022-12.html", "timeline-2023-01.html", "timeline-2023-02.html",
                     "timeline-2023-03.html", "timeline-2023-04.html"]
    seen = []
    for page in pages:
        root = parse(out / page)
        month = page[len("timeline-"):-len(".html")]
        ids = [d.get("id") for d in _days(root)]
        assert ids and all(i.startswith(month) for i in ids)
        seen += ids
    assert len(seen) == 120 and seen == sorted(seen)
    # a day permalink on the index reaches the month page (permalinks.js reads this map)
    data = index.find(f".//{H}script[@id='month-pages']")
    assert json.loads(text_of(data))["2023-02"] == "timeline-2023-02.html"


def test_a_paged_archives_index_has_the_map_and_places_of_every_page(tmp_path):
    out = tmp_path / "out"
    p = build(out, "--formats", "html", "--paginate", "month", "--no-search")     # the sample: two months
    assert p.returncode == 0, p.stderr
    index = parse(out / "timeline.html")
    [figure] = with_class(index, "figure", "map-wrap")
    markers = [a for a in figure.iter(H + "a") if (a.get("href") or "").startswith("#place-")]
    [table] = [d for d in index.iter(H + "details") if d.get("id") == "places"]
    rows = {tr.get("id"): tr for tr in table.iter(H + "tr") if tr.get("id")}
    assert markers and {a.get("href")[1:] for a in markers} <= set(rows)
    pages = {}
    for tr in rows.values():
        for a in tr.iter(H + "a"):
            page, anchor = a.get("href").split("#")
            assert page.startswith("timeline-"), a.get("href")      # each day's link names its page
            if page not in pages:
                pages[page] = {e.get("id") for e in parse(out / page).iter() if e.get("id")}
            assert anchor in pages[page], a.get("href")
    assert len(pages) == 2
    # a period page's own index links stay within it
    for page in pages:
        root = parse(out / page)
        ids = {e.get("id") for e in root.iter() if e.get("id")}
        [table] = [d for d in root.iter(H + "details") if d.get("id") == "places"]
        links = [a.get("href") for a in table.iter(H + "a")]
        assert links and all(h.startswith("#") and h[1:] in ids for h in links), page


def test_period_limits(tmp_path):
    out = tmp_path / "out"
    p = build(out, "--from", "2016-12-05", "--to", "2016-12-08", "--formats", "html")
    assert p.returncode == 0, p.stderr
    ids = [d.get("id") for d in _days(parse(out / "timeline.html"))]
    # the month-level section (2016-12) overlaps the period and stays
    assert ids == ["2016-12", "2016-12-05", "2016-12-06", "2016-12-07", "2016-12-08"]


def test_one_occurrence_from_two_outlets_is_one_entry_with_both_sources(tmp_path):
    docs = [
        {"id": "a", "published": "2016-12-08", "source": "وكالة الأنباء", "url": "https://a.example/1",
         "text": "قتل 18 مدنيا وأصيب عشرات اليوم الخميس في قصف بالبراميل المتفجرة على حي الشعار شرق حلب."},
        {"id": "b", "published": "2016-12-09", "source": "صحيفة المساء",
         "text": "قتل 21 مدنيا أمس الخميس في قصف بالبراميل المتفجرة على حي الشعار شرق حلب."},
    ]
    out = tmp_path / "out"
    p = build(out, str(write_jsonl(tmp_path / "two.jsonl", *docs)), "--formats", "html")
    assert p.returncode == 0, p.stderr
    root = parse(out / "timeline.html")
    [day] = _days(root)
    assert day.get("id") == "2016-12-08"
    [entry] = with_class(day, "article", "entry")
    assert entry.get("data-sources") == "a b"
    sources = text_of(with_class(entry, "p", "sources")[0])
    assert "وكالة الأنباء" in sources and "صحيفة المساء" in sources
    assert entry.find(f".//{H}a").get("href") == "https://a.example/1"
    [killed] = [li for li in with_class(entry, "li", "figure") if "killed" in li.get("class")]
    shown = text_of(killed)
    assert "18" in shown and "21" in shown and "disputed" in killed.get("class")   # side by side, flagged
    assert "صحيفة المساء" in text_of(with_class(entry, "details", "others")[0])


def test_a_busy_month_is_split_into_weeks_and_a_busy_week_into_days(tmp_path):
    """With pages of at most 100 kB (page_size_kb): a month of one report a day and one
    day of forty is too heavy for a page, so it is split into weeks (1st-7th ...), and the
    week of the busy day into days. Every day is on exactly one page, in order; the pages
    are chained by the pager; the index lists them with their entries; permalinks find
    the page of any day."""
    docs = _series(31, dt.date(2023, 1, 2))          # reports of 1-31 January
    for k in range(40):
        docs.append({"id": f"busy{k:02d}", "published": "2023-01-11", "source": f"منفذ {k}",
                     "text": f"قال شهود إن انفجارا أمس هز السوق رقم {k} في البلدة {k * 7} وأوقع {k + 1} جرحى."})
    src = write_jsonl(tmp_path / "jan.jsonl", *docs)
    config = tmp_path / "build.toml"
    config.write_text(f'sources = ["{src}"]\npage_size_kb = 100\nformats = ["html"]\n', encoding="utf-8")
    out = tmp_path / "out"
    p = build(out, "--config", str(config))
    assert p.returncode == 0, p.stderr
    index = parse(out / "timeline.html")
    [parts] = with_class(index, "ul", "parts-index")
    listed = [a.get("href") for a in parts.iter(H + "a")]
    days_pages = [f"timeline-2023-01-{d:02d}.html" for d in range(8, 15)]
    assert listed == ["timeline-2023-01-w1.html", *days_pages, "timeline-2023-01-w3.html",
                      "timeline-2023-01-w4.html", "timeline-2023-01-w5.html"]
    month = [li for li in index.iter(H + "li") if li.find(f"{H}ul[@class='parts-index']") is not None]
    assert len(month) == 1 and "يناير 2023" in text_of(month[0])
    assert "من 1 إلى 7 يناير 2023" in text_of(month[0]) and "من 29 إلى 31 يناير 2023" in text_of(month[0])
    seen, chain = [], []
    for page in listed:
        root = parse(out / page)
        ids = [d.get("id") for d in _days(root)]
        assert ids, page
        seen += ids
        nav = {a.get("rel"): a.get("href") for a in root.iter(H + "a") if a.get("rel") in ("prev", "next")}
        chain.append((nav.get("prev"), nav.get("next")))
        if page not in days_pages:
            assert (out / page).stat().st_size <= 100_000, page
    assert seen == sorted(seen) and len(seen) == len(set(seen)) == 31
    assert chain == [(listed[i - 1] if i else None, listed[i + 1] if i + 1 < len(listed) else None)
                     for i in range(len(listed))]
    assert _days(parse(out / "timeline-2023-01-10.html"))[0].get("id") == "2023-01-10"
    pages = json.loads(text_of(index.find(f".//{H}script[@id='month-pages']")))
    assert pages["2023-01-10"] == "timeline-2023-01-10.html" and pages["2023-01-03"] == "timeline-2023-01-w1.html"
    assert pages["2023-01"] == "timeline-2023-01-w1.html"
