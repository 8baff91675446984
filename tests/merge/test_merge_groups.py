"""The day's merge gives the groups of the plain rule: every pair of stories,
in the day's order, joined when their weighted overlap reaches the bar and
their groups hold no common article. The merge itself takes short cuts
(prefix filtering, copies compared once); this checks they change nothing,
on random days with copies, shared words and articles of several stories."""

from __future__ import annotations

import math
from collections import Counter

from hypothesis import given, settings, strategies as st

from timeline.merge.build import MIN_SHARED, SAME_STORY, SAME_STORY_WITH_FIGURES, _merge, _words
from timeline.model import SourceRef
from timeline.model import Event, Figure

VOCAB = ["قصف", "حلب", "مدنيين", "الدفاع", "المدني", "انفجار", "سوق", "إدلب", "الجيش", "سيطر",
         "الحي", "الشرقي", "معبر", "هدنة", "مفاوضات", "جنيف", "قافلة", "مساعدات"]


def _story(doc: str, k: int, words: list[str], kind: str | None) -> SourceRef:
    text = " ".join(words)
    figures = (Figure(kind, 5, 0, 1, "5"),) if kind else ()
    event = Event(doc, k, 0, len(text), text, "2016-12-08", "expression", figures=figures)
    return SourceRef(doc, "2016-12-08", None, None, None, (event,))


def _reference(stories: list[SourceRef]) -> list[list[SourceRef]]:
    words = [_words(s) for s in stories]
    kinds = [{f.kind for e in s.events for f in e.figures} for s in stories]
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
    return [[stories[k] for k in range(n) if label[k] == g] for g in dict.fromkeys(label)]


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
