"""Calendar arithmetic for anchoring: weekdays, ISO weeks, year inference,
month and year offsets, and the Hijri calendar (hijridate).

Day, week, month and year steps are plain date arithmetic, with the end of
a month clipped the way dateparser's relative dates clip it (31 December
less a month is 30 November; 29 February plus a year is 28 February). The
tests check these steps against dateparser with ``RELATIVE_BASE``; calling
it here cost about 2 ms a phrase, more than tagging a whole article.
"""

from __future__ import annotations

import calendar
import datetime as dt
from functools import lru_cache
from typing import Literal

from hijridate import Gregorian, Hijri

#: which side of a base date to look on; "nearest" breaks a tie towards the
#: past (news reports), "nearest_future" towards the future (plans, schedules)
Side = Literal["on_or_before", "before", "on_or_after", "after", "nearest", "nearest_future"]

__all__ = [
    "weekday_near", "iso_week", "shift_months", "shift_years", "infer_year",
    "infer_month_year", "hijri_to_gregorian", "hijri_month_span", "hijri_year_of",
    "infer_hijri_year", "month_shift",
]


def weekday_near(base: dt.date, weekday: int, side: Side) -> dt.date:
    """The date with ISO ``weekday`` nearest ``base`` on the given side."""
    back = (base.isoweekday() - weekday) % 7      # days back to it (0 = base)
    ahead = (weekday - base.isoweekday()) % 7     # days ahead to it (0 = base)
    if side == "on_or_before":
        return base - dt.timedelta(days=back)
    if side == "before":
        return base - dt.timedelta(days=back or 7)
    if side == "on_or_after":
        return base + dt.timedelta(days=ahead)
    if side == "after":
        return base + dt.timedelta(days=ahead or 7)
    # nearest either way (7 is odd, so there is never a tie except 0)
    if back <= ahead:
        return base - dt.timedelta(days=back)
    return base + dt.timedelta(days=ahead)


def iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def shift_months(anchor: dt.date, count: int) -> dt.date:
    """``anchor`` moved by ``count`` months, the day clipped to the month's last."""
    if count == 0:
        return anchor
    year, month = month_shift(anchor.year, anchor.month, count)
    return dt.date(year, month, min(anchor.day, calendar.monthrange(year, month)[1]))


def shift_years(anchor: dt.date, count: int) -> dt.date:
    return shift_months(anchor, 12 * count)


def month_shift(year: int, month: int, count: int) -> tuple[int, int]:
    """(year, month) moved by ``count`` months."""
    index = year * 12 + (month - 1) + count
    return index // 12, index % 12 + 1


def _pick(candidates: list[dt.date], dct: dt.date, side: Side) -> dt.date | None:
    if side in ("on_or_before", "before"):
        pool = [c for c in candidates if c <= dct and (side == "on_or_before" or c < dct)]
    elif side in ("on_or_after", "after"):
        pool = [c for c in candidates if c >= dct and (side == "on_or_after" or c > dct)]
    else:
        pool = candidates
    if not pool:
        return None
    future_first = side == "nearest_future"
    return min(pool, key=lambda c: (abs((c - dct).days), (c < dct) if future_first else (c > dct)))


def infer_year(dct: dt.date, month: int, day: int, side: Side,
               weekday: int | None = None) -> dt.date | None:
    """Year for a day and month: the one nearest the DCT on ``side``.

    A weekday written beside the date (الجمعة 26 يونيو) is evidence: when one
    of the candidate years puts the date on that weekday, it wins.
    """
    candidates = []
    for year in (dct.year - 1, dct.year, dct.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    if weekday is not None:
        matching = [c for c in candidates if c.isoweekday() == weekday]
        if matching:
            return _pick(matching, dct, "nearest_future" if side == "nearest_future" else "nearest")
    return _pick(candidates, dct, side)


def infer_month_year(dct: dt.date, month: int, side: Side) -> int:
    """Year for a month alone, by the same rule (months compared by index)."""
    here = dct.year * 12 + dct.month - 1
    allowed = {
        "on_or_before": lambda d: d <= 0, "before": lambda d: d < 0,
        "on_or_after": lambda d: d >= 0, "after": lambda d: d > 0,
        "nearest": lambda d: True, "nearest_future": lambda d: True,
    }[side]
    years = [y for y in (dct.year - 1, dct.year, dct.year + 1)
             if allowed((y * 12 + month - 1) - here)]

    def key(y: int) -> tuple[int, bool]:
        d = y * 12 + month - 1 - here
        return abs(d), (d < 0) if side == "nearest_future" else (d > 0)

    return min(years, key=key)


# -- Hijri (Umm al-Qura, by hijridate) -----------------------------------------

@lru_cache(maxsize=4096)
def hijri_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    try:
        g = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return dt.date(g.year, g.month, g.day)


@lru_cache(maxsize=1024)
def hijri_month_span(year: int, month: int) -> tuple[dt.date, dt.date] | None:
    """First and last Gregorian day of a Hijri month."""
    try:
        length = Hijri(year, month, 1).month_length()
    except (ValueError, OverflowError):
        return None
    first = hijri_to_gregorian(year, month, 1)
    last = hijri_to_gregorian(year, month, length)
    if first is None or last is None:
        return None
    return first, last


def hijri_year_of(day: dt.date) -> int:
    return Gregorian(day.year, day.month, day.day).to_hijri().year


def infer_hijri_year(dct: dt.date, month: int, day: int | None, side: Side) -> int | None:
    """Hijri year for a Hijri month (and day) nearest the DCT on ``side``."""
    try:
        here = hijri_year_of(dct)
    except (ValueError, OverflowError):
        return None
    candidates: list[tuple[dt.date, int]] = []
    for year in (here - 1, here, here + 1):
        if day is None:
            span = hijri_month_span(year, month)
            if span is None:
                continue
            first, last = span
            # a month counts as "on or before" once it has begun
            point = first if side in ("on_or_before", "before") else (
                last if side in ("on_or_after", "after") else first)
            if side in ("nearest", "nearest_future") and first <= dct <= last:
                point = dct
            candidates.append((point, year))
        else:
            g = hijri_to_gregorian(year, month, day)
            if g is None and day == 30:   # a 29-day month's "30th": the day after its 29th
                last = hijri_to_gregorian(year, month, 29)
                g = last + dt.timedelta(days=1) if last else None
            if g is not None:
                candidates.append((g, year))
    chosen = _pick([c for c, _ in candidates], dct, side)
    if chosen is None:
        return None
    return next(y for c, y in candidates if c == chosen)
