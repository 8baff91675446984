"""The PDF briefing, read back with pypdf."""

from __future__ import annotations

import http.server
import json
import re
import subprocess
import threading
import unicodedata

import pypdf
import pytest
from render_helpers import EVIL, build, write_jsonl

from timeline.render.arabic import day_heading

DAYS = ["2016-10-06", "2016-10-07", "2016-12", "2016-12-03", "2016-12-04", "2016-12-05", "2016-12-06",
        "2016-12-07", "2016-12-08", "2016-12-12", "2016-12-13"]


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


def _titles(items):
    """The outline's titles, depth first."""
    for item in items:
        if isinstance(item, list):
            yield from _titles(item)
        else:
            yield item.title


def test_outline_has_one_entry_per_day(reader):
    titles = list(_titles(reader.outline))
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


# --- tagged, right to left, and fitting its content ----------------------------------------------

DAY = "2016-12-08"
#: a page between the cover and the last holding less than this much text is near empty
MIN_TEXT = 300


def _poppler(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True, timeout=120).stdout


def _pages(pdf) -> int:
    return int(re.search(r"^Pages:\s+(\d+)", _poppler("pdfinfo", str(pdf)), re.M).group(1))


def _page_text(pdf, n: int) -> str:
    return _poppler("pdftotext", "-f", str(n), "-l", str(n), str(pdf), "-")


def _words(text: str) -> list[str]:
    """Words to compare as a reader reads them: presentation forms back to letters (NFKC),
    no tatweel, no diacritics (nor the space text extraction may leave before one), no
    direction marks."""
    text = unicodedata.normalize("NFKC", text).replace("\u0640", "")
    text = re.sub(r"\s+(?=[\u064B-\u065F\u0670])", "", text)
    text = "".join(c for c in text if unicodedata.category(c) not in ("Mn", "Cf"))
    return re.findall(r"\w+", text)


def _in_order(words: list[str], text: list[str], slack: int = 30) -> bool:
    """``words`` occur in ``text`` in this order, within a stretch at most ``slack`` words longer
    (a running header or footer may sit between the lines of an entry)."""
    for start, first in enumerate(text):
        if first != words[0]:
            continue
        i, j = 1, start + 1
        while i < len(words) and j < len(text) and j - start < len(words) + slack:
            if text[j] == words[i]:
                i += 1
            j += 1
        if i == len(words):
            return True
    return False


@pytest.fixture(scope="module")
def one_day(tmp_path_factory):
    """A daily briefing (one day: the usual case) with the exports beside it."""
    out = tmp_path_factory.mktemp("one-day") / "out"
    p = build(out, "--from", DAY, "--to", DAY, "--formats", "html,pdf")
    assert p.returncode == 0, p.stderr
    return out


def test_pdf_is_tagged_and_right_to_left(reader, sample_out):
    assert re.search(r"^Tagged:\s+yes$", _poppler("pdfinfo", str(sample_out / "briefing.pdf")), re.M)
    root = reader.trailer["/Root"]
    assert bool(root["/MarkInfo"]["/Marked"]) and "/StructTreeRoot" in root
    assert root["/ViewerPreferences"]["/Direction"] == "/R2L"


def test_one_day_briefing_has_no_near_empty_page(one_day):
    pdf = one_day / "briefing.pdf"
    n = _pages(pdf)
    assert n >= 3
    short = {page: len("".join(_page_text(pdf, page).split())) for page in range(2, n)}
    assert all(chars >= MIN_TEXT for chars in short.values()), short


def test_text_comes_out_in_reading_order(one_day):
    """Every entry's last sentence, word for word, in order, as pdftotext reads the PDF."""
    pdf = one_day / "briefing.pdf"
    text = _words(_poppler("pdftotext", str(pdf), "-"))
    doc = json.loads((one_day / "timeline.json").read_text(encoding="utf-8"))
    sentences = [e["sources"][0]["events"][-1]["text"] for d in doc["days"] for e in d["entries"]]
    assert len(sentences) > 5
    missing = []
    for sentence in sentences:
        words = _words(sentence)[-12:]           # the end: where no dateline or credit is cut off
        if len(words) >= 4 and not _in_order(words, text):
            missing.append(" ".join(words))
    assert missing == []


def test_the_reading_order_check_can_fail(one_day):
    text = _words(_poppler("pdftotext", str(one_day / "briefing.pdf"), "-"))
    doc = json.loads((one_day / "timeline.json").read_text(encoding="utf-8"))
    words = _words(doc["days"][-1]["entries"][0]["sources"][0]["events"][-1]["text"])[-12:]
    assert _in_order(words, text) and not _in_order(list(reversed(words)), text)


def _variant(tmp_path_factory, variant: str):
    out = tmp_path_factory.mktemp(variant.replace("/", "-")) / "out"
    p = build(out, "--from", DAY, "--to", DAY, "--formats", "html,pdf", "--pdf-variant", variant)
    assert p.returncode == 0, p.stderr
    return out


def test_pdf_a_3u_carries_the_timeline_json(tmp_path_factory):
    out = _variant(tmp_path_factory, "pdf/a-3u")
    pdf = pypdf.PdfReader(out / "briefing.pdf")
    assert list(pdf.attachments) == ["timeline.json"]
    [data] = pdf.attachments["timeline.json"]
    assert data == (out / "timeline.json").read_bytes()
    assert json.loads(data)["days"][-1]["date"] == DAY
    root = pdf.trailer["/Root"]
    assert len(root["/AF"]) == 1, "the attachment is listed once as an associated file"
    xmp = root["/Metadata"].get_object().get_data().decode("utf-8")
    assert re.search(r'pdfaid:part="?3', xmp) and re.search(r'pdfaid:conformance="?U', xmp)
    assert root["/ViewerPreferences"]["/Direction"] == "/R2L"
    assert re.search(r"^Tagged:\s+yes$", _poppler("pdfinfo", str(out / "briefing.pdf")), re.M)
    again = _variant(tmp_path_factory, "pdf/a-3u")
    assert (again / "briefing.pdf").read_bytes() == (out / "briefing.pdf").read_bytes(), "reproducible"


def test_pdf_ua_1(tmp_path_factory):
    out = _variant(tmp_path_factory, "pdf/ua-1")
    pdf = pypdf.PdfReader(out / "briefing.pdf")
    xmp = pdf.trailer["/Root"]["/Metadata"].get_object().get_data().decode("utf-8")
    assert re.search(r'pdfuaid:part="?1', xmp)
    assert not pdf.attachments, "only PDF/A-3u carries the data"
    assert pdf.trailer["/Root"]["/ViewerPreferences"]["/Direction"] == "/R2L"


def test_notes_code_and_tables_stay_in_the_arabic_font(tmp_path):
    """``code`` in the editor's note is set in Amiri: a monospace fallback has no Arabic letters
    (WeasyPrint would pull in a system font, or draw no glyph, and break the joining)."""
    note = tmp_path / "note.md"
    note.write_text("راجع الحقل `الحصيلة النهائية` قبل النشر.\n\n"
                    "| المصدر | القتلى |\n|---|---|\n| الدفاع المدني | 24 |\n", encoding="utf-8")
    out = tmp_path / "out"
    p = build(out, "--from", DAY, "--to", DAY, "--formats", "pdf", "--notes", str(note))
    assert p.returncode == 0, p.stderr
    pdf = pypdf.PdfReader(out / "briefing.pdf")
    fonts = {str(f.get_object()["/BaseFont"]) for page in pdf.pages
             for f in page["/Resources"].get("/Font", {}).values()}
    assert fonts and all(re.fullmatch(r"/[A-Z]{6}\+Amiri(-Bold)?", f) for f in fonts), fonts
    words = _words(_poppler("pdftotext", str(out / "briefing.pdf"), "-"))
    assert _in_order(_words("راجع الحقل الحصيلة النهائية قبل النشر"), words, slack=2)
    assert _in_order(_words("الدفاع المدني 24"), words, slack=2)


def test_the_map_is_a_figure_of_the_opening_pages_and_the_places_are_an_appendix(reader, sample_out):
    """Places (issue 18): the map as a drawing on the first page of the briefing's content
    (after the cover and the contents), and the places index «الأماكن» at the end, with its
    bookmark and a row per place."""
    titles = list(_titles(reader.outline))
    assert titles[-1] == "الأماكن"
    title = _words("أماكن الأحداث")
    opening = [n for n in range(1, 5) if _in_order(title, _words(_page_text(sample_out / "briefing.pdf", n)))]
    assert opening, "the map's title is on one of the first pages"
    key_page = next(n for n in range(1, 6) if "أبرز التطورات" in " ".join(
        _page_text(sample_out / "briefing.pdf", n).split()) and n > 2)
    assert opening[0] <= key_page
    # the map is vector paths (country outlines, markers): that page draws much more than text
    drawn = len(reader.pages[opening[0] - 1].get_contents().get_data())
    assert drawn > 20_000, drawn
    last = _words(_page_text(sample_out / "briefing.pdf", _pages(sample_out / "briefing.pdf")))
    for word in _words("الأماكن المكان البلد الأيام حلب سوريا"):
        assert word in last, word


def test_the_csv_gives_each_events_place(sample_out):
    import csv as csv_module

    rows = list(csv_module.DictReader((sample_out / "events.csv").read_text(encoding="utf-8-sig").splitlines()))
    placed = [r for r in rows if r["place"]]
    assert placed and all(r["country"] and len(r["country"]) == 2 for r in placed)
    aleppo = next(r for r in placed if r["place"] == "حلب")
    assert abs(float(aleppo["lat"]) - 36.2) < 0.1 and abs(float(aleppo["lon"]) - 37.16) < 0.1
    assert any(not r["place"] and not r["lat"] for r in rows)


def test_markdown_entries_start_with_their_place(sample_out):
    md = (sample_out / "briefing.md").read_text(encoding="utf-8")
    assert "- **حلب، سوريا** — " in md
