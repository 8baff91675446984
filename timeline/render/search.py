"""The archive-wide search: a static Pagefind index of every entry, built with the site.

Each entry of each page is one record: its words (the lead report, the other
reports shown, the outlets) folded by the ``[web_fold]`` table of the display
data, the same table the page's scripts fold a query with, so «إدلب» finds
«ادلب» and «مستشفى» finds «مستشفي»; its URL is the entry's anchor on its own
page. For the index each page is written, in a temporary folder, as a plain
page of its records (a heading with the entry's anchor, then its folded
words), so each entry is a sub-result of its page. The Pagefind binary (the
``pagefind[bin]`` package) indexes that folder; its bundle comes back as
outputs under ``pagefind/``, written with the rest of the site, atomically.
The binary runs as its own command (the package's service interface answers
a request per tenth of a second and waits for ever on a binary that died). Only
the search library and the index are kept, not Pagefind's ready-made UI: the
page has its own box (``assets/search.js``).
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

from timeline.io import Output
from timeline.model import InputError
from timeline.render.arabic import load_display

__all__ = ["SearchRecord", "web_fold", "fold_table", "records_of", "SearchIndex", "FOLDER"]

#: where the index goes in the output
FOLDER = "pagefind"
#: Pagefind's own interfaces, not used by the page
_UNUSED = re.compile(r"pagefind-(ui|modular-ui|component-ui|highlight)\.|playground/")
#: characters of an entry's text kept as its excerpt in the results
EXCERPT = 220


@dataclass(frozen=True)
class SearchRecord:
    url: str          # the entry on its page: timeline-2016-12.html#2016-12-08-3
    title: str        # the day's heading
    excerpt: str      # the start of the lead report, as written
    content: str      # what is searched, folded


@lru_cache(maxsize=1)
def fold_table() -> dict:
    """The ``[web_fold]`` table: what the page's scripts read (embedded in each page)."""
    table = load_display()["web_fold"]
    return {"drop": table["drop"], "replace": dict(sorted(table["replace"].items()))}


@lru_cache(maxsize=1)
def _folders() -> tuple[re.Pattern, tuple[tuple[re.Pattern, str], ...]]:
    table = fold_table()
    return (re.compile(f"[{table['drop']}]"),
            tuple((re.compile(f"[{re.escape(sources)}]"), target) for target, sources in table["replace"].items()))


def web_fold(text: str) -> str:
    """``text`` folded as the page folds a query (``assets/fold.js`` does the same in JavaScript)."""
    drop, replacements = _folders()
    text = drop.sub("", text)
    for pattern, target in replacements:
        text = pattern.sub(target, text)
    return text.lower()


def records_of(days: Iterable, page: str) -> list[SearchRecord]:
    """A record for each entry of ``days`` (DayViews) shown on ``page``."""
    out = []
    for d in days:
        for e in d.entries:
            lead = " ".join(s.text for ev in e.events for s in ev.segments)
            words = [lead, *(t for _, t in e.other_texts), *(s.outlet for s in e.sources),
                     *(o for o, _, _ in e.copy_outlets)]
            excerpt = lead if len(lead) <= EXCERPT else lead[:EXCERPT].rsplit(" ", 1)[0] + " …"
            out.append(SearchRecord(f"{page}#{e.anchor}", d.heading, excerpt, web_fold(" ".join(words))))
    return out


def _page_html(title: str, records: Sequence[SearchRecord]) -> str:
    """What the index reads of one page: each entry a heading with its anchor (the day and
    the start of the report, as written: what a result shows) and its folded words."""
    parts = [f'<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
             '</head><body><main data-pagefind-body>']
    for r in records:
        anchor = r.url.split("#", 1)[1]
        parts.append(f'<section><h2 id="{html.escape(anchor)}">{html.escape(r.title)} — {html.escape(r.excerpt)}</h2>'
                     f"<p>{html.escape(r.content)}</p></section>")
    parts.append("</main></body></html>")
    return "".join(parts)


#: seconds the Pagefind binary may take over the index before the build gives up
TIMEOUT = 600


def _index(site: Path, bundle: Path) -> None:
    """Index the pages in ``site`` into ``bundle`` with the Pagefind binary (its command
    line: one process that ends, so a failure is an exit status, never a wait)."""
    from pagefind.service import get_executable

    binary = get_executable()
    if binary is None:
        raise InputError("the search index needs the Pagefind binary (pip install 'pagefind[bin]'); "
                         "set search = false in the config to build without it")
    try:
        p = subprocess.run([str(binary), "--site", str(site), "--output-path", str(bundle),
                            "--force-language", "ar", "--silent"],
                           capture_output=True, text=True, timeout=TIMEOUT)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise InputError(f"the search index (Pagefind) failed: {exc}") from None
    if p.returncode != 0:
        why = (p.stderr or p.stdout).strip().splitlines()
        raise InputError(f"the search index (Pagefind) failed (exit {p.returncode}"
                         f"{': ' + why[-1] if why else ''}); set search = false in the config to build without it")


class SearchIndex:
    """The search index of a site, page by page: each page's records are written to a
    temporary folder as the page is rendered (an archive's records are never held
    whole), and ``outputs`` indexes the folder. Use as a context manager: the folder
    goes when the build is over, whatever happens."""

    def __init__(self) -> None:
        self._work = tempfile.TemporaryDirectory(prefix="timeline-search-")
        self.site = Path(self._work.name, "site")
        self.site.mkdir()
        self.pages = 0

    def __enter__(self) -> "SearchIndex":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._work.cleanup()

    def add(self, page: str, days: Iterable) -> None:
        """The entries of ``days`` (DayViews), shown on ``page``."""
        records = records_of(days, page)
        if records:
            (self.site / page).write_text(_page_html(records[0].title, records), encoding="utf-8")
            self.pages += 1

    def outputs(self) -> list[Output]:
        """The Pagefind bundle of the pages added, as outputs under ``pagefind/`` (deterministic)."""
        bundle = Path(self._work.name, "bundle")
        shutil.rmtree(bundle, ignore_errors=True)
        _index(self.site, bundle)
        return [Output(f"{FOLDER}/{p.relative_to(bundle).as_posix()}", p.read_bytes())
                for p in sorted(bundle.rglob("*")) if p.is_file() and not _UNUSED.search(p.name)]
