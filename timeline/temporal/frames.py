"""What a matched expression means, before it has a value.

The grammar turns each match into one of these frames; the resolver turns a
frame plus the document's context (publication date, tense, earlier dates)
into a TIMEX3 value. Keeping the two apart lets each be tested alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Union

Part = Literal["MO", "AF", "EV", "NI"]
Edge = Literal["START", "MID", "END"]
Side = Literal["past", "future", "current", "following", "preceding", "after_next"]


@dataclass(slots=True)
class DayRef:
    """اليوم، أمس، غدا، أول أمس — optionally with a weekday and a part of day."""

    offset: int
    weekday: int | None = None
    part: Part | None = None
    edge: Edge | None = None


@dataclass(slots=True)
class WeekdayRef:
    """الخميس، الأحد المقبل، ليلة الثلاثاء."""

    weekday: int
    side: Side | None = None
    part: Part | None = None
    edge: Edge | None = None


@dataclass(slots=True)
class CalendarDate:
    """An explicit date or month: 15 نوفمبر 2016، الثالث من ديسمبر، شهر شوال."""

    calendar: Literal["gregorian", "hijri"]
    month: int
    day: int | None = None
    year: int | None = None
    side: Side | None = None
    weekday: int | None = None
    edge: Edge | None = None
    part: Part | None = None
    #: the month's other name in a paired form (نوفمبر/تشرين الثاني)
    month2: int | None = None
    #: a year given relative to the publication year: من العام الماضي (-1), هذا العام (0)
    year_offset: int | None = None
    #: the month's last day (المتمم لشهر شعبان: a Hijri month's 30th)
    last_day: bool = False


@dataclass(slots=True)
class QuarterRef:
    """الربع الأول من عام 2024، الربع الأخير من العام."""

    quarter: int
    year: int | None = None
    year_offset: int = 0


@dataclass(slots=True)
class NumericDate:
    """15/11/2016, 2016-11-15, 22-3-1439هـ."""

    day: int
    month: int
    year: int
    calendar: Literal["gregorian", "hijri"] = "gregorian"
    weekday: int | None = None


@dataclass(slots=True)
class YearRef:
    """عام 2016، 1438 هـ."""

    year: int
    calendar: Literal["gregorian", "hijri"] = "gregorian"
    edge: Edge | None = None


@dataclass(slots=True)
class PeriodRef:
    """الأسبوع الماضي، هذا الشهر، العام المقبل، نهاية العام، نهاية هذا الأسبوع."""

    unit: Literal["W", "M", "Y"]
    shift: int = 0
    edge: Edge | None = None
    weekend: bool = False
    following: bool = False
    #: السابق: counted back from the period named just before it
    preceding: bool = False


@dataclass(slots=True)
class Offset:
    """قبل أسبوع، بعد 3 أيام، بعد ذلك بيومين."""

    unit: str
    count: float | None
    direction: Literal[-1, 1]
    anaphoric: bool = False
    mod: str | None = None
    #: counted from an event (بعد 23 دقيقة من إقلاعها), not from a date
    from_event: bool = False


@dataclass(slots=True)
class AnaphoricDay:
    """اليوم التالي، اليوم نفسه: days from the last dated occurrence."""

    days: int
    part: Part | None = None


@dataclass(slots=True)
class SamePeriod:
    """الشهر نفسه، ذلك العام، الأسبوع ذاته: the period of the last dated occurrence."""

    unit: Literal["W", "M", "Y"]


@dataclass(slots=True)
class ThatTime:
    """منذ ذلك الوقت، في ذلك الحين: the date the text last set, at its precision."""


@dataclass(slots=True)
class CataphoricDay:
    """في اليوم الذي أصدر فيه ... يوم 22 من الشهر الماضي: the day the relative
    clause after it names."""


@dataclass(slots=True)
class DayOfMonth:
    """22 من الشهر الماضي، العاشر من الشهر الجاري: a day of the month ``shift``
    months from publication."""

    day: int
    shift: int


@dataclass(slots=True)
class StretchDay:
    """اليوم الأول، اليوم السابع على العدوان: the Nth day of a stretch, counted
    from its first day when the text has just named it, else today. ``n`` 0
    is its last day (اليوم الأخير): the last day named."""

    n: int
    #: counted up to today: لليوم الـ48، اليوم السابع على العدوان، على التوالي
    to_today: bool = False


@dataclass(slots=True)
class EveDay:
    """غداة، عشية: the day after / before the dated occurrence they name."""

    days: int


@dataclass(slots=True)
class SamePeriodDate:
    """آب من العام نفسه، التاسع من الشهر نفسه: a date whose year (or month)
    is the one of the last dated occurrence."""

    same: Literal["M", "Y"]
    month: int | None = None
    day: int | None = None


@dataclass(slots=True)
class ClockTime:
    """الساعة الخامسة صباحا، 03:00 بتوقيت غرينتش، الساعة السابعة مساء غد الإثنين."""

    hour: int
    minute: int = 0
    period: str | None = None
    zone: str | None = None
    #: the day named right after the time, if any
    day: "DayRef | WeekdayRef | AnaphoricDay | None" = None


@dataclass(slots=True)
class PartOfDay:
    """صباحا، المساء، ساعات الليل، الليلة الماضية."""

    part: Part
    night_before: bool = False
    last_night: bool = False
    edge: Edge | None = None


@dataclass(slots=True)
class Duration:
    """سبعة أيام، الأيام الـ26 الماضية، شهرين ونصف، أكثر من ساعة."""

    unit: str
    count: float | None
    mod: str | None = None
    #: a stretch that ends at the publication date (الساعات الأخيرة)
    back: bool = False
    #: further quantities of one compound duration (1 عام، 1 شهر، 1 يوم): (unit, count)
    more: tuple[tuple[str, float | None], ...] = ()


@dataclass(slots=True)
class Vague:
    """مؤخرا، حاليا، قريبا."""

    value: str


@dataclass(slots=True)
class SetRef:
    """يوميا، كل خميس."""

    value: str


@dataclass(slots=True)
class Holiday:
    """عيد الفطر، عيد الأضحى المقبل: a Hijri month and day in the nearest year."""

    month: int
    day: int
    side: Side | None = None
    #: the holiday's Nth day counted from its first (ثاني أيام عيد الأضحى: 1)
    offset: int = 0
    #: its Hijri year, when written (عيد الفطر المبارك لعام 1444هـ)
    year: int | None = None


@dataclass(slots=True)
class Chain:
    """A weekday or relative day followed by the date it names, one expression:
    يوم الاثنين المقبل الموافق 12 من تشرين الأول، اليوم الأحد (3 آذار 2024).
    The explicit date decides; the head's weekday checks it (and picks the
    day of a Hijri date), the head's day picks a missing year."""

    head: "DayRef | WeekdayRef"
    date: "CalendarDate | NumericDate | SamePeriodDate"
    #: joined by a word (الموافق، المصادف), not only by a comma or a blank
    linked: bool = False


Frame = Union[
    DayRef, WeekdayRef, CalendarDate, NumericDate, QuarterRef, YearRef, PeriodRef, Offset,
    AnaphoricDay, EveDay, SamePeriodDate, ClockTime, PartOfDay, Duration, Vague,
    SetRef, Holiday, Chain, SamePeriod, StretchDay, DayOfMonth, CataphoricDay, ThatTime,
]
