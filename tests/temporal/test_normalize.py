"""Folding for matching never shifts reported offsets."""

import pytest

from timeline.text.normalize import fold, normalize


@pytest.mark.parametrize("raw, folded", [
    ("الأربعاء", "الاربعاء"),
    ("إثنين", "اثنين"),
    ("آذار", "اذار"),
    ("جمعة", "جمعه"),
    ("فى", "في"),
    ("غداً", "غدا"),
    ("حاليًا", "حاليا"),
    ("الـ26", "ال26"),
    ("١٥ ديسمبر ٢٠١٦", "15 ديسمبر 2016"),
    ("۱۵ ربیع", "15 ربيع"),
    ("ﻻ", "لا"),          # presentation-form ligature expands
    ("GMT", "gmt"),
])
def test_fold(raw, folded):
    assert fold(raw) == folded


def test_identity_text_keeps_offsets():
    n = normalize("قال أمس إن")
    assert n.offsets is None
    assert n.span(4, 7) == (4, 7)


@pytest.mark.parametrize("text, needle, original", [
    ("وصل غداً إلى", "غدا", "غداً"),                 # trailing tanwin stays in the span
    ("قتل فى الأيام الـ26 الماضية", "الايام ال26 الماضيه", "الأيام الـ26 الماضية"),
    ("مُنْذُ يَوْمَيْنِ", "يومين", "يَوْمَيْنِ"),
    ("\u200fأمس\u200f الخميس", "امس", "أمس"),
    ("ﻻ اليوم", "اليوم", "اليوم"),
])
def test_spans_map_back(text, needle, original):
    n = normalize(text)
    i = n.text.index(needle)
    start, end = n.span(i, i + len(needle))
    assert text[start:end] == original
