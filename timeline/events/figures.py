"""Casualty and displacement figures in a clause: ``{kind, count, approx?,
cumulative?, since?}``.

A number counts when a kind word stands next to it: a noun after it
(24 قتيلا، عشرات الجرحى), a word before it (مقتل 18 مدنيا، وجرح 120
آخرين), or a verb after the people it counts (60 شخصا قتلوا). Numbers in
words (ألف وخمسمائة) and vague counts (عشرات = 10, as event databases code
them) are read; "among them" subsets (بينهم 44 طفلا) are left out, so a
figure is never counted twice. A running total (منذ 15 نوفمبر، ليرتفع …
إلى) is marked cumulative and must not be added to the day's count.

Each figure is also a claim (``timeline.events.claims``): who gives it, what
it covers (that day, the last hours, a running total) and where.

The words are the language pack's (its ``events`` table, section ``figures``,
and its number words); matching runs on the pack's folding of the text, the
article's one folded copy when the caller has it (``norm``).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from timeline.events.claims import read_claim
from timeline.lang import Pack, default_pack
from timeline.model import Figure, Timex
from timeline.text.normalize import Normalized
from timeline.text.numbers import parse_number
from timeline.text.words import SPACE, word_regex
from timeline.values import Kind

__all__ = ["extract_figures"]


@dataclass(frozen=True)
class _Table:
    nouns: dict[str, str]
    before: dict[str, str]
    after: dict[str, str]
    people: frozenset[str]
    subset: frozenset[str]
    approx: tuple[str, ...]
    more_than: tuple[str, ...]
    at_least: tuple[str, ...]
    cumulative: tuple[str, ...]
    cumulative_re: re.Pattern[str]
    not_people: tuple[str, ...]
    number: re.Pattern[str]
    range_: re.Pattern[str]
    vague: dict[str, int]


@lru_cache(maxsize=8)
def _table(pack: Pack) -> _Table:
    """The figure words of one pack, compiled once per pack."""
    f = pack.table("events")["figures"]

    def _folded(items) -> tuple[str, ...]:
        return tuple(sorted((" ".join(pack.fold(w).split()) for w in items), key=len, reverse=True))

    def kinds(section: str) -> dict[str, str]:
        return {w: kind for kind, ws in f[section].items() for w in _folded(ws)}

    nums = pack.numbers
    vague = {k: v for k, v in nums.vague_counts.forms.items()}
    vague_re = "|".join(word_regex(w) for w in sorted(vague, key=len, reverse=True))
    digits = r"\d+(?:[.,]\d+)?(?:" + SPACE + nums.multipliers.pattern + ")?"
    words_num = (nums.cardinals.pattern + "(?:" + SPACE + nums.multipliers.pattern + ")?"
                 + "(?:" + SPACE + "و(?:" + nums.cardinals.pattern + r"|\d+))*")
    number = re.compile(r"(?<!\w)[وفبل]?(?P<n>(?:ال)?(?:" + vague_re + "|" + digits + "|" + words_num + r"))(?!\w)")
    opens = "|".join(word_regex(w) for w in _folded(f["words"]["range_open"]))
    range_ = re.compile(r"(?:" + opens + r")[ \t]+(?P<a>\d+(?:[.,]\d+)?)[ \t]+و(?P<b>\d+(?:[.,]\d+)?)(?!\w)")
    return _Table(
        nouns=kinds("nouns"), before=kinds("before"), after=kinds("after"),
        people=frozenset(_folded(f["words"]["people"])), subset=frozenset(_folded(f["words"]["subset"])),
        approx=_folded(f["words"]["approx"]), more_than=_folded(f["words"]["more_than"]),
        at_least=_folded(f["words"]["at_least"]), cumulative=_folded(f["words"]["cumulative"]),
        cumulative_re=re.compile(r"(?<!\w)[وفل]?(?:" + "|".join(
            word_regex(c) for c in sorted(_folded(f["words"]["cumulative"]), key=len, reverse=True)) + r")(?!\w)"),
        not_people=_folded(f["words"]["not_people"]), number=number, range_=range_, vague=vague,
    )


#: how far back a figure's sentence is searched for its claimant and place
SENTENCE_REACH = 600
_SENTENCE_ENDS = ".!?؟\n"

_WORD = re.compile(r"[^\s،,.:;؛!?؟\"«»“”()]+")


def _words_after(text: str, pos: int, n: int) -> list[str]:
    return _WORD.findall(text, pos, min(len(text), pos + 80))[:n]


def _words_before(text: str, pos: int, n: int) -> list[str]:
    window = text[max(0, pos - 80):pos]
    return _WORD.findall(window)[-n:]


def _strip(w: str) -> str:
    """A word without one leading conjunction or preposition (وجرح، بمقتل)."""
    return w[1:] if w[:1] in "وفبل" and len(w) > 3 else w


def _lookup(word: str, table: dict[str, str]) -> str | None:
    for w in (word, _strip(word), word[2:] if word.startswith("ال") else word,
              _strip(word)[2:] if _strip(word).startswith("ال") else word):
        if w in table:
            return table[w]
    return None


def _ends_with(text: str, pos: int, phrases: tuple[str, ...]) -> bool:
    tail = " ".join(text[max(0, pos - 30):pos].split())
    return any(tail == p or tail.endswith(" " + p) or tail.endswith("و" + p) for p in phrases)


class _Folded:
    """The folded text of ``text[lo:hi]``, cut from a folding of the text around it,
    and the way back to offsets of ``text``.

    ``norm`` folds ``text[base:]`` (or a part of it that holds ``[lo, hi)``). Folding
    goes character by character, so the cut is what folding the slice alone gives,
    and a span never reaches past ``hi`` (the marks that follow a span's last
    letter stop at the slice's end, as they would in the slice alone).
    """

    __slots__ = ("norm", "base", "hi", "first", "text")

    def __init__(self, norm: Normalized, base: int, lo: int, hi: int) -> None:
        self.norm, self.base, self.hi = norm, base, hi
        self.first = norm.folded_index(lo - base)
        self.text = norm.text[self.first:norm.folded_index(hi - base)]

    def pos(self, i: int) -> int:
        """Folded index (in the slice) of the original offset ``i`` of ``text``:
        the first folded character at or after it, within the slice."""
        return min(max(self.norm.folded_index(i - self.base) - self.first, 0), len(self.text))

    def span(self, a: int, b: int) -> tuple[int, int]:
        """Original span (offsets of ``text``) of the folded span ``[a, b)`` of the slice."""
        o_a, o_b = self.norm.span(self.first + a, self.first + b)
        return o_a + self.base, min(o_b + self.base, self.hi)


def extract_figures(text: str, start: int, end: int, timex: Sequence[Timex],
                    dct: dt.date | None = None, *, pack: Pack | None = None,
                    norm: Normalized | None = None) -> list[Figure]:
    """Figures reported in ``text[start:end]`` (offsets into ``text``).

    ``pack`` is the language pack (:func:`timeline.lang.default_pack` when not
    given); ``norm`` is the whole ``text`` folded by that pack (the pipeline folds
    an article once for every stage). Without it, only the sentence up to ``end``
    is folded here."""
    pack = pack or default_pack()
    t = _table(pack)
    # the sentence up to the clause's end: a claimant or a place may be named before the clause
    lo = max(0, start - SENTENCE_REACH)
    lo = max([text.rfind(c, lo, start) + 1 for c in _SENTENCE_ENDS] + [lo])
    if norm is None:
        base, norm = lo, pack.normalize(text[lo:end])
    elif norm.original is not text and norm.original != text:
        raise ValueError("norm is the folding of another text")
    else:
        base = 0
    clause_f = _Folded(norm, base, start, end)
    sentence = _Folded(norm, base, lo, end)
    folded = clause_f.text

    def at(i: int) -> int:
        """Folded index in the clause of the original offset ``start + i``."""
        return clause_f.pos(start + i)

    def clause_span(a: int, b: int) -> tuple[int, int]:
        o_a, o_b = clause_f.span(a, b)
        return o_a - start, o_b - start

    taken = sorted((x.start - start, x.end - start) for x in timex)
    taken_starts = [a for a, _ in taken]
    # What makes a figure a running total, and where it stands (folded offsets).
    markers: list[tuple[int, str | None]] = []   # (position, since)
    for x in timex:
        if x.role == "reference" and x.time.is_calendar:   # منذ X، الهجوم الذي بدأ في X
            markers.append((at(x.start - start), x.time.day_key or x.value))
    for m in t.cumulative_re.finditer(folded):
        markers.append((m.start(), None))
    markers.sort()
    # a governing date between a marker and a figure ends the marker's reach
    resets = sorted(at(x.start - start) for x in timex if x.role in ("governing", "extent"))
    whole_clause = any(x.role == "counted-back" and x.time.counts_days for x in timex)

    found: list[tuple[int, int, int, str, int, int | None, str | None]] = []
    ranges = {m.start("a"): m for m in t.range_.finditer(folded)}
    skip_until = -1
    for m in t.number.finditer(folded):
        s, e = m.span("n")
        if s < skip_until:
            continue
        o_s, o_e = clause_span(s, e)
        if _overlaps(taken, taken_starts, o_s, o_e):
            continue  # part of a date or a duration
        raw = m.group("n")
        rng = ranges.get(s)
        upper = None
        if rng is not None:
            e = rng.end("b")
            upper = round(float(rng.group("b").replace(",", ".")))
            raw = rng.group("a")
            skip_until = e
        bare = " ".join(raw.split())
        count = t.vague.get(bare) or parse_number(bare, pack)
        if count is None and bare.startswith("ال"):   # الثلاثين (but الف is ألف)
            bare = bare[2:]
            count = t.vague.get(bare) or parse_number(bare, pack)
        vague = bare in t.vague
        if count is None or count <= 0:
            continue
        before = _words_before(folded, m.start(), 8)
        if any(_strip(w) in t.subset or w in t.subset for w in before[-2:]):
            continue  # بينهم 44 طفلا: part of a figure already counted
        after = _words_after(folded, e, 4)
        if after and any(" ".join(after[:2]).startswith(p) for p in t.not_people):
            continue
        kind = _kind(after, before, t)
        if kind is None:
            continue
        if vague:
            approx = "VAGUE"
        elif _ends_with(folded, m.start(), t.more_than):
            approx = "MORE_THAN"
        elif _ends_with(folded, m.start(), t.at_least) or any(
                " ".join(after[i:i + 2]) in t.at_least for i in range(3)):
            approx = "AT_LEAST"
        elif _ends_with(folded, m.start(), t.approx):
            approx = "APPROX"
        else:
            approx = None
        found.append((s, e, round(count), kind, upper or 0, None, approx))

    clause = (sentence.pos(start), len(sentence.text))
    hours_timex = any(x.role == "counted-back" and x.time.kind is Kind.DURATION and not x.time.counts_days
                      for x in timex)

    def original(a: int, b: int) -> str:
        o_a, o_b = sentence.span(a, b)
        return text[o_a:o_b]

    spans = [clause_span(f[0], f[1]) for f in found]
    in_sentence = [(sentence.pos(start + a), sentence.pos(start + b)) for a, b in spans]
    out: list[Figure] = []
    for i, (s, e, count, kind, upper, _, approx) in enumerate(found):
        cumulative, since = whole_clause, None
        for pos, mark_since in markers:
            # a marker counts for the figures after it (until a governing date
            # intervenes), or for the figure just before it when no comma or
            # other figure stands between them
            before = pos < s and not _between(resets, pos, s)
            next_start = found[i + 1][0] if i + 1 < len(found) else len(folded)
            trailing = e <= pos < next_start and not re.search(r"[،,]", folded[e:pos])
            if before or trailing:
                cumulative = True
                since = since or mark_since
        o_s, o_e = spans[i]
        claim = read_claim(sentence.text, original, in_sentence[i][0], in_sentence[i][1], clause,
                           in_sentence[i + 1][0] if i + 1 < len(in_sentence) else len(sentence.text), pack=pack)
        scope = "cumulative" if cumulative else ("hours" if hours_timex else claim.scope)
        out.append(Figure(kind=kind, count=count, start=start + o_s, end=start + o_e,
                          text=text[start + o_s:start + o_e], approx=approx,
                          cumulative=cumulative, since=since, upper=upper or None,
                          claimant=claim.claimant, scope=scope, place=claim.place, areas=claim.areas))
    return out


def _overlaps(spans: list[tuple[int, int]], starts: list[int], s: int, e: int) -> bool:
    """Does [s, e) begin or end inside one of ``spans`` (sorted, not overlapping)?"""
    k = bisect.bisect_right(starts, s) - 1
    if k >= 0 and spans[k][0] <= s < spans[k][1]:
        return True
    k = bisect.bisect_left(starts, e) - 1
    return k >= 0 and spans[k][0] < e <= spans[k][1]


def _between(points: list[int], lo: int, hi: int) -> bool:
    """Is one of the sorted ``points`` strictly between ``lo`` and ``hi``?"""
    k = bisect.bisect_right(points, lo)
    return k < len(points) and points[k] < hi


def _kind(after: list[str], before: list[str], t: _Table) -> str | None:
    """The kind of a count, from the words around it."""
    if after:
        kind = _lookup(after[0], t.nouns) or _lookup(after[0], t.after)
        if kind:
            return kind
        if after[0] in t.people or _strip(after[0]) in t.people:
            for w in after[1:3]:
                kind = _lookup(w, t.after)
                if kind:
                    return kind
    for w in reversed(before):
        kind = _lookup(w, t.before) or _lookup(w, t.nouns)
        if kind:
            return kind
    return None
