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

from timeline.model import Timex, parse_published
from timeline.temporal import frames as F
from timeline.temporal.chains import equivalents, join_chains, join_date_clock, join_durations
from timeline.temporal.context import Scan
from timeline.temporal.names import drop_names
from timeline.temporal.grammar import Grammar, grammar as default_grammar
from timeline.temporal.resolve import EXPLICIT, RESOLVERS, Anchor, Context, Resolved, is_late, resolve
from timeline.temporal.values import valid_value
from timeline.text.normalize import normalize

__all__ = ["tag", "Tagger"]


class Tagger:
    """A reusable tagger; ``Tagger(disabled={"bare-year"})`` turns rules off."""

    def __init__(self, grammar: Optional[Grammar] = None, disabled: frozenset[str] = frozenset()):
        self.grammar = grammar or (Grammar(disabled=disabled) if disabled else default_grammar())

    def tag(self, text: str, published: str | dt.date, *, roles: bool = False) -> list[Timex]:
        """The expressions of ``text``; with ``roles``, also how each relates
        to its clause (what event placement needs; the tag output does not)."""
        dct = published if isinstance(published, dt.date) else parse_published(published)
        moment = _published_time(published, dct)
        norm = normalize(text)
        scan = Scan(norm, self.grammar.lex, dct)
        hits = self.grammar.scan(scan)
        if not hits:
            return []
        lex = self.grammar.lex
        hits = drop_names(hits, scan.text, lex)
        hits = join_durations(join_date_clock(join_chains(hits, scan.text, lex), scan.text), scan.text)
        scan.hit_spans = [(h.start, h.end) for h in hits]
        ctx = Context(dct, scan, moment=moment)
        results: list[Optional[Resolved]] = [None] * len(hits)

        # Expressions whose day comes from their neighbours go last.
        late = [i for i, h in enumerate(hits) if is_late(h.frame)]
        if late:
            lates = set(late)
            order = [i for i in range(len(hits)) if i not in lates] + late
        else:
            order = range(len(hits))
        last = len(hits) - 1
        resolvers = RESOLVERS
        for i in order:
            h = hits[i]
            frame = h.frame
            try:
                ctx.following = (_following(hits, i, scan, ctx)
                                 if i < last and isinstance(frame, _COUNTING) else None)
                r = resolvers[type(frame)](frame, ctx, h.start)
            except (OverflowError, ValueError):
                r = None  # arithmetic beyond the calendar: no value to give
            if r is not None:
                if valid_value(r.type, r.value, r.mod):
                    results[i] = r
                    _record(h, r, scan, ctx)
                # else e.g. a year past 9999: not a value the spec can hold
        ctx.following = None
        for hijri, gregorian in equivalents(hits, scan.text, self.grammar.lex):
            _same_day(results, hijri, gregorian)

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
    """The publication moment when the date gives its clock time (``2020-03-15T21:40``)."""
    if isinstance(published, str) and len(published) >= 16 and published[10:11] == "T":
        try:
            return dt.datetime.combine(day, dt.time(int(published[11:13]), int(published[14:16])))
        except ValueError:
            return None
    return None


def _same_day(results: list[Optional[Resolved]], hijri: int, gregorian: int) -> None:
    """A Hijri date and its Gregorian equivalent name one day. The Gregorian
    one is unambiguous, so the Hijri one takes its day when they are a day or
    two apart (a month begun by local sighting) or when the Hijri year was
    only inferred."""
    h, g = results[hijri], results[gregorian]
    if h is None or g is None or h.day is None or g.day is None or h.day == g.day:
        return
    if abs((h.day - g.day).days) <= 2 or ":year-" in h.rule:
        results[hijri] = dataclasses.replace(h, value=g.value[:10] + h.value[10:], day=g.day,
                                             rule=h.rule + "+equivalent")


_DERIVED = (F.PartOfDay, F.ClockTime)
_COUNTING = (F.Offset, F.EveDay)


def _record(h, r: Resolved, scan: Scan, ctx: Context) -> None:
    """Remember a resolved expression: its period (for year evidence) and, with a day, an anchor."""
    value = r.value
    if r.type in ("DATE", "TIME") and value[:4].isdigit():
        month = int(value[5:7]) if value[4:5] == "-" and value[5:7].isdigit() else None
        periods = ctx.periods
        item = (h.start, int(value[:4]), month)
        if periods and periods[-1] > item:
            bisect.insort(periods, item)
        else:
            periods.append(item)
    if r.day is None:
        return
    part = clock = None
    if r.type == "TIME":
        if value[11:12].isalpha():
            part = value[11:13]
        elif value[11:12].isdigit():
            clock = dt.datetime.fromisoformat(value[:16])
    frame = h.frame
    derived = isinstance(frame, _DERIVED) and not (isinstance(frame, F.ClockTime) and frame.day is not None)
    anchor = Anchor(r.day, h.start, h.end, scan.sentence_index(h.start), isinstance(frame, EXPLICIT), part,
                    clock, derived)
    anchors = ctx.anchors
    if anchors and anchors[-1].start > h.start:
        bisect.insort(anchors, anchor, key=lambda a: a.start)
    else:
        anchors.append(anchor)


def _following(hits, i: int, scan: Scan, ctx: Context) -> tuple[int, dt.date] | None:
    """The dated expression after hit ``i`` that it may count from."""
    h = hits[i]
    frame = h.frame
    if not isinstance(frame, _COUNTING):
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
    return scan.role(h.start, after_dct=_after(r.value, dct), before_dct=_before(r.value, dct), age=age)


def _before(value: str, dct: dt.date) -> bool:
    """Does a date value lie wholly before the publication date?"""
    if value[4:6] in ("-W", "-Q"):
        return False
    if len(value) >= 10:
        return value[:10] < dct.isoformat()
    if len(value) == 7:
        return value < dct.isoformat()[:7]
    return value[:4] < str(dct.year)


def _after(value: str, dct: dt.date) -> bool:
    """Does a date value lie wholly after the publication date?"""
    if value[4:6] == "-W":
        year, week = int(value[:4]), int(value[6:8])
        return (year, week) > tuple(dct.isocalendar())[:2]
    if value[4:6] == "-Q":
        return (int(value[:4]), int(value[6])) > (dct.year, (dct.month - 1) // 3 + 1)
    if len(value) >= 10:
        return value[:10] > dct.isoformat()
    if len(value) == 7:
        return value > dct.isoformat()[:7]
    return value[:4] > str(dct.year)


def tag(text: str, published: str | dt.date, *, roles: bool = False) -> list[Timex]:
    """Temporal expressions of ``text`` published on ``published`` (the DCT)."""
    return Tagger().tag(text, published, roles=roles)
