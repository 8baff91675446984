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
import glob
import re
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable, Optional

from timeline.dating import find_dateline, infer_date
from timeline.model import Article, InputError, parse_published
from timeline.readers.base import Document, Period, Problem, ReadOptions, reader_for, READ_EXTENSIONS
from timeline.readers.jsonl import documents_from_lines
from timeline.readers.language import detect_language
from timeline.readers.text import parse_text
from timeline.temporal import Tagger

__all__ = ["ReadResult", "read_sources", "read_documents", "date_documents", "parse_period", "GROUP_MARGIN"]

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


def _expand(source: str) -> tuple[list[Path], Optional[Problem]]:
    path = Path(source)
    if path.is_dir():
        known = READ_EXTENSIONS()
        files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in known
                       and not any(part.startswith(".") for part in p.relative_to(path).parts))
        if not files:
            return [], Problem(source, "no articles in this folder (known: " + ", ".join(sorted(known)) + ")")
        return files, None
    if path.is_file():
        return [path], None
    if any(ch in source for ch in "*?["):
        files = sorted(Path(p) for p in glob.glob(source, recursive=True) if Path(p).is_file())
        if not files:
            return [], Problem(source, "no file matches this pattern")
        return files, None
    return [], Problem(source, "no such file or folder")


def _stdin(options: ReadOptions) -> Iterable[Document | Problem]:
    text = sys.stdin.read()
    if text.lstrip().startswith("{"):
        yield from documents_from_lines(text.splitlines(), "<stdin>", "<stdin>")
    elif text.strip():
        yield parse_text(text, "<stdin>", "<stdin>", "stdin")
    else:
        yield Problem("<stdin>", "empty input")


def read_documents(sources: Iterable[str], options: ReadOptions) -> tuple[list[Document], list[Problem], int]:
    """Step 1: every document the sources hold, and what could not be read."""
    docs: list[Document] = []
    problems: list[Problem] = []
    files = 0
    for source in sources:
        if source == "-":
            files += 1
            for item in _stdin(options):
                (problems if isinstance(item, Problem) else docs).append(item)
            continue
        paths, problem = _expand(source)
        if problem:
            problems.append(problem)
        for path in paths:
            files += 1
            try:
                data = path.read_bytes()
                reader = reader_for(path, data[:4096])
                for item in reader.read(path, data, options):
                    (problems if isinstance(item, Problem) else docs).append(item)
            except InputError as exc:
                problems.append(Problem(str(path), str(exc).removeprefix(f"{path}: ")))
            except OSError as exc:
                problems.append(Problem(str(path), f"cannot read ({exc.strerror})"))
    return docs, problems, files


def _truncate(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = max(text.rfind("\n", 0, limit), text.rfind(". ", 0, limit) + 1, text.rfind("۔", 0, limit) + 1)
    return text[: cut if cut > limit // 2 else limit].rstrip()


def date_documents(docs: list[Document], options: ReadOptions,
                   tagger: Optional[Tagger] = None) -> tuple[list[Article], list[Problem]]:
    """Steps 2 and 3: a publication date for each document, and the checks."""
    tagger = tagger or Tagger()
    problems: list[Problem] = []
    staged: list[tuple[Document, str]] = []      # (document, language)
    for doc in docs:
        language = (doc.language or detect_language(doc.text)).lower()
        if options.published and not doc.published:
            doc = replace(doc, published=options.published, published_source="given")
        if not doc.published:
            line = find_dateline(doc.text, language, tagger)
            if line is not None and line.date:
                doc = replace(doc, published=line.date, published_source="dateline")
        staged.append((doc, language))

    # the dated documents of each folder or feed hint at the period of the others
    known: dict[str, list[dt.date]] = {}
    for doc, _ in staged:
        if doc.published:
            try:
                known.setdefault(doc.group, []).append(parse_published(doc.published))
            except InputError:
                pass

    articles: list[Article] = []
    seen: dict[str, str] = {}
    for doc, language in staged:
        evidence: tuple[str, ...] = ()
        published, how = doc.published, doc.published_source
        if not published:
            window = options.around or _group_window(known.get(doc.group))
            if window is None:
                problems.append(Problem(doc.where, "no publication date, and no period to look for it in: give "
                                        "--published DATE, --around 2016-12, or a date in the article's metadata"))
                continue
            line = find_dateline(doc.text, language, tagger) if language == "ar" else None
            if language != "ar":
                problems.append(Problem(doc.where, f"no publication date ({language} text: only metadata, "
                                        "--published or a dateline date it); give --published DATE"))
                continue
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
            published, how, evidence = result.date.isoformat(), "inferred", result.evidence
        if doc.id in seen:
            problems.append(Problem(doc.where, f"duplicate id {doc.id!r} (first in {seen[doc.id]}); left out"))
            continue
        text = doc.text
        if len(text) > options.max_chars:
            text = _truncate(text, options.max_chars)
            problems.append(Problem(doc.where, f"{len(doc.text)} characters: cut to {len(text)} "
                                    f"(the limit is {options.max_chars})", skipped=False))
        try:
            article = Article(id=doc.id, published=published, text=text, language=language, title=doc.title,
                              source=doc.source, url=doc.url, published_source=how or "metadata",
                              published_evidence=evidence)
        except InputError as exc:
            problems.append(Problem(doc.where, str(exc)))
            continue
        if options.latest is not None and article.dct > options.latest:
            problems.append(Problem(doc.where, f"publication date {published} is in the future"))
            continue
        seen[doc.id] = doc.where
        articles.append(article)
    return articles, problems


def _group_window(dates: Optional[list[dt.date]]) -> Optional[Period]:
    if not dates:
        return None
    margin = dt.timedelta(days=GROUP_MARGIN)
    return Period(min(dates) - margin, max(dates) + margin)


def read_sources(sources: Iterable[str], options: ReadOptions = ReadOptions(),
                 tagger: Optional[Tagger] = None) -> ReadResult:
    docs, problems, files = read_documents(sources, options)
    articles, more = date_documents(docs, options, tagger)
    return ReadResult(articles, problems + more, files)
