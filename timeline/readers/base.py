"""What every reader shares: the record it produces, the problems it reports, the registry.

A reader turns one file into ``Document`` records: an article's text and
metadata, its publication date when the file gives one (``published`` with
``published_source``), or none yet (the dating stage finds it). A new format
is one module that registers itself::

    @register("csv", extensions=(".csv", ".tsv"), sniff=looks_like_csv)
    def read_csv(path: Path, data: bytes, options: ReadOptions) -> Iterator[Document | Problem]:
        ...

Readers yield ``Problem`` records for what they skip (a bad row, an entry
without text) and go on; a problem that spoils the whole file is raised as
``InputError``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator, Optional, Union

from timeline.values import Period
from timeline.model import InputError

__all__ = ["Document", "Problem", "ReadOptions", "Period", "Reader", "register", "READERS", "reader_for",
           "READ_EXTENSIONS"]


@dataclass(frozen=True)
class Document:
    """An article as read, before its publication date is settled."""

    id: str
    text: str
    where: str                          # the file (and line or entry) it came from, for messages
    published: Optional[str] = None     # ISO date or date-time, as the source gives it
    published_source: Optional[str] = None
    title: Optional[str] = None
    source: Optional[str] = None
    url: Optional[str] = None
    language: Optional[str] = None
    group: str = ""                     # the folder or feed it belongs to (for date hints)


@dataclass(frozen=True)
class Problem:
    where: str
    message: str
    #: True: the article (or file) was left out; False: kept, with a warning
    skipped: bool = True

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass(frozen=True)
class ReadOptions:
    #: --around: the period publication dates are inferred in
    around: Optional[Period] = None
    #: --published: the date of every article whose source gives none
    published: Optional[str] = None
    #: CSV column names: our field -> the file's header
    columns: dict = field(default_factory=dict)
    #: longer articles are cut (at a paragraph or sentence end) and a warning says so
    max_chars: int = 200_000
    #: publication dates after this are refused (None: no check)
    latest: Optional[dt.date] = None


ReadFunction = Callable[[Path, bytes, ReadOptions], Iterator[Union[Document, Problem]]]


@dataclass(frozen=True)
class Reader:
    name: str
    extensions: tuple[str, ...]
    read: ReadFunction
    sniff: Optional[Callable[[bytes], bool]] = None


READERS: list[Reader] = []


def register(name: str, extensions: tuple[str, ...], sniff: Optional[Callable[[bytes], bool]] = None):
    def wrap(fn: ReadFunction) -> ReadFunction:
        READERS.append(Reader(name, extensions, fn, sniff))
        return fn
    return wrap


def _loaded() -> None:
    # the reader modules register themselves on import
    from timeline.readers import feeds, jsonl, tabular, text, webpage  # noqa: F401


def reader_for(path: Path, head: bytes) -> Reader:
    """The reader for a file: by extension, and by content when the extension
    is unknown or says XML (an RSS or Atom feed, or an XHTML page)."""
    _loaded()
    suffix = path.suffix.lower()
    by_ext = [r for r in READERS if suffix in r.extensions]
    if len(by_ext) == 1 and suffix not in (".xml",):
        return by_ext[0]
    for r in READERS:
        if r.sniff is not None and r.sniff(head):
            return r
    if by_ext:
        return by_ext[0]
    if not suffix:                 # no extension at all: plain text, if it is text
        return next(r for r in READERS if r.name == "text")
    raise InputError(f"{path}: unknown format (known: {', '.join(sorted(READ_EXTENSIONS()))})")


def READ_EXTENSIONS() -> set[str]:  # noqa: N802 - reads like the constant it stands for
    _loaded()
    return {e for r in READERS for e in r.extensions}


_TEXT_FIELDS = ("title", "source", "url", "language")


def document_from_fields(fields: dict, text: str, where: str, group: str, default_id: str,
                         published_source: str = "metadata") -> Document:
    """A Document from metadata fields (front matter, a JSON record, a CSV row).

    ``published`` is normalised (ISO); a bad one raises InputError naming ``where``.
    """
    from timeline.readers.dates import DateError, normalize_date

    raw_id = fields.get("id", default_id)
    if not isinstance(raw_id, (str, int)) or isinstance(raw_id, bool) or not str(raw_id).strip():
        raise InputError(f"{where}: id must be a non-empty string")
    published = fields.get("published")
    if published in (None, ""):
        published, published_source = None, None
    else:
        try:
            published = normalize_date(published)
        except DateError as exc:
            raise InputError(f"{where}: {exc}") from None
    extra = {}
    for key in _TEXT_FIELDS:
        value = fields.get(key)
        if value is None or value == "":
            continue
        if not isinstance(value, str):
            raise InputError(f"{where}: {key} must be text, not {type(value).__name__}")
        extra[key] = value.strip()
    return Document(id=str(raw_id).strip(), text=text, where=where, published=published,
                    published_source=published_source, group=group, **extra)
