"""Figures an editor can stand behind: the cover, the lead and the entries follow the claims rule.

The fixture corpus (tests/data/claims/tolls.jsonl, written for these tests) holds two
claimants' overlapping "last hours" tolls for Idlib, a running total since 1 February,
a toll from Daraa on the same day, and the day before's toll.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from render_helpers import ROOT, build, parse, text_of, with_class, write_jsonl

from timeline.merge.build import build_timeline
from timeline.pipeline import extract
from timeline.readers.jsonl import read_jsonl
from timeline.render.context import RenderOptions, build_context, clean_sentence
from timeline.text.normalize import fold

CORPUS = ROOT / "tests" / "data" / "claims" / "tolls.jsonl"


def timeline(path: Path = CORPUS):
    return build_timeline([extract(a) for a in read_jsonl(path)])


def context(place=None, path: Path = CORPUS, **options):
    return build_context(timeline(path), RenderOptions(place=place, **options))


def headline(b, kind="killed"):
    return next(h for h in b.headline if h.kind == kind)


def test_overlapping_tolls_of_two_claimants_are_a_range_never_a_sum():
    b = context()
    day = next(d for d in b.days if d.date == "2024-02-20")
    killed = next(r for r in day.ranges if r.kind == "killed")
    idlib = next(a for a in killed.areas if a.area == "إدلب")
    assert (idlib.low, idlib.high) == (35, 42)                 # 35 and 42 for the same last hours: not 77
    assert {name for name, _ in idlib.claims} == {"الدفاع المدني", "المرصد السوري"}
    # another province's toll cannot overlap: it is added to both ends
    assert (killed.low, killed.high) == (35 + 6, 42 + 6)
    said = dict(day.claims)["قتلى"]
    assert "بين 41 و48" in said and "حسب الدفاع المدني" in said and "حسب المرصد السوري" in said


def test_the_cover_uses_the_latest_running_total():
    h = headline(context())
    assert h.running and h.low == 380
    assert h.text.startswith("380 منذ 1 فبراير") and "حسب الدفاع المدني" in h.text and "حتى 20 فبراير" in h.text


def test_a_place_scope_keeps_other_provinces_out_of_the_headline_numbers():
    b = context("إدلب")
    day = next(d for d in b.days if d.date == "2024-02-20")
    killed = next(r for r in day.ranges if r.kind == "killed")
    assert (killed.low, killed.high) == (35, 42)               # Daraa's 6 left out of the day's range
    # ... but still shown in its entry
    shown = [r for d in b.days for e in d.entries for f in e.figures for _, r in f.reports]
    assert "6" in shown
    # a scope elsewhere: Idlib's running total does not apply, the scope's own day does
    daraa = headline(context("درعا"))
    assert not daraa.running and (daraa.low, daraa.high) == (6, 6)


def test_without_a_running_total_the_days_ranges_are_summed(tmp_path):
    docs = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    path = write_jsonl(tmp_path / "no-total.jsonl", *[d for d in docs if d["id"] != "idlib-paper"])
    h = headline(context(path=path))
    assert not h.running and (h.low, h.high) == (12 + 41, 12 + 48)
    assert "بين 53 و60" in h.text


def test_the_lead_heads_with_the_cover_number_then_the_sources_words():
    b = context()
    assert b.lead and len(b.lead.split()) <= 80
    first = f"{headline(b).label}: {headline(b).text}."
    assert b.lead.startswith(first) and "380 منذ 1 فبراير" in first     # the rule of the cover
    sources = fold(" ".join(a.text for a in read_jsonl(CORPUS)))
    said = re.sub(r"\([^)]*\)", " ", b.lead[len(first):])    # the attributions are ours
    for word in said.split():
        assert fold(word.strip("،.")) in sources, word
    # the editor's lead replaces it
    assert context(lead="كلمة المحرر.").lead == "كلمة المحرر."


def test_key_items_are_clean_attributed_and_dated():
    b = context()
    assert 0 < len(b.key_developments) <= 5
    for k in b.key_developments:
        assert not k.text.startswith(("من ناحية أخرى", "و")), k.text
        assert k.attribution.startswith("(") and ("حسب" in k.attribution or "عن" in k.attribution)
        assert k.date in {d.date for d in b.days} and k.anchor
    assert clean_sentence("من ناحية أخرى، قال المرصد إن 4 قتلوا.") == "قال المرصد إن 4 قتلوا."
    assert clean_sentence("ويقدر المكتب أن 500 نزحوا.") == "يقدر المكتب أن 500 نزحوا."
    assert clean_sentence("وزارة الصحة أعلنت مقتل 3.") == "وزارة الصحة أعلنت مقتل 3."   # a word, not a conjunction


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("claims") / "out"
    p = build(out, str(CORPUS), "--formats", "html,md")
    assert p.returncode == 0, p.stderr
    return out


def test_every_figure_under_an_entry_is_in_its_text(built):
    root = parse(built / "timeline.html")
    entries = with_class(root, "article", "entry")
    assert entries
    checked = 0
    for entry in entries:
        shown_text = " ".join(text_of(p) for p in with_class(entry, "p", "text"))
        shown_text += " ".join(text_of(q) for q in entry.iter("{http://www.w3.org/1999/xhtml}blockquote"))
        for report in with_class(entry, "span", "report"):
            number = re.search(r"\d+", text_of(report))
            assert number and number.group() in shown_text, (text_of(report), shown_text)
            checked += 1
    assert checked >= 5


def test_the_markdown_cover_gives_the_running_total_and_the_rule(built):
    md = (built / "briefing.md").read_text(encoding="utf-8")
    assert "**قتلى**: 380 منذ 1 فبراير" in md
    assert "لا تُجمع الحصائل التي قد تتداخل" in md
    assert "\u2068" not in md and "\u2066" not in md            # no isolates in plain text


def test_the_notes_front_matter_lead_replaces_the_lead(tmp_path):
    note = tmp_path / "note.md"
    note.write_text('---\nlead: "خلاصة كتبها المحرر بنفسه."\n---\nملاحظة **المحرر**.\n', encoding="utf-8")
    out = tmp_path / "out"
    p = build(out, str(CORPUS), "--formats", "html,md", "--notes", str(note))
    assert p.returncode == 0, p.stderr
    md = (out / "briefing.md").read_text(encoding="utf-8")
    assert "> خلاصة كتبها المحرر بنفسه." in md and "lead:" not in md
    [lead] = with_class(parse(out / "timeline.html"), "section", "lead")
    assert text_of(lead).strip() == "خلاصة كتبها المحرر بنفسه."
