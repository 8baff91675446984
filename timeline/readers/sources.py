"""Every document named by a command's SOURCES: files, folders, globs, or ``-`` (stdin).

Each file is read by the reader its extension (or content) calls for; what
cannot be read is a ``Problem`` naming the file, and the rest goes on. The
documents are dated, checked and made articles one layer up, once the
tagger can be used (``timeline.articles``).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
from pathlib import Path
from typing import Iterable, Iterator, Optional

from timeline.manifest import MANIFEST, read_manifest
from timeline.model import InputError
from timeline.readers.base import Document, Problem, ReadOptions, reader_for, READ_EXTENSIONS
from timeline.values import Period
from timeline.readers.jsonl import documents_from_lines
from timeline.readers.text import parse_text

__all__ = ["read_documents", "iter_documents", "parse_period"]

def parse_period(value: str) -> Period:
    """``--around``: 2016-12 (that month), 2016-12-01 (a month either side), or 2016-11-20..2016-12-20."""
    value = value.strip()
    try:
        if ".." in value:
            a, b = value.split("..", 1)
            start, end = dt.date.fromisoformat(a.strip()), dt.date.fromisoformat(b.strip())
        elif re.fullmatch(r"\d{4}-\d{2}", value):
            start = dt.date.fromisoformat(value + "-01")
            end = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        elif re.fullmatch(r"\d{4}", value):
            start, end = dt.date(int(value), 1, 1), dt.date(int(value), 12, 31)
        else:
            day = dt.date.fromisoformat(value)
            start, end = day - dt.timedelta(days=31), day + dt.timedelta(days=31)
    except ValueError:
        raise InputError(f"--around {value!r}: not a date, a month (2016-12) or a range (2016-11-20..2016-12-20)")\
            from None
    if end < start:
        raise InputError(f"--around {value!r}: the range ends before it starts")
    return Period(start, end)


def _expand(source: str) -> tuple[list[Path], list[Problem]]:
    """The files a source names, each once (by its real path), never following a
    symlink loop, without hidden files and without the outputs a build or the
    newsletter listed in its manifest (which are noted, not read)."""
    path = Path(source)
    if path.is_dir():
        known = READ_EXTENSIONS()
        files, notes = _walk(path, lambda p: p.suffix.lower() in known)
        if not files:
            notes.append(Problem(source, "no articles in this folder (known: " + ", ".join(sorted(known)) + ")"))
        return files, notes
    if path.is_file():
        return [path], []
    if any(ch in source for ch in "*?["):
        files, notes = _glob(source)
        if not files:
            notes.append(Problem(source, "no file matches this pattern"))
        return files, notes
    return [], [Problem(source, "no such file or folder")]


def _walk(root: Path, wanted) -> tuple[list[Path], list[Problem]]:
    """Files under ``root``: symlinks followed, each folder entered once (a link
    back up the tree is not followed again), each file once by its real path."""
    seen_dirs: set[tuple[int, int]] = set()
    seen: set[str] = set()
    files: list[Path] = []
    manifests: dict[Path, Optional[frozenset[str]]] = {}
    skipped: dict[Path, int] = {}
    for dirpath, dirnames, filenames in os.walk(root, followlinks=True):
        here = Path(dirpath)
        try:
            st = os.stat(here)
        except OSError:
            dirnames[:] = []
            continue
        if (st.st_dev, st.st_ino) in seen_dirs:
            dirnames[:] = []
            continue
        seen_dirs.add((st.st_dev, st.st_ino))
        kept_dirs = []
        for d in sorted(d for d in dirnames if not d.startswith(".")):
            owner = _listed_by_ancestor(here / d, root, manifests, folder=True)
            if owner is None:
                kept_dirs.append(d)
            else:
                skipped[owner] = skipped.get(owner, 0) + 1
        dirnames[:] = kept_dirs
        for name in sorted(filenames):
            f = here / name
            if name.startswith(".") or not wanted(f):
                continue
            owner = _listed_by_ancestor(f, root, manifests)
            if owner is not None:
                skipped[owner] = skipped.get(owner, 0) + 1
                continue
            real = os.path.realpath(f)
            if real in seen or not os.path.isfile(real):
                continue
            seen.add(real)
            files.append(f)
    return sorted(files), _skipped_notes(skipped)


def _skipped_notes(skipped: dict[Path, int]) -> list[Problem]:
    return [Problem(str(folder), f"skipped {n} output{'s' if n > 1 else ''} of an earlier build or newsletter "
                                 f"(listed in its {MANIFEST}), not articles", skipped=False)
            for folder, n in sorted(skipped.items())]


def _glob(source: str) -> tuple[list[Path], list[Problem]]:
    """A glob pattern: ``**`` does not go down symlinked folders (pathlib's rule, so
    no link loop can make it endless). A file named twice is read once
    (``iter_documents`` keeps the first of each real path)."""
    path = Path(source)
    parts = path.parts
    first = next(i for i, part in enumerate(parts) if any(ch in part for ch in "*?["))
    base = Path(*parts[:first]) if first else Path(".")
    pattern = "/".join(parts[first:])
    files: list[Path] = []
    manifests: dict[Path, Optional[frozenset[str]]] = {}
    skipped: dict[Path, int] = {}
    for f in sorted(base.glob(pattern)):
        rel = f.relative_to(base).parts if base != Path(".") else f.parts
        if any(p.startswith(".") for p in rel) or not f.is_file():
            continue
        owner = _listed_by_ancestor(f, base, manifests)
        if owner is not None:
            skipped[owner] = skipped.get(owner, 0) + 1
            continue
        files.append(f)
    return files, _skipped_notes(skipped)


def _listed_by_ancestor(path: Path, base: Path, cache: dict[Path, Optional[frozenset[str]]],
                        folder: bool = False) -> Optional[Path]:
    """The folder, from ``path``'s own up to ``base``, whose manifest lists ``path``
    (or a folder holding it) as one of its outputs, or None. Manifests are read
    once per folder (``cache``)."""
    top = path.parent
    while True:
        if top not in cache:
            cache[top] = read_manifest(top)
        listed = cache[top]
        if listed:
            rel = path.relative_to(top).as_posix()
            parts = rel.split("/")
            if (rel + "/" if folder else rel) in listed or \
                    any("/".join(parts[:k]) + "/" in listed for k in range(1, len(parts))):
                return top
        if top == base or top == top.parent or base not in top.parents:
            return None
        top = top.parent


def _stdin(options: ReadOptions) -> Iterable[Document | Problem]:
    text = sys.stdin.read()
    if text.lstrip().startswith("{"):
        yield from documents_from_lines(text.splitlines(), "<stdin>", "<stdin>")
    elif text.strip():
        yield parse_text(text, "<stdin>", "<stdin>", "stdin")
    else:
        yield Problem("<stdin>", "empty input")


#: JSON Lines files larger than this are read a line at a time
STREAM_BYTES = 16 << 20


def _stream_jsonl(path: Path) -> Iterator[Document | Problem]:
    """A large JSON Lines file, one line at a time (it must be UTF-8)."""
    with open(path, "rb") as fh:
        lines = []
        for number, raw in enumerate(fh, 1):
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                yield Problem(f"{path}:{number}", f"not UTF-8 text (byte {exc.start}); convert the file")
                line = ""
            lines.append(line)
            if len(lines) >= 256:
                yield from documents_from_lines(lines, str(path), str(path.parent), first=number - len(lines) + 1)
                lines = []
        if lines:
            yield from documents_from_lines(lines, str(path), str(path.parent), first=number - len(lines) + 1)


def iter_documents(sources: Iterable[str], options: ReadOptions, counter: Optional[list] = None
                   ) -> Iterator[Document | Problem]:
    """Step 1: every document the sources hold, and what could not be read, as they come."""
    read_already: set[str] = set()
    for source in sources:
        if source == "-":
            if counter is not None:
                counter[0] += 1
            yield from _stdin(options)
            continue
        paths, notes = _expand(source)
        yield from notes
        for path in paths:
            real = os.path.realpath(path)
            if real in read_already:
                continue     # named by two sources (a folder and a file in it): read once
            read_already.add(real)
            if counter is not None:
                counter[0] += 1
            try:
                if path.suffix.lower() in (".jsonl", ".ndjson") and path.stat().st_size > STREAM_BYTES:
                    yield from _stream_jsonl(path)
                    continue
                data = path.read_bytes()
                reader = reader_for(path, data[:4096])
                yield from reader.read(path, data, options)
            except InputError as exc:
                yield Problem(str(path), str(exc).removeprefix(f"{path}: "))
            except OSError as exc:
                yield Problem(str(path), f"cannot read ({exc.strerror})")


def read_documents(sources: Iterable[str], options: ReadOptions) -> tuple[list[Document], list[Problem], int]:
    counter = [0]
    docs: list[Document] = []
    problems: list[Problem] = []
    for item in iter_documents(sources, options, counter):
        (problems if isinstance(item, Problem) else docs).append(item)
    return docs, problems, counter[0]
