"""What an issue holds and says: the same counts in the e-mail, its text, its PDF and the
archive; the figures that changed since an earlier issue, with the old value; the lead and
the issue in the feed, with absolute links; the warning for missing mail headers; bidi in
the plain text and the e-mail."""

from __future__ import annotations

import re
import sqlite3
import subprocess

import feedparser
import lxml.html
from news_helpers import DAY1, DAY2, message, newsletter, state_rows, text_part, write_archive

from timeline.publish.state import MIGRATIONS, SCHEMA_VERSION, State

BIDI_CONTROLS = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")
ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
SUMMARY = "في هذا العدد"


def numbers(line: str) -> list[int]:
    return sorted(int(n) for n in re.findall(r"\d+", line))


def summary_line(text: str) -> str:
    [line] = [ln for ln in text.splitlines() if SUMMARY in ln][:1]
    return line


def html_doc(out, number):
    return lxml.html.fromstring((out / "newsletter" / f"{number:04d}" / "index.html").read_bytes())


def test_email_pdf_and_archive_give_the_same_counts(tmp_path):
    archive, out = tmp_path / "archive", tmp_path / "out"
    write_archive(archive, DAY1)
    assert newsletter(out, archive, "2023-03-01T18:00:00+00:00", "--pdf").returncode == 0
    # day 2, and an article that repeats a1's report (one entry, two reports)
    write_archive(archive, DAY2 + [dict(DAY2[0], id="b3", source="إذاعة المدينة")])
    p = newsletter(out, archive, "2023-03-02T18:00:00+00:00", "--pdf")
    assert p.returncode == 0, p.stderr

    doc = html_doc(out, 2)
    in_html = doc.xpath("string(//td[contains(@class, 'summary')])").strip()
    in_text = summary_line(text_part(message(out, 2)))
    pdf = subprocess.run(["pdftotext", "-layout", str(out / "newsletter" / "0002" / "issue.pdf"), "-"],
                         capture_output=True, text=True, check=True).stdout
    in_pdf = summary_line(pdf)
    index = lxml.html.fromstring((out / "newsletter" / "index.html").read_bytes())
    in_index = index.xpath("string(//div[@id='issue-2']//p[@class='meta'])").strip()
    assert in_html == in_text == in_index, (in_html, in_text, in_index)
    assert numbers(in_pdf) == numbers(in_html)

    # and the numbers are what the issue holds, counted independently
    entries = doc.xpath("//td[contains(@class, 'entry')]")
    late = doc.xpath("//td[contains(@class, 'entry')][preceding::h2[1][contains(., 'تقارير متأخرة')]]")
    [(events, late_count, entry_count)] = state_rows(out, "SELECT events, late, entries FROM issues WHERE number = 2")
    assert entry_count == len(entries) == 3            # b1 and b3 are one entry; b2 two days
    assert late_count == len(late) == 1
    assert events == 4                                  # b1, b3, and b2's two sentences
    assert numbers(in_html) == sorted([entry_count, events])      # one late report: «تقرير متأخر»
    assert "3 أحداث (4 أخبار)" in in_html and "تقرير متأخر" in in_html


ONE = {"id": "k1", "published": "2023-05-10", "source": "وكالة الساحل",
       "text": "قتل 5 مدنيين أمس الثلاثاء في قصف على سوق البلدة."}


def test_figures_revised_since_the_last_issue_show_the_old_value(tmp_path):
    archive, out = tmp_path / "archive", tmp_path / "out"
    write_archive(archive, [ONE])
    assert newsletter(out, archive, "2023-05-10T18:00:00+00:00").returncode == 0
    shown = state_rows(out, "SELECT day, kind, count, words FROM shown WHERE issue = 1 AND kind != '' ORDER BY entry")
    assert ("2023-05-09", "killed", 5, "5") in shown            # the day's total, and the entry's figure
    assert len(shown) == 2

    # the article is edited (5 becomes 7), and a second outlet reports the same day
    write_archive(archive, [dict(ONE, text=ONE["text"].replace("5", "7")),
                            {"id": "k2", "published": "2023-05-11", "source": "إذاعة الوادي",
                             "text": "أصيب 9 أشخاص يوم الثلاثاء الماضي في القصف نفسه على سوق البلدة."}])
    p = newsletter(out, archive, "2023-05-11T18:00:00+00:00")
    assert p.returncode == 0, p.stderr
    text = text_part(message(out, 2))
    section = text.split("أرقام تغيّرت منذ العدد السابق")[1].split("##")[0]
    assert "قتلى: 7 (كان 5 في العدد 1)" in section                    # the entry, old value and issue
    assert "الثلاثاء 9 مايو 2023" in section
    assert "جرحى" not in section                                     # a new kind is not a revision
    assert "مجموع اليوم" not in section          # the day's one entry with a toll already says it

    doc = html_doc(out, 2)
    [link] = doc.xpath("//td[contains(@class, 'revised')]//a[contains(., 'الثلاثاء 9 مايو')]")[:1]
    target = link.get("href")[1:]
    assert doc.xpath(f"//*[@id='{target}']"), "the revised figure links to its entry in the issue"

    # nothing changed in issue 3: no section
    write_archive(archive, [{"id": "k3", "published": "2023-05-12", "source": "إذاعة الوادي",
                             "text": "افتتحت البلدية اليوم الجمعة سوقا جديدة."}])
    assert newsletter(out, archive, "2023-05-12T18:00:00+00:00").returncode == 0
    assert "أرقام تغيّرت" not in text_part(message(out, 3))


def test_a_day_total_that_changed_is_said_with_its_old_value(tmp_path):
    archive, out = tmp_path / "archive", tmp_path / "out"
    write_archive(archive, [ONE])
    assert newsletter(out, archive, "2023-05-10T18:00:00+00:00").returncode == 0
    write_archive(archive, [
        {"id": "k4", "published": "2023-05-11", "source": "إذاعة الوادي",
         "text": "قتل 3 عناصر من الشرطة يوم الثلاثاء الماضي في هجوم على حاجز شمال البلدة."},
        {"id": "k5", "published": "2023-05-11", "source": "وكالة الساحل",
         "text": "وكانت امرأتان قد قتلتا يوم الثلاثاء الماضي بانفجار لغم قرب مدرسة غرب البلدة."}])
    assert newsletter(out, archive, "2023-05-11T18:00:00+00:00").returncode == 0
    doc = html_doc(out, 2)
    days = doc.xpath("//td[contains(@class, 'day')]")
    [tuesday] = [d for d in days if "الثلاثاء 9 مايو 2023" in d.text_content()]
    [total] = re.findall(r"قتلى (\d+)", tuesday.text_content())
    [line] = [r.text_content() for r in doc.xpath("//td[contains(@class, 'revised')]")]
    assert f"قتلى في مجموع اليوم: {total} في تقارير هذا العدد (كان 5 في العدد 1)" in line
    assert int(total) != 5


def test_a_state_of_the_previous_schema_is_migrated_and_its_issues_still_listed(tmp_path):
    archive, out = tmp_path / "archive", tmp_path / "out"
    out.mkdir()
    path = out / "newsletter.sqlite"
    db = sqlite3.connect(path)
    for step in MIGRATIONS[:2]:
        db.executescript(step)
    db.execute("INSERT INTO issues VALUES (1, '2023-02-27T18:00:00+00:00', '2023-02-27', 's', '<m>', 4, 0, 0, NULL)")
    db.execute("PRAGMA user_version = 2")
    db.commit()
    db.close()
    (out / "newsletter" / "0001").mkdir(parents=True)
    (out / "newsletter" / "0001" / "index.html").write_text("<html><body><p>old</p></body></html>")
    write_archive(archive, DAY1)
    p = newsletter(out, archive, "2023-03-01T18:00:00+00:00")
    assert p.returncode == 0, p.stderr
    with State(path) as state:
        assert state.version == SCHEMA_VERSION
        old, new = state.issues()
        assert old.entries is None and old.lead == "" and new.entries == 2
        assert {s.issue for s in state.shown()} == {2}
    index = lxml.html.fromstring((out / "newsletter" / "index.html").read_bytes())
    assert index.xpath("string(//div[@id='issue-1']//p[@class='meta'])").strip() == "في هذا العدد: 4 أخبار"


def test_feed_entries_carry_the_lead_and_the_issue_with_absolute_links(tmp_path):
    archive, out = tmp_path / "archive", tmp_path / "out"
    write_archive(archive, DAY1)
    cfg = tmp_path / "news.toml"
    cfg.write_text('[newsletter]\nsite_url = "https://example.org/briefing/"\nfrom = "news@example.org"\n'
                   'unsubscribe = "https://example.org/unsubscribe"\n', encoding="utf-8")
    assert newsletter(out, archive, "2023-03-01T18:00:00+00:00", "--config", str(cfg)).returncode == 0
    write_archive(archive, DAY2)
    assert newsletter(out, archive, "2023-03-02T18:00:00+00:00", "--config", str(cfg)).returncode == 0
    feed = feedparser.parse((out / "newsletter" / "feed.atom").read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    leads = dict(state_rows(out, "SELECT number, lead FROM issues"))
    summaries = dict(state_rows(out, "SELECT number, entries FROM issues"))
    for number, entry in zip((1, 2), feed.entries):
        assert entry.summary == (leads[number] or entry.summary) and entry.summary
        [content] = entry.content
        assert content.type == "text/html"
        body = lxml.html.fromstring(content.value)
        assert len(body.xpath("//td[contains(@class, 'entry')]")) == summaries[number]
        links = [a.get("href") for a in body.iter("a")]
        assert links and all(re.match(r"(https://|mailto:)", h) for h in links), links
        base = f"https://example.org/briefing/newsletter/{number:04d}/index.html"
        inner = [h for h in links if h.startswith(base + "#")]
        assert inner, "the key developments link to their entries, in the issue on the web"
        for h in inner:
            assert body.xpath(f"//*[@id='{h.split('#')[1]}']")
    assert "قتل خمسة مدنيين" in feed.entries[0].content[0].value
    assert "12 شخصا أصيبوا" in feed.entries[1].content[0].value


def test_missing_mail_headers_are_named_in_one_warning(tmp_path):
    archive = write_archive(tmp_path / "archive", DAY1)
    p = newsletter(tmp_path / "a", archive, "2023-03-01T18:00:00+00:00")
    assert p.returncode == 0 and (tmp_path / "a" / "newsletter" / "0001" / "message.eml").exists()
    [line] = p.stderr.splitlines()
    assert "warning" in line and "From" in line and "List-Unsubscribe" in line
    cfg = tmp_path / "news.toml"
    cfg.write_text('[newsletter]\nfrom = "news@example.org"\n', encoding="utf-8")
    p = newsletter(tmp_path / "b", archive, "2023-03-01T18:00:00+00:00", "--config", str(cfg))
    [line] = p.stderr.splitlines()
    assert "List-Unsubscribe" in line and "From," not in line and "From " not in line
    cfg.write_text('[newsletter]\nfrom = "news@example.org"\nunsubscribe = "mailto:u@example.org"\n', encoding="utf-8")
    p = newsletter(tmp_path / "c", archive, "2023-03-01T18:00:00+00:00", "--config", str(cfg))
    assert p.returncode == 0 and p.stderr == ""


def test_plain_text_and_email_bidi(tmp_path):
    docs = DAY1 + [{"id": "c1", "published": "2023-03-01", "source": "Radio Nord",
                    "text": "وقال مسؤول في Radio Nord اليوم الأربعاء إن حصيلة القتلى ارتفعت إلى 40 قتيلا منذ 15 فبراير."}]
    archive, out = write_archive(tmp_path / "archive", docs), tmp_path / "out"
    assert newsletter(out, archive, "2023-03-01T18:00:00+00:00").returncode == 0
    msg = message(out, 1)
    text = text_part(msg)
    assert not BIDI_CONTROLS.search(text), [hex(ord(c)) for c in BIDI_CONTROLS.findall(text)]
    assert not ISO_DATE.search(text), ISO_DATE.findall(text)
    assert "(الأربعاء 1 مارس 2023)" in text                         # the sources' dates in Arabic words
    html = msg.get_body(preferencelist=("html",)).get_content()
    assert not BIDI_CONTROLS.search(html)
    doc = lxml.html.fromstring(html)
    visible = doc.xpath("string(//body)")
    assert not ISO_DATE.search(visible), ISO_DATE.findall(visible)
    dates = doc.xpath("//span[contains(@class, 'date')]")
    assert dates and all("white-space: nowrap" in (d.get("style") or "") for d in dates)
    assert any(d.text_content() == "الأربعاء 1 مارس 2023" for d in dates)
    assert doc.xpath("//bdi[. = 'Radio Nord']"), "a Latin outlet is isolated"
