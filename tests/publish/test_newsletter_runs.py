"""Scheduled runs, as cron runs them: real processes, a real SQLite state, real files."""

from __future__ import annotations

import datetime as dt
import email
import json

import feedparser
from news_helpers import DAY1, DAY2, issues, message, newsletter, state_rows, text_part, write_archive


def test_three_steps_then_an_edit(tmp_path):
    archive, out = tmp_path / "archive", tmp_path / "out"

    # day 1
    write_archive(archive, DAY1)
    p = newsletter(out, archive, "2023-03-01T18:00:00+00:00")
    assert p.returncode == 0, p.stderr
    assert p.stdout.startswith("published issue 1: 2 events")
    one = text_part(message(out, 1))
    assert "قتل خمسة مدنيين" in one and "فتح معبر جديد" in one

    # day 2: the archive grows; only the new articles are in issue 2
    write_archive(archive, DAY2)
    p = newsletter(out, archive, "2023-03-02T18:00:00+00:00")
    assert p.returncode == 0, p.stderr
    assert p.stdout.startswith("published issue 2: 3 events, 1 late")
    two = text_part(message(out, 2))
    assert "12 شخصا أصيبوا" in two and "وأفرجت السلطات" in two and "اعتقلت يوم الاثنين" in two
    assert "قتل خمسة مدنيين" not in two and "فتح معبر جديد" not in two
    # the arrest on Monday 27 February is a late report: it is about a day before issue 1
    late_section = two.split("تقارير متأخرة")[1]
    assert "اعتقلت يوم الاثنين" in late_section and "الاثنين 27 فبراير 2023" in late_section

    # nothing new: no issue 3, exit 0, one line
    p = newsletter(out, archive, "2023-03-03T18:00:00+00:00")
    assert p.returncode == 0, p.stderr
    assert p.stdout.startswith("no issue: nothing new") and p.stdout.count("\n") == 1
    assert issues(out) == ["0001", "0002"]

    # every event published exactly once, in the issue that carried it
    rows = state_rows(out, "SELECT doc, issue FROM events ORDER BY doc")
    assert rows == [("a1", 1), ("a2", 1), ("b1", 2), ("b2", 2), ("b2", 2)]

    # an edit: a1 now says the shelling was on Monday, not Tuesday
    edited = dict(DAY1[0], text="قتل خمسة مدنيين يوم الاثنين في قصف على حي الشعار شرق المدينة.")
    write_archive(archive, [edited])
    p = newsletter(out, archive, "2023-03-04T18:00:00+00:00")
    assert p.returncode == 0, p.stderr
    assert "published issue 3" in p.stdout and "1 corrections" in p.stdout
    three = text_part(message(out, 3))
    corrections = three.split("تصحيحات")[1]
    assert "قتل خمسة مدنيين أمس الثلاثاء" in corrections and "العدد 1" in corrections
    assert "قتل خمسة مدنيين يوم الاثنين" in three          # the new wording is published
    assert state_rows(out, "SELECT count(*) FROM events WHERE withdrawn_issue = 3") == [(1,)]


def test_removed_sentence_is_a_withdrawal(tmp_path):
    archive, out = tmp_path / "archive", tmp_path / "out"
    write_archive(archive, DAY2)
    assert newsletter(out, archive, "2023-03-02T18:00:00+00:00").returncode == 0
    shorter = dict(DAY2[1], text=DAY2[1]["text"].split(". ")[0] + ".")
    write_archive(archive, [shorter])
    p = newsletter(out, archive, "2023-03-03T18:00:00+00:00")
    assert p.returncode == 0, p.stderr
    assert "0 events, 0 late, 1 corrections" in p.stdout
    html = (out / "newsletter" / "0002" / "index.html").read_text(encoding="utf-8")
    assert "وأفرجت السلطات" in html and "لم يعد المقال يورد هذا" in html


def test_one_issue_per_period_even_when_the_schedule_doubles(tmp_path):
    archive, out = tmp_path / "archive", tmp_path / "out"
    write_archive(archive, DAY1)
    assert newsletter(out, archive, "2023-03-01T07:00:00+00:00").returncode == 0
    write_archive(archive, DAY2)
    p = newsletter(out, archive, "2023-03-01T07:05:00+00:00")       # the same daily slot
    assert p.returncode == 0 and "already covers 2023-03-01" in p.stdout
    assert issues(out) == ["0001"]
    p = newsletter(out, archive, "2023-03-03T07:00:00+00:00")       # a day was skipped: all of it now
    assert p.returncode == 0 and p.stdout.startswith("published issue 2: 3 events")
    # weekly: one issue per ISO week
    out2 = tmp_path / "weekly"
    assert newsletter(out2, archive, "2023-03-01T07:00:00+00:00", "--period", "weekly").returncode == 0
    assert "النشرة الأسبوعية" in message(out2, 1)["Subject"]


def test_dry_run_writes_nothing(tmp_path):
    archive, out = tmp_path / "archive", tmp_path / "out"
    write_archive(archive, DAY1)
    p = newsletter(out, archive, "2023-03-01T18:00:00+00:00", "--dry-run")
    assert p.returncode == 0 and p.stdout.startswith("would publish issue 1")
    assert not out.exists()


def test_email_parts_and_headers(tmp_path):
    archive, out = tmp_path / "archive", tmp_path / "out"
    write_archive(archive, DAY1)
    cfg = tmp_path / "news.toml"
    cfg.write_text('[newsletter]\nlist_id = "city.news.example.org"\nfrom = "النشرة <news@example.org>"\n'
                   'to = ["desk@example.org"]\nunsubscribe = "mailto:news@example.org?subject=unsubscribe"\n'
                   'site_url = "https://example.org/briefing/"\n', encoding="utf-8")
    assert newsletter(out, archive, "2023-03-01T18:00:00+00:00", "--config", str(cfg)).returncode == 0
    raw = (out / "newsletter" / "0001" / "message.eml").read_bytes()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert msg.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in msg.iter_parts()] == ["text/plain", "text/html"]
    assert msg["Subject"].startswith("النشرة اليومية — العدد 1")          # an Arabic word first
    assert msg["Message-ID"].startswith("<issue-0001.") and msg["Message-ID"].endswith("@city.news.example.org>")
    assert "<city.news.example.org>" in msg["List-Id"]
    assert msg["List-Unsubscribe"] == "<mailto:news@example.org?subject=unsubscribe>"
    assert email.utils.parsedate_to_datetime(msg["Date"]) == dt.datetime(2023, 3, 1, 18, tzinfo=dt.timezone.utc)
    assert msg["To"] == "desk@example.org" and "news@example.org" in msg["From"]
    html = msg.get_body(preferencelist=("html",)).get_content()
    assert '<html lang="ar" dir="rtl">' in html and 'style="' in html and "<table" in html
    assert 'dir="rtl"' in html.split("<td", 1)[1][:80]                   # on the cells too
    assert "https://example.org/briefing/newsletter/0001/index.html" in html
    assert "العدد 1، الأربعاء 1 مارس 2023" in text_part(msg)              # the footer names the issue


def test_archive_and_feed_list_every_issue(tmp_path):
    archive, out = tmp_path / "archive", tmp_path / "out"
    write_archive(archive, DAY1)
    assert newsletter(out, archive, "2023-03-01T18:00:00+00:00").returncode == 0
    write_archive(archive, DAY2)
    assert newsletter(out, archive, "2023-03-02T18:00:00+00:00").returncode == 0
    feed = feedparser.parse((out / "newsletter" / "feed.atom").read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.feed.title == "النشرة اليومية" and feed.feed.id.startswith("tag:")
    assert [e.id for e in feed.entries] == [f"tag:briefing.newsletter.invalid,2023:issue-{n:04d}" for n in (1, 2)]
    assert feed.entries[1].title.startswith("النشرة اليومية — العدد 2")
    assert feed.entries[1].updated_parsed[:3] == (2023, 3, 2)
    assert any(link.rel == "self" for link in feed.feed.links)
    index = (out / "newsletter" / "index.html").read_text(encoding="utf-8")
    assert index.index("0002/index.html") < index.index("0001/index.html")   # newest first
    # ids never change when more issues come
    write_archive(archive, [dict(DAY2[0], id="c1", published="2023-03-03")])
    assert newsletter(out, archive, "2023-03-03T18:00:00+00:00").returncode == 0
    again = feedparser.parse((out / "newsletter" / "feed.atom").read_bytes())
    assert [e.id for e in again.entries[:2]] == [e.id for e in feed.entries]


def test_article_text_is_escaped_in_the_email(tmp_path):
    archive, out = tmp_path / "archive", tmp_path / "out"
    evil = {"id": "x", "published": "2023-03-01", "source": "<i>وكالة</i>",
            "text": "قال مسؤول اليوم الأربعاء إن <script>alert(1)</script> و{{ 7*7 }} وردت في البيان."}
    write_archive(archive, [evil])
    assert newsletter(out, archive, "2023-03-01T18:00:00+00:00").returncode == 0
    html = (out / "newsletter" / "0001" / "index.html").read_text(encoding="utf-8")
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "{{ 7*7 }}" in html and "<i>" not in html


def test_bad_settings_fail_cleanly(tmp_path):
    archive, out = tmp_path / "archive", tmp_path / "out"
    write_archive(archive, DAY1)
    cfg = tmp_path / "news.toml"
    cfg.write_text('[newsletter]\nperiod = "hourly"\n', encoding="utf-8")
    p = newsletter(out, archive, "2023-03-01T18:00:00+00:00", "--config", str(cfg))
    assert p.returncode == 1 and "news.toml: newsletter: period must be daily or weekly" in p.stderr
    p = newsletter(out, archive, "yesterday")
    assert p.returncode == 1 and "--now 'yesterday'" in p.stderr
    assert not (out / "newsletter").exists()
    (out).mkdir()
    (out / "newsletter.sqlite").write_bytes(b"not a database at all, just bytes" * 100)
    p = newsletter(out, archive, "2023-03-01T18:00:00+00:00")
    assert p.returncode == 1 and "not a newsletter state file" in p.stderr and p.stderr.count("\n") == 1


def test_deterministic_issue(tmp_path):
    archive = write_archive(tmp_path / "archive", DAY1 + DAY2)
    a, b = tmp_path / "a", tmp_path / "b"
    for out in (a, b):
        assert newsletter(out, archive, "2023-03-02T18:00:00+00:00").returncode == 0
    for name in ("0001/index.html", "0001/index.txt", "0001/message.eml", "index.html", "feed.atom"):
        assert (a / "newsletter" / name).read_bytes() == (b / "newsletter" / name).read_bytes(), name
    assert json.loads(json.dumps(state_rows(a, "SELECT * FROM issues"))) == \
        json.loads(json.dumps(state_rows(b, "SELECT * FROM issues")))


def test_issue_pdf_when_asked(tmp_path):
    import pypdf

    archive, out = tmp_path / "archive", tmp_path / "out"
    write_archive(archive, DAY1)
    p = newsletter(out, archive, "2023-03-01T18:00:00+00:00", "--pdf")
    # nothing on stderr but the warning about the mail headers no config file sets
    assert p.returncode == 0 and [ln for ln in p.stderr.splitlines() if "header" not in ln] == [], p.stderr
    reader = pypdf.PdfReader(out / "newsletter" / "0001" / "issue.pdf")
    assert reader.metadata.title.startswith("النشرة اليومية — العدد 1")
    assert 'href="0001/issue.pdf"' in (out / "newsletter" / "index.html").read_text(encoding="utf-8")
