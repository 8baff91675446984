"""Extraction and per-day grouping on a Dask cluster.

``--engine dask --scheduler tcp://host:8786`` sends the work to a running
cluster; without ``--scheduler`` a ``LocalCluster`` of worker processes is
started for the build (one per core). Each worker keeps its own tagger. The
parent keeps the store: it sends articles out in batches (a Dask bag per
batch), writes the rows that come back in input order, and later sends each
month's stories out a day per task for merging. The functions the workers
run are the local engine's own, so the timeline is the same.

The workers need this project importable (the same checkout and
requirements on every machine of the cluster, or a shared file system).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Callable, Iterable, Optional

from timeline.engine.local import BATCH, ExtractStats
from timeline.merge.build import Day, Timeline, merge_day
from timeline.merge.source import StoreSource, _slice
from timeline.model import Article
from timeline.values import order_key
from timeline.store.extractions import ExtractionStore, Rows, article_key, rows_of

__all__ = ["extract_into_dask", "DaskSource", "client_for"]

_tagger = None
#: seconds to wait for a scheduler before giving up
CONNECT_TIMEOUT = 5


def _work(item: tuple[str, Article]) -> Rows:
    """What a worker does with one article (its own tagger, made once)."""
    global _tagger
    from timeline.pipeline import extract
    from timeline.temporal import Tagger

    if _tagger is None:
        _tagger = Tagger()
    key, article = item
    return rows_of(key, extract(article, _tagger))


def client_for(scheduler: Optional[str]):
    """A client for ``scheduler``, or for a new local cluster of worker processes."""
    from dask.distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler, timeout=CONNECT_TIMEOUT)
    cluster = LocalCluster(processes=True, threads_per_worker=1, dashboard_address=None)
    return Client(cluster)


def extract_into_dask(store: ExtractionStore, articles: Iterable[Article], client,
                      progress: Optional[Callable[[int], None]] = None) -> ExtractStats:
    import dask.bag as db

    workers = max(1, len(client.scheduler_info().get("workers", {})))
    total = extracted = 0
    meta: list[Article] = []
    store.use(())
    batch: list[Article] = []

    def flush(batch: list[Article]) -> int:
        keyed = [(article_key(a), a) for a in batch]
        known = store.add_current(k for k, _ in keyed)
        todo = list({k: (k, a) for k, a in keyed if k not in known}.values())
        if todo:
            bag = db.from_sequence(todo, npartitions=min(len(todo), workers * 4))
            store.add_rows(bag.map(_work).compute(scheduler=client))   # a bag keeps input order
        meta.extend(replace(a, text="") for a in batch)
        if progress:
            progress(len(batch))
        return len(todo)

    for a in articles:
        batch.append(a)
        if len(batch) >= BATCH * workers:
            extracted += flush(batch)
            total += len(batch)
            batch = []
    if batch:
        extracted += flush(batch)
        total += len(batch)
    return ExtractStats(total, extracted, total - extracted, tuple(meta))


def _merge_one(date: str, stories) -> tuple:
    day, _ = merge_day(date, stories)
    return day


class DaskSource(StoreSource):
    """The store's timeline, each month's days merged on the cluster (a day per task)."""

    def __init__(self, store, articles, start=None, end=None, client=None) -> None:
        super().__init__(store, articles, start, end)
        self.client = client

    def month(self, key: str) -> Timeline:
        days: dict[str, Day] = {}
        todo = []
        for date, digest, stories in self._month_stories(key):
            day = self.store.merged_day(digest)
            if day is None:
                todo.append((date, digest, stories))
            else:
                days[date] = day
        if todo:   # the days not merged by an earlier build, a task each
            futures = self.client.map(_merge_one, [d for d, _, _ in todo], [s for _, _, s in todo], pure=False)
            merged = self.client.gather(futures)
            self.store.add_days((digest, day) for (_, digest, _), day in zip(todo, merged))
            days.update((date, day) for (date, _, _), day in zip(todo, merged))
        ordered = [days[d] for d in sorted(days, key=order_key)]
        return _slice(ordered, tuple(self._by_id.values()))
