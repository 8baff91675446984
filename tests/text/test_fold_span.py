"""An article is folded once: any span's folding is read from the one folded copy."""

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.text.normalize import normalize

# Arabic letters, hamza forms, diacritics, tatweel, Arabic-Indic digits, presentation forms, Latin
ALPHABET = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىة" + "\u064b\u064e\u0650\u0651\u0652\u0640" + "٠١٢٣٩" \
    + "\ufefb\ufe8d\ufedf" + "aZ 9.،\n"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40), st.data())
def test_fold_span_is_folding_the_slice_again(text, data):
    norm = normalize(text)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert norm.fold_span(start, end) == normalize(text[start:end]).text


def test_folded_index_inverts_orig_on_kept_characters():
    text = "قالَ أمسِ ـ الأربعاء ﻻ ٢٠١٦"
    norm = normalize(text)
    for i in range(len(norm.text)):
        assert norm.folded_index(norm.orig(i)) <= i
        assert norm.orig(norm.folded_index(norm.orig(i))) == norm.orig(i)
