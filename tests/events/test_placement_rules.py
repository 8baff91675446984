"""Each placement rule alone: a sentence it decides, and what happens without it.

The sentences are written for these tests (not taken from the sample or the
gold sets); they are published on Wednesday 15 March 2017.
"""

import ast
import inspect
import re

import pytest

from timeline.events import placement, rules
from timeline.events.placement import place
from timeline.events.rules import RULES, UNDATED, cues_for
from timeline.lang import default_pack
from timeline.model import Article
from timeline.temporal import Tagger, tag_article

PUBLISHED = "2017-03-15"   # a Wednesday


@pytest.fixture(scope="module")
def tagger():
    return Tagger()


def placements(tagger, text, disabled=(), pack=None, published=PUBLISHED):
    article = Article("r", published, text)
    timex = tag_article(article, tagger, roles=True)
    return [(e.placement, e.date) for e in place(article.id, text, article.dct, timex, pack=pack,
                                                 disabled=disabled)]


#: rule -> (text, the clause it decides, the date it gives)
CASES = {
    "recalled": (
        "أعلنت وزارة التربية اليوم استئناف الدراسة في المدارس، بعدما أغلقتها يوم الأحد بسبب العاصفة "
        "الثلجية. وتضررت عشرات المباني جراء العاصفة الثلجية.", 1, "2017-03-12"),
    "expression": ("قصفت الطائرات الحربية أمس الثلاثاء مواقع في ريف إدلب الجنوبي.", 0, "2017-03-14"),
    "counted-back": (
        "شنت الطائرات أمس الثلاثاء غارات على ريف حماة. وقتل 12 مدنيا خلال الساعات الـ24 الماضية "
        "في غارات على البلدة.", 1, "2017-03-15"),
    "speaker": (
        "قال المتحدث باسم الهلال الأحمر سامر الحلبي يوم الاثنين إن القوافل وصلت إلى المدينة. "
        "وقصفت الطائرات اليوم الأربعاء أحياء البلدة. "
        "وأضاف الحلبي أن فرق الإسعاف نقلت الجرحى إلى المستشفى.", 2, "2017-03-13"),
    "follow-up": (
        "أعلن الجيش أمس الثلاثاء سيطرته على التلال المحيطة بالبلدة. وأكد مصدر عسكري أن المعارك مستمرة.",
        1, "2017-03-14"),
    "background-dated": (
        "عاد مئات النازحين أمس الثلاثاء إلى قراهم في الريف الشمالي. "
        "وكانت الأمم المتحدة بدأت توزيع المساعدات منذ الخميس 9 مارس.", 1, "2017-03-09"),
    "background-today": (
        "أقرت الحكومة أمس الثلاثاء مشروع الموازنة العامة. "
        "ويذكر أن البرلمان سيعقد جلسة غدا الخميس لمناقشة المشروع.", 1, "2017-03-15"),
    "background": (
        "أقرت الحكومة أمس الثلاثاء مشروع الموازنة العامة. "
        "وكان المجلس قد رفض مشروعا مماثلا في دورته السابقة.", 1, None),
    "present": (
        "انهار جسر القرية أمس الثلاثاء بفعل السيول. ولا تزال الطرق المؤدية إلى القرية مغلقة.",
        1, "2017-03-15"),
    "statement": (
        "شنت الطائرات أمس الثلاثاء غارات على البلدة. ومن المقرر أن يزور وفد أممي المنطقة غدا الخميس.",
        1, "2017-03-15"),
    "lede": ("وصلت قافلة مساعدات إنسانية إلى البلدة المحاصرة.", 0, "2017-03-15"),
    "topic-shift": (
        "قصفت الطائرات أمس الثلاثاء البلدة. من جهة أخرى، افتتحت البلدية مستشفى ميدانيا جديدا.", 1, None),
    "continuation": (
        "قصفت الطائرات أمس الثلاثاء البلدة. وأسفر القصف عن دمار واسع في الأحياء السكنية.",
        1, "2017-03-14"),
    "subordinate": (
        "وقال سكان إن التيار الكهربائي عاد إلى الحي وبعدما انقطع يوم الأحد.", 0, "2017-03-12"),
}


def test_every_rule_has_a_case():
    assert sorted(CASES) == sorted(r.name for r in RULES)


@pytest.mark.parametrize("name", list(CASES))
def test_the_rule_decides_its_sentence_and_without_it_the_result_differs(tagger, name):
    text, clause, date = CASES[name]
    placed = placements(tagger, text)
    assert placed[clause] == (name, date)
    without = placements(tagger, text, disabled={name})
    assert all(rule != name for rule, _ in without)
    assert without != placed


def test_disabling_a_rule_leaves_the_next_sentence_to_the_others(tagger):
    # without `recalled`, the clause split off at بعدما is one the next sentence may continue
    text = CASES["recalled"][0]
    assert placements(tagger, text)[2] == ("continuation", "2017-03-15")
    assert placements(tagger, text, disabled={"recalled"})[1:] == [("expression", "2017-03-12"),
                                                                   ("continuation", "2017-03-12")]


def test_the_rules_are_tried_in_order(tagger):
    # a speech verb and a date: the date decides, then the speaker, then the sentence before
    text = CASES["speaker"][0]
    assert placements(tagger, text, disabled={"speaker"})[2] == ("follow-up", "2017-03-15")
    assert placements(tagger, text, disabled={"speaker", "follow-up"})[2] == (UNDATED, None)


def test_with_every_rule_disabled_nothing_is_dated(tagger):
    text = CASES["speaker"][0]
    assert placements(tagger, text, disabled=[r.name for r in RULES]) == [(UNDATED, None)] * 3


def test_an_unknown_rule_name_raises_naming_it(tagger):
    with pytest.raises(ValueError, match="no-such-rule"):
        placements(tagger, "وصلت قافلة مساعدات إلى البلدة.", disabled={"lede", "no-such-rule"})
    with pytest.raises(ValueError, match=UNDATED):
        placements(tagger, "وصلت قافلة مساعدات إلى البلدة.", disabled={UNDATED})   # no rule: the fallback


def test_one_name_may_be_given_as_a_string(tagger):
    assert placements(tagger, CASES["lede"][0], disabled="lede") == [(UNDATED, None)]


def test_each_rule_says_what_it_decides_and_the_docs_list_them_in_order():
    for r in RULES:
        assert len(r.doc.split()) >= 8, r.name
    listed = re.findall(r"^\d+\. ``([\w-]+)``", rules.__doc__, re.M)
    assert listed == [r.name for r in RULES]


class _Variant:
    """The default pack with some of its events table replaced."""

    def __init__(self, **events):
        self.base = default_pack()
        self.events = {**self.base.table("events"), **events}

    def table(self, name):
        return self.events if name == "events" else self.base.table(name)

    def __getattr__(self, name):
        return getattr(self.base, name)


def test_the_words_are_the_packs(tagger):
    text = "قصفت الطائرات أمس الثلاثاء البلدة. بعيدا عن الميدان، افتتحت البلدية مستشفى ميدانيا جديدا."
    assert placements(tagger, text)[1] == ("continuation", "2017-03-14")
    shifted = _Variant(topic_shifts=default_pack().table("events")["topic_shifts"] + ["بعيدا عن الميدان"])
    assert placements(tagger, text, pack=shifted)[1] == ("topic-shift", None)
    assert placements(tagger, text, pack=default_pack()) == placements(tagger, text)
    # compiled once per pack, and each pack its own
    assert cues_for(shifted) is cues_for(shifted) and cues_for(shifted) is not cues_for(default_pack())


def test_the_present_tense_is_the_context_scans():
    from timeline.temporal.context import cues_of

    pack = default_pack()
    assert cues_for(pack).present_verb == cues_of(pack).present_verb


_ARABIC_LETTER = re.compile("[\u0621-\u064a]")


@pytest.mark.parametrize("module", [placement, rules])
def test_no_arabic_words_in_the_code(module):
    """Words live in the pack: the only Arabic in the modules is in docstrings and comments."""
    tree = ast.parse(inspect.getsource(module))
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef)) and ast.get_docstring(node):
            docstrings.add(id(node.body[0].value))
    words = [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)
             and id(n) not in docstrings and _ARABIC_LETTER.search(n.value)]
    assert words == []
