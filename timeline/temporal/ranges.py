"""Ranges (TIMEX-SPEC, "Ranges"): two expressions that name the ends of one stretch of
days, or a start and a length, reported once, whole, with an ISO 8601 interval.

Each end stays its own expression (the tagger's); this step only reads the words
between and around them (the pack's ``ranges`` table):

    من 10 إلى 15 ديسمبر          from … to …          2016-12-10/2016-12-15
    بين 3 و5 آذار                between … and …       2017-03-03/2017-03-05
    يومي الجمعة والسبت           two days named together
    18 و19 الجاري                two days in a row, and
    10-15 ديسمبر                 a dash
    لمدة 72 ساعة تبدأ صباح الخميس a start and a length  2016-12-08/2016-12-11

Not ranges: an open end (اعتبارا من اليوم، منذ، حتى إشعار آخر), clock times within one
day, numbers and quantities (the tagger gives them no expression). A range whose end
comes before its start is reported with ``note`` and no value, never swapped.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Optional, Sequence

from timeline.model import Timex
from timeline.values import Kind, Precision, TimeValue

__all__ = ["Range", "find_ranges", "RangeWords", "lasting"]

_PUNCT = re.compile(r"[،,؛;:()«»\"“”]")


@dataclass(frozen=True)
class Range:
    """A stretch of days the text names whole: its span (original offsets), its value (an
    ISO 8601 interval of two DATE values, None when the text's ends are impossible) and the
    rule that found it."""

    start: int
    end: int
    text: str
    value: Optional[str]
    rule: str
    #: the indexes of its first and last expressions in the document's timex
    ends: tuple[int, int]
    note: Optional[str] = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text, "value": self.value,
                               "rule": self.rule}
        if self.note:
            out["note"] = self.note
        return out

    @property
    def first_day(self) -> Optional[str]:
        return self.value.split("/")[0] if self.value else None

    @property
    def last_day(self) -> Optional[str]:
        return self.value.split("/")[1] if self.value else None


@dataclass(frozen=True)
class RangeWords:
    """The pack's ``ranges`` table, folded."""

    opens_to: frozenset[str]
    to: frozenset[str]
    between: frozenset[str]
    both: frozenset[str]
    and_: frozenset[str]
    dashes: frozenset[str]
    length_for: frozenset[str]
    starting: frozenset[str]
    reach: int
    part_hours: dict[str, int]
    not_started: frozenset[str] = frozenset()
    moved: frozenset[str] = frozenset()
    lasts: frozenset[str] = frozenset()

    @classmethod
    def of(cls, table: dict[str, Any], fold) -> "RangeWords":
        def fs(items) -> frozenset[str]:
            return frozenset(" ".join(fold(w).split()) for w in items)

        e, n = table["ends"], table["length"]
        return cls(fs(e["from"]), fs(e["to"]), fs(e["between"]), fs(e["both"]), fs(e["and"]),
                   frozenset(e["dashes"]), fs(n["for"]), fs(n["starting"]), int(n["reach"]),
                   {k: int(v) for k, v in n["part_hours"].items()},
                   fs(table.get("lasting", {}).get("not_started", [])), fs(e.get("moved", [])),
                   fs(n.get("lasts", [])))


@lru_cache(maxsize=8)
def _words_of(pack) -> Optional[RangeWords]:
    from timeline.data import DataError

    try:
        table = pack.table("ranges")
    except DataError as exc:
        if "missing" in str(exc):
            return None         # a pack without a ranges table: no ranges
        raise
    return RangeWords.of(table, pack.fold)


def _ends_with(words: Sequence[str], phrases: frozenset[str], longest: int = 4) -> bool:
    """Whether the words end with one of the phrases."""
    return any(" ".join(words[-n:]) in phrases for n in range(1, min(longest, len(words)) + 1))


def _calendar(t: Timex) -> Optional[TimeValue]:
    """The expression's value when it can end a range: a year, a month or finer (no quarter or week)."""
    v = TimeValue.parse(t.value)
    if v.kind is Kind.CALENDAR and v.start is not None and v.precision is not None \
            and (v.precision >= Precision.MONTH or v.precision is Precision.YEAR):
        return v
    return None


def _next_day(va: Optional[TimeValue], vb: Optional[TimeValue]) -> bool:
    """Whether two values are days in a row."""
    return va is not None and vb is not None and va.day is not None and vb.day is not None \
        and (vb.day - va.day).days == 1


def _date_part(v: TimeValue) -> str:
    """The value as a DATE: a day's, a month's or a year's text without its time of day."""
    return v.text.split("T")[0]


def find_ranges(text: str, norm, timex: Sequence[Timex], pack) -> list[Range]:
    """The ranges of one document, in text order (``norm``: its folding by the pack)."""
    W = _words_of(pack)
    if W is None or len(timex) < 2:
        return []
    out: list[Range] = []
    used: set[int] = set()
    for k in range(len(timex) - 1):
        if k in used:
            continue
        a, b = timex[k], timex[k + 1]
        found = _pair(text, norm, a, b, W) or _length(text, norm, a, b, W)
        if found is None:
            continue
        rule, start = found
        last = k + 1
        if rule in ("both-days", "two-days"):
            # three days or more in a row (الأربعاء والخميس والجمعة، 21 و22 و23 أكتوبر)
            while last + 1 < len(timex) and norm.fold_span(timex[last].end, timex[last + 1].start).strip() in W.and_ \
                    and _next_day(_calendar(timex[last]), _calendar(timex[last + 1])):
                last += 1
        out.append(_make(text, timex, k, last, rule, start, W))
        used.update(range(k, last + 1))
    return out


def _gap(norm, a: Timex, b: Timex) -> list[str]:
    return _PUNCT.sub(" ", norm.fold_span(a.end, b.start)).split()


def _before(norm, t: Timex, words: int = 4) -> list[str]:
    lo = max(0, t.start - 40)
    return _PUNCT.sub(" ", norm.fold_span(lo, t.start)).split()[-words:]


def _pair(text: str, norm, a: Timex, b: Timex, W: RangeWords) -> Optional[tuple[str, int]]:
    """Two ends joined by the range's words: (its rule, where its span starts)."""
    va, vb = _calendar(a), _calendar(b)
    if va is None or vb is None:
        return None
    if va.day is not None and vb.day is not None and va.day == vb.day:
        return None             # clock times within one day
    gap = _gap(norm, a, b)
    before = _before(norm, a)
    raw_gap = norm.fold_span(a.end, b.start).strip()
    head = norm.fold_span(a.start, a.end).split()[:1]
    if gap and " ".join(gap) in W.to and before and _ends_with(before, W.opens_to):
        if any(w in W.moved or (w[:1] in "وف" and w[1:] in W.moved) for w in _before(norm, a, 6)[:-1]):
            return None     # تأجيل الانتخابات من 6 يونيو إلى 10 أكتوبر: moved from one day to another
        return "from-to", _opener_start(text, norm, a, before, W.opens_to)
    if gap and " ".join(gap) in W.to and _line_start(text, a):
        return "from-to", a.start       # a schedule's line: «- 02 اوت الى 09 اوت 2019: تقديم الترشحات»
    # و alone between the ends (a comma between is two statements: المتمم لشعبان، ويوم الخميس)
    joined = raw_gap in W.and_
    if joined and before and _ends_with(before, W.between):
        return "between", _opener_start(text, norm, a, before, W.between)
    if joined and ((before and _ends_with(before, W.both)) or (head and head[0] in W.both)):
        start = a.start if head and head[0] in W.both else _opener_start(text, norm, a, before, W.both)
        return "both-days", start
    if joined and _next_day(va, vb):
        return "two-days", a.start
    if raw_gap in W.dashes and (va.precision >= Precision.DAY and vb.precision >= Precision.DAY
                                or va.precision == vb.precision):
        return "dash", a.start
    return None


def _line_start(text: str, t: Timex) -> bool:
    """Whether ``t`` opens its line (after a list's dash or bullet)."""
    line = text[text.rfind("\n", 0, t.start) + 1:t.start]
    return not line.strip(" \t-–—•*·")


def _opener_start(text: str, norm, t: Timex, before: list[str], phrases: frozenset[str]) -> int:
    """Where the opener before ``t`` begins, in the original text (the range's span holds it)."""
    for n in range(min(4, len(before)), 0, -1):
        phrase = " ".join(before[-n:])
        if phrase in phrases:
            folded = norm.fold_span(max(0, t.start - 40), t.start)
            at = folded.rfind(phrase.split()[0])
            if at >= 0:
                # back from the expression: the folded offset within the window, to the original
                lo = norm.folded_index(max(0, t.start - 40))
                return norm.orig(lo + at)
    return t.start


def _length(text: str, norm, a: Timex, b: Timex, W: RangeWords) -> Optional[tuple[str, int]]:
    """A length and a start (لمدة أسبوع اعتبارا من اليوم; تبدأ صباح الخميس لمدة 72 ساعة)."""
    va, vb = TimeValue.parse(a.value), TimeValue.parse(b.value)
    pairs = ((a, va, b, vb), (b, vb, a, va))
    for dur_t, dur, start_t, start in pairs:
        if dur.kind is not Kind.DURATION or not dur.quantities or any(q is None for q, _ in dur.quantities):
            continue
        if start.kind is not Kind.CALENDAR or start.day is None:
            continue
        if start_t is a and _ends_with(_before(norm, dur_t, 1), W.lasts, 1) and len(_gap(norm, a, b)) == 1:
            return "start-length", a.start      # اندلعت في 25 يناير واستمرت 18 يوما
        if not _ends_with(_before(norm, dur_t, 2), W.length_for, 2):
            continue
        if not _ends_with(_before(norm, start_t, 3), W.starting, 3):
            continue
        if len(_gap(norm, a, b)) > W.reach:
            continue
        return "start-length", a.start if dur_t is a else _opener_start(text, norm, a, _before(norm, a, 3),
                                                                           W.starting)
    return None


#: a length's units in days (a month and a year as the calendar's average is no use: a
#: length of months ends on the same day of the month, see _last_day)
_UNIT_DAYS = {"week": 7.0, "day": 1.0, "hour": 1 / 24, "minute": 1 / 1440}


def _last_day(start: TimeValue, dur: TimeValue, W: RangeWords) -> Optional[dt.date]:
    """The last day a length starting at ``start`` reaches (its end is exclusive: a week from
    the 8th ends on the 14th, 72 hours from Thursday morning on Sunday)."""
    day = start.day
    if len(dur.quantities) == 1 and dur.quantities[0][1] in ("month", "year") \
            and float(dur.quantities[0][0]).is_integer():
        # months and years end on the same day of the month (the month's last, if shorter)
        amount, unit = dur.quantities[0]
        y, m = divmod(day.month - 1 + int(amount) * (12 if unit == "year" else 1), 12)
        year, month = day.year + y, m + 1
        end_day = dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
        return max(end_day - dt.timedelta(days=1), day)
    # a length in hours counts from the start's hour (72 hours from Thursday morning end on
    # Sunday); one in days or weeks counts whole days (five days from Thursday: to Monday)
    by_hours = any(unit in ("hour", "minute") for _, unit in dur.quantities)
    hour = 0 if not by_hours else (W.part_hours.get(start.part or "", 0) if start.part
                                   else (start.clock.hour if start.clock else 0))
    begin = dt.datetime(day.year, day.month, day.day, hour)
    days = 0.0
    for amount, unit in dur.quantities:
        amount = float(amount)
        if unit not in _UNIT_DAYS:
            return None
        days += _UNIT_DAYS[unit] * amount
    end = begin + dt.timedelta(days=days)
    last = end.date() if end.time() != dt.time(0) else end.date() - dt.timedelta(days=1)
    return max(last, day)


def _make(text: str, timex: Sequence[Timex], k: int, last: int, rule: str, start: int, W: RangeWords) -> Range:
    """The range of expressions k..last (its span from ``start``)."""
    a, b = timex[k], timex[last]
    span = text[start:b.end]
    va, vb = TimeValue.parse(a.value), TimeValue.parse(b.value)
    if rule == "start-length":
        dur, first = (va, vb) if va.kind is Kind.DURATION else (vb, va)
        last_day = _last_day(first, dur, W)
        value = f"{first.day.isoformat()}/{last_day.isoformat()}" if last_day is not None else None
        return Range(start, b.end, span, value, rule, (k, last), None if value else "length")
    if vb.last_day is not None and va.first_day is not None and vb.last_day < va.first_day:
        return Range(start, b.end, span, None, rule, (k, last), "end-before-start")
    return Range(start, b.end, span, f"{_date_part(va)}/{_date_part(vb)}", rule, (k, last))


#: the tenses of a clause that reports no occurrence yet (a proposal, a wish)
_NOT_STARTED = ("plan", "irrealis")


def lasting(events: Sequence, ranges: Sequence[Range], timex: Sequence[Timex], norm, pack) -> list:
    """The events with ``until`` where the occurrence lasts over a range of days the text names:
    the event is dated by the range's first day, the range lies in it, and its clause is no plan
    or proposal (a proposed seven-day truce is a statement on the day it was made)."""
    W = _words_of(pack)
    if not ranges or W is None:
        return list(events)
    out = []
    for e in events:
        until = None
        if e.date is not None and len(e.date) == 10:
            for r in ranges:
                if r.value is None or not (e.start <= r.start < e.end) or r.first_day != e.date:
                    continue
                last = r.last_day
                if len(last) != 10 or last <= e.date:
                    continue
                first = timex[r.ends[0]]
                if first.tense in _NOT_STARTED:
                    continue
                words = _PUNCT.sub(" ", norm.fold_span(e.start, r.start)).split()
                if any(w in W.not_started or (w[:1] in "وف" and w[1:] in W.not_started) for w in words):
                    continue        # اقترحت روسيا هدنة لمدة سبعة أيام: proposed, not begun
                until = last
                break
        out.append(dataclasses.replace(e, until=until) if until else e)
    return out
