"""Offsets and periods: قبل أسبوع، بعد 3 أيام، الأسبوع الماضي، نهاية العام ...

2016-12-08 is a Thursday in ISO week 2016-W49.
"""

import datetime as dt

import dateparser
import pytest
from hypothesis import given, settings, strategies as st

from timeline.temporal.calendar import shift_months, shift_years

from timeline.temporal import tag

CASES = [
    ("2016-12-05", "وسيطر الجيش على عدة أحياء قبل أسبوع.", [("قبل أسبوع", "DATE", "2016-11-28")]),
    ("2016-12-08", "وقتل الصحفي قبل 3 أيام.", [("قبل 3 أيام", "DATE", "2016-12-05")]),
    ("2016-12-08", "وأطلق سراحه قبل يومين.", [("قبل يومين", "DATE", "2016-12-06")]),
    ("2016-12-08", "وانهارت الهدنة قبل ثلاثة أسابيع.", [("قبل ثلاثة أسابيع", "DATE", "2016-11-17")]),
    ("2016-12-31", "وأغلق المعبر قبل شهرين.", [("قبل شهرين", "DATE", "2016-10-31")]),
    ("2016-12-08", "ووقعت الاتفاقية قبل نحو عامين.", [("قبل نحو عامين", "DATE", "2014", "APPROX")]),
    ("2016-12-08", "ويصدر الحكم بعد يومين.", [("بعد يومين", "DATE", "2016-12-10")]),
    ("2016-12-08", "وقال إنه التقى الوزير قبل أيام.", [("قبل أيام", "DATE", "PAST_REF")]),
    ("2016-12-08", "ويتوقع صدور القرار بعد أسابيع.", [("بعد أسابيع", "DATE", "FUTURE_REF")]),
    # an offset after an explicit date counts from it (TIMEX-SPEC)
    ("2016-12-14",
     "وفي الثالث من ديسمبر أيدوا هذا المفهوم، ولكن بعد 3 أيام نقضوا الاتفاق.",
     [("الثالث من ديسمبر", "DATE", "2016-12-03"), ("بعد 3 أيام", "DATE", "2016-12-06")]),
    ("2016-12-08", "وعادت الاشتباكات بعد 5 أيام من 20 نوفمبر.",
     [("بعد 5 أيام", "DATE", "2016-11-25"), ("20 نوفمبر", "DATE", "2016-11-20")]),
    ("2016-12-08", "واعتقل في 20 نوفمبر وأفرج عنه بعد ذلك بيومين.",
     [("20 نوفمبر", "DATE", "2016-11-20"), ("بعد ذلك بيومين", "DATE", "2016-11-22")]),
    # ... but a future clause counts from today
    ("2016-12-08", "وتنتهي المهلة في 20 نوفمبر، وسيصدر الحكم بعد يومين.",
     [("20 نوفمبر", "DATE", "2016-11-20"), ("بعد يومين", "DATE", "2016-12-10")]),
    # counted from an event: a duration, بعد is its signal
    ("2016-12-08", "وعاد الهدوء بعد أسبوعين من الهجوم.", [("أسبوعين", "DURATION", "P2W")]),
    # anaphoric days
    ("2016-10-07", "ويعقد مجلس الأمن جلسة طارئة غداة تحذير المبعوث الدولي.", [("غداة", "DATE", "2016-10-07")]),
    ("2016-12-08", "ووصل الوفد في 20 نوفمبر، وفي اليوم التالي التقى الرئيس.",
     [("20 نوفمبر", "DATE", "2016-11-20"), ("اليوم التالي", "DATE", "2016-11-21")]),
    ("2016-12-08", "وجرت الانتخابات في 4 ديسمبر، وشهدت عشية الاقتراع هدوءا.",
     [("4 ديسمبر", "DATE", "2016-12-04"), ("عشية", "DATE", "2016-12-03")]),
    # weeks, months, years relative to the DCT
    ("2016-12-08", "ووصل الوفد الأسبوع الماضي.", [("الأسبوع الماضي", "DATE", "2016-W48")]),
    ("2016-12-08", "ويغادر الوفد الأسبوع المقبل.", [("الأسبوع المقبل", "DATE", "2016-W50")]),
    ("2016-12-08", "وشهد هذا الأسبوع هدوءا.", [("هذا الأسبوع", "DATE", "2016-W49")]),
    ("2016-12-08", "وتستمر المحادثات خلال الأسبوع الجاري.", [("الأسبوع الجاري", "DATE", "2016-W49")]),
    ("2016-10-07", "وتطرح فرنسا مشروع القرار نهاية هذا الأسبوع.", [("نهاية هذا الأسبوع", "DATE", "2016-W40-WE")]),
    ("2016-12-08", "وتنتهي المهلة نهاية الشهر.", [("نهاية الشهر", "DATE", "2016-12", "END")]),
    ("2016-12-08", "وبدأ تطبيق القرار مطلع الشهر الجاري.", [("مطلع الشهر الجاري", "DATE", "2016-12", "START")]),
    ("2016-12-08", "ووصلت الشحنة منتصف الشهر الماضي.", [("منتصف الشهر الماضي", "DATE", "2016-11", "MID")]),
    ("2016-12-08", "وتنتهي الأعمال أواخر الشهر المقبل.", [("أواخر الشهر المقبل", "DATE", "2017-01", "END")]),
    ("2016-10-07", "وقد تدمر الأحياء الشرقية بالكامل بحلول نهاية العام.", [("نهاية العام", "DATE", "2016", "END")]),
    ("2016-12-08", "وتبدأ الانتخابات مطلع العام المقبل.", [("مطلع العام المقبل", "DATE", "2017", "START")]),
]


@pytest.mark.parametrize("dct, text, expected", CASES)
def test_offsets_and_periods(found, dct, text, expected):
    assert found(text, dct) == expected


def test_offset_anchor_is_recorded():
    text = "وفي الثالث من ديسمبر أيدوا المفهوم، ولكن بعد 3 أيام نقضوا الاتفاق."
    offset = [t for t in tag(text, "2016-12-14") if t.text == "بعد 3 أيام"][0]
    assert offset.resolution == "offset:after-date"
    assert offset.anchor.startswith("expression at")


def test_month_offsets_clip_the_end_of_the_month():
    # 31 December minus one month is 30 November (end of month clipped)
    [t] = tag("وأغلق المعبر قبل شهر.", "2016-12-31")
    assert t.value == "2016-11-30"


@settings(max_examples=150, deadline=None)
@given(day=st.dates(dt.date(1990, 1, 1), dt.date(2060, 12, 31)),
       count=st.integers(-30, 30).filter(bool), unit=st.sampled_from(["months", "years"]))
def test_month_and_year_steps_agree_with_dateparser(day, count, unit):
    """Our own month and year steps give what dateparser's relative dates give."""
    base = dt.datetime(day.year, day.month, day.day, 12, 0)
    phrase = f"in {count} {unit}" if count > 0 else f"{-count} {unit} ago"
    expected = dateparser.parse(phrase, languages=["en"],
                                settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "current_period"})
    step = shift_months if unit == "months" else shift_years
    assert step(day, count) == expected.date()
