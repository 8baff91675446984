"""The public API in ``timeline/__init__.py``: its names, its light import, and that each
function is the stage the commands run (the same results, not a second implementation)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

import timeline
from timeline.merge import build_timeline as merge_build_timeline
from timeline.pipeline import extract as pipeline_extract
from timeline.temporal import Tagger

PUBLIC = ["tag", "extract", "build_timeline", "render_timeline", "search_dates",
          "Article", "Timex", "Event", "Figure", "Extraction", "Timeline", "Day", "Entry", "SourceRef"]

# two reports of one strike (made up for these tests) and a third on another day
FIRST = timeline.Article(
    id="first", published="2021-03-18", source="وكالة الشمال",
    text="قال الدفاع المدني إن تسعة مدنيين قتلوا أمس الأربعاء في قصف على سوق بلدة كفرنبل.\n\n"
         "وأضاف أن فرق الإنقاذ انتشلت الجثث من تحت الأنقاض.")
SECOND = timeline.Article(
    id="second", published="2021-03-18", source="صحيفة الساحل",
    text="قتل تسعة مدنيين أمس الأربعاء في قصف استهدف سوق بلدة كفرنبل، بحسب الدفاع المدني.\n\n"
         "ومن المقرر أن يزور وفد أممي المنطقة الأحد المقبل.")
THIRD = timeline.Article(
    id="third", published="2021-03-25", source="وكالة الشمال",
    text="وصل الوفد الأممي صباح اليوم الخميس إلى بلدة كفرنبل <b>لتفقد</b> السوق المدمر.")
ARTICLES = [FIRST, SECOND, THIRD]


ROOT = Path(__file__).resolve().parent.parent


def _modules_after(code: str) -> set[str]:
    """The modules a fresh interpreter holds after running ``code``."""
    script = code + "\nimport sys, json; print(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT)
    return set(json.loads(out.stdout.splitlines()[-1]))


HEAVY = ("weasyprint", "nh3", "dask", "distributed", "jinja2")


def _heavy(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if m.split(".")[0] in HEAVY)


def test_import_timeline_loads_nothing_else():
    modules = _modules_after("import timeline")
    assert _heavy(modules) == []
    assert sorted(m for m in modules if m.startswith("timeline.")) == []


def test_tagging_extracting_and_merging_leave_rendering_unloaded():
    modules = _modules_after(
        "import timeline\n"
        "a = timeline.Article(id='a', published='2016-12-08', text='قتل 5 أشخاص أمس الأربعاء في حلب.')\n"
        "timeline.tag(a.text, a.published)\n"
        "timeline.build_timeline([timeline.extract(a)])\n"
        "timeline.search_dates(a.text, settings={'RELATIVE_BASE': __import__('datetime').datetime(2016, 12, 8)})\n")
    assert _heavy(modules) == []
    assert "timeline.render" not in modules


def test_all_is_the_public_api():
    assert timeline.__all__ == PUBLIC
    for name in PUBLIC:
        assert getattr(timeline, name) is not None
        assert name in dir(timeline)
    with pytest.raises(AttributeError):
        timeline.lexicon           # noqa: B018 - submodule internals are not re-exported
    ns: dict = {}
    exec("from timeline import *", ns)
    assert sorted(k for k in ns if not k.startswith("__")) == sorted(PUBLIC)


def test_docstring_examples_hold():
    (t,) = timeline.tag("قال مسؤول أمس الأربعاء إن ...", "2016-12-08")
    assert (t.text, t.type, t.value) == ("أمس الأربعاء", "DATE", "2016-12-07")
    assert "أمس الأربعاء DATE 2016-12-07" in timeline.__doc__
    got = timeline.search_dates("قال مسؤول أمس الأربعاء إن ...", settings={"RELATIVE_BASE": dt.datetime(2016, 12, 8)})
    assert repr(got) in timeline.__doc__
    from timeline.search import search_dates

    assert timeline.search_dates is search_dates


def test_tag_is_the_tagger():
    text = FIRST.text
    assert timeline.tag(text, "2021-03-18") == Tagger().tag(text, "2021-03-18")
    assert timeline.tag(text, dt.date(2021, 3, 18), roles=True) == Tagger().tag(text, "2021-03-18", roles=True)
    assert timeline.tag(text, dt.datetime(2021, 3, 18, 14, 30)) == timeline.tag(text, "2021-03-18T14:30")
    english = timeline.tag("The envoy arrived on Wednesday, 17 March 2021.", "2021-03-18", language="en")
    assert [t.value for t in english] == ["2021-03-17"]
    with pytest.raises(ValueError, match="2021-13-01"):
        timeline.tag(text, "2021-13-01")


def test_extract_is_the_pipeline():
    assert timeline.extract(FIRST).to_json() == pipeline_extract(FIRST).to_json()
    ex = timeline.extract(FIRST.text, "2021-03-18")
    assert [e.date for e in ex.events] == [e.date for e in pipeline_extract(FIRST).events]
    assert ex.events[0].date == "2021-03-17"
    with pytest.raises(TypeError):
        timeline.extract(FIRST.text)
    with pytest.raises(TypeError):
        timeline.extract(FIRST, "2021-03-18")


def test_build_timeline_is_the_merge():
    expected = merge_build_timeline([pipeline_extract(a) for a in ARTICLES]).to_json()
    assert timeline.build_timeline(ARTICLES).to_json() == expected
    assert timeline.build_timeline([timeline.extract(FIRST), SECOND, THIRD]).to_json() == expected
    merged = timeline.build_timeline(ARTICLES)
    assert isinstance(merged, timeline.Timeline)
    assert [d.date for d in merged.days][:1] == ["2021-03-17"]


@pytest.fixture(scope="module")
def merged():
    return timeline.build_timeline(ARTICLES)


def test_render_timeline_writes_the_files(tmp_path, merged, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1616025600")
    paths = timeline.render_timeline(merged, tmp_path / "a", formats=("html", "md"), title="كفرنبل")
    names = {p.relative_to(tmp_path / "a").as_posix() for p in paths}
    assert {"briefing.md", "timeline.json", "events.csv", "timelinejs.json"} <= names
    assert any(n.endswith(".html") for n in names)
    assert all(p.is_file() for p in paths)
    md = (tmp_path / "a" / "briefing.md").read_text(encoding="utf-8")
    assert "كفرنبل" in md and "تسعة مدنيين" in md
    html = next(p for p in paths if p.suffix == ".html").read_text(encoding="utf-8")
    assert "<b>لتفقد</b>" not in html and "&lt;b&gt;لتفقد&lt;/b&gt;" in html     # article text is data
    again = timeline.render_timeline(merged, tmp_path / "b", formats=("html", "md"), title="كفرنبل")
    assert [p.read_bytes() for p in paths] == [p.read_bytes() for p in again]


def test_render_timeline_failure_leaves_the_folder(tmp_path, merged):
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("mine")
    with pytest.raises(ValueError, match="docx"):
        timeline.render_timeline(merged, out, formats=("md", "docx"))
    assert sorted(p.name for p in out.iterdir()) == ["keep.txt"]
    with pytest.raises(TypeError):
        timeline.render_timeline(merged, out, formats=("md",), colour="red")
    assert sorted(p.name for p in out.iterdir()) == ["keep.txt"]
