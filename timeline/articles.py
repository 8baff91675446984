"""Articles from sources: every document the readers find, dated and checked.

Reading goes in three steps:

1. each file is read by the reader its extension (or content) calls for
   (``timeline.readers``); what cannot be read is a ``Problem`` naming the
   file, and the rest goes on;
2. each article gets its publication date, in this order: the source's
   metadata, ``--published``, the web page's own date, a dateline, and
   inference from the text's evidence within a period (``--around``, or the
   dates of the other articles of the same folder or feed); an article
   whose date stays open is left out with a problem listing its candidates;
3. checks: duplicate ids, dates in the future, over-long texts (cut, with a
   warning), language (metadata, else detected).

Steps 2 and 3 read the text with the tagger (datelines, inference, the
headline and credit), so this module sits above tagging, beside the
per-article pipeline: the readers below it know nothing of dates in text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Callable, Iterable, Iterator, Optional

from timeline.dating import find_dateline, infer_date
from timeline.dating.dateline import Head, read_head
from timeline.model import Article, InputError, parse_published
from timeline.pipeline import with_head
from timeline.readers.base import Document, Problem, ReadOptions
from timeline.readers.language import detect_language
from timeline.readers.sources import iter_documents
from timeline.temporal import Tagger
from timeline.text.hygiene import clean_field, clean_text, unsafe_url
from timeline.values import Period

__all__ = ["ReadResult", "read_sources", "stream_sources", "iter_articles", "date_documents", "GROUP_MARGIN"]


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


def _truncate(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = max(text.rfind("\n", 0, limit), text.rfind(". ", 0, limit) + 1, text.rfind("۔", 0, limit) + 1)
    return text[: cut if cut > limit // 2 else limit].rstrip()


#: the heads (headline, credit, dateline) of the latest texts read are kept, so that other
#: outlets' copies of an article are not read again
HEADS_KEPT = 1024


def iter_articles(items: Iterable[Document | Problem], options: ReadOptions, problems: list[Problem],
                  tagger: Optional[Tagger] = None) -> Iterator[tuple[int, Article]]:
    """Steps 2 and 3, streaming: (position, article) for each document that gets a date.

    Documents with a date of their own (metadata, --published, page, dateline) pass
    straight through; those that need inference wait until every document has been
    seen (the dates of their folder or feed are the period to look in). Problems are
    appended to ``problems`` as they are found.
    """
    known: dict[str, list[dt.date]] = {}
    waiting: list[tuple[int, Document, str]] = []
    seen: dict[str, str] = {}
    heads = lru_cache(maxsize=HEADS_KEPT)(read_head)      # read_head of the run's latest texts
    position = -1
    for item in items:
        if isinstance(item, Problem):
            problems.append(item)
            continue
        position += 1
        if tagger is None:
            tagger = Tagger()     # built for the first document: a run that reads none never compiles it
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
        article = _finish(doc, language, doc.published, doc.published_source, (), options, seen, problems, tagger,
                          heads)
        if article is not None:
            yield position, article
    for position, doc, language in waiting:
        assert tagger is not None
        window = options.around or _group_window(known.get(doc.group))
        if window is None:
            problems.append(Problem(doc.where, "no publication date, and no period to look for it in: give "
                                    "--published DATE, --around 2016-12, or a date in the article's metadata"))
            continue
        if language != tagger.pack.lang:       # inference reads the text with the tagger's pack
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
                          problems, tagger, heads)
        if article is not None:
            yield position, article


def _finish(doc: Document, language: str, published: str, how: Optional[str], evidence: tuple[str, ...],
            options: ReadOptions, seen: dict[str, str], problems: list[Problem],
            tagger: Tagger, heads: Callable[[str, str, Tagger], Head]) -> Optional[Article]:
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
    return with_head(article, heads(article.text, article.language, tagger))


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
