"""JSON Lines documents: ``{"id", "published", "text", ...}`` one per line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import IO, Any, Iterator

from timeline.model import Article, InputError

__all__ = ["read_jsonl", "read_jsonl_lines", "article_from_record"]

_OPTIONAL = ("language", "title", "source", "url")


def article_from_record(record: Any, where: str) -> Article:
    if not isinstance(record, dict):
        raise InputError(f"{where}: expected a JSON object, got {type(record).__name__}")
    for key in ("id", "published", "text"):
        if key not in record:
            raise InputError(f"{where}: missing field {key!r}")
    if not isinstance(record["text"], str):
        raise InputError(f"{where}: field 'text' must be a string")
    if not isinstance(record["id"], (str, int)):
        raise InputError(f"{where}: field 'id' must be a string")
    extra = {k: record[k] for k in _OPTIONAL if isinstance(record.get(k), str)}
    try:
        return Article(id=str(record["id"]), published=record["published"],
                       text=record["text"], **extra)
    except InputError as exc:
        raise InputError(f"{where}: {exc}") from None


def read_jsonl_lines(lines: IO[str] | list[str], name: str) -> Iterator[tuple[Article, dict]]:
    """Articles and their raw records from JSON lines; errors name ``name:line``."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}: not valid JSON ({exc.msg})") from None
        yield article_from_record(record, where), record


def read_jsonl(path: str | Path) -> list[Article]:
    path = Path(path)
    try:
        with path.open(encoding="utf-8-sig") as fh:
            return [article for article, _ in read_jsonl_lines(fh, str(path))]
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, expected a .jsonl file") from None
