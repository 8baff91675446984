"""Event placement accuracy on hand-checked gold (TIMEX-SPEC scoring)."""

from pathlib import Path

import pytest

from timeline.evaluation import load_gold, score_events
from timeline.model import Article
from timeline.pipeline import extract
from timeline.temporal import Tagger

HERE = Path(__file__).resolve().parent.parent / "data"


def _score(path):
    docs = load_gold(path)
    tagger = Tagger()
    placed = {d.id: extract(Article(d.id, d.published, d.text), tagger).events for d in docs}
    return score_events(docs, placed)


def test_shared_gold_placement_meets_the_bar(shared_dir):
    score = _score(shared_dir / "gold" / "aleppo-2016.jsonl")
    assert score.gold == 50
    assert score.accuracy >= 0.95, [e.line() for e in score.errors]


@pytest.mark.parametrize("name", sorted(p.name for p in HERE.glob("heldout*")))
def test_heldout_placement(name):
    [path] = (HERE / name).glob("*.jsonl")
    score = _score(path)
    assert score.gold > 100
    assert score.accuracy >= 0.92, [e.line() for e in score.errors]
