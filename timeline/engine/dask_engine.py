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
from typing import Callable, Iterable, Optional, Sequence

from timeline.engine import local
from timeline.engine.local import BATCH, ExtractStats
from timeline.merge.build import Day, merge_day
from timeline.merge.source import StoreSource
from timeline.model import Article
from timeline.store.extractions import ExtractionStore, Rows, article_key

__all__ = ["extract_into_dask", "extract_each_dask", "DaskSource", "client_for", "close_client"]

#: seconds to wait for a scheduler before giving up
CONNECT_TIMEOUT = 5


def _work(item: tuple[str, Article]) -> Rows:
    """What a worker does with one article: the local engine's work (its own tagger, and
    its latest extractions for other outlets' copies, made once per worker)."""
    local._init_once()
    return local._work(item)


def _each(article: Article, make: Callable):
    """``make(extraction)`` of one article in a worker (``extract_each_dask``)."""
    local._init_once()
    return local._extract_with((make, article))


def extract_each_dask(articles: Sequence[Article], client, make: Callable = local._same) -> list:
    """``make(extraction)`` for each article, in input order, on the cluster (what
    ``extract`` and ``timeline`` print, with ``--engine dask``)."""
    import dask.bag as db

    if not articles:
        return []
    workers = max(1, len(client.scheduler_info().get("workers", {})))
    bag = db.from_sequence(list(articles), npartitions=min(len(articles), workers * 4))
    # make goes as an argument of the map: a (function, value) tuple in the bag would be a task
    return bag.map(_each, make).compute(scheduler=client)      # a bag keeps input order


def client_for(scheduler: Optional[str]):
    """A client for ``scheduler``, or for a new local cluster of worker processes."""
    from dask.distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler, timeout=CONNECT_TIMEOUT)
    cluster = LocalCluster(processes=True, threads_per_worker=1, dashboard_address=None)
    return Client(cluster)


def close_client(client) -> None:
    """Close the client, and the local cluster it started, if any."""
    cluster = getattr(client, "cluster", None)
    client.close()
    if cluster is not None:
        cluster.close()


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

    def _merge(self, todo: list[tuple[str, list]]) -> list[Day]:
        """The days not merged by an earlier build, a task each."""
        futures = self.client.map(_merge_one, [d for d, _ in todo], [s for _, s in todo], pure=False)
        return self.client.gather(futures)
