"""Where renderers get the timeline from: whole, or a month at a time.

``MemorySource`` wraps a timeline built in memory; ``StoreSource`` assembles
it from the extraction store one month at a time, so an archive of any size
renders page by page without being held whole.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterator, Optional, Protocol, Sequence

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
                 end: Optional[dt.date] = None) -> None:
        self.store = store
        self.start, self.end = start, end
        self._by_id = {a.id: a for a in articles}
        self._dates = [d for d in store.dates() if _within(d, start, end)]
        used = self._used_docs()
        self.articles = tuple(a for a in articles if a.id in used)
        self.undated = store.undated()
        self.used: set[str] = set()

    def _used_docs(self) -> set[str]:
        rows = self.store.db.execute("SELECT DISTINCT s.doc, s.date FROM stories s JOIN current c ON s.key = c.key")
        return {doc for doc, date in rows if _within(date, self.start, self.end)}

    def dates(self) -> list[str]:
        return list(self._dates)

    def months(self) -> list[str]:
        return list(dict.fromkeys(month_of(d) for d in self._dates))

    def month(self, key: str) -> Timeline:
        days = []
        fresh = []
        for date, digest, stories in self._month_stories(key):
            day = self.store.merged_day(digest)
            if day is None:
                day, _ = merge_day(date, stories)
                fresh.append((digest, day))
            days.append(day)
        self.store.add_days(fresh)
        return _slice(days, tuple(self._by_id.values()))

    def _month_stories(self, key: str) -> Iterator[tuple[str, str, list]]:
        """The month's (date, digest, stories) within the period; the digests are remembered
        as used (``finish`` drops the merged days no longer used)."""
        for date, digest, stories in self.store.stories(key, self._by_id):
            if _within(date, self.start, self.end):
                self.used.add(digest)
                yield date, digest, stories

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
