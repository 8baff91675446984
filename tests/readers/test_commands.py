"""Every command that takes SOURCES reads every format (real processes)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "readers"


def run(*args, stdin=None):
    return subprocess.run([sys.executable, str(ROOT / "generate.py"), *args], input=stdin, capture_output=True,
                          text=True, cwd=ROOT, timeout=300)


@pytest.fixture
def archive(tmp_path):
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "feed.rss").write_bytes((DATA / "feed.rss").read_bytes())
    (folder / "page.html").write_bytes((DATA / "page-meta-date.html").read_bytes())
    (folder / "note.md").write_text("---\nid: note\npublished: 2016-12-12\nsource: مراسلنا\n---\n"
                                    "وصل وفد الإغاثة اليوم الاثنين إلى المدينة.\n", encoding="utf-8")
    (folder / "old.txt").write_bytes("حلب - 11 ديسمبر 2016 - قال ناشطون اليوم الأحد إن القصف توقف.".encode("cp1256"))
    return folder


@pytest.mark.parametrize("command", ["tag", "extract", "timeline"])
def test_commands_read_a_mixed_folder(archive, command):
    p = run(command, str(archive))
    assert p.returncode == 0, p.stderr
    assert "entry without text" in p.stderr                   # the feed's empty entry, named and skipped
    if command == "timeline":
        days = [d["date"] for d in json.loads(p.stdout)["days"]]
        assert {"2016-12-07", "2016-12-09", "2016-12-11", "2016-12-12", "2016-12-13"} <= set(days)
    else:
        ids = {json.loads(line)["id"] for line in p.stdout.splitlines()}
        assert {"note", "old", "page", "https://north.example.org/news/1"} <= ids


def test_extract_says_where_each_date_came_from(archive):
    p = run("extract", str(archive))
    sources = {json.loads(line)["id"]: json.loads(line)["published_source"] for line in p.stdout.splitlines()}
    assert sources["note"] == "metadata" and sources["page"] == "page" and sources["old"] == "dateline"


def test_build_and_newsletter_read_them_too(archive, tmp_path):
    out = tmp_path / "out"
    p = run("build", str(archive), "-o", str(out), "-q", "--formats", "html,md")
    assert p.returncode == 0, p.stderr
    md = (out / "briefing.md").read_text(encoding="utf-8")
    assert "من سطر التاريخ" in md and "من صفحة الويب" in md      # where each date came from, in the appendix
    p = run("newsletter", str(archive), "-o", str(out), "-q", "--now", "2016-12-14T18:00:00+00:00")
    assert p.returncode == 0 and p.stdout.startswith("published issue 1"), p.stderr


def test_inferred_date_and_its_evidence_in_the_appendix(tmp_path):
    f = tmp_path / "inferred.txt"
    f.write_text("قال المتحدث أمس الأربعاء الثالث من ديسمبر إن فرق الإنقاذ انتشلت عشر جثث.", encoding="utf-8")
    out = tmp_path / "out"
    p = run("build", str(f), "--around", "2014-12", "-o", str(out), "-q", "--formats", "md")
    assert p.returncode == 0, p.stderr
    md = (out / "briefing.md").read_text(encoding="utf-8")
    assert "الخميس 4 ديسمبر 2014 (مستنتج من النص)" in md and "ذلك اليوم هو 2014-12-03" in md


def test_plain_text_on_stdin(tmp_path):
    p = run("tag", "-", "--published", "2016-12-08", stdin="قال المتحدث أمس الأربعاء إن الهدنة انهارت.")
    assert p.returncode == 0, p.stderr
    [record] = [json.loads(line) for line in p.stdout.splitlines()]
    assert record["id"] == "stdin" and record["timex"][0]["value"] == "2016-12-07"


def test_strict_and_around_errors(archive):
    p = run("tag", str(archive), "--strict")
    assert p.returncode == 1 and "(--strict)" in p.stderr.splitlines()[-1]
    p = run("tag", str(archive), "--around", "December")
    assert p.returncode == 1 and "--around 'December'" in p.stderr
