"""The place of each event (PLACE-SPEC, "Event places").

In order, the first that gives one:

1. the event's own places: the first one named that is not an actor, a
   country only when nothing nearer is named (``قصف ريف إدلب وحلب``: ريف إدلب).
   A statement (a clause opened by a speech verb) counts only the places of
   its frame, before what is said (``قال لافروف في هامبورغ إن``), unless its
   date is the reported occurrence's, inside what is said, or what is said
   reports dead or wounded and the frame names no place;
2. a continuation (وأضاف، وتابع) shares the place of the event it continues;
3. the place the text set just before, in the same paragraph and within
   ``CARRY`` sentences, carries on until another is named (not to a statement:
   what one speaker says is not placed by the sentence before); a country
   carries on only when an event took it as its place;
4. a datelined report's city.

Otherwise ``None``: never a guess, never an actor.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from typing import Callable, Iterable, Sequence

from timeline.events.rules import speech_verb
from timeline.model import CONTINUING, Event
from timeline.places.recognise import Mention, Words

__all__ = ["place_events", "CARRY"]

#: how many sentence ends a place carries over
CARRY = 2
#: how far into a clause a reporting verb opens a statement
SPEECH_REACH = 8
#: how many words from an announcement's verb may name its speaker
SPEAKER_WORDS = 6
_SENTENCE_END = re.compile(r"[.!؟?]|\n")


@dataclasses.dataclass(frozen=True)
class _Lang:
    """What placement reads of the language: its folding and the pack's event words."""

    fold: Callable[[str], str]
    where: frozenset[str]
    fronted: frozenset[str]


def _where(text: str, m: Mention, lang: _Lang) -> bool:
    """A country named as where (في سوريا، بسوريا، داخل سوريا), not as a party (مع روسيا)."""
    if m.kind != "country":
        return True
    before = text[max(0, m.start - 12):m.start]
    if before.endswith("ب") or before.endswith("وب"):
        return True
    words = before.split()
    return bool(words) and lang.fold(words[-1].strip("،,")) in lang.where


def _first(found: Sequence[Mention], text: str, lang: _Lang) -> Mention | None:
    found = [m for m in found if _where(text, m, lang)]
    if not found:
        return None
    nearer = [m for m in found if m.kind != "country"]
    return (nearer or found)[0]


def _own(e: Event, mentions: Sequence[Mention], text: str, lang: _Lang) -> Mention | None:
    return _first([m for m in mentions if e.start <= m.start < e.end and m.role != "actor"], text, lang)


def _verb(e: Event, cues, speech: frozenset[str]) -> tuple[str, list[str], int, int] | None:
    """The reporting verb a clause opens with: (the clause folded, its words, the verb's word
    index, its offset in the clause); None when it opens with none."""
    if cues is None:
        return None
    body = cues.fold(e.text)
    words = body.split()
    at = speech_verb(cues, words)
    if at is None:
        # a reporting verb after a fronted phrase (من جهته أعلن، وفي ظل ... ، صرح)
        at = next((k for k, w in enumerate(words[:SPEECH_REACH])
                   if w.strip("،,") in speech or (w[:1] in "وف" and w[1:].strip("،,") in speech)), None)
    if at is None:
        return None
    # the verb's offset: the at-th word
    pos = 0
    for _ in range(at):
        pos = body.find(" ", pos) + 1
    return body, words, at, pos


def _frame(e: Event, found: tuple[str, list[str], int, int] | None, cues, lang: _Lang) -> tuple[int, int] | None:
    """A statement's frame: (where its speaker may be named, its speech verb, where what is
    said begins: its complementiser or colon), as offsets; None when the clause is no statement.
    ``found``: the clause's reporting verb (``_verb``)."""
    if found is None:
        return None
    body, words, at, pos = found
    m = cues.complementizer.search(body, pos)
    colon = body.find(":", pos)
    cut = min([x for x in (m.start() if m else -1, colon) if x >= 0], default=-1)
    if cut < 0:
        return None         # أعلن عن استشهاد ...: a report of the occurrence, not a statement
    first = words[0].strip("،,")
    fronted = first in lang.fronted or (first[:1] in "وف" and first[1:] in lang.fronted)
    # the speaker named before the verb is in the frame (الدفاع المدني في حلب، قد أعلن); a
    # fronted phrase is not (وفي ظل الأحداث في حلب، صرح)
    return (e.start + pos if fronted or at == 0 else e.start), e.start + pos, e.start + cut


def _speaker(e: Event, frame: tuple[int, int, int], cues) -> str:
    """The word after a statement's verb (its speaker's name, when it is one of three letters or
    more), folded; "" when there is none."""
    words = cues.fold(e.text[frame[1] - e.start:frame[2] - e.start]).split()
    return words[1] if len(words) > 1 and len(words[1]) >= 3 else ""


def _framed(frame: tuple[int, int, int], text: str, plain: Sequence[Mention], lang: _Lang,
            when: tuple[int, int] | None = None) -> Mention | None:
    """The place a statement's frame gives where it was made: with the speaker named before
    the verb (``الدفاع المدني في حلب، قد أعلن``), or just before what is said (``قال لافروف
    في هامبورغ إن``), no comma between but around the statement's date (``when``: أعلنت
    الوزارة في غزة، الثلاثاء، أن)."""
    start, verb, cut = frame
    found = []
    for m in plain:
        if start <= m.start and m.end <= verb:
            found.append(m)
        elif verb <= m.start and m.end <= cut:
            gap = text[m.end:cut]
            if when is not None and m.end <= when[0] and when[1] <= cut:
                # the statement's date between (أعلنت الوزارة في غزة، الثلاثاء، أن): set apart by commas
                gap = text[m.end:when[0]].rstrip(" ،,") + " " + text[when[1]:cut].lstrip(" ،,")
                gap = gap.strip()
            if "،" not in gap and "," not in gap and len(gap.split()) <= 2:
                found.append(m)
    return _first(found, text, lang)


def place_events(text: str, events: Iterable[Event], mentions: Sequence[Mention],
                 dateline_place: str | None = None, fold=None, cues=None,
                 published: str | None = None, speech: frozenset[str] = frozenset(),
                 words: Words | None = None, casualties: frozenset[str] = frozenset()) -> list[Event]:
    """Each event with its place (``place``), from the article's ``mentions``; ``words``
    are the pack's place words (``recognise.words_of``), ``fold`` its folding, ``casualties``
    the words for dead and wounded (folded): a statement with one of them reports an
    occurrence."""
    events = list(events)
    fold = fold or (lambda w: w)
    lang = _Lang(fold, words.where if words else frozenset(), words.fronted if words else frozenset())
    plain = [m for m in mentions if m.role != "actor"]
    starts = [m.start for m in plain]
    actor_starts = [m.start for m in mentions if m.role == "actor"]
    ends = [m.start() for m in _SENTENCE_END.finditer(text)]
    dateline = None
    if dateline_place:
        want = fold(dateline_place)
        dateline = next((m for m in plain if fold(m.text) == want), None)
    by_index: dict[int, Mention | None] = {}
    last_placed: tuple[int, int, Mention] | None = None
    last_statement: tuple[int, str, Mention] | None = None      # (its end, its folded frame, its place)
    out = []
    for e in events:
        opened = _verb(e, cues, speech)
        frame = _frame(e, opened, cues, lang)
        # a statement dated by the occurrence it reports (its date inside what is said, not the
        # day of the report) takes the occurrence's place, as it takes its date
        reported = (frame is not None and e.expression is not None and e.expression.start >= frame[2]
                    and (e.date != published or e.placement == "counted-back"))
        if frame is not None and not reported:
            place = _framed(frame, text, plain, lang,
                            (e.expression.start, e.expression.end) if e.expression is not None else None)
            if place is None and casualties and not casualties.isdisjoint(opened[0][frame[2] - e.start:].split()):
                # what is said (in the clause _verb folded) reports dead or wounded (قال المرصد
                # إن 20 قتلوا في ريف دمشق): an occurrence, whose place the statement takes
                place = _first([m for m in plain if frame[2] <= m.start < e.end], text, lang)
        else:
            place = _own(e, plain, text, lang)
        k0 = bisect.bisect_left(actor_starts, e.start)
        only_actors = place is None and k0 < len(actor_starts) and actor_starts[k0] < e.end
        if place is None and not only_actors and e.placement in CONTINUING and e.continues is not None:
            place = by_index.get(e.continues)
        if place is None and frame is not None and last_statement is not None:
            # the same speaker, named again just after a statement the text placed (وأورد لافروف ...
            # after أعلن لافروف في هامبورغ): where it was said carries on
            speaker = _speaker(e, frame, cues)
            if speaker.startswith("ال") and len(speaker) > 4:
                speaker = speaker[2:]       # اللجنة after لجنة الأطباء
            if speaker and speaker in last_statement[1] and \
                    bisect.bisect_left(ends, e.start) - bisect.bisect_left(ends, last_statement[0]) <= CARRY:
                place = last_statement[2]
        if place is None and frame is None and not only_actors:
            k = bisect.bisect_left(starts, e.start) - 1
            # a country named in passing does not place what follows; one an event took as its
            # place does (أرجأت المحكمة في تونس ... وقرر القاضي)
            while k >= 0 and plain[k].kind == "country" and not (last_placed is not None
                                                                  and last_placed[2] is plain[k]):
                k -= 1
            if k >= 0:
                before = plain[k]
                # the place an earlier event of the same sentence chose, rather than the last named
                chosen = last_placed if last_placed is not None and last_placed[0] <= before.start < last_placed[1] \
                    else None
                between = bisect.bisect_left(ends, e.start) - bisect.bisect_left(ends, before.end)
                if between <= CARRY and "\n\n" not in text[before.end:e.start]:
                    place = chosen[2] if chosen is not None else before
        if place is None and dateline is not None and e.date is not None:
            place = dateline
        by_index[e.index] = place
        if place is not None:
            last_placed = (e.start, e.end, place)
            if frame is not None:
                last_statement = (e.end, cues.fold(text[frame[0]:frame[2]]), place)
            else:
                # an announcement of the occurrence (أعلنت لجنة الأطباء في السودان عن مقتل ...):
                # its speaker, named again, speaks from where it took place
                if opened is not None:
                    body, _, _, pos = opened
                    last_statement = (e.end, " ".join(body[pos:].split()[:SPEAKER_WORDS]), place)
        out.append(dataclasses.replace(e, place=place) if place is not None else e)
    return out
