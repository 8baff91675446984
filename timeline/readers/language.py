"""An article's language, when its metadata does not say: py3langid over a short list.

Arabic script first: text mostly in Arabic letters is Arabic, Persian or
Urdu; otherwise one of the Latin-script languages dateparser reads well.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["detect_language", "ARABIC_SCRIPT", "LATIN_SCRIPT"]

ARABIC_SCRIPT = ("ar", "fa", "ur")
LATIN_SCRIPT = ("en", "fr", "es", "de", "it", "pt", "tr", "nl")
#: letters of Persian and Urdu that Arabic does not use (پ چ ژ گ ک ی ے ٹ ڈ ڑ ں ہ)
_PERSIAN_URDU = frozenset("\u067e\u0686\u0698\u06af\u06a9\u06cc\u06d2\u0679\u0688\u0691\u06ba\u06c1")


@lru_cache(maxsize=2)
def _identifier(languages: tuple[str, ...]):
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE)
    ident.set_languages(list(languages))
    return ident


def detect_language(text: str) -> str:
    sample = text[:4000]
    letters = [c for c in sample if c.isalpha()]
    if not letters:
        return "ar"
    arabic = sum(1 for c in letters if "\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u08ff") / len(letters)
    if arabic >= 0.5 and not any(c in _PERSIAN_URDU for c in sample):
        return "ar"            # Arabic script without a Persian or Urdu letter: no model needed
    languages = ARABIC_SCRIPT if arabic >= 0.5 else LATIN_SCRIPT
    language, _ = _identifier(languages).classify(sample)
    return language
