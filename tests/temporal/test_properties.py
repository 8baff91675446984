"""Any text, any publication date: the tagger never raises, and every span
slices the original text exactly (offsets are never shifted by folding)."""

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.temporal import tag
from timeline.temporal.values import valid_value

# Fragments that reach deep into the grammar, to be mixed with noise.
FRAGMENTS = [
    "أمس", "اليوم", "غداً", "أول أمس", "الخميس", "الأحد المقبل", "(الاثنين)", "صباح", "مساء",
    "ليلة", "الساعة", "الخامسة", "03:00", "بتوقيت غرينتش", "15", "١٥", "۱۵", "نوفمبر",
    "تشرين الثاني", "/", "نونبر", "2016", "هـ", "ربيع الأول", "1438", "رمضان", "قبل",
    "بعد", "أسبوع", "أيام", "يومين", "شهرين ونصف", "منذ", "الماضي", "المقبل", "نهاية",
    "العام", "هذا", "الأسبوع", "منتصف", "الثالث من", "ديسمبر", "غداة", "عشية", "اليوم التالي",
    "من ذلك", "بعد ذلك ب", "ال", "الـ", "ـ", "\u064b", "\u0651", "\u200f", "ﻻ", "فى", "،", ".",
    "؟", "\n", " ", "و", "ب", "ل", "الأيام", "الماضية", "كل", "يوميا", "مؤخرا", "الآن",
]

texts = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=6)), max_size=40
).map("".join)
dates = st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2200, 12, 31))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, dct=dates)
def test_never_raises_and_spans_slice_the_original(text, dct):
    found = tag(text, dct)
    previous_end = 0
    for t in found:
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start:t.end] == t.text
        assert t.start >= previous_end, "expressions overlap or are out of order"
        previous_end = t.end
        assert valid_value(t.type, t.value, t.mod), (t.type, t.value, t.mod)


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=200), dct=dates)
def test_arbitrary_unicode(text, dct):
    for t in tag(text, dct):
        assert text[t.start:t.end] == t.text


def test_out_of_calendar_offsets_are_dropped_not_invalid():
    found = tag("وصل غداً بعد 9000 عام وقبل 999999 يوم", dt.date(2200, 12, 31))
    assert [t.text for t in found] == ["غداً"]
