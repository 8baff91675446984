"""Every reader and every bad input, on files written for these tests."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from timeline.articles import read_sources
from timeline.readers import ReadOptions
from timeline.values import Period

DATA = Path(__file__).resolve().parents[1] / "data" / "readers"
AR = "قال الدفاع المدني في حلب إن 24 شخصا قتلوا أمس في قصف على الأحياء الشرقية."


def read(*sources, **options):
    return read_sources([str(s) for s in sources], ReadOptions(**options))


def only(result):
    assert len(result.articles) == 1, [str(p) for p in result.problems]
    return result.articles[0]


def messages(result):
    return [str(p) for p in result.problems]


# -- formats -------------------------------------------------------------------------------

def test_text_with_front_matter(tmp_path):
    f = tmp_path / "note.md"
    f.write_text("---\nid: n1\ntitle: قصف على حلب\npublished: 2016-12-05\nsource: وكالة الشمال\n"
                 "url: https://north.example.org/1\n---\n" + AR + "\n", encoding="utf-8")
    a = only(read(f))
    assert (a.id, a.published, a.published_source, a.title, a.source) == \
        ("n1", "2016-12-05", "metadata", "قصف على حلب", "وكالة الشمال")
    assert a.text.strip() == AR


def test_plain_text_with_a_dateline(tmp_path):
    f = tmp_path / "aleppo.txt"
    f.write_text("حلب - 13 ديسمبر 2016 - " + AR, encoding="utf-8")
    a = only(read(f))
    assert (a.id, a.published, a.published_source) == ("aleppo", "2016-12-13", "dateline")


def test_english_dateline(tmp_path):
    f = tmp_path / "reuters.txt"
    f.write_text("DAMASCUS, Dec. 13, 2016 (Reuters) - Syrian troops advanced on Tuesday into the last rebel "
                 "districts of eastern Aleppo, residents said.", encoding="utf-8")
    a = only(read(f))
    assert (a.language, a.published, a.published_source) == ("en", "2016-12-13", "dateline")


def test_jsonl_and_given_date(tmp_path):
    f = tmp_path / "d.jsonl"
    f.write_text(json.dumps({"id": "x", "text": AR}, ensure_ascii=False) + "\n", encoding="utf-8")
    a = only(read(f, published="2016-12-05"))
    assert (a.published, a.published_source) == ("2016-12-05", "given")


def test_csv_with_configured_columns(tmp_path):
    f = tmp_path / "scrape.csv"
    f.write_text("رقم;body;date;site\n"
                 f"a1;{AR};2016-12-05;وكالة الشمال\n"
                 "a2;;2016-12-05;وكالة الشمال\n"
                 f"a3;\"{AR}; ونص آخر\";2016-12-06;إذاعة\n", encoding="utf-8")
    result = read(f, columns={"id": "رقم", "published": "date"})
    assert [(a.id, a.published, a.source) for a in result.articles] == \
        [("a1", "2016-12-05", "وكالة الشمال"), ("a3", "2016-12-06", "إذاعة")]
    assert result.articles[1].text.endswith("ونص آخر")
    assert messages(result) == [f"{f}:3: no article text"]
    bad = read(f, columns={"text": "missing"})
    assert "no column 'missing'" in messages(bad)[0]


def test_tsv(tmp_path):
    f = tmp_path / "t.tsv"
    f.write_text(f"id\ttext\tpublished\nt1\t{AR}\t2016-12-05\n", encoding="utf-8")
    assert only(read(f)).id == "t1"


def test_rss_feed():
    result = read(DATA / "feed.rss")
    first, second = result.articles
    assert first.id == "https://north.example.org/news/1"
    assert first.published == "2016-12-08T01:30:00+03:00" and first.dct == dt.date(2016, 12, 8)  # the local day
    assert first.source == "نشرة الشمال" and first.url == "https://north.example.org/news/1"
    assert first.text.splitlines() == ["قتل خمسة مدنيين أمس الأربعاء في قصف على حي الشعار.",
                                       "وقال الدفاع المدني إن فرقه انتشلت الجثث."]
    assert second.dct == dt.date(2016, 12, 9)
    assert messages(result) == [f"{DATA / 'feed.rss'}#3: entry without text"]


def test_atom_feed():
    result = read(DATA / "feed.atom")
    a, b = result.articles
    assert (a.published, a.source, a.url) == ("2016-12-10T08:15:00+02:00", "إذاعة المدينة", "https://radio.example.org/a/1")
    assert b.published == "2016-12-11T18:00:00+02:00"     # no <published>: its <updated>
    assert a.text == "اعتقلت قوات الأمن صباح اليوم السبت ثلاثة مشتبهين."


def test_saved_page_with_its_date_only_in_a_meta_tag():
    a = only(read(DATA / "page-meta-date.html"))
    assert (a.published, a.published_source) == ("2016-12-13", "page")
    assert "أعلن مسؤولون محليون أمس الاثنين" in a.text
    assert "الرئيسية" not in a.text and "جميع الحقوق" not in a.text       # boilerplate left out
    assert a.source == "صحيفة المساء"


def test_a_folder_of_mixed_formats_and_a_glob(tmp_path):
    folder = tmp_path / "archive"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("حلب - 13 ديسمبر 2016 - " + AR, encoding="utf-8")
    (folder / "sub" / "b.jsonl").write_text(json.dumps({"id": "b", "published": "2016-12-05", "text": AR},
                                                       ensure_ascii=False) + "\n", encoding="utf-8")
    (folder / "feed.xml").write_bytes((DATA / "feed.atom").read_bytes())
    (folder / ".hidden.txt").write_text("لا", encoding="utf-8")
    (folder / "notes.docx").write_bytes(b"PK\x03\x04")                      # not a known format: not read
    result = read(folder)
    assert sorted(a.id for a in result.articles) == sorted(["a", "b", "tag:radio.example.org,2016:1",
                                                            "tag:radio.example.org,2016:2"])
    assert result.problems == []
    assert [a.id for a in read(str(folder / "**" / "*.jsonl")).articles] == ["b"]


# -- encodings -----------------------------------------------------------------------------

@pytest.mark.parametrize("codec", ["cp1256", "iso8859_6", "utf-16", "utf-8-sig", "utf-16-le"])
def test_arabic_in_every_encoding(tmp_path, codec):
    f = tmp_path / f"{codec}.txt"
    f.write_bytes(("حلب - 13 ديسمبر 2016 - " + AR).encode(codec))
    a = only(read(f))
    assert a.text.endswith(AR) and a.published == "2016-12-13"


def test_a_short_windows_1256_file(tmp_path):
    f = tmp_path / "short.txt"
    f.write_bytes("قتل أمس الأربعاء".encode("cp1256"))        # too short for any detector alone
    assert only(read(f, published="2016-12-08")).text == "قتل أمس الأربعاء"


# -- bad input: each named, the rest still read --------------------------------------------

def _jsonl(path: Path, *records) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def test_bad_inputs_are_named_and_the_rest_is_read(tmp_path):
    good = _jsonl(tmp_path / "good.jsonl", {"id": "ok", "published": "2016-12-05", "text": AR})
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (tmp_path / "broken.md").write_text("---\ntitle: [unclosed\npublished: 2016-12-05\n---\n" + AR,
                                        encoding="utf-8")
    _jsonl(tmp_path / "dates.jsonl",
           {"id": "fmt", "published": "05/12/2016", "text": AR},
           {"id": "impossible", "published": "2016-02-30", "text": AR},
           {"id": "future", "published": "2099-01-01", "text": AR},
           {"id": "ok", "published": "2016-12-06", "text": AR})
    result = read(good, tmp_path / "empty.txt", tmp_path / "binary.txt", tmp_path / "broken.md",
                  tmp_path / "dates.jsonl", tmp_path / "missing.jsonl", latest=dt.date(2026, 1, 1))
    assert [a.id for a in result.articles] == ["ok"]
    got = "\n".join(messages(result))
    for expected in [f"{tmp_path / 'empty.txt'}: empty file",
                     f"{tmp_path / 'binary.txt'}: a binary file, not text",
                     f"{tmp_path / 'broken.md'}: front matter is not valid YAML",
                     f"{tmp_path / 'dates.jsonl'}:1: publication date '05/12/2016' has an unknown format",
                     f"{tmp_path / 'dates.jsonl'}:2: publication date '2016-02-30' is impossible",
                     f"{tmp_path / 'dates.jsonl'}:3: publication date 2099-01-01 is in the future",
                     f"{tmp_path / 'dates.jsonl'}:4: duplicate id 'ok' (first in {good}:1)",
                     f"{tmp_path / 'missing.jsonl'}: no such file or folder"]:
        assert expected in got, expected
    assert all(p.skipped for p in result.problems)


def test_an_overlong_article_is_cut_with_a_warning(tmp_path):
    text = ("جملة طويلة في خبر مطول. " * 400).strip()
    f = _jsonl(tmp_path / "long.jsonl", {"id": "long", "published": "2016-12-05", "text": text})
    result = read(f, max_chars=1000)
    a = only(result)
    assert len(a.text) <= 1000 and a.text.endswith(".")
    [warning] = result.problems
    assert not warning.skipped and f"{len(text)} characters: cut to {len(a.text)}" in warning.message


def test_undated_text_without_any_hint_asks_for_a_date(tmp_path):
    f = tmp_path / "undated.txt"
    f.write_text(AR, encoding="utf-8")
    result = read(f)
    assert result.articles == []
    assert "no publication date, and no period to look for it in: give --published" in messages(result)[0]


# -- inference ------------------------------------------------------------------------------

def test_inferred_from_yesterday_wednesday_and_the_third_of_december(tmp_path):
    f = tmp_path / "inferred.txt"
    f.write_text("قال المتحدث باسم الدفاع المدني أمس الأربعاء الثالث من ديسمبر إن فرقه انتشلت "
                 "جثث عشرة أشخاص من تحت الأنقاض.", encoding="utf-8")
    a = only(read(f, around=Period(dt.date(2014, 11, 1), dt.date(2015, 1, 31))))
    assert (a.published, a.published_source) == ("2014-12-04", "inferred")     # 3 December 2014 was a Wednesday
    evidence = " | ".join(a.published_evidence)
    # one chain (TIMEX-SPEC "Chains"): the day counted back from publication is the date it names
    assert "«أمس الأربعاء الثالث من ديسمبر»: ذلك اليوم هو 2014-12-03" in evidence


def test_inferred_from_a_count_since_a_date(tmp_path):
    f = tmp_path / "count.txt"
    f.write_text("قتل 300 مدني خلال الأيام الـ26 الماضية منذ بدء الهجوم في 15 نوفمبر. "
                 "وقال ناشطون اليوم الأحد إن القصف مستمر.", encoding="utf-8")
    a = only(read(f, around=Period(dt.date(2016, 11, 1), dt.date(2016, 12, 31))))
    assert a.published == "2016-12-11"           # 15 November + 26 days, and a Sunday


def test_a_weekday_alone_is_ambiguous_and_says_its_candidates(tmp_path):
    f = tmp_path / "thursday.txt"
    f.write_text("قال مسؤولون اليوم الخميس إن المساعدات وصلت إلى المدينة.", encoding="utf-8")
    result = read(f, around=Period(dt.date(2016, 12, 1), dt.date(2016, 12, 31)))
    assert result.articles == []
    message = messages(result)[0]
    assert "not certain: 5 days" in message
    for day in ("2016-12-01", "2016-12-08", "2016-12-15", "2016-12-22", "2016-12-29"):
        assert day in message


def test_the_other_articles_of_a_folder_give_the_period(tmp_path):
    folder = tmp_path / "feed"
    folder.mkdir()
    _jsonl(folder / "dated.jsonl", {"id": "d1", "published": "2016-12-05", "text": AR},
           {"id": "d2", "published": "2016-12-09", "text": AR})
    # a Thursday within three days of the folder's dates (2 to 12 December): only the 8th
    (folder / "undated.txt").write_text("قال مسؤولون اليوم الخميس إن المساعدات وصلت.", encoding="utf-8")
    result = read(folder)
    assert {a.id: a.published for a in result.articles}["undated"] == "2016-12-08"


# -- languages ------------------------------------------------------------------------------

def test_english_and_french_articles_join_one_timeline(tmp_path):
    from timeline.merge import build_timeline
    from timeline.pipeline import extract

    f = _jsonl(tmp_path / "mixed.jsonl",
               {"id": "ar1", "published": "2016-12-08", "text": "قتل خمسة مدنيين أمس الأربعاء في قصف على حي الشعار."},
               {"id": "en1", "published": "2016-12-08", "text": "Five civilians were killed on Wednesday in Aleppo."},
               {"id": "fr1", "published": "2016-12-08",
                "text": "Cinq civils ont été tués mercredi dans un bombardement à Alep."})
    articles = read(f).articles
    assert [a.language for a in articles] == ["ar", "en", "fr"]
    timeline = build_timeline([extract(a) for a in articles])
    days = {d.date: sorted(s.doc for e in d.entries for s in e.sources) for d in timeline.days}
    assert days == {"2016-12-07": ["ar1", "en1", "fr1"]}


def test_format_by_content_when_the_extension_says_nothing(tmp_path):
    feed = tmp_path / "download"
    feed.write_bytes((DATA / "feed.atom").read_bytes())
    text = tmp_path / "README"
    text.write_text("حلب - 13 ديسمبر 2016 - " + AR, encoding="utf-8")
    other = tmp_path / "file.docx"
    other.write_bytes(b"PK\x03\x04")
    result = read(feed, text, other)
    assert sorted(a.id for a in result.articles) == ["README", "tag:radio.example.org,2016:1",
                                                      "tag:radio.example.org,2016:2"]
    assert "file.docx: unknown format" in messages(result)[0]
