"""The day's merge gives the groups of the plain rule: first each article that
copies an earlier one (its stories pairwise at least NEAR_COPY alike, the same
kinds of figure) joins it; then every pair of the other stories, in the day's
order, is joined when their weighted overlap reaches the bar and their groups
hold no common article. The merge itself takes short cuts (hashing, MinHash
LSH, prefix filtering, copies compared once); this checks they change nothing,
on random days with copies, shared words and articles of several stories."""

from __future__ import annotations

import math
from collections import Counter

import random

from hypothesis import given, settings, strategies as st

from timeline.merge.build import LSH_FROM, MIN_SHARED, NEAR_COPY, SAME_STORY, SAME_STORY_WITH_FIGURES, _groups, _merge, _words
from timeline.model import SourceRef
from timeline.model import Event, Figure

VOCAB = ["قصف", "حلب", "مدنيين", "الدفاع", "المدني", "انفجار", "سوق", "إدلب", "الجيش", "سيطر",
         "الحي", "الشرقي", "معبر", "هدنة", "مفاوضات", "جنيف", "قافلة", "مساعدات"]


def _story(doc: str, k: int, words: list[str], kind: str | None) -> SourceRef:
    text = " ".join(words)
    figures = (Figure(kind, 5, 0, 1, "5"),) if kind else ()
    event = Event(doc, k, 0, len(text), text, "2016-12-08", "expression", figures=figures)
    return SourceRef(doc, "2016-12-08", None, None, None, (event,))


def _copies(stories, words, kinds) -> dict[int, int]:
    """Each story of an article that copies an earlier one -> the story it copies."""
    docs: dict[str, list[int]] = {}
    for i, s in enumerate(stories):
        docs.setdefault(s.doc, []).append(i)
    heads: list[list[int]] = []
    out = {}
    for members in docs.values():
        for head in heads:
            if len(head) == len(members) and all(
                    kinds[a] == kinds[b] and len(words[a] & words[b]) >= NEAR_COPY * len(words[a] | words[b])
                    for a, b in zip(head, members)):
                out.update(zip(members, head))
                break
        else:
            heads.append(members)
    return out


def _reference(stories: list[SourceRef]) -> list[list[SourceRef]]:
    all_words = [_words(s) for s in stories]
    all_kinds = [{f.kind for e in s.events for f in e.figures} for s in stories]
    copies = _copies(stories, all_words, all_kinds)
    everything = stories
    keep = [i for i in range(len(stories)) if i not in copies]
    stories = [everything[i] for i in keep]
    words = [all_words[i] for i in keep]
    kinds = [all_kinds[i] for i in keep]
    df = Counter(w for ws in words for w in ws)
    n = len(stories)
    idf = {w: math.log((n + 1) / (c + 1)) + 1 for w, c in df.items()}
    totals = [sum(idf[w] for w in ws) for ws in words]
    label = list(range(n))           # each story's group, relabelled whole on each join
    for i in range(n):
        for j in range(i + 1, n):
            if label[i] == label[j]:
                continue
            group_i = {stories[k].doc for k in range(n) if label[k] == label[i]}
            group_j = {stories[k].doc for k in range(n) if label[k] == label[j]}
            if group_i & group_j:
                continue
            shared = words[i] & words[j]
            if len(shared) < MIN_SHARED:
                continue
            smaller = min(totals[i], totals[j])
            bar = SAME_STORY_WITH_FIGURES if kinds[i] & kinds[j] else SAME_STORY
            if smaller and sum(idf[w] for w in shared) / smaller >= bar:
                old = label[j]
                label[:] = [label[i] if x == old else x for x in label]
    # each copy joins the group of the story it copies
    group_of = {keep[k]: label[k] for k in range(n)}
    for i, c in copies.items():
        group_of[i] = group_of[c]
    return [[everything[k] for k in sorted(group_of) if group_of[k] == g] for g in dict.fromkeys(label)]


report = st.tuples(st.lists(st.sampled_from(VOCAB), min_size=1, max_size=7),
                   st.sampled_from([None, "killed", "injured"]))


@settings(max_examples=400, deadline=None)
@given(reports=st.lists(report, min_size=1, max_size=8),
       picks=st.lists(st.tuples(st.integers(0, 7), st.integers(0, 9)), min_size=1, max_size=40))
def test_groups_are_those_of_the_all_pairs_rule(reports, picks):
    # a day: stories drawn from a few reports (so many are copies), spread over up to
    # ten articles (so some articles hold several stories)
    stories = []
    count: Counter[str] = Counter()
    for r, d in picks:
        words, kind = reports[r % len(reports)]
        doc = f"d{d}"
        stories.append(_story(doc, count[doc], words, kind))
        count[doc] += 1
    stories.sort(key=lambda s: (s.published, s.doc, s.lead.index))
    ids = lambda groups: sorted(sorted((s.doc, s.lead.index) for s in g) for g in groups)  # noqa: E731
    got = _merge(list(stories))
    assert ids(got) == ids(_reference(stories))
    # each group in the day's order, groups in the order of their first story
    order = {id(s): i for i, s in enumerate(stories)}
    assert all([order[id(s)] for s in g] == sorted(order[id(s)] for s in g) for g in got)
    firsts = [order[id(g[0])] for g in got]
    assert firsts == sorted(firsts)


def test_near_copies_found_through_lsh_are_those_of_the_plain_rule():
    # a day of more distinct articles than LSH_FROM, so that copies are looked up through
    # MinHash LSH: wire stories, each carried by several outlets, some with a word of their
    # own added or changed; and articles of their own, some sharing words with the wire
    rng = random.Random(7)
    vocab = [f"كلمة{k}" for k in range(400)]
    wires = [rng.sample(vocab, 12) for _ in range(LSH_FROM + 8)]
    wire_kinds = [rng.choice([None, "killed"]) for _ in wires]
    stories = []
    for d in range(3 * len(wires)):
        doc = f"d{d:03d}"
        if d % 3:
            w = rng.randrange(len(wires))
            words, kind = list(wires[w]), wire_kinds[w]
            if rng.random() < 0.5:
                words[rng.randrange(len(words))] = rng.choice(vocab)    # nearly a copy
            if rng.random() < 0.3:
                words.append(rng.choice(vocab))
        else:
            words = rng.sample(vocab, 10) + rng.sample(wires[rng.randrange(len(wires))], 3)
            kind = rng.choice([None, "killed"])
        stories.append(_story(doc, 0, words, kind))
    ids = lambda groups: sorted(sorted(s.doc for s in g) for g in groups)  # noqa: E731
    got = _merge(list(stories))
    assert ids(got) == ids(_reference(stories))
    # and the copies are the ones comparing each article with every earlier one finds
    expected = _copies(stories, [_words(s) for s in stories], [{f.kind for f in s.lead.figures} for s in stories])
    _, copy_of = _groups(list(stories))
    assert expected and {i: copy_of[i] for i in expected} == expected
    assert len(got) <= len(wires) + len(stories) // 3        # the copies did join
