"""One timeline from many articles: merging, figures side by side, order."""

import json

from timeline.merge import build_timeline
from timeline.model import Article
from timeline.pipeline import extract


def timeline_of(*docs):
    return build_timeline([extract(Article(*d)) for d in docs])


A = ("a", "2016-12-08", "قتل 18 مدنيا في قصف جوي عنيف استهدف أحياء حلب الشرقية اليوم الخميس، وفق الدفاع المدني.")
B = ("b", "2016-12-08", "لقي 20 شخصا حتفهم الخميس جراء قصف جوي على الأحياء الشرقية في مدينة حلب، بحسب ناشطين.")
C = ("c", "2016-12-08", "وفي إدلب، قتل خمسة أشخاص اليوم الخميس في انفجار سيارة مفخخة قرب سوق شعبي.")


def test_the_same_occurrence_in_two_sources_is_one_entry_with_both_figures():
    tl = timeline_of(A, B)
    [day] = tl.days
    assert day.date == "2016-12-08"
    [entry] = day.entries
    assert [s.doc for s in entry.sources] == ["a", "b"]
    counts = entry.counts()["killed"]
    assert counts["reports"] == {"a": 18, "b": 20}     # both kept, side by side
    assert counts["disputed"] and counts["count"] == 18   # the conservative count for totals


def test_two_different_occurrences_on_one_day_are_not_merged():
    tl = timeline_of(A, C)
    [day] = tl.days
    assert len(day.entries) == 2
    assert day.counts() == {"killed": 23}


def test_earliest_report_first():
    late = ("z", "2016-12-09", "قتل 18 مدنيا في قصف جوي عنيف استهدف أحياء حلب الشرقية أمس الخميس، وفق الدفاع المدني.")
    tl = timeline_of(late, A)
    [entry] = tl.days[0].entries
    assert [s.doc for s in entry.sources] == ["a", "z"]


def test_two_sentences_of_one_article_are_never_merged():
    text = ("قتل 18 مدنيا في قصف على أحياء حلب الشرقية اليوم. "
            "وقتل 18 مدنيا في قصف على أحياء حلب الشرقية اليوم أيضا.")
    tl = timeline_of(("x", "2016-12-08", text))
    assert len(tl.days[0].entries) == 2


def test_days_in_order_and_months_before_their_days():
    tl = timeline_of(
        ("m", "2016-12-20", "وتسلمت إسبانيا رئاسة مجلس الأمن لشهر ديسمبر الجاري."),
        ("d", "2016-12-20", "وقتل 5 أشخاص في 3 ديسمبر في غارة على حلب."),
        ("e", "2016-12-20", "وقتل 4 أشخاص في 30 نوفمبر في غارة على إدلب."),
    )
    assert [d.date for d in tl.days] == ["2016-11-30", "2016-12", "2016-12-03"]


def test_within_a_day_untimed_first_then_by_time():
    text = ("وشهدت المدينة مساء اليوم مظاهرة حاشدة. وقتل شخصان صباح اليوم في قصف. "
            "وأعلنت الحكومة اليوم حدادا وطنيا.")
    tl = timeline_of(("x", "2016-12-08", text))
    assert [e.time for e in tl.days[0].entries] == [None, "MO", "EV"]


def test_a_cumulative_toll_is_not_added_to_the_day():
    text = "قتل 40 مدنيا أمس، ليرتفع عدد القتلى منذ 15 نوفمبر إلى 900 قتيل."
    tl = timeline_of(("x", "2016-12-08", text))
    assert tl.days[0].counts() == {"killed": 40}


def test_undated_sentences_stay_out_and_are_counted():
    text = "قتل 40 مدنيا أمس. من جهة أخرى، تراجعت أسعار النفط."
    tl = timeline_of(("x", "2016-12-08", text))
    assert sum(len(d.entries) for d in tl.days) == 1 and tl.undated == 1


def test_json_is_deterministic_whatever_the_input_order():
    one = json.dumps(timeline_of(A, B, C).to_json(), ensure_ascii=False)
    two = json.dumps(timeline_of(C, B, A).to_json(), ensure_ascii=False)
    assert one == two
