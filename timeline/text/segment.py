"""Sentences of Arabic news, as spans of the original text.

Sentences end at . ! ? ؟ ؛ … and at line breaks; a blank line also ends a
paragraph. Quotes and parentheses are kept whole (a full stop inside «...»
or "..." does not end the sentence around it), numbers such as 3.5 and
03:00 are not split, and runs such as ".." or "!?" end one sentence. A
quote that is never closed stops protecting after a long stretch, so a
stray quotation mark cannot swallow an article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Segment", "sentences"]

_END = frozenset(".!?؟؛…")
_OPEN = {"(": ")", "«": "»", "“": "”", "[": "]", "{": "}"}
_CLOSE = {v: k for k, v in _OPEN.items()}
_TOGGLE = frozenset('"')
#: a quote or bracket left open for longer than this stops holding the sentence
_MAX_QUOTE = 600
_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")
#: hard-wrapped text: at least this many lines, this share of them this long and open-ended
_WRAP_MIN_LINES = 4
_WRAP_MIN_CHARS = 30
_WRAP_SHARE = 0.6


@dataclass(frozen=True)
class Segment:
    """A sentence: ``text[start:end]``, stripped of surrounding blanks."""

    start: int
    end: int
    paragraph: int
    index: int


def _hard_wrapped(text: str, start: int, end: int) -> bool:
    """Is the paragraph's text broken into lines inside its sentences, as a page
    or wire copy laid out at a fixed width has it (most lines long and ending
    with no stop)?"""
    lines = [line.strip() for line in text[start:end].split("\n")]
    lines = [line for line in lines if line]
    if len(lines) < _WRAP_MIN_LINES:
        return False
    open_ended = sum(len(line) >= _WRAP_MIN_CHARS and line[-1] not in _END and line[-1] not in ".:»”\")"
                     for line in lines[:-1])
    return open_ended >= _WRAP_SHARE * (len(lines) - 1)


def _boundaries(text: str, start: int, end: int) -> list[int]:
    """End offsets of the sentences in ``text[start:end]`` (one paragraph).
    In hard-wrapped text a line break ends a sentence only after a stop."""
    wrapped = _hard_wrapped(text, start, end)
    cuts: list[int] = []
    stack: list[tuple[str, int]] = []
    i = start
    while i < end:
        ch = text[i]
        if stack and i - stack[-1][1] > _MAX_QUOTE:
            stack.clear()  # an unclosed quote: stop protecting
        if ch in _OPEN:
            stack.append((_OPEN[ch], i))
        elif ch in _CLOSE and stack and stack[-1][0] == ch:
            stack.pop()
        elif ch in _TOGGLE:
            if stack and stack[-1][0] == ch:
                stack.pop()
            else:
                stack.append((ch, i))
        elif ch == "\n":
            stack.clear()
            before = text[start:i].rstrip()
            if not (wrapped and before and before[-1] not in _END and before[-1] != ":"):
                cuts.append(i)
        elif ch in _END and not stack:
            if ch == "." and 0 < i < end - 1 and text[i - 1].isdigit() and text[i + 1].isdigit():
                i += 1
                continue  # 3.5
            if ch == "?" and 0 < i < end - 1 and text[i - 1].isalpha() and text[i + 1].isalpha():
                i += 1
                continue  # ونو?ه: a character the page could not show, inside a word
            j = i + 1
            while j < end and text[j] in _END:
                j += 1   # "..", "!?", "؟!"
            # a closing quote or bracket right after the stop belongs to it
            while j < end and text[j] in ")»”\"'":
                j += 1
            cuts.append(j)
            i = j
            continue
        i += 1
    cuts.append(end)
    return cuts


def sentences(text: str) -> list[Segment]:
    """Sentences of ``text`` with their paragraph numbers, in order."""
    out: list[Segment] = []
    paragraph = 0
    p_start = 0
    paragraph_spans = []
    for m in _BLANK_LINE.finditer(text):
        paragraph_spans.append((p_start, m.start()))
        p_start = m.end()
    paragraph_spans.append((p_start, len(text)))
    for p_start, p_end in paragraph_spans:
        prev = p_start
        found = False
        for cut in _boundaries(text, p_start, p_end):
            s, e = prev, cut
            prev = cut
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s and any(c.isalnum() for c in text[s:e]):
                out.append(Segment(s, e, paragraph, len(out)))
                found = True
        if found:
            paragraph += 1
    return out
