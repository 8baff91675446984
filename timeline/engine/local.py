"""Extraction on this machine: in-process, or in ``jobs`` worker processes.

Workers do the whole per-article job (tagging, placement, and turning the
result into the store's compressed rows), so the parent only writes rows:
the work divides across cores instead of queueing on the parent. Results
are stored in input order, so any number of jobs gives the same store.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import OrderedDict
from dataclasses import dataclass, replace
from typing import Callable, Iterable, Iterator, Optional, Sequence, TypeVar

from timeline.model import Article
from timeline.pipeline import Extraction, copy_for, extract, same_content
from timeline.store.extractions import ExtractionStore, Rows, article_key, rows_of
from timeline.temporal import Tagger

__all__ = ["ExtractStats", "extract_into", "extract_each", "extract_reusing", "default_jobs", "BATCH", "REUSE"]

#: articles handed to the workers at a time (bounds the memory of results in flight)
BATCH = 512

#: the fewest articles worth a worker process of their own (``extract_each``)
PER_JOB = 20

#: the latest extractions each process keeps, so that another outlet's copy of an article
#: (the same text, date and language) is not extracted again
REUSE = 1024

_tagger: Optional[Tagger] = None
_recent: "OrderedDict[tuple[str, str, str], Extraction]" = OrderedDict()
#: the store's rows of those extractions, for the rows of their copies
_rows: dict[tuple[str, str, str], Rows] = {}


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def _init() -> None:
    global _tagger
    _tagger = Tagger()
    _recent.clear()
    _rows.clear()


def extract_reusing(article: Article) -> Extraction:
    """The article's extraction, or, for a copy of one of the process's latest ``REUSE``
    articles, that one's under this article's id and metadata (``copy_for``)."""
    content = same_content(article)
    done = _recent.get(content)
    if done is not None:
        _recent.move_to_end(content)
        return copy_for(done, article)
    ex = extract(article, _tagger)
    _recent[content] = ex
    if len(_recent) > REUSE:
        gone, _ = _recent.popitem(last=False)
        _rows.pop(gone, None)
    return ex


T = TypeVar("T")


def _pool(jobs: int):
    """``jobs`` worker processes, each with its own tagger (forked where the system can)."""
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    return context.Pool(jobs, initializer=_init)


def _chunk(items: int, jobs: int) -> int:
    """Items handed to a worker at a time: about four hand-outs per worker."""
    return max(1, items // (jobs * 4))


def _work(item: tuple[str, Article]) -> Rows:
    key, article = item
    content = same_content(article)
    like = _rows.get(content)
    rows = rows_of(key, extract_reusing(article), like)
    if like is None and content in _recent:
        _rows[content] = rows
    return rows


@dataclass(frozen=True)
class ExtractStats:
    articles: int
    extracted: int
    reused: int
    #: every article read, without its text (what the pages show about it)
    meta: tuple[Article, ...] = ()


def _batches(articles: Iterable[Article], store: ExtractionStore):
    """(batch to extract, articles of the batch) in input order; keys marked in the store."""
    store.use(())
    batch: list[Article] = []
    for a in articles:
        batch.append(a)
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def extract_into(store: ExtractionStore, articles: Iterable[Article], jobs: int = 1,
                 progress: Optional[Callable[[int], None]] = None) -> ExtractStats:
    """Extract every article the store does not hold yet, with ``jobs`` processes.

    Articles are consumed as they come, a batch at a time: only a batch's texts are in
    memory at once, so the reading can stream an archive of any size.
    """
    total = extracted = 0
    meta: list[Article] = []
    pool = None
    try:
        for batch in _batches(articles, store):
            keyed = [(article_key(a), a) for a in batch]
            known = store.add_current(k for k, _ in keyed)
            todo = list({k: (k, a) for k, a in keyed if k not in known}.values())
            if todo:
                if jobs > 1 and pool is None:
                    pool = _pool(jobs)
                if pool is not None:
                    rows = pool.imap(_work, todo, chunksize=_chunk(len(todo), jobs))
                else:
                    _init_once()
                    rows = (_work(item) for item in todo)
                store.add_rows(rows)
            total += len(batch)
            extracted += len(todo)
            meta.extend(replace(a, text="") for a in batch)
            if progress:
                progress(len(batch))
    finally:
        if pool is not None:
            pool.close()
            pool.join()
    return ExtractStats(total, extracted, total - extracted, tuple(meta))


def _init_once() -> None:
    if _tagger is None:
        _init()


def _same(ex: Extraction) -> Extraction:
    return ex


def _extract_with(item: tuple[Callable[[Extraction], T], Article]) -> T:
    make, article = item
    return make(extract_reusing(article))


def extract_each(articles: Sequence[Article], jobs: int = 1,
                 make: Callable[[Extraction], T] = _same) -> Iterator[T]:
    """``make(extraction)`` for each article, in input order, with ``jobs`` processes
    (no store: what ``extract`` and ``timeline`` print). ``make`` runs in the workers, so
    it must be a module-level function when ``jobs`` > 1; what it returns is what crosses
    back (a JSON line is cheaper to send than an extraction)."""
    jobs = min(jobs, len(articles) // PER_JOB)      # a process for a few articles costs more than it saves
    if jobs <= 1:
        _init_once()
        for article in articles:
            yield make(extract_reusing(article))
        return
    pool = _pool(jobs)
    try:
        yield from pool.imap(_extract_with, ((make, a) for a in articles), chunksize=_chunk(len(articles), jobs))
    finally:
        pool.close()
        pool.join()
