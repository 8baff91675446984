"""One timeline from many articles.

1. Stories: within an article, a dated event and the sentences that go on
   quoting it on the same day (placement speaker, follow-up: وأضاف، وتابع)
   form one story, led by the first.
2. Copies: an article whose stories of the day are those of an earlier
   article, word for word or nearly (each story's content words at least
   ``NEAR_COPY`` alike, the same kinds of figure: one agency report carried
   by many outlets), is that article's copy: its stories join the entries
   of the first one's, as copies, and take no part in the comparison. A
   copy is found by hashing (exact copies) and, on days of many reports,
   through MinHash locality-sensitive hashing (datasketch), so a day costs
   about what its distinct reports cost.
3. Entries: on each day, stories from different articles that report the
   same thing are merged. Two stories are the same when their content words
   overlap enough, weighted by how rare each word is among the day's
   stories (so a city every report names counts less than a name only two
   share); sharing a kind of figure lowers the bar. Two stories of one
   article are never merged.
4. Figures stay per source, side by side, as claims (``timeline.merge.tally``):
   a day's figure is the range of its claimants' counts, tolls that may
   overlap are never added, and running totals are never added to a day.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterable, Optional, Sequence

from timeline.lang import Pack
from timeline.merge.tally import claimed_figures, day_ranges
from timeline.model import Article, Figure, SourceRef, stories_of
from timeline.pipeline import Extraction
from timeline.places.compare import compatible, more_specific
from timeline.text.content import content_words
from timeline.values import Precision, TimeValue, order_key

__all__ = ["Entry", "Day", "Timeline", "build_timeline", "merge_day", "limit_period",
           "SAME_STORY", "SAME_STORY_WITH_FIGURES"]

#: weighted overlap at which two reports are the same story
SAME_STORY = 0.5
#: ... when they also report the same kind of figure
SAME_STORY_WITH_FIGURES = 0.35
#: and they must share at least this many content words
MIN_SHARED = 2
#: an article's stories of a day are copies of another's when each pair's content words
#: are at least this alike (Jaccard) and report the same kinds of figure
NEAR_COPY = 0.8
#: from this many distinct articles on a day, near copies are found through MinHash LSH
#: (below it, by comparing each article with the day's earlier ones)
LSH_FROM = 32
#: permutations of each MinHash, and the LSH's own bar, set below NEAR_COPY and weighted
#: against misses: a pair at NEAR_COPY is missed about once in 10,000, at 0.9 once in a
#: billion; the candidates it gives are checked exactly
MINHASH_PERMUTATIONS = 128
LSH_THRESHOLD = 0.6
LSH_WEIGHTS = (0.2, 0.8)

PART_ORDER = {"MO": "07:00", "AF": "14:00", "EV": "19:00", "NI": "23:00"}


@dataclass(frozen=True)
class Entry:
    """One occurrence on one day, with every source that reported it."""

    date: str
    time: str | None
    sources: tuple[SourceRef, ...]   # earliest report first
    #: other outlets' copies of these reports (word for word or nearly): (copy, the doc it
    #: copies), earliest first; they are listed with the entry but count as one source
    copies: tuple[tuple[SourceRef, str], ...] = ()

    @property
    def text(self) -> str:
        return self.sources[0].text

    @property
    def outlets(self) -> tuple[SourceRef, ...]:
        """Every report of the entry: its sources, then their copies."""
        return self.sources + tuple(c for c, _ in self.copies)

    @property
    def figures(self) -> tuple[tuple[str, Figure], ...]:
        return tuple((s.doc, f) for s in self.sources for e in s.events for f in e.figures)

    def counts(self) -> dict[str, dict[str, Any]]:
        """Per kind: the conservative count of the day's (non-cumulative)
        figures, every source's count, and whether sources disagree."""
        by_kind: dict[str, dict[str, int]] = {}
        for doc, f in self.figures:
            if f.cumulative:
                continue
            per_doc = by_kind.setdefault(f.kind, {})
            per_doc[doc] = max(per_doc.get(doc, 0), f.count)
        return {
            kind: {"count": min(per_doc.values()), "reports": dict(sorted(per_doc.items())),
                   "disputed": len(set(per_doc.values())) > 1}
            for kind, per_doc in sorted(by_kind.items())
        }

    @property
    def place(self) -> Any:
        """Where it happened: the most specific place its sources give (PLACE-SPEC), or None."""
        return more_specific(s.place for s in self.outlets)

    @property
    def until(self) -> Optional[str]:
        """The last day of a lasting occurrence: the one its reports give most often (the
        latest of a tie), or None when none gives one."""
        days = Counter(e.until for s in self.outlets for e in s.events if e.until)
        if not days:
            return None
        return max(days.items(), key=lambda kv: (kv[1], kv[0]))[0]

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"text": self.text}
        if self.time:
            out["time"] = self.time
        until = self.until
        if until:
            out["until"] = until
        place = self.place
        out["place"] = place.place_json() if place is not None else None
        out["sources"] = [s.to_json() for s in self.sources]
        if self.copies:
            out["copies"] = [{"doc": c.doc, "published": c.published,
                              **{k: getattr(c, k) for k in ("source", "url", "title") if getattr(c, k)},
                              "of": of} for c, of in self.copies]
        counts = self.counts()
        if counts:
            out["counts"] = counts
        return out


_PRECISION_NAMES = {Precision.DAY: "day", Precision.MONTH: "month", Precision.YEAR: "year"}


@dataclass(frozen=True)
class Day:
    date: str
    entries: tuple[Entry, ...]

    @property
    def precision(self) -> str:
        """"day", "month", "year" or "week", as ``timeline.json`` names it."""
        return _PRECISION_NAMES.get(TimeValue.parse(self.date).precision, "week")

    def ranges(self, scope=None):
        """Per kind, the range of the claimants' counts (``timeline.merge.tally``)."""
        claims = [c for e in self.entries for c in claimed_figures(self.date, e.sources, _outlet_of)]
        return day_ranges(claims, scope)

    def counts(self) -> dict[str, int]:
        """Per kind, the low end of the day's range: tolls that may overlap are never added."""
        return {r.kind: r.low for r in self.ranges()}

    def to_json(self) -> dict[str, Any]:
        figures = [{"kind": r.kind, "low": r.low, "high": r.high,
                    "claims": [{"claimant": name, "count": c.figure.count, "doc": c.doc,
                                "scope": c.figure.scope, **({"place": c.figure.place} if c.figure.place else {})}
                               for name, c in r.claims]}
                   for r in self.ranges()]
        return {"date": self.date, "precision": self.precision, "counts": self.counts(),
                **({"figures": figures} if figures else {}),
                "entries": [e.to_json() for e in self.entries]}


def _outlet_of(s: "SourceRef") -> str:
    return s.source or s.doc


@dataclass(frozen=True)
class Timeline:
    days: tuple[Day, ...]
    articles: tuple[Article, ...]
    undated: int = 0
    merges: tuple[tuple[str, tuple[str, ...]], ...] = field(default=())

    def to_json(self) -> dict[str, Any]:
        return {
            "articles": [
                {"id": a.id, "published": a.published, **{k: getattr(a, k) for k in
                 ("source", "url", "title") if getattr(a, k)}}
                for a in self.articles
            ],
            "days": [d.to_json() for d in self.days],
            "undated_events": self.undated,
        }


def _time_key(time: str | None) -> str:
    if time is None:
        return ""
    return PART_ORDER.get(time, time)


def merge_day(date: str, stories: Sequence[SourceRef],
              pack: Pack | None = None) -> tuple[Day, list[tuple[str, tuple[str, ...]]]]:
    """One day's entries from its stories (given in order: published, doc, story order);
    content words are read with ``pack`` (the built-in pack by default)."""
    stories = list(stories)
    groups, copy_of = _groups(stories, pack)
    entries = []
    merges = []
    for members in groups:
        members.sort(key=lambda i: (stories[i].published, stories[i].doc, stories[i].lead.start))
        group = [stories[i] for i in members]
        time = next((s.lead.time for s in group if s.lead.time), None)
        sources = tuple(stories[i] for i in members if copy_of[i] == i)
        copies = tuple((stories[i], stories[copy_of[i]].doc) for i in members if copy_of[i] != i)
        entries.append(Entry(date, time, sources, copies))
        if len({s.doc for s in group}) > 1:
            merges.append((date, tuple(s.doc for s in group)))
    # the day's untimed entries first, in source order; then by time of day
    entries.sort(key=lambda e: (e.time is not None, _time_key(e.time), e.sources[0].published,
                                e.sources[0].doc, e.sources[0].lead.start))
    return Day(date, tuple(entries)), merges


def build_timeline(extractions: Sequence[Extraction], pack: Pack | None = None) -> Timeline:
    """The merged timeline of several articles (deterministic for a given input); stories
    are compared by their content words in ``pack`` (the built-in pack by default)."""
    extractions = sorted(extractions, key=lambda x: (x.article.published, x.article.id))
    by_date: dict[str, list[SourceRef]] = {}
    undated = 0
    for ex in extractions:
        undated += sum(1 for e in ex.events if e.date is None)
        for story in stories_of(ex.article, ex.events):
            by_date.setdefault(story.lead.date, []).append(story)

    days = []
    merges = []
    for date in sorted(by_date, key=order_key):
        day, merged = merge_day(date, by_date[date], pack)
        days.append(day)
        merges.extend(merged)
    return Timeline(tuple(days), tuple(x.article for x in extractions), undated, tuple(merges))


def limit_period(timeline: Timeline, start: dt.date | None, end: dt.date | None) -> Timeline:
    """The days whose period overlaps [start, end] (either may be open), and the
    articles that still report something."""
    days = tuple(d for d in timeline.days if TimeValue.parse(d.date).overlaps(start, end))
    docs = {s.doc for d in days for e in d.entries for s in e.outlets}
    merges = tuple(m for m in timeline.merges if any(d.date == m[0] for d in days))
    return Timeline(days, tuple(a for a in timeline.articles if a.id in docs), timeline.undated, merges)


class _Join:
    """Which stories can be the same, found without comparing every pair.

    Two stories are compared only if they can reach the bar: the shared weight
    must be at least the lower bar times the lighter story's weight, so they
    must share one of the lighter story's "prefix" words, its rarest words up
    to the point where what remains weighs less than that (prefix filtering,
    as in similarity joins). The pairs found are all the pairs an all-pairs
    comparison would pass.
    """

    def __init__(self, words: Sequence[frozenset[str]], kinds: Sequence[frozenset[str]],
                 idf: dict[str, float], places: Sequence[Any] | None = None,
                 untils: Sequence[Optional[str]] | None = None) -> None:
        self.words, self.kinds, self.idf = words, kinds, idf
        self.places = places
        self.untils = untils
        self.totals = [sum(idf[w] for w in ws) for ws in words]
        self.postings: dict[str, list[int]] = {}
        for i, ws in enumerate(words):
            for w in ws:
                self.postings.setdefault(w, []).append(i)
        # each story's prefix: its rarest words, up to where the rest cannot reach the bar
        # (the lower bar applies only to a pair sharing a kind of figure, so a story
        # without figures can only be the lighter side of a pair held to the higher one)
        self.prefix_of: dict[str, list[int]] = {}     # word -> the stories whose prefix holds it
        self.prefixes: list[list[str]] = []
        for i, ws in enumerate(words):
            bar = SAME_STORY_WITH_FIGURES if kinds[i] else SAME_STORY
            floor = bar * self.totals[i]
            rest = self.totals[i]
            mine: list[str] = []
            for w in sorted(ws, key=lambda w: (-idf[w], w)):       # rarest first
                if rest < floor:
                    break                                           # the rest cannot reach the bar alone
                rest -= idf[w]
                mine.append(w)
                self.prefix_of.setdefault(w, []).append(i)
            self.prefixes.append(mine)

    def later(self, i: int) -> list[int]:
        """The candidates j > i of story i: stories holding a word of i's prefix, and
        stories whose prefix holds a word of i's. Made when i's turn comes, so memory
        stays with one story's candidates, not every pair's."""
        found: set[int] = set()
        for w in self.prefixes[i]:
            found.update(self.postings[w])
        for w in self.words[i]:
            found.update(self.prefix_of.get(w, ()))
        return sorted(j for j in found if j > i)

    def same(self, i: int, j: int) -> bool:
        """Whether stories i and j report the same thing (never two places far apart: a strike
        on Idlib and one on Aleppo the same day are two occurrences; never two lasting
        occurrences that end on different days)."""
        if self.places is not None and not compatible(self.places[i], self.places[j]):
            return False
        if self.untils is not None and self.untils[i] and self.untils[j] and self.untils[i] != self.untils[j]:
            return False        # two truces from one day that end on different days are two occurrences
        shared = self.words[i] & self.words[j]
        if len(shared) < MIN_SHARED:
            return False
        smaller = min(self.totals[i], self.totals[j])
        score = sum(map(self.idf.__getitem__, shared)) / smaller if smaller else 0.0
        return score >= (SAME_STORY_WITH_FIGURES if self.kinds[i] & self.kinds[j] else SAME_STORY)


def _merge(stories: list[SourceRef], pack: Pack | None = None) -> list[list[SourceRef]]:
    """Group a day's stories that report the same thing (copies with what they copy), each
    group in the day's order, groups in the order of their first story."""
    groups, _ = _groups(stories, pack)
    return [[stories[i] for i in sorted(g)] for g in groups]


def _groups(stories: list[SourceRef], pack: Pack | None = None) -> tuple[list[list[int]], list[int]]:
    """The day's groups (story indices), and for each story the story it is a copy of
    (itself when it is none): an article's copies (``_copy_of``) and, within a group, a
    story with the same content words and kinds of figure as an earlier one."""
    read: dict[tuple, frozenset[str]] = {}       # copies' words are read once
    words = []
    for s in stories:
        shape = tuple((e.text, e.expression.start - e.start if e.expression else None,
                       e.expression.end - e.start if e.expression else None) for e in s.events)
        ws = read.get(shape)
        if ws is None:
            ws = read[shape] = _words(s, pack)
        words.append(ws)
    kinds = [frozenset(f.kind for e in s.events for f in e.figures) for s in stories]
    copy_of = _copy_of(stories, words, kinds)
    groups = _merge_distinct(stories, [i for i in range(len(stories)) if copy_of[i] == i], words, kinds)
    copies: dict[int, list[int]] = {}
    for i, c in enumerate(copy_of):
        if c != i:
            copies.setdefault(c, []).append(i)
    out = []
    for g in groups:
        first: dict[tuple, int] = {}
        for i in g:
            c = first.setdefault((words[i], kinds[i]), i)
            if c != i:
                copy_of[i] = c
        out.append(g + [j for i in g for j in copies.get(i, ())])
    return out, copy_of


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


class _Articles:
    """The day's distinct articles so far, each as its stories' (words, kinds), to find
    the one an article copies: the earliest whose stories are pairwise ``NEAR_COPY`` alike.
    Up to ``LSH_FROM`` articles each is compared; from there candidates come from MinHash
    LSH over the articles' words (datasketch, imported only then)."""

    def __init__(self) -> None:
        self.heads: list[tuple[tuple[frozenset[str], frozenset[str]], ...]] = []
        self.places: list[tuple[Any, ...]] = []      # each article's stories' places
        self.lsh = None
        self._last: Optional[tuple] = None      # the MinHash of the article last looked up

    def find(self, stories: tuple[tuple[frozenset[str], frozenset[str]], ...],
             places: tuple[Any, ...] = ()) -> Optional[int]:
        if self.lsh is None:
            candidates: Iterable[int] = range(len(self.heads))
        else:
            candidates = sorted(self.lsh.query(self._minhash(stories)))
        for k in candidates:
            if _alike(self.heads[k], stories) and all(map(compatible, self.places[k], places)):
                return k
        return None

    def add(self, stories: tuple[tuple[frozenset[str], frozenset[str]], ...], places: tuple[Any, ...] = ()) -> None:
        self.heads.append(stories)
        self.places.append(places or (None,) * len(stories))
        if self.lsh is None and len(self.heads) >= LSH_FROM:
            from datasketch import MinHashLSH
            self.lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=MINHASH_PERMUTATIONS, weights=LSH_WEIGHTS)
            for k, head in enumerate(self.heads):
                self.lsh.insert(k, self._minhash(head))
        elif self.lsh is not None:
            self.lsh.insert(len(self.heads) - 1, self._minhash(stories))

    def _minhash(self, stories):
        """The MinHash of an article's words (each word once); an article added after it was
        looked up is hashed once."""
        if self._last is not None and self._last[0] is stories:
            return self._last[1]
        minhash, template, word_hash = _minhash_kit()
        m = minhash(num_perm=MINHASH_PERMUTATIONS, seed=1, hashfunc=word_hash, permutations=template.permutations,
                    scheme=template.scheme)
        m.update_batch(sorted({w for ws, _ in stories for w in ws}))
        self._last = (stories, m)
        return m


@functools.lru_cache(maxsize=1)
def _minhash_kit():
    """datasketch's MinHash, one whose permutations the others take (a MinHash makes its
    own from its seed each time), and the word hash (SHA-1's first 32 bits, as datasketch's default)
    kept for the words met most: a day's articles share most of their words."""
    from datasketch import MinHash
    from datasketch.hashfunc import sha1_hash32

    @functools.lru_cache(maxsize=1 << 16)
    def word_hash(word: str) -> int:
        return sha1_hash32(word.encode("utf-8"))

    return MinHash, MinHash(num_perm=MINHASH_PERMUTATIONS, seed=1), word_hash


def _alike(a, b) -> bool:
    return len(a) == len(b) and all(ka == kb and _jaccard(wa, wb) >= NEAR_COPY for (wa, ka), (wb, kb) in zip(a, b))


def _copy_of(stories: list[SourceRef], words: list[frozenset[str]], kinds: list[frozenset[str]]) -> list[int]:
    """For each story, the story of an earlier article it copies, or itself. An article
    copies the earliest article of the day whose stories are the same (by hash) or nearly
    the same (``_alike``), story for story, in the same places."""
    copy_of = list(range(len(stories)))
    by_doc: dict[str, list[int]] = {}
    for i, s in enumerate(stories):
        by_doc.setdefault(s.doc, []).append(i)
    exact: dict[tuple, list[int]] = {}
    seen = _Articles()
    firsts: list[list[int]] = []
    for members in by_doc.values():
        key = tuple((words[i], kinds[i]) for i in members)
        places = tuple(stories[i].place for i in members)
        # a copy reports the same places: the same words about another place are another report
        first = exact.get((key, tuple(p.key if p is not None else None for p in places)))
        if first is None:
            k = seen.find(key, places)
            if k is None:
                exact[(key, tuple(p.key if p is not None else None for p in places))] = members
                seen.add(key, places)
                firsts.append(members)
                continue
            first = firsts[k]
        for a, b in zip(first, members):
            copy_of[b] = a
    return copy_of


def _merge_distinct(stories: list[SourceRef], keep: list[int], words: list[frozenset[str]],
                    kinds: list[frozenset[str]]) -> list[list[int]]:
    """Group the stories ``keep`` (no article among them a copy of another).

    Stories with the same content words and kinds of figure (the same sentence carried
    by several articles) are compared as one: the join runs over these classes. Where no
    article has two stories in a group, the groups are the connected classes and do not
    depend on the order of comparison. Where one does (two stories of one article are
    never merged, so which merge happens first matters), that group alone is merged
    story by story, in the day's order: either way the groups are the ones a
    story-by-story merge of the whole day gives. Rarity (idf) is counted over these
    stories, so copies do not make their own words look common.
    """
    df: Counter[str] = Counter()
    for i in keep:
        df.update(words[i])
    n = len(keep)
    idf = {w: math.log((n + 1) / (c + 1)) + 1 for w, c in df.items()}

    class_of: dict[int, int] = {}
    first: list[int] = []                       # the first story of each class
    index: dict[tuple, int] = {}
    for i in keep:
        c = index.setdefault((words[i], kinds[i]), len(first))
        if c == len(first):
            first.append(i)
        class_of[i] = c
    join = _Join([words[i] for i in first], [kinds[i] for i in first], idf, [stories[i].place for i in first],
                 [stories[i].until for i in first])
    m = len(first)
    parent = list(range(m))

    find = functools.partial(_root, parent)
    for a in range(m):
        for b in join.later(a):
            if find(a) != find(b) and join.same(a, b):
                parent[find(b)] = find(a)
    components: dict[Any, list[int]] = {}
    for i in keep:
        # copies of one report are the same story, if they hold enough words to share:
        # a story with fewer is never the same as any other
        alone = len(words[i]) < MIN_SHARED
        components.setdefault(("alone", i) if alone else find(class_of[i]), []).append(i)
    groups: list[list[int]] = []
    for members in components.values():
        if len({stories[i].doc for i in members}) == len(members):
            groups.append(members)
        else:
            groups.extend(_merge_in_order(stories, members, words, kinds, idf))
    groups.sort(key=lambda g: g[0])
    return groups


def _root(parent: list[int], i: int) -> int:
    """Union-find: the root of i's group (halving the path on the way)."""
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _merge_in_order(stories: list[SourceRef], members: list[int], words: list[frozenset[str]],
                    kinds: list[frozenset[str]], idf: dict[str, float]) -> list[list[int]]:
    """Union-find over one group's stories in the day's order, never joining two
    stories of one article: each pair that passes joins the two groups unless
    they already hold a common article."""
    join = _Join([words[i] for i in members], [kinds[i] for i in members], idf,
                 [stories[i].place for i in members], [stories[i].until for i in members])
    n = len(members)
    parent = list(range(n))
    docs = [{stories[i].doc} for i in members]

    find = functools.partial(_root, parent)
    for i in range(n):
        doc_i = stories[members[i]].doc
        gi = find(i)      # stays i's root: each union below hangs the other root under it
        for j in join.later(i):
            if stories[members[j]].doc == doc_i:
                continue
            gj = find(j)
            if gi == gj or docs[gi] & docs[gj]:
                continue      # already together, or never together (two stories of one article)
            if join.same(i, j):
                parent[gj] = gi
                docs[gi] |= docs[gj]
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(find(i), []).append(members[i])
    return list(groups.values())


def _words(story: SourceRef, pack: Pack | None = None) -> frozenset[str]:
    """Content words of a story, without its temporal expressions."""
    parts = []
    for e in story.events:
        text = e.text
        if e.expression is not None:
            a, b = e.expression.start - e.start, e.expression.end - e.start
            text = text[:max(a, 0)] + " " + text[max(b, 0):]
        parts.append(text)
    return content_words(" ".join(parts), pack)


def merged_pairs(timeline: Timeline) -> Iterable[tuple[str, tuple[str, ...]]]:
    return timeline.merges
