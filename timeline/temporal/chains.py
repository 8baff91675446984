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
from timeline.lang import Pack as Lexicon
from timeline.temporal.names import NAMEABLE, drop_names

__all__ = ["refine", "join_chains", "join_date_clock", "join_durations", "equivalents", "drop_topic_holidays",
           "share_years", "join_restated_clocks", "share_parts"]

_HEADS = (F.DayRef, F.WeekdayRef)
#: the frames a chain can begin with: a day, a weekday, a clock time with its day
_CHAIN_STARTS = frozenset((F.DayRef, F.WeekdayRef, F.ClockTime))
_DATES = (F.CalendarDate, F.NumericDate, F.SamePeriodDate, F.DayOfMonth)
_OPEN = "(["
_CLOSE = re.compile(r"[ \t]*[)\](]")
#: between the weekdays of a list: و، a comma
_LIST_GAP = re.compile(r"[ \t]*(?:[،,][ \t]*)?(?:و)?[ \t]*")
#: how far apart the two halves may stand (the link and blanks between)
_REACH = 24


@lru_cache(maxsize=4)
def _gap(lex: Lexicon) -> re.Pattern[str]:
    """What may stand between a day and the date it names: a comma or dash,
    an opening bracket, a word such as الموافق (its ل may be written apart)."""
    link = lex.corresponding.pattern
    return re.compile(
        r"[ \t]*(?:[،,:\-–—][ \t]*)?(?P<open>[(\[)][ \t]*)?"
        r"(?:(?P<link>(?:و)?" + link + r")[ \t]*:?[ \t]*(?:ل[ \t]*)?)?(?P<open2>[(\[][ \t]*)?(?:ال[ \t]*)?"
    )


def _is_date(frame) -> bool:
    if isinstance(frame, F.CalendarDate):
        return frame.day is not None and frame.weekday is None
    if isinstance(frame, F.SamePeriodDate):
        return frame.day is not None
    return isinstance(frame, (F.NumericDate, F.DayOfMonth))


def join_chains(hits: list[Hit], text: str, lex: Lexicon) -> list[Hit]:
    """The hits with each day-then-date pair made one :class:`~frames.Chain`."""
    if len(hits) < 2:
        return hits
    gap = _gap(lex)
    out: list[Hit] = []
    i = 0
    n = len(hits)
    starts = _CHAIN_STARTS
    while i < n:
        h = hits[i]
        if type(h.frame) not in starts:
            out.append(h)
            i += 1
            continue
        if (i + 1 < n and isinstance(h.frame, F.ClockTime) and isinstance(h.frame.day, _HEADS)
                and _is_date(hits[i + 1].frame) and 0 <= hits[i + 1].start - h.end <= _REACH
                and gap.fullmatch(text, h.end, hits[i + 1].start)):
            # السادسة مساء الخميس 8 آب: the clock's day is a chain
            nxt = hits[i + 1]
            c = h.frame
            day = F.Chain(c.day, nxt.frame)
            out.append(Hit(F.ClockTime(c.hour, c.minute, c.period, c.zone, day), h.start, nxt.end, h.rule))
            i += 2
            continue
        # أيام الأربعاء والخميس والجمعة الموافقين 21 و22 و23 أكتوبر: a list of
        # weekdays heads the chain; the first weekday goes with the first date
        if i + 1 == n:
            out.append(h)
            break
        k = i
        while (k + 1 < n and isinstance(hits[k].frame, F.WeekdayRef) and isinstance(hits[k + 1].frame, F.WeekdayRef)
               and hits[k].frame.side is None and _LIST_GAP.fullmatch(text, hits[k].end, hits[k + 1].start)):
            k += 1
        if k > i and k + 1 < n and _is_date(hits[k + 1].frame) and gap.fullmatch(text, hits[k].end, hits[k + 1].start) \
                and 0 <= hits[k + 1].start - hits[k].end <= _REACH:
            nxt = hits[k + 1]
            out.append(Hit(F.Chain(h.frame, nxt.frame, linked=True), h.start, nxt.end, "chain"))
            i = k + 2
            continue
        if k > i:
            # a list of weekdays no date follows: none but its last can begin a chain (each
            # would walk to the same end), so they go as they are, and the walk is not
            # repeated from each (a text of weekdays alone stays linear)
            out.extend(hits[i:k])
            i = k
            continue
        if isinstance(h.frame, _HEADS) and getattr(h.frame, "edge", None) is None:   # (i + 1 < n: above)
            nxt = hits[i + 1]
            if 0 <= nxt.start - h.end <= _REACH and _is_date(nxt.frame):
                m = gap.fullmatch(text, h.end, nxt.start)
                if m is not None and not m.group("link") and _hijri_day(nxt.frame) \
                        and not text[nxt.start:nxt.start + 1].isdigit():
                    # بعد غد الإثنين أول أيام رمضان، أعلنت عمان الأربعاء أول أيام رمضان: a day and
                    # the Hijri name it is given, two expressions (but اليوم الخميس 29 شعبان
                    # and الخميس 29 شعبان are one date written twice)
                    m = None
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


def _hijri_day(frame) -> bool:
    if isinstance(frame, F.Chain):
        frame = frame.date
    return (isinstance(frame, (F.CalendarDate, F.NumericDate)) and frame.calendar == "hijri"
            and (not isinstance(frame, F.CalendarDate) or frame.day is not None))


def _other_day(frame) -> bool:
    """A day named outside the Hijri calendar: a Gregorian date, a chain, a day
    counted from publication (غدا السبت)."""
    if isinstance(frame, F.Chain):
        return frame.date.calendar != "hijri" if not isinstance(frame.date, F.SamePeriodDate) else True
    if isinstance(frame, (F.CalendarDate, F.NumericDate)):
        return frame.calendar == "gregorian" and (not isinstance(frame, F.CalendarDate) or frame.day is not None)
    return isinstance(frame, (F.DayRef, F.WeekdayRef))


@lru_cache(maxsize=8)
def _equivalence(lex: Lexicon, coordinated: bool = False) -> re.Pattern[str]:
    """A link saying two expressions name one day: الموافق، هو، سيكون، a comma, a
    slash (with ``coordinated``, also و: غرة شهر شوال وأول أيام عيد الفطر)."""
    return re.compile(
        r"[ \t]*(?:[،,؛;/\-–—][ \t]*)?[(\[)]?[ \t]*" + (r"(?:و[ \t]*)?" if coordinated else "")
        + r"(?:(?:" + lex.equivalence_links.pattern + r"|"
        + lex.corresponding.pattern + r")[ \t]*(?:ل[ \t]*)?)?(?:(?:" + lex.day_word.pattern
        + r")[ \t]+)?[(\[)]?[ \t]*"
    )


#: the frames a Hijri day can be held in
_HIJRI_CAN = frozenset((F.CalendarDate, F.NumericDate, F.Chain))


def equivalents(hits: list[Hit], text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Pairs of hit indices (Hijri date, the other expression) naming one day:
    a Hijri date beside its Gregorian equivalent or a day counted from
    publication, joined by a link (الموافق، هو، سيكون، a comma, a bracket)."""
    link = _equivalence(lex)
    pairs = []
    can = _HIJRI_CAN
    hijri = [i for i, h in enumerate(hits) if type(h.frame) in can and _hijri_day(h.frame)]
    for i in sorted({j for k in hijri for j in (k - 1, k) if 0 <= j < len(hits) - 1}):
        a, b = hits[i], hits[i + 1]
        if not 0 <= b.start - a.end <= _REACH + 8:
            continue
        if _hijri_day(a.frame) and _other_day(b.frame):
            pair = (i, i + 1)
        elif _other_day(a.frame) and _hijri_day(b.frame):
            pair = (i + 1, i)
        else:
            continue
        if link.fullmatch(text, a.end, b.start):
            pairs.append(pair)
    return pairs


#: between a date and the clock time of the same moment: blanks, a comma, a dash
_DATE_CLOCK_GAP = re.compile(r"[ \t]*(?:[،,\-–|][ \t]*)?")


def _is_explicit_day(frame) -> bool:
    return isinstance(frame, (F.Chain, F.NumericDate, F.DayOfMonth)) or (
        isinstance(frame, F.CalendarDate) and frame.day is not None and frame.part is None)


def join_date_clock(hits: list[Hit], text: str) -> list[Hit]:
    """A date written with its clock time (``7 يناير، 2015، الساعة 11:00 صباحاً``,
    ``17-01-1437 هـ 08:30 مساءً``) is one moment: one TIME expression whose
    day is the date's."""
    out: list[Hit] = []
    i, n = 0, len(hits)
    clock = F.ClockTime
    while i < n:
        h = hits[i]
        if i + 1 == n or (type(h.frame) is not clock and type(hits[i + 1].frame) is not clock):
            out.append(h)   # no clock time in the pair
            i += 1
            continue
        if _is_explicit_day(h.frame):
            nxt = hits[i + 1]
            if (isinstance(nxt.frame, F.ClockTime) and nxt.frame.day is None
                    and _DATE_CLOCK_GAP.fullmatch(text, h.end, nxt.start)):
                joined = F.ClockTime(nxt.frame.hour, nxt.frame.minute, nxt.frame.period,
                                     nxt.frame.zone, h.frame)
                out.append(Hit(joined, h.start, nxt.end, "date-clock"))
                i += 2
                continue
        if isinstance(h.frame, F.ClockTime) and h.frame.day is None \
                and _is_explicit_day(hits[i + 1].frame) and "|" in text[h.end:hits[i + 1].start] \
                and _DATE_CLOCK_GAP.fullmatch(text, h.end, hits[i + 1].start):
            # a page's date line, clock first: الساعة 06:15 م|16 يناير 2009
            c = h.frame
            nxt = hits[i + 1]
            out.append(Hit(F.ClockTime(c.hour, c.minute, c.period, c.zone, nxt.frame), h.start, nxt.end,
                           "date-clock"))
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
    duration = F.Duration
    for h in hits:
        f = h.frame
        if type(f) is not duration or not out:
            out.append(h)
            continue
        prev = out[-1]
        if (isinstance(prev.frame, F.Duration)
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


def drop_topic_holidays(hits: list[Hit], text: str, lex: Lexicon) -> list[Hit]:
    """A holiday whose day is being given (سيكون أول أيام عيد الفطر هو السبت
    المقبل، يوم غد الأحد هو أول أيام عيد الفطر، الـ9 من ذي الحجة يوم عرفة) is the
    topic, not a time (TIMEX-SPEC, last rule): it is dropped where a link such as
    هو or الموافق, a comma, و or nothing at all joins it to a day."""
    link = _equivalence(lex, coordinated=True)
    drop = set()
    for i, h in enumerate(hits):
        if not isinstance(h.frame, F.Holiday):
            continue
        for j in (i - 1, i + 1):
            if not 0 <= j < len(hits) or not isinstance(hits[j].frame, _DAYS):
                continue
            a, b = (hits[j], h) if j < i else (h, hits[j])
            between = text[a.end:b.start]
            if 0 <= b.start - a.end <= _REACH + 12 and link.fullmatch(between):
                drop.add(i)
    return [h for i, h in enumerate(hits) if i not in drop] if drop else hits


_DAYS = (F.DayRef, F.WeekdayRef, F.Chain, F.CalendarDate, F.NumericDate)
#: a word, not only a comma: the link says "is"
_COPULA = re.compile(r"\w")


#: between the dates of one list: a comma, و, and at most two words (والرئاسية، والوطني)
_LIST_BETWEEN = re.compile(r"[ \t]*(?:[،,؛\-–][ \t]*)?(?:\w+[ \t]+){0,2}?(?:و\w*[ \t]+)?(?:(?:يوم|في)[ \t]+)?")


def share_years(hits: list[Hit], text: str) -> None:
    """Days and months listed one after another take the year the last of
    them gives (تعقد التشريعية يوم 22 أيار، والرئاسية 31 تموز، والوطني 31 آب لعام
    2021): each earlier one the same year, or the year before where its
    month comes later in the year than the next one's."""
    def calendar_day(h: Hit):
        f = h.frame.date if isinstance(h.frame, F.Chain) else h.frame
        return f if isinstance(f, F.CalendarDate) and f.calendar == "gregorian" else None

    days = [calendar_day(h) for h in hits]
    for i in range(len(hits) - 1, 0, -1):
        later, earlier = days[i], days[i - 1]
        if later is None or earlier is None or later.year is None or earlier.year is not None \
                or earlier.year_offset is not None or earlier.side is not None:
            continue
        between = text[hits[i - 1].end:hits[i].start]
        if len(between) > 40 or _LIST_BETWEEN.fullmatch(between) is None or any(c in between for c in ".\n"):
            continue
        earlier.year = later.year - (1 if earlier.month > later.month else 0)


#: a clock time restated in brackets: الساعة العاشرة ليلاً (22:00)
_RESTATED = re.compile(r"[ \t]*[(\[][ \t]*")


def join_restated_clocks(hits: list[Hit], text: str) -> list[Hit]:
    """A clock time and its restatement in brackets (الساعة العاشرة ليلاً (22:00))
    are one expression: the first one's."""
    out: list[Hit] = []
    for h in hits:
        prev = out[-1] if out else None
        if (prev is not None and isinstance(prev.frame, F.ClockTime) and isinstance(h.frame, F.ClockTime)
                and _RESTATED.fullmatch(text, prev.end, h.start) and h.frame.zone is None
                and (prev.frame.hour % 12, prev.frame.minute) == (h.frame.hour % 12, h.frame.minute)):
            # (4:17 فجرا (01:17 بتوقيت غرينتش) is two: the same moment in two clocks)
            close = _CLOSE.match(text, h.end)
            out[-1] = Hit(prev.frame, prev.start, close.end() if close else h.end, prev.rule)
            continue
        out.append(h)
    return out


@lru_cache(maxsize=4)
def _range_link(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(r"[ \t]*(?:" + lex.range_links.pattern + r")[ \t]*")


def share_parts(hits: list[Hit], text: str, lex: Lexicon) -> None:
    """The nights of ليلتي السابع والثامن من غشت: the part of day of the first
    day of a range goes to the second."""
    link = _range_link(lex)
    for a, b in zip(hits, hits[1:]):
        fa, fb = a.frame, b.frame
        if (isinstance(fa, F.CalendarDate) and isinstance(fb, F.CalendarDate) and fa.part and fb.part is None
                and a.rule == "day-range-first" and link.fullmatch(text, a.end, b.start)):
            fb.part = fa.part


def refine(hits: list[Hit], text: str, lex: Lexicon) -> list[Hit]:
    """The passes over the grammar's hits, in order, each run only where the
    frames it reads are there: names dropped, chains joined (a day and its
    date, a date and its clock, the parts of one duration), holidays whose
    day is given dropped, restated clocks joined, years and parts of day
    shared along lists."""
    types = [type(h.frame) for h in hits]
    present = set(types)
    if not present.isdisjoint(NAMEABLE):
        hits = drop_names(hits, text, lex)
    if len(hits) < 2:
        return hits
    clocks = types.count(F.ClockTime)
    if clocks or F.DayRef in present or F.WeekdayRef in present:
        hits = join_chains(hits, text, lex)
    if clocks:
        hits = join_date_clock(hits, text)
    if types.count(F.Duration) > 1:
        hits = join_durations(hits, text)
    if F.Holiday in present:
        hits = drop_topic_holidays(hits, text, lex)
    if clocks > 1:
        hits = join_restated_clocks(hits, text)
    dates = types.count(F.CalendarDate)
    if dates + types.count(F.Chain) > 1:
        share_years(hits, text)
    if dates > 1 and any(h.rule == "day-range-first" for h in hits):
        share_parts(hits, text, lex)
    return hits
