"""One typed time value: a TIMEX value string (``../shared/TIMEX-SPEC.md``), parsed once.

Every stage writes its dates as TIMEX value strings (the output contract),
and this module is the one place that reads them. ``TimeValue.parse`` gives
a frozen record of what a string says, and the questions the code asks of a
date value are its methods: how precise it is, its day, its first and last
day, the page (month) it goes with, whether it lies before or after a
publication date, the value holding it at a coarser precision, and its
place in a chronological order.

The formats, and what they parse to:

============================  ========  =====================
value                         kind      precision
============================  ========  =====================
``2016``                      calendar  ``YEAR``
``2016-Q4``                   calendar  ``QUARTER``
``2016-12``                   calendar  ``MONTH``
``2016-W49``                  calendar  ``WEEK`` (ISO week)
``2016-W49-WE``               calendar  ``WEEKEND`` (its Saturday and Sunday)
``2016-12-08``                calendar  ``DAY``
``2016-12-08TMO`` (AF EV NI)  calendar  ``PART_OF_DAY``
``2016-12-08T10:30``          calendar  ``MINUTE`` (a zone, ``Z`` or ``+02:00``, is kept in ``zone``)
``PAST_REF`` ...              reference none
``P3D`` ``PT5H`` ``PXD``      duration  none (``quantities`` holds the amounts)
``XXXX-WXX-4`` ...            set       none
============================  ========  =====================

A string no format admits (``2016-13``, ``12/08/2016``, ``""``) parses to
kind ``UNKNOWN``, so ``parse`` never returns None and a caller asks the
value (``is_calendar``, ``day``, ``at_least``) instead of checking for None
first; ``valid`` says whether it was a TIMEX value at all. Halves, seasons
and decades are not in the specification and are ``UNKNOWN``. A set written
as a period (``P1W``, "every week") parses as a duration: the string alone
does not say which it is.

Parsing is memoised (the values of one timeline repeat), and
``timeline.model.Timex.time`` keeps the parsed value of each expression.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional, Union

__all__ = ["Kind", "Precision", "TimeValue", "PARTS_OF_DAY", "period_start", "period_end", "order_key",
           "month_of", "Period"]


class Kind(enum.Enum):
    """What a value names."""

    CALENDAR = "calendar"       # a stretch of the calendar, from a year to a minute
    REFERENCE = "reference"     # PAST_REF, PRESENT_REF, FUTURE_REF: no place on the calendar
    DURATION = "duration"       # a length: P3D, PT5H, PXD, P1Y2M
    SET = "set"                 # a recurrence: XXXX-WXX-4, XXXX-XX-XXTMO
    UNKNOWN = "unknown"         # not a TIMEX value


class Precision(enum.IntEnum):
    """How fine a calendar value is, coarsest first (so ``<`` is "coarser than")."""

    YEAR = 1
    QUARTER = 2
    MONTH = 3
    WEEK = 4
    WEEKEND = 5
    DAY = 6
    PART_OF_DAY = 7
    MINUTE = 8


#: TimeML's parts of day, in the order of the day
PARTS_OF_DAY = ("MO", "AF", "EV", "NI")

# (re.ASCII: a value is written in ASCII digits, whatever digits the text uses)
_CALENDAR = re.compile(
    r"(?P<y>\d{4})(?:"
    r"-(?P<m>\d{2})(?:-(?P<d>\d{2})(?:T(?:(?P<hh>\d{2}):(?P<mm>\d{2})|(?P<part>MO|AF|EV|NI))"
    r"(?P<zone>Z|[+-]\d{2}:\d{2})?)?)?"
    r"|-W(?P<w>\d{2})(?P<we>-WE)?"
    r"|-Q(?P<q>[1-4])"
    r")?", re.ASCII)
_REFERENCES = frozenset({"PAST_REF", "PRESENT_REF", "FUTURE_REF"})
_AMOUNT = r"(?:\d+(?:\.\d+)?|X)"
_DURATION = re.compile(
    rf"P(?:(?P<Y>{_AMOUNT})Y)?(?:(?P<M>{_AMOUNT})M)?(?:(?P<W>{_AMOUNT})W)?(?:(?P<D>{_AMOUNT})D)?"
    rf"(?:T(?:(?P<h>{_AMOUNT})H)?(?:(?P<m>{_AMOUNT})M)?(?:(?P<s>{_AMOUNT})S)?)?", re.ASCII)
_DURATION_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day", "h": "hour", "m": "minute", "s": "second"}
#: the units of a duration that count whole days or longer
DAY_UNITS = frozenset({"year", "month", "week", "day"})
_SET = re.compile(r"XXXX-WXX-(?P<wd>[1-7])|XXXX-XX-XXT(?:(?P<hh>\d{2}):(?P<mm>\d{2})|(?P<part>MO|AF|EV|NI))",
                  re.ASCII)

Amount = Union[int, float, None]


@dataclass(frozen=True)
class TimeValue:
    """A parsed TIMEX value (see the module's table); build it with ``parse`` or ``holding``.

    ``year`` and ``month`` are as written (a week's year is its ISO year, and
    a week or a quarter has no ``month``); ``start`` and ``end`` are the first
    and last day of a calendar value. ``part`` (MO/AF/EV/NI) or ``clock``
    gives the time of day of a ``TIME`` value (and of a daily set).
    """

    text: str
    kind: Kind
    precision: Optional[Precision] = None
    year: Optional[int] = None
    month: Optional[int] = None
    start: Optional[dt.date] = None
    end: Optional[dt.date] = None
    part: Optional[str] = None
    clock: Optional[dt.time] = None
    zone: Optional[str] = None
    #: a duration's quantities, largest unit first: (amount, unit); the amount is None for X
    quantities: tuple[tuple[Amount, str], ...] = ()
    #: a weekly set's ISO weekday (XXXX-WXX-4: 4)
    weekday: Optional[int] = None

    # -- making ------------------------------------------------------------------------------

    @staticmethod
    def parse(text: str) -> "TimeValue":
        """The value ``text`` writes (memoised; a string no format admits is kind ``UNKNOWN``)."""
        return _parse(text)

    @staticmethod
    def holding(day: dt.date, precision: Precision) -> "TimeValue":
        """The calendar value of ``precision`` that holds ``day``: its year, quarter, month,
        ISO week or the day itself (a part of day, a minute or a weekend are not made from a day)."""
        if precision is Precision.YEAR:
            text = f"{day.year:04d}"
        elif precision is Precision.QUARTER:
            text = f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
        elif precision is Precision.MONTH:
            text = f"{day.year:04d}-{day.month:02d}"
        elif precision is Precision.WEEK:
            year, week, _ = day.isocalendar()
            text = f"{year:04d}-W{week:02d}"
        elif precision is Precision.DAY:
            text = day.isoformat()
        else:
            raise ValueError(f"a {precision.name.lower()} is not made from a day alone")
        return _parse(text)

    # -- what it is --------------------------------------------------------------------------

    @property
    def valid(self) -> bool:
        """Whether the string was a TIMEX value at all."""
        return self.kind is not Kind.UNKNOWN

    @property
    def is_calendar(self) -> bool:
        return self.kind is Kind.CALENDAR

    def at_least(self, precision: Precision) -> bool:
        """A calendar value at ``precision`` or finer (``at_least(DAY)``: it names a day)."""
        return self.precision is not None and self.precision >= precision

    @property
    def day(self) -> Optional[dt.date]:
        """The day, when the value names one (a day, a part of it, a minute)."""
        return self.start if self.at_least(Precision.DAY) else None

    @property
    def first_day(self) -> Optional[dt.date]:
        return self.start

    @property
    def last_day(self) -> Optional[dt.date]:
        return self.end

    @property
    def day_key(self) -> Optional[str]:
        """``YYYY-MM-DD`` of the day, when the value names one."""
        day = self.day
        return day.isoformat() if day is not None else None

    @property
    def month_key(self) -> Optional[str]:
        """``YYYY-MM`` of the month holding the first day (a year or a week goes with its
        first month): the timeline's page for the value."""
        return f"{self.start.year:04d}-{self.start.month:02d}" if self.start is not None else None

    @property
    def year_key(self) -> Optional[str]:
        """``YYYY`` of the year holding the first day (``year`` is the year as written)."""
        return f"{self.start.year:04d}" if self.start is not None else None

    @property
    def time_of_day(self) -> Optional[str]:
        """``HH:MM`` or the part of day (MO/AF/EV/NI), for a value that gives one."""
        if self.clock is not None:
            return f"{self.clock.hour:02d}:{self.clock.minute:02d}"
        return self.part

    @property
    def quantity(self) -> Optional[tuple[Amount, str]]:
        """(amount, unit) of a duration of one quantity (P3D: (3, "day"); PXD: (None, "day"))."""
        return self.quantities[0] if len(self.quantities) == 1 else None

    @property
    def counts_days(self) -> bool:
        """A duration of days or longer (P3D, PXW, P1Y2MT3H), not of hours alone (PT5H)."""
        return any(unit in DAY_UNITS for _, unit in self.quantities)

    # -- against a date ------------------------------------------------------------------------

    def before(self, day: dt.date) -> bool:
        """Does the value lie wholly before ``day`` (at its own precision: 2016-11 is before
        2016-12-08, 2016-12 is not)? A value not on the calendar is neither before nor after."""
        return self.end is not None and self.end < day

    def after(self, day: dt.date) -> bool:
        """Does the value lie wholly after ``day`` (its first day later than it)?"""
        return self.start is not None and self.start > day

    def contains(self, day: dt.date) -> bool:
        return self.start is not None and self.start <= day <= self.end

    def overlaps(self, start: Optional[dt.date], end: Optional[dt.date]) -> bool:
        """Do the value's days meet [start, end] (None: open on that side)?"""
        if self.start is None:
            return False
        return (start is None or self.end >= start) and (end is None or self.start <= end)

    # -- other values ------------------------------------------------------------------------------

    def truncate(self, precision: Precision) -> "TimeValue":
        """The value of ``precision`` (as coarse or coarser) holding this one's first day:
        2016-12-08T10:30 -> 2016-12-08 (DAY), 2016-12 (MONTH), 2016-W49 (WEEK), 2016 (YEAR)."""
        if self.precision is None:
            raise ValueError(f"{self.text!r} is not a calendar value")
        if precision == self.precision:
            return self
        if precision > self.precision or precision in (Precision.WEEKEND, Precision.PART_OF_DAY):
            raise ValueError(f"{self.text!r} has no {precision.name.lower()}")
        return TimeValue.holding(self.start, precision)

    @property
    def order_key(self) -> tuple:
        """Chronological: by first day, a coarser period before the finer ones it starts with
        (2016-12, then 2016-W48, then 2016-12-01), then by the text."""
        if self.start is None:
            raise ValueError(f"{self.text!r} is not a calendar value")
        return (self.start, int(self.precision), self.text)


# -- parsing ---------------------------------------------------------------------------------------


@lru_cache(maxsize=65536)
def _parse(text: str) -> TimeValue:
    if not isinstance(text, str):
        raise TypeError(f"a time value is a string, not {type(text).__name__}")
    try:
        return (_calendar(text) or _reference(text) or _duration(text) or _set(text)
                or TimeValue(text, Kind.UNKNOWN))
    except ValueError:            # digits in the right places, but no such day, week or time
        return TimeValue(text, Kind.UNKNOWN)


def _calendar(text: str) -> Optional[TimeValue]:
    m = _CALENDAR.fullmatch(text)
    if m is None:
        return None
    year = int(m["y"])
    if m["w"] is not None:
        week = int(m["w"])
        monday = dt.date.fromisocalendar(year, week, 1)
        if m["we"]:
            return TimeValue(text, Kind.CALENDAR, Precision.WEEKEND, year, None,
                             monday + dt.timedelta(days=5), monday + dt.timedelta(days=6))
        return TimeValue(text, Kind.CALENDAR, Precision.WEEK, year, None, monday, monday + dt.timedelta(days=6))
    if m["q"] is not None:
        first = dt.date(year, 3 * int(m["q"]) - 2, 1)
        return TimeValue(text, Kind.CALENDAR, Precision.QUARTER, year, None, first, _month_end(year, first.month + 2))
    if m["m"] is None:
        return TimeValue(text, Kind.CALENDAR, Precision.YEAR, year, None, dt.date(year, 1, 1), dt.date(year, 12, 31))
    month = int(m["m"])
    if m["d"] is None:
        return TimeValue(text, Kind.CALENDAR, Precision.MONTH, year, month, dt.date(year, month, 1),
                         _month_end(year, month))
    day = dt.date(year, month, int(m["d"]))
    if m["part"] is not None:
        return TimeValue(text, Kind.CALENDAR, Precision.PART_OF_DAY, year, month, day, day, part=m["part"],
                         zone=m["zone"])
    if m["hh"] is not None:
        return TimeValue(text, Kind.CALENDAR, Precision.MINUTE, year, month, day, day,
                         clock=dt.time(int(m["hh"]), int(m["mm"])), zone=m["zone"])
    return TimeValue(text, Kind.CALENDAR, Precision.DAY, year, month, day, day)


def _month_end(year: int, month: int) -> dt.date:
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def _reference(text: str) -> Optional[TimeValue]:
    return TimeValue(text, Kind.REFERENCE) if text in _REFERENCES else None


def _duration(text: str) -> Optional[TimeValue]:
    m = _DURATION.fullmatch(text)
    if m is None or text in ("P", "PT") or text.endswith("T"):
        return None
    quantities = tuple((_amount(m[key]), unit) for key, unit in _DURATION_UNITS.items() if m[key] is not None)
    if not quantities:
        return None
    return TimeValue(text, Kind.DURATION, quantities=quantities)


def _amount(written: str) -> Amount:
    if written == "X":
        return None
    return float(written) if "." in written else int(written)


def _set(text: str) -> Optional[TimeValue]:
    m = _SET.fullmatch(text)
    if m is None:
        return None
    clock = dt.time(int(m["hh"]), int(m["mm"])) if m["hh"] is not None else None
    return TimeValue(text, Kind.SET, part=m["part"], clock=clock,
                     weekday=int(m["wd"]) if m["wd"] is not None else None)


# -- the helpers the timeline reads date values with ----------------------------------------------------


def _calendar_value(value: Union[str, TimeValue]) -> TimeValue:
    v = value if isinstance(value, TimeValue) else _parse(value)
    if v.start is None:
        raise ValueError(f"{v.text!r} is not a calendar value")
    return v


def period_start(value: Union[str, TimeValue]) -> dt.date:
    """The first day of a date value: 2016-12-08, 2016-12, 2016, 2016-W49 (its Monday).
    Raises ValueError for a value not on the calendar."""
    return _calendar_value(value).start


def period_end(value: Union[str, TimeValue]) -> dt.date:
    """The last day of a date value: 2016-12 -> 2016-12-31, 2016-W49 -> its Sunday."""
    return _calendar_value(value).end


def order_key(value: Union[str, TimeValue]) -> tuple:
    """Chronological, a coarser period before the days inside it (``TimeValue.order_key``)."""
    return _calendar_value(value).order_key


def month_of(value: Union[str, TimeValue]) -> str:
    """The month (YYYY-MM) a date value belongs to: a year or a week goes with its first month."""
    return _calendar_value(value).month_key


@dataclass(frozen=True)
class Period:
    """A span of days: the hint for inferring publication dates."""

    start: dt.date
    end: dt.date

    def days(self) -> list[dt.date]:
        return [self.start + dt.timedelta(days=i) for i in range((self.end - self.start).days + 1)]

    def __str__(self) -> str:
        return f"{self.start.isoformat()}..{self.end.isoformat()}"
