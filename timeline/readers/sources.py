"""Reading every article named by a command's SOURCES arguments."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Iterable

from timeline.model import Article, InputError
from timeline.readers.jsonl import read_jsonl, read_jsonl_lines

__all__ = ["read_sources"]


def read_sources(sources: Iterable[str]) -> list[Article]:
    """Articles from JSON Lines files, folders of them, or ``-`` (stdin).

    Ids must be unique across all sources; the order is the order given
    (files in a folder by name).
    """
    articles: list[Article] = []
    for source in sources:
        if source == "-":
            articles.extend(a for a, _ in read_jsonl_lines(sys.stdin, "<stdin>"))
            continue
        path = Path(source)
        if path.is_dir():
            files = sorted(path.glob("*.jsonl"))
            if not files:
                raise InputError(f"{path}: no .jsonl files in this folder")
            for f in files:
                articles.extend(read_jsonl(f))
        else:
            articles.extend(read_jsonl(path))
    seen: dict[str, str] = {}
    for a in articles:
        if a.id in seen:
            raise InputError(f"duplicate document id {a.id!r}")
        seen[a.id] = a.id
    return articles
