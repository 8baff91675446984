"""Relative days: اليوم، أمس، البارحة، أول أمس، غدا، بعد غد, with and without a weekday.

2016-12-08 is a Thursday.
"""

import pytest

from timeline.temporal import tag

CASES = [
    # (DCT, text, expected)
    ("2016-12-08", "وقال الوزير اليوم إن المفاوضات مستمرة.", [("اليوم", "DATE", "2016-12-08")]),
    ("2016-12-08", "وأعلن الجيش أمس سيطرته على الحي.", [("أمس", "DATE", "2016-12-07")]),
    ("2016-12-08", "وكان المبعوث قد وصل بالأمس إلى العاصمة.", [("الأمس", "DATE", "2016-12-07")]),
    ("2016-12-08", "وشهدت المدينة البارحة اشتباكات عنيفة.", [("البارحة", "DATE", "2016-12-07")]),
    ("2016-12-08", "وقتل ثلاثة جنود أول أمس في كمين.", [("أول أمس", "DATE", "2016-12-06")]),
    ("2016-12-08", "واعتقلت الشرطة أول من أمس عشرة أشخاص.", [("أول من أمس", "DATE", "2016-12-06")]),
    ("2016-12-08", "ويصل الوفد غداً إلى الرياض.", [("غداً", "DATE", "2016-12-09")]),
    ("2016-12-08", "ومن المقرر أن تبدأ المحادثات غدا في جنيف.", [("غدا", "DATE", "2016-12-09")]),
    ("2016-12-08", "وتستأنف الجلسات بعد غد.", [("بعد غد", "DATE", "2016-12-10")]),
    ("2016-12-08", "وينتظر أن يصدر القرار يوم غد.", [("يوم غد", "DATE", "2016-12-09")]),
    ("2016-12-08", "وقال يوم أمس إنه لن يستقيل.", [("يوم أمس", "DATE", "2016-12-07")]),
    # with a weekday that agrees
    ("2016-12-08", "وصرح أمس الأربعاء بأن الاتفاق انهار.", [("أمس الأربعاء", "DATE", "2016-12-07")]),
    ("2016-12-08", "وأكد اليوم الخميس أن القصف توقف.", [("اليوم الخميس", "DATE", "2016-12-08")]),
    ("2016-12-08", "وتقدمت القوات، أمس (الأربعاء)، في حي جديد.", [("أمس (الأربعاء)", "DATE", "2016-12-07")]),
    ("2016-12-08", "وأعلنت الوزارة اليوم، الخميس، عن خطة جديدة.", [("اليوم، الخميس", "DATE", "2016-12-08")]),
    ("2016-12-08", "ويزور الرئيس باريس غدا الجمعة.", [("غدا الجمعة", "DATE", "2016-12-09")]),
    # with clitics
    ("2016-12-08", "وأمس قال الناطق إن الهدنة صامدة.", [("أمس", "DATE", "2016-12-07")]),
    ("2016-12-08", "وحتى اليوم لم يصدر أي بيان.", [("اليوم", "DATE", "2016-12-08")]),
    # Egyptian spelling, tatweel and diacritics
    ("2016-12-08", "وقال فى بيان أمـس الأربعاء إن الأسعار سترتفع.", [("أمـس الأربعاء", "DATE", "2016-12-07")]),
    ("2016-12-08", "وأعلنت الحكومة اليَوْمَ الخَمِيس حالة الطوارئ.", [("اليَوْمَ الخَمِيس", "DATE", "2016-12-08")]),
    ("2016-12-05", "وقالت الأمم المتحدة إن التصويت سيجري اليوم الإثنين.", [("اليوم الإثنين", "DATE", "2016-12-05")]),
    ("2016-12-05", "وقال مسؤول إن التصويت جرى أمس الاحد.", [("أمس الاحد", "DATE", "2016-12-04")]),
]


@pytest.mark.parametrize("dct, text, expected", CASES)
def test_relative_days(found, dct, text, expected):
    assert found(text, dct) == expected


# A weekday that disagrees with the publication date wins (TIMEX-SPEC): the
# nearest such weekday on the side the relative word points to, with a note.
DISAGREE = [
    # wire paragraph written on Tuesday, published on Wednesday 2016-12-14
    ("2016-12-14", "وتوقف القصف في وقت متأخر اليوم الثلاثاء.", "2016-12-13"),
    ("2016-12-14", "وقال المتحدث اليوم الثلاثاء إن المحادثات ستستمر.", "2016-12-13"),
    # "yesterday Wednesday" in an article dated Friday: the Wednesday before
    ("2016-12-09", "وكان الوزير قد صرح أمس الأربعاء بأن المفاوضات متعثرة.", "2016-12-07"),
    # "tomorrow Sunday" in an article dated Friday: the Sunday after
    ("2016-12-09", "ويصل الوفد غدا الأحد إلى بغداد.", "2016-12-11"),
]


@pytest.mark.parametrize("dct, text, value", DISAGREE)
def test_weekday_wins_and_is_reported(dct, text, value):
    [t] = [t for t in tag(text, dct) if t.type in ("DATE", "TIME")]
    assert t.value == value
    assert t.note and "weekday" in t.note and value in t.note
    assert t.resolution == "relative-day:weekday-wins"


@pytest.mark.parametrize("text, span, value", [
    ("وأفاد بيان أن الوزير يتوجه غدا 8 مارس إلى عمان.", "غدا 8 مارس", "2020-03-08"),
    ("ويتوجه الوفد غدا 8 آذار إلى عمان.", "غدا 8 آذار", "2020-03-08"),
])
def test_bare_ghada_is_a_day_when_a_date_follows_it(text, span, value):
    """Bare غدا (no tanwin) is also the verb "became"; a day and a month right after it
    make it the day (and one expression with that date)."""
    assert [(t.text, t.value) for t in tag(text, "2020-03-07") if t.type == "DATE"] == [(span, value)]


def test_agreeing_weekday_has_no_note():
    [t] = tag("وصرح أمس الأربعاء بأن الاتفاق انهار.", "2016-12-08")
    assert t.note is None


@pytest.mark.parametrize("dct, text", [
    # غدا is also the verb "became"
    ("2016-12-08", "غدا الوضع في المدينة كارثيا بعد القصف."),
    ("2016-12-08", "وقال إن المشهد غدا أكثر تعقيدا."),
    ("2016-12-08", "وقال إن الوضع غدا 8 مرات أسوأ مما كان."),    # a number, but no month after it
    # اليوم followed by a word that makes it "the day ..."
    ("2016-12-08", "وتحتفل المنظمات باليوم العالمي لحقوق الإنسان."),
    ("2016-12-08", "وشهد اليوم الأول من الهدنة خروقات."),
    # أمسية is "an evening event", not أمس
    ("2016-12-08", "ونظمت الجمعية أمسية شعرية."),
])
def test_not_relative_days(found, dct, text):
    assert found(text, dct) == []
