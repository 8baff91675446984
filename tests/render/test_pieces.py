"""The rendering stage's pieces, each alone."""

from __future__ import annotations

import datetime as dt
import re
from types import SimpleNamespace

import pytest

from timeline.config import BuildConfig, load_config
from timeline.values import period_end
from timeline.model import InputError
from timeline.render.arabic import count_noun, day_heading, plural_form
from timeline.render.chart import chart_svg
from timeline.render.context import safe_url
from timeline.render.env import md_escape
from timeline.render.notes import render_notes


@pytest.mark.parametrize("n, form", [(0, "zero"), (1, "one"), (2, "two"), (3, "few"), (10, "few"),
                                     (11, "many"), (99, "many"), (100, "hundred"), (102, "hundred"),
                                     (103, "few"), (111, "many"), (1000, "hundred")])
def test_arabic_number_agreement(n, form):
    assert plural_form(n) == form


def test_counted_nouns():
    assert count_noun(3, "day") == "3 أيام"
    assert count_noun(12, "day") == "12 يوما"
    assert count_noun(2, "day") == "يومان" and count_noun(2, "day_gen") == "يومين"   # "في يومين"
    assert count_noun(2, "source_gen") == "مصدرين"
    assert count_noun(2, "article") == "مقالان"
    assert count_noun(100, "entry") == "100 حدث"


def test_day_headings_for_every_precision():
    assert day_heading("2016-12-08") == "الخميس 8 ديسمبر 2016"
    assert day_heading("2016-12-08", "levantine") == "الخميس 8 كانون الأول 2016"
    assert day_heading("2016-12").startswith("ديسمبر 2016")
    assert "5 ديسمبر" in day_heading("2016-W49") and "11 ديسمبر" in day_heading("2016-W49")
    assert period_end("2016-02") == dt.date(2016, 2, 29) and period_end("2016-W49") == dt.date(2016, 12, 11)


def test_markdown_escaping_keeps_spaces_and_neutralises_markup():
    assert md_escape(" نص *مهم* <b>x</b> [رابط](y) ") == r" نص \*مهم\* \<b\>x\</b\> \[رابط\](y) "
    assert md_escape("سطر\nثان") == "سطر ثان"


@pytest.mark.parametrize("url, ok", [("https://example.org/a?b=1", True), ("http://x.y", True),
                                      ("javascript:alert(1)", False), ("JAVASCRIPT:alert(1)", False),
                                      ("data:text/html,x", False), ("file:///etc/passwd", False),
                                      ("//evil.example", False), ("https://a b", False), ("", False)])
def test_only_web_links_are_kept(url, ok):
    assert (safe_url(url) is not None) is ok


def test_editor_note_is_rendered_and_sanitised():
    notes = render_notes("## عنوان\n\n**مهم** [موقع](https://example.org) [سيء](javascript:x())\n\n"
                         "<script>alert(1)</script><p onclick='x()' style='color:red'>فقرة</p>"
                         "<img src='http://example.org/x.png'><iframe src='https://e.org'></iframe>")
    html = str(notes.html)
    assert "<strong>مهم</strong>" in html and 'href="https://example.org"' in html
    for bad in ("script", "alert", "onclick", "style=", "<img", "iframe", "javascript"):
        assert bad not in html, bad
    assert "<script" not in notes.source and "javascript:" not in notes.source


def _day(date, entries, counts=()):
    return SimpleNamespace(date=date, heading=day_heading(date), anchor=date, entries=[None] * entries,
                           counts=tuple(counts))


def test_chart_runs_right_to_left_with_one_bar_per_value():
    days = [_day("2016-12-05", 3, [("killed", 10)]), _day("2016-12-06", 1), _day("2016-12-09", 2, [("killed", 4)])]
    svg = str(chart_svg(days, href=lambda d: "#" + d.anchor))
    bars = re.findall(r'<a href="#([\d-]+)"><rect x="([\d.]+)"', svg)
    assert len(bars) == 3 + 2                       # entries row: 3 days; killed row: 2 days
    xs = {}
    for date, x in bars:
        xs.setdefault(date, float(x))
    assert xs["2016-12-05"] > xs["2016-12-06"] > xs["2016-12-09"]     # earliest on the right
    assert "قتلى" in svg and "ديسمبر 2016" in svg
    words_free = str(chart_svg(days, words=False))
    drawn = re.findall(r"<text[^>]*>([^<]*)</text>", words_free)
    assert drawn and not any(re.search(r"[\u0600-\u06FF]", t) for t in drawn), \
        "the PDF chart draws no Arabic words inside the SVG"


def test_chart_escapes_labels():
    day = _day("2016-12-05", 1)
    day.heading = "<script>x</script>"
    assert "<script>" not in str(chart_svg([day]))


def test_config_types_are_checked(tmp_path):
    cfg = tmp_path / "c.toml"
    cfg.write_text('key_developments = "ten"\n', encoding="utf-8")
    with pytest.raises(InputError, match="c.toml: key_developments has the wrong type"):
        load_config(cfg)
    cfg.write_text('order = "sideways"\n', encoding="utf-8")
    with pytest.raises(InputError, match="order must be one of"):
        load_config(cfg)
    cfg.write_text('sources = ["a.jsonl"]\nfrom = "2016-12-01"\n', encoding="utf-8")
    config = load_config(cfg)
    assert config.sources == (str(tmp_path / "a.jsonl"),) and config.date_from == dt.date(2016, 12, 1)
    assert BuildConfig().merged(title=None).title == BuildConfig().title


def test_fetcher_refuses_everything_outside_its_folders(tmp_path):
    from timeline.render.pdf import LocalAssetFetcher

    allowed = tmp_path / "assets"
    allowed.mkdir()
    (allowed / "a.css").write_text("p{}", encoding="utf-8")
    (tmp_path / "secret.txt").write_text("x", encoding="utf-8")
    fetcher = LocalAssetFetcher((allowed,))
    assert fetcher.fetch((allowed / "a.css").as_uri()).read() == b"p{}"
    for url in ("http://127.0.0.1:9/x.png", "https://example.org/a.css", (tmp_path / "secret.txt").as_uri(),
                (allowed / ".." / "secret.txt").as_uri(), "data:text/css,p{}", "ftp://example.org/x"):
        with pytest.raises(ValueError):
            fetcher.fetch(url)
    assert len(fetcher.refused) == 6
