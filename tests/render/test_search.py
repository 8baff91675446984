"""The archive-wide search and ``serve``: a real ``generate.py serve`` process, its HTTP
server and its rebuilds, and the Pagefind index searched in Debian's chromium through
Playwright (nothing mocked: the search runs Pagefind's own script and WebAssembly)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from render_helpers import EPOCH, H, ROOT, SAMPLE, build, parse, text_of, with_class

from timeline.render.search import web_fold



class Served:
    def __init__(self, proc: subprocess.Popen, url: str) -> None:
        self.proc, self.url = proc, url

    def get(self, path: str) -> str:
        with urllib.request.urlopen(self.url + path, timeout=10) as r:
            return r.read().decode("utf-8")


def serve(folder: Path, *args: str):
    """``generate.py serve`` on a free port, in ``folder``; waits for its first build."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH}
    proc = subprocess.Popen([sys.executable, str(ROOT / "generate.py"), "serve", "-q", "--port", "0",
                             "--interval", "0.2", *args], cwd=folder, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    lines = []
    for line in proc.stdout:          # the build's summary, then where it serves
        lines.append(line)
        match = re.search(r"^serving .* at (http://[\d.]+:\d+/)timeline\.html", line)
        if match:
            return Served(proc, match.group(1))
    proc.kill()
    raise AssertionError(("".join(lines), proc.stderr.read()))


def stop(served: Served) -> None:
    served.proc.terminate()
    served.proc.wait(timeout=20)


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines(keepends=True)


def test_serve_builds_serves_and_builds_again_when_a_source_changes(tmp_path):
    src = tmp_path / "articles.jsonl"
    sample = _lines(SAMPLE)
    src.write_text("".join(sample[:2]), encoding="utf-8")
    served = serve(tmp_path, str(src), "-o", "site", "--formats", "html")
    try:
        page = served.get("timeline.html")
        assert "2 مقالان" in page or "مقالان" in page
        assert json.loads(served.get("pagefind/pagefind-entry.json"))["languages"]
        with src.open("a", encoding="utf-8") as fh:        # a third article arrives
            fh.write(sample[2])
        deadline = time.monotonic() + 90
        while "3 مقالات" not in served.get("timeline.html"):
            assert time.monotonic() < deadline, "no rebuild after the source changed"
            time.sleep(0.3)
        src.write_text("not json\n", encoding="utf-8")     # a broken source: the site stays
        time.sleep(2)
        assert "3 مقالات" in served.get("timeline.html")
        assert served.proc.poll() is None
    finally:
        stop(served)
    assert "not valid JSON" in served.proc.stderr.read()


def _words(page: Path) -> set[str]:
    """The folded words of a page's entries."""
    root = parse(page)
    return {w for e in with_class(root, "article", "entry") for w in web_fold(text_of(e)).split()}


@pytest.fixture(scope="module")
def paged_site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("site")
    served = serve(folder, "-o", "site", "--formats", "html", "--paginate", "month")
    yield folder / "site", served
    stop(served)


def test_a_search_finds_a_word_of_another_months_page_however_its_hamza_is_written(browser, paged_site):
    site, served = paged_site
    months = sorted(site.glob("timeline-*.html"))
    assert len(months) == 2
    october, december = months
    # a word with a hamza on its alef that only the October page holds, searched from December
    only = sorted(w for w in _words(october) - _words(december) if len(w) > 4)
    raw = {w: m.group(0) for m in re.finditer(r"\S*[أإآ]\S*", text_of(parse(october)))
           for w in [web_fold(m.group(0).strip("«».،:؛()"))] if w in only}
    word, spelled = sorted(raw.items())[0]
    spelled = spelled.strip("«».،:؛()")
    assert spelled != word
    pg = browser.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.goto(served.url + december.name)
    assert pg.is_visible("#archive-search form") and not pg.is_visible("#archive-search .search-note")
    for query in (spelled, word):          # as written, and with a bare alef
        pg.fill("#archive-search input[name=query]", query)
        pg.click("#archive-search button[type=submit]")
        pg.wait_for_function("document.querySelector('#archive-search .search-status').textContent.length > 1")
        links = [a.get_attribute("href") for a in pg.query_selector_all("#archive-search .search-results a")]
        assert links and all(link.startswith(october.name + "#") for link in links), (query, links)
    pg.click("#archive-search .search-results a")              # a result opens the entry on its page
    pg.wait_for_url(f"**/{october.name}#*")
    anchor = pg.url.split("#", 1)[1]
    assert word in web_fold(pg.inner_text(f"[id='{anchor}']"))
    assert errors == []
    pg.close()


def test_opened_from_a_file_the_page_says_search_needs_serving_and_keeps_its_filter(browser, tmp_path):
    out = tmp_path / "out"
    assert build(out, "--formats", "html").returncode == 0
    pg = browser.new_page()
    pg.goto((out / "timeline.html").as_uri())
    assert pg.is_visible("#archive-search .search-note")
    assert "arabic-timeline serve" in pg.inner_text("#archive-search .search-note")
    assert not pg.is_visible("#archive-search form")
    assert pg.is_visible("form#filters")                     # the page's own filter still works
    pg.fill("form#filters input[name=q]", "حلب")
    pg.wait_for_function("document.querySelectorAll('article.entry[hidden]').length > 0")
    pg.close()


def test_the_search_index_is_the_same_for_the_same_input(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    assert build(a, "--formats", "html").returncode == 0 and build(b, "--formats", "html").returncode == 0
    files = sorted(p.relative_to(a) for p in (a / "pagefind").rglob("*") if p.is_file())
    assert files and files == sorted(p.relative_to(b) for p in (b / "pagefind").rglob("*") if p.is_file())
    assert all((a / f).read_bytes() == (b / f).read_bytes() for f in files)
    index = parse(a / "timeline.html")
    assert json.loads(text_of(index.find(f".//{H}script[@id='fold-table']")))["replace"]["ا"] == "آأإٱ"


def test_a_failing_indexer_fails_the_build_in_one_line_and_keeps_the_site(tmp_path):
    """Pagefind's binary exits with an error (here: the real /bin/false in its place): the
    build says so in one line, exits 1, and the previous site stays as it was; without
    the index (--no-search) it builds."""
    out = tmp_path / "out"
    assert build(out, "--formats", "html").returncode == 0
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file() and ".cache" not in p.parts}
    p = build(out, "--formats", "html", "--title", "غيره", env={"PAGEFIND_BINARY_PATH": shutil.which("false")})
    assert p.returncode == 1
    [line] = p.stderr.strip().splitlines()
    assert "search index (Pagefind) failed (exit 1" in line and "search = false" in line
    after = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file() and ".cache" not in p.parts}
    assert after == before
    p = build(out, "--formats", "html", "--no-search", env={"PAGEFIND_BINARY_PATH": shutil.which("false")})
    assert p.returncode == 0, p.stderr
    assert not (out / "pagefind").exists() and "archive-search" not in (out / "timeline.html").read_text("utf-8")
