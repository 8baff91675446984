"""Accuracy floors on hand-checked gold, with the real tagger.

- ../shared/gold/aleppo-2016.jsonl: the project's bar (F1 and DATE/TIME value
  accuracy at least 0.97).
- tests/data/heldout*: articles written blind to the rules (see their
  READMEs); the same figures are the goal there.
"""

from pathlib import Path

import pytest

from timeline.evaluation import load_gold, score_timex
from timeline.temporal import Tagger

HERE = Path(__file__).resolve().parent.parent / "data"


def _score(path, types=("DATE", "TIME")):
    docs = load_gold(path)
    tagger = Tagger()
    return score_timex(docs, {d.id: tagger.tag(d.text, d.published) for d in docs}, types)


def test_shared_gold_meets_the_bar(shared_dir):
    score = _score(shared_dir / "gold" / "aleppo-2016.jsonl")
    assert score.gold == 44
    assert score.f1 >= 0.97, [e.line() for e in score.errors]
    assert score.value_accuracy >= 0.97, [e.line() for e in score.errors]


def test_shared_gold_all_types(shared_dir):
    score = _score(shared_dir / "gold" / "aleppo-2016.jsonl", ("DATE", "TIME", "DURATION", "SET"))
    assert score.gold == 59
    assert score.f1 >= 0.97, [e.line() for e in score.errors]


@pytest.mark.parametrize("name", sorted(p.name for p in HERE.glob("heldout*")))
def test_heldout_sets(name):
    [path] = (HERE / name).glob("*.jsonl")
    score = _score(path)
    assert score.gold > 100
    assert score.f1 >= 0.95, [e.line() for e in score.errors]
    assert score.value_accuracy >= 0.95, [e.line() for e in score.errors]
