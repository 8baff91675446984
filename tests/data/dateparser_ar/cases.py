"""Every Arabic-script case of dateparser's own test suite, set in a news sentence.

Source: the public repository scrapinghub/dateparser, files under ``tests/``
(read from the stored copies of the search index; see README.md for the
versions). One entry per test case (one ``param(...)``). Each entry keeps:

- ``file`` / ``test``: the dateparser test file and test method;
- ``dp_input``: dateparser's input string, verbatim (it occurs verbatim in
  ``text``; for the two paragraph inputs of test_search.py, the strings dateparser
  returns occur verbatim instead, listed in ``verbatim``);
- ``dp_expected``: what the test asserts, as written in the test;
- ``dp_settings``: the test's relative base / settings, where it sets any;
- ``dp_kind``: ``value`` (the test asserts a date), or one of
  ``search-string``, ``translation``, ``tokens``, ``detection``,
  ``applicable``, ``not-applicable`` (the test asserts no date value);
- ``dp_results``: for ``value`` tests, each string dateparser returns with the
  value it implies, as a literal or as a rule computed from *our* DCT (so a
  relative result such as ``ago={"days": 2}`` is ``d-2`` here whatever DCT we
  chose); the builder compares it with our value and every difference must be
  explained in ``departure``;
- ``published``: the publication date (DCT) chosen for the sentence;
- ``text``: a Modern Standard Arabic news sentence written for this file;
- ``timex``: every temporal expression of ``text`` per ../shared/TIMEX-SPEC.md,
  as a context string with the span in ``[...]``;
- ``reading``: which reading the sentence gives the expression (for the
  ``منذ`` + quantity cases: event "N ago" = DATE/TIME, or state = DURATION);
- ``departure``: why our value differs from dateparser's (None when it does not).

Values are literal or rules (see build_real.compute and build_cases.py):
``d0``, ``d-1``, ``hij:1432-9-14|T09:40``, ``hij:1430-2-20:Sun|T07:21``, plus
``hij30:1433-2`` (the 30th of a Hijri month: the Umm al-Qura 30th if the month
has one, else the day after its 29th) and ``ago:hours=2`` (the DCT date-time
minus a relativedelta, as a TIME value).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

REPO = "scrapinghub/dateparser"


@dataclass
class T:
    ctx: str
    type: str
    value: str
    mod: Optional[str] = None
    alt: tuple = ()
    why: str = ""


@dataclass
class Case:
    id: str
    file: str
    test: str
    dp_input: str
    dp_expected: str
    dp_kind: str
    published: str
    text: str
    timex: list
    dp_results: list = field(default_factory=list)   # [(returned text, value or rule)]
    dp_settings: Optional[str] = None
    reading: str = ""
    departure: Optional[str] = None
    not_time: tuple = ()
    verbatim: tuple = ()      # what must occur verbatim, when not the whole dp_input (a paragraph)
    note: str = ""


CASES: list[Case] = []


def C(**kw):
    CASES.append(Case(**kw))


HIJRI = "tests/test_hijri.py"
SEARCH = "tests/test_search.py"
LANG = "tests/test_languages.py"
FRESH = "tests/test_freshness_date_parser.py"

# ---------------------------------------------------------------------------
# tests/test_hijri.py  TestHijriParser.test_datetime_parsing  (DATE_ORDER = 'DMY')

_HT = "TestHijriParser.test_datetime_parsing"
_HS = "settings.DATE_ORDER = 'DMY'; HijriCalendar(dt_string).get_date()"

C(id="dp-hijri-01", file=HIJRI, test=_HT, dp_settings=_HS, dp_kind="value",
  dp_input="14-09-1432 هـ, 09:40 صباحاً",
  dp_expected="datetime(2011, 8, 14, 9, 40)",
  dp_results=[("14-09-1432 هـ, 09:40 صباحاً", "2011-08-14T09:40")],
  published="2011-08-14",
  text="أعلنت وزارة الداخلية السعودية، في بيان نشرته وكالة الأنباء الرسمية بتاريخ "
       "14-09-1432 هـ, 09:40 صباحاً، القبض على خلية لتهريب الأسلحة في منطقة جازان.",
  timex=[T("بتاريخ [14-09-1432 هـ, 09:40 صباحاً]", "TIME", "hij:1432-9-14|T09:40")],
  reading="Hijri date with clock time: one TIME expression (Umm al-Qura 14 Ramadan 1432).")

C(id="dp-hijri-02", file=HIJRI, test=_HT, dp_settings=_HS, dp_kind="value",
  dp_input="20-02-1430 هـ, 07:21 صباحاً",
  dp_expected="datetime(2009, 2, 15, 7, 21)",
  dp_results=[("20-02-1430 هـ, 07:21 صباحاً", "2009-02-15T07:21")],
  published="2009-02-15",
  text="وذكرت الوكالة في خبر بثته يوم الأحد 20-02-1430 هـ, 07:21 صباحاً أن أمطارا "
       "غزيرة هطلت على مكة المكرمة وأدت إلى إغلاق عدد من الطرق.",
  timex=[T("بثته [يوم الأحد 20-02-1430 هـ, 07:21 صباحاً]", "TIME", "hij:1430-2-20:Sun|T07:21",
           why="weekday + Hijri date + clock: one chain; the weekday picks among the Umm al-Qura day and "
               "its neighbours (here the Umm al-Qura day itself)")],
  reading="weekday chained to a Hijri date and clock time.")

C(id="dp-hijri-03", file=HIJRI, test=_HT, dp_settings=_HS, dp_kind="value",
  dp_input="11-08-1434 هـ, 09:38 صباحاً",
  dp_expected="datetime(2013, 6, 20, 9, 38)",
  dp_results=[("11-08-1434 هـ, 09:38 صباحاً", "2013-06-20T09:38")],
  published="2013-06-20",
  text="وأفاد المركز الوطني للأرصاد، في تنبيه صدر 11-08-1434 هـ, 09:38 صباحاً، بتوقع "
       "هبوب رياح نشطة مثيرة للأتربة على المنطقة الشرقية.",
  timex=[T("صدر [11-08-1434 هـ, 09:38 صباحاً]", "TIME", "hij:1434-8-11|T09:38")],
  reading="Hijri date with clock time.")

C(id="dp-hijri-04", file=HIJRI, test=_HT, dp_settings=_HS, dp_kind="value",
  dp_input=" 17-01-1437 هـ 08:30 مساءً",
  dp_expected="datetime(2015, 10, 30, 20, 30)",
  dp_results=[("17-01-1437 هـ 08:30 مساءً", "2015-10-30T20:30")],
  published="2015-10-31",
  text="وأقيمت مباراة الهلال والنصر على استاد الملك فهد الدولي بالرياض في 17-01-1437 هـ "
       "08:30 مساءً، وسط حضور جماهيري كبير.",
  timex=[T("في [17-01-1437 هـ 08:30 مساءً]", "TIME", "hij:1437-1-17|T20:30")],
  reading="Hijri date with an evening clock time (08:30 مساءً = 20:30); dateparser's input "
          "has a leading space, kept in the sentence after في.")

C(id="dp-hijri-05", file=HIJRI, test=_HT, dp_settings=_HS, dp_kind="value",
  dp_input="29-02-1433 هـ, 06:22 صباحاً",
  dp_expected="datetime(2012, 1, 23, 6, 22)",
  dp_results=[("29-02-1433 هـ, 06:22 صباحاً", "2012-01-23T06:22")],
  published="2012-01-23",
  text="ونشرت الصحيفة على موقعها الإلكتروني الاثنين 29-02-1433 هـ, 06:22 صباحاً تقريرا "
       "عن ارتفاع أسعار مواد البناء في جدة.",
  timex=[T("الإلكتروني [الاثنين 29-02-1433 هـ, 06:22 صباحاً]", "TIME", "hij:1433-2-29:Mon|T06:22",
           why="weekday chained to the Hijri date; Monday is the Umm al-Qura day")],
  reading="weekday chained to a Hijri date and clock time.")

C(id="dp-hijri-06", file=HIJRI, test=_HT, dp_settings=_HS, dp_kind="value",
  dp_input="30-02-1433",
  dp_expected="datetime(2012, 1, 24)",
  dp_results=[("30-02-1433", "2012-01-24")],
  published="2012-01-22",
  text="وحددت المحكمة الجزائية جلسة للنطق بالحكم في القضية بتاريخ 30-02-1433، بحسب ما "
       "أفاد به محامي المتهمين.",
  timex=[T("بتاريخ [30-02-1433]", "DATE", "hij30:1433-2",
           why="Safar 1433 has 29 days in Umm al-Qura; a 30 Safar (moon-sighting calendars) is the "
               "day after the Umm al-Qura 29th")],
  reading="bare D-M-Y with a Hijri year and no هـ: Hijri by its year.",
  note="Umm al-Qura has no 30 Safar 1433 (hijridate refuses it); the value, the day after 29 Safar "
       "(2012-01-24), is what dateparser also gives.")

C(id="dp-hijri-07", file=HIJRI, test=_HT, dp_settings=_HS, dp_kind="value",
  dp_input="04-03-1433 هـ, 10:08 مساءً",
  dp_expected="datetime(2012, 1, 27, 22, 8)",
  dp_results=[("04-03-1433 هـ, 10:08 مساءً", "2012-01-27T22:08")],
  published="2012-01-28",
  text="وأعلن الدفاع المدني، في بيان بتاريخ 04-03-1433 هـ, 10:08 مساءً، السيطرة على حريق "
       "اندلع في مستودع للأخشاب بالمنطقة الصناعية.",
  timex=[T("بتاريخ [04-03-1433 هـ, 10:08 مساءً]", "TIME", "hij:1433-3-4|T22:08")],
  reading="Hijri date with an evening clock time.")

# ---------------------------------------------------------------------------
# tests/test_search.py

C(id="dp-search-01", file=SEARCH, test="TestTranslateSearch.test_search_date_string",
  dp_settings="Settings() defaults", dp_kind="search-string",
  dp_input="6 يناير، 2015، الساعة 05:16 مساءً",
  dp_expected="search('ar', s)[1][0] == '6 يناير، 2015، الساعة 05:16 مساءً' (the string is found whole)",
  published="2015-01-07",
  text="وقالت شركة الطيران في بيان أصدرته 6 يناير، 2015، الساعة 05:16 مساءً إنها أوقفت "
       "رحلاتها إلى المدينة بسبب الأحوال الجوية.",
  timex=[T("أصدرته [6 يناير، 2015، الساعة 05:16 مساءً]", "TIME", "2015-01-06T17:16")],
  reading="date + clock time: one TIME expression.",
  note="dateparser asserts only that the whole string is found; no date value.")

C(id="dp-search-02", file=SEARCH, test="TestTranslateSearch.test_search_date_string",
  dp_settings="Settings() defaults", dp_kind="search-string",
  dp_input="7 يناير، 2015، الساعة 11:00 صباحاً",
  dp_expected="search('ar', s)[1][0] == '7 يناير، 2015، الساعة 11:00 صباحاً' (the string is found whole)",
  published="2015-01-04",
  text="وأعلنت وزارة التربية أن امتحانات الفصل الأول ستبدأ يوم الأربعاء 7 يناير، 2015، "
       "الساعة 11:00 صباحاً في جميع المحافظات.",
  timex=[T("ستبدأ [يوم الأربعاء 7 يناير، 2015، الساعة 11:00 صباحاً]", "TIME", "2015-01-07T11:00",
           why="weekday chained to the date it names (Wednesday 7 January 2015)")],
  reading="weekday + date + clock time: one chain.",
  note="dateparser asserts only that the string is found; no date value.")

C(id="dp-search-03", file=SEARCH, test="TestTranslateSearch.test_search_and_parse",
  dp_settings="settings={'RELATIVE_BASE': datetime(2000, 1, 1)}", dp_kind="value",
  dp_input="في 29 يوليو 1938 غزت القوات اليابانية الاتحاد السوفييتي ووقعت أولى المعارك والتي انتصر "
           "فيها السوفييت، وعلى الرغم من ذلك رفضت اليابان الاعتراف بذلك وقررت في 11 مايو 1939 تحريك "
           "الحدود المنغولية حتى نهر غول، حيث وقعت معركة خالخين غول والتي انتصر فيها الجيش الأحمر على "
           "جيش كوانتونغ",
  dp_expected="[('في 29 يوليو 1938', datetime(1938, 7, 29, 0, 0)), "
              "('في 11 مايو 1939', datetime(1939, 5, 11, 0, 0))]",
  dp_results=[("29 يوليو 1938", "1938-07-29"), ("11 مايو 1939", "1939-05-11")],
  verbatim=("في 29 يوليو 1938", "في 11 مايو 1939"),
  published="2019-08-20",
  text="وقال المؤرخ الروسي أندريه كوشكين خلال ندوة في موسكو إنه في 29 يوليو 1938 غزت القوات "
       "اليابانية الاتحاد السوفييتي ووقعت أولى المعارك، ثم قررت اليابان في 11 مايو 1939 تحريك "
       "الحدود المنغولية حتى نهر خالخين غول.",
  timex=[T("إنه في [29 يوليو 1938]", "DATE", "1938-07-29"),
         T("اليابان في [11 مايو 1939]", "DATE", "1939-05-11")],
  reading="two full dates in a historical statement.",
  note="dateparser's returned strings include the preposition في; per the spec the signal stays "
       "outside the span (span convention only, values agree). The rest of dateparser's "
       "paragraph is reduced to one news sentence.")

C(id="dp-search-04", file=SEARCH, test="TestTranslateSearch.test_detection",
  dp_kind="detection",
  dp_input="في 29 يوليو 1938 غزت القوات اليابانية الاتحاد السوفييتي ووقعت أولى المعارك والتي انتصر "
           "فيها السوفييت، وعلى الرغم من ذلك رفضت اليابان الاعتراف بذلك وقررت في 11 مايو 1939 تحريك "
           "الحدود المنغولية حتى نهر غول،",
  dp_expected="detect_language(text) == 'ar'",
  verbatim=("في 29 يوليو 1938", "في 11 مايو 1939"),
  published="2014-05-11",
  text="وتزامنت الذكرى الخامسة والسبعون لمعركة خالخين غول مع نشر وثائق أرشيفية تؤكد أن طوكيو رفضت "
       "الاعتراف بهزيمتها في 29 يوليو 1938، وقررت في 11 مايو 1939 تحريك الحدود المنغولية حتى نهر غول.",
  timex=[T("بهزيمتها في [29 يوليو 1938]", "DATE", "1938-07-29"),
         T("وقررت في [11 مايو 1939]", "DATE", "1939-05-11")],
  reading="the two dates of dateparser's detection paragraph, in a news sentence.",
  note="dateparser asserts only the detected language; no date value. The sentence keeps the "
       "paragraph's two dates (the whole paragraph is not a news sentence).")

# ---------------------------------------------------------------------------
# tests/test_languages.py  TestBundledLanguages

C(id="dp-lang-01", file=LANG, test="TestBundledLanguages.test_translation",
  dp_settings="given_settings() defaults", dp_kind="translation",
  dp_input="6 يناير، 2015، الساعة 05:16 مساءً",
  dp_expected="'6 january 2015 05:16 pm'",
  published="2015-01-08",
  text="وسجّلت محطة الرصد أعلى منسوب لمياه النهر يوم الثلاثاء 6 يناير، 2015، الساعة 05:16 مساءً، "
       "وفق بيان لهيئة الأرصاد.",
  timex=[T("النهر [يوم الثلاثاء 6 يناير، 2015، الساعة 05:16 مساءً]", "TIME", "2015-01-06T17:16",
           why="weekday chained to the date it names (Tuesday 6 January 2015)")],
  reading="weekday + date + clock time: one chain.",
  note="translation test: dateparser asserts the English rendering only.")

C(id="dp-lang-02", file=LANG, test="TestBundledLanguages.test_translation",
  dp_settings="given_settings() defaults", dp_kind="translation",
  dp_input="7 يناير، 2015، الساعة 11:00 صباحاً",
  dp_expected="'7 january 2015 11:00 am'",
  published="2015-01-05",
  text="وتبدأ جلسة البرلمان المخصصة لمناقشة الموازنة العامة في 7 يناير، 2015، الساعة 11:00 صباحاً، "
       "بحسب جدول أعمال المجلس.",
  timex=[T("في [7 يناير، 2015، الساعة 11:00 صباحاً]", "TIME", "2015-01-07T11:00")],
  reading="date + clock time.",
  note="translation test: English rendering only.")

_FT = "TestBundledLanguages.test_freshness_translation"
_FS = "given_settings(settings={'NORMALIZE': False})"

C(id="dp-lang-03", file=LANG, test=_FT, dp_settings=_FS, dp_kind="translation",
  dp_input="يومين", dp_expected="'2 day'",
  published="2016-03-10",
  text="واستمرت الاشتباكات بين العشيرتين يومين متتاليين، قبل أن تتوقف بوساطة من وجهاء المنطقة.",
  timex=[T("العشيرتين [يومين] متتاليين", "DURATION", "P2D")],
  reading="a length of time (how long the clashes lasted): DURATION.",
  note="translation test ('2 day'): a quantity, which our DURATION matches.")

C(id="dp-lang-04", file=LANG, test=_FT, dp_settings=_FS, dp_kind="translation",
  dp_input="أمس", dp_expected="'1 day ago'",
  published="2017-04-12",
  text="وقال وزير الخارجية في مؤتمر صحفي عقده أمس إن جولة جديدة من المفاوضات ستعقد في جنيف.",
  timex=[T("عقده [أمس]", "DATE", "d-1")],
  reading="relative day: DCT-1.",
  note="translation test ('1 day ago'); our value is that reading at the DCT.")

C(id="dp-lang-05", file=LANG, test=_FT, dp_settings=_FS, dp_kind="translation",
  dp_input="4 عام", dp_expected="'4 year'",
  published="2018-07-01",
  text="وعاد مهرجان الموسيقى إلى المدينة بعد غياب دام 4 عام بسبب الأوضاع الأمنية.",
  timex=[T("دام [4 عام]", "DURATION", "P4Y")],
  reading="length of the absence: DURATION.",
  note="dateparser's string keeps the singular عام after 4 (MSA would say 4 أعوام); kept verbatim.")

C(id="dp-lang-06", file=LANG, test=_FT, dp_settings=_FS, dp_kind="translation",
  dp_input="منذ 2 ساعات", dp_expected="'ago 2 hour'",
  published="2020-02-03",
  text="ولا تزال حركة السير متوقفة على الطريق الدولي منذ 2 ساعات بسبب انقلاب شاحنة محملة بالوقود.",
  timex=[T("منذ [2 ساعات]", "DURATION", "PT2H")],
  reading="state (traffic is still stopped) + منذ: DURATION; منذ stays outside the span.",
  departure="dateparser translates to 'ago 2 hour' (a point two hours back); the sentence is about a "
            "state that has lasted two hours, so the spec makes it a DURATION.",
  note="non-standard agreement (2 ساعات for ساعتين) kept verbatim.")

C(id="dp-lang-07", file=LANG, test=_FT, dp_settings=_FS, dp_kind="translation",
  dp_input="منذ ساعتين", dp_expected="'ago 2 hour'",
  published="2020-03-15T21:40",
  text="وأعلنت وزارة الصحة منذ ساعتين تسجيل 12 إصابة جديدة بالفيروس في العاصمة.",
  timex=[T("منذ [ساعتين]", "TIME", "ago:hours=2")],
  reading="event (the ministry announced, two hours ago): a point, DCT-2h, TIME.",
  note="translation test ('ago 2 hour'); our value is that reading at the DCT (21:40).")

C(id="dp-lang-08", file=LANG, test=_FT, dp_settings=_FS, dp_kind="translation",
  dp_input="اليوم السابق", dp_expected="'1 day ago'",
  published="2019-03-20",
  text="وأوضحت الشرطة أنها أوقفت المشتبه به في 14 مارس، بعد أن رصدته كاميرات المراقبة قرب موقع "
       "الهجوم في اليوم السابق.",
  timex=[T("به في [14 مارس]", "DATE", "2019-03-14",
           why="day and month without a year, past context: the 14 March nearest before the DCT"),
         T("الهجوم في [اليوم السابق]", "DATE", "@2019-03-14-1",
           why="back-reference to the date the text last set (14 March)")],
  reading="back-reference: the day before the date just set.",
  departure="dateparser translates اليوم السابق to '1 day ago' (DCT-1 = 2019-03-19); the spec resolves "
            "a back-reference against the date the text last set, 14 March, so 2019-03-13.")

C(id="dp-lang-09", file=LANG, test=_FT, dp_settings=_FS, dp_kind="translation",
  dp_input="اليوم", dp_expected="'0 day ago'",
  published="2021-09-06",
  text="وتنطلق اليوم في العاصمة الأردنية أعمال المؤتمر الإقليمي للطاقة المتجددة بمشاركة 30 دولة.",
  timex=[T("وتنطلق [اليوم]", "DATE", "d0")],
  reading="relative day: the DCT.",
  note="translation test ('0 day ago').")

C(id="dp-lang-10", file=LANG, test="TestBundledLanguages.test_split",
  dp_settings="given_settings(settings={'NORMALIZE': False})", dp_kind="tokens",
  dp_input="8 يناير، 2015، الساعة 10:01 صباحاً",
  dp_expected="['8', ' ', 'يناير', ' ', '2015', 'الساعة', ' ', '10', ':', '01', ' ', 'صباحاً']",
  published="2015-01-09",
  text="وبثت الوكالة الخبر في 8 يناير، 2015، الساعة 10:01 صباحاً نقلا عن مصدر أمني رفيع.",
  timex=[T("الخبر في [8 يناير، 2015، الساعة 10:01 صباحاً]", "TIME", "2015-01-08T10:01")],
  reading="date + clock time.",
  note="tokenizer test: dateparser asserts the token list only.")

C(id="dp-lang-11", file=LANG, test="TestBundledLanguages.test_applicable_languages",
  dp_settings="strip_timezone=False", dp_kind="applicable",
  dp_input="ساعتين", dp_expected="Locale('ar').is_applicable('ساعتين') is True",
  published="2016-08-20",
  text="وتأخر إقلاع الطائرة ساعتين بسبب عطل فني، وفق ما أعلنته شركة الطيران.",
  timex=[T("الطائرة [ساعتين]", "DURATION", "PT2H")],
  reading="length of the delay: DURATION.",
  note="applicability test (the ar locale accepts the word); no date value.")

C(id="dp-lang-12", file=LANG, test="TestBundledLanguages.test_not_applicable_languages",
  dp_settings="strip_timezone=False", dp_kind="not-applicable",
  dp_input="6 د\u0642\u06cc\u0642\u0647", dp_expected="Locale('ar').is_applicable('6 دقیقه') is False",
  published="2018-02-14",
  text="ويقدّم التلفزيون الإيراني برنامجا حواريا بعنوان «6 د\u0642\u06cc\u0642\u0647» "
       "يستضيف فيه مسؤولين حكوميين.",
  timex=[],
  reading="a Persian word (دقیقه with Persian yeh) that the ar locale must reject, used here as a "
          "programme title: time words inside names are not expressions.",
  note="no timex, as dateparser's test expects (not Arabic).")

C(id="dp-lang-13", file=LANG, test="TestBundledLanguages.test_not_applicable_languages",
  dp_settings="strip_timezone=False; locale 'fa'", dp_kind="not-applicable",
  dp_input="ساعتين", dp_expected="Locale('fa').is_applicable('ساعتين') is False",
  published="2013-05-02",
  text="واستغرق اجتماع مجلس الوزراء ساعتين، وخرج الوزراء دون الإدلاء بأي تصريحات للصحفيين.",
  timex=[T("الوزراء [ساعتين]", "DURATION", "PT2H")],
  reading="an Arabic word (Arabic yeh) that the Persian locale must reject; in Arabic it is a "
          "DURATION.",
  note="the test is about the fa locale; the string is Arabic, so it is a case here.")

# ---------------------------------------------------------------------------
# tests/test_freshness_date_parser.py  TestFreshnessDateDataParser
# now = datetime(2014, 9, 1, 10, 30) in setUp; the cases below use DCT 2014-09-01 for the
# first test (so dateparser's values and ours can be compared directly) and other DCTs for
# the second.

_RP = "TestFreshnessDateDataParser.test_relative_past_dates"
_RPS = "now = datetime(2014, 9, 1, 10, 30); settings={'NORMALIZE': False}"

C(id="dp-fresh-01", file=FRESH, test=_RP, dp_settings=_RPS, dp_kind="value",
  dp_input="اليوم", dp_expected="ago={'days': 0}, period='day'",
  dp_results=[("اليوم الاثنين", "d0")],
  published="2014-09-01",
  text="ويعقد مجلس النواب اليوم الاثنين جلسة طارئة لمناقشة مشروع قانون الانتخابات.",
  timex=[T("النواب [اليوم الاثنين]", "DATE", "d0")],
  reading="relative day with its weekday (Monday = the DCT).")

C(id="dp-fresh-02", file=FRESH, test=_RP, dp_settings=_RPS, dp_kind="value",
  dp_input="يوم أمس", dp_expected="ago={'days': 1}, period='day'",
  dp_results=[("يوم أمس الأحد", "d-1")],
  published="2014-09-01",
  text="وكانت قوات الأمن قد اعتقلت يوم أمس الأحد ثلاثة أشخاص يشتبه في تورطهم في الهجوم.",
  timex=[T("اعتقلت [يوم أمس الأحد]", "DATE", "d-1")],
  reading="relative day with its weekday (Sunday = DCT-1).")

C(id="dp-fresh-03", file=FRESH, test=_RP, dp_settings=_RPS, dp_kind="value",
  dp_input="منذ يومين", dp_expected="ago={'days': 2}, period='day'",
  dp_results=[("يومين", "d-2")],
  published="2014-09-01",
  text="وكان الوفد المفاوض قد وصل إلى القاهرة منذ يومين لبحث شروط التهدئة.",
  timex=[T("منذ [يومين]", "DATE", "d-2")],
  reading="event (the delegation arrived two days ago): DATE, DCT-2.")

C(id="dp-fresh-04", file=FRESH, test=_RP, dp_settings=_RPS, dp_kind="value",
  dp_input="منذ 3 أيام", dp_expected="ago={'days': 3}, period='day'",
  dp_results=[("3 أيام", "d-3")],
  published="2014-09-01",
  text="وأعلنت السلطات منذ 3 أيام إغلاق المعبر الحدودي أمام حركة المسافرين والبضائع.",
  timex=[T("منذ [3 أيام]", "DATE", "d-3")],
  reading="event (the authorities announced three days ago): DATE, DCT-3.")

C(id="dp-fresh-05", file=FRESH, test=_RP, dp_settings=_RPS, dp_kind="value",
  dp_input="منذ 21 أيام", dp_expected="ago={'days': 21}, period='day'",
  dp_results=[("21 أيام", "d-21")],
  published="2014-09-01",
  text="وكان البرلمان قد صادق منذ 21 أيام على مشروع قانون الموازنة بأغلبية كبيرة.",
  timex=[T("منذ [21 أيام]", "DATE", "d-21")],
  reading="event (parliament approved 21 days ago): DATE, DCT-21.",
  note="non-standard agreement (21 أيام for 21 يوما) kept verbatim.")

C(id="dp-fresh-06", file=FRESH, test=_RP, dp_settings=_RPS, dp_kind="value",
  dp_input="1 عام, 1 شهر, 1 أسبوع, 1 يوم, 1 ساعة, 1 دقيقة",
  dp_expected="ago={'years': 1, 'months': 1, 'weeks': 1, 'days': 1, 'hours': 1, 'minutes': 1}, "
              "period='day'",
  dp_results=[("1 عام, 1 شهر, 1 أسبوع, 1 يوم, 1 ساعة, 1 دقيقة",
               "ago:years=1,months=1,weeks=1,days=1,hours=1,minutes=1")],
  published="2014-09-01T10:30",
  text="وأظهر الموقع الإلكتروني للهيئة أن آخر تحديث لبياناته جرى منذ 1 عام, 1 شهر, 1 أسبوع, 1 يوم, "
       "1 ساعة, 1 دقيقة، ما أثار انتقادات بشأن غياب الشفافية.",
  timex=[T("منذ [1 عام, 1 شهر, 1 أسبوع, 1 يوم, 1 ساعة, 1 دقيقة]", "TIME",
           "ago:years=1,months=1,weeks=1,days=1,hours=1,minutes=1")],
  reading="event (the last update happened that long ago): a point, DCT minus the compound "
          "quantity, TIME (the quantity goes down to minutes).")

_NR = "TestFreshnessDateDataParser.test_normalized_relative_dates"
_NRS = "now = datetime(2014, 9, 1, 10, 30); settings={'NORMALIZE': True}; normalize_unicode(date_string)"

C(id="dp-fresh-07", file=FRESH, test=_NR, dp_settings=_NRS, dp_kind="value",
  dp_input="اليوم", dp_expected="ago={'days': 0}, period='day'",
  dp_results=[("صباح اليوم", "d0")],
  published="2022-11-23",
  text="وأغلقت السلطات المحلية صباح اليوم جميع المدارس في الإقليم بسبب الفيضانات.",
  timex=[T("المحلية [صباح اليوم]", "TIME", "d0|TMO")],
  reading="part of day + اليوم: TIME, DCT morning.",
  departure="not a different day: the spec's span takes صباح with اليوم, so the value is the DCT's "
            "morning (TIME ...TMO) where dateparser gives the day (period 'day').")

C(id="dp-fresh-08", file=FRESH, test=_NR, dp_settings=_NRS, dp_kind="value",
  dp_input="يوم أمس", dp_expected="ago={'days': 1}, period='day'",
  dp_results=[("يوم أمس", "d-1")],
  published="2012-06-18",
  text="وأكد رئيس الوزراء في كلمة ألقاها يوم أمس أمام البرلمان أن الحكومة لن تتراجع عن الإصلاحات "
       "الاقتصادية.",
  timex=[T("ألقاها [يوم أمس]", "DATE", "d-1")],
  reading="relative day: DCT-1.")

C(id="dp-fresh-09", file=FRESH, test=_NR, dp_settings=_NRS, dp_kind="value",
  dp_input="منذ يومين", dp_expected="ago={'days': 2}, period='day'",
  dp_results=[("يومين", "d-2")],
  published="2017-10-10",
  text="ويواصل عشرات العمال اعتصامهم أمام مقر الشركة منذ يومين للمطالبة بصرف رواتبهم المتأخرة.",
  timex=[T("منذ [يومين]", "DURATION", "P2D")],
  reading="state (the sit-in continues) + منذ: DURATION.",
  departure="dateparser gives a point (DCT-2); the sentence is about a sit-in that has lasted two "
            "days, a state, so the spec makes it DURATION P2D.")

C(id="dp-fresh-10", file=FRESH, test=_NR, dp_settings=_NRS, dp_kind="value",
  dp_input="منذ 3 أيام", dp_expected="ago={'days': 3}, period='day'",
  dp_results=[("3 أيام", "d-3")],
  published="2010-01-15",
  text="ولا يزال التيار الكهربائي مقطوعا عن عدة أحياء في المدينة منذ 3 أيام.",
  timex=[T("منذ [3 أيام]", "DURATION", "P3D")],
  reading="state (power is still cut) + منذ: DURATION.",
  departure="dateparser gives DCT-3; the sentence states how long the outage has lasted, so the "
            "spec makes it DURATION P3D.")

C(id="dp-fresh-11", file=FRESH, test=_NR, dp_settings=_NRS, dp_kind="value",
  dp_input="منذ 21 أيام", dp_expected="ago={'days': 21}, period='day'",
  dp_results=[("21 أيام", "d-21")],
  published="2016-05-30",
  text="ويخوض الأسرى إضرابا مفتوحا عن الطعام منذ 21 أيام احتجاجا على اعتقالهم الإداري.",
  timex=[T("منذ [21 أيام]", "DURATION", "P21D")],
  reading="state (the hunger strike goes on) + منذ: DURATION.",
  departure="dateparser gives DCT-21; the sentence states how long the strike has lasted, so the "
            "spec makes it DURATION P21D.",
  note="non-standard agreement kept verbatim.")

C(id="dp-fresh-12", file=FRESH, test=_NR, dp_settings=_NRS, dp_kind="value",
  dp_input="1 عام, 1 شهر, 1 أسبوع, 1 يوم, 1 ساعة, 1 دقيقة",
  dp_expected="ago={'years': 1, 'months': 1, 'weeks': 1, 'days': 1, 'hours': 1, 'minutes': 1}, "
              "period='day'",
  dp_results=[("1 عام, 1 شهر, 1 أسبوع, 1 يوم, 1 ساعة, 1 دقيقة",
               "ago:years=1,months=1,weeks=1,days=1,hours=1,minutes=1")],
  published="2021-06-03T12:00",
  text="وأعلنت الحملة الحقوقية أن الصحفي المعتقل أمضى في السجن 1 عام, 1 شهر, 1 أسبوع, 1 يوم, "
       "1 ساعة, 1 دقيقة، بحسب العداد الإلكتروني المنشور على موقعها.",
  timex=[T("السجن [1 عام, 1 شهر, 1 أسبوع, 1 يوم, 1 ساعة, 1 دقيقة]", "DURATION", "P1Y1M8DT1H1M",
           alt=("P1Y1M1W1DT1H1M",),
           why="a length (how long he has spent in prison); 1 week + 1 day written as 8D, the "
               "literal W form accepted as alt")],
  reading="length of a stay, no منذ/قبل: DURATION.",
  departure="dateparser's freshness parser reads any bare quantity as 'that long ago' (a date); "
            "with no منذ/قبل and a verb of spending time, the sentence gives a DURATION.")
