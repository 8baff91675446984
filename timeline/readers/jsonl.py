"""JSON Lines documents: ``{"id", "published", "text", ...}`` one per line."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import IO, Any, Iterator, Optional, Union

from timeline.model import Article, InputError
from timeline.readers.base import Document, Problem, ReadOptions, document_from_fields, register
from timeline.readers.decode import decode

__all__ = ["read_jsonl", "read_jsonl_lines", "article_from_record", "read_jsonl_file", "documents_from_lines"]

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


def _records(lines, name: str, first: int = 1) -> Iterator[tuple[str, Any, Optional[str]]]:
    """(where, record, error) for each non-blank line (numbered from ``first``)."""
    for number, line in enumerate(lines, first):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            yield where, parse_json(line), None
        except InputError as exc:
            yield where, None, str(exc)


#: a surrogate half (U+D800-U+DFFF), raw (stdin read with surrogateescape) or as a \u
#: escape: where the text has none, its parsed value has none either
_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]|[\ud800-\udfff]")


def parse_json(text: str) -> Any:
    """JSON that cannot take the run down: too deep a nesting, a number of more
    digits than Python converts, or a lone surrogate (text no file can hold)
    is an :class:`InputError`, as is invalid JSON."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON ({exc.msg} at line {exc.lineno})") from None
    except RecursionError:
        raise InputError("not readable JSON (nested too deeply)") from None
    except ValueError as exc:    # int() refuses over 4300 digits
        raise InputError(f"not readable JSON ({str(exc).split(';')[0]})") from None
    if _SURROGATE.search(text) is None:
        return value
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise InputError("a string holds a lone surrogate (\\ud800-\\udfff), which is not text") from None
    except (RecursionError, ValueError):
        raise InputError("not readable JSON (nested too deeply)") from None
    return value


def read_jsonl_lines(lines: IO[str] | list[str], name: str) -> Iterator[tuple[Article, dict]]:
    """Articles and their raw records from JSON lines, every field required (gold files);
    the first error stops, naming ``name:line``."""
    for where, record, error in _records(lines, name):
        if error:
            raise InputError(f"{where}: {error}")
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


def _looks_like_jsonl(head: bytes) -> bool:
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith((b"{", b"[{"))


@register("jsonl", extensions=(".jsonl", ".ndjson", ".json"), sniff=_looks_like_jsonl)
def read_jsonl_file(path: Path, data: bytes, options: ReadOptions) -> Iterator[Union[Document, Problem]]:
    """Records in the spec's document form, one a line (or a JSON array of them in a .json
    file); ``published`` may be missing (found later)."""
    text = decode(data, str(path))
    if text.lstrip().startswith("["):
        try:
            records = parse_json(text)
        except InputError as exc:
            raise InputError(f"{path}: {exc}") from None
        if not isinstance(records, list):
            raise InputError(f"{path}: not a JSON array of records")
        lines = [json.dumps(r, ensure_ascii=False) for r in records]
    else:
        lines = text.splitlines()
    yield from documents_from_lines(lines, str(path), str(path.parent))


def documents_from_lines(lines, name: str, group: str, first: int = 1) -> Iterator[Union[Document, Problem]]:
    """Documents from JSON lines; a bad line is a Problem and the rest goes on."""
    for where, record, error in _records(lines, name, first):
        if error:
            yield Problem(where, error)
            continue
        if not isinstance(record, dict):
            yield Problem(where, f"expected a JSON object, got {type(record).__name__}")
            continue
        text = record.get("text")
        if not isinstance(text, str) or not text.strip():
            yield Problem(where, "no article text (field 'text')")
            continue
        try:
            yield document_from_fields(record, text, where, group, f"{Path(name).stem}-{where.rsplit(':', 1)[1]}")
        except InputError as exc:
            yield Problem(where, str(exc).removeprefix(f"{where}: "))
