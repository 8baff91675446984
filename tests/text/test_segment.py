"""Sentence segmentation of Arabic news."""

import pytest

from timeline.text.segment import sentences


def split(text):
    return [text[s.start:s.end] for s in sentences(text)]


@pytest.mark.parametrize("text, expected", [
    ("قتل خمسة أشخاص. وأصيب عشرة آخرون! فهل تتوقف الحرب؟ لا أحد يعلم؛ الوضع سيئ",
     ["قتل خمسة أشخاص.", "وأصيب عشرة آخرون!", "فهل تتوقف الحرب؟", "لا أحد يعلم؛", "الوضع سيئ"]),
    # numbers are not split
    ("ارتفع المؤشر 3.5 في المئة. وبدأ القصف عند 03:00 بتوقيت غرينتش.",
     ["ارتفع المؤشر 3.5 في المئة.", "وبدأ القصف عند 03:00 بتوقيت غرينتش."]),
    # quotes and parentheses are kept whole
    ('وقال: "نعيش الموت. ولا أحد يسمع". ثم غادر.', ['وقال: "نعيش الموت. ولا أحد يسمع".', "ثم غادر."]),
    ("وقالت (في بيان. صدر اليوم) إن الوضع هادئ. وانتهى الأمر.",
     ["وقالت (في بيان. صدر اليوم) إن الوضع هادئ.", "وانتهى الأمر."]),
    ("وقال «لن نتراجع. أبدا» وغادر.", ["وقال «لن نتراجع. أبدا» وغادر."]),
    # runs of stops end one sentence
    ("معركة حلب تدخل مراحلها الأخيرة.. القوات تتقدم", ["معركة حلب تدخل مراحلها الأخيرة..", "القوات تتقدم"]),
    # line breaks end sentences
    ("عنوان الخبر\nنص الخبر الأول", ["عنوان الخبر", "نص الخبر الأول"]),
])
def test_sentences(text, expected):
    assert split(text) == expected


def test_unclosed_quote_does_not_swallow_the_article():
    text = 'وقال " ' + "كلام طويل جدا. " * 80 + "نهاية."
    assert len(sentences(text)) > 10


def test_paragraphs_are_numbered_by_blank_lines():
    text = "الأولى. الثانية.\n\nالثالثة.\nالرابعة."
    assert [s.paragraph for s in sentences(text)] == [0, 0, 1, 1]


def test_one_line_article_becomes_sentences(shared_dir):
    import json

    line = (shared_dir / "corpus" / "aleppo-2016.jsonl").read_text(encoding="utf-8").splitlines()[1]
    text = json.loads(line)["text"]
    assert "\n" not in text.strip()          # sample 001 is a single 5,600-character line
    parts = sentences(text)
    assert len(parts) > 20
    assert all(text[p.start:p.end].strip() == text[p.start:p.end] for p in parts)
    assert max(p.end - p.start for p in parts) < 700
