"""The PDF briefing, read back with pypdf."""

from __future__ import annotations

import http.server
import re
import threading

import pypdf
import pytest
from render_helpers import EVIL, build, write_jsonl

from timeline.render.arabic import day_heading

DAYS = ["2016-10-06", "2016-10-07", "2016-12", "2016-12-03", "2016-12-04", "2016-12-05", "2016-12-06",
        "2016-12-07", "2016-12-08", "2016-12-12", "2016-12-13", "2016-12-14"]


def _tokens(text: str) -> list[str]:
    # pypdf gives runs in visual order and glues digits to words: compare word bags
    return re.findall(r"\d+|[^\W\d_]+", text)


@pytest.fixture(scope="module")
def reader(sample_out):
    return pypdf.PdfReader(sample_out / "briefing.pdf")


def test_several_a4_pages(reader):
    assert len(reader.pages) > 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)) == (210, 297)


def test_arabic_font_is_embedded_and_is_the_only_font(reader):
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"].get("/Font", {}).values():
            font = font.get_object()
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"] \
                if "/DescendantFonts" in font else font["/FontDescriptor"]
            fonts[font["/BaseFont"]] = descriptor.get_object()
    assert fonts
    for name, descriptor in fonts.items():
        assert re.fullmatch(r"/[A-Z]{6}\+Amiri(-Bold)?", name), f"{name}: not the packaged font (system fallback?)"
        assert "/FontFile2" in descriptor or "/FontFile3" in descriptor, f"{name} is not embedded"


def test_text_has_every_day_heading(reader):
    text = "\n".join(p.extract_text() for p in reader.pages)
    lines = [sorted(_tokens(line)) for line in text.splitlines()]
    for day in DAYS:
        want = sorted(_tokens(day_heading(day)))
        assert any(all(line.count(t) >= want.count(t) for t in want) for line in lines), day


def test_outline_has_one_entry_per_day(reader):
    def flat(items):
        for item in items:
            if isinstance(item, list):
                yield from flat(item)
            else:
                yield item.title

    titles = list(flat(reader.outline))
    for day in DAYS:
        assert titles.count(day_heading(day)) == 1, day
    days = [t for t in titles if t in {day_heading(d) for d in DAYS}]
    assert days == [day_heading(d) for d in DAYS]            # in order
    assert titles[0] == "أبرز التطورات", "the cover title and the contents page are not bookmarks"


def test_page_numbers_read_right_to_left(reader):
    """The footer says "صفحة N من M". pypdf returns runs in visual (left-to-right)
    order, so a correct right-to-left footer comes out as "M من N صفحة"; the
    reversed footer of a bare counter(page)/counter(pages) would not."""
    total = len(reader.pages)
    for n in (2, total):
        [footer] = [line for line in reader.pages[n - 1].extract_text().splitlines() if "صفحة" in line]
        assert _tokens(footer) == [str(total), "من", str(n), "صفحة"], footer


def test_metadata_title_language_and_fixed_date(reader, sample_out):
    meta = reader.metadata
    assert meta.title.startswith("حلب")
    assert reader.trailer["/Root"]["/Lang"] == "ar"
    assert meta["/CreationDate"].startswith("D:20161215000000")   # SOURCE_DATE_EPOCH
    cover = _tokens(reader.pages[0].extract_text())
    assert all(t in cover for t in _tokens(day_heading("2016-12-15"))), "the build date is on the cover"


def test_reproducible_with_source_date_epoch(tmp_path, sample_out):
    out = tmp_path / "again"
    assert build(out, "--formats", "pdf").returncode == 0
    assert (out / "briefing.pdf").read_bytes() == (sample_out / "briefing.pdf").read_bytes()


def test_article_text_is_text_in_the_pdf(tmp_path):
    out = tmp_path / "out"
    p = build(out, str(write_jsonl(tmp_path / "evil.jsonl", EVIL)), "--formats", "pdf")
    assert p.returncode == 0, p.stderr
    text = "".join(page.extract_text() for page in pypdf.PdfReader(out / "briefing.pdf").pages)
    assert "7*7" in text and "49" not in text and "script" in text


class _Recorder(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self):  # noqa: N802
        _Recorder.hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.end_headers()

    def log_message(self, *args):
        pass


def test_renderer_fetches_nothing_but_project_assets(tmp_path):
    """A template (or anything) pointing at the network: no request leaves the renderer."""
    server = http.server.HTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_port}"
        templates = tmp_path / "templates"
        templates.mkdir()
        (templates / "briefing.html").write_text(
            '{% extends "default/briefing.html" %}{% block cover %}'
            f'<img src="{url}/pixel.png"><link rel="stylesheet" href="{url}/x.css">'
            '<img src="file:///etc/hostname">{{ super() }}{% endblock %}', encoding="utf-8")
        out = tmp_path / "out"
        p = build(out, "--templates", str(templates), "--formats", "pdf")
    finally:
        server.shutdown()
    assert p.returncode == 0, p.stderr
    assert _Recorder.hits == []
    assert "refused" in p.stderr and "pixel.png" in p.stderr and "/etc/hostname" in p.stderr
    assert (out / "briefing.pdf").stat().st_size > 10_000
