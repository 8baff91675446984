"""Language packs: declared word classes, one validating loader, packs as parameters."""

from __future__ import annotations

import re
import shutil
from importlib import resources
from pathlib import Path

import pytest

from timeline.data import DataError
from timeline.lang import MANIFEST, default_pack, load_pack
from timeline.temporal import frames as F
from timeline.temporal.grammar import RULES, Grammar, Rule, _first_set
from timeline.temporal.tagger import Tagger

BUILTIN = Path(str(resources.files("timeline.data").joinpath("ar")))


def copy_pack(tmp_path: Path) -> Path:
    folder = tmp_path / "pack"
    shutil.copytree(BUILTIN, folder)
    return folder


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_every_declared_class_is_built_and_every_placeholder_resolves():
    pack = default_pack()
    assert set(pack.classes) == set(pack.specs)
    for placeholder in pack.placeholder_classes:
        re.compile(pack.pattern(placeholder))
    # every placeholder a built-in rule writes is declared by the pack
    used = {m.group(1) for r in RULES for m in re.finditer(r"%\{([a-z0-9_]+)\}", r.pattern)}
    assert used <= set(pack.placeholder_classes) | {"number", "cardinal"}


def test_a_new_word_class_and_a_rule_using_it_tag_with_no_code_change(tmp_path):
    """A folk-calendar pack: a table, a [class] entry, a rule; the engine is untouched."""
    folder = copy_pack(tmp_path)
    (folder / "folk.toml").write_text(
        '# Named days of the year, as month-day.\n'
        '[days]\n"يوم الأرض" = [3, 30]\n"عيد العمال" = [5, 1]\n', encoding="utf-8")
    with (folder / MANIFEST).open("a", encoding="utf-8") as fh:
        fh.write('\n[class.folk_days]\nfrom = "folk.days"\nshape = "words"\nvalue = "ints"\n'
                 'placeholder = "folk_day"\n')
    pack = load_pack(folder)
    assert pack.folk_days.get("يوم الارض") == (3, 30)     # folded like running text

    def folk_day(g, scan, L):
        """يوم الأرض، عيد العمال: a named day of the year."""
        month, day = L.folk_days.get(g("fd"))
        return F.CalendarDate("gregorian", month, day)

    rules = [Rule("folk-day", "(?P<fd>%{folk_day})", folk_day, "named days"), *RULES]
    tagger = Tagger(Grammar(rules, pack=pack))
    found = tagger.tag("وتظاهر الآلاف في ذكرى يوم الأرض، وقبل عيد العمال بأيام.", "2017-04-02")
    assert [(t.text, t.value, t.rule) for t in found if t.rule == "folk-day"] == [
        ("يوم الأرض", "2017-03-30", "folk-day"), ("عيد العمال", "2017-05-01", "folk-day")]
    # the built-in pack does not know the class: the rule cannot compile there
    with pytest.raises(DataError, match="folk_day"):
        Grammar(rules)


def test_rule_patterns_name_their_start():
    assert _first_set("(?:(?P<x>%{weekday})|%{greg_month}%S\\d)") == {"weekday", "greg_month"}
    assert _first_set("(?:ال)?\\d{1,2}%S%{greg_month}") == {"LIT:ا", "DIGIT"}
    assert _first_set("%O?(?=x)%{day_word}") == {"day_word"}
    with pytest.raises(ValueError, match="must begin"):
        _first_set("%S%{weekday}")


BROKEN = [
    # (file, old text, new text, the message's file and key)
    ("pack.toml", 'from = "calendar.weekdays"\nshape = "values"', 'from = "calendar.weekdayz"\nshape = "values"',
     r"calendar\.toml: weekdayz: missing \(class\.weekdays reads it\)"),
    ("pack.toml", '[class.weekdays]\nfrom = "calendar.weekdays"\nshape = "values"',
     '[class.weekdays]\nfrom = "calendar.weekdays"\nshape = "dict"', r"pack\.toml: class\.weekdays\.shape"),
    ("pack.toml", 'placeholder = "weekday"\n', 'placeholder = "weekday"\nmatchs = "whole"\n',
     r"pack\.toml: class\.weekdays: unknown setting 'matchs'"),
    ("pack.toml", 'placeholder = "weekday_bare"', 'placeholder = "weekday"',
     r"pack\.toml: class\.weekdays_bare\.placeholder: 'weekday' is already class\.weekdays's"),
    ("calendar.toml", '[weekdays]\n1 = [', '[weekdays]\nx = [', r"calendar\.toml: weekdays\.x: 'x' is not a value of type int"),
    ("cues.toml", 'not_verbs = ["يوم"', 'not_verbs = ["تقرير", "يوم"',
     r"cues\.toml: present\.not_verbs: 'تقرير' can never match"),
    ("numbers.toml", "[cardinals]", "[cardinals\n", r"numbers\.toml: "),
    # a prefix that real future verbs start with hides them (سيدر / سيدرس)
    ("cues.toml", 'not_future = ["سيطر", ', 'not_future = ["سيدر", "سيطر", ',
     r"cues\.toml: future\.not_future: 'سيدر' would hide the real word 'سيدرس'"),
    ("cues.toml", 'not_future = ["سيطر", ', 'not_future = ["سيد", "سيطر", ',
     r"future\.not_future: 'سيد' is shorter than 4 letters"),
    ("cues.toml", 'not_verbs = ["يوم", ', 'not_verbs = ["يحيى", "يوم", ',
     r"present\.not_verbs: 'يحيى' would hide the real word 'يحيي'"),
]


@pytest.mark.parametrize("file, old, new, message", BROKEN, ids=[b[3][:30] for b in BROKEN])
def test_a_broken_pack_is_one_data_error_naming_file_and_key(tmp_path, file, old, new, message):
    folder = copy_pack(tmp_path)
    edit(folder / file, old, new)
    with pytest.raises(DataError, match=message) as info:
        load_pack(folder).numbers  # noqa: B018 (numbers are built on first use)
    assert "\n" not in str(info.value)
    assert str(folder) in str(info.value)


def test_a_missing_table_and_a_folder_without_manifest(tmp_path):
    folder = copy_pack(tmp_path)
    (folder / "relative.toml").unlink()
    with pytest.raises(DataError, match=r"relative\.toml: missing"):
        load_pack(folder)
    with pytest.raises(DataError, match="not a language pack"):
        load_pack(tmp_path)


def test_a_prefix_class_needs_a_floor_and_short_prefixes_fail(tmp_path):
    folder = copy_pack(tmp_path)
    manifest = (folder / MANIFEST).read_text(encoding="utf-8")
    block = '\n[class.verb_starts]\nfrom = "cues.present.prefixes"\nshape = "set"\nmatch = "prefix"\n'
    (folder / MANIFEST).write_text(manifest + block, encoding="utf-8")
    with pytest.raises(DataError, match="needs min_length"):
        load_pack(folder)
    (folder / MANIFEST).write_text(manifest + block + "min_length = 2\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"'ي' is shorter than 2 letters"):
        load_pack(folder)


def test_future_look_alikes_never_hide_future_verbs():
    pack = default_pack()
    for noun in ("سيدة", "سيدي", "السياسية"[2:], "سيول", "سنوات", "ستة"):
        word = pack.fold(noun)
        assert pack.not_future.matches(word) or pack.not_future_words.matches(word), noun
    for verb in ("سيدعو", "سيلتقي", "سيغادر", "سيفتح", "سنتابع", "سيولي"):
        word = pack.fold(verb)
        assert not (pack.not_future.matches(word) or pack.not_future_words.matches(word)), verb


@pytest.mark.parametrize("sentence", ["وسيدعو المجلس الخميس إلى الحوار.", "وسيلتقي الرئيس الخميس نظيره.",
                                      "وسيغادر الوفد الخميس إلى جنيف.", "وسنتابع الملف الخميس مع الوزارة."])
def test_future_verbs_a_stem_used_to_hide_point_forward(sentence):
    values = [t.value for t in Tagger().tag(sentence, "2016-12-05") if t.text == "الخميس"]
    assert values == ["2016-12-08"], sentence


def test_not_verbs_match_whole_words_and_noun_suffixes_only():
    not_verbs = default_pack().not_verbs
    assert not_verbs.matches("يوم") and not_verbs.matches("يومين") and not_verbs.matches("يمني")
    assert not not_verbs.matches("يدعو") and not not_verbs.matches("يمنع") and not not_verbs.matches("يومض")


# Present and future verbs before a weekday: the weekday is the coming one.
# Monday 5 December 2016: الخميس is Thursday 8 December, not 1 December.
FORWARD = [
    "ويدعو المجلس الخميس الأطراف كافة إلى الحوار.",
    "ويمنع الجيش الخميس دخول الشاحنات إلى المدينة.",
    "ويطالب المجلس الخميس بوقف القتال.",
    "ويزور وزير الخارجية الخميس العاصمة الأردنية.",
    "ويصوت مجلس النواب الخميس على مشروع الموازنة.",
    "ويلتقي الرئيس الخميس نظيره الفرنسي.",
    "ويبحث وزراء الخارجية الخميس الأزمة في جلسة طارئة.",
    "ويمثل المتهمون الخميس أمام محكمة الجنايات.",
    "ويمدد البرلمان الخميس حالة الطوارئ.",
    "وتعقد اللجنة الخميس اجتماعها الأول.",
    "وتنطلق القمة الخميس في الرياض.",
    "وسيعقد المجلس الخميس جلسة مغلقة.",
    "وستبدأ المحادثات الخميس في جنيف.",
    "ومن المقرر أن يصل الوفد الخميس إلى القاهرة.",
]
BACK = [
    "وكان الجيش قد دخل المدينة الخميس.",
    "وقال المتحدث الخميس إن القصف استمر طوال الليل.",
    "ودعا المجلس الخميس الأطراف كافة إلى الحوار.",
]


@pytest.mark.parametrize("sentence", FORWARD)
def test_present_and_future_verbs_point_forward(sentence):
    values = [t.value for t in Tagger().tag(sentence, "2016-12-05") if t.text == "الخميس"]
    assert values == ["2016-12-08"], sentence


@pytest.mark.parametrize("sentence", BACK)
def test_past_verbs_point_back(sentence):
    values = [t.value for t in Tagger().tag(sentence, "2016-12-05") if t.text == "الخميس"]
    assert values == ["2016-12-01"], sentence


def test_a_tagger_refuses_a_grammar_of_another_pack(tmp_path):
    other = load_pack(copy_pack(tmp_path))
    with pytest.raises(ValueError, match="another pack"):
        Tagger(Grammar(), pack=other)
    assert Tagger(pack=other).tag("وصل أمس الأحد", "2016-12-05")[0].value == "2016-12-04"


def test_the_scan_refuses_role_queries_before_it_knows_the_hits():
    from timeline.temporal.context import Scan

    pack = default_pack()
    scan = Scan(pack.normalize("وصل من الأحد إلى الخميس"), pack)
    with pytest.raises(RuntimeError, match="hit_spans"):
        scan.hit_spans  # noqa: B018
    assert scan.with_hits([(7, 12)]).hit_spans == [(7, 12)]
