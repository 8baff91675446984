"""Extraction on this machine: in-process, or in ``jobs`` worker processes.

Workers do the whole per-article job (tagging, placement, and turning the
result into the store's compressed rows), so the parent only writes rows:
the work divides across cores instead of queueing on the parent. Results
are stored in input order, so any number of jobs gives the same store.
"""

from __future__ import annotations

import multiprocessing
import os
from dataclasses import dataclass
from typing import Callable, Iterable, Optional, Sequence

from timeline.model import Article
from timeline.pipeline import extract
from timeline.store.extractions import ExtractionStore, Rows, article_key, rows_of
from timeline.temporal import Tagger

__all__ = ["ExtractStats", "extract_into", "default_jobs", "BATCH"]

#: articles handed to the workers at a time (bounds the memory of results in flight)
BATCH = 512

_tagger: Optional[Tagger] = None


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def _init() -> None:
    global _tagger
    _tagger = Tagger()


def _work(item: tuple[str, Article]) -> Rows:
    key, article = item
    return rows_of(key, extract(article, _tagger))


@dataclass(frozen=True)
class ExtractStats:
    articles: int
    extracted: int
    reused: int


def extract_into(store: ExtractionStore, articles: Sequence[Article], jobs: int = 1,
                 progress: Optional[Callable[[int], None]] = None) -> ExtractStats:
    """Extract every article the store does not hold yet, with ``jobs`` processes."""
    keyed = [(article_key(a), a) for a in articles]
    known = store.use(k for k, _ in keyed)
    todo = [(k, a) for k, a in keyed if k not in known]
    todo = list({k: (k, a) for k, a in todo}.values())   # the same article twice: extracted once
    if jobs <= 1 or len(todo) < 2 * jobs:
        _init()
        for start in range(0, len(todo), BATCH):
            batch = todo[start:start + BATCH]
            store.add_rows(_work(item) for item in batch)
            if progress:
                progress(len(batch))
    else:
        context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods()
                                              else "spawn")
        with context.Pool(jobs, initializer=_init) as pool:
            for start in range(0, len(todo), BATCH):
                batch = todo[start:start + BATCH]
                store.add_rows(pool.imap(_work, batch, chunksize=max(1, len(batch) // (jobs * 4))))
                if progress:
                    progress(len(batch))
    return ExtractStats(len(keyed), len(todo), len(keyed) - len(todo))
