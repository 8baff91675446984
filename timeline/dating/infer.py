"""Inferring a publication date from the article's own evidence, within a hinted period.

Every day of the period is tried as the publication date: the text is
tagged as if published that day, and the day is kept only if all of the
text's firm evidence agrees with it:

- a weekday named for a day counted from publication (اليوم الخميس، أمس
  الأربعاء، غدا الجمعة) falls on that day;
- a relative day beside an explicit date (أمس الأربعاء الثالث من ديسمبر)
  is that date;
- a date after منذ ("since"), or one a past event started on, is not after
  publication; a day and month marked past without a year (15 نوفمبر
  الماضي) is the latest such day, and no more than half a year back (a
  writer adds the year beyond that);
- a date counted from an explicit date in a past-tense clause (وصل بعد 3
  أيام من الثالث من ديسمبر) is not after publication;
- a stretch counted back from publication, with its start (الأيام الـ26
  الماضية منذ 15 نوفمبر), ends on the publication day (give or take one);
- a weekday after the dateline names the publication day.

A plain explicit date in a clause read as past is not used: the past is
the unmarked tense of news, and "اتفقوا على عقد اجتماع في 20 ديسمبر" is a
past verb with a future date.

The date is returned only when one day is left; otherwise the candidates,
or the evidence that disagrees with itself, for the user to settle with
``--published`` or metadata. Never a guess, never today.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Optional, Sequence

from timeline.data import briefing_table
from timeline.model import Timex
from timeline.values import Period
from timeline.temporal import Tagger

__all__ = ["Inference", "infer_date", "EXPLICIT_RULES"]

EXPLICIT_RULES = frozenset({"date-day-month", "date-numeric", "day-same-month", "day-range-first",
                            "date-slashed-month", "chain"})
_SEPARATOR = re.compile(r"[\s,،()\[\]\-–—]*")
#: a chain whose head is a day counted from publication: chain[rel-1]:...
_CHAIN_HEAD = re.compile(r"chain\[rel([+-]\d+)\]")


def _words(key: str, **values) -> str:
    return briefing_table("display")["dating"][key].format(**values)


@dataclass(frozen=True)
class Inference:
    date: Optional[dt.date]
    candidates: tuple[dt.date, ...]
    evidence: tuple[str, ...]
    window: Period
    #: when no day fits: the evidence that fails even on the days that fit best
    conflicts: tuple[str, ...] = ()

    @property
    def ambiguous(self) -> bool:
        return self.date is None and len(self.candidates) > 1


def _explicit(x: Timex) -> bool:
    """A date the text writes out, to the day."""
    return (x.rule in EXPLICIT_RULES or x.resolution.startswith("offset:from-date")) and x.time.day is not None \
        and x.type == "DATE"


def _sentence_of(text: str, pos: int) -> tuple[int, int]:
    start = max(text.rfind(".", 0, pos), text.rfind("\n", 0, pos), text.rfind("؟", 0, pos)) + 1
    ends = [i for i in (text.find(".", pos), text.find("\n", pos), text.find("؟", pos)) if i != -1]
    return start, min(ends) if ends else len(text)


#: a day and month marked past without a year lies at most this many days before publication
RECENT_PAST_DAYS = 183


@dataclass(frozen=True)
class _Fact:
    words: str
    holds: bool


def _facts(text: str, timex: Sequence[Timex], day: dt.date, weekday: Optional[int]) -> list[_Fact]:
    """The firm evidence of the text, read as if published on ``day``, and whether each holds."""
    facts: list[_Fact] = []
    if weekday is not None:
        name = briefing_table("display")["weekdays"][str(weekday)]
        facts.append(_Fact(_words("dateline_weekday", weekday=name), day.isoweekday() == weekday))
    for i, x in enumerate(timex):
        if x.rule == "relative-day" and "weekday" in x.resolution and x.time.day is not None:
            named = x.time.day.isoweekday()      # the weekday the text names
            weekday_name = briefing_table("display")["weekdays"][str(named)]
            facts.append(_Fact(_words("relative_weekday", text=x.text, weekday=weekday_name),
                               x.note is None or "weekday" not in x.note))
            for y in (timex[i - 1] if i else None, timex[i + 1] if i + 1 < len(timex) else None):
                if y is None or not _explicit(y):
                    continue
                a, b = sorted((x, y), key=lambda t: t.start)
                if _SEPARATOR.fullmatch(text[a.end:b.start]):
                    facts.append(_Fact(_words("same_day", text=text[a.start:b.end], date=y.time.day_key),
                                       x.time.day == y.time.day))
        chain = _CHAIN_HEAD.match(x.resolution) if x.rule == "chain" else None
        if chain and x.type == "DATE" and x.time.day is not None:
            # أمس الأربعاء الثالث من ديسمبر: the day counted from publication is the date
            counted = day + dt.timedelta(days=int(chain.group(1)))
            facts.append(_Fact(_words("same_day", text=x.text, date=x.time.day_key), counted == x.time.day))
        if not _explicit(x):
            continue
        value = x.time
        if x.role == "reference":
            facts.append(_Fact(_words("since_date", text=x.text, date=value.day_key), not value.after(day)))
            if x.resolution == "date:year-modifier:past":
                age = (day - value.day).days
                facts.append(_Fact(_words("recent_past", text=x.text, days=RECENT_PAST_DAYS),
                                   age <= RECENT_PAST_DAYS))
        elif x.rule == "offset" and x.tense == "past":
            facts.append(_Fact(_words("past_date", text=x.text, date=value.day_key), not value.after(day)))
    for x in timex:
        if x.type == "DURATION" and x.role == "counted-back":
            count, unit = x.time.quantity or (None, None)
            if unit != "day" or not isinstance(count, int):
                continue
            s, e = _sentence_of(text, x.start)
            for y in timex:
                if y is not x and s <= y.start < e and _explicit(y) and y.role == "reference":
                    since = y.time.day
                    facts.append(_Fact(_words("counted_since", text=x.text, since_text=y.text, days=count,
                                              since=since.isoformat()),
                                       abs((day - since).days - count) <= 1))
    return facts


def infer_date(text: str, window: Period, tagger: Optional[Tagger] = None,
               weekday: Optional[int] = None) -> Inference:
    """The publication date the text's evidence allows within ``window``, if only one."""
    tagger = tagger or Tagger()
    kept: list[dt.date] = []
    evidence: list[str] = []
    fewest: tuple[int, list[_Fact]] | None = None
    for day in window.days():
        facts = _facts(text, tagger.tag(text, day, roles=True), day, weekday)
        broken = sum(1 for f in facts if not f.holds)
        if not broken:
            kept.append(day)
            evidence = evidence or [f.words for f in facts]
        elif fewest is None or broken < fewest[0]:
            fewest = (broken, facts)
    if kept:
        unique = tuple(dict.fromkeys(evidence))
        return Inference(kept[0] if len(kept) == 1 else None, tuple(kept), unique, window)
    # nothing fits: the evidence disagrees with itself; say which
    facts = fewest[1] if fewest else []
    return Inference(None, (), tuple(dict.fromkeys(f.words for f in facts)), window,
                     conflicts=tuple(dict.fromkeys(f.words for f in facts if not f.holds)))
