"""The typed model every stage passes on: articles in, temporal expressions out.

Records are frozen dataclasses. ``to_json`` gives exactly the fields of the
output contract (``../shared/TIMEX-SPEC.md``) in a fixed order, so output is
deterministic byte for byte.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Iterable

from timeline.values import Precision, TimeValue

__all__ = ["Article", "Timex", "Figure", "Event", "SourceRef", "stories_of", "CONTINUING", "parse_published",
           "published_clock", "InputError", "PUBLISHED_SOURCES"]


class InputError(ValueError):
    """Bad input: the message names the problem in one line."""


_PUBLISHED = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?"
    r"(Z|[+-]\d{2}:?\d{2})?)?"
)


def parse_published(value: str) -> dt.date:
    """The calendar day of a publication date ``YYYY-MM-DD[THH:MM[offset]]``."""
    if not isinstance(value, str):
        raise InputError(f"publication date must be a string, not {type(value).__name__}")
    m = _PUBLISHED.fullmatch(value.strip())
    if not m:
        raise InputError(f"publication date {value!r} is not YYYY-MM-DD[THH:MM]")
    try:
        day = dt.date(int(m[1]), int(m[2]), int(m[3]))
        if m[4] is not None:
            dt.time(int(m[4]), int(m[5]), int(m[6] or 0))
    except ValueError as exc:
        raise InputError(f"publication date {value!r} is impossible ({exc})") from None
    if not 1800 <= day.year <= 2200:
        raise InputError(f"publication date {value!r} is outside the years 1800-2200")
    return day


def published_clock(value: str) -> dt.time | None:
    """The clock time a publication date gives (``2020-03-15T21:40``, ``...T21:40:05+02:00``:
    21:40), None for a bare day or a date ``parse_published`` refuses. The clock is as written:
    an offset is not applied."""
    m = _PUBLISHED.fullmatch(value.strip()) if isinstance(value, str) else None
    if m is None or m[4] is None:
        return None
    try:
        return dt.time(int(m[4]), int(m[5]), int(m[6] or 0))
    except ValueError:
        return None


#: where an article's publication date came from
PUBLISHED_SOURCES = ("metadata", "given", "page", "dateline", "inferred")


@dataclass(frozen=True)
class Article:
    """One news article: text and publication date (the DCT).

    ``published_source`` says where the date came from: the record's own
    metadata, the command line (``given``), the web page (``page``), a
    dateline in the text, or inference from the text's own evidence
    (``inferred``, with ``published_evidence``). With no ``title`` or
    ``source`` in the metadata, the text's headline line and its credit
    («رويترز»، «فرانس برس») give them (``timeline.pipeline.with_head``).
    """

    id: str
    published: str
    text: str
    language: str = "ar"
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published_source: str = "metadata"
    published_evidence: tuple[str, ...] = ()
    #: the city of the dateline that opens the story ("دمشق - (رويترز) -" -> دمشق), if any
    dateline_place: str | None = None
    dct: dt.date = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "dct", parse_published(self.published))


@dataclass(frozen=True)
class Timex:
    """A temporal expression found in a text and its normalised value.

    ``start``/``end`` index the original text (code points, half open).
    ``rule`` names the grammar rule that found it and ``resolution`` the rule
    that gave its value; ``anchor`` says what the value was computed from
    (the publication date, or an earlier expression). ``signal`` (with roles) is the
    preposition before it (منذ، في، خلال ...), outside the span.
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    note: str | None = None
    rule: str = ""
    resolution: str = ""
    anchor: str | None = None
    signal: str | None = None
    #: for placing sentences (computed on request, see Tagger.tag): governing,
    #: extent, until, target, reference, relative, counted-back (a stretch
    #: ending today), vague, duration or set
    role: str = ""
    #: the tense of its clause (past, present, future, plan, irrealis), with roles
    tense: str = ""

    @classmethod
    def fast(cls, start: int, end: int, text: str, type: str, value: str, mod: str | None, note: str | None,
             rule: str, resolution: str, anchor: str | None, signal: str | None, role: str,
             tense: str) -> "Timex":
        """The same record as ``Timex(...)`` with every field given, made without the frozen
        dataclass's per-field ``object.__setattr__`` (the tagger makes hundreds per article)."""
        t = object.__new__(cls)
        t.__dict__.update(start=start, end=end, text=text, type=type, value=value, mod=mod, note=note, rule=rule,
                          resolution=resolution, anchor=anchor, signal=signal, role=role, tense=tense)
        return t

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
        }
        if self.mod:
            out["mod"] = self.mod
        if self.note:
            out["note"] = self.note
        return out

    @cached_property
    def time(self) -> TimeValue:
        """The value, parsed (once: kept on the record; see ``timeline.values``)."""
        return TimeValue.parse(self.value)

    def __getstate__(self) -> dict[str, Any]:
        # the parsed value is made again on request: a pickle holds the fields alone
        state = self.__dict__.copy()
        state.pop("time", None)
        return state

    @property
    def day(self) -> str | None:
        """The calendar day (or month, or year) this expression points to, if any: a week has
        none, a quarter gives its year."""
        t = self.time
        if self.type not in ("DATE", "TIME") or t.precision is None:
            return None
        if t.day is not None:
            return t.day_key
        if t.precision is Precision.MONTH:
            return t.month_key
        return f"{t.year:04d}" if t.precision in (Precision.YEAR, Precision.QUARTER) else None


@dataclass(frozen=True)
class Figure:
    """A count reported in a sentence: killed, injured, displaced ...

    ``cumulative`` marks a running total ("since 15 November"), which must
    not be added to the day's count; ``since`` is its start when given.
    ``approx`` is how the count is qualified (APPROX, MORE_THAN, AT_LEAST,
    or VAGUE for عشرات/مئات).
    """

    kind: str
    count: int
    start: int
    end: int
    text: str
    approx: str | None = None
    cumulative: bool = False
    since: str | None = None
    upper: int | None = None   # "ما بين 3000 و3500"
    #: who gives the count (الدفاع المدني، المرصد السوري ...; None: the outlet itself)
    claimant: str | None = None
    #: what it covers: "day" (that day's occurrence), "hours" (the last hours before the
    #: report) or "cumulative" (a running total, ``since`` its start when given)
    scope: str = "day"
    #: the place it covers, as named ("ريف إدلب"), and the provinces that place lies in
    place: str | None = None
    areas: tuple[str, ...] = ()

    def to_json(self, as_of: str | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind, "count": self.count, "start": self.start,
                               "end": self.end, "text": self.text}
        if self.upper is not None:
            out["upper"] = self.upper
        if self.approx:
            out["approx"] = self.approx
        if self.cumulative:
            out["cumulative"] = True
        if self.since:
            out["since"] = self.since
        out["scope"] = "cumulative" if self.cumulative else self.scope
        if self.claimant:
            out["claimant"] = self.claimant
        if self.place:
            out["place"] = self.place
        if self.areas:
            out["areas"] = list(self.areas)
        if as_of:
            out["as_of"] = TimeValue.parse(as_of).day_key or as_of
        return out


@dataclass(frozen=True)
class Event:
    """A sentence or clause placed on the timeline.

    ``date`` is the day of the occurrence it reports (or month, year, week
    where that is all that is known), or None when the text does not say.
    ``placement`` names the rule that decided it; ``expression`` is the
    temporal expression that dated it, ``continues`` the index of the event
    it continues. ``time`` orders events within a day (MO/AF/EV/NI or HH:MM).
    """

    doc: str
    index: int
    start: int
    end: int
    text: str
    date: str | None
    placement: str
    paragraph: int = 0
    expression: Timex | None = None
    continues: int | None = None
    time: str | None = None
    figures: tuple[Figure, ...] = ()
    #: where the occurrence happened (PLACE-SPEC, "Event places"): one of the article's
    #: place mentions (``timeline.places.recognise.Mention``), or None
    place: Any = None
    #: the last day of an occurrence the text reports as lasting over named days (TIMEX-SPEC,
    #: "Events"); ``date`` is its first
    until: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text,
                               "date": self.date, "placement": self.placement,
                               "place": self.place.place_json() if self.place is not None else None}
        if self.until:
            out["until"] = self.until
        if self.expression is not None:
            e = self.expression
            out["expression"] = {"start": e.start, "end": e.end, "text": e.text, "value": e.value}
        if self.continues is not None:
            out["continues"] = self.continues
        if self.time:
            out["time"] = self.time
        if self.figures:
            out["figures"] = [f.to_json(self.date) for f in self.figures]
        return out


#: placements that join the story before them (more words from the same speaker, or the
#: sentences that go on with the same occurrence)
CONTINUING = ("speaker", "follow-up", "continuation")


@dataclass(frozen=True)
class SourceRef:
    """One article's report of an occurrence: a story, its dated event and the sentences
    that go on quoting it on the same day. The extraction store keeps an article's stories
    and the merge (``timeline.merge.build``) joins the stories of many articles."""

    doc: str
    published: str
    source: str | None
    url: str | None
    title: str | None
    events: tuple[Event, ...]

    @property
    def text(self) -> str:
        return " ".join(e.text for e in self.events)

    @property
    def lead(self) -> Event:
        return self.events[0]

    @property
    def place(self) -> Any:
        """Where the story happened: the first place its events give (PLACE-SPEC), or None."""
        return next((e.place for e in self.events if e.place is not None), None)

    @property
    def until(self) -> str | None:
        """The last day of the story's occurrence when it lasts (TIMEX-SPEC, until), or None."""
        return next((e.until for e in self.events if e.until), None)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"doc": self.doc, "published": self.published}
        for key in ("source", "url", "title"):
            if getattr(self, key):
                out[key] = getattr(self, key)
        out["events"] = [
            {"start": e.start, "end": e.end, "text": e.text, "placement": e.placement,
             "place": e.place.place_json() if e.place is not None else None,
             **({"until": e.until} if e.until else {}),
             **({"expression": {"start": e.expression.start, "end": e.expression.end,
                                "text": e.expression.text, "value": e.expression.value,
                                "resolution": e.expression.resolution}}
                if e.expression is not None else {})}
            for e in self.events
        ]
        figures = [f.to_json() for e in self.events for f in e.figures]
        if figures:
            out["figures"] = figures
        return out


def stories_of(article: Article, events: Iterable[Event]) -> list[SourceRef]:
    """The stories of one article: each dated event, with the continuing events after it
    (``CONTINUING``, of the same day) joined to it. Undated events are in none."""
    stories: list[list[Event]] = []
    for e in events:
        if e.date is None:
            continue
        if (stories and e.placement in CONTINUING and e.continues is not None
                and stories[-1][-1].index == e.continues and stories[-1][0].date == e.date):
            stories[-1].append(e)
        else:
            stories.append([e])
    return [SourceRef(article.id, article.published, article.source, article.url, article.title, tuple(s))
            for s in stories]
