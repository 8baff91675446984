"""Readers give an article its title and outlet from its head when the metadata has none
(so the build, whose pages get the articles from the readers, shows them too)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from timeline.articles import read_sources
from timeline.readers import ReadOptions

ROOT = Path(__file__).resolve().parents[2]
STORY = ("أعلنت بلدية المدينة اليوم الاثنين إغلاق الجسر القديم أمام السيارات بعد تصدعه.\n"
         "وقال رئيس البلدية إن أعمال الترميم ستستغرق شهرين.")


def only(path, **options):
    result = read_sources([str(path)], ReadOptions(**options))
    assert len(result.articles) == 1, [str(p) for p in result.problems]
    return result.articles[0]


def test_plain_text_headline_and_credit(tmp_path):
    f = tmp_path / "bridge.txt"
    f.write_text("إغلاق الجسر القديم أمام السيارات\nطرابلس (رويترز) - " + STORY, encoding="utf-8")
    a = only(f, published="2019-04-01")
    assert (a.title, a.source, a.dateline_place) == ("إغلاق الجسر القديم أمام السيارات", "رويترز", "طرابلس")
    assert a.text.startswith("إغلاق الجسر")        # the text itself is never changed


def test_front_matter_wins(tmp_path):
    f = tmp_path / "note.md"
    f.write_text("---\nid: n1\ntitle: عنوان المحرر\npublished: 2019-04-01\nsource: وكالة الشمال\n---\n"
                 "إغلاق الجسر القديم أمام السيارات\nطرابلس (رويترز) - " + STORY + "\n", encoding="utf-8")
    a = only(f)
    assert (a.title, a.source, a.dateline_place) == ("عنوان المحرر", "وكالة الشمال", "طرابلس")


def test_a_jsonl_record_without_title_or_source(tmp_path):
    f = tmp_path / "d.jsonl"
    f.write_text(json.dumps({"id": "x", "published": "2019-04-01", "text": "صيدا - أ.ف.ب\n" + STORY},
                            ensure_ascii=False) + "\n", encoding="utf-8")
    a = only(f)
    assert (a.title, a.source, a.dateline_place) == (None, "فرانس برس", "صيدا")


def test_english_wire_dateline(tmp_path):
    f = tmp_path / "wire.txt"
    f.write_text("BEIRUT, April 1, 2019 (Reuters) - The old bridge was closed to cars on Monday after cracks "
                 "were found, the mayor said.", encoding="utf-8")
    a = only(f)
    assert (a.language, a.published, a.published_source) == ("en", "2019-04-01", "dateline")
    assert (a.source, a.dateline_place) == ("رويترز", "BEIRUT")


def test_extract_prints_what_the_head_gave(tmp_path):
    f = tmp_path / "bridge.txt"
    f.write_text("إغلاق الجسر القديم أمام السيارات\nطرابلس (رويترز) - " + STORY, encoding="utf-8")
    p = subprocess.run([sys.executable, str(ROOT / "generate.py"), "extract", str(f), "--published", "2019-04-01"],
                       capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert p.returncode == 0, p.stderr
    record = json.loads(p.stdout)
    assert (record["title"], record["source"], record["dateline_place"]) == \
        ("إغلاق الجسر القديم أمام السيارات", "رويترز", "طرابلس")
    text = f.read_text(encoding="utf-8")
    first = record["events"][0]
    assert text[first["start"]:first["end"]] == first["text"] and first["text"].startswith("أعلنت بلدية")
