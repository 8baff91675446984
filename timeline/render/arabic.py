"""Dates and numbers as Arabic readers see them: "الخميس 8 ديسمبر 2016"."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from timeline.data import briefing_table
from timeline.values import Precision, TimeValue

__all__ = ["day_heading", "month_heading", "week_heading", "weekday_name", "month_name", "figure_label", "approx_label",
           "part_label", "load_display", "count_noun", "plural_form", "MONTH_SYSTEMS"]

MONTH_SYSTEMS = ("egyptian", "levantine", "maghrebi", "paired")

@lru_cache(maxsize=1)
def load_display() -> dict:
    """The display table (``timeline/data/ar/display.toml``)."""
    return briefing_table("display")


_table = load_display


def weekday_name(day: dt.date) -> str:
    return _table()["weekdays"][str(day.isoweekday())]


def month_name(month: int, system: str = "egyptian") -> str:
    months = _table()["months"]
    if system == "paired":
        return f"{months['egyptian'][month - 1]}/{months['levantine'][month - 1]}"
    if system not in months:
        raise ValueError(f"unknown month names {system!r} (choose from {', '.join(MONTH_SYSTEMS)})")
    return months[system][month - 1]


def day_heading(date: str, system: str = "egyptian") -> str:
    """The heading of a timeline section for a date value of any precision (a part of day
    or a minute: its day; a weekend: its week). Raises ValueError for a value not on the calendar."""
    v = TimeValue.parse(date)
    if not v.is_calendar:
        raise ValueError(f"{date!r} is not a calendar value")
    start = v.first_day
    if v.day is not None:
        return f"{weekday_name(start)} {start.day} {month_name(start.month, system)} {start.year}"
    if v.precision is Precision.MONTH:
        return _table()["headings"]["month"].format(month=month_name(start.month, system), year=start.year)
    if v.precision is Precision.YEAR:
        return _table()["headings"]["year"].format(year=date)
    if v.precision in (Precision.WEEK, Precision.WEEKEND):
        week = v.truncate(Precision.WEEK)
        start, end = week.first_day, week.last_day
        return _table()["headings"]["week"].format(
            start=start.day, start_month=month_name(start.month, system), end=end.day,
            end_month=month_name(end.month, system), year=end.year)
    return date


def week_heading(first: int, last: int, year: int, month: int, system: str = "egyptian") -> str:
    """A stretch of days of one month, as a page of a busy month is named: «من 1 إلى 7 يناير 2016»."""
    return _table()["headings"]["month_part"].format(first=first, last=last, month=month_name(month, system),
                                                      year=year)


def month_heading(year: int, month: int, system: str = "egyptian") -> str:
    return f"{month_name(month, system)} {year}"


def figure_label(kind: str) -> str:
    return _table()["figure_kinds"].get(kind, kind)


def approx_label(approx: str | None) -> str:
    return _table()["figure_approx"].get(approx or "", "")


def part_label(part: str | None) -> str:
    if not part:
        return ""
    return _table()["parts_of_day"].get(part, part)


def plural_form(n: int) -> str:
    """The Arabic number-agreement class of ``n``: zero, one, two, few, many, hundred."""
    if n == 0:
        return "zero"
    if n == 1:
        return "one"
    if n == 2:
        return "two"
    tail = n % 100
    if 3 <= tail <= 10:
        return "few"
    if 11 <= tail <= 99:
        return "many"
    return "hundred"


def count_noun(n: int, noun: str) -> str:
    """``n`` with the noun in the form Arabic grammar asks for: 3 مقالات، 12 مقالا، 100 مقال."""
    forms = _table()["nouns"][noun]
    return forms[plural_form(n)].format(n=n)
