"""Place mentions in Arabic text as written (PLACE-SPEC, "Place mentions").

Matching runs on the folded text (``pack.normalize``), word by word: a name of
the gazetteer, with the clitics و ف ب ل ك in front, the longest first; a
singular classifier before it joins the mention and gives its kind (``مدينة
حلب``, ``بلدة تفتناز``, also for a name the gazetteer lacks); a direction
before or after makes an area (``شرق حلب``, ``ريف إدلب الجنوبي``, ``الأحياء
الشرقية من حلب``). A name inside an outlet's or an organisation's name or a
title (``قناة الجزيرة``, ``محافظ حلب``, ``مركز إدلب الإعلامي``) is no mention.
Small places and names that are everyday words too are taken only where the
text says "where": after a locative word, a classifier, or in a list with a
place already found.

Each mention is resolved to one entry (:mod:`timeline.places.resolve`) and
records the rule that chose it. Offsets are the original text's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from timeline.places.gazetteer import Entry, Gazetteer

__all__ = ["Mention", "find_places", "Words", "words_of"]

_WORD = re.compile(r"[\u0621-\u064a]+|[0-9]+")
_CONJ = ("و", "ف")
#: what may stand between the names of a list: a comma, و, or a table's numbers
_LIST_GAP = re.compile(r"[\s،,؛;و\-–/()]*|[\s.,،:°%\-–/]*\d[\s\d.,،:°%\-–/]*")
#: what ends a list a plural classifier opens: a sentence's end
_LIST_END = re.compile(r"[.!?؟:\n]")
_DATELINE = re.compile(r"\s*[-–—،,:(]|\d")
_PREP = ("ب", "ل", "ك")
_QUOTES = frozenset('"«»“”\'')


@dataclass(frozen=True)
class Mention:
    """A place named in a text: its span, what it is and where (PLACE-SPEC)."""

    start: int
    end: int
    text: str
    kind: str
    lat: float | None
    lon: float | None
    country: str | None
    geonameid: int | None
    role: str | None = None
    #: the rule that chose its entry (only, classifier, article-places, article-country, ...)
    rule: str = ""
    key: str | None = None

    def place_json(self) -> dict[str, Any]:
        """The mention without its offsets: an event's ``place``."""
        return {"text": self.text, "kind": self.kind, "lat": self.lat, "lon": self.lon,
                "country": self.country, "geonameid": self.geonameid}

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"start": self.start, "end": self.end, **self.place_json()}
        if self.role:
            out["role"] = self.role
        out["rule"] = self.rule
        return out


@dataclass(frozen=True)
class Words:
    """The pack's ``places`` words, folded once."""

    classifiers: dict[str, str]          # folded classifier -> kind
    known_only: frozenset[str]
    plural: frozenset[str]
    name_heads: frozenset[str]
    not_names: frozenset[str]
    before: frozenset[str]
    after: frozenset[str]
    parts: frozenset[str]
    parts_of: frozenset[str]
    parts_bare: frozenset[str]
    countryside: frozenset[str]
    shift: dict[str, float]
    not_after: frozenset[str]
    not_before: frozenset[str]
    actor_verbs: frozenset[str]
    locative: frozenset[str]
    everyday: frozenset[str]
    seats: frozenset[str]
    area_classifiers: frozenset[str]
    titles_to: frozenset[str]
    title_links: frozenset[str]
    title_reach: int
    list_openers: dict[str, str]        # folded plural classifier -> the kind of its names
    compass: dict[str, tuple[float, float]]     # folded direction word -> (north, east)
    not_after_country: frozenset[str]
    within: re.Pattern                   # the folded gap between a name and the city it lies in
    where: frozenset[str]                # events: the word before a country named as where
    fronted: frozenset[str]              # events: first words of a fronted phrase
    idioms: re.Pattern | None            # phrases whose names are no mentions (folded)
    located: frozenset[str]              # known_only classifiers that name an unknown place after "where"
    capital_words: frozenset[str]        # العاصمة: two words before a name, it says where
    #: the first words of the direction phrases and of the classifiers (a word that opens
    #: none is skipped at once)
    before_first: frozenset[str] = field(init=False)
    classifier_first: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "before_first", frozenset(p.split(" ")[0] for p in self.before))
        object.__setattr__(self, "classifier_first", frozenset(p.split(" ")[0] for p in self.classifiers))

    @classmethod
    def of(cls, table: dict[str, Any], fold) -> "Words":
        def fs(items) -> frozenset[str]:
            return frozenset(" ".join(fold(w).split()) for w in items)

        w, a, c = table["words"], table["areas"], table["context"]
        classifiers = {}
        for kind, items in w["classifiers"].items():
            for item in items:
                classifiers[" ".join(fold(item).split())] = kind
        openers = {}
        for kind, items in w.get("list_openers", {}).items():
            for item in items:
                openers[" ".join(fold(item).split())] = kind
        e = table.get("events", {})
        city = " ".join(fold("مدينة").split())
        within = "|".join(re.escape(x) for x in sorted(fs(c.get("within", [])), key=lambda x: (-len(x), x)))
        gap = re.compile(rf"\s*(?:[،,]\s*)?(?:{within})?\s*(?:{city}\s*)?" if within else r"\s*(?:[،,]\s*)?")
        phrases = sorted(fs(table.get("names", {}).get("idioms", [])), key=lambda x: (-len(x), x))
        idioms = re.compile(r"(?<![\u0621-\u064a])(?:" + "|".join(re.escape(x) for x in phrases)
                            + r")(?![\u0621-\u064a])") if phrases else None
        compass = {" ".join(fold(k).split()): (float(v[0]), float(v[1])) for k, v in a.get("compass", {}).items()}
        return cls(classifiers, fs(w.get("known_only", [])), fs(w["plural_classifiers"]), fs(w["name_heads"]),
                   fs(w["not_names"]), fs(a["before"]), fs(a["after"]), fs(a["parts"]), fs(a["parts_of"]),
                   fs(a["parts_bare"]), fs(a["countryside"]), dict(a["shift"]), fs(c["not_after"]),
                   fs(c["not_before"]), fs(c["actor_verbs"]), fs(c["locative"]),
                   fs(table.get("names", {}).get("everyday", [])), fs(table.get("seats", {}).get("names", [])),
                   fs(w.get("area_classifiers", [])), fs(c.get("titles_to", [])), fs(c.get("title_links", [])),
                   int(c.get("title_reach", 5)), openers, compass, fs(a.get("not_after_country", [])), gap,
                   fs(e.get("where", [])), fs(e.get("fronted", [])), idioms, fs(w.get("located", [])),
                   fs(c.get("capital_words", [])))


def _seconds(gaz: Gazetteer, W: "Words") -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """The words a match may open with whatever follows (a one-word name, a direction's,
    a classifier's, a city part's, a list opener's first word), and for the first words of
    longer names only, the words that may follow them (علي in علي الغربي)."""
    cached = gaz.__dict__.get("_seconds")
    if cached is None:
        full = set(W.before_first | W.classifier_first | W.parts | frozenset(W.list_openers))
        seconds: dict[str, set[str]] = {}
        for name in gaz.names:
            first, _, rest = name.partition(" ")
            if rest:
                seconds.setdefault(first, set()).add(rest.split(" ")[0])
            else:
                full.add(name)
        cached = gaz.__dict__["_seconds"] = (frozenset(full), {w: frozenset(v) for w, v in seconds.items()
                                                               if w not in full})
    return cached


def _opening(gaz: Gazetteer) -> dict[str, Any]:
    """Folded word -> whether a match may open with it: True (any of its readings opens one),
    a set (it opens only a longer name, when the next word is one of these) or False; filled
    as words are met, bounded so that a long run cannot grow it without end."""
    cached = gaz.__dict__.get("_opening")
    if cached is None or len(cached) > 1 << 18:
        cached = gaz.__dict__["_opening"] = {}
    return cached


def _opens_with(word: str, full: frozenset[str], seconds: dict[str, frozenset[str]]) -> Any:
    readings = _readings(word)
    if not full.isdisjoint(readings):
        return True
    nexts = [seconds[r] for r in readings if r in seconds]
    if not nexts:
        return False
    return nexts[0] if len(nexts) == 1 else frozenset().union(*nexts)


def words_of(gaz: Gazetteer) -> Words:
    cached = gaz.__dict__.get("_words")
    if cached is None:
        cached = gaz.__dict__["_words"] = Words.of(gaz.words, gaz.fold)
    return cached


@dataclass(slots=True)
class _Token:
    start: int          # folded offsets of the whole word
    end: int
    word: str           # folded
    forms: tuple[tuple[int, str], ...]   # (clitic length, the word without it), the bare word first


@lru_cache(maxsize=1 << 16)
def _readings(word: str) -> frozenset[str]:
    """A word's readings: as written, and without its clitics."""
    return frozenset(f for _, f in _forms(word))


@lru_cache(maxsize=1 << 16)
def _forms(word: str) -> tuple[tuple[int, str], ...]:
    out = [(0, word)]
    rest, n = word, 0
    if len(rest) > 3 and rest[0] in _CONJ:
        rest, n = rest[1:], 1
        out.append((n, rest))
    if len(rest) > 3 and rest[0] in _PREP:
        if rest.startswith("لل"):
            out.append((n, "ال" + rest[2:]))          # لل = ل + ال: the whole word is the span
        else:
            out.append((n + 1, rest[1:]))
    return tuple(out)


@dataclass
class _Raw:
    """A match before resolution: tokens i..j (inclusive), its span and candidates."""

    i: int
    j: int
    start: int            # folded
    end: int
    name: str             # the folded name matched
    candidates: list[Entry]
    kind: str | None = None         # forced by a classifier or an area pattern
    area_of: str | None = None      # an area made from a place: "before"/"after"/"parts"/"countryside"
    direction: str = ""
    context: bool = False           # a locative word, a classifier or a list says "where"
    classifier: bool = False
    clitic_loc: bool = False        # the name carries ب (في)
    conj: bool = False              # the name carries و (a list)
    unknown: bool = False           # a classifier's name the gazetteer lacks
    actor: bool = False
    extra: dict = field(default_factory=dict)


class _Tokens:
    """The folded text's words, each made a ``_Token`` only when a match looks at it (most
    words are never looked at: they open no name)."""

    __slots__ = ("text", "words", "spans", "_made", "_n")

    def __init__(self, folded: str) -> None:
        self.text = folded
        found = list(_WORD.finditer(folded))
        self.words = [m.group() for m in found]
        self.spans = [m.span() for m in found]
        self._n = len(self.words)
        self._made: list[_Token | None] = [None] * self._n

    def gap(self, k: int) -> str:
        """The text between token k-1 and token k."""
        return self.text[self.spans[k - 1][1]:self.spans[k][0]] if k > 0 else ""

    def __len__(self) -> int:
        return self._n

    def __getitem__(self, k):
        if k.__class__ is slice:
            return [self[i] for i in range(*k.indices(self._n))]
        t = self._made[k]           # an index past the end is an IndexError, a negative one counts back
        if t is None:
            if k < 0:
                k += self._n
            start, end = self.spans[k]
            word = self.words[k]
            t = self._made[k] = _Token(start, end, word, _forms(word))
        return t


def _tokens(folded: str) -> _Tokens:
    return _Tokens(folded)


def _match_at(gaz: Gazetteer, toks: "_Tokens", i: int, skip_first_clitic: bool = True):
    """The longest gazetteer name starting at token i: (j, clitic length, name, entries)."""
    first = _first_words(gaz)
    rest = len(toks) - i
    for clen, base in (toks[i].forms if skip_first_clitic else toks[i].forms[:1]):
        longest = first.get(base)
        if longest is None:
            continue
        for n in range(min(longest, rest), 0, -1):
            name = " ".join([base, *toks.words[i + 1:i + n]]) if n > 1 else base
            hits = gaz.names.get(name)
            if hits:
                return i + n - 1, clen, name, [gaz.entries[k] for k in hits]
    return None


def _first_words(gaz: Gazetteer) -> dict[str, int]:
    """First word of every name -> the most words a name starting with it has."""
    cached = gaz.__dict__.get("_first")
    if cached is None:
        cached = {}
        for name in gaz.names:
            words = name.split(" ")
            cached[words[0]] = max(cached.get(words[0], 0), len(words))
        gaz.__dict__["_first"] = cached
    return cached


def _form_in(tok: _Token, words) -> tuple[int, str] | None:
    """The first reading of a word (as written, then without its clitics) that is in ``words``."""
    for clen, form in tok.forms:
        if form in words:
            return clen, form
    return None


def _located(toks: "_Tokens", i: int, clen: int, W: Words) -> bool:
    """Whether token i (a classifier) is said to be where: ب on it, or a locative word before."""
    t = toks[i]
    if clen and t.word[clen - 1] == "ب":
        return True
    return i > 0 and _form_in(toks[i - 1], W.locative) is not None


def _unknown_name(toks: "_Tokens", k: int, W: Words, kind: str) -> int | None:
    """The last token of a name the gazetteer lacks starting at token k, or None."""
    nxt = toks[k]
    word = nxt.forms[1][1] if len(nxt.forms) > 1 and nxt.word[0] in _CONJ else nxt.word
    head = word in W.name_heads
    if word in W.not_names or word.isdigit() or (len(word) < 3 and not head) or word in W.classifiers \
            or word in W.before or word in W.plural or word in W.list_openers:
        return None
    if kind == "district" and not (word.startswith("ال") or head):
        return None          # حي تبقى: a neighbourhood's name has the article or a name's first word
    if kind == "site" and word.startswith("م") and not head:
        return None          # شارع مدمر، مستشفى مزدحم: a participle describes, it does not name
    if head and k + 1 < len(toks) and toks[k + 1].start - nxt.end == 1:
        return k + 1
    return k


def find_raw(folded: str, gaz: Gazetteer) -> tuple[list[_Token], list[_Raw]]:
    W = words_of(gaz)
    toks = _tokens(folded)
    raws: list[_Raw] = []
    i = 0
    full, seconds = _seconds(gaz, W)
    opening = _opening(gaz)
    opens = []
    words = toks.words
    last = len(words) - 1
    for k, w in enumerate(words):
        o = opening.get(w)
        if o is None:
            o = opening[w] = _opens_with(w, full, seconds)
        if o is True or (o and k < last and words[k + 1] in o):
            opens.append(k)
    at = 0
    while at < len(opens):
        i = opens[at]
        at += 1
        if raws and i <= raws[-1].j:
            continue        # inside the match before
        t = toks[i]
        hit = None
        # a part of a city: الأحياء الشرقية من حلب (the whole phrase; the table may hold it as a name)
        direct = _match_at(gaz, toks, i)
        if direct is None and t.forms[-1][1] in W.parts and i + 3 < len(toks) and toks[i + 1].word in W.after:
            k = i + 2
            prep = toks[k].word
            if prep in W.parts_of or any(p in W.parts_of for p in (prep,)):
                k += 1
            m = _match_at(gaz, toks, k, skip_first_clitic=(k == i + 2))
            if m and any(e.kind == "city" and e.bare for e in m[3]):
                j, clen, name, cands = m
                hit = _Raw(i, j, t.start + t.forms[-1][0], toks[j].end, name, cands, "area", "parts",
                           toks[i + 1].word, context=True)
        # a direction before a place: شرق حلب، ريف إدلب، شمال غرب سوريا
        if hit is None and direct is None and t.forms[-1][1] in W.before_first:
            for width in (3, 2, 1):
                if i + width >= len(toks):
                    continue
                words = [toks[i].forms[-1][1]] + [x.word for x in toks[i + 1:i + width]]
                phrase = " ".join(words)
                if phrase in W.before:
                    m = _match_at(gaz, toks, i + width, skip_first_clitic=False)
                    if m:
                        j, clen, name, cands = m
                        side = "countryside" if words[0] in W.countryside else "before"
                        hit = _Raw(i, j, t.start + t.forms[-1][0], toks[j].end, name, cands, "area", side,
                                   phrase, context=True)
                    break
        if hit is None and direct is not None:
            j, clen, name, cands = direct
            hit = _Raw(i, j, t.start + clen, toks[j].end, name, cands)
            hit.clitic_loc = clen > 0 and t.word[clen - 1] == "ب"
            hit.conj = clen > 0 and t.word[0] == "و"
        # a classifier and a name the gazetteer lacks: بلدة تفتناز، مخيم عين الحلوة
        if hit is None and any(f in W.classifier_first for _, f in t.forms):
            for width in (2, 1):
                if i + width >= len(toks):
                    continue
                kind = None
                for clen0, form in t.forms:
                    cls_words = " ".join([form] + [x.word for x in toks[i + 1:i + width]])
                    kind = W.classifiers.get(cls_words)
                    if kind is not None:
                        break
                if kind is None:
                    continue
                k = i + width
                m = _match_at(gaz, toks, k, skip_first_clitic=False)
                if m is None and cls_words not in W.known_only:
                    # و before the word after a classifier is "and" (قرية وقتلت), unless it opens a name
                    j = None if toks[k].word[0] == "و" and toks[k].word not in W.name_heads \
                        else _unknown_name(toks, k, W, kind)
                    if j is None:
                        break
                    hit = _Raw(i, j, t.start + clen0, toks[j].end, " ".join(x.word for x in toks[k:j + 1]), [], kind,
                               context=True, classifier=True, unknown=True)
                elif m is None and cls_words in W.located and _located(toks, i, clen0, W):
                    j = _unknown_name(toks, k, W, "area")
                    quoted = toks.gap(k).strip() in _QUOTES
                    if j is not None and (quoted or toks[k].word.startswith("ال") or toks[k].word in W.name_heads):
                        end = toks[j].end
                        if quoted and toks.text[end:end + 1] in _QUOTES:
                            end += 1
                        hit = _Raw(i, j, t.start + clen0, end, " ".join(x.word for x in toks[k:j + 1]), [],
                                   "area", context=True, classifier=True, unknown=True)
                break
        if hit is None:
            opener = _form_in(t, W.list_openers)
            if opener is not None and i + 1 < len(toks):
                _list_after(gaz, toks, i + 1, W, W.list_openers[opener[1]], raws)
            continue
        raws.append(hit)
    # the words around each match
    for r in raws:
        _context(r, toks, W, gaz)
    if W.idioms is not None and raws:
        spans = [m.span() for m in W.idioms.finditer(folded)]
        if spans:
            for r in raws:
                if any(a < r.end and r.start < b for a, b in spans):
                    r.extra["drop"] = True      # باليمن والبركات، بالعين المجردة، فجر ليبيا
    raws = [r for r in raws if not r.extra.get("drop")]
    # lists: names of one city's districts side by side (الشعار والفردوس وصلاح الدين) say "where"
    run: list[_Raw] = []
    for r in raws + [None]:
        if r is not None and run and r.i - run[-1].j <= 2 and r.conj:
            run.append(r)
            continue
        if len(run) >= 2:
            cities = [{e.within for e in x.candidates if e.within} for x in run]
            shared = set.intersection(*cities) if all(cities) else set()
            if shared:
                for x in run:
                    x.context = True
        run = [r] if r is not None else []
    # lists: a place right after another (X وY، X، Y; a table's rows: القاهرة 28 20 الجيزة 29 19)
    # has the context the first one had
    for a, b in zip(raws, raws[1:]):
        gap = folded[a.end:b.start]
        if (b.conj or _LIST_GAP.fullmatch(gap)) and \
                (a.context or a.candidates and any(e.bare for e in a.candidates)):
            b.context = True
    # a dateline: the story's first name, followed by a dash or a comma (النجف - ، غزة 20-11-2012)
    if raws and raws[0].i == 0 and _DATELINE.match(folded[raws[0].end:raws[0].end + 3]):
        raws[0].context = True
    return toks, raws


def _list_after(gaz: Gazetteer, toks: "_Tokens", k: int, W: Words, kind: str, raws: list[_Raw]) -> int:
    """The names of a list a plural classifier opens (بلدات معرزيتا وجبالا وتفتناز), known or
    not, joined by و; returns the token after the list."""
    first = True
    while k < len(toks):
        t = toks[k]
        if not first and (t.word[0] != "و" or _LIST_END.search(toks.gap(k))):
            break
        m = _match_at(gaz, toks, k)
        if m is not None:
            j, clen, name, cands = m
            r = _Raw(k, j, t.start + clen, toks[j].end, name, cands, context=True)
            r.conj = not first
        else:
            j = _unknown_name(toks, k, W, kind)
            bare = toks[k].forms[1][1] if not first and len(toks[k].forms) > 1 and t.word[0] == "و" else t.word
            if j is None or (j == k and bare.endswith("يه") and not bare.startswith("ال")):
                break       # مدن سودانية: an adjective, not a name
            clen = 1 if (not first and t.word[0] == "و") else 0
            r = _Raw(k, j, t.start + clen, toks[j].end, " ".join(x.word for x in toks[k:j + 1]), [], kind,
                     context=True, unknown=True)
        raws.append(r)
        k = j + 1
        first = False
    return k


def _context(r: _Raw, toks: "_Tokens", W: Words, gaz: Gazetteer) -> None:
    prev = toks[r.i - 1] if r.i > 0 else None
    prev2 = toks[r.i - 2] if r.i > 1 else None
    nxt = toks[r.j + 1] if r.j + 1 < len(toks) else None
    # a classifier before the name joins the mention
    if prev is not None and not r.classifier and r.area_of is None \
            and not (W.classifier_first.isdisjoint(_readings(prev.word))
                     and (prev2 is None or W.classifier_first.isdisjoint(_readings(prev2.word)))):
        for width, first in ((2, prev2), (1, prev)):
            if first is None:
                continue
            kind = None
            for clen, form in first.forms:
                phrase = " ".join([form] + ([prev.word] if width == 2 else []))
                kind = W.classifiers.get(phrase)
                if kind:
                    break
            if kind:
                r.classifier = True
                r.context = True
                r.start = first.start + clen
                r.i = r.i - width
                r.kind = "area" if phrase in W.area_classifiers else kind
                prev = toks[r.i - 1] if r.i > 0 else None
                prev2 = toks[r.i - 2] if r.i > 1 else None
                break
    # a plural classifier before it (أحياء الشعار): "where", outside the mention
    if prev is not None and _form_in(prev, W.plural):
        r.context = True
    # a direction adjective after it: حلب الشرقية، ريف حلب الشمالي
    if nxt is not None and r.kind != "site":
        two = f"{nxt.word} {toks[r.j + 2].word}" if r.j + 2 < len(toks) else ""
        for phrase, width in ((two, 2), (nxt.word, 1)):
            if phrase and phrase in W.after and not (r.candidates and any(e.kind == "country" for e in r.candidates)
                                                      and r.area_of is None and phrase in W.not_after_country):
                if r.candidates and all(e.kind == "country" for e in r.candidates) and r.area_of is None:
                    break           # سوريا الشمالية is rare; الشرق الأوسط is not a side of a country
                r.end = toks[r.j + width].end
                r.j += width
                r.area_of = r.area_of or "after"
                r.direction = (r.direction + " " + phrase).strip()
                r.kind = "area"
                nxt = toks[r.j + 1] if r.j + 1 < len(toks) else None
                break
    # a country's name that is its adjective here (القوات السعودية، محافظات سورية): after a
    # definite noun, or after an indefinite plural when it has no article itself
    if prev is not None and r.area_of is None and not r.classifier and r.name.endswith("يه") \
            and r.candidates and all(e.kind == "country" for e in r.candidates) \
            and len(prev.forms) == 1 and not _form_in(prev, W.locative) and toks[r.i].word == r.name.split(" ")[0] \
            and (prev.word.startswith("ال") or (not r.name.startswith("ال") and prev.word in W.list_openers)):
        r.extra["drop"] = True
        return
    # not places: an outlet's or organisation's name, a title, a time standard
    if prev is not None and r.area_of is None and _form_in(prev, W.not_after):
        r.extra["drop"] = True          # قناة الجزيرة، محافظ حلب، مجلس محافظة حلب
        return
    # a title "to" the place: مبعوث الأمم المتحدة إلى سوريا
    if prev is not None and prev.word in W.title_links and r.area_of is None:
        for back in toks[max(0, r.i - 1 - W.title_reach):r.i - 1]:
            if _form_in(back, W.titles_to):
                r.extra["drop"] = True
                return
    if nxt is not None and nxt.word in W.not_before and r.area_of is None and not r.classifier:
        r.extra["drop"] = True
        return
    # "where": a locative word before, or ب on the name
    if r.clitic_loc:
        r.context = True
    if prev is not None:
        two = f"{prev2.word} {prev.word}" if prev2 is not None else ""
        if _form_in(prev, W.locative) or two in W.locative:
            r.context = True
        if prev2 is not None and prev2.word in W.capital_words:
            r.context = True
            r.extra["capital"] = True
    # a country, capital or seat that acts: أعلنت موسكو، طالبت روسيا
    if prev is not None and _form_in(prev, W.actor_verbs):
        r.actor = True


def find_places(text: str, norm, gaz: Gazetteer, *, outlet_country: str | None = None) -> list[Mention]:
    """Every place mention of ``text`` (``norm``: its folding by the pack), resolved."""
    from timeline.places.resolve import resolve

    toks, raws = find_raw(norm.text, gaz)
    return resolve(text, norm, toks, raws, gaz, words_of(gaz), outlet_country=outlet_country)

