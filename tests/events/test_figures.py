"""Casualty and displacement figures."""

import pytest

from timeline.events.figures import extract_figures
from timeline.temporal import tag


def figures(text, dct="2016-12-08"):
    return [(f.kind, f.count) + ((f.approx,) if f.approx else ()) + (("cumulative",) if f.cumulative else ())
            for f in extract_figures(text, 0, len(text), tag(text, dct, roles=True))]


@pytest.mark.parametrize("text, expected", [
    ("خلف القصف 24 قتيلا وعشرات الجرحى.", [("killed", 24), ("injured", 10, "VAGUE")]),
    ("أدى القصف إلى مقتل 18 مدنيا.", [("killed", 18)]),
    ("أعلن عن استشهاد أكثر من 60 شخصا وجرح 120 آخرين.", [("killed", 60, "MORE_THAN"), ("injured", 120)]),
    ("قال إن 60 شخصا قتلوا في الهجوم.", [("killed", 60)]),
    ("فر ما لا يقل عن 30 ألف شخص من المنطقة.", [("displaced", 30000, "AT_LEAST")]),
    ("ويقدر المكتب أن 5000 نزحوا عن بيوتهم.", [("displaced", 5000)]),
    ("وأصيب ما بين 3000 و3500 شخص.", [("injured", 3000)]),
    ("وقتل ألف وخمسمائة شخص في المدينة.", [("killed", 1500)]),
    ("وقتل خمسة وعشرون شخصا.", [("killed", 25)]),
    ("بمقتل 19 شخصا على الأقل.", [("killed", 19, "AT_LEAST")]),
    ("وقتل نحو 200 شخص.", [("killed", 200, "APPROX")]),
    ("حصيلة القتلى تجاوزت الثلاثين.", [("killed", 30, "MORE_THAN")]),
    ("واعتقلت الشرطة 15 شخصا، وتم إجلاء 300 مدني.", [("arrested", 15), ("evacuated", 300)]),
    # subsets are part of a figure already counted
    ("قتل 319 مدنيا بينهم 44 طفلا.", [("killed", 319)]),
    # counts of other things are not figures
    ("ارتفع المؤشر 3.5 في المئة وشارك 2000 متظاهر في المسيرة.", []),
    ("وبلغ سعر البرميل 57 دولارا.", []),
])
def test_figures(text, expected):
    assert [f[:3] if len(f) > 2 and f[2] != "cumulative" else f[:2] + tuple(x for x in f[2:] if x != "cumulative")
            for f in figures(text)] == expected


def test_cumulative_since_a_date_is_marked_and_dated():
    text = "ومنذ 15 نوفمبر الماضي قتل ألف و71 مدنيا وأصيب آلاف آخرون."
    fs = extract_figures(text, 0, len(text), tag(text, "2016-12-13", roles=True))
    assert [(f.kind, f.count, f.cumulative, f.since) for f in fs] == [
        ("killed", 1071, True, "2016-11-15"), ("injured", 1000, True, "2016-11-15")]


def test_a_running_total_after_the_day_count():
    text = "قتل 60 شخصا أمس، ليرتفع عدد القتلى منذ 15 نوفمبر إلى 845 قتيلا."
    fs = extract_figures(text, 0, len(text), tag(text, "2016-12-08", roles=True))
    assert [(f.count, f.cumulative) for f in fs] == [(60, False), (845, True)]


def test_a_later_date_ends_a_running_total():
    text = "ومنذ بدء الهجوم قتل 500 شخص، فيما قتل أمس 20 شخصا."
    fs = extract_figures(text, 0, len(text), tag(text, "2016-12-08", roles=True))
    assert [(f.count, f.cumulative) for f in fs] == [(500, True), (20, False)]


def test_stretch_of_days_makes_a_running_total():
    text = "وقتل أكثر من 800 شخص في الأيام الـ26 الماضية."
    fs = extract_figures(text, 0, len(text), tag(text, "2016-12-08", roles=True))
    assert fs[0].cumulative


def test_figure_spans_point_into_the_original_text():
    text = "وقُتِلَ ٢٤ شخصاً أمس."
    [f] = extract_figures(text, 0, len(text), tag(text, "2016-12-08", roles=True))
    assert text[f.start:f.end] == f.text == "٢٤" and f.count == 24
