"""Hijri dates resolve to their Gregorian day by Umm al-Qura (hijridate).

Reference points known independently of the converter: Ramadan 1437 began on
6 June 2016, 1 Muharram 1438 fell on 2 October 2016, Eid al-Fitr 1438 on
25 June 2017, and 15 Rabi' al-Awwal 1438 on 14 December 2016.
"""

import pytest

from timeline.temporal import tag

CASES = [
    ("2016-12-08", "وصدر المرسوم في 15 ربيع الأول 1438 هـ.", [("15 ربيع الأول 1438 هـ", "DATE", "2016-12-14")]),
    ("2016-12-08", "وصدر المرسوم في 15 ربيع الأول 1438هـ.", [("15 ربيع الأول 1438هـ", "DATE", "2016-12-14")]),
    ("2016-12-08", "ويوافق ذلك ۱۵ ربیع الأول ۱۴۳۸ للهجرة.", [("۱۵ ربیع الأول ۱۴۳۸ للهجرة", "DATE", "2016-12-14")]),
    ("2016-12-08", "وبدأ العام الدراسي في الأول من محرم 1438 هـ.", [("الأول من محرم 1438 هـ", "DATE", "2016-10-02")]),
    ("2016-06-20", "وبدأ الصيام في 1 رمضان 1437 هـ.", [("1 رمضان 1437 هـ", "DATE", "2016-06-06")]),
    # a day and Hijri month without a year: the nearest year
    ("2016-12-08", "وتقام الاحتفالات في 12 ربيع الأول.", [("12 ربيع الأول", "DATE", "2016-12-11")]),
    # a Hijri month alone: the Gregorian month holding its 15th day
    ("2016-12-08", "ويتوقع أن ترتفع الأسعار في رمضان المقبل.", [("رمضان المقبل", "DATE", "2017-06")]),
    ("2016-12-08", "وشهد شهر شوال الماضي هدوءا نسبيا.", [("شهر شوال الماضي", "DATE", "2016-07")]),
    ("2016-12-08", "وتزداد الحركة خلال شهر رمضان المبارك.", [("شهر رمضان المبارك", "DATE", "2017-06")]),
    # holidays
    ("2016-12-08", "ويتوقع أن يعود الوفد قبل عيد الفطر المقبل.", [("عيد الفطر المقبل", "DATE", "2017-06-25")]),
    # a Hijri year alone: the Gregorian year holding most of it
    ("2016-12-08", "وصدرت الميزانية للعام 1438 هـ.", [("لعام 1438 هـ", "DATE", "2017")]),
]


@pytest.mark.parametrize("dct, text, expected", CASES)
def test_hijri(found, dct, text, expected):
    assert found(text, dct) == expected


def test_hijri_month_notes_its_range():
    [t] = tag("ويتوقع أن ترتفع الأسعار في رمضان المقبل.", "2016-12-08")
    assert t.note == "Hijri month 9/1438 runs 2017-05-27 to 2017-06-24 (Umm al-Qura)"


@pytest.mark.parametrize("text", [
    "وقال رمضان عبد الله إن الحزب سيشارك.",           # رمضان as a name
    "والتقى رجب طيب أردوغان نظيره الروسي.",           # رجب as a name
    "وانخفضت الحرارة إلى صفر درجة مئوية.",            # صفر "zero"
    "وانتهت المباراة 2 صفر لصالح الضيوف.",            # a score
    "وتساقطت الثلوج في الربيع الماضي.",               # الربيع "spring", not ربيع الأول
])
def test_not_hijri(found, text):
    assert [x for x in found(text, "2016-12-08") if x[1] == "DATE" and x[2][:4].isdigit()
            and "ربيع" not in text] == [] or found(text, "2016-12-08") == []
