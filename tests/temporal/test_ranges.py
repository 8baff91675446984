"""Ranges (TIMEX-SPEC, "Ranges"): both ends named, or a start and a length, reported once
with an ISO 8601 interval; each end stays its own expression."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from timeline.model import Article
from timeline.pipeline import extract
from timeline.temporal import Tagger

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
DCT = "2016-12-08"          # a Thursday


@pytest.fixture(scope="module")
def tagger():
    return Tagger()


def _ranges(text, tagger, published=DCT):
    ex = extract(Article("r", published, text), tagger, places=False)
    return ex, [(r.text, r.value) for r in ex.ranges]


@pytest.mark.parametrize("text, span, value", [
    ("تجري الانتخابات من 10 إلى 15 ديسمبر المقبل.", "من 10 إلى 15 ديسمبر المقبل", "2016-12-10/2016-12-15"),
    ("تقام الدورة بين 3 و5 آذار.", "بين 3 و5 آذار", "2017-03-03/2017-03-05"),
    ("يستمر الإضراب من الأحد حتى الثلاثاء.", "من الأحد حتى الثلاثاء", "2016-12-11/2016-12-13"),
    ("تنظم الحملة خلال الفترة من 1 إلى 7 يوليو.", "خلال الفترة من 1 إلى 7 يوليو", "2016-07-01/2016-07-07"),
    ("يعقد المؤتمر 10-15 ديسمبر.", "10-15 ديسمبر", "2016-12-10/2016-12-15"),
    ("تستمر الدورة من تشرين الأول إلى كانون الأول 2016.", "من تشرين الأول إلى كانون الأول 2016", "2016-10/2016-12"),
    ("يعقد الاجتماع يومي 6 و7 سبتمبر.", "يومي 6 و7 سبتمبر", "2016-09-06/2016-09-07"),
    ("تجرى في الخارج أيام 21 و22 و23 ديسمبر.", "21 و22 و23 ديسمبر", "2016-12-21/2016-12-23"),
    ("أعلنت هدنة لمدة 72 ساعة تبدأ صباح الخميس.", "72 ساعة تبدأ صباح الخميس", "2016-12-08/2016-12-11"),
    ("فرض حظر التجول لمدة أسبوع اعتبارا من اليوم.", "أسبوع اعتبارا من اليوم", "2016-12-08/2016-12-14"),
    ("يفتح باب الترشح بدءا من 17 ديسمبر ولمدة 5 أيام.", "بدءا من 17 ديسمبر ولمدة 5 أيام", "2016-12-17/2016-12-21"),
    ("تلقي الطلبات من 29 أكتوبر لـ 7 نوفمبر.", "من 29 أكتوبر لـ 7 نوفمبر", "2016-10-29/2016-11-07"),
    ("المواعيد:\n- 02 ديسمبر الى 09 ديسمبر 2016: تقديم الترشحات", "02 ديسمبر الى 09 ديسمبر 2016",
     "2016-12-02/2016-12-09"),
    ("فاز باللقب عامي 2014 و2015.", "عامي 2014 و2015", "2014/2015"),
    ("اندلعت الثورة في 25 يناير 2011 واستمرت 18 يوما.", "25 يناير 2011 واستمرت 18 يوما", "2011-01-25/2011-02-11"),
    ("يغطي التقرير الفترة يناير - مارس 2016.", "يناير - مارس 2016", "2016-01/2016-03"),
    ("يتواصل القصف منذ 15 نوفمبر حتى اليوم.", "منذ 15 نوفمبر حتى اليوم", "2016-11-15/2016-12-08"),
])
def test_a_range_is_reported_once_with_an_interval(tagger, text, span, value):
    ex, got = _ranges(text, tagger)
    assert got == [(span, value)]
    (r,) = ex.ranges
    assert text[r.start:r.end] == r.text
    first, last = r.ends
    # each end stays its own expression, inside the range's span
    assert r.start <= ex.timex[first].start and ex.timex[last].end <= r.end


@pytest.mark.parametrize("text", [
    "اعتبارا من اليوم تغلق المحال.",                       # an open end
    "تستمر الهدنة حتى إشعار آخر.",
    "يتواصل القصف منذ 15 نوفمبر الماضي.",
    "يعمل المتحف من الساعة 9 صباحا حتى الساعة 5 مساء اليوم.",   # clock times within one day
    "بلغت الأمطار من 15 إلى 25 ملم.",                       # quantities
    "وصل أمس الأربعاء وغادر اليوم الخميس.",                  # two days, no range words
    "يكون الأربعاء المتمم لشعبان، ويوم الخميس أول أيام رمضان.",
    "اقترح هدنة لمدة.",                                      # a length with no unit
    "قررت الحكومة تأجيل الانتخابات من 6 يونيو إلى 10 أكتوبر.",  # moved from one day to another
])
def test_what_is_no_range(tagger, text):
    assert _ranges(text, tagger)[1] == []


def test_an_end_before_its_start_is_reported_with_a_note_never_swapped(tagger):
    ex, got = _ranges("قال إن الاجتماع يعقد من 15 إلى 10 ديسمبر.", tagger)
    (r,) = ex.ranges
    assert r.value is None and r.note == "end-before-start"
    assert r.to_json()["note"] == "end-before-start"


def test_the_extraction_json_has_the_ranges(tagger):
    ex, _ = _ranges("تجري الانتخابات من 10 إلى 15 ديسمبر المقبل.", tagger)
    out = ex.to_json()
    assert out["ranges"] == [{"start": 16, "end": 42, "text": "من 10 إلى 15 ديسمبر المقبل",
                              "value": "2016-12-10/2016-12-15", "rule": "from-to"}]
    json.dumps(out)


def test_evaluate_scores_ranges_on_the_sample_which_has_none(tmp_path):
    out = subprocess.run([sys.executable, "generate.py", "evaluate", str(SHARED / "gold" / "aleppo-2016.jsonl"),
                          "--spans", str(SHARED / "gold" / "spans-aleppo-2016.jsonl"), "--json"],
                         cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    figures = json.loads(out.stdout)["ranges"]
    assert figures["gold"] == 0 and figures["predicted"] == 0      # none invented
    bad = tmp_path / "spans.jsonl"
    bad.write_text('{"id": "000_79d35f615a1969cb"}\n', encoding="utf-8")
    out = subprocess.run([sys.executable, "generate.py", "evaluate", str(SHARED / "gold" / "aleppo-2016.jsonl"),
                          "--spans", str(bad)], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode != 0 and "spans.jsonl:1" in out.stderr and len(out.stderr.strip().splitlines()) == 1


def test_scoring_matches_by_overlap_and_values_exactly():
    from timeline.evaluation import score_ranges

    gold = [{"id": "a", "ranges": [{"start": 0, "end": 10, "text": "x", "value": "2016-12-10/2016-12-15"},
                                   {"start": 20, "end": 30, "text": "y", "value": "2016-12-01/2016-12-02"}]}]
    pred = {"a": {"ranges": [{"start": 2, "end": 12, "text": "x", "value": "2016-12-10/2016-12-15"},
                             {"start": 22, "end": 28, "text": "y", "value": "2016-12-01/2016-12-03"},
                             {"start": 40, "end": 45, "text": "z", "value": "2016-12-05/2016-12-06"}]}}
    s = score_ranges(gold, pred)
    assert (s.gold, s.predicted, s.matched, s.correct) == (2, 3, 2, 1)
    assert round(s.f1, 3) == 0.8 and s.value_accuracy == 0.5


@pytest.mark.parametrize("text, until", [
    ("أعلنت هدنة لمدة 72 ساعة تبدأ صباح اليوم الخميس.", "2016-12-11"),
    ("فرض حظر التجول لمدة أسبوع اعتبارا من اليوم.", "2016-12-14"),
    ("تستمر عملية التسجيل من اليوم الخميس لغاية 15 ديسمبر.", "2016-12-15"),
    # proposed or asked for: not begun, a statement on the day it was made
    ("اقترحت روسيا هدنة لمدة سبعة أيام تبدأ اليوم الخميس.", None),
    ("ودعت الأمم المتحدة إلى هدنة من اليوم الخميس حتى الأحد.", None),
])
def test_an_occurrence_that_lasts_gets_until_and_a_proposal_does_not(tagger, text, until):
    ex, _ = _ranges(text, tagger)
    [event] = [e for e in ex.events if e.date]
    assert event.date == DCT and event.until == until
    assert event.to_json().get("until") == until


def test_an_announcement_of_a_later_period_gets_no_until(tagger):
    ex, got = _ranges("أعلنت الهيئة اليوم الخميس أن الامتحانات تجرى من 20 إلى 25 ديسمبر.", tagger)
    assert got and all(e.until is None for e in ex.events)


def test_scoring_lasting_events_and_events_left_without_until():
    from timeline.evaluation import score_ranges

    gold = [{"id": "a", "ranges": [], "event_until": [{"start": 0, "end": 10, "until": "2016-12-11"}]}]
    events = {"a": [{"start": 0, "end": 10, "date": "2016-12-08"}, {"start": 11, "end": 20, "date": "2016-12-08"}]}
    right = {"a": {"ranges": [], "events": [{"start": 0, "end": 10, "date": "2016-12-08", "until": "2016-12-11"},
                                            {"start": 11, "end": 20, "date": "2016-12-08"}]}}
    s = score_ranges(gold, right, events)
    assert (s.lasting, s.steady) == (1.0, 1.0)
    wrong = {"a": {"ranges": [], "events": [{"start": 0, "end": 10, "date": "2016-12-08"},
                                            {"start": 11, "end": 20, "date": "2016-12-08", "until": "2016-12-09"}]}}
    s = score_ranges(gold, wrong, events)
    assert (s.lasting, s.steady) == (0.0, 0.0) and len(s.errors) == 2


def test_floors_on_the_real_corpus(tagger):
    """The real development corpus (tests/data/real): its gold ranges and the until of its lasting
    events, against what extract gives; floors at the figures reached (README there)."""
    from timeline.evaluation import RangeScore, score_ranges

    total = RangeScore()
    for path in sorted((ROOT / "tests" / "data" / "real").glob("batch*.jsonl")):
        docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        gold = [{"id": d["id"], "ranges": d.get("ranges", []),
                 "event_until": [{"start": e["start"], "end": e["end"], "until": e["until"]}
                                 for e in d["events"] if e.get("until")]} for d in docs]
        predicted = {d["id"]: extract(Article(d["id"], d["published"], d["text"]), tagger, places=False).to_json()
                     for d in docs}
        s = score_ranges(gold, predicted, {d["id"]: d["events"] for d in docs})
        for k in ("gold", "predicted", "matched", "correct", "lasting_right", "lasting_total", "steady_right",
                  "steady_total"):
            setattr(total, k, getattr(total, k) + getattr(s, k))
    assert total.gold >= 50          # the corpus has its ranges
    assert total.f1 >= 0.83, total.as_dict()
    assert total.value_accuracy >= 0.95, total.as_dict()
    assert total.lasting >= 0.40, total.as_dict()
    assert total.steady >= 0.98, total.as_dict()


def test_reports_of_one_truce_with_the_same_days_are_one_entry_and_other_days_two(tagger):
    from timeline.merge.build import build_timeline

    def entries(texts):
        exs = [extract(Article(f"a{i}", DCT, t, source=f"outlet {i}"), tagger) for i, t in enumerate(texts)]
        return [e for d in build_timeline(exs, tagger.pack).days for e in d.entries]

    truce = "أعلنت الأطراف المتحاربة في المدينة هدنة إنسانية شاملة لمدة {} تبدأ صباح اليوم الخميس لإجلاء الجرحى."
    same = entries([truce.format("72 ساعة"), truce.format("72 ساعة").replace("الجرحى", "الجرحى والمرضى")])
    assert len(same) == 1 and same[0].until == "2016-12-11"
    other = entries([truce.format("72 ساعة"), truce.format("خمسة أيام")])
    assert sorted(e.until for e in other) == ["2016-12-11", "2016-12-12"]
