"""The real-news corpus (tests/data/real): its shape, that its gold files are
the ones its sources build, and the accuracy floors the project holds on it
(timex F1 and DATE/TIME value accuracy >= 0.95, events placed right >= 0.90)."""

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from timeline.evaluation import load_gold, score_events, score_timex
from timeline.model import Article
from timeline.pipeline import extract
from timeline.temporal import Tagger

REAL = Path(__file__).resolve().parent.parent / "data" / "real"
BATCHES = sorted(REAL.glob("batch*.jsonl"))


def _records():
    return [json.loads(line) for path in BATCHES for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def test_corpus_shape():
    records = _records()
    assert len(records) >= 80
    assert len({r["outlet"] for r in records}) >= 30
    assert {"levant", "iraq", "egypt", "gulf", "yemen", "sudan", "libya", "maghreb"} <= {r["region"] for r in records}
    assert {r["topic"] for r in records} >= {"conflict", "politics", "court", "economy", "weather", "sport",
                                            "religious", "schedule"}
    for r in records:
        assert r["url"] and r["published_how"], r["id"]


def test_gold_files_are_built_from_their_sources():
    sys.path.insert(0, str(REAL))
    try:
        spec = importlib.util.spec_from_file_location("build_real", REAL / "build_real.py")
        builder = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(builder)
        records, errors = builder.build()
    finally:
        sys.path.remove(str(REAL))
    assert errors == []
    built = {r["id"]: r for r in records}
    on_disk = {r["id"]: r for r in _records()}
    assert built == on_disk


@pytest.fixture(scope="module")
def gold():
    return [doc for path in BATCHES for doc in load_gold(path)]


def test_real_news_timex_floor(gold):
    tagger = Tagger()
    score = score_timex(gold, {d.id: tagger.tag(d.text, d.published) for d in gold})
    assert score.gold > 500
    assert score.f1 >= 0.95, [e.line() for e in score.errors]
    assert score.value_accuracy >= 0.95, [e.line() for e in score.errors]


def test_real_news_event_floor(gold):
    tagger = Tagger()
    placed = {d.id: extract(Article(d.id, d.published, d.text), tagger).events for d in gold}
    score = score_events(gold, placed)
    assert score.gold > 300
    assert score.accuracy >= 0.90, [e.line() for e in score.errors]
