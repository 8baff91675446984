"""Where renderers get the timeline from: whole, or a month at a time.

``MemorySource`` wraps a timeline built in memory; ``StoreSource`` assembles
it from the extraction store one month at a time, so an archive of any size
renders page by page without being held whole.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Iterator, Optional, Protocol, Sequence

from timeline.merge.build import Day, Timeline, merge_day
from timeline.model import Article
from timeline.values import TimeValue, month_of, order_key

__all__ = ["TimelineSource", "MemorySource", "StoreSource"]


class TimelineSource(Protocol):
    articles: tuple[Article, ...]
    undated: int

    def dates(self) -> list[str]: ...
    def months(self) -> list[str]: ...
    def month(self, key: str) -> Timeline: ...
    def full(self) -> Timeline: ...


@dataclass
class MemorySource:
    timeline: Timeline

    @property
    def articles(self) -> tuple[Article, ...]:
        return self.timeline.articles

    @property
    def undated(self) -> int:
        return self.timeline.undated

    def dates(self) -> list[str]:
        return [d.date for d in self.timeline.days]

    def months(self) -> list[str]:
        return list(dict.fromkeys(month_of(d.date) for d in self.timeline.days))

    def month(self, key: str) -> Timeline:
        days = tuple(d for d in self.timeline.days if month_of(d.date) == key)
        return _slice(days, self.timeline.articles)

    def full(self) -> Timeline:
        return self.timeline


def _slice(days: Sequence[Day], articles: Sequence[Article]) -> Timeline:
    docs = {s.doc for d in days for e in d.entries for s in e.outlets}
    return Timeline(tuple(days), tuple(a for a in articles if a.id in docs), 0)


def _within(date: str, start: Optional[dt.date], end: Optional[dt.date]) -> bool:
    return TimeValue.parse(date).overlaps(start, end)


class StoreSource:
    """The timeline of the store's current articles (see ``ExtractionStore.use``)."""

    def __init__(self, store, articles: Sequence[Article], start: Optional[dt.date] = None,
                 end: Optional[dt.date] = None, jobs: int = 1) -> None:
        self.store = store
        self.start, self.end = start, end
        self._by_id = {a.id: a for a in articles}
        self._dates = [d for d in store.dates() if _within(d, start, end)]
        used = self._used_docs()
        self.articles = tuple(a for a in articles if a.id in used)
        self.undated = store.undated()
        self.used: set[str] = set()
        self._digests: dict[str, list[tuple[str, str]]] = {}
        self._reports: dict[str, tuple[tuple[str, str], ...]] = {}     # date -> (key, doc) of its reports
        #: with more than one job, days are merged in worker processes, the month after the
        #: one asked for merged while that one is rendered
        self.jobs = jobs
        self._pool = None
        self._ahead: dict[str, tuple[dict[str, Day], list[tuple[str, list]], Any]] = {}
        self._asked: Optional[str] = None

    def close(self) -> None:
        """Stop the merging processes (a source is closed once its build is over)."""
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None
        self._ahead.clear()

    def _used_docs(self) -> set[str]:
        rows = self.store.db.execute("SELECT DISTINCT s.doc, s.date FROM stories s JOIN current c ON s.key = c.key")
        return {doc for doc, date in rows if _within(date, self.start, self.end)}

    def dates(self) -> list[str]:
        return list(self._dates)

    def months(self) -> list[str]:
        return list(dict.fromkeys(month_of(d) for d in self._dates))

    def month(self, key: str) -> Timeline:
        days, dates, merging = self._ahead.pop(key, None) or self._begin(key)
        self._read_ahead(key)
        if dates:
            merged = merging if isinstance(merging, list) else merging.get()
            digest_of = dict(self._month_digests(key))
            self.store.add_days((digest_of[date], day) for date, day in zip(dates, merged))
            days.update(zip(dates, merged))
        ordered = [days[d] for d in sorted(days, key=order_key)]
        return _slice(ordered, tuple(self._by_id.values()))

    def _begin(self, key: str) -> tuple[dict[str, Day], list[str], Any]:
        """A month's days merged by an earlier build (from the store), the dates of the
        others, and their days: merged here, or with worker processes under way (each
        worker reads its day's stories from the store itself)."""
        days = self._stored(key)
        missing = [date for date, _ in self._month_digests(key) if date not in days]
        if self.jobs > 1 and len(missing) > 1:
            if self._pool is None:
                self._pool = _pool(self.jobs)
            path = str(self.store.path)
            tasks = [(path, date, tuple(k for k, _ in self._reports[date]),
                      {doc: self._by_id[doc] for _, doc in self._reports[date]}) for date in missing]
            return days, missing, self._pool.map_async(_merge_stored, tasks, chunksize=1)
        todo = list(self.store.stories(key, self._by_id, set(missing))) if missing else []
        return days, [date for date, _ in todo], self._merge(todo) if todo else []

    def _read_ahead(self, key: str) -> None:
        """With worker processes: start merging the month that will be asked for next (the
        one after ``key`` in the order the months are being asked for)."""
        asked, self._asked = self._asked, key
        if self.jobs <= 1:
            return
        months = self.months()
        at = months.index(key)
        step = -1 if asked in months and months.index(asked) > at else 1
        if 0 <= at + step < len(months) and months[at + step] not in self._ahead:
            self._ahead[months[at + step]] = self._begin(months[at + step])

    def _month_digests(self, key: str) -> list[tuple[str, str]]:
        """The month's (date, digest) within the period, read once a build: the digests are
        remembered as used (``finish`` drops the merged days no longer used)."""
        digests = self._digests.get(key)
        if digests is None:
            digests = self._digests[key] = []
            for date, digest, reports in self.store.digests(key, self._by_id):
                if _within(date, self.start, self.end):
                    digests.append((date, digest))
                    self._reports[date] = reports
            self.used.update(digest for _, digest in digests)
        return digests

    def _stored(self, key: str) -> dict[str, Day]:
        """The month's days an earlier merge left in the store (date -> day)."""
        days = {}
        for date, digest in self._month_digests(key):
            day = self.store.merged_day(digest)
            if day is not None:
                days[date] = day
        return days

    def _merge(self, todo: list[tuple[str, list]]) -> list[Day]:
        """The days of ``todo`` ((date, stories)) merged, in its order."""
        return [merge_day(date, stories)[0] for date, stories in todo]

    def finish(self) -> None:
        """After a successful build: keep only the merged days this build used."""
        self.store.keep_days(self.used)

    def full(self) -> Timeline:
        days: list[Day] = []
        for key in self.months():
            days.extend(self.month(key).days)
        days.sort(key=lambda d: order_key(d.date))
        return Timeline(tuple(days), self.articles, self.undated)

    def iter_months(self) -> Iterator[tuple[str, Timeline]]:
        for key in self.months():
            yield key, self.month(key)


#: a merging process's reader of the store, by the store's path
_readers: dict[str, Any] = {}


def _merge_stored(task: tuple[str, str, tuple[str, ...], dict[str, Article]]) -> Day:
    """In a merging process: the day ``date`` of the store at ``path``, from the stories of
    the articles ``keys`` (``articles``: what the day shows of them, by id)."""
    from timeline.store.extractions import StoryReader

    path, date, keys, articles = task
    reader = _readers.get(path)
    if reader is None:
        reader = _readers[path] = StoryReader(path)
    return merge_day(date, reader.stories(date, keys, articles))[0]


def _pool(jobs: int):
    """Processes that merge days. They start afresh (from a fork server where the system
    has one): a fork of the build would share, and then copy, all the build holds."""
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn").Pool(jobs)
