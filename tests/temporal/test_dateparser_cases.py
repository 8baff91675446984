"""Every Arabic case of dateparser's own tests, set in a news sentence
(tests/data/dateparser_ar): each expression with its exact span, type and
value, and nothing else tagged."""

import json
from pathlib import Path

import pytest

from timeline.temporal import Tagger

CASES = Path(__file__).resolve().parent.parent / "data" / "dateparser_ar" / "cases.jsonl"
RECORDS = [json.loads(line) for line in CASES.read_text(encoding="utf-8").splitlines() if line.strip()]
TAGGER = Tagger()


def test_every_dateparser_test_file_with_arabic_is_covered():
    files = {r["source"]["file"] for r in RECORDS}
    assert {"tests/test_hijri.py", "tests/test_search.py", "tests/test_languages.py",
            "tests/test_freshness_date_parser.py"} <= files
    assert len(RECORDS) >= 36


@pytest.mark.parametrize("record", RECORDS, ids=[r["id"] for r in RECORDS])
def test_case_exact_span_and_value(record):
    got = [(t.start, t.end, t.type, t.value) for t in TAGGER.tag(record["text"], record["published"])]
    want = [(g["start"], g["end"], g["type"], g["value"]) for g in record["timex"]]
    alts = {(g["start"], g["end"]): set(g.get("alt", ())) for g in record["timex"]}
    got = [(s, e, ty, v if v not in alts.get((s, e), ()) else
            next(w[3] for w in want if w[:2] == (s, e))) for s, e, ty, v in got]
    assert got == want, record["text"]
