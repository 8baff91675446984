"""The vocabulary the article files under ``src/`` are written in.

An article file holds real news texts and their hand annotation as data:

    from goldkit import A, T, E, R, N

    A("r-lev-001", batch=1,
      outlet="...", url="https://...", published="2012-11-14",
      published_how="dated URL",       # or: "date line in the page", "corpus field", ...
      region="levant", country="PS", topic="conflict",
      text='''...the article text exactly as the source has it...''',
      timex=[
          T("[أمس الأربعاء]", "DATE", "d-1"),
          T("[صباح اليوم]", "TIME", "d0|TMO"),
          T("[15 نوفمبر الماضي]", "DATE", "2012-11-15"),
      ],
      events=[E("قتل أربعة", "بحسب مسعفين.", "d-1")],
      ranges=[R("[من 10 إلى 15 ديسمبر]", "2012-12-10/2012-12-15")],
      not_time=["[الجمعة] الرئيسي", ...])

Values are either literal (``2012-11-15``, ``2012-11``, ``P3D``,
``PAST_REF``, ``2012-11-14T16:30``) or rules the builder computes from the
publication date (see ``build_real.py``), so relative values are never typed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

ARTICLES: list["Article"] = []


@dataclass
class Timex:
    ctx: str                       # context with the span in [...]; found once in the text
    type: str                      # DATE | TIME | DURATION | SET
    value: str                     # literal value or rule
    mod: Optional[str] = None
    alt: tuple[str, ...] = ()      # other accepted values (literal or rules)
    occ: Optional[int] = None      # which occurrence of ctx, when it is not unique
    weekday_disagrees: bool = False  # the text's weekday is knowingly not the value's
    why: str = ""                  # the annotator's reason, where the choice is not obvious


@dataclass
class Event:
    first: str                     # the event's first words (found once, or at occ)
    last: str                      # its last words, searched after first
    date: str                      # literal or rule
    until: Optional[str] = None    # last day of a lasting occurrence
    occ: Optional[int] = None
    why: str = ""


@dataclass
class Range:
    ctx: str
    value: str                     # "START/END", each literal or rule
    occ: Optional[int] = None


@dataclass
class Article:
    id: str
    batch: int
    outlet: str
    url: str
    published: str
    published_how: str
    region: str
    country: str
    topic: str
    text: str
    timex: list[Timex]
    events: list[Event]
    ranges: list[Range] = field(default_factory=list)
    not_time: list[str] = field(default_factory=list)
    note: str = ""


def T(ctx, type, value, mod=None, alt=(), occ=None, weekday_disagrees=False, why=""):
    return Timex(ctx, type, value, mod, tuple(alt), occ, weekday_disagrees, why)


def E(first, last, date, until=None, occ=None, why=""):
    return Event(first, last, date, until, occ, why)


def R(ctx, value, occ=None):
    return Range(ctx, value, occ)


def A(id, *, batch, outlet, url, published, published_how, region, country, topic, text,
      timex, events, ranges=(), not_time=(), note=""):
    art = Article(id, batch, outlet, url, published, published_how, region, country, topic,
                  text, list(timex), list(events), list(ranges), list(not_time), note)
    ARTICLES.append(art)
    return art
