"""Characters that must not travel from an article into an output.

- Control characters (C0 but tab and line ends, DEL, C1) are removed
  everywhere: NUL, ESC and BEL have no place in HTML, Markdown or mail.
- Bidirectional formatting controls (embeddings, overrides and isolates,
  U+202A-U+202E and U+2066-U+2069) are removed from the one-line fields an
  article is known by (its id, title, outlet and URL), where an override can
  make ``exe.gnp`` read as ``png.exe``. In the text they may be the writer's
  own, so they are kept but balanced: each line closes what it opens, and a
  closer with nothing open is dropped, so no control reaches past its line.
- A URL that held any of them is no link at all (it is dropped, with a note).
"""

from __future__ import annotations

import re

__all__ = ["clean_field", "clean_text", "unsafe_url", "balance_bidi", "printable"]

#: embeddings and overrides (closed by U+202C) and isolates (closed by U+2069)
_OPEN_EMBED = "\u202a\u202b\u202d\u202e"
_CLOSE_EMBED = "\u202c"
_OPEN_ISOLATE = "\u2066\u2067\u2068"
_CLOSE_ISOLATE = "\u2069"
_BIDI = _OPEN_EMBED + _CLOSE_EMBED + _OPEN_ISOLATE + _CLOSE_ISOLATE
#: the marks (LRM, RLM, ALM) pair with nothing; fine in a title, not in an id or a URL
_MARKS = "\u200e\u200f\u061c"
_CONTROLS = "".join(chr(c) for c in [*range(0, 9), 11, 12, *range(14, 32), *range(127, 160)])

_CONTROL_RE = re.compile("[" + re.escape(_CONTROLS) + "]")
_FIELD_RE = re.compile("[" + re.escape(_CONTROLS + _BIDI + "\n\r\t") + "]")
_STRICT_RE = re.compile("[" + re.escape(_CONTROLS + _BIDI + _MARKS + "\n\r\t") + "]")
_BIDI_RE = re.compile("[" + re.escape(_BIDI) + "]")


def clean_field(value: str | None, strict: bool = False) -> str | None:
    """A one-line field without control or bidi formatting characters (``strict``:
    without the bidi marks either, for ids and URLs); None stays None."""
    if value is None:
        return None
    return (_STRICT_RE if strict else _FIELD_RE).sub("", value).strip()


def unsafe_url(url: str | None) -> bool:
    """Does the URL hold a character that can disguise it (bidi controls and
    marks, control characters, blanks)?"""
    return url is not None and (_STRICT_RE.search(url) is not None or " " in url.strip())


def clean_text(text: str) -> str:
    """An article's text without control characters, its bidi controls balanced line by line."""
    return balance_bidi(_CONTROL_RE.sub("", text))


def balance_bidi(text: str) -> str:
    """Each line closes the bidi embeddings, overrides and isolates it opens; a
    closer with nothing open is dropped. What has none comes back as it is."""
    if _BIDI_RE.search(text) is None:
        return text
    return "\n".join(_balance(line) for line in text.split("\n"))


def _balance(line: str) -> str:
    out: list[str] = []
    stack: list[str] = []
    pos = 0
    for m in _BIDI_RE.finditer(line):      # only the controls are looked at; the text between is copied
        ch = m.group()
        out.append(line[pos:m.start()])
        pos = m.end()
        if ch in _OPEN_EMBED or ch in _OPEN_ISOLATE:
            stack.append(_CLOSE_EMBED if ch in _OPEN_EMBED else _CLOSE_ISOLATE)
        elif ch not in stack:
            continue                # closes nothing: dropped
        else:
            while stack[-1] != ch:  # an isolate's closer also closes what was opened inside it
                out.append(stack.pop())
            stack.pop()
        out.append(ch)
    if not out:
        return line
    out.append(line[pos:])
    out.extend(reversed(stack))
    return "".join(out)


_UNPRINTABLE_RE = re.compile("[" + re.escape(_CONTROLS + _BIDI + "\n\r\t\u2028\u2029") + "]")


def printable(line: str) -> str:
    """A message line as a terminal should get it: control, line-break and bidi
    characters (in a file name, say) shown escaped (``\\n``, ``\\x1b``, ``\\u202e``)."""
    return _UNPRINTABLE_RE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), line)
