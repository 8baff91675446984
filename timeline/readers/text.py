"""A plain-text article whose publication date is given by the caller."""

from __future__ import annotations

from pathlib import Path

from timeline.model import Article, InputError

__all__ = ["read_text"]


def read_text(path: str | Path, published: str, article_id: str | None = None) -> Article:
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, expected a text file") from None
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{path}: looks like a binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    try:
        return Article(id=article_id or path.stem, published=published, text=text)
    except InputError as exc:
        raise InputError(f"{path}: {exc}") from None
