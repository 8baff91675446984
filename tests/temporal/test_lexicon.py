"""The language tables load, are complete, and are consistent."""

from timeline.temporal.grammar import RULES, Grammar
from timeline.lang import default_pack as lexicon
from timeline.text.normalize import fold


def test_every_month_and_weekday_has_names():
    L = lexicon()
    assert sorted(set(L.greg_months.forms.values())) == list(range(1, 13))
    assert sorted(set(L.hijri_months.forms.values())) == list(range(1, 13))
    assert sorted(set(L.weekdays.forms.values())) == list(range(1, 8))


def test_every_regional_month_system_is_covered():
    L = lexicon()
    egypt = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
             "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
    levant = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب",
              "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"]
    morocco = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت",
               "شتنبر", "أكتوبر", "نونبر", "دجنبر"]
    algeria = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت",
               "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
    for system in (egypt, levant, morocco, algeria):
        assert [L.greg_months.get(fold(m)) for m in system] == list(range(1, 13))


def test_ordinal_days_one_to_thirty_one():
    L = lexicon()
    assert set(L.ordinals.forms.values()) == set(range(1, 32))
    assert L.ordinals.get(fold("الحادي والعشرين")) == 21
    assert L.ordinals.get(fold("الثالث عشر")) == 13
    assert L.ordinals.get(fold("الحادي والثلاثين")) == 31


def test_rule_names_are_unique_and_documented():
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))
    assert all(r.doc for r in RULES)


def test_rules_can_be_disabled_by_name():
    from timeline.temporal import Tagger

    text = "وانتهت الحرب في 2016 بعد سنوات"
    assert any(t.rule == "year" for t in Tagger().tag(text, "2017-01-01"))
    quiet = Tagger(grammar=Grammar(disabled={"year"}))
    assert not any(t.rule == "year" for t in quiet.tag(text, "2017-01-01"))


def test_unknown_rule_name_is_an_error():
    import pytest

    with pytest.raises(ValueError, match="no-such-rule"):
        Grammar(disabled={"no-such-rule"})


def test_dispatch_finds_what_a_full_scan_finds(shared_dir):
    """Trying only the rules a word can begin must find exactly what trying every rule everywhere finds."""
    import json
    from pathlib import Path

    from timeline.temporal.context import Scan
    from timeline.temporal.grammar import grammar
    from timeline.text.normalize import normalize

    texts = []
    data = Path(__file__).resolve().parent.parent / "data"
    for path in [shared_dir / "gold" / "aleppo-2016.jsonl", *data.glob("heldout*/*.jsonl")]:
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()]
    here = Path(__file__).resolve().parent
    for test_file in here.glob("test_*.py"):
        texts.append(test_file.read_text(encoding="utf-8"))  # every test sentence
    g = grammar()
    for text in texts:
        scan = Scan(normalize(text), g.lex)
        assert g.scan(scan) == g.scan(Scan(normalize(text), g.lex), dispatch=False)
