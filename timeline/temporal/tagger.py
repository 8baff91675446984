"""Find every temporal expression in an article and give its value.

    >>> from timeline.temporal import tag
    >>> [t.value for t in tag("وقال أمس الأربعاء إن ...", "2016-12-08")]
    ['2016-12-07']

Pipeline: fold the text for matching (offsets kept), scan it with the
grammar (frames), resolve the frames in document order (values), and map the
spans back to the original text.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
from typing import Optional

from timeline.model import Timex, parse_published, published_clock
from timeline.values import Precision, TimeValue
from timeline.temporal import frames as F
from timeline.temporal.chains import equivalents, refine
from timeline.temporal.context import Scan
from timeline.lang import Pack
from timeline.text.normalize import Normalized
from timeline.temporal.grammar import Grammar, grammar as default_grammar
from timeline.temporal.resolve import COUNTING, DATED, EXPLICIT, Anchor, Context, Resolved, is_late, resolve
from timeline.temporal.values import valid_value

__all__ = ["tag", "Tagger"]


class Tagger:
    """A reusable tagger; ``Tagger(disabled={"year"})`` turns rules off."""

    def __init__(self, grammar: Optional[Grammar] = None, disabled: frozenset[str] = frozenset(), *,
                 pack: Optional[Pack] = None):
        if grammar is not None and pack is not None and grammar.pack is not pack:
            raise ValueError("the grammar was compiled for another pack")
        self.grammar = grammar or (Grammar(disabled=disabled, pack=pack) if disabled else default_grammar(pack))
        self.pack = self.grammar.pack

    def tag(self, text: str, published: str | dt.date, *, roles: bool = False,
            norm: Optional[Normalized] = None) -> list[Timex]:
        """The expressions of ``text``; with ``roles``, also how each relates
        to its clause (what event placement needs; the tag output does not).
        ``norm`` is the text already folded by the pack (the pipeline folds an
        article once for every stage)."""
        dct = published if isinstance(published, dt.date) else parse_published(published)
        moment = _published_time(published, dct)
        lex = self.grammar.pack
        if norm is None:
            norm = lex.normalize(text)
        elif norm.original is not text and norm.original != text:
            raise ValueError("norm is the folding of another text")
        scan = Scan(norm, lex, dct)
        hits = self.grammar.scan(scan)
        if not hits:
            return []
        hits = refine(hits, norm.text, lex)
        # the queries about a match's role read the other matches: a scan that knows them
        scan = scan.with_hits([(h.start, h.end) for h in hits])
        ctx = Context(dct, scan, moment=moment)
        results: list[Optional[Resolved]] = [None] * len(hits)

        # Expressions whose day comes from their neighbours go last.
        late = [i for i, h in enumerate(hits) if is_late(h.frame)]
        if late:
            lates = set(late)
            order = [i for i in range(len(hits)) if i not in lates] + late
        else:
            order = list(range(len(hits)))
        # A Hijri date and the expression naming its day in the other calendar
        # (or counted from publication): that one first, so the Hijri date can take its day.
        partner = dict(equivalents(hits, scan.text, lex)) if len(hits) > 1 else {}
        for hijri, other in partner.items():
            if order.index(other) > order.index(hijri):
                order.remove(hijri)
                order.insert(order.index(other) + 1, hijri)
        last = len(hits) - 1
        for i in order:
            h = hits[i]
            frame = h.frame
            try:
                following = _following(hits, i, scan, ctx) if i < last and isinstance(frame, COUNTING) else None
                r = resolve(frame, ctx, h.start, following)
            except (OverflowError, ValueError):
                r = None  # arithmetic beyond the calendar: no value to give
            if r is not None and i in partner:
                r = _same_day(r, results[partner[i]])
            if r is not None:
                if valid_value(r.type, r.value, r.mod):
                    results[i] = r
                    _record(h, r, scan, ctx)
                # else e.g. a year past 9999: not a value the spec can hold

        out: list[Timex] = []
        signals = self.grammar.lex.signals
        for h, r in zip(hits, results):
            if r is None:
                continue
            start, end = norm.span(h.start, h.end)
            if roles:
                out.append(Timex.fast(start, end, text[start:end], r.type, r.value, r.mod, r.note, h.rule, r.rule,
                                      r.anchor, scan.preceding_phrase(h.start, signals), _role(h, r, scan, dct),
                                      scan.tense(h.start)))
            else:
                out.append(Timex.fast(start, end, text[start:end], r.type, r.value, r.mod, r.note, h.rule, r.rule,
                                      r.anchor, None, "", ""))
        return out


def _published_time(published: str | dt.date, day: dt.date) -> Optional[dt.datetime]:
    """The publication moment when the date gives its clock time (``2020-03-15T21:40``), to the minute."""
    clock = published_clock(published) if isinstance(published, str) else None
    return dt.datetime.combine(day, clock.replace(second=0)) if clock is not None else None
    return None


def _same_day(h: Resolved, g: Optional[Resolved]) -> Resolved:
    """A Hijri date and the expression that names its day otherwise (its
    Gregorian equivalent, or a day counted from publication) name one day.
    That one is unambiguous, so the Hijri date takes its day when they are a
    day or two apart (a month begun by local sighting) or when the Hijri year
    was only inferred."""
    if g is None or h.day is None or g.day is None or h.day == g.day or h.type != "DATE":
        return h
    if abs((h.day - g.day).days) <= 2 or ":year-" in h.rule:
        return dataclasses.replace(h, value=g.day.isoformat(), day=g.day, rule=h.rule + "+equivalent")
    return h


_DERIVED = (F.PartOfDay, F.ClockTime)


def _record(h, r: Resolved, scan: Scan, ctx: Context) -> None:
    """Remember a resolved expression: its period (for year evidence) and, with a day, an anchor."""
    v = TimeValue.parse(r.value)
    if r.type in ("DATE", "TIME") and v.is_calendar:
        periods = ctx.periods
        item = (h.start, v.year, v.month)
        if periods and periods[-1] > item:
            bisect.insort(periods, item)
        else:
            periods.append(item)
    if r.day is None:
        return
    part = clock = None
    if r.type == "TIME":
        part = v.part
        clock = dt.datetime.combine(v.day, v.clock) if v.clock is not None else None
    frame = h.frame
    derived = isinstance(frame, _DERIVED) and not (isinstance(frame, F.ClockTime) and frame.day is not None)
    dated = isinstance(frame, DATED) or (isinstance(frame, F.ClockTime) and isinstance(frame.day, DATED))
    anchor = Anchor(r.day, h.start, h.end, scan.sentence_index(h.start), isinstance(frame, EXPLICIT), part,
                    clock, derived, dated)
    anchors = ctx.anchors
    if anchors and anchors[-1].start > h.start:
        bisect.insort(anchors, anchor, key=lambda a: a.start)
    else:
        anchors.append(anchor)


def _following(hits, i: int, scan: Scan, ctx: Context) -> tuple[int, dt.date] | None:
    """The dated expression after hit ``i`` that it may count from."""
    h = hits[i]
    frame = h.frame
    if not isinstance(frame, COUNTING):
        return None
    nxt = hits[i + 1]
    if scan.sentence_index(nxt.start) != scan.sentence_index(h.start):
        return None
    if isinstance(frame, F.Offset):
        if scan.text[h.end:nxt.start].split() not in (["من"], ["علي"]):
            return None
        wanted = EXPLICIT
    else:
        if nxt.start - h.end > 90 or scan.clause_break(h.end, nxt.start):
            return None
        wanted = EXPLICIT + (F.DayRef,)
    if not isinstance(nxt.frame, wanted):
        return None
    later = resolve(nxt.frame, ctx, nxt.start)
    if later is None or later.day is None:
        return None
    return nxt.start, later.day


def _role(h, r: Resolved, scan: Scan, dct: dt.date) -> str:
    if r.type == "SET":
        return "set"
    if r.type == "DURATION":
        return "counted-back" if isinstance(h.frame, F.Duration) and h.frame.back else "duration"
    if not r.value[:1].isdigit():
        return "vague"
    age = (dct - r.day).days if r.day is not None else None
    role = scan.role(h.start, after_dct=_after(r.value, dct), before_dct=_before(r.value, dct), age=age)
    if role == "governing" and _modifier(h, scan):
        return "modifier"
    return role


def _modifier(h, scan: Scan) -> bool:
    """A month named right after a noun, with no preposition
    (لرئاسيات أفريل 2019، فإن شهر شعبان يكون): it qualifies the noun, it does
    not date the clause."""
    frame = h.frame
    if not (isinstance(frame, F.CalendarDate) and frame.day is None):
        return False   # (a year is left alone: لأول مرة عام 2005 dates its clause)
    if scan.preceding_phrase(h.start, scan.lex.signals) is not None:
        return False
    if h.start and scan.text[h.start - 1] in "بلكوف":
        return False  # لشهر ديسمبر: a proclitic preposition governs it
    before = scan.text[max(0, h.start - 2):h.start].rstrip(" \t")
    if not (before and before[-1].isalpha()):
        return False
    noun_start = scan.text.rfind(" ", 0, len(scan.text[:h.start].rstrip(" \t"))) + 1
    return scan.preceding_phrase(noun_start, scan.lex.signals) is None   # (في اجتماع يوليو: the meeting's time)


def _before(value: str, dct: dt.date) -> bool:
    """Does a date value lie wholly before the publication date? (A week or a
    quarter is never taken as before it: their news is often still running.)"""
    tv = TimeValue.parse(value)
    if not tv.is_calendar or tv.precision in (Precision.WEEK, Precision.WEEKEND, Precision.QUARTER):
        return False
    return tv.before(dct)


def _after(value: str, dct: dt.date) -> bool:
    """Does a date value lie wholly after the publication date (a weekend: its week)?"""
    tv = TimeValue.parse(value)
    if not tv.is_calendar:
        return False
    if tv.precision is Precision.WEEKEND:
        tv = tv.truncate(Precision.WEEK)
    return tv.after(dct)


def tag(text: str, published: str | dt.date, *, roles: bool = False) -> list[Timex]:
    """Temporal expressions of ``text`` published on ``published`` (the DCT)."""
    return Tagger().tag(text, published, roles=roles)
