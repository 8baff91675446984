"""The examples in docstrings run as written."""

import doctest
import re

import timeline.temporal.grammar as grammar_module
import timeline.temporal.tagger as tagger_module
from timeline.temporal.grammar import RULES, Grammar


def test_rule_names_quoted_in_docstrings_exist():
    names = {r.name for r in RULES}
    for module in (grammar_module, tagger_module):
        for quoted in re.findall(r'disabled=\{"([^"]+)"\}', module.__doc__ + "".join(
                (getattr(module, n).__doc__ or "") for n in dir(module))):
            assert quoted in names, f"{module.__name__} names an unknown rule {quoted!r}"
            Grammar(disabled={quoted})


def test_the_tagger_doctest_runs():
    import timeline.temporal

    failures, tried = doctest.testmod(timeline.temporal.tagger, raise_on_error=False)[:2]
    assert tried and not failures
