"""The chart alone: a strip for a few days, a column per day, week or month, its data
table, and the attributes the page's script redraws it from."""

from __future__ import annotations

import datetime as dt
import random
import re
from types import SimpleNamespace

import pytest
import tinyhtml5

from timeline.render.arabic import day_heading
from timeline.render.chart import (DAY_COLUMNS, SHORT_COLUMNS, WEEK_COLUMNS, chart_columns, chart_rows,
                                   chart_svg, chart_table, column_unit)

H = "{http://www.w3.org/1999/xhtml}"
SVG = "{http://www.w3.org/2000/svg}"


def _day(date: dt.date, entries: int, counts=()):
    iso = date.isoformat()
    return SimpleNamespace(date=iso, heading=day_heading(iso), anchor=iso, entries=[None] * entries,
                           counts=tuple(counts))


def _days(first: dt.date, n: int, step: int = 1, seed: int = 1):
    rng = random.Random(seed)
    out = []
    for i in range(n):
        counts = [("killed", rng.randint(1, 40))] if rng.random() < 0.5 else []
        out.append(_day(first + dt.timedelta(days=i * step), rng.randint(1, 9), counts))
    return out


def _svg(markup) -> object:
    """The chart parsed as a browser would (inside a page)."""
    root = tinyhtml5.parse(f"<!DOCTYPE html><html><body>{markup}</body></html>")
    return root.find(f".//{SVG}svg")


def _bars(svg, row="entries"):
    return [r for r in svg.iter(SVG + "rect") if r.get("data-row") == row]


def _size(svg) -> tuple[float, float]:
    _, _, w, h = (float(x) for x in svg.get("viewBox").split())
    return w, h


@pytest.mark.parametrize("n", range(1, SHORT_COLUMNS + 1))
@pytest.mark.parametrize("words", [True, False])
def test_a_few_days_are_one_compact_strip(n, words):
    days = _days(dt.date(2016, 12, 6), n)
    svg = _svg(chart_svg(days, words=words))
    assert "strip" in svg.get("class").split()
    width, height = _size(svg)
    assert height <= 130, "a strip, not bars as tall as a page"
    if not words:          # the PDF scales it to the page's width: it stays a short band
        assert width / height >= 4.5
    bars = _bars(svg)
    assert len(bars) == n
    assert all(float(b.get("height")) <= 12 for b in svg.iter(SVG + "rect"))
    # the earliest day on the right
    rights = [float(b.get("x")) + float(b.get("width")) for b in bars]
    assert rights == sorted(rights, reverse=True)


def test_more_days_than_the_strip_are_bars():
    svg = _svg(chart_svg(_days(dt.date(2016, 12, 1), SHORT_COLUMNS + 1)))
    assert "bars" in svg.get("class").split() and "by-day" in svg.get("class").split()


def test_the_print_chart_of_a_few_days_is_wide_not_tall():
    for n in (4, 6, 12, 40):
        width, height = _size(_svg(chart_svg(_days(dt.date(2016, 12, 1), n), words=False)))
        assert width / height >= 2, (n, width, height)


def test_column_unit_follows_the_days_with_reports():
    assert column_unit(_days(dt.date(2016, 1, 1), DAY_COLUMNS)) == "day"
    assert column_unit(_days(dt.date(2016, 1, 1), DAY_COLUMNS + 1)) == "week"
    # sixty days spread over three years keep a column each
    assert column_unit(_days(dt.date(2014, 1, 1), 60, step=18)) == "day"
    # two years of days: weeks; more: months
    assert column_unit(_days(dt.date(2014, 1, 6), WEEK_COLUMNS * 7)) == "week"
    assert column_unit(_days(dt.date(2014, 1, 6), WEEK_COLUMNS * 7 + 7)) == "month"


def test_weeks_are_iso_weeks_with_their_sums():
    days = _days(dt.date(2016, 9, 1), 90)          # a Thursday: the first week is partial
    columns = chart_columns(days)
    assert len(columns) == len({dt.date.fromisoformat(d.date).isocalendar()[:2] for d in days})
    for c in columns:
        assert c.start.isoweekday() == 1 and c.end - c.start == dt.timedelta(days=6)
        assert all(c.start <= dt.date.fromisoformat(d.date) <= c.end for d in c.days)
    assert sum(len(c.days) for c in columns) == 90
    rows = chart_rows(days)
    entries, killed = rows[0], rows[1]
    for c, n, k in zip(columns, entries.values, killed.values):
        assert n == sum(len(d.entries) for d in c.days)
        assert k == sum(dict(d.counts).get("killed", 0) for d in c.days)

    svg = _svg(chart_svg(days, href=lambda d: "#" + d.anchor))
    assert "by-week" in svg.get("class").split()
    bars = _bars(svg)
    assert len(bars) == len(columns)
    for c, bar in zip(columns, bars):
        assert bar.get("data-start") == c.start.isoformat() and bar.get("data-end") == c.end.isoformat()
    links = [a.get("href") for a in svg.iter(SVG + "a") if a.find(SVG + "rect").get("data-row") == "entries"]
    assert links == ["#" + c.days[0].anchor for c in columns], "a column links to its first day"


def test_ten_years_are_months():
    days = _days(dt.date(2010, 1, 1), 480, step=7)      # a report a week for nine years
    assert column_unit(days) == "month"
    columns = chart_columns(days)
    months = sorted({d.date[:7] for d in days})
    assert [c.key for c in columns] == months
    assert all(c.start.day == 1 and (c.end + dt.timedelta(days=1)).day == 1 for c in columns)
    svg = _svg(chart_svg(days))
    width, _ = _size(svg)
    assert width < 1000, "ten years fit in a chart a little wider than a page"
    years = [t.text for t in svg.iter(SVG + "text") if "month" in (t.get("class") or "")]
    assert years and all(re.fullmatch(r"\d{4}", y) for y in years)
    assert years == sorted(years, key=int)


@pytest.mark.parametrize("days", [_days(dt.date(2016, 1, 1), 200), _days(dt.date(2016, 11, 1), 50),
                                  _days(dt.date(2010, 1, 1), 480, step=7)], ids=["weeks", "days", "months"])
@pytest.mark.parametrize("words", [True, False])
def test_group_labels_stay_inside_and_do_not_overlap(days, words):
    svg = _svg(chart_svg(days, words=words))
    width, _ = _size(svg)
    labels = [t for t in svg.iter(SVG + "text") if "month" in (t.get("class") or "")]
    assert labels
    spans = []
    for t in labels:
        x, room = float(t.get("x")), len(t.text) * 6.2
        # right-to-left text anchored at its start (words), or digits anchored at their end
        spans.append((x - room, x))
    for left, right in spans:
        assert left >= -1 and right <= width
    for (l1, r1), (l2, r2) in zip(spans, spans[1:]):
        assert r2 <= l1 + 1, "labels run right to left without overlapping"


def test_no_arabic_inside_the_print_chart_of_any_unit():
    for days in (_days(dt.date(2016, 12, 1), 2), _days(dt.date(2016, 1, 1), 200),
                 _days(dt.date(2010, 1, 1), 480, step=7)):
        drawn = re.findall(r"<text[^>]*>([^<]*)</text>", str(chart_svg(days, words=False)))
        assert drawn and not any(re.search(r"[\u0600-\u06FF]", t) for t in drawn)


@pytest.mark.parametrize("days", [_days(dt.date(2016, 12, 6), 2), _days(dt.date(2016, 11, 1), 30),
                                  _days(dt.date(2016, 1, 1), 200)], ids=["strip", "days", "weeks"])
def test_each_bar_carries_what_the_script_redraws_it_from(days):
    svg = _svg(chart_svg(days))
    rows = {r.key: r.values for r in chart_rows(days)}
    columns = chart_columns(days)
    drawn = [r for r in svg.iter(SVG + "rect") if r.get("data-row")]
    assert drawn
    for bar in drawn:
        i = int(bar.get("data-col"))
        value = int(bar.get("data-value"))
        assert value == rows[bar.get("data-row")][i] > 0
        assert bar.get("data-start") == columns[i].start.isoformat()
        assert bar.get("data-end") == columns[i].end.isoformat()
        scale = float(bar.get("data-scale"))
        if bar.get("data-edge") is not None:             # horizontal, grows leftwards from its edge
            assert float(bar.get("width")) == pytest.approx(value * scale, abs=0.06)
            assert float(bar.get("x")) + float(bar.get("width")) == pytest.approx(float(bar.get("data-edge")),
                                                                                 abs=0.11)
        else:                                            # vertical, stands on its base
            assert float(bar.get("height")) == pytest.approx(max(2.0, value * scale), abs=0.06)
            assert float(bar.get("y")) + float(bar.get("height")) == pytest.approx(float(bar.get("data-base")),
                                                                                   abs=0.11)


def test_the_table_is_the_charts_text_alternative():
    days = _days(dt.date(2016, 1, 1), 200)
    columns = chart_columns(days)
    rows = chart_rows(days)
    root = tinyhtml5.parse(f"<!DOCTYPE html><html><body>{chart_table(days, 'levantine')}</body></html>")
    table = root.find(f".//{H}table")
    assert table.find(H + "caption").text
    head = [th.text for th in table.find(H + "thead").iter(H + "th")]
    assert head[1:] == [r.label for r in rows]
    body = table.find(H + "tbody").findall(H + "tr")
    assert len(body) == len(columns)
    for i, (c, tr) in enumerate(zip(columns, body)):
        th = tr.find(H + "th")
        assert th.get("scope") == "row" and "".join(th.itertext()) == day_heading(c.key, "levantine")
        assert tr.get("data-start") == c.start.isoformat() and tr.get("data-end") == c.end.isoformat()
        assert [int(td.text) for td in tr.findall(H + "td")] == [r.values[i] for r in rows]
    # the chart carries the same table, with links to each column's first day
    chart = chart_svg(days, "levantine", href=lambda d: "#" + d.anchor)
    assert chart.unit == "week" and chart.caption and chart.title
    assert 'href="#2016-01-01"' in str(chart.table)
    assert str(chart_svg(days, words=False).table) == ""


def test_table_and_tips_escape_headings():
    day = _day(dt.date(2016, 12, 5), 1)
    day.heading = "<script>x</script>"
    assert "<script>" not in str(chart_table([day])) and "<script>" not in str(chart_svg([day]).table)
    assert "&lt;script&gt;" in str(chart_table([day]))


def test_days_of_another_precision_are_left_out_and_nothing_is_drawn_without_days():
    month = SimpleNamespace(date="2016-12", heading="ديسمبر", anchor="2016-12", entries=[None], counts=())
    assert str(chart_svg([month])) == "" and str(chart_table([month])) == ""
    days = [month, *_days(dt.date(2016, 12, 1), 5)]
    assert len(chart_columns(days)) == 5


def test_same_days_same_bytes():
    days = _days(dt.date(2016, 1, 1), 200, seed=7)
    again = _days(dt.date(2016, 1, 1), 200, seed=7)
    assert str(chart_svg(days)) == str(chart_svg(again))
    assert str(chart_svg(days).table) == str(chart_table(again))
