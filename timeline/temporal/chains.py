"""Chains: a weekday or relative day followed by the date it names.

News writes the day twice: ``يوم الاثنين المقبل الموافق 12 من تشرين الأول``,
``اليوم الأحد (3 آذار 2024)``, ``غدا الأربعاء 9 أكتوبر الجاري``, ``يوم الأحد
الموافق 22-3-1439هـ``. The grammar finds the two halves as two expressions;
this pass joins them into one (TIMEX-SPEC, "Chains"), whose value the
explicit date gives and the weekday only checks.

A date followed by its equivalent in the other calendar (``12 ربيع الأول 1441
هـ الموافق 9 نوفمبر 2019``) stays two expressions; :func:`equivalents` finds
those pairs so that both can carry the same day.
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.temporal import frames as F
from timeline.temporal.grammar import Hit
from timeline.temporal.lexicon import Lexicon

__all__ = ["join_chains", "join_date_clock", "join_durations", "equivalents"]

_HEADS = (F.DayRef, F.WeekdayRef)
_DATES = (F.CalendarDate, F.NumericDate, F.SamePeriodDate)
_OPEN = "(["
_CLOSE = re.compile(r"[ \t]*[)\]]")
#: how far apart the two halves may stand (the link and blanks between)
_REACH = 24


@lru_cache(maxsize=4)
def _gap(lex: Lexicon) -> re.Pattern[str]:
    """What may stand between a day and the date it names: a comma or dash,
    an opening bracket, a word such as الموافق (its ل may be written apart)."""
    link = lex.corresponding.pattern
    return re.compile(
        r"[ \t]*(?:[،,:\-–—][ \t]*)?(?P<open>[(\[][ \t]*)?"
        r"(?:(?P<link>(?:و)?" + link + r")[ \t]*(?:ل[ \t]*)?)?(?P<open2>[(\[][ \t]*)?"
    )


def _is_date(frame) -> bool:
    if isinstance(frame, F.CalendarDate):
        return frame.day is not None and frame.weekday is None
    if isinstance(frame, F.SamePeriodDate):
        return frame.day is not None
    return isinstance(frame, F.NumericDate)


def join_chains(hits: list[Hit], text: str, lex: Lexicon) -> list[Hit]:
    """The hits with each day-then-date pair made one :class:`~frames.Chain`."""
    if len(hits) < 2:
        return hits
    gap = _gap(lex)
    out: list[Hit] = []
    i = 0
    n = len(hits)
    while i < n:
        h = hits[i]
        if i + 1 < n and isinstance(h.frame, _HEADS) and getattr(h.frame, "edge", None) is None:
            nxt = hits[i + 1]
            if _is_date(nxt.frame) and 0 <= nxt.start - h.end <= _REACH:
                m = gap.fullmatch(text, h.end, nxt.start)
                if m is not None:
                    end = nxt.end
                    if m.group("open") or m.group("open2"):
                        close = _CLOSE.match(text, end)
                        if close:
                            end = close.end()
                    frame = F.Chain(h.frame, nxt.frame, linked=bool(m.group("link")))
                    out.append(Hit(frame, h.start, end, "chain"))
                    i += 2
                    continue
        out.append(h)
        i += 1
    return out


def _calendar(frame) -> str | None:
    if isinstance(frame, F.Chain):
        frame = frame.date
    if isinstance(frame, (F.CalendarDate, F.NumericDate)) and (
            not isinstance(frame, F.CalendarDate) or frame.day is not None):
        return frame.calendar
    return None


def equivalents(hits: list[Hit], text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Pairs of hit indices (Hijri, Gregorian) that give one day in both
    calendars: a date, a link (الموافق، a comma, a bracket, a slash), its equivalent."""
    gap = _gap(lex)
    pairs = []
    for i in range(len(hits) - 1):
        a, b = hits[i], hits[i + 1]
        ca, cb = _calendar(a.frame), _calendar(b.frame)
        if ca is None or cb is None or ca == cb or not 0 <= b.start - a.end <= _REACH:
            continue
        between = text[a.end:b.start]
        if gap.fullmatch(between) is None and between.strip() not in ("/", "-"):
            continue
        pairs.append((i, i + 1) if ca == "hijri" else (i + 1, i))
    return pairs


#: between a date and the clock time of the same moment: blanks, a comma, a dash
_DATE_CLOCK_GAP = re.compile(r"[ \t]*(?:[،,\-–][ \t]*)?")


def _is_explicit_day(frame) -> bool:
    return isinstance(frame, (F.Chain, F.NumericDate)) or (
        isinstance(frame, F.CalendarDate) and frame.day is not None and frame.part is None)


def join_date_clock(hits: list[Hit], text: str) -> list[Hit]:
    """A date written with its clock time (``7 يناير، 2015، الساعة 11:00 صباحاً``,
    ``17-01-1437 هـ 08:30 مساءً``) is one moment: one TIME expression whose
    day is the date's."""
    out: list[Hit] = []
    i, n = 0, len(hits)
    while i < n:
        h = hits[i]
        if i + 1 < n and _is_explicit_day(h.frame):
            nxt = hits[i + 1]
            if (isinstance(nxt.frame, F.ClockTime) and nxt.frame.day is None
                    and _DATE_CLOCK_GAP.fullmatch(text, h.end, nxt.start)):
                clock = F.ClockTime(nxt.frame.hour, nxt.frame.minute, nxt.frame.period,
                                    nxt.frame.zone, h.frame)
                out.append(Hit(clock, h.start, nxt.end, "date-clock"))
                i += 2
                continue
        out.append(h)
        i += 1
    return out


#: between the quantities of one compound duration: a comma or و
_DURATION_GAP = re.compile(r"[ \t]*(?:[،,][ \t]*(?:و)?|و)[ \t]*")


def join_durations(hits: list[Hit], text: str) -> list[Hit]:
    """Quantities listed one after another (``1 عام، 1 شهر، 1 أسبوع، 1 يوم``,
    ``سنتين وثلاثة أشهر``) are one duration, each unit at most once and
    largest first."""
    out: list[Hit] = []
    for h in hits:
        prev = out[-1] if out else None
        f = h.frame
        if (prev is not None and isinstance(f, F.Duration) and isinstance(prev.frame, F.Duration)
                and f.count is not None and prev.frame.count is not None and not f.back
                and not prev.frame.back and f.mod is None
                and _DURATION_GAP.fullmatch(text, prev.end, h.start)):
            units = [prev.frame.unit] + [u for u, _ in prev.frame.more]
            if f.unit not in units and _RANK.get(f.unit, 0) < _RANK.get(units[-1], 0):
                merged = F.Duration(prev.frame.unit, prev.frame.count, prev.frame.mod,
                                    more=prev.frame.more + ((f.unit, f.count),))
                out[-1] = Hit(merged, prev.start, h.end, "duration-compound")
                continue
        out.append(h)
    return out


#: units from the largest down: a compound lists them in this order
_RANK = {"DE": 9, "Y": 8, "M": 7, "W": 6, "D": 5, "H": 4, "MIN": 3, "S": 2}
