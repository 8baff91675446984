"""The sample corpus as plain text with no dates, read with --around 2016-12-01 (a month either side).

Properties, not answers: every inferred date agrees with all of its
article's weekday evidence and is the true date; an article whose evidence
allows several days is left out with its candidates, and the true date is
among them whenever it lies in the period and the evidence agrees with it.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from timeline.dating import infer_date
from timeline.articles import read_sources
from timeline.readers import ReadOptions
from timeline.readers.sources import parse_period
from timeline.temporal import Tagger

SAMPLE = Path(__file__).resolve().parents[2] / "timeline" / "samples" / "aleppo-2016.jsonl"
AROUND = "2016-12-01"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("plain")
    truth = {}
    for line in SAMPLE.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        (folder / f"{record['id']}.txt").write_text(record["text"], encoding="utf-8")
        truth[record["id"]] = dt.date.fromisoformat(record["published"])
    return folder, truth


def _weekday_clashes(text: str, day: dt.date, tagger: Tagger) -> list[str]:
    return [x.text for x in tagger.tag(text, day) if x.note and "weekday" in x.note]


def test_inferred_dates_agree_with_their_evidence(corpus):
    folder, truth = corpus
    window = parse_period(AROUND)
    tagger = Tagger()
    result = read_sources([str(folder)], ReadOptions(around=window))
    dated = {a.id: a for a in result.articles}
    left_out = {Path(p.where).stem: p.message for p in result.problems}
    assert set(dated) | set(left_out) == set(truth) and not set(dated) & set(left_out)
    for doc, article in dated.items():
        assert article.published_source == "inferred" and article.published_evidence
        assert article.dct == truth[doc]
        assert _weekday_clashes(article.text, article.dct, tagger) == []
    for doc, message in left_out.items():
        text = (folder / f"{doc}.txt").read_text(encoding="utf-8")
        inference = infer_date(text, window, tagger)
        assert inference.date is None
        for day in inference.candidates:
            assert _weekday_clashes(text, day, tagger) == [], (doc, day)
        if inference.candidates:
            assert "not certain" in message and str(len(inference.candidates)) in message
            if window.start <= truth[doc] <= window.end:
                assert truth[doc] in inference.candidates, doc
        else:
            assert "disagrees with itself" in message
            # the evidence really does disagree at the true date
            assert _weekday_clashes(text, truth[doc], tagger), doc
