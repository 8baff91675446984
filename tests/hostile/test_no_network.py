"""Reading never touches the network: a saved page whose bytes look like a URL
is read as the page it is, and a server on 127.0.0.1 sees no request."""

from __future__ import annotations

import http.server
import threading

import pytest

from timeline.articles import read_sources
from timeline.readers import ReadOptions

NBSP = "\u00a0"
WORDS = NBSP.join(["قال", "الدفاع", "المدني", "في", "حلب", "إن", "24", "شخصا", "قتلوا", "أمس", "في", "قصف",
                   "على", "الأحياء", "الشرقية", "من", "المدينة", "المحاصرة", "منذ", "أشهر", "طويلة."])
REMOTE_PAGE = (b"<html><head><meta property='article:published_time' content='2001-01-01'></head>"
               b"<body><article><p>remote page</p></article></body></html>")


@pytest.fixture()
def server():
    seen: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (the stdlib's name)
            seen.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(REMOTE_PAGE)

        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", seen
    finally:
        httpd.shutdown()
        httpd.server_close()


def _page(url: str) -> str:
    """A saved page that starts with a URL and has no ASCII blank (its words joined by U+00A0)."""
    body = "".join(f"<p>{WORDS}</p>" for _ in range(3))
    return f"{url}<html><body><article>{body}</article></body></html>"


@pytest.mark.parametrize("name", ["page.html", "page.htm", "page.xhtml", "story.txt", "note.md", "feed.xml", "feed.rss",
                                  "items.jsonl", "rows.csv", "no-extension"])
def test_text_that_looks_like_a_url_is_not_fetched(tmp_path, server, name):
    base, seen = server
    f = tmp_path / name
    f.write_text(_page(f"{base}/a"), encoding="utf-8")
    result = read_sources([str(f)], ReadOptions(published="2016-12-13"))
    assert seen == []
    for a in result.articles:
        assert a.published != "2001-01-01"
        assert a.published_source != "page"


def test_a_page_whose_url_answers_404_is_one_problem_at_most(tmp_path):
    # a closed port: a fetch would fail; reading must not try it, nor end in a traceback
    f = tmp_path / "p.html"
    f.write_text(_page("http://127.0.0.1:9/x"), encoding="utf-8")
    result = read_sources([str(f)], ReadOptions(published="2016-12-13"))
    for a in result.articles:
        assert a.published_source != "page"
