"""Place each sentence (or clause) on the day of the occurrence it reports.

An article goes through three steps:

1. **The head is set aside** (:func:`timeline.dating.dateline.read_head`): the
   lines of their own above the story (headline, deck, byline, date line)
   are no events, and the dateline and credit that open the story ("دمشق -
   (رويترز) -") are no part of the first event, whose ``start`` moves past
   them (offsets stay offsets into the original text). The story's first
   clause is the lede.
2. **Sentences are split into clauses** where one reports two things on two
   days (two governing expressions with different dates): at the link before
   the second (ولكن، فيما، وفي ...). An earlier step (…، بعدما …) and a relative
   clause recalling an older occurrence become clauses of their own.
3. **Each clause is placed** by the named rules of :mod:`timeline.events.rules`,
   tried in order (expression, counted-back, speaker, follow-up, background,
   present, statement, lede, topic-shift, continuation, ...); the event
   records the rule that placed it, and any rule can be disabled by name::

       place(doc, text, dct, timex, disabled={"present"})

The words all this reads are the language pack's (``events.toml``, ``cues.toml``).
"""

from __future__ import annotations

import collections
import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from typing import Iterable, Sequence

from timeline.dating.dateline import Head, dateline_head, read_head
from timeline.events.figures import extract_figures
from timeline.events.rules import (Cues, Facts, cues_for, date_and_time, decide, pluperfect_speech, precision,
                                   select, speech_verb, starts_with)
from timeline.lang import Pack, default_pack
from timeline.model import Event, Timex
from timeline.text.content import content_words
from timeline.text.normalize import Normalized
from timeline.values import Precision, TimeValue
from timeline.text.segment import Segment, sentences

__all__ = ["place", "Clause"]

#: an article whose paragraphs are single sentences in this share or more is laid out a line a sentence
_LINES_SHARE = 0.6


@dataclass(frozen=True)
class Clause:
    start: int
    end: int
    paragraph: int


# -- clauses -------------------------------------------------------------------

def _split(cues: Cues, text: str, norm: Normalized, seg: Segment, own: list[Timex], dct: dt.date) -> list[Clause]:
    """Split a sentence where a date governing its main clause is followed by
    another governing (or relative-clause) date on a different day: after the
    last comma between them, else before the last clause link, else before
    و joined to the second date's preposition."""
    cuts: list[int] = []
    candidates = [t for t in own if t.role in ("governing", "relative")
                  and precision(date_and_time(t, dct)[0]) in (Precision.MONTH, Precision.DAY)]
    folded_words = norm.fold_span(seg.start, seg.end).split()
    # (وكانت دار الإفتاء قد أعلنت مساء الاثنين، تعذر ... وأن غدا الثلاثاء ...: a speech verb after قد)
    speech = speech_verb(cues, folded_words) is not None or pluperfect_speech(cues, folded_words)
    for a, b in zip(candidates, candidates[1:]):
        if a.role != "governing":
            continue
        day_a, day_b = date_and_time(a, dct)[0], date_and_time(b, dct)[0]
        if day_a.startswith(day_b) or day_b.startswith(day_a):
            continue  # the same day, or a period that holds it (نهاية العام)
        # the first date dates the speech itself when no complementiser comes before it
        speech_date = speech and not cues.complementizer.search(norm.fold_span(seg.start, a.start))
        cut = _cut(cues, text, norm, a.end, b.start, speech, relative=b.role == "relative", hi_end=b.end,
                   speech_date=speech_date)
        if cut is not None and seg.start < cut < seg.end:
            cuts.append(cut)
    # reported speech with no date of its own, then a date in a relative
    # clause set off by a comma (…، الذي استأنف الضخ في الحادي عشر من آب)
    if speech and not any(t.role == "governing" for t in own):
        for b in candidates:
            if b.role == "relative":
                cut = _relative_cut(cues, text, seg.start, b.start)
                tail = text[b.end:seg.end]
                if cut is not None and "،" not in tail and "," not in tail:
                    cuts.append(cut)   # (a relative clause closed by a comma is parenthetical)
                break
    # no date of its own, then a relative clause with an older one (إبان الانتفاضة التي بدأت
    # في 25 يناير 2011؛ محمد جمال رمضان، الذي أعدمه جيش الإسلام في العام 2016): the clause is
    # an occurrence of its own, cut at its pronoun (or the noun it describes). A recent one
    # (الدربي الذي جمعهما أمس الأربعاء) is the news itself and dates the whole sentence.
    elif not any(t.role == "governing" for t in own) and \
            not starts_with(cues, folded_words, cues.background):
        # (background: وكان الأهلي قد خسر في مباراة القمة التي أقيمت في 27 فبراير is one occurrence)
        old = dct - dt.timedelta(days=cues.recent_relative)
        for b in own:
            value = date_and_time(b, dct)[0]
            if b.role in ("relative", "reference") and precision(value) in (Precision.YEAR, Precision.MONTH,
                                                                             Precision.DAY) \
                    and TimeValue.parse(value).before(old):
                cut = _pronoun_cut(cues, text, seg.start, b.start)
                closed = re.match(r"[^،,]*[،,]\s*\S", text[b.end:seg.end])   # (…، التي جرت يوم 18 نوفمبر، بالتعادل)
                if cut is not None and not (text[:cut].rstrip().endswith(("،", ",")) and closed):
                    cuts.append(cut)
    # …، بعدما تم تأجيلها يوم الأربعاء: the earlier step is a clause of its own
    for b in own:
        if b.role == "subordinate" and precision(date_and_time(b, dct)[0]) in (Precision.MONTH, Precision.DAY):
            cut = _earlier_cut(cues, text, norm, seg.start, b.start)
            if cut is not None:
                cuts.append(cut)
    if not cuts:
        return [Clause(seg.start, seg.end, seg.paragraph)]
    clauses = []
    start = seg.start
    for cut in sorted(set(cuts)):
        end = cut
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            clauses.append(Clause(start, end, seg.paragraph))
        start = cut
    clauses.append(Clause(start, seg.end, seg.paragraph))
    return clauses


def _cut(cues: Cues, text: str, norm: Normalized, lo: int, hi: int, speech: bool, relative: bool = False,
         hi_end: int | None = None, speech_date: bool = False) -> int | None:
    """Where to split between two dates at ``lo`` and ``hi``: after the last
    comma (the one before, when the second date stands alone between commas
    after its verb: على ما أفادت الوزارة في حصيلة جديدة، الاثنين،), else before the
    last clause link, else before و joined to the second date's preposition,
    else before the last coordinated word."""
    gap = text[lo:hi]
    folded_gap = norm.fold_span(lo, hi)
    if speech and cues.complementizer.search(cues.subjunctive.sub(" ", folded_gap)):
        return None  # the date of a statement, then a date inside what was said (not قبل أن: a new step)
    if _announces(cues, folded_gap):
        return None  # اجتمع في 12 نيسان وأعلن أن يوم الثلاثاء ...: what the meeting announced
    if speech_date and not cues.clause_link.search(folded_gap) and not relative:
        return None  # أعلنت اللجنة، الجمعة، وفاة شخص في مظاهرات الأربعاء: what was announced
    cut = None
    comma = max(gap.rfind("،"), gap.rfind(","))
    if comma >= 0 and not gap[comma + 1:].strip() and hi_end is not None \
            and re.match(r"\s*[،,.؛]", text[hi_end:hi_end + 3]):
        earlier = max(gap.rfind("،", 0, comma), gap.rfind(",", 0, comma))
        if earlier >= 0:
            comma = earlier
    if comma >= 0:
        cut = lo + comma + 1
    else:
        for m in cues.clause_link.finditer(folded_gap):
            cut = lo + m.start("link")
        if cut is None:
            words = list(re.finditer(r"\w+", gap))
            for w in reversed(words):
                word = cues.fold(w.group())
                joined = cues.clause_conjunction
                if word.startswith(joined) and (word[len(joined):] in cues.date_prepositions or len(word) > 3):
                    cut = lo + w.start()   # وفي الثالث من ديسمبر، وأغلقته في ...
                    break
    if cut is None:
        return None
    while cut < hi and text[cut].isspace():
        cut += 1
    opening = norm.fold_span(cut, min(cut + 12, len(text))).split()
    if opening:
        first = opening[0]
        bare = first[len(cues.clause_conjunction):] if first.startswith(cues.clause_conjunction) else first
        if first in cues.restating or bare in cues.restating:
            return None  # أي قبل نحو شهر: the same date restated
        if relative and (first in cues.no_split or bare in cues.no_split):
            return None  # وذلك بعد ... التي جرت في ...: the same occurrence, explained
    return cut


def _earlier_cut(cues: Cues, text: str, norm: Normalized, start: int, date_start: int) -> int | None:
    """The start of the بعد أن / بعدما clause (with a وذلك before it) that holds a date."""
    found = None
    for m in cues.earlier.finditer(norm.fold_span(start, date_start)):
        found = start + m.start()
    if found is None or not text[start:found].strip():
        return None
    return found


def _pronoun_cut(cues: Cues, text: str, start: int, date_start: int) -> int | None:
    """Where the relative clause holding a date begins: at its pronoun; None
    when clause punctuation stands between the pronoun and the date."""
    words = list(re.finditer(r"\w+", text[start:date_start]))
    pronouns = cues.relative_pronouns
    for k in range(len(words) - 1, -1, -1):
        if cues.fold(words[k].group()) not in pronouns:
            continue
        at = start + words[k].start()
        if any(ch in "،,.:؛;()" for ch in text[at:date_start]):
            return None
        return at if text[start:at].strip() else None
    return None


def _announces(cues: Cues, gap: str) -> bool:
    """Does a speech verb then a complementiser stand in ``gap`` (وأعلن أن ...)?"""
    words = gap.split()
    for i, w in enumerate(words):
        if speech_verb(cues, [w]) is not None and cues.complementizer.search(" ".join(words[i + 1:i + 3])):
            return True
    return False


def _relative_cut(cues: Cues, text: str, start: int, date_start: int) -> int | None:
    """The start of a comma-led relative clause holding the date, if any."""
    gap = text[start:date_start]
    found = None
    for m in re.finditer(r"[،,][ \t]*(\w+)", gap):
        if cues.fold(m.group(1)) in cues.relative_pronouns:
            found = start + m.start(1)
    return found


# -- the story and the clause before -------------------------------------------

def _story(text: str, segments: list[Segment], story: int) -> list[Segment]:
    """The sentences from where the story begins: those above it dropped, the one it
    begins in cut at its start ("دمشق - (رويترز) - قال ..." -> "قال ...")."""
    kept = []
    for seg in segments:
        if seg.end <= story:
            continue
        if seg.start < story:
            start = story
            while start < seg.end and text[start].isspace():
                start += 1
            if not any(ch.isalnum() for ch in text[start:seg.end]):
                continue
            seg = Segment(start, seg.end, seg.paragraph, seg.index)
        kept.append(seg)
    return kept


def _previous(events: list[Event], clauses: list[Clause], sentence_of: list[int], index: int,
              c: Clause, text: str, lines: bool = False) -> Event | None:
    """The event a clause may continue: the clause before it in its own
    sentence; else, of the previous sentence's clauses, the one sharing the
    most content words with it (وأسفر القصف ← "...على القصف الإيراني الذي ..."),
    the main (first) clause when none shares more. Across a paragraph break
    only where the article sets each sentence on a line of its own (``lines``:
    a web page's layout, where a paragraph is no unit of the story)."""
    if not events:
        return None
    if events[-1].paragraph != c.paragraph and not (lines and events[-1].paragraph == c.paragraph - 1):
        return None
    if index and sentence_of[index - 1] == sentence_of[index]:
        return _passes_on(events[-1])
    sentence = sentence_of[index - 1]
    previous = [e for e, s in zip(events, sentence_of) if s == sentence]
    # an older occurrence a clause recalls (…، بعدما …، التي بدأت في 2011) is not what the story goes on with
    previous = [e for e in previous if e.placement != "recalled"] or previous[:1]
    if len(previous) == 1:
        return _passes_on(previous[0])
    mine = content_words(text[c.start:c.end])
    best, best_shared = previous[0], len(mine & content_words(previous[0].text))
    for e in previous[1:]:
        shared = len(mine & content_words(e.text))
        if shared > best_shared:
            best, best_shared = e, shared
    return _passes_on(best)


def _passes_on(event: Event) -> Event | None:
    """Only a day or a month is handed on to the sentence after: a year
    (عامي 2019 و2020) is background, not the day of the next statement."""
    if event.date is not None and precision(event.date) not in (Precision.MONTH, Precision.DAY):
        return None
    return event


def _first_chunk_end(text: str, c: Clause) -> int:
    """End of a clause's first comma-separated chunk."""
    ends = [i for i in (text.find("،", c.start, c.end), text.find(",", c.start, c.end)) if i >= 0]
    return min(ends) if ends else c.end


def _recall(cues: Cues, words: list[str], own: list[Timex], split_off: bool) -> tuple[list[Timex], bool]:
    """A clause split off above that recalls an earlier occurrence, and its
    expressions with the recalled date made governing: a بعد أن / بعدما clause
    (its earlier step's date is its own), or a relative clause split from its
    sentence (الانتفاضة التي بدأت في 25 يناير 2011). ``split_off``: the clause
    is not its sentence's first."""
    if cues.earlier.match(" ".join(words[:3])):
        roles = ("subordinate",)
    elif split_off and any(cues.fold(w) in cues.relative_pronouns for w in words[:2]):
        roles = ("relative", "reference")
    else:
        return own, False
    return [dataclasses.replace(t, role="governing") if t.role in roles else t for t in own], True


# -- placing ---------------------------------------------------------------------

def place(doc: str, text: str, dct: dt.date, timex: Sequence[Timex],
          segments: Sequence[Segment] | None = None, head: Head | None = None, *,
          pack: Pack | None = None, disabled: Iterable[str] = (), norm: Normalized | None = None) -> list[Event]:
    """The events of one article, in text order. The lines above the story (headline,
    byline, date line) are none, and the dateline and credit that open it are no part of
    the first event's text (``head``, read from the text when not given).

    ``pack`` is the language pack (:func:`timeline.lang.default_pack` when not given);
    ``disabled`` names placement rules not to try (:data:`timeline.events.rules.RULES`),
    an unknown name raises ValueError. ``norm`` is the text folded by the pack (the
    pipeline folds an article once for every stage; folded here when not given)."""
    rules = select(disabled)
    pack = pack or default_pack()
    cues = cues_for(pack)
    if norm is None:
        norm = pack.normalize(text)
    elif norm.original != text:
        raise ValueError("norm is the folding of another text")
    segments = list(segments if segments is not None else sentences(text))
    if head is None:
        head = read_head(text, segments=segments)
    first = dateline_head(text)
    if first is not None:
        # صنعاء 6 سبتمبر أيلول (رويترز) –: the dateline's date restates publication, it dates no clause
        timex = [t for t in timex if not (first[0] <= t.start < first[1])]
    if head.story > 0:
        segments = _story(text, segments, head.story)
        timex = [t for t in timex if t.start >= head.story]
    clauses: list[Clause] = []
    sentence_of: list[int] = []
    for n, seg in enumerate(segments):
        inside = [t for t in timex if seg.start <= t.start < seg.end]
        parts = _split(cues, text, norm, seg, inside, dct)
        clauses.extend(parts)
        sentence_of.extend([n] * len(parts))

    paragraphs = collections.Counter(seg.paragraph for seg in segments)
    lines = bool(paragraphs) and sum(n == 1 for n in paragraphs.values()) >= _LINES_SHARE * len(paragraphs)
    events: list[Event] = []
    for index, c in enumerate(clauses):
        own = [t for t in timex if c.start <= t.start < c.end]
        words = norm.fold_span(c.start, c.end).split()
        figures = tuple(extract_figures(text, c.start, c.end, own, pack=pack, norm=norm))
        own, recalled = _recall(cues, words, own, index > 0 and sentence_of[index - 1] == sentence_of[index])
        facts = Facts(cues=cues, dct=dct, index=index, words=words, own=own, recalled=recalled,
                      speech=speech_verb(cues, words), figures=figures,
                      previous=_previous(events, clauses, sentence_of, index, c, text, lines),
                      events=events, first_chunk_end=_first_chunk_end(text, c))
        rule, placed = decide(facts, rules)
        events.append(Event(
            doc=doc, index=index, start=c.start, end=c.end, text=text[c.start:c.end],
            date=placed.date, placement=rule, paragraph=c.paragraph, expression=placed.expression,
            continues=placed.continues, time=placed.time, figures=figures,
        ))
    return events
