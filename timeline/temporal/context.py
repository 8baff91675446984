"""Reading around a match: neighbouring words, sentences and tense.

Everything works on the folded text of one document and is computed lazily,
once per document, so the hot path only pays for what a rule asks.
"""

from __future__ import annotations

import bisect
import copy
import re
from functools import lru_cache
from typing import Literal

from timeline.lang import Pack as Lexicon
from timeline.text.normalize import Normalized
from timeline.text.words import WordClass, trie_regex, word_regex
from timeline.text.words import words as words_class

Tense = Literal["future", "plan", "present", "irrealis", "past"]

# Sentence ends: . ! ? ؟ ؛ and line breaks; a dot between digits is a decimal.
#: after a mark: it is not the point between two digits
_NOT_DECIMAL = r"(?!(?<=\d\.)\d)"
_STOP = r"[.!?؟؛\n]" + _NOT_DECIMAL
#: a stop and the stops after it with only blanks between: one sentence end
_SENTENCE_ENDS = re.compile(_STOP + r"(?:\s*" + _STOP + r")*")
_WORD = re.compile(r"\w+")
#: the farthest back (characters) a clause's words are looked for
CLAUSE_REACH = 1200


@lru_cache(maxsize=None)
def _tail_regex(cls: WordClass) -> re.Pattern[str]:
    """Matches when a text ends with one of the class's phrases (plus blanks)."""
    return re.compile(r"(?:^|(?<=[^\w]))[وف]?" + cls.pattern + r"[ \t]*$")


@lru_cache(maxsize=None)
def _day_link_regex(lex: Lexicon) -> re.Pattern[str]:
    """A link between two days, blanks collapsed: "و"، "، ثم"، "إلى غاية"."""
    return re.compile(r"(?:[،,] ?)?" + lex.day_chain_links.pattern)


@lru_cache(maxsize=4)
def _hijri_regex(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)[وفبل]?(?:" + lex.hijri_months.pattern + "|" + lex.hijri_holidays.pattern + ")")


@lru_cache(maxsize=None)
def _head_regex(cls: WordClass) -> re.Pattern[str]:
    """Matches blanks then one of the class's phrases."""
    return re.compile(r"[ \t]+" + cls.pattern)


@lru_cache(maxsize=8)
def _punctuation_regex(chars: str) -> re.Pattern[str]:
    """One of ``chars``, but not the point of a decimal (18.7), as for sentence ends."""
    return re.compile("[" + re.escape(chars) + r"]" + _NOT_DECIMAL)


@lru_cache(maxsize=None)
def _phrase_regex(phrases: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)[وف]?(?:" + trie_regex(sorted(phrases, key=len, reverse=True)) + r")(?!\w)")


class Cues:
    """The cue tables of a lexicon, folded and compiled once."""

    def __init__(self, lex: Lexicon) -> None:
        cues = lex.cues

        def _words(items) -> tuple[str, ...]:
            return tuple(" ".join(lex.fold(w).split()) for w in items)

        self.future_particles = _phrase_regex(_words(cues["future"]["particles"]))
        self.future_phrases = _phrase_regex(_words(cues["future"]["phrases"]))
        self.plan_phrases = _phrase_regex(_words(cues["future"]["plan_phrases"]))
        self.call_phrases = _phrase_regex(_words(cues["future"]["call_phrases"]))
        self.call_complements = frozenset(_words(cues["future"]["call_complements"]))
        self.call_complement_prefixes = _words(cues["future"]["call_complement_prefixes"])
        self.call_complement_min = int(cues["future"]["call_complement_min_length"])
        # Relative clauses (الذي يعمل ...) describe a noun, not the main verb,
        # so only complementisers open a clause for tense.
        clause_words = _words(cues["clauses"]["complementizers"] + cues["clauses"]["subjunctive"])
        self.complementizers = _phrase_regex(clause_words)
        self.complementizers_set = frozenset(clause_words)
        self.subjunctive = frozenset(_words(cues["clauses"]["subjunctive"]))
        self.earlier = frozenset(_words(cues["clauses"]["earlier"]))
        self.irrealis = frozenset(_words(cues["clauses"]["irrealis"]))
        self.irrealis_prefixes = _words(cues["clauses"]["irrealis_verb_prefixes"])
        self.since = _phrase_regex(_words(cues["since"]["words"]))
        self.forecast_heads = frozenset(_words(cues["future"]["forecast_heads"]))
        self.forecast_words = _phrase_regex(_words(cues["forecast"]["words"]))
        self.daily = _phrase_regex(_words(cues["daily"]["words"]))
        self.daily_with_span = _phrase_regex(_words(cues["daily"]["with_span"]))
        self.clock_day_links = _words(cues["daily"]["clock_day_links"])
        opens = "|".join(word_regex(w) for w in _words(cues["daily"]["clock_opens"]))
        links = "|".join(word_regex(w) for w in _words(cues["daily"]["clock_links"]))
        self.clock_span = re.compile(r"(?<!\w)(?:" + opens + r")[ \t]+(?:" + lex.hour_word.pattern
                                     + r"[ \t]+)?\S+(?:[ \t]+\w+)?[ \t]+(?:" + links + r")[ \t]*\d")
        self.forecast_min = int(cues["forecast"]["min_words"])
        self.ago_units = frozenset(cues["since"]["ago_units"])
        self.not_ago = _phrase_regex(_words(cues["since"]["continuing"] + cues["since"]["comparing"]))
        prefixes = "|".join(_words(cues["future"]["sa_prefixes"]))
        self.sa_verb = re.compile(r"(?<!\w)[وف]?((?:" + prefixes + r")\w+)")
        self.sa_min = int(cues["future"]["sa_min_length"])
        self.not_future = lex.not_future
        self.not_future_words = lex.not_future_words
        self.present_prefixes = _words(cues["present"]["prefixes"])
        self.present_min = int(cues["present"]["min_length"])
        self.not_verbs = lex.not_verbs
        self.t_prefixes = _words(cues["present"]["t_prefixes"])
        self.t_min = int(cues["present"]["t_min_length"])
        self.t_verbs = frozenset(_words(cues["present"]["t_verbs"]))
        modal = "|".join(_words(cues["future"]["modal_particles"]))
        verb = "|".join(_words(cues["future"]["modal_verb_prefixes"]))
        self.modal = re.compile(r"(?<!\w)[وف]?(?:" + modal + r")[ \t]+((?:" + verb + r")\w{2,})")
        self.perfect_endings = _words(cues["future"]["perfect_endings"])
        self.pluperfect = _phrase_regex(_words(cues["future"]["pluperfect_auxiliaries"]))
        roles = cues["roles"]
        self.reference_signals = words_class("reference_signals", roles["reference_signals"], fold=lex.fold)
        self.until_signals = words_class("until_signals", roles["until_signals"], fold=lex.fold)
        self.extent_signals = words_class("extent_signals", roles["extent_signals"], fold=lex.fold)
        self.comparison = _phrase_regex(_words(roles["comparison_signals"]))
        self.comparison_reach = int(roles["comparison_reach"])
        self.start_verb_recent = int(roles["start_verb_recent_days"])
        self.start_verbs = frozenset(_words(roles["start_verbs"]))
        self.start_verb_reach = int(roles["start_verb_reach"])
        self.start_verb_opening = int(roles["start_verb_opening"])
        self.relatives = frozenset(_words(roles["relative_pronouns"]))
        self.clause_punctuation = frozenset(cues["clauses"]["clause_punctuation"])
        self.main_verb_particles = frozenset(_words(roles["start_verb_particles"]))
        self.range_opens = words_class("range_opens", roles["range_opens"], fold=lex.fold)
        self.range_close = re.compile(r"[ \t]*(?:[،,][ \t]*)?(?:" + "|".join(
            word_regex(w) for w in _words(roles["range_closes"])) + r")[ \t]*(?:يوم[ \t]+)?")
        numbers = "|".join(word_regex(w) for w in _words(roles["document_numbers"]))
        dates = "|".join(word_regex(w) for w in sorted(_words(roles["document_date_signals"]), key=len,
                                                      reverse=True))
        self.document_date = re.compile(
            r"(?<!\w)(?:" + numbers + r")[ \t]*[(\[]?[ \t]*\d+[ \t]*[)\]]?[ \t]*(?:[،,][ \t]*)?"
            r"(?:\w+[ \t]+){0,2}?(?:" + dates + r")[ \t]*(?:[:،,][ \t]*)?$")

    def present_verb(self, word: str) -> bool:
        """Does a clause's first word (folded, و/ف allowed before it) open it
        with an imperfect verb (يعقد، تبدأ، تتواصل)?"""
        if word[:1] in "وف" and len(word) > 2 and not self._imperfect(word):
            word = word[1:]
        return self._imperfect(word)

    def _imperfect(self, word: str) -> bool:
        if word.startswith(self.present_prefixes):
            return len(word) >= self.present_min and not self.not_verbs.matches(word)
        return word in self.t_verbs or (len(word) >= self.t_min and word.startswith(self.t_prefixes))


@lru_cache(maxsize=4)
def cues_of(lex: Lexicon) -> Cues:
    return Cues(lex)


class Scan:
    """Queries about one document's folded text."""

    def __init__(self, norm: Normalized, lex: Lexicon, dct=None, *,
                 hit_spans: list[tuple[int, int]] | None = None) -> None:
        self.norm = norm
        #: the publication date, when known (a bare year far from it is a count)
        self.dct = dct
        self.text = norm.text
        self.lex = lex
        self._ends: list[int] | None = None
        self._tense: dict[int, Tense] = {}
        self._since_at: dict[int, bool] = {}
        self._before: dict[int, tuple[str, ...]] = {}
        self._clause_at: dict[int, list[str]] = {}
        self._marks: list[int] | None = None
        self._forecast: bool | None = None
        #: spans of the expressions found, when known: the queries that look at the other
        #: expressions (role, since-phrases, ranges) need them and refuse without
        self._hit_spans = hit_spans
        c = cues_of(lex)
        self._future_particles = c.future_particles
        self._future_phrases = c.future_phrases
        self._complementizers = c.complementizers
        self._complementizers_set = c.complementizers_set
        self._subjunctive = c.subjunctive
        self._irrealis = c.irrealis
        self._irrealis_prefixes = c.irrealis_prefixes
        self._since = c.since
        self._sa_verb = c.sa_verb
        self._sa_min = c.sa_min
        self._modal = c.modal
        self.cues = c

    # -- neighbouring words -------------------------------------------------

    def preceded_by(self, pos: int, cls: WordClass) -> bool:
        """Does the text just before ``pos`` end with a phrase of ``cls``?"""
        return self.preceding_phrase(pos, cls) is not None

    def _phrases_before(self, pos: int) -> tuple[str, ...]:
        """The one-, two- and three-word phrases ending just before ``pos``
        (longest first, each also without a leading و/ف), cached per position."""
        cached = self._before.get(pos)
        if cached is not None:
            return cached
        before = self.text[max(0, pos - 40):pos]
        out: list[str] = []
        if not before or before[-1].isspace() or before[-1:] in "وفبلك":
            words = before.split()
            for k in (3, 2, 1):
                if len(words) < k:
                    continue
                parts = words[-k:]
                first = parts[0].lstrip("(\"'«“[-—–")
                phrase = " ".join([first, *parts[1:]]) if k > 1 else first
                out.append(phrase)
                if phrase[:1] in "وف":
                    out.append(phrase[1:])
        result = self._before[pos] = tuple(out)
        return result

    def preceding_phrase(self, pos: int, cls: WordClass) -> str | None:
        """The phrase of ``cls`` (up to three words, the first may carry و/ف)
        that ends just before ``pos`` with only blanks between, or None."""
        forms = cls.forms
        for phrase in self._phrases_before(pos):
            if phrase in forms:
                return phrase
        return None

    def prev_word(self, pos: int) -> str:
        """The word just before ``pos`` (folded), or ''."""
        start = max(0, pos - 30)
        words = _WORD.findall(self.text, start, pos)
        return words[-1] if words else ""

    def prev_word_in(self, pos: int, words: frozenset[str]) -> bool:
        """Is the word before ``pos`` (with or without a one-letter clitic) in ``words``?"""
        word = self.prev_word(pos)
        if word in words:
            return True
        while word[:1] in ("و", "ف", "ب", "ل", "ك") and len(word) > 2:
            word = word[1:]
            if word in words:
                return True
        return False

    def next_word(self, pos: int) -> str:
        m = _WORD.search(self.text, pos, min(len(self.text), pos + 40))
        return m.group(0) if m else ""

    def followed_by(self, pos: int, cls: WordClass, reach: int = 40) -> bool:
        """Does a phrase of ``cls`` follow ``pos`` after blanks?"""
        return _head_regex(cls).match(self.text, pos, min(len(self.text), pos + reach)) is not None

    def word_end(self, pos: int) -> int:
        m = _WORD.match(self.text, pos)
        return m.end() if m else pos

    def near(self, start: int, end: int, word: str, reach: int = 60) -> bool:
        """Does ``word`` (or it without ال) stand within ``reach`` of a span, in its sentence?"""
        s_start, s_end = self.sentence_bounds(start)
        window = self.text[max(s_start, start - reach):min(s_end, end + reach)]
        bare = word[2:] if word.startswith("ال") else word
        return any(w in (word, bare, "ال" + bare) or w[1:] in (word, bare)
                   for w in _WORD.findall(window))

    def clause_break(self, lo: int, hi: int) -> bool:
        """Is there a comma, clause punctuation or a complementiser in [lo, hi)?"""
        text = self.text
        for i in range(lo, hi):
            ch = text[i]
            if ch in "،,؛;":
                return True
            if ch == ":" and not (0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()):
                return True
        return self._complementizers.search(self.text, lo, hi) is not None

    def at_clause_end(self, pos: int) -> bool:
        """Is ``pos`` followed only by blanks and then punctuation or the end?"""
        rest = self.text[pos:pos + 8].lstrip(" \t")
        return not rest or rest[0] in ".,،؛:!?؟\n)\"»”"

    def is_day_link(self, between: str) -> bool:
        """Is ``between`` only a link that chains two days (و، إلى غاية، يوم ...)?"""
        words = " ".join(between.split())
        if not words:
            return False
        return _day_link_regex(self.lex).fullmatch(words) is not None

    def role(self, pos: int, after_dct: bool = False, before_dct: bool = False,
             age: int | None = None) -> str:
        """How a dated expression at ``pos`` relates to its clause:

        - "reference": منذ X, or X after a subordinate start verb (الذي بدأ في X);
        - "until": حتى X، بحلول X (when what is reported ended or is due);
        - "target": in a future, modal or irrealis clause, or after the
          publication date (a plan, a forecast, a schedule);
        - "relative": in a relative clause (الزلزال الذي ضرب الحوز ليلة الجمعة);
        - "extent": خلال X، طوال X;
        - "governing": it dates the clause's main verb.
        """
        c = self.cues
        before = self.text[max(0, pos - 3):pos].rstrip(" \t")
        if before.endswith("(") and pos > 3:
            # (نوفمبر2018م) restates what stands before the bracket: it has that role
            return self.role(self.text.rfind("(", 0, pos), after_dct, before_dct, age)
        if self.preceded_by(pos, c.reference_signals) or self.in_since_phrase(pos):
            return "reference"
        if self._range_start(pos):
            return "reference"   # من يوم الأحد الماضي وحتى أمس الأربعاء: where a stretch began
        if (age is None or age > c.start_verb_recent) and self._after_start_verb(pos):
            return "reference"
        if self._after_comparison(pos):
            return "reference"
        if self.preceded_by(pos, c.until_signals):
            return "until"
        # a plan or forecast: a date after publication, or (unless the date has
        # already passed: قررت أمس) one in a future or irrealis clause
        if after_dct or (not before_dct and self.tense(pos) in ("future", "irrealis")):
            return "target"
        if self._in_relative_clause(pos):
            return "relative"
        if self._after_document_number(pos):
            return "reference"   # المرسوم التشريعي رقم 47 تاريخ 28/3/1968: a document's own date
        start, mood = self.clause_start(pos)
        if mood == "earlier" and start > self.sentence_bounds(pos)[0]:
            return "subordinate"   # …، بعدما تم تأجيلها يوم الأربعاء: an earlier step, not the news
        if self.preceded_by(pos, c.extent_signals):
            return "extent"
        return "governing"

    def _clause_words(self, pos: int) -> list[str]:
        """Words from the last clause punctuation (or sentence start) to ``pos``."""
        cached = self._clause_at.get(pos)
        if cached is None:
            cached = self._clause_at[pos] = self._find_clause_words(pos)
        return cached

    def _clause_floor(self, pos: int) -> int:
        """How far back from ``pos`` its clause is looked for: the sentence start, but
        at most CLAUSE_REACH characters (a text without stops, a list or a scraped
        table, would make every look-back run from its start: quadratic)."""
        return max(self.sentence_bounds(pos)[0], pos - CLAUSE_REACH)

    def _find_clause_words(self, pos: int) -> list[str]:
        s_start = self._clause_floor(pos)
        marks = self._clause_marks()
        k = bisect.bisect_right(marks, pos) - 1
        i = max(marks[k], s_start) if k >= 0 else s_start
        return _WORD.findall(self.text, i, pos)

    def _clause_marks(self) -> list[int]:
        """Where each clause punctuation mark ends (a decimal point, 18.7, is none), once per text."""
        if self._marks is None:
            marks = _punctuation_regex("".join(sorted(self.cues.clause_punctuation)))
            self._marks = [m.end() for m in marks.finditer(self.text)]
        return self._marks

    def _after_start_verb(self, pos: int) -> bool:
        c = self.cues
        words = self._clause_words(pos)
        start = max(0, len(words) - c.start_verb_reach)
        for k in range(start, len(words)):
            w = words[k]
            if w not in c.start_verbs and w[1:] not in c.start_verbs:
                continue
            prev = words[k - 1] if k else ""
            if prev in c.relatives or (k >= 2 and words[k - 2] in c.relatives):
                return True
            if k < c.start_verb_opening or prev in c.main_verb_particles:
                continue  # the main verb: the news itself
            return True
        return False

    def with_hits(self, hit_spans: list[tuple[int, int]]) -> "Scan":
        """The same scan (its caches shared) knowing where the expressions are."""
        other = copy.copy(self)
        other._hit_spans = hit_spans
        other._since_at = {}
        return other

    @property
    def hit_spans(self) -> list[tuple[int, int]]:
        if self._hit_spans is None:
            raise RuntimeError("this query reads the other expressions: build the Scan with hit_spans=")
        return self._hit_spans

    def _range_start(self, pos: int) -> bool:
        """Is the expression at ``pos`` the start of a range (من X إلى/وحتى Y)?"""
        if not self.preceded_by(pos, self.cues.range_opens):
            return False
        spans = self.hit_spans
        k = bisect.bisect_right(spans, (pos, len(self.text) + 1)) - 1   # the last hit starting at or before pos
        if k < 0:
            return False
        s, e = spans[k]
        if not (s == pos or s < pos < e):
            return False
        j = bisect.bisect_left(spans, (e,))
        return j < len(spans) and self.cues.range_close.fullmatch(self.text, e, spans[j][0]) is not None

    def _after_document_number(self, pos: int) -> bool:
        """Is ``pos`` right after "رقم 47 تاريخ", "رقم 2 الصادر في", "رقم (36) لسنة"?"""
        m = self.cues.document_date.search(self.text, max(0, pos - 60), pos)
        return m is not None

    def _after_comparison(self, pos: int) -> bool:
        words = self._clause_words(pos)[-self.cues.comparison_reach:]
        return bool(words) and self.cues.comparison.search(" ".join(words)) is not None

    def _in_relative_clause(self, pos: int) -> bool:
        words = self._clause_words(pos)
        return any(w in self.cues.relatives for w in words)

    def in_since_phrase(self, pos: int) -> bool:
        """Does منذ stand between the start of this comma chunk and ``pos``?
        (منذ تكليف سلام في 13 كانون الثاني: a reference date, not the news.)"""
        cached = self._since_at.get(pos)
        if cached is None:
            s_start = self._clause_floor(pos)
            chunk = max(s_start, self.text.rfind("،", s_start, pos) + 1,
                        self.text.rfind(",", s_start, pos) + 1)
            cached = False
            spans = self.hit_spans
            for m in self._since.finditer(self.text, chunk, pos):
                # منذ بداية العام في السادس من مايو: a time expression right after
                # منذ is all it governs; a later date is outside the phrase
                j = bisect.bisect_left(spans, (m.end(),))
                closed = False
                while j < len(spans) and spans[j][0] <= m.end() + 2:
                    if spans[j][1] <= pos:
                        closed = True
                        break
                    j += 1
                cached = not closed
            self._since_at[pos] = cached
        return cached

    def has_tanwin(self, start: int, end: int) -> bool:
        """Is the original of this folded span written with fathatan (غداً)?"""
        o_start, o_end = self.norm.span(start, end)
        return "\u064b" in self.norm.original[o_start:o_end]

    def gap_is_blank(self, start: int, end: int) -> bool:
        return not self.text[start:end].strip()

    # -- sentences ----------------------------------------------------------

    @property
    def sentence_ends(self) -> list[int]:
        """Where each sentence ends: after a stop (not the point of 3.5) and
        any stops that follow it with only blanks between (".\n", "..")."""
        if self._ends is None:
            self._ends = [m.end() for m in _SENTENCE_ENDS.finditer(self.text)]
        return self._ends

    def sentence_index(self, pos: int) -> int:
        return bisect.bisect_right(self.sentence_ends, pos)

    def sentence_bounds(self, pos: int) -> tuple[int, int]:
        ends = self.sentence_ends
        i = bisect.bisect_right(ends, pos)
        start = ends[i - 1] if i > 0 else 0
        end = ends[i] if i < len(ends) else len(self.text)
        return start, end

    # -- tense --------------------------------------------------------------

    def clause_start(self, pos: int) -> tuple[int, str]:
        """Start of the clause holding ``pos`` (the sentence start, or the end
        of the last complementiser before ``pos``) and the complementiser's
        mood: "earlier" (بعد أن، بعدما), "subjunctive" (قبل أن), "irrealis" (أن) or ""."""
        start, kind, _ = self._clauses(pos)
        return start, kind

    def _clauses(self, pos: int) -> tuple[int, str, int]:
        """(clause start, its mood, the previous clause's start)."""
        s_start = self._clause_floor(pos)
        start, kind, previous = s_start, "", s_start
        for m in self._complementizers.finditer(self.text, s_start, pos):
            previous = start
            start = m.end()
            word = " ".join(m.group(0).split())
            if word[:1] in "وف" and word[1:] in self._complementizers_set:
                word = word[1:]
            kind = ("earlier" if word in self.cues.earlier
                    else "subjunctive" if word in self._subjunctive
                    else "irrealis" if word in self._irrealis else "")
        return start, kind, previous

    def _is_modal(self, text: str, start: int, pos: int) -> bool:
        """قد + an imperfect verb ("may"), not the pluperfect كان … قد + a
        perfect (وكان المؤشر قد تراجع) nor a perfect with its ending (قد تسلمت)."""
        for m in self._modal.finditer(text, start, pos):
            verb = m.group(1)
            if verb.endswith(self.cues.perfect_endings):
                continue
            if self.cues.pluperfect.search(text, start, m.start()):
                continue
            return True
        return False

    def _is_future_verb(self, word: str) -> bool:
        if len(word) < self._sa_min:
            return False
        c = self.cues
        return not (c.not_future.matches(word) or c.not_future_words.matches(word))

    def sentence_has_hijri(self, pos: int) -> bool:
        """Does the sentence name a Hijri month or holiday (an announcement of one)?"""
        s_start, s_end = self.sentence_bounds(pos)
        return _hijri_regex(self.lex).search(self.text, s_start, s_end) is not None

    def named_as(self, pos: int) -> bool:
        """Is the day word at ``pos`` (يوم السبت، الأربعاء) followed by "is" (هو، سيكون)?"""
        end = self.word_end(pos)
        if self.text[pos:end] in self.lex.day_word:
            end = self.word_end(self.text.find(" ", end) + 1)  # يوم السبت: past يوم
        return (self.followed_by(end, self.lex.equivalence_links, reach=12)
                or self.followed_by(end, self.lex.last_day_words, reach=16))   # السبت مكمل لشهر رمضان

    def past_auxiliary(self, pos: int) -> bool:
        """Does كان/كانت stand in the clause before ``pos`` (past narrative)?"""
        start, _ = self.clause_start(pos)
        return self.cues.pluperfect.search(self.text, start, pos) is not None

    @property
    def forecast(self) -> bool:
        """Is the article a weather forecast (cues.toml [forecast])?"""
        if self._forecast is None:
            found = {m.group(0) for m in self.cues.forecast_words.finditer(self.text)}
            self._forecast = len(found) >= self.cues.forecast_min
        return self._forecast

    def ago(self, pos: int, unit: str, mod: str | None, compound: bool) -> bool:
        """Is منذ + a count at ``pos`` "that long ago" (a past event) rather than
        a duration? See cues.toml [since]."""
        c = self.cues
        if mod in ("MORE_THAN", "LESS_THAN", "EQUAL_OR_MORE", "EQUAL_OR_LESS"):
            return False
        if unit not in c.ago_units and not compound:
            return False
        if self.tense(pos) != "past":
            return False
        s_start, s_end = self.sentence_bounds(pos)
        return c.not_ago.search(self.text, s_start, s_end) is None

    def _asked_for(self, text: str, start: int, pos: int) -> bool:
        """Does a call (دعا، طالب، حث) stand before ``pos`` with its complement
        opened between them (دعا إلى ...، طالب بعقد ...)? Then ``pos`` names the
        day of what is asked for."""
        c = self.cues
        for m in c.call_phrases.finditer(text, start, pos):
            for w in _WORD.finditer(text, m.end(), pos):
                word = w.group(0)
                if word in c.call_complements or (len(word) >= c.call_complement_min
                                                  and word.startswith(c.call_complement_prefixes)):
                    return True
        return False

    def tense(self, pos: int) -> Tense:
        """Tense of the clause an expression at ``pos`` belongs to.

        Future when the clause has a future particle or a سـ verb, or the
        sentence has a future phrase (من المقرر، على أن) before ``pos``;
        present when the clause opens with an imperfect verb (يعقد، يصوت),
        or with an irrealis verb after أن (مستبعدا أن تعقد); past otherwise
        (the unmarked tense of news reports; also after قبل أن/بعد أن, whose
        subjunctive says nothing about time).
        """
        cached = self._tense.get(pos)
        if cached is not None:
            return cached
        c_start, mood, c_previous = self._clauses(pos)
        text = self.text
        result: Tense = "past"
        # a future phrase (من المقرر أن، على أن) reaches into the clause it opens
        if (self._future_phrases.search(text, c_previous, pos)
                or self._future_particles.search(text, c_start, pos)
                or self._is_modal(text, c_start, pos)):
            result = "future"
        elif self.cues.plan_phrases.search(text, c_previous, pos):
            result = "plan"
        elif self._asked_for(text, c_previous, pos):
            result = "irrealis"
        else:
            for m in self._sa_verb.finditer(text, c_start, pos):
                if self._is_future_verb(m.group(1)):
                    result = "future"
                    break
        if result == "past" and mood == "irrealis":
            first = _WORD.search(text, c_start, pos)
            if first is not None and first.group(0).startswith(self._irrealis_prefixes):
                result = "irrealis"
        elif result == "past" and mood == "":
            first = _WORD.search(text, c_start, pos)
            if first is not None:
                word = first.group(0)
                if self.cues.present_verb(word):
                    result = "present"
        self._tense[pos] = result
        return result
