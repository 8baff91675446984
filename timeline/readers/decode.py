"""Bytes to text: UTF-8 (with or without BOM), UTF-16/32 with a BOM, and legacy encodings.

Order: a byte-order mark decides; valid UTF-8 is UTF-8; otherwise
charset-normalizer detects the encoding. Arabic first: when its guess does
not read as Arabic but Windows-1256 does (short legacy files fool any
detector), Windows-1256 wins. A file that decodes to control characters or
that no encoding reads cleanly is refused: never mojibake in a briefing.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from charset_normalizer import from_bytes

from timeline.model import InputError

__all__ = ["decode", "is_binary", "ARABIC_LEGACY"]

#: legacy Arabic code pages, tried when the detector's guess does not read as Arabic
ARABIC_LEGACY = ("cp1256", "iso8859_6")
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
#: most chaos (charset-normalizer's measure of mess, 0..1) accepted from a detected encoding
MAX_CHAOS = 0.2


def _arabic_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if "\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f") / len(letters)


def _controls(text: str) -> int:
    return sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\t\n\r\f\v")


def _utf16(data: bytes) -> str | None:
    """The text of UTF-16 without a byte-order mark, if the bytes read cleanly as one."""
    # the high byte of most characters (0x00 for Latin, 0x06 for Arabic) is the odd one in
    # little-endian order, the even one in big-endian
    high_odd = sum(1 for b in data[1::2] if b <= 0x06)
    high_even = sum(1 for b in data[0::2] if b <= 0x06)
    order = ("utf-16-le", "utf-16-be") if high_odd >= high_even else ("utf-16-be", "utf-16-le")
    for codec in order:
        try:
            text = data[: len(data) // 2 * 2].decode(codec)
        except UnicodeDecodeError:
            continue
        if not _controls(text) and sum(1 for c in text if c.isprintable() or c.isspace()) >= 0.95 * len(text):
            return text
    return None


#: a character of two to four bytes in UTF-8 (lead byte, then continuation bytes)
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_HIGH = re.compile(rb"[\x80-\xff]")


def _damaged_utf8(data: bytes) -> bool:
    """UTF-8 with a few invalid bytes: most of its high bytes form valid UTF-8
    characters. Text in a legacy code page almost never does (Arabic in
    Windows-1256 is single bytes from 0xC1 up, seldom followed by a
    continuation byte), so such a file is refused rather than decoded as
    another code page's mojibake."""
    high = len(_HIGH.findall(data))
    if not high:
        return False
    in_chars = sum(len(m) for m in _UTF8_MULTIBYTE.findall(data))
    return in_chars >= 16 and in_chars >= 0.9 * high


def is_binary(data: bytes) -> bool:
    """NUL bytes (unless the file reads as UTF-16), or many control bytes."""
    head = data[:8192]
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return False
    if b"\x00" in head:
        return _utf16(head) is None
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls > len(head) // 100 + 2


def decode(data: bytes, where: str) -> str:
    if not data.strip():
        raise InputError(f"{where}: empty file")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(f"{where}: starts with a {codec} byte-order mark but is not {codec} "
                                 f"(byte {exc.start})") from None
    if is_binary(data):
        raise InputError(f"{where}: a binary file, not text")
    if b"\x00" in data[:8192]:
        text = _utf16(data)
        if text is None:
            raise InputError(f"{where}: a binary file, not text")
        return text
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    if _damaged_utf8(data):
        raise InputError(f"{where}: not valid UTF-8 at byte {first_bad} (the rest of the file is UTF-8); "
                         "repair or re-save it as UTF-8") from None
    best = from_bytes(data).best()
    guess = str(best) if best is not None else None
    if guess is not None and _arabic_share(guess) >= 0.3 and best.chaos <= MAX_CHAOS:
        return guess
    for codec in ARABIC_LEGACY:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _arabic_share(text) >= 0.6 and not _controls(text):
            return text
    if guess is not None and best.chaos <= MAX_CHAOS and not _controls(guess):
        return guess
    raise InputError(f"{where}: cannot tell its text encoding (not UTF-8, UTF-16, Windows-1256 or another "
                     "known one); convert it to UTF-8")
