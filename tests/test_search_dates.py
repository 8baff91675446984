"""``timeline.search_dates`` against ``dateparser.search.search_dates`` on the same inputs.

Other languages: the very same answer (a pass-through). Arabic: dateparser's shape,
the right dates, and the same datetime dateparser gives for the English equivalent
(how a month or year is filled in, the time of day, time zones).
"""

from __future__ import annotations

import datetime as dt

import pytest
from dateparser.conf import Settings, SettingValidationError
from dateparser.search import search_dates as dateparser_search

from timeline.search import search_dates

BASE = dt.datetime(2016, 12, 8)          # a Thursday
AT = {"RELATIVE_BASE": BASE}


def shaped(result) -> bool:
    """dateparser's return shape: None, or a non-empty list of (str, datetime)."""
    if result is None:
        return True
    return (isinstance(result, list) and len(result) > 0
            and all(isinstance(r, tuple) and len(r) == 2 and isinstance(r[0], str)
                    and isinstance(r[1], dt.datetime) for r in result))


def in_order(text: str, result) -> bool:
    """Every matched text is a substring of the text, in text order."""
    pos = 0
    for match, *_ in result or ():
        found = text.find(match, pos)
        if found < 0:
            return False
        pos = found + len(match)
    return True


# -- Arabic: the right dates ------------------------------------------------------

ARABIC = [
    # (text, RELATIVE_BASE, expected)
    ("قال مسؤول أمس الأربعاء إن القوات الحكومية تقدمت في الأحياء الشرقية.", BASE,
     [("أمس الأربعاء", dt.datetime(2016, 12, 7))]),
    ("وأعلن الجيش في بيان صباح اليوم السيطرة على حي جديد.", BASE,
     [("صباح اليوم", dt.datetime(2016, 12, 8, 9, 0))]),
    ("ومن المقرر أن يجتمع مجلس الأمن الدولي الأحد المقبل لبحث الوضع.", BASE,
     [("الأحد المقبل", dt.datetime(2016, 12, 11))]),
    ("وسيعقد المؤتمر في 15 يناير في جنيف بمشاركة الأطراف.", BASE,
     [("15 يناير", dt.datetime(2017, 1, 15))]),
    ("وقتل 12 شخصا في 3 كانون الأول 2016 بحسب الدفاع المدني.", BASE,
     [("3 كانون الأول 2016", dt.datetime(2016, 12, 3))]),
    ("وكانت المعارضة قد سيطرت على المدينة في يوليو/تموز 2012.", BASE,        # the day: the base's
     [("يوليو/تموز 2012", dt.datetime(2012, 7, 8))]),
    ("وأوضح البيان الصادر يوم ١٥ ربيع الأول ١٤٣٨ هـ أن المعابر مغلقة.", BASE,
     [("١٥ ربيع الأول ١٤٣٨ هـ", dt.datetime(2016, 12, 14))]),
    ("بدأت الهدنة في الساعة العاشرة من صباح أمس.", BASE,
     [("الساعة العاشرة من صباح أمس", dt.datetime(2016, 12, 7, 10, 0))]),
    ("وفي 28 فبراير الماضي وقع انفجار قرب السوق.", dt.datetime(2017, 3, 15),
     [("28 فبراير الماضي", dt.datetime(2017, 2, 28))]),
    ("وقالت الوكالة إن الطائرات قصفت المنطقة الثلاثاء والأربعاء.", dt.datetime(2020, 5, 1),   # a Friday
     [("الثلاثاء", dt.datetime(2020, 4, 28)), ("الأربعاء", dt.datetime(2020, 4, 29))]),
    ("وأفاد ناشطون منذ ساعتين بسقوط قذائف.", dt.datetime(2016, 12, 8, 14, 45),
     [("ساعتين", dt.datetime(2016, 12, 8, 12, 45))]),
]


@pytest.mark.parametrize("text,base,expected", ARABIC, ids=[t[:24] for t, _, _ in ARABIC])
def test_arabic_dates(text, base, expected):
    got = search_dates(text, languages=["ar"], settings={"RELATIVE_BASE": base})
    assert got == expected
    assert shaped(got) and shaped(dateparser_search(text, languages=["ar"], settings={"RELATIVE_BASE": base}))
    assert in_order(text, got)


@pytest.mark.parametrize("text,base,expected", ARABIC[:4], ids=[t[:24] for t, _, _ in ARABIC[:4]])
def test_arabic_detected_without_languages(text, base, expected):
    assert search_dates(text, settings={"RELATIVE_BASE": base}) == expected


@pytest.mark.parametrize("text", [
    "وصرح وزير الخارجية بأن المحادثات ستستمر رغم الخلافات.",
    "واستمر القصف لمدة ثلاثة أيام، ويتكرر كل يوم اثنين.",     # a duration and a set: no point in time
    "وقال ناشطون مؤخرا إن الوضع سيتحسن لاحقا.",             # PAST_REF, FUTURE_REF
])
def test_arabic_nothing_is_none(text):
    assert search_dates(text, languages=["ar"], settings=AT) is None
    assert search_dates(text, settings=AT) is None


def test_matched_text_is_the_original_text():
    """Diacritics and tatweel stay in the match: it is the text as given, not as normalised."""
    text = "قال مسؤولٌ أمـــسِ الأربعاءَ إن المعارك توقفت."
    got = search_dates(text, languages=["ar"], settings=AT)
    assert got == [("أمـــسِ الأربعاءَ", dt.datetime(2016, 12, 7))]
    assert in_order(text, got)


def test_present_ref_is_the_anchor_as_dateparser_now():
    base = dt.datetime(2016, 12, 8, 12, 30)
    got = search_dates("ويعيش الآن في المخيم آلاف النازحين.", languages=["ar"], settings={"RELATIVE_BASE": base})
    assert got == [("الآن", base)]
    assert dateparser_search("thousands live there now", languages=["en"],
                             settings={"RELATIVE_BASE": base}) == [("now", base)]


def test_default_anchor_is_now():
    before = dt.datetime.now()
    (match, when), = search_dates("قال مسؤول أمس إن", languages=["ar"])
    after = dt.datetime.now()
    assert match == "أمس"
    assert before - dt.timedelta(days=1) <= when <= after - dt.timedelta(days=1)


def test_a_range_gives_both_ends():
    got = search_dates("وتستمر الحملة من 10 إلى 15 ديسمبر في المحافظة.", languages=["ar"], settings=AT)
    assert [w for _, w in got] == [dt.datetime(2016, 12, 10), dt.datetime(2016, 12, 15)]


# -- Arabic and English side by side: how dateparser fills what is missing --------

PAIRS = [
    ("أمس", "yesterday"),
    ("غداً", "tomorrow"),
    ("الشهر الماضي", "last month"),
    ("الشهر المقبل", "next month"),
    ("العام الماضي", "last year"),
    ("الأسبوع الماضي", "last week"),
    ("قبل ثلاثة أيام", "3 days ago"),
    ("في ديسمبر 2016", "in December 2016"),
    ("في فبراير 2016", "in February 2016"),
    ("عام 2015", "in 2015"),
    ("مساء أمس", "yesterday evening"),
    ("في 7 ديسمبر 2016", "on 7 December 2016"),
]
SETTINGS = [
    {"RELATIVE_BASE": dt.datetime(2016, 12, 8, 12, 30)},
    {"RELATIVE_BASE": dt.datetime(2016, 3, 31, 7, 5)},
    {"RELATIVE_BASE": dt.datetime(2016, 12, 8, 12, 30), "PREFER_DAY_OF_MONTH": "first"},
    {"RELATIVE_BASE": dt.datetime(2016, 12, 8, 12, 30), "PREFER_DAY_OF_MONTH": "last",
     "PREFER_MONTH_OF_YEAR": "first"},
    {"RELATIVE_BASE": dt.datetime(2016, 12, 8, 12, 30), "PREFER_MONTH_OF_YEAR": "last"},
    {"RELATIVE_BASE": dt.datetime(2016, 12, 8, 12, 30), "RETURN_AS_TIMEZONE_AWARE": True,
     "TIMEZONE": "Asia/Damascus"},
    {"RELATIVE_BASE": dt.datetime(2016, 12, 8, 12, 30), "TIMEZONE": "UTC", "TO_TIMEZONE": "Asia/Riyadh"},
    {"RELATIVE_BASE": dt.datetime(2016, 12, 8, 12, 30), "TIMEZONE": "UTC", "TO_TIMEZONE": "Asia/Riyadh",
     "RETURN_AS_TIMEZONE_AWARE": True},
]


@pytest.mark.parametrize("settings", SETTINGS, ids=[",".join(f"{k}={v}" for k, v in s.items() if k != "RELATIVE_BASE")
                                                    or str(s["RELATIVE_BASE"]) for s in SETTINGS])
@pytest.mark.parametrize("arabic,english", PAIRS, ids=[e for _, e in PAIRS])
def test_same_datetime_as_dateparser_on_english(arabic, english, settings):
    ours = search_dates(f"قال مسؤول {arabic} إن القوات انسحبت.", languages=["ar"], settings=settings)
    theirs = dateparser_search(f"An official said {english} that the forces withdrew.", languages=["en"],
                               settings=settings)
    assert len(ours) == len(theirs) == 1
    assert ours[0][1] == theirs[0][1]
    assert (ours[0][1].tzinfo is None) == (theirs[0][1].tzinfo is None)
    assert ours[0][1].utcoffset() == theirs[0][1].utcoffset()


def test_timezone_aware_when_asked():
    settings = {"RELATIVE_BASE": BASE, "RETURN_AS_TIMEZONE_AWARE": True, "TIMEZONE": "Asia/Damascus"}
    (_, when), = search_dates("قال مسؤول أمس الأربعاء إن", languages=["ar"], settings=settings)
    assert when.tzinfo is not None and when.utcoffset() == dt.timedelta(hours=2)   # Syria in December 2016
    assert when.replace(tzinfo=None) == dt.datetime(2016, 12, 7)
    (_, naive), = search_dates("قال مسؤول أمس الأربعاء إن", languages=["ar"], settings=AT)
    assert naive.tzinfo is None


def test_parts_of_day_setting():
    from dateparser._parts_of_day import PartsOfDay

    settings = {"RELATIVE_BASE": BASE, "PARTS_OF_DAY": PartsOfDay(evening=dt.time(19, 30))}
    assert search_dates("وقع الانفجار مساء أمس", languages=["ar"], settings=settings) == [
        ("مساء أمس", dt.datetime(2016, 12, 7, 19, 30))]
    assert dateparser_search("the blast was yesterday evening", languages=["en"], settings=settings)[0][1] == \
        dt.datetime(2016, 12, 7, 19, 30)


@pytest.mark.parametrize("settings,text,expected", [
    # START/END of a period: its first/last day (the anchor's time: counted from it)
    ({}, "وتبدأ المحادثات مطلع الشهر المقبل", dt.datetime(2017, 1, 1, 12, 30)),
    ({}, "وتنتهي الهدنة نهاية العام", dt.datetime(2016, 12, 31, 12, 30)),
    ({}, "وتستأنف المفاوضات مطلع الأسبوع المقبل", dt.datetime(2016, 12, 12, 12, 30)),     # Monday
    ({}, "وتنتهي المهلة أواخر الأسبوع المقبل", dt.datetime(2016, 12, 18, 12, 30)),        # Sunday
    # a weekend: its Saturday
    ({}, "ويتوقع هطول أمطار نهاية الأسبوع", dt.datetime(2016, 12, 10, 12, 30)),
    # a quarter: the month in the anchor's place in its quarter, or its first/last month
    ({}, "وارتفعت الأسعار في الربع الأول من العام", dt.datetime(2016, 3, 8)),
    ({"PREFER_MONTH_OF_YEAR": "first", "PREFER_DAY_OF_MONTH": "first"},
     "وارتفعت الأسعار في الربع الأول من العام", dt.datetime(2016, 1, 1)),
    ({"PREFER_MONTH_OF_YEAR": "last", "PREFER_DAY_OF_MONTH": "last"},
     "وارتفعت الأسعار في الربع الأول من العام", dt.datetime(2016, 3, 31)),
])
def test_periods_and_their_edges(settings, text, expected):
    got = search_dates(text, languages=["ar"], settings={"RELATIVE_BASE": dt.datetime(2016, 12, 8, 12, 30), **settings})
    assert [when for _, when in got] == [expected]


# -- PREFER_DATES_FROM --------------------------------------------------------------

@pytest.mark.parametrize("prefer,arabic,english,expected", [
    # a bare weekday in a report (the unmarked past): the side is open
    (None, "وصل الوفد الأحد إلى المدينة", None, dt.datetime(2016, 12, 4)),
    ("past", "وصل الوفد الأحد إلى المدينة", "the delegation arrived on Sunday", dt.datetime(2016, 12, 4)),
    ("future", "وصل الوفد الأحد إلى المدينة", "the delegation arrived on Sunday", dt.datetime(2016, 12, 11)),
    ("current_period", "وصل الوفد الأحد إلى المدينة", None, dt.datetime(2016, 12, 11)),   # Thursday's week
    # a month alone
    ("past", "وقع الانفجار في يناير", "the blast was in January", dt.datetime(2016, 1, 8)),
    ("future", "وقع الانفجار في يناير", "the blast was in January", dt.datetime(2017, 1, 8)),
    ("current_period", "وقع الانفجار في يناير", "the blast was in January", dt.datetime(2016, 1, 8)),
    # a day and month
    ("past", "وقع الانفجار في 15 نوفمبر", "the blast was on 15 November", dt.datetime(2016, 11, 15)),
    ("future", "وقع الانفجار في 15 نوفمبر", "the blast was on 15 November", dt.datetime(2017, 11, 15)),
    ("current_period", "وقع الانفجار في 15 نوفمبر", "the blast was on 15 November", dt.datetime(2016, 11, 15)),
])
def test_prefer_dates_from_where_the_text_leaves_it_open(prefer, arabic, english, expected):
    settings = dict(AT, **({"PREFER_DATES_FROM": prefer} if prefer else {}))
    (_, when), = search_dates(arabic, languages=["ar"], settings=settings)
    assert when == expected
    if english:
        (_, theirs), = dateparser_search(english, languages=["en"], settings=settings)
        assert theirs == expected


@pytest.mark.parametrize("prefer", ["past", "future", "current_period"])
def test_cue_words_and_future_verbs_keep_their_reading(prefer):
    settings = dict(AT, PREFER_DATES_FROM=prefer)
    assert search_dates("يجتمع المجلس الأحد المقبل", languages=["ar"], settings=settings)[0][1] == \
        dt.datetime(2016, 12, 11)
    assert search_dates("اجتمع المجلس الأحد الماضي", languages=["ar"], settings=settings)[0][1] == \
        dt.datetime(2016, 12, 4)
    assert search_dates("سيصل الوفد الأحد إلى المدينة", languages=["ar"], settings=settings)[0][1] == \
        dt.datetime(2016, 12, 11)
    assert search_dates("وقع الانفجار في 15 نوفمبر 2015", languages=["ar"], settings=settings)[0][1] == \
        dt.datetime(2015, 11, 15)


def test_settings_object_and_bad_settings_as_dateparser():
    settings = Settings().replace(RELATIVE_BASE=BASE, PREFER_DATES_FROM="future")
    assert search_dates("وصل الوفد الأحد", languages=["ar"], settings=settings)[0][1] == dt.datetime(2016, 12, 11)
    for bad, error in (({"PREFER_DATES_FROM": "soon"}, SettingValidationError), (3, TypeError)):
        with pytest.raises(error):
            dateparser_search("أمس", languages=["ar"], settings=bad)
        with pytest.raises(error):
            search_dates("أمس", languages=["ar"], settings=bad)


def test_period_and_language_as_dateparser_adds_them():
    text = "وقع الانفجار مساء أمس، وكان الهجوم الأول في الشهر الماضي عام 2016"
    got = search_dates(text, languages=["ar"], settings=AT, add_period=True, add_detected_language=True)
    assert [(m, p, lang) for m, _, p, lang in got] == [
        ("مساء أمس", "day", "ar"), ("الشهر الماضي", "month", "ar"), ("عام 2016", "year", "ar")]
    timed = search_dates(text, languages=["ar"], settings=dict(AT, RETURN_TIME_AS_PERIOD=True), add_period=True)
    assert timed[0][2] == "part_of_day"
    theirs = dateparser_search("the blast was yesterday evening", languages=["en"],
                               settings=dict(AT, RETURN_TIME_AS_PERIOD=True), add_period=True,
                               add_detected_language=True)
    assert [len(t) for t in theirs] == [4] and theirs[0][2] == "part_of_day"


# -- where dateparser reads Arabic wrong --------------------------------------------

@pytest.mark.parametrize("text,right", [
    # a future meeting «الأحد المقبل»: dateparser gives last Sunday
    ("ومن المقرر أن يجتمع مجلس الأمن الدولي الأحد المقبل لبحث الوضع.", dt.datetime(2016, 12, 11)),
    # a day in the Levantine month name: dateparser finds only the year, on the base's month and day
    ("وقتل 12 شخصا في 3 كانون الأول 2016 بحسب الدفاع المدني.", dt.datetime(2016, 12, 3)),
    # a Hijri date: dateparser reads the Hijri year as a Gregorian one (1438)
    ("وأوضح البيان الصادر يوم ١٥ ربيع الأول ١٤٣٨ هـ أن المعابر مغلقة.", dt.datetime(2016, 12, 14)),
    # a conference to come: dateparser puts it eleven months back
    ("وسيعقد المؤتمر في 15 يناير في جنيف بمشاركة الأطراف.", dt.datetime(2017, 1, 15)),
])
def test_dateparser_wrong_where_we_are_right(text, right):
    theirs = dateparser_search(text, languages=["ar"], settings=AT)
    assert right not in [when for _, when in theirs or ()]
    assert [when for _, when in search_dates(text, languages=["ar"], settings=AT)] == [right]


def test_the_readme_sentence():
    """The README's side-by-side example, as it shows it."""
    text = "قال مسؤول أمس الأربعاء إن مجلس الأمن سيجتمع الأحد المقبل، بعد مقتل 12 مدنيا في 3 كانون الأول 2016."
    assert search_dates(text, settings=AT) == [
        ("أمس الأربعاء", dt.datetime(2016, 12, 7)), ("الأحد المقبل", dt.datetime(2016, 12, 11)),
        ("3 كانون الأول 2016", dt.datetime(2016, 12, 3))]
    assert dateparser_search(text, settings=AT) == [
        ("أمس", dt.datetime(2016, 12, 7)), ("الأربعاء", dt.datetime(2016, 12, 7)),
        ("الأحد", dt.datetime(2016, 12, 4)), ("2016", dt.datetime(2016, 12, 8))]


# -- other languages: dateparser itself ---------------------------------------------

OTHER = [
    ("An official said on Wednesday that the talks would resume on 15 January.", ["en"]),
    ("The army took the district last week, three days after the strike.", ["en"]),
    ("Nothing in this sentence is a date.", ["en"]),
    ("Le ministre a déclaré hier que les négociations reprendraient le 3 janvier 2017.", ["fr"]),
    ("Les combats ont repris mardi matin.", ["fr"]),
    ("An official said yesterday at 10:00 GMT that the convoy had left.", None),
    ("Le ministre a déclaré hier que les négociations reprendraient lundi prochain.", None),
    ("The delegation arrived in Aleppo on Sunday.", ["ar", "en"]),      # Arabic allowed, the text is English
    ("دیروز هیئت به شهر رسید و روز یکشنبه مذاکرات آغاز می‌شود.", None),   # Persian: detected, not Arabic
]
OTHER_SETTINGS = [
    AT,
    {"RELATIVE_BASE": dt.datetime(2016, 12, 8, 12, 30), "PREFER_DATES_FROM": "future"},
    {"RELATIVE_BASE": BASE, "RETURN_AS_TIMEZONE_AWARE": True, "TIMEZONE": "Europe/Paris"},
]


@pytest.mark.parametrize("settings", OTHER_SETTINGS, ids=["base", "future", "aware"])
@pytest.mark.parametrize("text,languages", OTHER, ids=[t[:24] for t, _ in OTHER])
def test_other_languages_pass_through(text, languages, settings):
    ours = search_dates(text, languages=languages, settings=settings)
    assert ours == dateparser_search(text, languages=languages, settings=settings)
    assert shaped(ours)


@pytest.mark.parametrize("text,languages", OTHER[:2] + OTHER[5:7], ids=[t[:24] for t, _ in OTHER[:2] + OTHER[5:7]])
def test_other_languages_without_settings(text, languages):
    """Both anchored on now, a moment apart: the same matches, the same datetimes to the second."""
    ours = search_dates(text, languages=languages)
    theirs = dateparser_search(text, languages=languages)
    assert [m for m, _ in ours] == [m for m, _ in theirs]
    assert all(abs(a - b) < dt.timedelta(seconds=5) for (_, a), (_, b) in zip(ours, theirs))


def test_other_languages_get_every_argument(monkeypatch):
    import dateparser.search

    calls = []
    monkeypatch.setattr(dateparser.search, "search_dates", lambda *a, **kw: calls.append((a, kw)) or "theirs")
    settings = {"RELATIVE_BASE": BASE}
    assert search_dates("on Sunday", ["en"], settings, strategy="ngram", add_period=True) == "theirs"
    (args, kwargs), = calls
    assert args == ("on Sunday",)
    assert kwargs == {"languages": ["en"], "settings": settings, "strategy": "ngram", "add_period": True}
