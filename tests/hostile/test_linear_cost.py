"""Cost stays near-linear on hostile text, checked by structure, not by timing.

A rule that repeats a group of words without a bound (``(?:و NUM)*``, a list of
days ``(?:RANGE DAY)+``) reads, from every word of a long run, to the end of
the run: quadratic. A look-back from each expression to the start of a
sentence with no stops is quadratic too. Both are checked here so that they
fail on any machine, fast or slow.
"""

from __future__ import annotations

import datetime as dt

try:
    import re._constants as C
    import re._parser as sre_parse
except ImportError:   # Python < 3.11
    import sre_constants as C
    import sre_parse

from timeline.temporal.context import CLAUSE_REACH, Scan
from timeline.temporal.grammar import _DAY_LIST_DATES, grammar
from timeline.lang import default_pack
from timeline.text.normalize import normalize
from timeline.text.numbers import number_words


def _unbounded_groups(items) -> list[str]:
    """Repeats without an upper bound of a group holding more than one element."""
    found = []
    for op, av in items:
        if op in (C.MAX_REPEAT, C.MIN_REPEAT):
            _, hi, sub = av
            if hi == C.MAXREPEAT and _complex(list(sub)):
                found.append(str(sub)[:60])
            found += _unbounded_groups(sub)
        elif op == C.SUBPATTERN:
            found += _unbounded_groups(av[-1])
        elif op == C.BRANCH:
            for branch in av[1]:
                found += _unbounded_groups(branch)
        elif op in (C.ASSERT, C.ASSERT_NOT):
            found += _unbounded_groups(av[1])
    return found


def _complex(sub: list) -> bool:
    """More than one character class or letter: a sequence, an alternation, a group of them."""
    if len(sub) > 1:
        return True
    op, av = sub[0]
    if op == C.SUBPATTERN:
        return _complex(list(av[-1]))
    return op == C.BRANCH


def test_the_check_finds_an_unbounded_list():
    assert _unbounded_groups(sre_parse.parse(r"\d+(?=(?:[ \t]*و[ \t]*\d+)+ مارس)"))
    assert not _unbounded_groups(sre_parse.parse(r"\d+(?=(?:[ \t]*و[ \t]*\d+){1,30} مارس)[ \t]*\w+"))


def test_no_rule_repeats_a_group_without_bound():
    g = grammar()
    bad = {g._names[i]: _unbounded_groups(sre_parse.parse(b.pattern, b.flags)) for i, b in enumerate(g.bodies)}
    assert not {k: v for k, v in bad.items() if v}


def test_helper_patterns_are_bounded_too():
    for pattern in (number_words().pattern, _DAY_LIST_DATES.pattern):
        assert not _unbounded_groups(sre_parse.parse(pattern)), pattern


def test_clause_look_backs_stop_at_the_reach():
    # a sentence with no stop at all, 40,000 characters long
    text = normalize("قال مصدر إن القصف استمر الأربعاء " * 1200)
    scan = Scan(text, default_pack(), dt.date(2016, 12, 8))
    for pos in (len(scan.text) - 1, len(scan.text) // 2):
        pos = scan.text.rfind(" ", 0, pos) + 1
        start, _, previous = scan._clauses(pos)
        assert pos - previous <= CLAUSE_REACH and pos - start <= CLAUSE_REACH
        assert len(" ".join(scan._find_clause_words(pos))) <= CLAUSE_REACH
    assert 200 <= CLAUSE_REACH <= 2000
