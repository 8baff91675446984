"""Figures, claims, content words and heads read their words from the pack they are
given, and figures read from the article's one folded copy give what folding each
clause again gives."""

from __future__ import annotations

import json
import random
import shutil
from importlib import resources
from pathlib import Path

import pytest

from timeline.dating.dateline import credit_of, find_dateline, read_head
from timeline.events.claims import claimant_names, province_of
from timeline.events.figures import extract_figures
from timeline.events.placement import place
from timeline.lang import default_pack, load_pack
from timeline.merge.tally import Scope
from timeline.model import Figure, parse_published
from timeline.temporal import Tagger
from timeline.text.content import content_words

BUILTIN = Path(str(resources.files("timeline.data").joinpath("ar")))


def pack_with(tmp_path: Path, table: str, old: str, new: str):
    """A copy of the built-in pack with one edit in ``table``.toml."""
    folder = tmp_path / "pack"
    shutil.copytree(BUILTIN, folder)
    path = folder / f"{table}.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return load_pack(folder)


def kinds(text: str, **kw) -> list[tuple[str, int, str]]:
    return [(f.kind, f.count, f.text) for f in extract_figures(text, 0, len(text), [], **kw)]


# -- the pack's words ---------------------------------------------------------------------------------

def test_a_casualty_noun_of_the_pack_makes_a_figure(tmp_path):
    pack = pack_with(tmp_path, "events", 'killed = ["قتيل", ', 'killed = ["هالك", "هالكا", "قتيل", ')
    text = "سقط 12 هالكا في القصف على الحي."
    assert kinds(text) == []
    assert kinds(text, pack=pack) == [("killed", 12, "12")]
    # the same with the article's folded copy made by that pack
    assert kinds(text, pack=pack, norm=pack.normalize(text)) == [("killed", 12, "12")]
    assert kinds(text) == []          # the built-in pack's tables are not changed by it


def test_a_claimant_and_a_place_of_the_pack_are_read(tmp_path):
    pack = pack_with(tmp_path, "claims", '[claimants]\n',
                     '[claimants]\n"لجنة التوثيق المستقلة" = ["لجنة التوثيق المستقلة"]\n')
    assert "لجنة التوثيق المستقلة" in claimant_names(pack)
    assert "لجنة التوثيق المستقلة" not in claimant_names()
    text = "وقالت لجنة التوثيق المستقلة إن القصف خلف 24 قتيلا."
    [mine] = extract_figures(text, 0, len(text), [], pack=pack)
    [builtin] = extract_figures(text, 0, len(text), [])
    assert (mine.kind, mine.count, mine.claimant) == ("killed", 24, "لجنة التوثيق المستقلة")
    assert builtin.claimant is None

    pack = pack_with(tmp_path / "2", "claims", '"حلب" = ["حلب", ', '"حلب" = ["حلب", "قرية الوادي الأخضر", ')
    assert province_of("قرية الوادي الاخضر", pack) == "حلب"        # any spelling, folded by the pack
    assert province_of("قرية الوادي الأخضر") is None
    text = "وقتل 7 مدنيين في قرية الوادي الأخضر."
    [f] = extract_figures(text, 0, len(text), [], pack=pack)
    assert (f.place, f.areas) == ("قرية الوادي الأخضر", ("حلب",))
    assert extract_figures(text, 0, len(text), [])[0].areas == ()
    aleppo = Figure(kind="killed", count=7, start=0, end=1, text="7", areas=("حلب",))
    assert Scope("قرية الوادي الأخضر", pack).keeps(aleppo)      # a place of Aleppo: Aleppo's toll is in
    assert not Scope("قرية الوادي الأخضر").keeps(aleppo)        # unknown to the built-in pack: only itself


def test_content_words_drop_the_stop_words_of_the_pack(tmp_path):
    pack = pack_with(tmp_path, "merge", 'stopwords = ["في", ', 'stopwords = ["تقريبا", "في", ')
    text = "وصل الوفد تقريبا إلى حلب"
    mine, builtin = content_words(text, pack), content_words(text)
    assert builtin - mine == {"تقريب"}
    assert mine == builtin - {"تقريب"}
    # text already folded by the pack is not folded again
    assert content_words(pack.normalize("وصل الوفدُ إلى حلب").text, pack, folded=True) == \
        content_words("وصل الوفدُ إلى حلب", pack)


def test_the_dateline_and_the_head_read_the_taggers_pack(tmp_path):
    pack = pack_with(tmp_path, "calendar", '12 = ["ديسمبر", ', '12 = ["دسمبر", "ديسمبر", ')
    text = "الرباط - 13 دسمبر 2016 - أعلنت الحكومة أمس عن خطة جديدة للنقل."
    assert find_dateline(text, tagger=Tagger(pack=pack)).date == "2016-12-13"
    assert find_dateline(text) is None

    pack = pack_with(tmp_path / "2", "credits", '[outlets]\n',
                     '[outlets]\n"وكالة الحقول" = ["الحقول", "وكالة الحقول"]\n')
    assert credit_of("وكالة الحقول", pack) == "وكالة الحقول"
    assert credit_of("وكالة الحقول") != "وكالة الحقول"
    text = "الرباط - (الحقول) - أعلنت الحكومة أمس عن خطة جديدة للنقل في المدينة.\nوقال الوزير إن الخطة تبدأ غدا."
    assert read_head(text, tagger=Tagger(pack=pack)).credit == "وكالة الحقول"
    assert read_head(text).credit == "الحقول"     # unknown: the bracket's words, not the outlet's name


def test_the_language_of_the_text_is_compared_with_the_packs(tmp_path):
    """A pack declaring another code reads texts of that code with its tagger, not with dateparser."""
    pack = pack_with(tmp_path, "pack", 'lang = "ar"', 'lang = "ary"')
    text = "الرباط - 13 ديسمبر 2016 - أعلنت الحكومة أمس عن خطة جديدة للنقل."
    tagger = Tagger(pack=pack)
    assert find_dateline(text, "ary", tagger).date == "2016-12-13"
    assert read_head(text, "ary", tagger).dateline is not None


# -- one folded copy ----------------------------------------------------------------------------------

def _sample() -> list[dict]:
    path = resources.files("timeline.samples").joinpath("aleppo-2016.jsonl")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


#: marks that folding deletes (diacritics, tatweel) and a ligature it expands (lam-alef)
_DELETED = ("\u064e", "\u0650", "\u0651", "\u064b", "\u0640")
_LIGATURE = "\ufefb"


def _marked(text: str, rng: random.Random) -> str:
    """The text with marks folding deletes (and a ligature it expands) strewn over it,
    at clause ends too: where a fold of the clause alone and a cut of the article's may part."""
    out = []
    for ch in text:
        out.append(ch)
        r = rng.random()
        if r < 0.06 or (ch in "،,." and r < 0.5):
            out.append(rng.choice(_DELETED))
        elif ch == " " and r < 0.065:
            out.append(_LIGATURE)
    return "".join(out)


@pytest.mark.parametrize("marked", [False, True], ids=["as-published", "marked"])
def test_figures_from_the_articles_folded_copy_are_the_clauses_own(marked):
    pack, tagger = default_pack(), Tagger()
    rng = random.Random(15)
    compared = found = 0
    for record in _sample():
        text = _marked(record["text"], rng) if marked else record["text"]
        dct = parse_published(record["published"])
        timex = tagger.tag(text, dct, roles=True)
        norm = pack.normalize(text)
        if marked:
            assert norm.offsets is not None and norm.shifts is None      # the expanding fold
        for e in place(record["id"], text, dct, timex, norm=norm):
            own = [t for t in timex if e.start <= t.start < e.end]
            alone = extract_figures(text, e.start, e.end, own)
            shared = extract_figures(text, e.start, e.end, own, pack=pack, norm=norm)
            assert shared == alone, (record["id"], e.start, e.end)
            assert all(text[f.start:f.end] == f.text and e.start <= f.start < f.end <= e.end for f in shared)
            assert list(e.figures) == shared                            # what placement kept
            compared += 1
            found += len(shared)
    assert compared > 50 and found > 20


def test_a_norm_of_another_text_is_refused():
    text = "وقتل 7 مدنيين في حلب."
    with pytest.raises(ValueError):
        extract_figures(text, 0, len(text), [], norm=default_pack().normalize(text + " "))


def test_a_figure_at_the_clauses_end_keeps_no_mark_past_it():
    """A mark that follows the clause's last letter is the next clause's, as when the
    clause alone is folded: the article's folded copy does not carry the span past it."""
    text = "أعلن المكتب عن مقتل 18\u064e\u0640 مدنيا في القصف."
    end = text.index("\u064e")
    norm = default_pack().normalize(text)
    alone = extract_figures(text, 0, end, [])
    assert [(f.kind, f.count, f.text, f.end) for f in alone] == [("killed", 18, "18", end)]
    assert extract_figures(text, 0, end, [], norm=norm) == alone
    # the whole sentence keeps the marks on its number, with or without the copy
    [whole] = extract_figures(text, 0, len(text), [], norm=norm)
    assert whole.text == "18\u064e\u0640" and extract_figures(text, 0, len(text), []) == [whole]
