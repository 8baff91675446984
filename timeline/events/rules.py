"""Placement rules: which day a clause's event lands on, as named rules in order.

Each rule looks at one clause's :class:`Facts` and returns a :class:`Placement`
(a day, or explicitly none) or None to pass the clause to the next rule. The
first rule that decides names the event's ``placement``; a clause no rule
decides is ``undated``. Like the temporal grammar's, a rule can be looked up,
tested alone, or disabled by name::

    place(doc, text, dct, timex, disabled={"topic-shift"})

The rules, in the order they are tried (:data:`RULES`):

1. ``recalled`` — a clause split off as an earlier step or an older occurrence
   a relative clause recalls: the day of its own expression.
2. ``expression`` — a date or time expression governs the clause.
3. ``counted-back`` — a stretch ending at publication (الساعات الأخيرة).
4. ``speaker`` — a speech verb opens it: the last dated sentence of that speaker.
5. ``follow-up`` — a speech verb opens it: the dated sentence just before.
6. ``background-dated`` — background that dates itself (منذ الخميس 17 سبتمبر).
7. ``background-today`` — background about today or a coming day.
8. ``background`` — وكان … قد، يذكر أن: no date.
9. ``present`` — the article's present (لا يزال، يأتي ذلك، an opening imperfect).
10. ``statement`` — only forecast targets or reference dates: the day it was said.
11. ``lede`` — the story's first clause: the publication day.
12. ``topic-shift`` — من جهة أخرى …: no date.
13. ``continuation`` — the dated clause just before it in the story.
14. ``subordinate`` — an earlier step's date (بعدما …) is all it has.

The words the rules read are the pack's (``events.toml``, compiled once per
pack by :func:`cues_for`); the present tense is the context scan's
(:meth:`timeline.temporal.context.Cues.present_verb`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Callable, Iterable, Optional, Sequence

from timeline.lang import Pack
from timeline.model import Event, Timex
from timeline.temporal.context import cues_of
from timeline.text.normalize import Normalized
from timeline.text.words import word_regex
from timeline.values import Precision, TimeValue

__all__ = ["Facts", "Placement", "Rule", "RULES", "UNDATED", "select", "decide", "cues_for"]

#: the placement of a clause no rule decides
UNDATED = "undated"

#: the roles of a statement's dates when nothing governs it (forecast targets, references)
STATEMENT_ROLES = ("target", "reference", "until", "relative")


# -- the pack's words, compiled once per pack -----------------------------------

@dataclass(frozen=True)
class Cues:
    """The words placement reads, folded and compiled for one pack, and the pack's folding."""

    fold: Callable[[str], str]
    normalize: Callable[[str], Normalized]
    #: a sentence folded, cached (the speaker search reads each one many times)
    folded: Callable[[str], str]
    speech_stems: tuple[str, ...]
    not_speech: frozenset[str]
    speech_leads: frozenset[str]
    suffix_max: int
    fronted_max: int
    pluperfect: frozenset[str]
    speaker_stops: frozenset[str]
    generic_speakers: frozenset[str]
    speaker_max: int
    speaker_lookback: int
    background: tuple[str, ...]
    topic_shifts: tuple[str, ...]
    present_markers: tuple[str, ...]
    present_reach: int
    present_verb: Callable[[str], bool]
    conjunctions: tuple[str, ...]
    clause_conjunction: str
    definite_article: str
    clause_link: re.Pattern[str]
    date_prepositions: frozenset[str]
    complementizer: re.Pattern[str]
    no_split: tuple[str, ...]
    restating: tuple[str, ...]
    recent_since: int
    recent_relative: int
    since_signals: frozenset[str]
    until_signals: frozenset[str]
    relative_pronouns: frozenset[str]
    subjunctive: re.Pattern[str]
    earlier: re.Pattern[str]

    @cached_property
    def speech_stem_set(self) -> frozenset[str]:
        """``speech_stems`` as a set: a word's prefixes are looked up in it."""
        return frozenset(self.speech_stems)

    def without_conjunction(self, word: str) -> str:
        """``word`` without a joined conjunction (وقال -> قال); as is when it has none."""
        for c in self.conjunctions:
            if word.startswith(c):
                return word[len(c):]
        return word


def _phrases(items: Iterable[str], fold: Callable[[str], str]) -> tuple[str, ...]:
    return tuple(sorted((" ".join(fold(w).split()) for w in items), key=len, reverse=True))


@lru_cache(maxsize=8)
def cues_for(pack: Pack) -> Cues:
    """The placement words of ``pack`` (a :class:`timeline.lang.Pack`), compiled once per pack."""
    ev = pack.table("events")
    cues = pack.table("cues")
    fold = pack.fold

    def phrases(items: Iterable[str]) -> tuple[str, ...]:
        return _phrases(items, fold)

    def alternation(items: Iterable[str]) -> str:
        return "|".join(word_regex(w) for w in phrases(items))

    conjunctions = phrases(pack.conjunctions)
    conj = "(?:" + "|".join(re.escape(c) for c in conjunctions) + ")?"
    return Cues(
        fold=fold,
        normalize=pack.normalize,
        folded=lru_cache(maxsize=512)(lambda text: pack.normalize(text).text),
        speech_stems=phrases(ev["speech_verbs"]),
        not_speech=frozenset(phrases(ev["not_speech_words"])),
        speech_leads=frozenset(phrases(ev["speech_verb_leads"])),
        suffix_max=int(ev["verb_suffix_max"]),
        fronted_max=int(ev["fronted_max_words"]),
        pluperfect=frozenset(phrases(ev["pluperfect_particles"])),
        speaker_stops=frozenset(phrases(ev["speaker_stops"])),
        generic_speakers=frozenset(phrases(ev["generic_speakers"])),
        speaker_max=int(ev["speaker_max_words"]),
        speaker_lookback=int(ev["speaker_lookback"]),
        background=phrases(ev["background_openers"]),
        topic_shifts=phrases(ev["topic_shifts"]),
        present_markers=phrases(ev["present_markers"]),
        present_reach=int(ev["present_marker_reach"]),
        present_verb=cues_of(pack).present_verb,
        conjunctions=conjunctions,
        clause_conjunction=fold(ev["clause_conjunction"]),
        definite_article=fold(ev["definite_article"]),
        clause_link=re.compile(r"(?<!\w)(?P<link>" + alternation(ev["clause_links"]) + r")(?!\w)"),
        date_prepositions=frozenset(phrases(ev["date_prepositions"])),
        complementizer=re.compile(r"(?<!\w)" + conj + "(?:" + alternation(ev["speech_complementizers"])
                                  + r")(?!\w)"),
        no_split=phrases(ev["no_split_openers"]),
        restating=phrases(ev["restating_openers"]),
        recent_since=int(ev["recent_since_days"]),
        recent_relative=int(ev["recent_relative_days"]),
        since_signals=frozenset(phrases(cues["since"]["words"])),
        until_signals=frozenset(phrases(cues["until"]["words"])),
        relative_pronouns=frozenset(phrases(cues["roles"]["relative_pronouns"])),
        subjunctive=re.compile(r"(?<!\w)" + conj + "(?:" + alternation(cues["clauses"]["subjunctive"])
                               + r")(?!\w)"),
        earlier=re.compile(r"(?<!\w)(?:" + conj + "(?:" + alternation(ev["earlier_pointers"]) + r")[ \t]+)?(?:"
                           + alternation(cues["clauses"]["earlier"]) + r")(?!\w)"),
    )


# -- reading a clause -------------------------------------------------------------

#: what may stand around an opener's words (punctuation, quotes, brackets)
_OPENER_MARKS = "،,:؛;\"«»“”()"


def date_and_time(t: Timex, dct: dt.date) -> tuple[str, str | None]:
    """The day (or month, year) an expression names, and its time of day."""
    if t.role == "counted-back":
        return dct.isoformat(), None
    if t.type == "TIME":
        return t.time.day_key, t.time.time_of_day
    return t.value, None


def precision(value: str) -> Precision | None:
    """How fine a placed date string is (``date_and_time``'s first part)."""
    return TimeValue.parse(value).precision


def starts_with(cues: Cues, words: Sequence[str], phrases: tuple[str, ...], reach: int = 1) -> bool:
    """Does the clause open with one of ``phrases`` (a conjunction allowed before it)?"""
    head = " ".join(w.strip(_OPENER_MARKS) for w in words[: max(reach, 4)])
    for p in phrases:
        if head == p or head.startswith(p + " "):
            return True
        for c in cues.conjunctions:
            joined = c + p
            if head.startswith(joined) and (len(head) == len(joined) or head[len(joined)] == " "):
                return True
    return False


def contains(cues: Cues, words: Sequence[str], phrases: tuple[str, ...], reach: int) -> bool:
    """Does one of ``phrases`` stand (as words, a conjunction allowed) in the first ``reach`` words?"""
    head = " " + " ".join(words[:reach]) + " "
    return any(f" {c}{p} " in head for p in phrases for c in ("",) + cues.conjunctions)


def speech_verb(cues: Cues, words: Sequence[str]) -> int | None:
    """Index of a speech verb opening the clause (وقال، من جهته قال، كما أكد), or None."""
    candidates = [0]
    for i, w in enumerate(words[: cues.fronted_max]):
        if w.endswith(("،", ",")):
            candidates.append(i + 1)
            break
    if words and words[0] in cues.speech_leads:
        candidates.append(1)
    for i in candidates:
        if i >= len(words):
            continue
        w = words[i].strip("،,:")
        bare = cues.without_conjunction(w)
        if w in cues.not_speech or bare in cues.not_speech:
            continue
        variants = (w, bare) if bare != w and len(w) > 3 else (w,)
        stems = cues.speech_stem_set
        for v in variants:
            # a stem the word begins with, at most suffix_max letters short of it
            for n in range(max(1, len(v) - cues.suffix_max), len(v) + 1):
                if v[:n] in stems:
                    return i
    return None


def pluperfect_speech(cues: Cues, words: Sequence[str]) -> bool:
    """Does a background clause report a statement (وكانت الدار قد أعلنت، كان قد قال)?"""
    for i, w in enumerate(words[:10]):
        if w in cues.pluperfect and i + 1 < len(words) and speech_verb(cues, words[i + 1:i + 2]) is not None:
            return True
    return False


def speaker(cues: Cues, words: Sequence[str], verb: int) -> str | None:
    """The words naming who speaks after the speech verb at ``verb``, None when they name no one."""
    out = []
    for w in words[verb + 1: verb + 1 + cues.speaker_max]:
        bare = w.strip("،,:\"«»“”()-")
        if not bare or bare in cues.speaker_stops or w[:1] in ":،,\"«":
            break
        out.append(bare)
        if w.endswith(("،", ",", ":")):
            break
    if not out or all(w in cues.generic_speakers for w in out):
        return None
    return " ".join(out)


def same_speaker(cues: Cues, events: Sequence[Event], name: str | None) -> Event | None:
    """The last dated event that names ``name`` (or a shorter form of it:
    دي ميستورا مخاطبا -> دي ميستورا; الوزارة -> وزارة)."""
    if not name:
        return None
    words = name.split()
    article = cues.definite_article
    forms = []
    for n in range(len(words), 0, -1):
        form = " ".join(words[:n])
        if form in cues.generic_speakers or len(form) < 3:
            continue
        forms.append(form)
        if form.startswith(article) and len(form) > len(article) + 2:
            forms.append(form[len(article):])
    for form in forms:
        for e in reversed(events[-cues.speaker_lookback:]):
            if e.date and form in cues.folded(e.text):
                return e
    return None


def dating(cues: Cues, own: Sequence[Timex], dct: dt.date, speech: bool, toll: bool = False) -> Timex | None:
    """The expression that dates a clause: governing, else extent, else an
    until-date that has passed, else (not in reported speech) a date in a
    relative clause, else a recent منذ date (when the ongoing thing began).
    A day wins over a month; a year, week or quarter never dates an
    occurrence (موسم قطف الزيتون لهذا العام)."""
    today = dct.isoformat()
    recent = (dct - dt.timedelta(days=cues.recent_since)).isoformat()

    def usable(t: Timex) -> bool:
        return precision(date_and_time(t, dct)[0]) in (Precision.MONTH, Precision.DAY)

    def first(pred) -> Timex | None:
        chosen = [t for t in own if usable(t) and pred(t)]
        days = [t for t in chosen if precision(date_and_time(t, dct)[0]) is Precision.DAY]
        return (days or chosen or [None])[0]

    for pred in (
        lambda t: t.role == "governing",
        lambda t: t.role == "extent",
        # (a running toll "until yesterday" is told the day after: a statement, placed below)
        lambda t: t.role == "until" and not toll and date_and_time(t, dct)[0] <= today,
        lambda t: t.role == "relative" and not speech,
        lambda t: t.role == "reference" and not toll and recent <= date_and_time(t, dct)[0] <= today,
    ):
        found = first(pred)
        if found is not None:
            return found
    # last: a past year (نظم لأول مرة عام 2005، في العام الموالي); never the
    # current year (موسم قطف الزيتون لهذا العام) nor a week
    if not speech:
        for t in own:
            value = date_and_time(t, dct)[0]
            if t.role in ("governing", "extent", "relative") and precision(value) is Precision.YEAR \
                    and TimeValue.parse(value).year < dct.year:
                return t
    return None


# -- what a rule sees and what it decides ----------------------------------------

@dataclass(eq=False)
class Facts:
    """What placement knows about one clause when its day is decided."""

    cues: Cues
    dct: dt.date
    #: the clause's place in the story (0: the lede)
    index: int
    #: its words, folded
    words: list[str]
    #: its expressions (those of a recalled clause made governing)
    own: list[Timex]
    #: split off as an earlier step (بعدما …) or as a relative clause recalling an older occurrence
    recalled: bool = False
    #: the index of the speech verb opening it (وقال، من جهته قال), None when none does
    speech: int | None = None
    #: the figures it reports (any figure makes it a toll)
    figures: tuple = ()
    #: the event it may continue (see ``placement._previous``)
    previous: Event | None = None
    #: the events of the article placed so far
    events: Sequence[Event] = ()
    #: where its first comma-separated chunk ends (an offset into the text)
    first_chunk_end: int | None = None

    @property
    def today(self) -> str:
        return self.dct.isoformat()

    @property
    def reported(self) -> bool:
        """Does a speech verb open the clause?"""
        return self.speech is not None

    @cached_property
    def dating(self) -> Timex | None:
        return dating(self.cues, self.own, self.dct, self.reported, toll=bool(self.figures))

    @cached_property
    def counted_back(self) -> list[Timex]:
        return [t for t in self.own if t.role == "counted-back"]

    @cached_property
    def earlier_steps(self) -> list[Timex]:
        """Dates of an earlier step (…، بعدما تم تأجيلها يوم الأربعاء) that name a day or a month."""
        return [t for t in self.own if t.role == "subordinate"
                and precision(date_and_time(t, self.dct)[0]) in (Precision.MONTH, Precision.DAY)]

    @cached_property
    def background(self) -> bool:
        return starts_with(self.cues, self.words, self.cues.background)

    def previous_dated(self) -> Event | None:
        p = self.previous
        return p if p is not None and p.date else None


@dataclass(frozen=True)
class Placement:
    """A rule's decision: the day (None: the clause is deliberately left undated)."""

    date: str | None = None
    time: str | None = None
    expression: Timex | None = None
    continues: int | None = None

    @classmethod
    def of(cls, t: Timex, dct: dt.date) -> "Placement":
        """The day (and time) of an expression."""
        date, time = date_and_time(t, dct)
        return cls(date, time, t)

    @classmethod
    def after(cls, e: Event) -> "Placement":
        """The day of an earlier event, which the clause continues."""
        return cls(e.date, continues=e.index)


Decide = Callable[[Facts], Optional[Placement]]


@dataclass(frozen=True)
class Rule:
    name: str
    decide: Decide
    doc: str = ""


RULES: list[Rule] = []


def rule(name: str) -> Callable[[Decide], Decide]:
    """Register a rule; rules are tried in the order they are declared."""

    def register(fn: Decide) -> Decide:
        RULES.append(Rule(name, fn, " ".join((fn.__doc__ or "").split())))
        return fn

    return register


# -- the rules ---------------------------------------------------------------------

@rule("recalled")
def _recalled(f: Facts) -> Placement | None:
    """A clause split off as an earlier step (بعدما أجلت يوم الأربعاء) or as a
    relative clause recalling an older occurrence (التي بدأت في 25 يناير 2011)
    is on the day of its own expression; the story does not go on from it
    (the next sentence continues the clause it was split from)."""
    if f.recalled and f.dating is not None:
        return Placement.of(f.dating, f.dct)
    return None


@rule("expression")
def _expression(f: Facts) -> Placement | None:
    """A date or time expression that governs the clause (else its extent:
    خلال ساعات الليل; see :func:`dating`) gives its day and time."""
    if f.dating is not None:
        return Placement.of(f.dating, f.dct)
    return None


@rule("counted-back")
def _counted_back(f: Facts) -> Placement | None:
    """A stretch that ends at publication (الساعات الأخيرة، الأيام الـ26 الماضية)
    puts the clause on the publication day."""
    if f.counted_back:
        return Placement(f.today, expression=f.counted_back[0])
    return None


@rule("speaker")
def _speaker(f: Facts) -> Placement | None:
    """A clause opened by a speech verb (وأضاف، وقال دي ميستورا) that names a
    speaker is on the day of that speaker's last dated sentence."""
    if not f.reported:
        return None
    found = same_speaker(f.cues, f.events, speaker(f.cues, f.words, f.speech))
    return Placement.after(found) if found is not None else None


@rule("follow-up")
def _follow_up(f: Facts) -> Placement | None:
    """A clause opened by a speech verb goes on with the dated sentence just before it."""
    prev = f.previous_dated()
    return Placement.after(prev) if f.reported and prev is not None else None


@rule("background-dated")
def _background_dated(f: Facts) -> Placement | None:
    """Background (وكان … قد) that dates itself with a past day under منذ
    (وكانت اللجان بدأت أعمالها منذ الخميس 17 سبتمبر), and reports no figure, is on that day."""
    if f.reported or f.figures or not f.background:
        return None
    for t in f.own:
        value = date_and_time(t, f.dct)[0]
        if t.role == "reference" and t.signal in f.cues.since_signals and precision(value) is Precision.DAY \
                and value <= f.today:
            return Placement.of(t, f.dct)
    return None


@rule("background-today")
def _background_today(f: Facts) -> Placement | None:
    """Background that names today or a coming day counted from publication
    (التي ستصدر اليوم السبت الحكم؛ يشار إلى أن … يوم غد الجمعة) is told on the publication day."""
    if f.reported or not f.background:
        return None
    for t in f.own:
        if t.rule.startswith("relative-day") and t.resolution.startswith("relative-day") \
                and t.time.day is not None and t.time.day >= f.dct:
            return Placement(f.today, expression=t)
    return None


@rule("background")
def _background(f: Facts) -> Placement | None:
    """Background (وكان … قد، يذكر أن، وللتذكير) is no event of the day: no date."""
    if not f.reported and f.background:
        return Placement()
    return None


@rule("present")
def _present(f: Facts) -> Placement | None:
    """A clause that reports the article's present is on the publication day:
    a present marker (لا يزال، يأتي ذلك، حتى الآن), a state that still holds
    (منذ أيام، حاليا, in its first chunk) or an opening imperfect verb (يعقد،
    تتواصل). A reported statement holding an earlier step's date is left to ``subordinate``."""
    if f.reported and f.earlier_steps:
        return None
    cues = f.cues
    for t in f.own:
        if (t.role == "duration" and t.signal in cues.since_signals or t.value == "PRESENT_REF") \
                and (f.first_chunk_end is None or t.start < f.first_chunk_end):
            return Placement(f.today)
    if contains(cues, f.words, cues.present_markers, cues.present_reach) or \
            (f.words and cues.present_verb(f.words[0])):
        return Placement(f.today)
    return None


@rule("statement")
def _statement(f: Facts) -> Placement | None:
    """A clause whose only dates are forecast targets, references or relative
    clauses (منذ 15 نوفمبر، على أن يبدأ صباح الأربعاء) is on the day it was said:
    the publication day when it names a coming day (غدا) or gives a toll up to a
    past day (حتى يوم أمس), else the day of the clause before, else the
    publication day; never before the latest day it refers back to."""
    if f.reported or not any(t.role in STATEMENT_ROLES for t in f.own):
        return None
    today, cues = f.today, f.cues
    tomorrow = any(t.rule == "relative-day" and t.role == "target" and t.time.after(f.dct) for t in f.own)
    toll_so_far = bool(f.figures) and any(
        (t.role == "until" or t.signal in cues.until_signals) and date_and_time(t, f.dct)[0] < today
        for t in f.own)
    prev = f.previous_dated()
    placed = Placement(today) if tomorrow or toll_so_far or prev is None else Placement.after(prev)
    refs = [v for v in (date_and_time(t, f.dct)[0] for t in f.own if t.role == "reference")
            if precision(v) is Precision.DAY]
    if refs and precision(placed.date) is Precision.DAY and max(refs) > placed.date:
        return Placement(min(max(refs), today))
    return placed


@rule("lede")
def _lede(f: Facts) -> Placement | None:
    """The story's first clause is on the publication day. A reported statement
    holding an earlier step's date is left to ``subordinate``."""
    if f.index != 0 or (f.reported and f.earlier_steps):
        return None
    return Placement(f.today)


@rule("topic-shift")
def _topic_shift(f: Facts) -> Placement | None:
    """A clause that changes the subject (من جهة أخرى، في سياق آخر) continues
    nothing: no date."""
    if not f.reported and starts_with(f.cues, f.words, f.cues.topic_shifts):
        return Placement()
    return None


@rule("continuation")
def _continuation(f: Facts) -> Placement | None:
    """Any other clause continues the dated one just before it in the story."""
    prev = f.previous_dated()
    return Placement.after(prev) if not f.reported and prev is not None else None


@rule("subordinate")
def _subordinate(f: Facts) -> Placement | None:
    """A clause with nothing else to date it is on the day of the earlier step
    it mentions (…، بعدما تم تأجيلها يوم الأربعاء)."""
    return Placement.of(f.earlier_steps[0], f.dct) if f.earlier_steps else None


# -- choosing -----------------------------------------------------------------------

@lru_cache(maxsize=32)
def _select(disabled: frozenset[str]) -> tuple[Rule, ...]:
    unknown = disabled - {r.name for r in RULES}
    if unknown:
        raise ValueError(f"unknown placement rules: {', '.join(sorted(unknown))}")
    return tuple(r for r in RULES if r.name not in disabled)


def select(disabled: Iterable[str] = ()) -> tuple[Rule, ...]:
    """The rules in order, without those named in ``disabled`` (a name or names);
    an unknown name raises ValueError naming it."""
    return _select(frozenset((disabled,) if isinstance(disabled, str) else disabled))


def decide(facts: Facts, rules: Sequence[Rule] | None = None) -> tuple[str, Placement]:
    """The first rule that decides the clause, and its decision (``undated`` when none does)."""
    for r in RULES if rules is None else rules:
        placed = r.decide(facts)
        if placed is not None:
            return r.name, placed
    return UNDATED, Placement()
