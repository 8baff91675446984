"""Place each sentence (or clause) on the day of the occurrence it reports.

The rules, in the order they are tried (each event records the one that
placed it):

1. ``expression`` — a date or time expression governs the clause (role
   "governing", else "extent": خلال ساعات الليل).
2. ``counted-back`` — a stretch ending at publication (الساعات الأخيرة):
   the publication day.
3. ``speaker`` / ``follow-up`` — a speech verb opens the sentence
   (وأضاف، وقال دي ميستورا): the date of the last dated sentence by the same
   speaker, else of the sentence just before.
4. ``background`` — وكان … قد، يذكر أن: no date.
5. ``present`` — the sentence reports the article's present (لا يزال،
   يأتي ذلك، an opening imperfect verb): the publication day.
6. ``statement`` — only forecast targets or reference dates (منذ 15 نوفمبر،
   على أن يبدأ صباح الأربعاء): the day the statement was made, i.e. the
   sentence before's date, else the publication day.
7. ``lede`` — the article's first sentence: the publication day.
8. ``topic-shift`` — من جهة أخرى …: no date.
9. ``continuation`` — any other sentence continues the dated one just
   before it in the same paragraph; with none, ``undated``.

A sentence that reports two things on two days (two governing expressions
with different dates) is split into clauses first, at the link before the
second (ولكن، فيما، وفي ...).

Before any of this, the article's head is set aside
(``timeline.dating.dateline.read_head``): the lines of their own above the
story (headline, deck, byline, date line) are no events, and the dateline
and credit that open the story ("دمشق - (رويترز) -") are no part of the first
event, whose ``start`` moves past them (offsets stay offsets into the
original text). The story's first clause is the lede.
"""

from __future__ import annotations

import collections
import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from timeline.data import load_table
from timeline.dating.dateline import Head, dateline_head, read_head
from timeline.events.figures import extract_figures
from timeline.model import Event, Timex
from timeline.temporal.context import cues_of
from timeline.temporal.lexicon import lexicon
from timeline.text.normalize import fold, normalize
from timeline.text.segment import Segment, sentences
from timeline.text.words import word_regex

__all__ = ["place", "Clause"]

#: an article whose paragraphs are single sentences in this share or more is laid out a line a sentence
_LINES_SHARE = 0.6


@dataclass(frozen=True)
class Clause:
    start: int
    end: int
    paragraph: int


@dataclass(frozen=True)
class _Cues:
    speech_stems: tuple[str, ...]
    not_speech: frozenset[str]
    suffix_max: int
    fronted_max: int
    speaker_stops: frozenset[str]
    generic_speakers: frozenset[str]
    speaker_max: int
    speaker_lookback: int
    background: tuple[str, ...]
    topic_shifts: tuple[str, ...]
    present_markers: tuple[str, ...]
    present_reach: int
    clause_link: re.Pattern[str]
    date_prepositions: frozenset[str]
    complementizer: re.Pattern[str]
    no_split: tuple[str, ...]
    restating: tuple[str, ...]
    recent_since: int
    recent_relative: int
    since_signals: frozenset[str]
    until_signals: frozenset[str]
    subjunctive: re.Pattern[str]
    earlier: re.Pattern[str]


def _phrases(items) -> tuple[str, ...]:
    return tuple(sorted((" ".join(fold(w).split()) for w in items), key=len, reverse=True))


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    ev = load_table("ar", "events")
    cues = load_table("ar", "cues")
    links = "|".join(word_regex(w) for w in _phrases(ev["clause_links"]))
    return _Cues(
        speech_stems=_phrases(ev["speech_verbs"]),
        not_speech=frozenset(_phrases(ev["not_speech_words"])),
        suffix_max=int(ev["verb_suffix_max"]),
        fronted_max=int(ev["fronted_max_words"]),
        speaker_stops=frozenset(_phrases(ev["speaker_stops"])),
        generic_speakers=frozenset(_phrases(ev["generic_speakers"])),
        speaker_max=int(ev["speaker_max_words"]),
        speaker_lookback=int(ev["speaker_lookback"]),
        background=_phrases(ev["background_openers"]),
        topic_shifts=_phrases(ev["topic_shifts"]),
        present_markers=_phrases(ev["present_markers"]),
        present_reach=int(ev["present_marker_reach"]),
        clause_link=re.compile(r"(?<!\w)(?P<link>" + links + r")(?!\w)"),
        date_prepositions=frozenset(_phrases(ev["date_prepositions"])),
        complementizer=re.compile(r"(?<!\w)[وف]?(?:" + "|".join(
            word_regex(w) for w in _phrases(ev["speech_complementizers"])) + r")(?!\w)"),
        no_split=_phrases(ev["no_split_openers"]),
        restating=_phrases(ev["restating_openers"]),
        recent_since=int(ev["recent_since_days"]),
        recent_relative=int(ev["recent_relative_days"]),
        since_signals=frozenset(_phrases(cues["since"]["words"])),
        until_signals=frozenset(_phrases(cues["until"]["words"])),
        subjunctive=re.compile(r"(?<!\w)[وف]?(?:" + "|".join(
            word_regex(w) for w in _phrases(cues["clauses"]["subjunctive"])) + r")(?!\w)"),
        earlier=re.compile(r"(?<!\w)(?:و?ذلك[ \t]+)?(?:" + "|".join(
            word_regex(w) for w in _phrases(cues["clauses"]["earlier"])) + r")(?!\w)"),
    )


# -- dates of expressions ------------------------------------------------------

def _date_and_time(t: Timex, dct: dt.date) -> tuple[str, str | None]:
    if t.role == "counted-back":
        return dct.isoformat(), None
    value = t.value
    if t.type == "TIME":
        return value[:10], value[11:16] if value[11:12].isdigit() else value[11:13]
    return value, None


# -- clauses -------------------------------------------------------------------

def _split(text: str, seg: Segment, own: list[Timex], dct: dt.date) -> list[Clause]:
    """Split a sentence where a date governing its main clause is followed by
    another governing (or relative-clause) date on a different day: after the
    last comma between them, else before the last clause link, else before
    و joined to the second date's preposition."""
    cues = _cues()
    cuts: list[int] = []
    candidates = [t for t in own if t.role in ("governing", "relative")
                  and len(_date_and_time(t, dct)[0]) in (7, 10)]
    folded_words = normalize(text[seg.start:seg.end]).text.split()
    # (وكانت دار الإفتاء قد أعلنت مساء الاثنين، تعذر ... وأن غدا الثلاثاء ...: a speech verb after قد)
    speech = _speech_verb(folded_words) is not None or _pluperfect_speech(folded_words)
    for a, b in zip(candidates, candidates[1:]):
        if a.role != "governing":
            continue
        day_a, day_b = _date_and_time(a, dct)[0], _date_and_time(b, dct)[0]
        if day_a.startswith(day_b) or day_b.startswith(day_a):
            continue  # the same day, or a period that holds it (نهاية العام)
        # the first date dates the speech itself when no complementiser comes before it
        speech_date = speech and not cues.complementizer.search(fold(text[seg.start:a.start]))
        cut = _cut(text, a.end, b.start, speech, relative=b.role == "relative", hi_end=b.end,
                   speech_date=speech_date)
        if cut is not None and seg.start < cut < seg.end:
            cuts.append(cut)
    # reported speech with no date of its own, then a date in a relative
    # clause set off by a comma (…، الذي استأنف الضخ في الحادي عشر من آب)
    if speech and not any(t.role == "governing" for t in own):
        for b in candidates:
            if b.role == "relative":
                cut = _relative_cut(text, seg.start, b.start)
                tail = text[b.end:seg.end]
                if cut is not None and "،" not in tail and "," not in tail:
                    cuts.append(cut)   # (a relative clause closed by a comma is parenthetical)
                break
    # no date of its own, then a relative clause with an older one (إبان الانتفاضة التي بدأت
    # في 25 يناير 2011؛ محمد جمال رمضان، الذي أعدمه جيش الإسلام في العام 2016): the clause is
    # an occurrence of its own, cut at its pronoun (or the noun it describes). A recent one
    # (الدربي الذي جمعهما أمس الأربعاء) is the news itself and dates the whole sentence.
    elif not any(t.role == "governing" for t in own) and \
            not _starts_with(normalize(text[seg.start:seg.end]).text.split(), cues.background):
        # (background: وكان الأهلي قد خسر في مباراة القمة التي أقيمت في 27 فبراير is one occurrence)
        old = (dct - dt.timedelta(days=_cues().recent_relative)).isoformat()
        for b in own:
            value = _date_and_time(b, dct)[0]
            if b.role in ("relative", "reference") and len(value) in (4, 7, 10) and value < old[:len(value)]:
                cut = _pronoun_cut(text, seg.start, b.start)
                closed = re.match(r"[^،,]*[،,]\s*\S", text[b.end:seg.end])   # (…، التي جرت يوم 18 نوفمبر، بالتعادل)
                if cut is not None and not (text[:cut].rstrip().endswith(("،", ",")) and closed):
                    cuts.append(cut)
    # …، بعدما تم تأجيلها يوم الأربعاء: the earlier step is a clause of its own
    for b in own:
        if b.role == "subordinate" and len(_date_and_time(b, dct)[0]) in (7, 10):
            cut = _earlier_cut(text, seg.start, b.start)
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


def _cut(text: str, lo: int, hi: int, speech: bool, relative: bool = False,
         hi_end: int | None = None, speech_date: bool = False) -> int | None:
    """Where to split between two dates at ``lo`` and ``hi``: after the last
    comma (the one before, when the second date stands alone between commas
    after its verb: على ما أفادت الوزارة في حصيلة جديدة، الاثنين،), else before the
    last clause link, else before و joined to the second date's preposition,
    else before the last coordinated word."""
    cues = _cues()
    gap = text[lo:hi]
    if speech and cues.complementizer.search(cues.subjunctive.sub(" ", fold(gap))):
        return None  # the date of a statement, then a date inside what was said (not قبل أن: a new step)
    if _announces(fold(gap)):
        return None  # اجتمع في 12 نيسان وأعلن أن يوم الثلاثاء ...: what the meeting announced
    if speech_date and not cues.clause_link.search(fold(gap)) and not relative:
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
        for m in cues.clause_link.finditer(fold(gap)):
            cut = lo + m.start("link")
        if cut is None:
            words = list(re.finditer(r"\w+", gap))
            for w in reversed(words):
                word = fold(w.group())
                if word[:1] == "و" and (word[1:] in cues.date_prepositions or len(word) > 3):
                    cut = lo + w.start()   # وفي الثالث من ديسمبر، وأغلقته في ...
                    break
    if cut is None:
        return None
    while cut < hi and text[cut].isspace():
        cut += 1
    opening = fold(text[cut:cut + 12]).split()
    if opening:
        first = opening[0]
        if any(first == w or first == "و" + w for w in cues.restating):
            return None  # أي قبل نحو شهر: the same date restated
        if relative and any(first == w or first == "و" + w for w in cues.no_split):
            return None  # وذلك بعد ... التي جرت في ...: the same occurrence, explained
    return cut


def _earlier_cut(text: str, start: int, date_start: int) -> int | None:
    """The start of the بعد أن / بعدما clause (with a وذلك before it) that holds a date."""
    found = None
    for m in _cues().earlier.finditer(fold(text[start:date_start])):
        found = start + m.start()
    if found is None or not text[start:found].strip():
        return None
    return found


def _pronoun_cut(text: str, start: int, date_start: int) -> int | None:
    """Where the relative clause holding a date begins: at its pronoun; None
    when clause punctuation stands between the pronoun and the date."""
    words = list(re.finditer(r"\w+", text[start:date_start]))
    pronouns = _relative_pronouns()
    for k in range(len(words) - 1, -1, -1):
        if fold(words[k].group()) not in pronouns:
            continue
        at = start + words[k].start()
        if any(ch in "،,.:؛;()" for ch in text[at:date_start]):
            return None
        return at if text[start:at].strip() else None
    return None


def _announces(gap: str) -> bool:
    """Does a speech verb then a complementiser stand in ``gap`` (وأعلن أن ...)?"""
    cues = _cues()
    words = gap.split()
    for i, w in enumerate(words):
        if _speech_verb([w]) is not None and cues.complementizer.search(" ".join(words[i + 1:i + 3])):
            return True
    return False


def _relative_cut(text: str, start: int, date_start: int) -> int | None:
    """The start of a comma-led relative clause holding the date, if any."""
    cues = _cues()
    gap = text[start:date_start]
    found = None
    for m in re.finditer(r"[،,][ \t]*(\w+)", gap):
        if fold(m.group(1)) in _relative_pronouns():
            found = start + m.start(1)
    del cues
    return found


@lru_cache(maxsize=1)
def _relative_pronouns() -> frozenset[str]:
    return frozenset(_phrases(load_table("ar", "cues")["roles"]["relative_pronouns"]))


# -- reading a clause's opening ----------------------------------------------

def _starts_with(words: list[str], phrases: tuple[str, ...], reach: int = 1) -> bool:
    head = " ".join(w.strip("،,:؛;\"«»“”()") for w in words[: max(reach, 4)])
    for p in phrases:
        if head == p or head.startswith(p + " "):
            return True
        if head.startswith(("و" + p, "ف" + p)) and (len(head) == len(p) + 1 or head[len(p) + 1] == " "):
            return True
    return False


def _contains(words: list[str], phrases: tuple[str, ...], reach: int) -> bool:
    head = " " + " ".join(words[:reach]) + " "
    return any(f" {p} " in head or f" و{p} " in head for p in phrases)


def _speech_verb(words: list[str]) -> int | None:
    """Index of a speech verb opening the clause (وقال، من جهته قال), or None."""
    cues = _cues()
    candidates = [0]
    for i, w in enumerate(words[: cues.fronted_max]):
        if w.endswith(("،", ",")):
            candidates.append(i + 1)
            break
    if words and words[0] in ("كما", "لكنه", "لكنها", "ثم", "وكما", "ولكنه", "ولكنها"):
        candidates.append(1)
    for i in candidates:
        if i >= len(words):
            continue
        w = words[i].strip("،,:")
        if w in cues.not_speech or w[1:] in cues.not_speech:
            continue
        if w[:1] in "وف" and len(w) > 3:
            variants = (w, w[1:])
        else:
            variants = (w,)
        for v in variants:
            for stem in cues.speech_stems:
                if v.startswith(stem) and len(v) - len(stem) <= cues.suffix_max:
                    return i
    return None


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


def _pluperfect_speech(words: list[str]) -> bool:
    """Does a background clause report a statement (وكانت الدار قد أعلنت، كان قد قال)?"""
    qad = _folded("قد")
    for i, w in enumerate(words[:10]):
        if w == qad and i + 1 < len(words) and _speech_verb(words[i + 1:i + 2]) is not None:
            return True
    return False


def _speaker(words: list[str], verb: int) -> str | None:
    cues = _cues()
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


def _is_present(words: list[str], own: Sequence[Timex] = (), first_chunk_end: int | None = None) -> bool:
    cues = _cues()
    if any((t.role == "duration" and t.signal == "منذ" or t.value == "PRESENT_REF")
           and (first_chunk_end is None or t.start < first_chunk_end) for t in own):
        return True   # وتشهد الأسواق منذ أيام (حاليا) إقبالا: a state that still holds
    if _contains(words, cues.present_markers, cues.present_reach):
        return True
    if not words:
        return False
    return cues_of(lexicon()).present_verb(words[0])


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
    from timeline.merge.similarity import content_words

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
    if event.date is not None and len(event.date) not in (7, 10):
        return None
    return event


def _first_chunk_end(text: str, c: Clause) -> int:
    """End of a clause's first comma-separated chunk."""
    ends = [i for i in (text.find("،", c.start, c.end), text.find(",", c.start, c.end)) if i >= 0]
    return min(ends) if ends else c.end


def _same_speaker(events: list[Event], speaker: str | None) -> Event | None:
    """The last dated event that names ``speaker`` (or a shorter form of it:
    دي ميستورا مخاطبا -> دي ميستورا; الوزارة -> وزارة)."""
    if not speaker:
        return None
    cues = _cues()
    words = speaker.split()
    forms = []
    for n in range(len(words), 0, -1):
        form = " ".join(words[:n])
        if form in cues.generic_speakers or len(form) < 3:
            continue
        forms.append(form)
        if form.startswith("ال") and len(form) > 4:
            forms.append(form[2:])
    for form in forms:
        for e in reversed(events[-cues.speaker_lookback:]):
            if e.date and form in _folded(e.text):
                return e
    return None


@lru_cache(maxsize=512)
def _folded(text: str) -> str:
    """A sentence folded for matching (cached: the speaker search reads each one many times)."""
    return normalize(text).text


def _tomorrow_named(own: Sequence[Timex], dct: dt.date) -> bool:
    """Does the clause name a coming day counted from publication (غدا، بعد غد)?"""
    return any(t.rule == "relative-day" and t.role == "target" and t.value[:10] > dct.isoformat() for t in own)


def _dating(own: list[Timex], dct: dt.date, speech: bool, toll: bool = False) -> Timex | None:
    """The expression that dates a clause: governing, else extent, else an
    until-date that has passed, else (not in reported speech) a date in a
    relative clause, else a recent منذ date (when the ongoing thing began).
    A day wins over a month; a year, week or quarter never dates an
    occurrence (موسم قطف الزيتون لهذا العام)."""
    today = dct.isoformat()
    recent = (dct - dt.timedelta(days=_cues().recent_since)).isoformat()

    def usable(t: Timex) -> bool:
        return len(_date_and_time(t, dct)[0]) in (7, 10)

    def first(pred) -> Timex | None:
        chosen = [t for t in own if usable(t) and pred(t)]
        days = [t for t in chosen if len(_date_and_time(t, dct)[0]) == 10]
        return (days or chosen or [None])[0]

    for pred in (
        lambda t: t.role == "governing",
        lambda t: t.role == "extent",
        # (a running toll "until yesterday" is told the day after: a statement, placed below)
        lambda t: t.role == "until" and not toll and _date_and_time(t, dct)[0] <= today,
        lambda t: t.role == "relative" and not speech,
        lambda t: t.role == "reference" and not toll and recent <= _date_and_time(t, dct)[0] <= today,
    ):
        found = first(pred)
        if found is not None:
            return found
    # last: a past year (نظم لأول مرة عام 2005، في العام الموالي); never the
    # current year (موسم قطف الزيتون لهذا العام) nor a week
    if not speech:
        for t in own:
            value = _date_and_time(t, dct)[0]
            if t.role in ("governing", "extent", "relative") and len(value) == 4 and value < str(dct.year):
                return t
    return None


# -- placing ---------------------------------------------------------------------

def place(doc: str, text: str, dct: dt.date, timex: Sequence[Timex],
          segments: Sequence[Segment] | None = None, head: Head | None = None) -> list[Event]:
    """The events of one article, in text order. The lines above the story (headline,
    byline, date line) are none, and the dateline and credit that open it are no part of
    the first event's text (``head``, read from the text when not given)."""
    cues = _cues()
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
        parts = _split(text, seg, inside, dct)
        clauses.extend(parts)
        sentence_of.extend([n] * len(parts))

    paragraphs = collections.Counter(seg.paragraph for seg in segments)
    lines = bool(paragraphs) and sum(n == 1 for n in paragraphs.values()) >= _LINES_SHARE * len(paragraphs)
    events: list[Event] = []
    lede = 0   # the story's first clause
    for index, c in enumerate(clauses):
        own = [t for t in timex if c.start <= t.start < c.end]
        words = normalize(text[c.start:c.end]).text.split()
        prev = _previous(events, clauses, sentence_of, index, c, text, lines)
        date: str | None = None
        time: str | None = None
        expression: Timex | None = None
        continues: int | None = None

        speech = _speech_verb(words)
        figures = extract_figures(text, c.start, c.end, own)
        recalled = False
        if _cues().earlier.match(" ".join(words[:3])):
            # the بعد أن / بعدما clause split off above: its date is its own
            own = [t if t.role != "subordinate" else dataclasses.replace(t, role="governing") for t in own]
            recalled = True
        elif index and sentence_of[index - 1] == sentence_of[index] and \
                any(fold(w) in _relative_pronouns() for w in words[:2]):
            # the relative clause split off above (الانتفاضة التي بدأت في 25 يناير 2011)
            own = [t if t.role not in ("relative", "reference") else dataclasses.replace(t, role="governing")
                   for t in own]
            recalled = True
        dating = _dating(own, dct, speech is not None, toll=bool(figures))
        back = [t for t in own if t.role == "counted-back"]
        verb = speech if dating is None and not back else None
        if dating is not None:
            expression = dating
            date, time = _date_and_time(expression, dct)
            rule = "recalled" if recalled else "expression"
        elif back:
            expression = back[0]
            date, rule = dct.isoformat(), "counted-back"
        elif verb is not None:
            found = _same_speaker(events, _speaker(words, verb))
            if found is not None:
                date, continues, rule = found.date, found.index, "speaker"
            elif prev is not None and prev.date:
                date, continues, rule = prev.date, prev.index, "follow-up"
            else:
                rule = "undated"
        elif _starts_with(words, cues.background):
            rule = "background"
            since = [t for t in own if t.role == "reference" and t.signal in cues.since_signals
                     and len(_date_and_time(t, dct)[0]) == 10 and _date_and_time(t, dct)[0] <= dct.isoformat()]
            today = [t for t in own if t.rule.startswith("relative-day") and t.value[:10] >= dct.isoformat()
                     and t.resolution.startswith("relative-day")]
            if since and not figures:
                # وكانت اللجان بدأت أعمالها منذ الخميس 17 سبتمبر: background that dates itself
                expression = since[0]
                date, time = _date_and_time(expression, dct)
                rule = "background-dated"
            elif today:
                # وكان قد وصل ... إلى قاعة المحكمة التي ستصدر اليوم السبت الحكم: a live report's
                # earlier moment of the same day; يشار إلى أن الدار أعلنت أن يوم غد الجمعة ...:
                # told from publication day
                expression = today[0]
                date, rule = dct.isoformat(), "background-today"
        elif _is_present(words, own, _first_chunk_end(text, c)):
            date, rule = dct.isoformat(), "present"
        elif any(t.role in ("target", "reference", "until", "relative") for t in own):
            if _tomorrow_named(own, dct) or (figures and any(
                    (t.role == "until" or t.signal in cues.until_signals)
                    and _date_and_time(t, dct)[0] < dct.isoformat() for t in own)):
                # …غدا هو أول أيام رمضان؛ بلغت الحصيلة الإجمالية حتى يوم أمس 3558: told on publication day
                date, rule = dct.isoformat(), "statement"
            elif prev is not None and prev.date:
                date, continues, rule = prev.date, prev.index, "statement"
            else:
                date, rule = dct.isoformat(), "statement"
            # a statement is not older than the day it refers back to
            refs = [_date_and_time(t, dct)[0] for t in own if t.role == "reference"
                    and len(_date_and_time(t, dct)[0]) == 10]
            if refs and len(date) == 10 and max(refs) > date:
                date, continues = min(max(refs), dct.isoformat()), None
        elif index == lede:
            date, rule = dct.isoformat(), "lede"
        elif _starts_with(words, cues.topic_shifts):
            rule = "topic-shift"
        elif prev is not None and prev.date:
            date, continues, rule = prev.date, prev.index, "continuation"
        else:
            rule = "undated"
        if rule == "undated":
            earlier = [t for t in own if t.role == "subordinate" and len(_date_and_time(t, dct)[0]) in (7, 10)]
            if earlier:
                expression = earlier[0]
                date, time = _date_and_time(expression, dct)
                rule = "subordinate"
        if rule == "undated" and verb is not None:
            # a speech verb with nothing dated before it: try the other rules
            if _is_present(words, own, _first_chunk_end(text, c)):
                date, rule = dct.isoformat(), "present"
            elif index == lede:
                date, rule = dct.isoformat(), "lede"

        events.append(Event(
            doc=doc, index=index, start=c.start, end=c.end, text=text[c.start:c.end],
            date=date, placement=rule, paragraph=c.paragraph, expression=expression,
            continues=continues, time=time, figures=tuple(figures),
        ))
    return events
