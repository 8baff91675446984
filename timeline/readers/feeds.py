"""RSS and Atom files (feedparser): one article per entry.

The entry's own date (``published``, else ``updated``) is its publication
date, kept in the time zone the feed writes it in; the entry's HTML content
(or summary) becomes plain text, paragraph by paragraph.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from pathlib import Path
from typing import Iterator, Union

import feedparser
import lxml.html

from timeline.model import InputError
from timeline.readers.base import Document, Problem, ReadOptions, document_from_fields, register
from timeline.readers.dates import DateError, normalize_date
from timeline.readers.decode import decode

__all__ = ["read_feed", "html_to_text"]

_BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section", "article"}


def html_to_text(html: str) -> str:
    """The text of an HTML fragment, one paragraph a line."""
    if not html.strip():
        return ""
    if "<" not in html:
        return html.strip()
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    for el in root.iter():
        if el.tag in ("script", "style"):
            el.drop_tree()
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCKS:
            el.tail = "\n" + (el.tail or "")
    lines = (re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


def _looks_like_feed(head: bytes) -> bool:
    start = head[:2048].lower()
    return b"<rss" in start or b"<feed" in start or b"<rdf:rdf" in start


def _language(value: str | None) -> str | None:
    return value.split("-")[0].split("_")[0].lower() if value else None


def _entry_date(entry, where: str) -> str | None:
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if raw:
            try:
                return normalize_date(raw)
            except DateError:
                parsed = entry.get(f"{key}_parsed")
                if parsed:   # a format feedparser knows and we do not: its UTC reading
                    return dt.datetime.fromtimestamp(calendar.timegm(parsed), dt.timezone.utc).isoformat()
                raise InputError(f"{where}: entry date {raw!r} has an unknown format") from None
    return None


@register("feed", extensions=(".rss", ".atom", ".xml"), sniff=_looks_like_feed)
def read_feed(path: Path, data: bytes, options: ReadOptions) -> Iterator[Union[Document, Problem]]:
    decode(data, str(path))      # refuses empty, binary and undecodable files with a clear message
    feed = feedparser.parse(data)
    if not feed.entries:
        problem = f" ({feed.bozo_exception})" if feed.get("bozo") else ""
        raise InputError(f"{path}: no entries in this feed{problem}")
    channel = feed.feed
    for n, entry in enumerate(feed.entries, 1):
        where = f"{path}#{n}"
        html = ""
        if entry.get("content"):
            html = entry.content[0].get("value", "")
        html = html or entry.get("summary", "") or entry.get("description", "")
        text = html_to_text(html)
        if not text:
            yield Problem(where, "entry without text")
            continue
        try:
            published = _entry_date(entry, where)
        except InputError as exc:
            yield Problem(where, str(exc).removeprefix(f"{where}: "))
            continue
        fields = {"id": entry.get("id") or entry.get("link") or f"{path.stem}-{n}",
                  "published": published, "title": entry.get("title"), "source": channel.get("title"),
                  "url": entry.get("link"),
                  "language": _language(entry.get("language") or channel.get("language"))}
        try:
            yield document_from_fields({k: v for k, v in fields.items() if v}, text, where, str(path), "")
        except InputError as exc:
            yield Problem(where, str(exc).removeprefix(f"{where}: "))
