"""The timeline read from the extraction store a month at a time, its days merged in
this process or in worker processes (the month after the one asked for merged ahead)."""

from __future__ import annotations

import pytest

from timeline.articles import read_sources
from timeline.engine.local import extract_into
from timeline.merge.source import StoreSource
from timeline.samples.synthetic import write_jsonl
from timeline.store.extractions import ExtractionStore


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("source")
    archive = write_jsonl(folder / "archive.jsonl", 120, seed=5, per_day=2)
    articles = read_sources([str(archive)]).articles
    with ExtractionStore(folder / "x.sqlite") as s:
        extract_into(s, articles, jobs=1)
        yield s, articles


def _months(store, articles, jobs, order):
    source = StoreSource(store, articles, jobs=jobs)
    try:
        return {key: source.month(key) for key in order(source.months())}
    finally:
        source.close()


@pytest.mark.parametrize("order", [list, lambda ms: list(reversed(ms)), lambda ms: ms[1:] + ms[:1]],
                         ids=["oldest first", "newest first", "from the second"])
def test_merged_in_workers_the_same_as_here(store, order):
    s, articles = store
    s.db.execute("DELETE FROM days")           # every day merged again, not read back
    here = _months(s, articles, 1, list)
    assert len(here) >= 3 and sum(len(m.days) for m in here.values()) > 30
    s.db.execute("DELETE FROM days")
    there = _months(s, articles, 2, order)
    assert there == here


def test_days_merged_once_are_read_back(store):
    s, articles = store
    s.db.execute("DELETE FROM days")
    first = _months(s, articles, 2, list)
    stored = s.db.execute("SELECT COUNT(*) FROM days").fetchone()[0]
    assert stored == sum(len(m.days) for m in first.values())
    source = StoreSource(s, articles, jobs=2)
    try:
        assert {key: source.month(key) for key in source.months()} == first
        assert source._pool is None, "nothing left to merge: no worker started"
    finally:
        source.close()


def test_a_merging_process_reads_the_stories_the_build_would(store):
    from timeline.store.extractions import StoryReader

    s, articles = store
    by_id = {a.id: a for a in articles}
    reader = StoryReader(s.path)
    try:
        month = sorted({d[:7] for d in s.dates()})[1]
        reports = {date: r for date, _, r in s.digests(month, by_id)}
        for date, stories in s.stories(month, by_id):
            keys = [k for k, _ in reports[date]]
            assert reader.stories(date, keys, by_id) == stories
            assert reader.stories(date, keys[1:], by_id) == [x for x in stories if x.doc != reports[date][0][1]]
    finally:
        reader.close()
