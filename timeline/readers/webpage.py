"""Saved web pages: the article's text with trafilatura, its date with htmldate.

htmldate reads the page's own publication date (meta tags, structured data,
time elements, the URL), never the dates in the story: ``extensive_search``
is off, so a date mentioned in the text is not taken for the page's.

Neither library ever gets something it could take for an address: htmldate
downloads a *string* that starts with ``http`` and has no blank, so it is
given the page parsed, never the text (a page is data, and reading it makes
no request).
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterator, Union

from timeline.model import InputError
from timeline.readers.base import Document, Problem, ReadOptions, register
from timeline.readers.decode import decode

__all__ = ["read_page"]


def _looks_like_html(head: bytes) -> bool:
    start = head[:2048].lower()
    return b"<html" in start or b"<!doctype html" in start


def _page_date(htmldate, html: str) -> str | None:
    """The page's own date, read from its parsed tree (no download, whatever the text)."""
    import lxml.html

    try:
        tree = lxml.html.document_fromstring(html.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8"))
    except (ValueError, lxml.etree.ParserError):
        return None
    try:
        return htmldate.find_date(tree, extensive_search=False, original_date=True, outputformat="%Y-%m-%d",
                                  min_date="1990-01-01", verbose=False)
    except ValueError:   # a date htmldate cannot hold
        return None


@register("html", extensions=(".html", ".htm", ".xhtml"), sniff=_looks_like_html)
def read_page(path: Path, data: bytes, options: ReadOptions) -> Iterator[Union[Document, Problem]]:
    import htmldate       # imported here: a quarter of a second that only HTML pages need
    import trafilatura

    html = decode(data, str(path))
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False,
                                      favor_precision=True)
    text = (doc.text if doc is not None else "") or ""
    if not text.strip():
        raise InputError(f"{path}: no article text found in this page")
    published = _page_date(htmldate, html)
    language = (doc.language or "").split("-")[0] or None if doc is not None else None
    yield Document(
        id=path.stem, text=text, where=str(path), published=published,
        published_source="page" if published else None,
        title=(doc.title or None) if doc is not None else None,
        source=(doc.sitename or None) if doc is not None else None,
        url=(doc.url or None) if doc is not None else None,
        language=language, group=str(path.parent),
    )
