"""Every article named by a command's SOURCES: files, folders, globs, or ``-`` (stdin).

Reading goes in three steps:

1. each file is read by the reader its extension (or content) calls for;
   what cannot be read is a ``Problem`` naming the file, and the rest goes on;
2. each article gets its publication date, in this order: the source's
   metadata, ``--published``, the web page's own date, a dateline, and
   inference from the text's evidence within a period (``--around``, or the
   dates of the other articles of the same folder or feed); an article
   whose date stays open is left out with a problem listing its candidates;
3. checks: duplicate ids, dates in the future, over-long texts (cut, with a
   warning), language (metadata, else detected).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable, Iterator, Optional

from timeline.dating import find_dateline, infer_date
from timeline.manifest import MANIFEST, read_manifest
from timeline.model import Article, InputError, parse_published
from timeline.pipeline import with_head
from timeline.readers.base import Document, Period, Problem, ReadOptions, reader_for, READ_EXTENSIONS
from timeline.readers.jsonl import documents_from_lines
from timeline.readers.language import detect_language
from timeline.readers.text import parse_text
from timeline.temporal import Tagger
from timeline.text.hygiene import clean_field, clean_text, unsafe_url

__all__ = ["ReadResult", "read_sources", "stream_sources", "read_documents", "iter_documents", "iter_articles",
           "date_documents", "parse_period", "GROUP_MARGIN"]

#: days around the dates of an article's folder or feed in which its own date is sought
GROUP_MARGIN = 3


@dataclass
class ReadResult:
    articles: list[Article] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    files: int = 0

    @property
    def skipped(self) -> list[Problem]:
        return [p for p in self.problems if p.skipped]


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


def _truncate(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = max(text.rfind("\n", 0, limit), text.rfind(". ", 0, limit) + 1, text.rfind("۔", 0, limit) + 1)
    return text[: cut if cut > limit // 2 else limit].rstrip()


def iter_articles(items: Iterable[Document | Problem], options: ReadOptions, problems: list[Problem],
                  tagger: Optional[Tagger] = None) -> Iterator[tuple[int, Article]]:
    """Steps 2 and 3, streaming: (position, article) for each document that gets a date.

    Documents with a date of their own (metadata, --published, page, dateline) pass
    straight through; those that need inference wait until every document has been
    seen (the dates of their folder or feed are the period to look in). Problems are
    appended to ``problems`` as they are found.
    """
    tagger = tagger or Tagger()
    known: dict[str, list[dt.date]] = {}
    waiting: list[tuple[int, Document, str]] = []
    seen: dict[str, str] = {}
    position = -1
    for item in items:
        if isinstance(item, Problem):
            problems.append(item)
            continue
        position += 1
        doc = item
        language = (doc.language or detect_language(doc.text)).lower()
        if options.published and not doc.published:
            doc = replace(doc, published=options.published, published_source="given")
        if not doc.published:
            line = find_dateline(doc.text, language, tagger)
            if line is not None and line.date:
                doc = replace(doc, published=line.date, published_source="dateline")
        if not doc.published:
            waiting.append((position, doc, language))
            continue
        try:
            known.setdefault(doc.group, []).append(parse_published(doc.published))
        except InputError:
            pass
        article = _finish(doc, language, doc.published, doc.published_source, (), options, seen, problems, tagger)
        if article is not None:
            yield position, article
    for position, doc, language in waiting:
        window = options.around or _group_window(known.get(doc.group))
        if window is None:
            problems.append(Problem(doc.where, "no publication date, and no period to look for it in: give "
                                    "--published DATE, --around 2016-12, or a date in the article's metadata"))
            continue
        if language != "ar":
            problems.append(Problem(doc.where, f"no publication date ({language} text: only metadata, "
                                    "--published or a dateline date it); give --published DATE"))
            continue
        line = find_dateline(doc.text, language, tagger)
        result = infer_date(doc.text, window, tagger, line.weekday if line else None)
        if result.date is None:
            if result.candidates:
                shown = ", ".join(d.isoformat() for d in result.candidates[:8])
                more = f" and {len(result.candidates) - 8} more" if len(result.candidates) > 8 else ""
                problems.append(Problem(doc.where, f"publication date not certain: {len(result.candidates)} "
                                        f"days in {window} fit the text ({shown}{more}); give --published "
                                        "or a date in the metadata"))
            else:
                clash = " / ".join(result.conflicts) or "no day fits all of it"
                problems.append(Problem(doc.where, f"publication date: the text's evidence disagrees with itself "
                                        f"in {window} ({clash}: does not fit the rest); give --published or a "
                                        "date in the metadata"))
            continue
        article = _finish(doc, language, result.date.isoformat(), "inferred", result.evidence, options, seen,
                          problems, tagger)
        if article is not None:
            yield position, article


def _finish(doc: Document, language: str, published: str, how: Optional[str], evidence: tuple[str, ...],
            options: ReadOptions, seen: dict[str, str], problems: list[Problem],
            tagger: Optional[Tagger] = None) -> Optional[Article]:
    """The checks every article passes: a unique id, a real date not in the future, a sane length.
    Where the metadata has no title or source, the text's headline and credit give them."""
    doc_id = clean_field(doc.id, strict=True)
    if not doc_id:
        problems.append(Problem(doc.where, "the id is empty once control characters are removed; left out"))
        return None
    if doc_id in seen:
        problems.append(Problem(doc.where, f"duplicate id {doc_id!r} (first in {seen[doc_id]}); left out"))
        return None
    url = clean_field(doc.url, strict=False)
    if unsafe_url(doc.url):
        problems.append(Problem(doc.where, "the URL holds bidi or control characters: not kept as a link",
                                skipped=False))
        url = None
    text = clean_text(doc.text)
    if len(text) > options.max_chars:
        full = len(text)
        text = _truncate(text, options.max_chars)
        problems.append(Problem(doc.where, f"{full} characters: cut to {len(text)} "
                                f"(the limit is {options.max_chars})", skipped=False))
    try:
        article = Article(id=doc_id, published=published, text=text, language=language,
                          title=clean_field(doc.title) or None, source=clean_field(doc.source) or None, url=url,
                          published_source=how or "metadata", published_evidence=evidence)
    except InputError as exc:
        problems.append(Problem(doc.where, str(exc)))
        return None
    if options.latest is not None and article.dct > options.latest:
        problems.append(Problem(doc.where, f"publication date {published} is in the future"))
        return None
    seen[doc_id] = doc.where
    return with_head(article, tagger=tagger)


def date_documents(docs: list[Document], options: ReadOptions,
                   tagger: Optional[Tagger] = None) -> tuple[list[Article], list[Problem]]:
    """Steps 2 and 3 for a list of documents: articles in document order, and the problems."""
    problems: list[Problem] = []
    dated = sorted(iter_articles(docs, options, problems, tagger), key=lambda pa: pa[0])
    return [a for _, a in dated], problems


def _group_window(dates: Optional[list[dt.date]]) -> Optional[Period]:
    if not dates:
        return None
    margin = dt.timedelta(days=GROUP_MARGIN)
    return Period(min(dates) - margin, max(dates) + margin)


def read_sources(sources: Iterable[str], options: ReadOptions = ReadOptions(),
                 tagger: Optional[Tagger] = None) -> ReadResult:
    """Every article of ``sources`` in the order given (files in a folder by name)."""
    counter = [0]
    problems: list[Problem] = []
    dated = sorted(iter_articles(iter_documents(sources, options, counter), options, problems, tagger),
                   key=lambda pa: pa[0])
    return ReadResult([a for _, a in dated], problems, counter[0])


def stream_sources(sources: Iterable[str], options: ReadOptions, problems: list[Problem], counter: list,
                   tagger: Optional[Tagger] = None) -> Iterator[Article]:
    """The articles of ``sources`` as they are read (for archives too large to hold):
    undated ones that need inference come last. ``problems`` and ``counter[0]`` (files)
    are filled in as reading goes."""
    for _, article in iter_articles(iter_documents(sources, options, counter), options, problems, tagger):
        yield article
