"""The Arabic temporal grammar: named rules, in priority order.

Each rule is a pattern template over the lexicon's word classes (``%{weekday}`` is
a weekday, ``%{greg_month}`` a Gregorian month, ``%S`` a run of blanks ...) and a
builder that turns a match into a frame (:mod:`timeline.temporal.frames`) or
vetoes it (returns None) after looking at the context. All rule patterns are
compiled into one scanner; when a builder vetoes, the lower-priority rules
are tried at the same place, so a veto never hides another reading.

A rule can be looked up, tested alone, or disabled by name::

    grammar = Grammar(disabled={"year"})
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Callable, Iterable, Optional

from timeline.temporal import frames as F
from timeline.temporal.context import Scan
from timeline.data import DataError
from timeline.lang import Pack, default_pack
from timeline.text.numbers import parse_number
from timeline.text.words import SPACE, WordClass, trie_regex

__all__ = ["Rule", "Grammar", "Hit", "RULES", "grammar"]


@dataclass(slots=True)
class Hit:
    """A frame and the folded span it covers."""

    frame: F.Frame
    start: int
    end: int
    rule: str


class Groups(dict):
    """One rule's named groups: ``g("d")`` is the text of group ``d`` (None when
    it did not match or the rule has none); ``g.start``/``g.end`` bound the rule's
    match without the clitics before it."""

    __slots__ = ("m", "start", "end")

    __call__ = dict.get   # a C-level call: builders ask for groups ~100 times an article

    def __init__(self, m: re.Match[str]) -> None:
        dict.__init__(self, m.groupdict())
        self.m = m
        self.start, self.end = m.span(RULE_GROUP)

    def span(self, name: str) -> tuple[int, int]:
        """The span of a group, (-1, -1) when it did not match or the rule has none."""
        index = self.m.re.groupindex.get(name)
        return (-1, -1) if index is None else self.m.span(index)


#: the group around a rule's own words (the clitics before it stay outside)
RULE_GROUP = "_rule"


class Consumed(list):
    """What a builder returns for words that are no expression but must not
    be read again by another rule (the year of تحري هلال شهر رمضان لعام 1433,
    the month of ثورة 26 سبتمبر 1962): an empty, true list of hits, and where
    the words end (None: where the match ends)."""

    def __init__(self, end: int | None = None) -> None:
        super().__init__()
        self.end = end

    def __bool__(self) -> bool:
        return True


def _after(found: list[Hit], m: re.Match[str]) -> int:
    """Where scanning goes on after a builder's result."""
    if isinstance(found, Consumed):
        return found.end if found.end is not None else m.end(RULE_GROUP)
    if len(found) == 1:
        return found[0].end
    return max(h.end for h in found)


Builder = Callable[[Groups, Scan, Pack], "F.Frame | list[Hit] | None"]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: str
    build: Builder
    doc: str = ""


RULES: list[Rule] = []


def rule(name: str, pattern: str) -> Callable[[Builder], Builder]:
    """Register a rule; rules are tried in the order they are declared."""

    def register(fn: Builder) -> Builder:
        RULES.append(Rule(name, pattern, fn, (fn.__doc__ or "").strip()))
        return fn

    return register


# -- helpers shared by builders ---------------------------------------------

def _number(text: Optional[str]) -> Optional[float]:
    if text is None:
        return None
    t = text[2:] if text.startswith("ال") else text
    return parse_number(t)


def _day(g: Groups, L: Pack, name: str = "d") -> Optional[int]:
    text = g(name)
    if text is None:
        return None
    if text.isdigit():
        return int(text)
    if text[:2] == "ال" and text[2:].isdigit():
        return int(text[2:])   # الـ30 من رمضان
    word, paren, digits = text.partition("(")
    day = L.ordinals.get(word.strip())
    if paren and int(digits.strip(" \t)")) != day:
        return None  # الخامس (6): the two do not agree
    return day


def _month(L: Pack, text: str) -> tuple[str, int]:
    if text in L.greg_months:
        return "gregorian", L.greg_months.get(text)
    return "hijri", L.hijri_months.get(text)


def _side(L: Pack, mod: Optional[str]) -> Optional[F.Side]:
    return L.modifiers.get(mod) if mod else None


def _unit(g: Groups, L: Pack) -> tuple[str, float | None] | None:
    """The unit and implied count of a unit group (singular 1, dual 2, plural ?)."""
    for name, cls, count in (("unit", L.units_singular, 1.0), ("unit_dual", L.units_dual, 2.0),
                             ("unit_plural", L.units_plural, None), ("unit_article", L.units_article, None)):
        text = g(name)
        if text:
            unit = cls.get(text)
            if name == "unit_article":
                base = text[2:] if text.startswith("ال") else text[1:]
                if base in L.units_dual:
                    count = 2.0
                elif base in L.units_singular:
                    count = 1.0
            return unit, count
    return None


def _fraction(g: Groups, L: Pack, name: str = "fr") -> float:
    text = g(name)
    return L.fractions.get(text) if text else 0.0


# -- the rules, highest priority first ----------------------------------------

#: a day of the month: 15, الخامس, الخامس (5)
DAYNUM = r"(?:(?:ال)?\d{1,2}(?!\d)|%{ordinal}(?:%O\(%O\d{1,2}%O\))?)"
MONTH_TAIL = (
    r"(?:%O[/(\-]%O(?P<m2>%{greg_month}|%{hijri_month})%O\)?|%S(?P<m3>%{greg_month}))?(?:%S(?P<epi0>%{hijri_epithet})(?=%S(?:(?:%{day_month_link}%S)?ل?%{year_word}%S)?\d))?"
    r"(?:%O(?:[،,]%O)?(?:(?:%{day_month_link}%S)?ل?%{year_word}%S)?(?P<y>\d{3,4})(?!\d)(?:%O(?P<mk>%{hijri_marker}|%{greg_marker}))?"
    # of the same year / of that year / of last year / this year
    r"|%S(?:%{day_month_link}%S)?(?P<samey>%{year_word})%S%{same}|%S(?:%{day_month_link}%S)?(?P<thaty>%{that})%S%{year_word}"
    r"|%S(?:%{day_month_link}%S)?(?P<ryw>%{year_word})%S(?P<rmod>%{modifier})"
    r"|%S(?:%{day_month_link}%S)?(?P<thisy>ل?%{this})%S%{year_word}(?:%S(?P<ty>\d{4})(?!\d)(?:%O(?P<tmk>%{hijri_marker}|%{greg_marker}))?)?)?"
    r"(?:%S(?P<mod>%{modifier}|%{hijri_epithet}))?"
)
#: a day named after a clock time: مساء غد الإثنين، من صباح اليوم التالي
DAY_TAIL = (
    r"(?:%S(?:%{day_month_link}%S)?(?:(?P<tpod>%{part_construct})%S)?"
    r"(?:(?P<tana>%{anaphoric_day})|(?P<trel>%{relative_day})(?:%C(?:%{day_word}%S)?(?P<twd>%{weekday}))?"
    r"|(?:%{day_word}%S)?(?P<twd2>%{weekday})(?:%S(?P<tmod>%{modifier}))?))?"
)


@rule("hijri-holiday", r"(?:(?P<nth>%{holiday_day})%S)?(?P<h>%{hijri_holiday})(?:%S(?P<epi>%{hijri_epithet}))?(?:%S(?P<mod>%{modifier}))?"
      r"(?:%O[،,]?%O(?:ل?%{year_word}%S)?(?P<y>\d{4})(?!\d)%O(?P<mk>%{hijri_marker}))?")
def _holiday(g: Groups, scan: Scan, L: Pack):
    """عيد الفطر، عيد الأضحى المقبل: the holiday's day in the nearest Hijri year."""
    if scan.prev_word_in(g.start, L.holiday_topic_heads):
        return None  # موعد عيد الأضحى هو الثلاثاء: the holiday is the topic, not a time
    before = _TOKEN.findall(scan.text, max(0, g.start - 30), g.start)[-2:]
    if any(w in L.holiday_occasion for w in before):
        return None  # بمناسبة قدوم عيد الأضحى
    month, day = L.hijri_holidays.get(g("h"))
    return F.Holiday(month, day, _side(L, g("mod")), L.holiday_days.get(g("nth")) if g("nth") else 0,
                     int(g("y")) if g("y") else None)


@rule(
    "date-day-month",
    r"(?:(?P<pod>%{part_construct})%S)?(?:(?:%{day_word}%S)?(?P<wd>%{weekday})%C(?:%{corresponding}%S)?)?(?P<d>" + DAYNUM
    + r")(?:%S|(?<=\d))(?:%{day_month_link}%S)?(?:%{month_word}%S)?(?P<m>%{greg_month}|%{hijri_month})" + MONTH_TAIL,
)
def _date_day_month(g: Groups, scan: Scan, L: Pack):
    """15 نوفمبر 2016، الثالث من ديسمبر، 15 نوفمبر/تشرين الثاني الماضي، 15 ربيع الأول 1438 هـ."""
    return _calendar_date(g, scan, L)


@rule(
    "day-range-first",
    r"(?:(?P<pod>%{part_construct})%S)?(?P<d>" + DAYNUM + r")(?=(?:%O%{range_link}%O" + DAYNUM
    # a month has at most 31 days to list: bounded, a run of numbers stays linear
    + r"){1,30}%S(?:%{day_month_link}%S)?(?:%{month_word}%S)?(?P<m>%{greg_month}|%{hijri_month})" + MONTH_TAIL + ")",
)
def _day_range_first(g: Groups, scan: Scan, L: Pack):
    """The first day of "15 و16 نوفمبر" / "من 3 إلى 5 ديسمبر", dated by the month after."""
    return _calendar_date(g, scan, L)


def _year_offset(g: Groups, L: Pack) -> int | None:
    """A year named relative to the publication year after a month:
    من العام الماضي -> -1, هذا العام -> 0."""
    if g("thisy"):
        return 0
    if g("rmod"):
        side = L.modifiers.get(g("rmod"))
        return {"past": -1, "preceding": -1, "future": 1, "current": 0}.get(side)
    return None


def _edge(L: Pack, text: str | None) -> str | None:
    if not text:
        return None
    mod = L.late_early.get(text) if text in L.late_early else L.boundaries.get(text)
    return None if mod == "NONE" else mod


def _calendar_date(g: Groups, scan: Scan, L: Pack):
    calendar, month = _month(L, g("m"))
    year = int(g("y")) if g("y") else None
    marker = g("mk")
    if marker and marker in L.hijri_markers:
        calendar = "hijri"
    day = _day(g, L)
    if day is None or not 1 <= day <= 31:
        return None
    if scan.prev_word_in(g.start, L.date_name_heads):
        return Consumed()  # ثورة 25 يناير، مدينة 6 أكتوبر، ثورة 26 سبتمبر 1962: a name
    if g("m") in L.strict_months and not (year or marker or g("mod")):
        return None  # صفر "zero", رجب as a name
    mod = g("mod")
    side = None if (mod is None or mod in L.hijri_epithets) else _side(L, mod)
    month2 = None
    if g("m2") or g("m3"):
        month2 = _month(L, g("m2") or g("m3"))[1]
        if g("m3") and month2 != month:
            return None  # أيلول سبتمبر is one month twice; two different months are not
    weekday = L.weekdays.get(g("wd")) if g("wd") else None
    if g("samey") or g("thaty"):
        return F.SamePeriodDate("Y", month, day)
    part = L.parts_construct.get(g("pod")) if g("pod") else None
    return F.CalendarDate(calendar, month, day, year, side, weekday, part=part, month2=month2,
                          year_offset=_year_offset(g, L))


@rule("day-same-month",
      r"(?P<d>" + DAYNUM + r")%S(?:(?:%{day_month_link}%S)?(?P<pn>%{period_noun})%S(?P<same>%{same})|(?:%{day_month_link}%S)?(?P<that>%{that})%S(?P<pn2>%{period_noun})"
      r"|(?P<ofit>%{of_it})|(?:%{day_month_link}%S)?(?P<pn3>%{period_noun})%S(?P<pmod>%{modifier})|(?:%{day_month_link}%S)?(?P<same2>%{same_before})%S(?P<pn4>%{period_noun}))")
def _day_same_month(g: Groups, scan: Scan, L: Pack):
    """التاسع من الشهر نفسه، الثاني والعشرين منه: a day in the month of the
    last dated occurrence; 22 من الشهر الماضي: of the month before publication."""
    if g("pn3"):
        shift = {"past": -1, "preceding": -1, "future": 1, "current": 0}.get(_side(L, g("pmod")) or "")
        day = _day(g, L)
        if L.period_nouns.get(g("pn3")) != "M" or shift is None or day is None or not 1 <= day <= 31:
            return None
        return F.DayOfMonth(day, shift)
    pn = g("pn") or g("pn2") or g("pn4")
    if pn is not None and L.period_nouns.get(pn) != "M":
        return None
    if g("ofit") and g("d").isdigit() and not scan.prev_word_in(g.start, L.year_context):
        return None  # 12 منها ستبدأ: "twelve of them", not a day (but في 14 منه is one)
    day = _day(g, L)
    if day is None or not 1 <= day <= 31:
        return None
    return F.SamePeriodDate("M", None, day)


@rule(
    "date-numeric",
    r"(?P<a>\d{1,4})%O(?P<s>[/.\-])%O(?P<b>\d{1,2})%O(?P=s)%O(?P<c>\d{1,4})(?![/.\-]?\d)"
    r"(?:%O(?P<mk>%{greg_marker}|%{hijri_marker}))?",
)
def _date_numeric(g: Groups, scan: Scan, L: Pack):
    """15/11/2016، 2016-11-15، 2021 / 3 / 8 م، 22-3-1439هـ (day first, as Arabic dates are written)."""
    a, b, c = g("a"), g("b"), g("c")
    spaced = g("s") + " " in scan.text[g.start:g.end] or " " + g("s") in scan.text[g.start:g.end]
    if spaced and g("s") == ".":
        return None  # 3 . 5 . 2: not a date
    if len(a) == 4:
        year, month, day = int(a), int(b), int(c)
        if len(c) > 2:
            return None
    else:
        if len(c) not in (2, 4):
            return None
        day, month, year = int(a), int(b), int(c)
        if month > 12 and day <= 12:
            day, month = month, day
        if len(c) == 2:
            if spaced:
                return None
            year += 2000 if year < 50 else 1900
    hijri = bool(g("mk") and g("mk") in L.hijri_markers) or 1300 <= year <= 1500
    if not (1 <= month <= 12 and 1 <= day <= (30 if hijri else 31)):
        return None
    if hijri:
        return F.NumericDate(day, month, year, "hijri") if 1300 <= year <= 1600 else None
    if not 1800 <= year <= 2200:
        return None
    return F.NumericDate(day, month, year)


@rule(
    "date-slashed-month",
    r"(?P<d>\d{1,2})%O(?P<s>[/\-])%O(?P<m>%{greg_month}|%{hijri_month})%O(?P=s)%O(?P<y>\d{4})(?!\d)(?:%O(?P<mk>%{greg_marker}|%{hijri_marker}))?",
)
def _date_slashed_month(g: Groups, scan: Scan, L: Pack):
    """14/ مارس/ 2022م: the month named between the separators."""
    return _calendar_date(g, scan, L)


@rule(
    "year",
    r"(?:(?P<b>%{boundary})%S(?:%{day_month_link}%S)?)?(?:(?P<yw>%{year_word})%S)?(?P<y>\d{4})(?!\d)(?:%O(?P<mk>%{hijri_marker}|%{greg_marker}))?",
)
def _year(g: Groups, scan: Scan, L: Pack):
    """عام 2016، 1438 هـ، مطلع 2017، and a bare year after في/منذ/حتى."""
    year = int(g("y"))
    marker = g("mk")
    hijri = bool(marker and marker in L.hijri_markers)
    if g("yw") and _DOCUMENT_NUMBER.search(scan.text, max(0, g.start - 30), g.start):
        return Consumed()  # المرسوم رقم (14) لسنة 2002: the year is part of the document's name
    if not (g("yw") or marker or g("b")):
        if not (scan.preceded_by(g.start, L.year_context) or _in_year_range(g, scan, L)):
            return None
        past, future = L.bare_year_past, L.bare_year_future
        if (scan.dct is not None and not scan.dct.year - past <= year <= scan.dct.year + future
                and not (scan.at_clause_end(g.end) and year <= scan.dct.year)):
            return None  # يؤدون امتحاناتهم في 1900 مركز: a count (في 1949، is a year)
    if hijri:
        if not 1300 <= year <= 1600:
            return None
    elif not 1800 <= year <= 2200:
        return None
    edge = L.boundaries.get(g("b")) if g("b") else None
    return F.YearRef(year, "hijri" if hijri else "gregorian", edge)


#: a document's number right before "لسنة/لعام <year>"
_DOCUMENT_NUMBER = re.compile(r"\d+[ \t]*[)\]]?[ \t]*ل?$")


@dataclass(frozen=True)
class _Patterns:
    """Patterns the builders look around with, compiled once per lexicon."""

    year_after: re.Pattern[str]
    year_before: re.Pattern[str]
    month_range_next: re.Pattern[str]
    offset_now: re.Pattern[str]
    offset_adverb: re.Pattern[str]
    #: a day of the month and a month right after (غدا 8 مارس)
    day_month_after: re.Pattern[str]


@lru_cache(maxsize=4)
def _patterns(L: Pack) -> _Patterns:
    links = L.year_range_links.pattern
    return _Patterns(
        re.compile(r"[ \t]*(?:" + links + r")[ \t]*\d{4}(?!\d)"),
        re.compile(r"\d{4}[ \t]*(?:" + links + r")[ \t]*$"),
        re.compile(r"[ \t]*(?:" + L.range_links.pattern + r")[ \t]*(?:" + L.greg_months.pattern + ")"),
        re.compile(r"[ \t]+" + L.offset_now.pattern),
        re.compile(r"[ \t]+" + L.offset_adverbs.pattern),
        re.compile(r"[ \t]+\d{1,2}[ \t]+(?:" + L.greg_months.pattern + "|" + L.hijri_months.pattern + ")"),
    )


_YEAR_AFTER = re.compile(r"[ \t]+\d{4}(?!\d)")


def _in_year_range(g: Groups, scan: Scan, L: Pack) -> bool:
    """من 2011 إلى 2014، بين 2014 و2016، عامي 2019 و2020: a bare year in a range."""
    text = scan.text
    after = _patterns(L).year_after.match(text, g.end, g.end + 16)
    if after and scan.preceded_by(g.start, L.year_range_open):
        return True
    before = _patterns(L).year_before.search(text[max(0, g.start - 16):g.start])
    return before is not None


def _topic_month(start: int, scan: Scan, L: Pack) -> bool:
    """Is the month at ``start`` (or the شهر before it) after a word such as هلال or رؤية?"""
    before = _TOKEN.findall(scan.text, max(0, start - 30), start)[-2:]
    if before and before[-1] in L.month_word:
        before = before[:-1]
    return bool(before) and (before[-1] in L.month_topic_heads
                             or before[-1][1:] in L.month_topic_heads and before[-1][:1] in "وفبل")


@rule(
    "month-last-day",
    r"(?P<ld>%{last_day})%S(?:%{day_month_link}%S)?(?:ل(?:%{month_word}%S|(?=ال)|(?=\w)))?(?:%{month_word}%S)?(?P<m>%{greg_month}|%{hijri_month})" + MONTH_TAIL,
)
def _month_last_day(g: Groups, scan: Scan, L: Pack):
    """المتمم لشهر شعبان، آخر يوم من ديسمبر: the month's last day (a Hijri month
    completed to 30 days)."""
    found = _month_rule(g, scan, L, strict=False)
    if not isinstance(found, F.CalendarDate):
        return None
    found.day = 30 if found.calendar == "hijri" else 31
    found.edge = None
    found.last_day = True
    return found


@rule(
    "month",
    r"(?:(?P<b>%{boundary})%S(?:%{day_month_link}%S)?)?(?:(?P<mw>%{month_word})%S)?(?P<m>%{greg_month}|%{hijri_month})" + MONTH_TAIL,
)
def _month_rule(g: Groups, scan: Scan, L: Pack, strict: bool = True):
    """شهر ديسمبر، ديسمبر الماضي، في يناير، منتصف تشرين الثاني، رمضان المقبل."""
    calendar, month = _month(L, g("m"))
    year = int(g("y")) if g("y") else None
    marker = g("mk")
    if marker and marker in L.hijri_markers:
        calendar = "hijri"
    mod = g("mod")
    year_offset = _year_offset(g, L)
    strong = bool(g("mw") or year or marker or mod or g("samey") or g("thaty")
                  or year_offset is not None or g("m2") or g("m3"))
    if scan.prev_word_in(g.start, L.date_name_heads):
        return Consumed()  # عطلة أول نوفمبر: a name
    if calendar == "hijri" and not g("b") and _topic_month(g.start, scan, L):
        # تحري هلال شهر رمضان لعام 1433، هلال شهر شوال لهذا العام 1446 هـ: the month
        # whose first day is sought, with the year that names it
        return Consumed()
    if g("m") in L.strict_months and not strong:
        return None
    if strict and not (strong or g("b") or scan.preceded_by(g.start, L.month_context)
                       or _patterns(L).month_range_next.match(scan.text, g.end)):
        return None  # (للربع يناير - مارس 2022: the first month of a range)
    if year is not None and calendar == "gregorian" and not 1800 <= year <= 2200:
        return None
    if g("samey") or g("thaty"):
        return F.SamePeriodDate("Y", month)
    side = None if (mod is None or mod in L.hijri_epithets) else _side(L, mod)
    edge = _edge(L, g("b"))
    month2 = _month(L, g("m2") or g("m3"))[1] if g("m2") or g("m3") else None
    if g("m3") and month2 != month:
        return None
    if g("m2") and month2 != month and _month(L, g("m2"))[0] == calendar:
        # يناير - مارس 2022: two months of a range, not one month written twice; the first
        # alone (it takes the year the second gives)
        first = F.CalendarDate(calendar, month, None, None, None, edge=_edge(L, g("b")))
        return [Hit(first, g.start, g.span("m")[1], "month")]
    return F.CalendarDate(calendar, month, None, year, side, edge=edge, month2=month2,
                          year_offset=year_offset)


@rule("anaphoric-day", r"(?:(?P<pod>%{part_construct})%S)?(?P<a>%{anaphoric_day})")
def _anaphoric_day(g: Groups, scan: Scan, L: Pack):
    """اليوم التالي، اليوم نفسه، ظهر اليوم نفسه: counted from the last dated occurrence."""
    part = L.parts_construct.get(g("pod")) if g("pod") else None
    return F.AnaphoricDay(L.anaphoric_days.get(g("a")), part)


@rule("anaphoric-night", r"(?P<a>%{anaphoric_night})")
def _anaphoric_night(g: Groups, scan: Scan, L: Pack):
    """الليلة التالية، تلك الليلة: the night of a day counted from the last dated occurrence."""
    return F.AnaphoricDay(L.anaphoric_nights.get(g("a")), "NI")


@rule("same-period", r"(?P<sp>%{same_period})")
def _same_period_rule(g: Groups, scan: Scan, L: Pack):
    """في الشهر نفسه، ذلك العام، الأسبوع ذاته: the period the text last set."""
    return F.SamePeriod(L.same_periods.get(g("sp")))


@rule("that-time", r"(?P<tt>%{that_time})")
def _that_time(g: Groups, scan: Scan, L: Pack):
    """منذ ذلك الوقت، في ذلك الحين: the date the text last set."""
    return F.ThatTime()


@rule("eve-day", r"(?P<a>%{eve_day})")
def _eve_day(g: Groups, scan: Scan, L: Pack):
    """غداة، عشية: the day after / before the occurrence they name."""
    return F.EveDay(L.eve_days.get(g("a")))


@rule(
    "relative-day",
    r"(?:(?P<le>%{late_early})%S(?:%{day_month_link}%S)?)?(?:(?P<pod>%{part_construct})%S(?:%{day_word}%S)?)?"
    r"(?:(?P<tom>%{day_word}%S%{day_word_tomorrow})|(?:%{day_word}%S)?(?P<rel>%{relative_day}))"
    r"(?:%C(?:%{day_word}%S)?(?P<wd>%{weekday})|%O\(%O(?P<wdp>%{weekday})%O\)|%O/%O(?P<wds>%{weekday})%O/)?",
)
def _relative_day(g: Groups, scan: Scan, L: Pack):
    """اليوم، أمس الأربعاء، أمس (الاثنين)، صباح اليوم، مساء أمس، وقت متأخر اليوم الثلاثاء."""
    wd_text = g("wd") or g("wdp") or g("wds")
    if g("tom"):
        offset = 1
    else:
        rel = g("rel")
        offset = L.relative_days.get(rel)
        key = " ".join(rel.split())
        nxt = scan.next_word(g.end) if offset == 0 and not wd_text else ""
        if nxt in L.today_blockers or (nxt[:2] == "ال" and nxt[2:].isdigit()):
            return None  # اليوم العالمي، اليوم الأول من الهدنة، لليوم الـ48
        if nxt and nxt in scan.cues.relatives and not g("pod") and not g("le"):
            return F.CataphoricDay()  # اليوم الذي أصدر فيه ...: the day its clause names
        if key in L.companion_relative and not (wd_text or g("pod") or g("le")):
            return None  # غد alone is literary; مساء غد الأربعاء is a day
        if key in L.guarded_relative and not (wd_text or g("pod") or g("le")):
            if not (scan.has_tanwin(*g.span("rel")) or scan.tense(g.start) in ("future", "plan")
                    or scan.at_clause_end(g.end) or scan.next_word(g.end) in L.guarded_relative_copulas
                    or _patterns(L).day_month_after.match(scan.text, g.end)):
                return None  # غدا "became" is followed by its subject (not by a date: غدا 8 مارس)
    part = L.parts_construct.get(g("pod")) if g("pod") else None
    weekday = L.weekdays.get(wd_text) if wd_text else None
    return F.DayRef(offset, weekday, part, _edge(L, g("le")))


@rule("stretch-day", r"(?P<sd>%{stretch_day})%S(?:(?P<o>%{ordinal})|ال(?P<n>\d{1,3})(?!\d)|(?P<last>%{stretch_last}))")
def _stretch_day(g: Groups, scan: Scan, L: Pack):
    """اليوم الأول، اليوم السابع على العدوان، لليوم الـ48: the Nth day of a stretch."""
    to_today = (scan.text[g.start - 1:g.start] == "ل" or scan.next_word(g.end) in L.stretch_to_today)
    if g("last"):
        return F.StretchDay(0)
    n = int(g("n")) if g("n") else L.ordinals.get(g("o"))
    if not n or n > 400:
        return None
    return F.StretchDay(n, to_today)


@rule(
    "weekday",
    r"(?:(?P<le>%{late_early})%S(?:%{day_month_link}%S)?)?(?:(?P<pod>%{part_construct})%S)?(?:%{day_word}%S)?(?P<wd>%{weekday})"
    r"(?:%O%{night_link}%O(?P<wd2>%{weekday}))?(?:%S(?P<mod>%{modifier}))?",
)
def _weekday(g: Groups, scan: Scan, L: Pack):
    """الخميس، يوم الثلاثاء، الأحد المقبل، ليلة الثلاثاء، ليل الاثنين-الثلاثاء."""
    part = L.parts_construct.get(g("pod")) if g("pod") else None
    return F.WeekdayRef(L.weekdays.get(g("wd")), _side(L, g("mod")), part, _edge(L, g("le")))


@rule(
    "anaphoric-offset",
    r"(?P<a>%{anaphoric_offset})%Sب(?:(?P<n>%{number})%S)?(?:(?P<few>%{few})%S)?(?:(?P<unit>%{unit})|(?P<unit_dual>%{unit_dual})|(?P<unit_plural>%{unit_plural}))",
)
def _anaphoric_offset(g: Groups, scan: Scan, L: Pack):
    """بعد ذلك بيومين، قبلها بأسبوع: counted from the last dated occurrence."""
    unit, count = _unit(g, L)
    if g("n"):
        count = _number(g("n"))
    direction = 1 if L.anaphoric_offsets.get(g("a")) == "after" else -1
    return F.Offset(unit, count, direction, anaphoric=True)


@rule(
    "offset",
    r"(?P<dir>%{offset_signal})(?:%S(?P<q>%{quantifier}))?%S(?:(?P<n>%{number})%O)?(?:(?P<few>%{few})%S)?"
    r"(?:(?P<unit>%{unit})|(?P<unit_dual>%{unit_dual})|(?P<unit_plural>%{unit_plural}))(?:%Sو(?P<fr>%{fraction}))?",
)
def _offset(g: Groups, scan: Scan, L: Pack):
    """قبل أسبوع، قبل 3 أيام، بعد يومين، قبل نحو عامين، قبل أيام."""
    unit, count = _unit(g, L)
    if g("n"):
        count = _number(g("n"))
        if count is None or count <= 0:
            return None
    elif g("unit_plural") and not g("few"):
        count = None
    if count is not None:
        count += _fraction(g, L)
    direction = 1 if L.offset_signals.get(g("dir")) == "after" else -1
    if g("unit") and not g("n") and _YEAR_AFTER.match(scan.text, g.end, g.end + 8):
        return None  # قبل عام 2010: "before the year 2010"
    anaphoric = scan.followed_by(g.end, L.anaphoric_offset_suffixes)
    mod = (L.quantifiers.get(g("q")) or None) if g("q") else None
    if scan.followed_by(g.end, L.offset_now):
        # بعد اثني عشر عاما من الآن: counted from today, "من الآن" inside the span
        end = _patterns(L).offset_now.match(scan.text, g.end).end()
        return [Hit(F.Offset(unit, count, direction, mod=mod), g.start, end, "offset")]
    quantity_start = min(x for x in (g.span("q")[0], g.span("n")[0], g.span("few")[0],
                                     g.span("unit")[0], g.span("unit_dual")[0], g.span("unit_plural")[0]) if x >= 0)
    if direction < 0 and count is not None and scan.tense(g.start) == "future":
        # لن تجتمع قبل ستة أشهر: "not within six months", a duration
        return [Hit(F.Duration(unit, count, mod), quantity_start, g.end, "offset-future-before")]
    rest = g.end
    adverb = _patterns(L).offset_adverb.match(scan.text, rest, rest + 20)
    if adverb:
        rest = adverb.end()   # قبل تسعة أيام فقط من الانتخابات
    from_words = L.offset_from if direction > 0 else L.offset_from_before
    if not anaphoric and scan.followed_by(rest, from_words):
        head = _date_head(L).match(scan.text, rest)
        if head is None:
            if unit in ("H", "MIN") and count is not None:
                # بعد 23 دقيقة من إقلاعها: a time if the event's clock time is known
                return F.Offset(unit, count, direction, mod=mod, from_event=True)
            # بعد أسبوعين من الهجوم: an interval counted from an event is a
            # duration; بعد/قبل stays outside as its signal.
            return [Hit(F.Duration(unit, count, mod), quantity_start, g.end, "offset-from-event")]
    return F.Offset(unit, count, direction, anaphoric=anaphoric, mod=mod)


@lru_cache(maxsize=8)
def _date_head(pack: Pack) -> re.Pattern[str]:
    """After "من": does a date follow (a digit, ordinal, weekday, month, day word)?"""
    heads = "|".join(pack.pattern(k) for k in ("ordinal", "weekday", "relative_day", "greg_month",
                                                 "hijri_month", "day_word", "anaphoric_day"))
    return re.compile(r"[ \t]+" + pack.pattern("day_month_link") + r"[ \t]+(?:\d|" + heads + ")")


@rule(
    "period",
    r"(?:(?P<b>%{weekend}|%{boundary})%S(?:%{day_month_link}%S)?)?(?:(?P<this>%{this})%S)?(?P<pn>%{period_noun})(?:%S(?P<mod>%{modifier}))?",
)
def _period(g: Groups, scan: Scan, L: Pack):
    """الأسبوع الماضي، هذا الشهر، العام المقبل، نهاية العام، نهاية هذا الأسبوع."""
    if not (g("this") or g("mod") or g("b")):
        return None  # الأمين العام، الرأي العام
    unit = L.period_nouns.get(g("pn"))
    side = _side(L, g("mod"))
    shift = {"past": -1, "future": 1, "after_next": 2}.get(side or "", 0)
    weekend = bool(g("b") and g("b") in L.weekend_heads and unit == "W")
    edge = None
    if g("b") and not weekend:
        edge = _edge(L, g("b"))
    if side == "preceding":
        shift = -1
    return F.PeriodRef(unit, shift, edge, weekend, following=(side == "following"),
                       preceding=(side == "preceding"))


@rule(
    "quarter",
    r"(?P<qw>%{quarter_word})%S(?P<qn>%{quarter})(?:%S(?:%{day_month_link}%S)?(?:(?:(?P<yw>%{year_word})%S)?(?P<y>\d{4})(?!\d)"
    r"|(?P<pn>%{period_noun})(?:%S(?P<mod>%{modifier}))?))?",
)
def _quarter(g: Groups, scan: Scan, L: Pack):
    """الربع الأول من عام 2024، الربع الأخير من العام، الربع الثاني (TimeML YYYY-Qn)."""
    if g("pn") and L.period_nouns.get(g("pn")) != "Y":
        return None
    shift = {"past": -1, "preceding": -1, "future": 1}.get(_side(L, g("mod")) or "", 0)
    return F.QuarterRef(L.quarters.get(g("qn")), int(g("y")) if g("y") else None, shift)


@rule(
    "clock-words",
    r"(?:(?P<hw>%{hour_word})%S)?(?P<ho>%{hour_ordinal})(?:%S(?P<cf>%{clock_fraction})|%Sو(?P<mins>\d{1,2}|%{number})%S%{minute_word}"
    r"|%Sو(?:ال)?%{minute_word}%S(?P<mins2>\d{1,2}|%{number}))?(?:%S(?P<per>%{clock_period}))?"
    + DAY_TAIL + r"(?:%O[\"“”«»]?%O(?P<zone>%{zone}))?",
)
def _clock_words(g: Groups, scan: Scan, L: Pack):
    """الساعة الخامسة، الخامسة والنصف فجرا، الساعة العاشرة مساء بتوقيت مكة."""
    mins = g("mins") or g("mins2")
    if not (g("hw") or g("per") or g("tpod") or mins):
        return None  # الخامسة alone is "the fifth"
    hour = L.hour_ordinals.get(g("ho"))
    minute = L.clock_fractions.get(g("cf")) if g("cf") else 0
    if mins:
        minutes = int(mins) if mins.isdigit() else parse_number(mins)
        if minutes is None or not 0 < minutes < 60:
            return None
        minute = int(minutes)
    if minute < 0:
        hour, minute = hour - 1, 60 + minute
    return _clock(g, L, hour, minute)


@rule("clock-named", r"(?P<cn>%{clock_name})" + DAY_TAIL)
def _clock_named(g: Groups, scan: Scan, L: Pack):
    """منتصف الليل (the next day at 00:00)، منتصف النهار (12:00)."""
    return _clock(g, L, L.clock_names.get(g("cn")), 0)


_PART_PERIOD = {"MO": "am", "AF": "noon", "EV": "pm", "NI": "night"}


def _clock(g: Groups, L: Pack, hour: int, minute: int) -> F.ClockTime:
    """A clock time with its period, zone and the day named after it."""
    period = L.clock_periods.get(g("per")) if g("per") else None
    tpart = L.parts_construct.get(g("tpod")) if g("tpod") else None
    if period is None and tpart:
        period = _PART_PERIOD[tpart]
    day: F.DayRef | F.WeekdayRef | F.AnaphoricDay | None = None
    if g("tana"):
        day = F.AnaphoricDay(L.anaphoric_days.get(g("tana")))
    elif g("trel"):
        weekday = L.weekdays.get(g("twd")) if g("twd") else None
        day = F.DayRef(L.relative_days.get(g("trel")), weekday)
    elif g("twd2"):
        day = F.WeekdayRef(L.weekdays.get(g("twd2")), _side(L, g("tmod")))
    return F.ClockTime(hour, minute, period, L.zones.get(g("zone")) if g("zone") else None, day)


@rule(
    "clock-digits",
    r"(?:(?P<hw>%{hour_word})(?:%S|%O:%O))?(?P<h>\d{1,2})(?:(?P<sep>[:./,،])(?P<mi>\d{2})|(?P<mil>\d{2})(?=%S%{zone}))?(?!\d)"
    r"(?:%S(?P<cf>%{clock_fraction})|%Sو(?P<mins>\d{1,2}|%{number})%S%{minute_word})?"
    r"(?:%S(?P<per>%{clock_period}))?" + DAY_TAIL + r"(?:%O[\"“”«»]?%O(?P<zone>%{zone}))?"
    # a bare number is no clock time: without one of these the match fails here, in the
    # regex, rather than in the builder (the builder's own checks stay)
    r"(?(hw)|(?(sep)|(?(per)|(?(zone)|(?(tpod)|(?!))))))",
)
def _clock_digits(g: Groups, scan: Scan, L: Pack):
    """الساعة 5، 03:00 بتوقيت غرينتش، 10:30 صباحا."""
    hour = int(g("h"))
    minute = int(g("mi") or g("mil") or 0)
    if g("sep") in (",", "،") and not (g("zone") or g("hw")):
        return None  # 11,00 is a clock only with its zone (11,00 تغ) or الساعة
    if g("zone") and not g("sep") and not g("hw") and scan.text[g.start - 1:g.start] == "+":
        return None  # +2GMT: an offset, not a clock time
    if not (g("hw") or g("sep") == ":" or g("per") or g("zone") or g("tpod")):
        return None
    if g("sep") in (".", "/") and not g("hw"):
        return None  # 3.50 is a number, 6/45 a ratio
    if g("sep") in (",", "،") and hour > 24:
        return None
    if g("mins"):
        if not g("hw"):
            return None  # 18 و25 دقيقة is a time only after الساعة
        minutes = int(g("mins")) if g("mins").isdigit() else parse_number(g("mins"))
        if minutes is None or not 0 < minutes < 60:
            return None
        minute = int(minutes)
    if hour > 24 or minute > 59:
        return None
    if g("cf"):
        frac = L.clock_fractions.get(g("cf"))
        if frac < 0:
            hour, minute = hour - 1, 60 + frac
        else:
            minute = frac
    return _clock(g, L, hour, minute)


@rule(
    "part-of-day",
    r"(?:(?P<le>%{late_early})%S(?:%{day_month_link}%S)?)?(?P<pod>%{part})(?:%S(?P<mod>%{modifier}))?",
)
def _part_of_day(g: Groups, scan: Scan, L: Pack):
    """صباحا، المساء، ساعات الليل، الليلة الماضية، في وقت متأخر من الليل."""
    pod = " ".join(g("pod").split())
    part = L.parts_standalone.get(pod)
    side = _side(L, g("mod"))
    last = pod in L.last_night or (part == "NI" and side == "past")
    if pod in L.guarded_parts and not scan.prev_word_in(g.start, L.guarded_signals):
        return None  # الظهر "the back", العصر "the era"
    return F.PartOfDay(part, night_before=pod in L.night_before_in_past, last_night=last,
                       edge=_edge(L, g("le")))


@rule(
    "stretch",
    r"(?:(?P<unit_article>%{unit_article})(?:%S(?:ال)?(?P<n>%{number}))?|ال(?P<n2>\d+)%S(?:(?P<unit>%{unit})|(?P<unit_plural>%{unit_plural})))%S(?P<sm>%{stretch_modifier})",
)
def _stretch(g: Groups, scan: Scan, L: Pack):
    """الأيام الماضية، الأيام الـ26 الماضية، الساعات الأخيرة، الـ48 ساعة الماضية."""
    unit, count = _unit(g, L)
    n = g("n") or g("n2")
    if n:
        count = _number(n)
    return F.Duration(unit, count, back=L.stretch_modifiers.get(g("sm")) == "past")


@rule("stretch-period", r"(?P<pw>%{period_word})%S(?P<pm>%{period_modifier})")
def _stretch_period(g: Groups, scan: Scan, L: Pack):
    """الفترة ذاتها، الفترة الماضية: a stretch of unknown length."""
    if g("pm") in L.recent_period_modifiers and scan.prev_word_in(g.start, L.recent_period_signals):
        return None  # في الفترة الأخيرة: "recently", the vague rule's PAST_REF
    return F.Duration("D", None)


@rule(
    "duration",
    r"(?:(?P<q>%{quantifier})%S)?(?:(?P<n>%{number})%O(?:(?P<unit>%{unit})|(?P<unit_dual>%{unit_dual})|(?P<unit_plural>%{unit_plural}))"
    r"|(?P<fraction_of_unit>%{fraction})%S(?P<unit_of_fraction>%{unit})"
    r"|(?P<few>%{few})%S(?P<unit_plural_alone>%{unit_plural})"
    r"|(?P<unit_dual_alone>%{unit_dual})|(?P<unit_alone>%{unit})(?:%S(?P<one>%{cardinal}))?|(?P<unit_plural_counted>%{unit_plural}))"
    r"(?:%Sو(?P<fr>%{fraction}))?",
)
def _duration(g: Groups, scan: Scan, L: Pack):
    """سبعة أيام، 24 ساعة، شهرين ونصف، أكثر من ساعة، نحو 5 أشهر، عدة أيام."""
    mod = (L.quantifiers.get(g("q")) or None) if g("q") else None
    fraction = _fraction(g, L)
    signal = scan.preceded_by(g.start, L.duration_signals)
    if g("n"):
        count = _number(g("n"))
        if count is None or count <= 0:
            return None
        text = g("unit") or g("unit_dual") or g("unit_plural")
        cls = L.units_singular if g("unit") else L.units_dual if g("unit_dual") else L.units_plural
        unit = cls.get(text)
        if g("unit_dual"):
            return None  # "3 يومين" is not Arabic; leave it
    elif g("fraction_of_unit"):
        unit, count, fraction = L.units_singular.get(g("unit_of_fraction")), 0.0, L.fractions.get(g("fraction_of_unit"))
    elif g("few"):
        unit, count = L.units_plural.get(g("unit_plural_alone")), None
    elif g("unit_dual_alone"):
        unit, count = L.units_dual.get(g("unit_dual_alone")), 2.0
    elif g("unit_alone"):
        one = g("one") is not None and parse_number(g("one")) == 1
        if not (g("q") or one or fraction or signal):
            return None  # لم يتوقف يوما، ساعة يد
        unit, count = L.units_singular.get(g("unit_alone")), 1.0
    else:
        if not (g("q") or signal):
            return None  # أيام الحرب
        unit, count = L.units_plural.get(g("unit_plural_counted")), None
    if count is not None:
        count += fraction
    return F.Duration(unit, count, mod)


#: after "أيام <weekday>": another weekday joined by و (أيام الخميس والجمعة)
_DAY_LIST = re.compile(r"[ \t]*[،,]?[ \t]*و[ \t]*ال\w+")
#: after "أيام <weekday>": more weekdays, then the dates they name
_DAY_LIST_DATES = re.compile(r"(?:[ \t]*[،,]?[ \t]*و?ال\w+){0,7}[ \t]*(?:ال\w+[ \t]+)?(?:ل[ \t]*)?\d")


@rule("vague", "%{vague}")
def _vague(g: Groups, scan: Scan, L: Pack):
    """مؤخرا، في وقت سابق، حاليا، الآن، قريبا، لاحقا."""
    span = " ".join(g("v").split())
    nxt = scan.next_word(g.end)
    for entry in L.vague:
        if entry["span"] != span and not (span.startswith("ل") and "ا" + span == entry["span"]):
            continue
        if entry["after"] and not scan.prev_word_in(g.start, entry["after"]):
            continue
        if nxt in entry["not_before"] or (nxt[:1].isdigit() and entry["not_before"]):
            continue
        if entry["in_past"] and scan.tense(g.start) == "past":
            return F.Vague(entry["in_past"])
        return F.Vague(entry["value"])
    return None


@rule(
    "set",
    r"(?:(?P<s>%{set})|(?P<every>%{every})%S(?:(?P<unit>%{unit})(?:%S(?P<wdb>%{weekday_bare}))?|(?P<wdb2>%{weekday_bare}))"
    r"|(?P<days>%{unit_plural})%S(?P<wd>%{weekday}))",
)
def _set(g: Groups, scan: Scan, L: Pack):
    """يوميا، كل يوم، كل أسبوع، كل خميس، أيام الجمعة."""
    if g("s"):
        return F.SetRef(L.sets.get(g("s")))
    wd = g("wdb") or g("wdb2")
    if wd:
        return F.SetRef(f"XXXX-WXX-{L.weekdays_bare.get(wd)}")
    if g("wd"):
        if L.units_plural.get(g("days")) != "D":
            return None
        if _DAY_LIST_DATES.match(scan.text, g.end) or _DAY_LIST.match(scan.text, g.end):
            return None  # أيام الاثنين والثلاثاء الموافقين 19 و20 أكتوبر، أيام الخميس والجمعة: named days
        return F.SetRef(f"XXXX-WXX-{L.weekdays.get(g('wd'))}")
    unit = L.units_singular.get(g("unit"))
    iso, factor = L.unit_info[unit]
    return F.SetRef(f"PT{factor}{iso[1:]}" if iso.startswith("T") else f"P{factor}{iso}")


# -- compiling ---------------------------------------------------------------

#: a placeholder in a rule pattern: ``%{class placeholder}`` (pack.toml), or %S / %O / %C
_PLACEHOLDER = re.compile(r"%(?:\{([a-z][a-z0-9_]*)\}|([SOC]))")
#: the grammar's own placeholders: blanks, optional blanks, a comma or blanks
_STRUCTURE = {"S": SPACE, "O": r"[ \t]*", "C": r"(?:[ \t]*[،,][ \t]*|[ \t]+)"}
_TOKEN = re.compile(r"\w+")
DIGIT = "DIGIT"


def _placeholder(m: re.Match[str]) -> str:
    return m.group(1) or m.group(2)


def _clitics(pack: Pack) -> str:
    """The proclitics a rule may begin after: a conjunction, then a preposition."""
    conj = "".join(pack.conjunctions)
    prep = "".join(pack.prepositions)
    out = r"(?<!\w)"
    if conj:
        out += rf"(?:[{conj}](?=\w))?"
    if prep:
        out += rf"(?:[{prep}](?=\w))?"
    return out


def expand(pattern: str, pack: Pack) -> str:
    """A rule pattern with its placeholders replaced by the pack's regexes."""
    def sub(m: re.Match[str]) -> str:
        key = _placeholder(m)
        return _STRUCTURE[key] if m.group(2) else pack.pattern(key)

    return _PLACEHOLDER.sub(sub, pattern)


def _first_set(template: str) -> frozenset[str]:
    """What a rule's match can begin with: placeholder names (word classes),
    ``DIGIT``, or ``LIT:<char>`` for a literal letter.

    Read from the template itself (a small reader for the regex syntax rule
    patterns use: groups, alternation, quantifiers, classes, escapes,
    lookarounds), so the dispatch table can never disagree with the patterns.
    """
    t = template
    i = 0

    def alternation() -> tuple[set[str], bool]:
        nonlocal i
        firsts: set[str] = set()
        nullable = False
        while True:
            f, n = sequence()
            firsts |= f
            nullable |= n
            if i < len(t) and t[i] == "|":
                i += 1
                continue
            return firsts, nullable

    def sequence() -> tuple[set[str], bool]:
        nonlocal i
        out: set[str] = set()
        nullable = True
        while i < len(t) and t[i] not in "|)":
            f, n = quantified(*atom())
            if nullable:
                out |= f
                nullable = n
        return out, nullable

    def quantified(f: set[str], n: bool) -> tuple[set[str], bool]:
        nonlocal i
        if i < len(t) and t[i] in "?*+":
            n = n or t[i] != "+"
            i += 1
        elif i < len(t) and t[i] == "{" and (close := t.find("}", i)) > i:
            n = n or t[i + 1:close].split(",")[0].strip() in ("", "0")
            i = close + 1
        else:
            return f, n
        if i < len(t) and t[i] == "?":    # lazy
            i += 1
        return f, n

    def atom() -> tuple[set[str], bool]:
        nonlocal i
        c = t[i]
        if c == "%":
            m = _PLACEHOLDER.match(t, i)
            if m is None:
                raise ValueError(f"bad placeholder at {t[i:i + 20]!r}")
            i = m.end()
            if m.group(2):
                return (set(), True) if m.group(2) == "O" else ({"ANY"}, False)
            return {m.group(1)}, False
        if c == "(":
            look = t.startswith(("(?=", "(?!", "(?<=", "(?<!"), i)
            if t.startswith("(?P<", i):
                i = t.index(">", i) + 1
            elif t.startswith("(?:", i) or t.startswith(("(?=", "(?!"), i):
                i += 3
            elif look:
                i += 4
            else:
                i += 1
            f, n = alternation()
            if i >= len(t) or t[i] != ")":
                raise ValueError(f"unbalanced group in {t[:60]!r}")
            i += 1
            return (set(), True) if look else (f, n)
        if c == "[":
            j = i + 1
            if j < len(t) and t[j] == "^":
                j += 1
            if j < len(t) and t[j] == "]":
                j += 1
            while t[j] != "]":
                j += 2 if t[j] == "\\" else 1
            body = t[i + 1:j]
            i = j + 1
            return ({DIGIT} if "\\d" in body and not body.startswith("^") else {"ANY"}), False
        if c == "\\":
            e = t[i + 1]
            i += 2
            if e == "d":
                return {DIGIT}, False
            if e in "wWsSDb":
                return (set(), True) if e == "b" else ({"ANY"}, False)
            return {"LIT:" + e}, False
        i += 1
        if c in "^$":
            return set(), True
        if c == ".":
            return {"ANY"}, False
        return {"LIT:" + c}, False

    first, nullable = alternation()
    if i != len(t):
        raise ValueError(f"unbalanced group in {t[:60]!r}")
    if nullable or "ANY" in first:
        raise ValueError(f"a rule must begin with a word class or a digit: {template[:60]}")
    return frozenset(first)


class Grammar:
    """The compiled rules, and the table that says which to try where.

    Each word that can begin a rule maps to the rules that can begin with it
    (in priority order); a regex shaped as a trie finds those words in one C
    pass, so a document costs one dictionary look-up per candidate word and
    a match attempt per rule that could start there.
    """

    def __init__(self, rules: Iterable[Rule] = (), disabled: Iterable[str] = (), *,
                 pack: Pack | None = None) -> None:
        self.lex = self.pack = pack or default_pack()
        skip = set(disabled)
        rules = list(rules) or RULES
        self.rules = [r for r in rules if r.name not in skip]
        unknown = skip - {r.name for r in rules}
        if unknown:
            raise ValueError(f"unknown temporal rules: {', '.join(sorted(unknown))}")
        names = [r.name for r in rules]
        twice = sorted({n for n in names if names.count(n) > 1})
        if twice:
            raise ValueError(f"two temporal rules are named {twice[0]!r}")
        self._clitics = _clitics(self.pack)     # before each rule in ``alone``
        self._expanded: list[str] = []
        self.bodies: list[re.Pattern[str]] = []   # without the clitics (tried where the dispatch says)
        for i, r in enumerate(self.rules):
            try:
                body = expand(r.pattern, self.pack)
            except DataError as exc:
                raise DataError(f"rule {r.name!r}: {exc}") from None
            self._expanded.append(body)
            self.bodies.append(re.compile(f"(?P<{RULE_GROUP}>{body})" + r"(?!\w)"))
        self._builders = [r.build for r in self.rules]
        self._names = [r.name for r in self.rules]
        self._build_dispatch()

    @cached_property
    def alone(self) -> list[re.Pattern[str]]:
        """The rules with the clitics before them, to try at every word (``scan(dispatch=False)``,
        which only tests use): compiled when first asked for."""
        return [re.compile(self._clitics + f"(?P<{RULE_GROUP}>{body})" + r"(?!\w)") for body in self._expanded]

    def _class_words(self, key: str) -> set[str]:
        """First words of every spelling a placeholder stands for."""
        spans = self.pack.first_words(key)
        words = set()
        for span in spans:
            w = span.split()[0]
            words.add(w)
            if w.startswith("ال") and len(w) > 2:
                words.add("ل" + w[2:])  # للأسبوع: the article after ل
        return words

    def _build_dispatch(self) -> None:
        by_word: dict[str, set[int]] = {}
        digit_rules = []
        for i, r in enumerate(self.rules):
            first = _first_set(r.pattern)
            if DIGIT in first or "number" in first or any(f.startswith("LIT:") for f in first):
                # a literal start is the article before digits (الـ48 ساعة)
                digit_rules.append(i)
            for key in first:
                if key == DIGIT or key.startswith("LIT:"):
                    continue
                for w in self._class_words(key):
                    by_word.setdefault(w, set()).add(i)
        self.by_word = {w: tuple(sorted(ids)) for w, ids in by_word.items()}
        self.digit_rules = tuple(digit_rules)
        conj, prep = self.pack.conjunctions, self.pack.prepositions
        clitics = (f"[{''.join(conj)}]?" if conj else "") + (f"[{''.join(prep)}]?" if prep else "")
        # Leading delimiter first: the regex engine skips straight to the
        # characters that can precede a word (the scan prepends a blank). The
        # clitics are optional steps before the trie, not spelled out with each
        # word: the same words, and a pattern a tenth the size to compile.
        self.candidates = re.compile(
            r"[^\w](" + clitics + "(?:" + trie_regex(self.by_word) + r")(?![^\W\d])|" + clitics + r"(?:ال)?\d)"
        )
        self._attempts: dict[str, tuple[tuple[int, int, Callable[..., re.Match[str] | None]], ...]] = {}

    def rules_for(self, token: str) -> tuple[tuple[int, tuple[int, ...]], ...]:
        """The rules that can begin at a token, in priority order, each with the
        lengths of the clitics (و/ف, then ب/ل/ك) it can begin after, longest
        first: the order in which a match with the clitics optional would try them.
        Not cached: the scan caches its flattened form (``attempts``)."""
        splits = [0]
        conj, prep = self.pack.conjunctions, self.pack.prepositions
        if len(token) > 1 and token[0] in conj:
            splits.insert(0, 1)
            if len(token) > 2 and token[1] in prep:
                splits.insert(0, 2)
        elif len(token) > 1 and token[0] in prep:
            splits.insert(0, 1)
        after: dict[int, list[int]] = {}
        for k in splits:
            for i in self.by_word.get(token[k:], ()):
                after.setdefault(i, []).append(k)
        if any(c.isdigit() for c in token):
            for i in self.digit_rules:
                after[i] = list(splits)   # digits may follow the article: the rule decides
        return tuple((i, tuple(sorted(set(ks), reverse=True))) for i, ks in sorted(after.items()))

    def attempts(self, token: str) -> tuple[tuple[int, int, Callable[..., re.Match[str] | None]], ...]:
        """``rules_for`` flattened for the scan: (rule, clitic length, its body's
        match) in the order they are tried."""
        cached = self._attempts.get(token)
        if cached is None:
            cached = tuple((i, k, self.bodies[i].match) for i, splits in self.rules_for(token) for k in splits)
            if len(self._attempts) < 200_000:
                self._attempts[token] = cached
        return cached

    def rule_index(self, name: str) -> int:
        for i, r in enumerate(self.rules):
            if r.name == name:
                return i
        raise KeyError(name)

    def _build(self, i: int, m: re.Match[str], scan: Scan) -> list[Hit] | None:
        g = Groups(m)
        result = self._builders[i](g, scan, self.lex)
        if result is None:
            return None
        if isinstance(result, list):
            return result
        return [Hit(result, g.start, g.end, self._names[i])]

    def _glued(self, scan: Scan, hits: list[Hit]) -> list[Hit]:
        """A numeric date glued to the word before it, as scraped datelines
        have it (غزة20-11-2012): the digit rules tried where a letter meets a digit."""
        text = scan.text
        extra: list[Hit] = []
        for g in _GLUED_SEPARATOR.finditer(text):
            # the separator comes first: searched for in C far faster than a letter then a digit
            at = g.start()
            while at > 0 and text[at - 1].isdigit() and g.start() - at < 4:
                at -= 1
            if (at == g.start() or not at or not text[at - 1].isalpha() or _GLUED_DATE.match(text, at) is None
                    or any(h.start <= at < h.end for h in hits)):
                continue
            for i in self.digit_rules:
                m = self.bodies[i].match(text, at)
                if m is None:
                    continue
                found = self._build(i, m, scan)
                if found and not isinstance(found, Consumed):
                    extra.extend(h for h in found if isinstance(h.frame, F.NumericDate))
                    break
        if not extra:
            return hits
        return sorted(hits + extra, key=lambda h: h.start)

    def scan(self, scan: Scan, *, dispatch: bool = True) -> list[Hit]:
        """Every expression in the folded text, left to right.

        At each candidate word the rules that can begin there are tried in
        priority order; the first that matches and is not vetoed by its
        builder wins. ``dispatch=False`` tries every rule at every word start
        (slow; tests use it to check the dispatch table).
        """
        text = scan.text
        hits: list[Hit] = []
        pos = 0
        build = self._build
        if dispatch:
            # the candidate regex runs over " " + text: its group 1 starts one further on
            attempts, token, cached = self.attempts, _TOKEN.match, self._attempts
            for c in self.candidates.finditer(" " + text):
                start = c.start(1) - 1
                if start < pos:
                    continue
                word = c.group(1)
                if word[-1].isdigit():    # the candidate ends at its first digit: take the whole token
                    word = token(text, start).group()
                tries = cached.get(word)
                if tries is None:
                    tries = attempts(word)
                done = -1
                for i, k, match in tries:
                    if i == done:
                        continue    # a rule is built at its first (longest-clitic) match only
                    m = match(text, start + k)
                    if m is None:
                        continue
                    found = build(i, m, scan)
                    if found:   # else vetoed: the lower-priority rules get their turn
                        hits.extend(found)
                        pos = _after(found, m)
                        break
                    done = i
            return self._glued(scan, hits)
        alone = self.alone
        every = tuple(range(len(self.rules)))
        for t in _TOKEN.finditer(text):
            start = t.start()
            if start < pos:
                continue
            for i in every:
                m = alone[i].match(text, start)
                if m is not None:
                    found = build(i, m, scan)
                    if found:
                        hits.extend(found)
                        pos = _after(found, m)
                        break
        return self._glued(scan, hits)


#: a full numeric date right after a letter, with no blank between
_GLUED_DATE = re.compile(r"\d{1,4}[/.\-]\d{1,2}[/.\-]\d{2,4}(?!\d)")
_GLUED_SEPARATOR = re.compile(r"[/.\-]\d{1,2}[/.\-]\d")


_GRAMMARS: dict[Pack, Grammar] = {}


def grammar(pack: Pack | None = None) -> Grammar:
    """The built-in rules compiled for a pack (the default pack's by default), once per pack."""
    pack = pack or default_pack()
    compiled = _GRAMMARS.get(pack)
    if compiled is None:
        compiled = _GRAMMARS[pack] = Grammar(pack=pack)
    return compiled
