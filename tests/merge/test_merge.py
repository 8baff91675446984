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
    assert [s.doc for s in entry.outlets] == ["a", "z"]
    # the later article says the same, nearly word for word: a copy of the first
    assert [s.doc for s in entry.sources] == ["a"]
    assert [(c.doc, of) for c, of in entry.copies] == [("z", "a")]


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


def _all_pairs(stories):
    """The merge as first written: every pair compared (the reference for the filtered one)."""
    import math
    from collections import Counter

    from timeline.merge.build import MIN_SHARED, SAME_STORY, SAME_STORY_WITH_FIGURES, _words

    words = [_words(s) for s in stories]
    df = Counter(w for ws in words for w in ws)
    n = len(stories)
    idf = {w: math.log((n + 1) / (c + 1)) + 1 for w, c in df.items()}
    parent = list(range(n))

    def find(i):
        while parent[i] != i:
            i = parent[i]
        return i

    kinds = [{f.kind for e in s.events for f in e.figures} for s in stories]
    for i in range(n):
        for j in range(i + 1, n):
            if stories[i].doc == stories[j].doc:
                continue
            shared = words[i] & words[j]
            if len(shared) < MIN_SHARED:
                continue
            smaller = min(sum(idf[w] for w in words[i]), sum(idf[w] for w in words[j]))
            bar = SAME_STORY_WITH_FIGURES if kinds[i] & kinds[j] else SAME_STORY
            if sum(idf[w] for w in shared) / smaller >= bar:
                gi, gj = find(i), find(j)
                if {stories[k].doc for k in range(n) if find(k) == gi} & \
                        {stories[k].doc for k in range(n) if find(k) == gj}:
                    continue
                parent[gj] = gi
    groups = {}
    for i in range(n):
        groups.setdefault(find(i), []).append(i)
    return sorted(groups.values())


def test_filtered_merge_groups_exactly_as_comparing_every_pair():
    import random

    from timeline.merge.build import _merge
    from timeline.model import Event, Figure
    from timeline.model import SourceRef

    vocabulary = ["حلب", "قصف", "مدنيين", "الشعار", "الفردوس", "معبر", "هدنة", "الأمم", "مجلس", "روسيا",
                  "الجيش", "المعارضة", "مستشفى", "إدلب", "حمص", "وفد", "جنيف", "مساعدات", "صواريخ", "براميل",
                  "الدفاع", "المدني", "ناشطون", "المرصد", "الإنسان", "قتلى", "جرحى", "نازحين", "الشرقية", "الغربية"]
    rng = random.Random(7)
    for trial in range(40):
        stories = []
        for k in range(rng.randint(2, 40)):
            text = " ".join(rng.sample(vocabulary, rng.randint(2, 9))) + f" {rng.randint(1, 5) * 10}"
            figures = (Figure("killed", 10, 0, 2, "10"),) if rng.random() < 0.3 else ()
            doc = f"d{rng.randint(0, 12)}"
            event = Event(doc, k, 0, len(text), text, "2016-12-08", "expression", figures=figures)
            stories.append(SourceRef(doc, "2016-12-08", None, None, None, (event,)))
        index = {id(s): i for i, s in enumerate(stories)}
        got = sorted(sorted(index[id(s)] for s in group) for group in _merge(stories))
        assert got == _all_pairs(stories), trial
