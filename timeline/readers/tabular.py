"""CSV and TSV files with a header row: one article a row.

Columns are matched by name: id, text, published, title, source, url,
language, and common other names for them (body, content, date ...), or the
names given with ``--columns text=body,published=date``.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Iterator, Union

from timeline.model import InputError
from timeline.readers.base import Document, Problem, ReadOptions, document_from_fields, register
from timeline.readers.decode import decode

__all__ = ["read_csv", "COLUMN_NAMES"]

#: our field -> header names that mean it (compared without case)
COLUMN_NAMES = {
    "id": ("id", "doc", "doc_id", "guid", "identifier"),
    "text": ("text", "body", "content", "article", "article_text", "النص"),
    "published": ("published", "date", "pubdate", "pub_date", "published_at", "datetime", "التاريخ"),
    "title": ("title", "headline", "العنوان"),
    "source": ("source", "outlet", "publisher", "site", "المصدر"),
    "url": ("url", "link", "href"),
    "language": ("language", "lang"),
}
csv.field_size_limit(50_000_000)


def _mapping(header: list[str], options: ReadOptions, where: str) -> dict[str, str]:
    lower = {h.strip().lower(): h for h in header}
    mapping = {}
    for ours, names in COLUMN_NAMES.items():
        wanted = options.columns.get(ours)
        if wanted is not None:
            if wanted.strip().lower() not in lower:
                raise InputError(f"{where}: no column {wanted!r} (for {ours}); the header has {', '.join(header)}")
            mapping[ours] = lower[wanted.strip().lower()]
            continue
        for name in names:
            if name in lower:
                mapping[ours] = lower[name]
                break
    if "text" not in mapping:
        raise InputError(f"{where}: no text column (name it text, or say which with --columns text=NAME)")
    return mapping


@register("csv", extensions=(".csv", ".tsv"))
def read_csv(path: Path, data: bytes, options: ReadOptions) -> Iterator[Union[Document, Problem]]:
    text = decode(data, str(path))
    if text.startswith("\ufeff"):
        text = text[1:]
    if path.suffix.lower() == ".tsv":
        dialect: type[csv.Dialect] | csv.Dialect = csv.excel_tab
    else:
        try:
            dialect = csv.Sniffer().sniff(text[:8192], delimiters=",;\t|")
        except csv.Error:
            dialect = csv.excel
    rows = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        header = next(rows)
    except StopIteration:
        raise InputError(f"{path}: empty file") from None
    except csv.Error as exc:
        raise InputError(f"{path}: not a CSV file ({exc})") from None
    mapping = _mapping(header, options, str(path))
    index = {h: i for i, h in enumerate(header)}
    while True:
        try:
            row = next(rows)
        except StopIteration:
            break
        except csv.Error as exc:
            yield Problem(f"{path}:{rows.line_num}", f"unreadable row ({exc})")
            continue
        where = f"{path}:{rows.line_num}"
        if not any(cell.strip() for cell in row):
            continue
        fields = {ours: row[index[col]] for ours, col in mapping.items() if index[col] < len(row)}
        body = fields.pop("text", "")
        if not body.strip():
            yield Problem(where, "no article text")
            continue
        try:
            yield document_from_fields(fields, body, where, str(path.parent), f"{path.stem}-{rows.line_num}")
        except InputError as exc:
            yield Problem(where, str(exc).removeprefix(f"{where}: "))
