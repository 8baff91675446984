"""Frames to TIMEX3 values, by the news resolution rules of TIMEX-SPEC.

Each frame type has one resolution function. It gets the frame and a
:class:`Context` (publication date, tense reader, earlier dated expressions)
and returns a :class:`Resolved` naming the rule that decided the value, so
output can say how a date was reached ("أمس الأربعاء -> 2016-12-07").
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Callable, Optional

from timeline.temporal import calendar as C
from timeline.temporal import frames as F
from timeline.values import Precision, TimeValue
from timeline.temporal.context import Scan

__all__ = ["Resolved", "Anchor", "Context", "resolve"]

WEEKDAY_EN = {1: "Monday", 2: "Tuesday", 3: "Wednesday", 4: "Thursday",
              5: "Friday", 6: "Saturday", 7: "Sunday"}


@dataclass(slots=True)
class Resolved:
    type: str
    value: str
    mod: Optional[str] = None
    note: Optional[str] = None
    rule: str = ""
    anchor: Optional[str] = None
    #: the calendar day this expression names, when it names one
    day: Optional[dt.date] = None


@dataclass(slots=True)
class Anchor:
    """A resolved expression naming a day, that later ones may count from."""

    day: dt.date
    start: int
    end: int
    sentence: int
    explicit: bool            # an explicit calendar date or weekday, not اليوم/أمس
    part: Optional[str] = None
    clock: Optional[dt.datetime] = None
    #: its day came from the expressions around it (صباحا، الساعة الخامسة),
    #: so it does not lend that day to its neighbours
    derived: bool = False
    #: a calendar date with its day number (15 نوفمبر، 2016/11/15), not a weekday or اليوم
    dated: bool = False


@dataclass
class Context:
    dct: dt.date
    scan: Scan
    anchors: list[Anchor] = field(default_factory=list)
    #: every dated expression at any precision: (start, year, month or None)
    periods: list[tuple[int, int, Optional[int]]] = field(default_factory=list)
    #: the publication moment, when its clock time is known
    moment: Optional[dt.datetime] = None
    #: how an expression counted from the publication date names its anchor
    dct_anchor: str = field(init=False)

    def __post_init__(self) -> None:
        self.dct_anchor = f"DCT {self.dct}"

    def last_anchor(self, start: int, *, explicit: bool, within: int) -> Optional[Anchor]:
        """The last dated expression before ``start`` (skipping منذ references)."""
        sentence = self.scan.sentence_index(start)
        for a in reversed(self.anchors):
            if a.start >= start or self.scan.in_since_phrase(a.start):
                continue
            if sentence - a.sentence > within:
                return None
            if a.explicit or not explicit:
                return a
        return None

    def day_in_sentence(self, start: int, *, before_only: bool) -> Optional[dt.date]:
        sentence = self.scan.sentence_index(start)
        best: Optional[tuple[int, dt.date]] = None
        for a in self.anchors:
            if a.sentence != sentence or a.start == start or (before_only and a.start > start):
                continue
            if a.derived or self.scan.role(a.start) == "reference":
                continue
            dist = abs(a.start - start)
            if best is None or dist < best[0]:
                best = (dist, a.day)
        return best[1] if best else None

    def day_in_clause(self, start: int) -> Optional[dt.date]:
        """The day named in the same clause (no comma or clause link between)."""
        scan = self.scan
        best: Optional[tuple[int, dt.date]] = None
        for a in self.anchors:
            if a.start == start or a.derived or scan.sentence_index(a.start) != scan.sentence_index(start):
                continue
            lo, hi = (a.end, start) if a.start < start else (start, a.start)
            if scan.clause_break(lo, hi) or scan.role(a.start) in ("reference", "until"):
                continue
            # (from the end of a day before: اليوم الجمعة على الساعة 11:30 … إلى غد السبت)
            dist = start - a.end if a.start < start else a.start - start
            if best is None or dist < best[0]:
                best = (dist, a.day)
        return best[1] if best else None

    def chained_from(self, start: int) -> Optional[Anchor]:
        """The day named just before ``start`` when only a link joins them:
        يومي الأربعاء والخميس، من مساء غد الأربعاء إلى غاية يوم الجمعة."""
        scan = self.scan
        for a in reversed(self.anchors):
            if a.end > start:
                continue
            if scan.sentence_index(a.start) != scan.sentence_index(start):
                return None
            between = scan.text[a.end:start]
            if scan.is_day_link(between):
                return a
            return None
        return None

    def last_clock(self, start: int) -> Optional[Anchor]:
        """The last clock time before ``start`` (this or the previous sentence).
        Of a time given twice, local then in another zone (4:17 فجرا (01:17
        بتوقيت غرينتش)), the first is the one the text counts from."""
        sentence = self.scan.sentence_index(start)
        clocks = [a for a in self.anchors if a.start < start and a.clock is not None]
        if not clocks or sentence - clocks[-1].sentence > 1:
            return None
        last = clocks[-1]
        if len(clocks) > 1 and 0 <= last.start - clocks[-2].end <= 3:
            return clocks[-2]
        return last

    def upcoming_anchor(self, start: int, within: int = 2, dated: bool = True) -> Optional[Anchor]:
        """The last day named before ``start`` (this or the two sentences
        before) when it lies after publication: the schedule the text is giving."""
        sentence = self.scan.sentence_index(start)
        latest = None
        for a in reversed(self.anchors):
            if a.start >= start or a.derived:
                continue
            if sentence - a.sentence > within or a.day <= self.dct:
                return None
            if self.scan.role(a.start) in ("until", "reference"):
                continue
            latest = latest or a
            if a.dated or not dated:
                return latest   # the schedule's last day, once a dated day shows it is one
        return None

    def day_just_before(self, start: int, reach: int = 12, anchor: bool = False):
        """Is a day named right before ``start``, only a link between (وينتهي في اليوم
        الأخير الساعة 2، اليوم الجمعة على الساعة 11:30)? With ``anchor``: which one."""
        for a in reversed(self.anchors):
            if not a.derived and 0 <= start - a.end <= reach and \
                    self.scan.text[a.end:start].split() in ([], *([w] for w in self.scan.cues.clock_day_links)):
                return a if anchor else True
        return None if anchor else False

    def daily_window(self, start: int) -> bool:
        """Does the sentence give hours that hold on each of several days: a
        daily word (يوميا), or two or more days named around the clock times?"""
        scan = self.scan
        s_start, s_end = scan.sentence_bounds(start)
        if scan.cues.daily.search(scan.text, s_start, s_end):
            return True
        if scan.cues.clock_span.search(scan.text, s_start, s_end) is None:
            return False
        if scan.cues.daily_with_span.search(scan.text, s_start, s_end):
            return True
        sentence = scan.sentence_index(start)
        days = {a.day for a in self.anchors if not a.derived and scan.sentence_index(a.start) == sentence}
        return len(days) >= 2

    def part_before(self, start: int, reach: int = 40) -> Optional[str]:
        """The part of day named just before ``start`` in its clause (no comma between)."""
        for a in reversed(self.anchors):
            if a.end > start:
                continue
            if start - a.end > reach or self.scan.clause_break(a.end, start):
                return None
            if a.part is not None:
                return a.part
        return None

    def last_period(self, start: int, *, month: bool) -> Optional[tuple[int, int, Optional[int]]]:
        """The last dated expression before ``start`` that names a year (and a month)."""
        for p in reversed(self.periods):
            if p[0] < start and (p[2] is not None or not month):
                return p
        return None


def _iso(day: dt.date) -> str:
    return day.isoformat()


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def _dated(day: dt.date, part: Optional[str], edge: Optional[str], rule: str,
           anchor: str, note: Optional[str] = None) -> Resolved:
    if part:
        return Resolved("TIME", f"{_iso(day)}T{part}", edge, note, rule, anchor, day)
    return Resolved("DATE", _iso(day), edge, note, rule, anchor, day)


def _side_of(side: Optional[str], default: "C.Side") -> "C.Side":
    return {"past": "before", "preceding": "before", "future": "after", "after_next": "after",
            "current": "nearest"}.get(side or "", default)


def _tense_side(ctx: Context, start: int, past: C.Side) -> C.Side:
    tense = ctx.scan.tense(start)
    return "on_or_after" if tense in ("future", "plan", "present", "irrealis") else past


def _since(ctx: Context, start: int) -> bool:
    return ctx.scan.preceded_by(start, ctx.scan.lex.since)


# -- one function per frame type ----------------------------------------------

def _day_ref(f: F.DayRef, ctx: Context, start: int) -> Resolved:
    base = ctx.dct + dt.timedelta(days=f.offset)
    if f.weekday is None or base.isoweekday() == f.weekday:
        rule = "relative-day" if f.weekday is None else "relative-day+weekday"
        return _dated(base, f.part, f.edge, rule, ctx.dct_anchor)
    side: C.Side = "on_or_before" if f.offset < 0 else "on_or_after" if f.offset > 0 else "nearest"
    day = C.weekday_near(ctx.dct, f.weekday, side)
    note = (f"weekday {WEEKDAY_EN[f.weekday]} does not fall on {base} "
            f"({WEEKDAY_EN[base.isoweekday()]}, DCT{f.offset:+d}); the weekday wins: {day}")
    return _dated(day, f.part, f.edge, "relative-day:weekday-wins", ctx.dct_anchor, note)


def _weekday(f: F.WeekdayRef, ctx: Context, start: int) -> Resolved:
    if f.side is None:
        chain = ctx.chained_from(start)
        if chain is not None:
            day = C.weekday_near(chain.day, f.weekday, "on_or_after")
            return _dated(day, f.part, f.edge, "weekday:chained", f"expression at {chain.start}")
    if f.side == "following":
        anchor = ctx.last_anchor(start, explicit=False, within=2)
        base = anchor.day if anchor else ctx.dct
        day = C.weekday_near(base, f.weekday, "after")
        return _dated(day, f.part, f.edge, "weekday:following", f"{base}")
    if f.side == "after_next":
        day = C.weekday_near(ctx.dct, f.weekday, "after") + dt.timedelta(days=7)
        return _dated(day, f.part, f.edge, "weekday:after-next", ctx.dct_anchor)
    if f.side:
        side = _side_of(f.side, "nearest")
        rule = f"weekday:{f.side}"
    elif _since(ctx, start):
        side, rule = "on_or_before", "weekday:since"
    elif ctx.scan.prev_word_in(start, ctx.scan.cues.forecast_heads) or (
            ctx.scan.forecast and not ctx.scan.past_auxiliary(start)):
        # (a forecast's own account of the storm: ذروة العاصفة كانت أيام الخميس والجمعة, is past)
        side, rule = "on_or_after", "weekday:forecast"
    elif ctx.scan.named_as(start) and ctx.scan.sentence_has_hijri(start):
        # وأن يوم السبت هو أول أيام عيد الفطر: a day being announced, the nearest one
        side, rule = "nearest", "weekday:announced"
    else:
        side = _tense_side(ctx, start, "on_or_before")
        rule = "weekday:future-tense" if side == "on_or_after" else "weekday:past-tense"
        if side == "on_or_after":
            # a schedule: the weekday after a coming date the text has just named
            # (لقاء … الخميس 8 آب، … ويلتقي … مساء الجمعة)
            upcoming = ctx.upcoming_anchor(start)
            if upcoming is not None:
                day = C.weekday_near(upcoming.day, f.weekday, "on_or_after")
                return _dated(day, f.part, f.edge, "weekday:schedule", f"expression at {upcoming.start}")
    day = C.weekday_near(ctx.dct, f.weekday, side)
    return _dated(day, f.part, f.edge, rule, ctx.dct_anchor)


def _date_side(f_side: Optional[str], ctx: Context, start: int) -> tuple[C.Side, str]:
    """Which side of the DCT a date without a year lies on, and why."""
    if f_side:
        return _side_of(f_side, "nearest"), f"modifier:{f_side}"
    if _since(ctx, start):
        return "on_or_before", "since"
    tense = ctx.scan.tense(start)
    if tense in ("future", "plan"):
        return "on_or_after", "future-tense"
    if tense in ("present", "irrealis"):
        return "nearest_future", "nearest"
    return "nearest", "nearest"


def _weekday_note(day: dt.date, weekday: Optional[int]) -> Optional[str]:
    if weekday is None or day.isoweekday() == weekday:
        return None
    return (f"weekday {WEEKDAY_EN[weekday]} does not match {day} "
            f"({WEEKDAY_EN[day.isoweekday()]}); the date is kept")


def _calendar_date(f: F.CalendarDate, ctx: Context, start: int) -> Optional[Resolved]:
    if f.calendar == "hijri":
        return _hijri_date(f, ctx, start)
    if f.day is None:
        return _month(f, ctx, start)
    year = f.year if f.year is not None else (
        ctx.dct.year + f.year_offset if f.year_offset is not None else None)
    if year is not None:
        try:
            day = dt.date(year, f.month, f.day)
        except ValueError:
            if not f.last_day:
                return None
            day = dt.date(year, f.month, calendar.monthrange(year, f.month)[1])
        rule = "date:explicit" if f.year is not None else "date:relative-year"
        return _dated(day, f.part, f.edge, rule, "text", _weekday_note(day, f.weekday))
    side, why = _date_side(f.side, ctx, start)
    found = C.infer_year(ctx.dct, f.month, f.day, side, weekday=f.weekday)
    if found is None:
        return None
    if f.weekday is not None and found.isoweekday() == f.weekday:
        why += "+weekday"
    return _dated(found, f.part, f.edge, f"date:year-{why}", ctx.dct_anchor,
                  _weekday_note(found, f.weekday))


def _month(f: F.CalendarDate, ctx: Context, start: int) -> Resolved:
    if f.year is not None:
        year, rule = f.year, "month:explicit"
    elif f.year_offset is not None:
        year, rule = ctx.dct.year + f.year_offset, "month:relative-year"
    elif f.side == "current":
        year, rule = ctx.dct.year, "month:current"
    else:
        side, why = _date_side(f.side, ctx, start)
        if why == "nearest" and ctx.scan.tense(start) == "past":
            side, why = "on_or_before", "past-tense"   # الهجوم في دجنبر، والذي أسفر عن ...: a month gone by
        year, rule = C.infer_month_year(ctx.dct, f.month, side), f"month:year-{why}"
    return Resolved("DATE", f"{year:04d}-{f.month:02d}", f.edge, None, rule, ctx.dct_anchor)


def _hijri_date(f: F.CalendarDate, ctx: Context, start: int) -> Optional[Resolved]:
    year = f.year
    rule = "hijri:explicit"
    if year is None and f.year_offset is not None:
        # رمضان هذا العام: the Hijri year whose month falls in that Gregorian year
        target = ctx.dct.year + f.year_offset
        for candidate in range(C.hijri_year_of(dt.date(target, 1, 1)), C.hijri_year_of(dt.date(target, 12, 31)) + 1):
            middle = C.hijri_to_gregorian(candidate, f.month, 15)
            if middle is not None and middle.year == target:
                year, rule = candidate, "hijri:relative-year"
                break
    if year is None:
        side, why = _date_side(f.side, ctx, start)
        year = C.infer_hijri_year(ctx.dct, f.month, f.day, side)
        rule = f"hijri:year-{why}"
        if year is None:
            return None
    if f.day is not None:
        day = _hijri_day(year, f.month, f.day)
        if day is None:
            return None
        day, rule = _hijri_weekday(day, f.weekday, rule)
        return _dated(day, f.part, f.edge, rule, "Umm al-Qura", _weekday_note(day, f.weekday))
    span = C.hijri_month_span(year, f.month)
    if span is None:
        return None
    first, last = span
    middle = C.hijri_to_gregorian(year, f.month, 15) or first
    note = f"Hijri month {f.month}/{year} runs {first} to {last} (Umm al-Qura)"
    return Resolved("DATE", f"{middle.year:04d}-{middle.month:02d}", f.edge, note, rule,
                    "Umm al-Qura")


def _same_period(f: F.SamePeriodDate, ctx: Context, start: int) -> Optional[Resolved]:
    p = ctx.last_period(start, month=f.same == "M")
    year, month = (p[1], p[2]) if p else (ctx.dct.year, ctx.dct.month)
    desc = f"expression at {p[0]}" if p else ctx.dct_anchor
    if f.same == "M":
        try:
            day = dt.date(year, month, f.day)
        except (ValueError, TypeError):
            return None
        return _dated(day, None, None, "date:same-month", desc)
    if f.day is None:
        return Resolved("DATE", f"{year:04d}-{f.month:02d}", None, None, "month:same-year", desc)
    try:
        day = dt.date(year, f.month, f.day)
    except ValueError:
        return None
    return _dated(day, None, None, "date:same-year", desc)


def _numeric(f: F.NumericDate, ctx: Context, start: int) -> Optional[Resolved]:
    if f.calendar == "hijri":
        day = _hijri_day(f.year, f.month, f.day)
        if day is None:
            return None
        day, rule = _hijri_weekday(day, f.weekday, "hijri:numeric")
        return _dated(day, None, None, rule, "Umm al-Qura", _weekday_note(day, f.weekday))
    try:
        day = dt.date(f.year, f.month, f.day)
    except ValueError:
        return None
    return _dated(day, None, None, "date:numeric", "text", _weekday_note(day, f.weekday))


def _hijri_day(year: int, month: int, day: int) -> Optional[dt.date]:
    """Umm al-Qura's Gregorian day; the 30th of a month it gives 29 days is the
    day after its 29th (the month ran its full thirty days locally)."""
    found = C.hijri_to_gregorian(year, month, day)
    if found is None and day == 30:
        last = C.hijri_to_gregorian(year, month, 29)
        found = last + dt.timedelta(days=1) if last else None
    return found


def _hijri_weekday(day: dt.date, weekday: Optional[int], rule: str) -> tuple[dt.date, str]:
    """A Hijri date's day: Umm al-Qura, or the day either side of it that the
    weekday written with it names (where the month began by local sighting)."""
    if weekday is None or day.isoweekday() == weekday:
        return day, rule
    for shift in (-1, 1):
        other = day + dt.timedelta(days=shift)
        if other.isoweekday() == weekday:
            return other, f"{rule}+weekday{shift:+d}"
    return day, rule


def _quarter(f: F.QuarterRef, ctx: Context, start: int) -> Resolved:
    year = f.year if f.year is not None else ctx.dct.year + f.year_offset
    return Resolved("DATE", f"{year:04d}-Q{f.quarter}", None, None, "quarter", "text")


def _year(f: F.YearRef, ctx: Context, start: int) -> Optional[Resolved]:
    if f.calendar == "gregorian":
        return Resolved("DATE", f"{f.year:04d}", f.edge, None, "year:explicit", "text")
    first = C.hijri_to_gregorian(f.year, 1, 1)
    last = C.hijri_month_span(f.year, 12)
    middle = C.hijri_to_gregorian(f.year, 7, 1)
    if first is None or last is None or middle is None:
        return None
    note = f"Hijri year {f.year} runs {first} to {last[1]} (Umm al-Qura)"
    return Resolved("DATE", f"{middle.year:04d}", f.edge, note, "year:hijri", "Umm al-Qura")


def _period(f: F.PeriodRef, ctx: Context, start: int) -> Resolved:
    base = ctx.dct
    rule = f"period:{f.unit}{f.shift:+d}"
    shift = f.shift
    if f.preceding:
        period = ctx.last_period(start, month=f.unit == "M")
        if period is not None and ctx.scan.sentence_index(period[0]) == ctx.scan.sentence_index(start) \
                and (f.unit != "M" or period[2] is not None):
            base = dt.date(period[1], period[2] or 1, 1)   # ديسمبر 2018 ... مقارنة بالشهر السابق
            rule = f"period:{f.unit}:preceding"
    if f.following:
        shift, rule = 1, f"period:{f.unit}:following"
        anchor = ctx.last_anchor(start, explicit=False, within=2)
        period = ctx.last_period(start, month=f.unit == "M")
        if period is not None and (anchor is None or period[0] > anchor.start):
            base = dt.date(period[1], period[2] or 1, 1)   # في العام الموالي after غشت 1968
        elif anchor is not None:
            base = anchor.day
    if f.unit == "W":
        value = C.iso_week(base + dt.timedelta(weeks=shift))
        if f.weekend:
            value += "-WE"
    elif f.unit == "M":
        year, month = C.month_shift(base.year, base.month, shift)
        value = f"{year:04d}-{month:02d}"
    else:
        value = f"{base.year + shift:04d}"
    return Resolved("DATE", value, f.edge, None, rule, f"{base}")


#: the dated expression right after the current one in its sentence (its start and
#: day), for "بعد 3 أيام من <date>" and "غداة تصريحات ... الخميس 17 أكتوبر"
Following = Optional[tuple[int, dt.date]]


def _offset(f: F.Offset, ctx: Context, start: int, following: Following = None) -> Resolved:
    if f.unit in ("H", "MIN") and f.count is not None:
        clock = ctx.last_clock(start)
        if clock is not None and (f.from_event or f.direction > 0):
            minutes = f.count * (60 if f.unit == "H" else 1) * f.direction
            moment = clock.clock + dt.timedelta(minutes=round(minutes))
            return Resolved("TIME", moment.strftime("%Y-%m-%dT%H:%M"), f.mod, None,
                            "offset:from-clock", f"expression at {clock.start}", moment.date())
        if f.from_event:
            return _duration(F.Duration(f.unit, f.count, f.mod), ctx, start)
    # where to count from
    base, anchor_desc, rule = ctx.dct, ctx.dct_anchor, "offset:dct"
    if f.anaphoric:
        a = ctx.last_anchor(start, explicit=False, within=3)
        if a is not None:
            base, anchor_desc, rule = a.day, f"expression at {a.start}", "offset:anaphoric"
    elif f.direction > 0:
        if following is not None:
            base, anchor_desc, rule = following[1], "the date after it", "offset:from-date"
        elif ctx.scan.tense(start) not in ("future", "plan"):
            a = ctx.last_anchor(start, explicit=True, within=1)
            if a is not None:
                base, anchor_desc, rule = a.day, f"expression at {a.start}", "offset:after-date"
    if f.count is None:
        if f.unit in ("H", "MIN"):
            return Resolved("DATE", _iso(base), f.mod, None, rule + ":hours", anchor_desc, base)
        value = "FUTURE_REF" if f.direction > 0 else "PAST_REF"
        return Resolved("DATE", value, f.mod, None, rule + ":vague", anchor_desc)
    n = f.count * f.direction
    if f.unit == "D":
        day = base + dt.timedelta(days=round(n))
    elif f.unit == "W":
        day = base + dt.timedelta(days=round(7 * n))
    elif f.unit == "M":
        whole = int(n)
        day = C.shift_months(base, whole) + dt.timedelta(days=round((n - whole) * 30))
    elif f.unit in ("Y", "DE"):
        years = round(n * (10 if f.unit == "DE" else 1))
        return Resolved("DATE", f"{base.year + years:04d}", f.mod, None, rule, anchor_desc)
    else:  # hours, minutes: the day they land on
        hours = n if f.unit == "H" else n / 60
        day = base + dt.timedelta(days=int(hours // 24)) if abs(hours) >= 24 else base
    return Resolved("DATE", _iso(day), f.mod, None, rule, anchor_desc, day)


def _anaphoric_day(f: F.AnaphoricDay, ctx: Context, start: int) -> Resolved:
    a = ctx.last_anchor(start, explicit=False, within=2)
    if a is not None:
        day = a.day + dt.timedelta(days=f.days)
        return _dated(day, f.part, None, "anaphoric:anchored", f"expression at {a.start}")
    day = ctx.dct + dt.timedelta(days=f.days)
    return _dated(day, f.part, None, "anaphoric:dct", ctx.dct_anchor)


def _same_period_ref(f: F.SamePeriod, ctx: Context, start: int) -> Optional[Resolved]:
    """The week, month or year of the last dated occurrence (the DCT's if none)."""
    if f.unit == "W":
        a = ctx.last_anchor(start, explicit=False, within=3)
        base = a.day if a is not None else ctx.dct
        desc = f"expression at {a.start}" if a is not None else ctx.dct_anchor
        return Resolved("DATE", C.iso_week(base), None, None, "same-period:W", desc)
    p = ctx.last_period(start, month=f.unit == "M")
    if p is None:
        year, month, desc = ctx.dct.year, ctx.dct.month, ctx.dct_anchor
    else:
        year, month, desc = p[1], p[2], f"expression at {p[0]}"
    value = f"{year:04d}-{month:02d}" if f.unit == "M" else f"{year:04d}"
    return Resolved("DATE", value, None, None, f"same-period:{f.unit}", desc)


def _that_time(f: F.ThatTime, ctx: Context, start: int) -> Optional[Resolved]:
    """The last date the text set, within three sentences: a day if it named one,
    else its month or year; nothing when none."""
    a = ctx.last_anchor(start, explicit=False, within=3)
    p = ctx.last_period(start, month=False)
    if p is not None and (a is None or p[0] > a.start) and \
            ctx.scan.sentence_index(start) - ctx.scan.sentence_index(p[0]) <= 3:
        value = f"{p[1]:04d}-{p[2]:02d}" if p[2] else f"{p[1]:04d}"
        return Resolved("DATE", value, None, None, "that-time:period", f"expression at {p[0]}")
    if a is not None:
        return _dated(a.day, None, None, "that-time:day", f"expression at {a.start}")
    return None


def _cataphoric(f: F.CataphoricDay, ctx: Context, start: int) -> Optional[Resolved]:
    """The first day named after it in its sentence (resolved last, once that one is)."""
    sentence = ctx.scan.sentence_index(start)
    for a in ctx.anchors:
        if a.start > start and ctx.scan.sentence_index(a.start) == sentence and not a.derived:
            return _dated(a.day, None, None, "cataphoric", f"expression at {a.start}")
    return None


def _day_of_month(f: F.DayOfMonth, ctx: Context, start: int) -> Optional[Resolved]:
    year, month = C.month_shift(ctx.dct.year, ctx.dct.month, f.shift)
    try:
        day = dt.date(year, month, f.day)
    except ValueError:
        return None
    return _dated(day, None, None, f"date:month{f.shift:+d}", ctx.dct_anchor)


def _stretch_day(f: F.StretchDay, ctx: Context, start: int) -> Optional[Resolved]:
    """The Nth day: counted from a calendar date named in this or the sentence
    before (تنطلق الامتحانات في 12 يونيو ... وفي اليوم الأول), else it is today
    (ارتفع عدد الشهداء في اليوم السابع على العدوان)."""
    sentence = ctx.scan.sentence_index(start)
    for a in reversed(ctx.anchors):
        if a.start >= start or a.derived:
            continue
        if sentence - a.sentence <= 1 and a.dated and a.day != ctx.dct:   # (a dateline restates the DCT)
            day = a.day + dt.timedelta(days=f.n - 1) if f.n else a.day
            return _dated(day, None, None, "stretch-day:from-date", f"expression at {a.start}")
        break
    if not f.to_today:
        return None   # شهد اليوم الأول من الهدنة خروقات: no day to count from
    return _dated(ctx.dct, None, None, "stretch-day:today", ctx.dct_anchor)


def _eve_day(f: F.EveDay, ctx: Context, start: int, following: Following = None) -> Resolved:
    if following is not None:
        day = following[1] + dt.timedelta(days=f.days)
        return _dated(day, None, None, "eve:named-occurrence", f"expression at {following[0]}")
    noun = ctx.scan.next_word(ctx.scan.word_end(start))
    if len(noun) > 3:
        # عشية الاقتراع: the day of an earlier "... الاقتراع ... <date>"
        for a in reversed(ctx.anchors):
            if a.start < start and not a.derived and ctx.scan.near(a.start, a.end, noun):
                day = a.day + dt.timedelta(days=f.days)
                return _dated(day, None, None, "eve:same-occurrence", f"expression at {a.start}")
    a = ctx.last_anchor(start, explicit=True, within=1)
    if a is not None:
        day = a.day + dt.timedelta(days=f.days)
        return _dated(day, None, None, "eve:previous-date", f"expression at {a.start}")
    return _dated(ctx.dct, None, None, "eve:dct", ctx.dct_anchor)


def _hour_part(hour: int) -> str:
    return "MO" if 5 <= hour < 12 else "AF" if 12 <= hour < 17 else "EV" if 17 <= hour < 21 else "NI"


def _clock_day(f: F.ClockTime, hour: int, ctx: Context, start: int) -> tuple[dt.date, str]:
    """The day of a clock time: the day named with it, a day in its sentence,
    an earlier part of day that fits its hour, the previous sentence's day, or
    the DCT."""
    if f.day is not None:
        named = resolve(f.day, ctx, start)
        if named is not None and named.day is not None:
            return named.day, "clock:named-day"
    before = ctx.day_just_before(start, anchor=True)
    if before is not None:
        return before.day, "clock:day-before"   # ابتداء من اليوم الجمعة على الساعة 11:30
    day = ctx.day_in_clause(start)
    if day is not None:
        return day, "clock:same-clause"
    sentence = ctx.scan.sentence_index(start)
    forward = ctx.scan.tense(start) in ("future", "plan", "irrealis", "present")
    if forward:
        day = ctx.day_in_sentence(start, before_only=True)
        if day is not None:
            return day, "clock:same-sentence"   # واليوم، ... سيقام عند الساعة الحادية عشرة
    for a in reversed(ctx.anchors):
        # ستفتح مكاتب الاقتراع الساعة السابعة، تقام المباراة الساعة 4:40: the upcoming day named
        # before (another clock time of the same schedule counts); in a past clause only when
        # that coming day is the last one the text named (مباريات الجمعة ... المباراة تجري الساعة الخامسة)
        if a.start >= start or sentence - a.sentence > 6 or (a.derived and a.clock is None):
            continue
        if a.day > ctx.dct:
            return a.day, "clock:upcoming-day"
        if not forward:
            break
    part = _hour_part(hour)
    for a in reversed(ctx.anchors):
        if (a.start < start and sentence - a.sentence <= 2 and a.part == part
                and not ctx.scan.in_since_phrase(a.start)):
            return a.day, "clock:matching-part-of-day"
    a = ctx.last_anchor(start, explicit=False, within=3)
    if a is not None:
        return a.day, "clock:previous-sentence"
    return ctx.dct, "clock:dct"


def _clock(f: F.ClockTime, ctx: Context, start: int) -> Resolved:
    hour = f.hour
    if f.period == "pm" and hour < 12:
        hour += 12
    elif f.period == "noon" and hour < 6:
        hour += 12
    elif f.period == "night" and 6 <= hour < 12:
        hour += 12
    elif f.period == "am" and hour == 12:
        hour = 0
    elif f.period is None and hour < 12:
        # موعد الإفطار في السادسة و12 دقيقة: the part of day just named says pm
        part = ctx.part_before(start)
        if part in ("EV", "NI") and hour >= 5 or part == "AF" and hour < 6:
            hour += 12
    if f.day is None and not ctx.day_just_before(start) and ctx.daily_window(start):
        # تلقي الطلبات يوميا من الساعة 9 صباحا إلى 5 مساء خلال يومي 17 و18 أكتوبر: the hours of each day
        return Resolved("SET", f"XXXX-XX-XXT{hour % 24:02d}:{f.minute:02d}", None, None, "clock:daily", None)
    day, rule = _clock_day(f, hour, ctx, start)
    if hour == 24:
        hour = 0
        day = day + dt.timedelta(days=1)
    return Resolved("TIME", f"{_iso(day)}T{hour:02d}:{f.minute:02d}", None, None, rule,
                    f"{day}", day)


def _part_of_day(f: F.PartOfDay, ctx: Context, start: int) -> Resolved:
    if f.last_night:
        day, rule = ctx.dct - dt.timedelta(days=1), "part-of-day:last-night"
        return Resolved("TIME", f"{_iso(day)}T{f.part}", f.edge, None, rule, f"{day}", day)
    day = ctx.day_in_sentence(start, before_only=True)
    rule = "part-of-day:same-sentence"
    if day is None:
        day, rule = ctx.dct, "part-of-day:dct"
        upcoming = ctx.upcoming_anchor(start, within=2, dated=False) if ctx.scan.forecast else None
        if upcoming is not None:
            # أما يوم الجمعة، فيطرأ ارتفاع ... وتعود الأجواء لطيفة مساء: the day the schedule has set
            day, rule = upcoming.day, "part-of-day:upcoming-day"
        elif f.night_before and ctx.scan.tense(start) == "past" and not ctx.scan.forecast:
            day, rule = ctx.dct - dt.timedelta(days=1), "part-of-day:last-night"
    return Resolved("TIME", f"{_iso(day)}T{f.part}", f.edge, None, rule, f"{day}", day)


def _duration(f: F.Duration, ctx: Context, start: int) -> Resolved:
    if f.count is not None and _since(ctx, start) and ctx.scan.ago(start, f.unit, f.mod, bool(f.more)):
        return _ago(f, ctx)
    if f.more:
        return Resolved("DURATION", _compound(f, ctx), f.mod, None, "duration:compound", None)
    iso, factor = ctx.scan.lex.unit_info[f.unit]
    if f.count is None:
        amount = "X"
    else:
        count = f.count * factor
        if iso == "TH" and not float(count).is_integer():
            iso, count = "TM", count * 60
        amount = _num(count)
    value = f"PT{amount}{iso[1:]}" if iso.startswith("T") else f"P{amount}{iso}"
    return Resolved("DURATION", value, f.mod, None, "duration", None)


#: ISO 8601 designators of a compound duration, in the order they are written
_DESIGNATORS = (("Y", "Y"), ("M", "M"), ("D", "D"), ("TH", "H"), ("TM", "M"), ("TS", "S"))


def _compound(f: F.Duration, ctx: Context) -> str:
    """One ISO value for a list of quantities (1 عام، 1 شهر، 1 أسبوع، 1 يوم، 1 ساعة):
    weeks count as seven days, as ISO 8601 does not mix W with the others."""
    amounts: dict[str, float] = {}
    for unit, count in ((f.unit, f.count), *f.more):
        iso, factor = ctx.scan.lex.unit_info[unit]
        if iso == "W":
            iso, factor = "D", 7 * factor
        amounts[iso] = amounts.get(iso, 0) + (count or 0) * factor
    date = "".join(f"{_num(amounts[k])}{d}" for k, d in _DESIGNATORS[:3] if k in amounts)
    time = "".join(f"{_num(amounts[k])}{d}" for k, d in _DESIGNATORS[3:] if k in amounts)
    return "P" + date + ("T" + time if time else "")


def _ago(f: F.Duration, ctx: Context) -> Resolved:
    """منذ يومين after a past verb: the day (or, with the publication's clock
    time, the moment) that long before publication."""
    moment = ctx.moment or dt.datetime.combine(ctx.dct, dt.time())
    clock = False
    for unit, count in ((f.unit, f.count), *f.more):
        n = count or 0
        if unit == "Y":
            moment = moment.replace(year=moment.year - int(n)) if not (moment.month == 2 and moment.day == 29) \
                else moment.replace(year=moment.year - int(n), day=28)
        elif unit == "M":
            day = C.shift_months(moment.date(), -int(n))
            moment = dt.datetime.combine(day, moment.time())
        elif unit == "W":
            moment -= dt.timedelta(weeks=n)
        elif unit == "D":
            moment -= dt.timedelta(days=n)
        elif unit in ("H", "MIN"):
            moment -= dt.timedelta(hours=n) if unit == "H" else dt.timedelta(minutes=n)
            clock = True
        else:
            return Resolved("DATE", "PAST_REF", f.mod, None, "since:ago:vague", ctx.dct_anchor)
    day = moment.date()
    if clock and ctx.moment is not None:
        return Resolved("TIME", moment.strftime("%Y-%m-%dT%H:%M"), f.mod, None, "since:ago", ctx.dct_anchor, day)
    return Resolved("DATE", _iso(day), f.mod, None, "since:ago", ctx.dct_anchor, day)


def _holiday(f: F.Holiday, ctx: Context, start: int) -> Optional[Resolved]:
    side = _side_of(f.side, "nearest")
    year = f.year or C.infer_hijri_year(ctx.dct, f.month, f.day, side)
    day = C.hijri_to_gregorian(year, f.month, f.day) if year else None
    if day is None:
        return None
    return _dated(day + dt.timedelta(days=f.offset), None, None, "holiday", "Umm al-Qura")


def _chain(f: F.Chain, ctx: Context, start: int) -> Optional[Resolved]:
    """A day and the date it names: the date decides, the head's weekday checks
    it (and picks the local day of a Hijri date), the head's day picks a
    missing year."""
    head = resolve(f.head, ctx, start)
    weekday = f.head.weekday
    date = f.date
    part = f.head.part
    if isinstance(date, F.CalendarDate):
        date = dataclasses.replace(date, weekday=weekday, part=date.part or part)
        if (date.year is None and date.year_offset is None and head is not None
                and head.day is not None):
            date.year = _nearest_year(date, head.day)
    elif isinstance(date, F.NumericDate):
        date = dataclasses.replace(date, weekday=weekday)
    r = resolve(date, ctx, start)
    if r is None:
        return head
    if part and r.type == "DATE" and r.day is not None and TimeValue.parse(r.value).precision is Precision.DAY:
        r = _dated(r.day, part, r.mod, r.rule, r.anchor or "text", r.note)
    kind = (f"rel{f.head.offset:+d}" if isinstance(f.head, F.DayRef) else "weekday")
    r.rule = f"chain[{kind}]:{r.rule}"
    return r


def _nearest_year(date: F.CalendarDate, near: dt.date) -> Optional[int]:
    """The year (Gregorian or Hijri) that puts a day and month nearest ``near``."""
    best: Optional[tuple[int, int]] = None
    if date.calendar == "hijri":
        base = C.hijri_year_of(near)
        for year in (base - 1, base, base + 1):
            day = C.hijri_to_gregorian(year, date.month, date.day)
            if day is not None and (best is None or abs((day - near).days) < best[0]):
                best = (abs((day - near).days), year)
    else:
        options = []
        for year in (near.year - 1, near.year, near.year + 1):
            try:
                options.append((dt.date(year, date.month, date.day), year))
            except ValueError:
                continue
        if date.weekday is not None and any(d.isoweekday() == date.weekday for d, _ in options):
            options = [(d, y) for d, y in options if d.isoweekday() == date.weekday]
        for day, year in options:
            if best is None or abs((day - near).days) < best[0]:
                best = (abs((day - near).days), year)
    return best[1] if best else None


RESOLVERS: dict[type, Callable[..., Optional[Resolved]]] = {
    F.Chain: _chain,
    F.SamePeriod: _same_period_ref,
    F.StretchDay: _stretch_day,
    F.DayOfMonth: _day_of_month,
    F.CataphoricDay: _cataphoric,
    F.ThatTime: _that_time,
    F.DayRef: _day_ref,
    F.WeekdayRef: _weekday,
    F.CalendarDate: _calendar_date,
    F.NumericDate: _numeric,
    F.QuarterRef: _quarter,
    F.YearRef: _year,
    F.PeriodRef: _period,
    F.Offset: _offset,
    F.ClockTime: _clock,
    F.PartOfDay: _part_of_day,
    F.Duration: _duration,
    F.Holiday: _holiday,
    F.AnaphoricDay: _anaphoric_day,
    F.EveDay: _eve_day,
    F.SamePeriodDate: _same_period,
    F.Vague: lambda f, ctx, start: Resolved("DATE", f.value, None, None, "vague", None),
    F.SetRef: lambda f, ctx, start: Resolved("SET", f.value, None, None, "set", None),
}

#: frames that name a calendar day by its number
DATED = (F.CalendarDate, F.NumericDate, F.Chain, F.DayOfMonth)

#: frames that name a day later expressions may count from
EXPLICIT = (F.CalendarDate, F.NumericDate, F.WeekdayRef, F.Holiday, F.SamePeriodDate, F.Chain, F.DayOfMonth)


def is_late(frame: F.Frame) -> bool:
    """Frames whose day comes from other expressions around them: resolved
    after the rest, in document order (clock times before the offsets that
    count from them)."""
    if isinstance(frame, (F.ClockTime, F.PartOfDay, F.CataphoricDay)):
        return True
    return isinstance(frame, F.Offset) and frame.unit in ("H", "MIN") and frame.count is not None


#: frames whose value may count from the dated expression after them (``following``)
COUNTING = (F.Offset, F.EveDay)


def resolve(frame: F.Frame, ctx: Context, start: int, following: Following = None) -> Optional[Resolved]:
    """The value of one frame; ``following`` is the dated expression after it, for
    the frames that count from it (:data:`COUNTING`)."""
    if following is not None and isinstance(frame, COUNTING):
        return RESOLVERS[type(frame)](frame, ctx, start, following)
    return RESOLVERS[type(frame)](frame, ctx, start)
