"""Datelines: "دمشق - 13 ديسمبر 2016 -", "القدس (رويترز) - الثلاثاء"، "DAMASCUS, Dec. 13, 2016 (Reuters) -".

A dateline is the head of the first line, up to a dash, before the story
starts (a place, an agency, perhaps a date). A full date there (day, month,
year) is the publication date; a weekday right after the dash names the
publication day, which the inference uses as evidence.

The words (credits, headline and dateline labels) are the language pack's: the
pack of the tagger given (``tagger.pack``), the built-in one by default. A text
in another language than the pack's is read by dateparser.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Optional

from timeline.lang import DEFAULT_LANG, Pack, default_pack
from timeline.temporal import Tagger
from timeline.text.normalize import Normalized
from timeline.text.segment import sentences
from timeline.values import Precision

__all__ = ["Dateline", "find_dateline", "dateline_head", "DATELINE_REACH", "Head", "read_head", "credit_of"]

#: how far into the first line a dateline's dash may be
DATELINE_REACH = 120
_DASH = re.compile(r"\s[-–—]\s|\s[-–—](?=\S)|(?<=\S)[-–—]\s")
#: any fixed day serves: a full date's value does not depend on it
_ANY_DAY = dt.date(2000, 1, 1)
_EXPLICIT = {"date-day-month", "date-numeric"}


@dataclass(frozen=True)
class Dateline:
    text: str
    date: Optional[str] = None        # YYYY-MM-DD
    weekday: Optional[int] = None     # ISO weekday named for the publication day


def dateline_head(text: str) -> tuple[int, int] | None:
    """(start, end) of the dateline in ``text``: up to the first dash of the first line."""
    start = len(text) - len(text.lstrip())
    line_end = text.find("\n", start)
    line = text[start: line_end if line_end != -1 else len(text)]
    m = _DASH.search(line, 0, DATELINE_REACH)
    if m is None or m.start() < 2:
        return None
    head = line[: m.start()]
    if re.search(r"[^\s.]{4,}[.!?؟]\s", head):
        return None            # a sentence ended (not an abbreviation such as "Dec."): story, not dateline
    end = m.end()
    # "دمشق - 13 ديسمبر 2016 - ": a date between two dashes belongs to the dateline
    second = _DASH.search(line, end, min(len(line), end + 40))
    if second is not None and re.search(r"\d", line[end: second.start()]) and len(line[end: second.start()].split()) <= 5:
        end = second.end()
    return start, start + end


def find_dateline(text: str, language: str = DEFAULT_LANG,
                  tagger: Optional[Tagger] = None) -> Optional[Dateline]:
    """The dateline of ``text`` and the date it gives. ``tagger`` (``Tagger()`` by
    default) reads a text in its pack's language; another ``language`` goes through
    dateparser."""
    span = dateline_head(text)
    if span is None:
        return None
    start, end = span
    head = text[start:end]
    if language != _pack_of(tagger).lang:
        return _foreign(head, language)
    tagger = tagger or Tagger()
    date = weekday = None
    for x in tagger.tag(text[: end + 30], _ANY_DAY):
        if x.start >= start and x.end <= end and x.rule in _EXPLICIT and x.time.precision is Precision.DAY \
                and re.search(r"\d{4}", x.text):
            date = x.value
        elif x.start >= end and x.start <= end + 2 and x.rule == "weekday" and x.time.day is not None:
            weekday = x.time.day.isoweekday()
    if date is None and weekday is None:
        return None
    return Dateline(head.strip(" -–—"), date, weekday)


def _foreign(head: str, language: str) -> Optional[Dateline]:
    """A full date among the dateline's comma- or bracket-separated parts ("DAMASCUS, Dec. 13, 2016 (Reuters)")."""
    from dateparser.date import DateDataParser

    parser = DateDataParser(languages=[language], settings={"REQUIRE_PARTS": ["day", "month", "year"],
                                                            "STRICT_PARSING": True})
    parts = [p.strip() for p in re.split(r"[(),]", head) if p.strip()]
    for size in (3, 2, 1):
        for i in range(len(parts) - size + 1):
            candidate = ", ".join(parts[i:i + size])
            if not re.search(r"\d{4}", candidate):
                continue
            data = parser.get_date_data(candidate)
            if data.date_obj is not None:
                return Dateline(head.strip(" -–—"), data.date_obj.date().isoformat())
    return None


# -- the head of an article: lines above the story, and the dateline that opens it ----------------

#: what a part of a head may be closed by, after its opener
_CLOSERS = {"(": ")", "«": "»", "“": "”", '"': '"', "[": "]"}
_DASHES = "-–—"
_TATWEEL = "\u0640"
#: what may stand between the parts of a head
_SEPARATORS = _DASHES + "|:،,/" + _TATWEEL
_STOPS = ".!?؟؛"
#: a headline ends with none of these
_LINE_STOPS = ".!?؟؛،,:…\"»”)"
#: a sentence of a headline of several parts ends with one of these ("..", "…", "!", "؟")
_PART_ENDS = ("..", "…", "!", "؟", "?")
#: how far into a line a head's bracketed part may close
_GROUP_REACH = 40
#: a credit's written form in brackets or between dashes has at most this many words
_CREDIT_WORDS = 4
#: no line above a story is longer (a headline of 30 words is some 250 characters)
_LINE_MAX = 400


@dataclass(frozen=True)
class Head:
    """What stands before an article's story.

    ``lines`` are the spans of the lines of their own above it (headline, deck,
    byline, date line), none of them an event; ``title`` is the first headline among
    them. ``dateline`` is the span of the dateline and credit that open the story's
    first line ("دمشق - (رويترز) -"), ``story`` where the story's own words begin
    (past both). ``credit`` is the outlet a credit names (credits.toml), ``place``
    the dateline's city.
    """

    lines: tuple[tuple[int, int], ...] = ()
    title: Optional[str] = None
    dateline: Optional[tuple[int, int]] = None
    story: int = 0
    credit: Optional[str] = None
    place: Optional[str] = None


@dataclass(frozen=True)
class _Part:
    start: int          # the part's words (inside its brackets, if any)
    end: int
    text: str
    bracket: str        # its opening bracket, or ""
    sep: str            # what follows it: a separator, "" (a space) or "\n" (the line's end)
    next: int           # where the next part begins


@dataclass(frozen=True)
class _Parsed:
    end: int                         # where the head ends (its last separator and spaces included)
    credit: Optional[str] = None
    place: Optional[str] = None
    kind: str = "credit"             # credit | date | bare


def _pack_of(tagger: Optional[Tagger]) -> Pack:
    return tagger.pack if tagger is not None else default_pack()


@dataclass(frozen=True)
class _Tables:
    fold: Callable[[str], str]              # the pack's folding of a word
    normalize: Callable[[str], Normalized]  # and of a text
    headline_max_words: int
    outlets: dict[str, Optional[str]]      # compact written form -> outlet (None: a credit naming none)
    max_lines: int
    parts_max_words: int
    title_min_words: int
    byline_part_words: int
    byline_words: int
    date_line_words: int
    date_labels: tuple[str, ...]
    place_words: int
    bare_words: int
    place_links: frozenset[str]
    outlet_heads: frozenset[str]


def _compact(words: str, fold: Callable[[str], str]) -> str:
    """A written form as credits are compared: folded, without spaces, dots or brackets."""
    return re.sub(r"[\s.\u0640()«»“”\"'/\[\]]+", "", fold(words))


def _tables(pack: Optional[Pack] = None) -> _Tables:
    return _tables_of(pack or default_pack())


@lru_cache(maxsize=8)
def _tables_of(pack: Pack) -> _Tables:
    """The head words of one pack, compiled once per pack."""
    fold = pack.fold
    credits = pack.table("credits")
    heads = pack.table("headlines")
    outlets: dict[str, Optional[str]] = {}
    for name, forms in credits["outlets"].items():
        for form in (name, *forms):
            outlets.setdefault(_compact(form, fold), name)
    for form in credits["generic"]["forms"]:
        outlets.setdefault(_compact(form, fold), None)
    lines, line = heads["lines"], heads["dateline"]
    labels = sorted({" ".join(fold(w).split()) for w in lines["date_labels"]}, key=len, reverse=True)
    return _Tables(fold, pack.normalize, int(pack.table("events")["headline_max_words"]),
                   outlets, int(lines["max_lines"]), int(lines["parts_max_words"]), int(lines["title_min_words"]),
                   int(lines["byline_part_words"]), int(lines["byline_words"]), int(lines["date_line_words"]),
                   tuple(labels), int(line["place_words"]), int(line["bare_words"]),
                   frozenset(fold(w) for w in line["place_links"]),
                   frozenset(fold(w) for w in credits["outlet_heads"]["words"]))


_UNKNOWN = object()


def credit_of(words: str, pack: Optional[Pack] = None):
    """The outlet a credit written ``words`` names: its name, None for a credit naming
    no outlet (وكالات، متابعات), or ``_UNKNOWN`` when ``words`` is no credit the pack
    (the built-in one by default) knows."""
    return _credit(_tables(pack), words)


def _credit(t: _Tables, words: str):
    return t.outlets.get(_compact(words, t.fold), _UNKNOWN) if words.strip() else _UNKNOWN


def _letter(ch: str) -> bool:
    return ch.isalpha()


def _parts(text: str, start: int, end: int, limit: int = 8) -> list[_Part]:
    """The first parts of ``text[start:end]`` (one line), split at brackets and separators;
    the scan stops after a sentence's stop."""
    parts: list[_Part] = []
    i = start
    reach = min(end, start + DATELINE_REACH)
    while i < reach and len(parts) < limit:
        while i < end and text[i] in " \t":
            i += 1
        if i >= end:
            break
        ch = text[i]
        closer = _CLOSERS.get(ch)
        if ch == "/" and (i == start or text[i - 1].isspace()) and i + 1 < end and not text[i + 1].isspace():
            closer = "/"       # MENA's "/أ ش أ/"
        if closer is not None:
            j = text.find(closer, i + 1, min(end, i + 1 + _GROUP_REACH))
            if j < 0:
                break
            bracket, w_start, w_end, after = ch, i + 1, j, j + 1
        elif ch in _SEPARATORS or ch in _STOPS:
            i += 1     # a separator with no words before it ("(رويترز) –" is read with the bracket)
            continue
        else:
            j = i
            while j < end:
                c = text[j]
                prev = text[j - 1] if j > start else " "
                nxt = text[j + 1] if j + 1 < end else " "
                if c in _CLOSERS or c in "|:،,":
                    break
                if c == _TATWEEL:
                    if prev.isspace() and nxt.isspace():
                        break
                elif c in _DASHES:
                    if not (prev.isdigit() and nxt.isdigit()) and (
                            prev.isspace() or nxt.isspace() or (_letter(prev) and _letter(nxt) and not prev.isascii())):
                        break   # "دمشق - "، "غزة-معا-"; not 20-11-2012 nor al-Assad
                elif c == "/":
                    if not (prev.isdigit() and nxt.isdigit()):
                        break   # "إبراهيم صالح/ الأناضول"; not 22/6/2008
                elif c in _STOPS:
                    if c == "." and prev.isdigit() and nxt.isdigit():
                        pass    # 3.5
                    elif c == "." and _letter(nxt) and (j - 1 == start or not _letter(text[j - 2])):
                        pass    # "أ.ف.ب": a dot after a single letter
                    elif c == "." and nxt == " " and j + 2 < end and text[j + 2].isdigit():
                        pass    # "Dec. 13"
                    else:
                        break
                j += 1
            words = text[i:j].rstrip()
            bracket, w_start, w_end, after = "", i, i + len(words), j
        k = after
        while k < end and text[k] in " \t":
            k += 1
        sep = ""
        if k >= end:
            sep = "\n"
        elif text[k] in _SEPARATORS or text[k] in _STOPS:
            if text[k] == "/" and k + 1 < end and not text[k + 1].isspace() and text[k - 1].isspace():
                pass    # the opening slash of the next part
            else:
                sep = text[k]
                while k < end and (text[k] in _SEPARATORS or text[k] in _STOPS):
                    k += 1
                while k < end and text[k] in " \t":
                    k += 1
        parts.append(_Part(w_start, w_end, text[w_start:w_end], bracket, sep, k))
        if sep and sep in _STOPS:
            break
        i = k
    return parts


def _covered(p: _Part, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    return [(max(a, p.start), min(b, p.end)) for a, b in spans if a < p.end and p.start < b]


def _place_words(t: _Tables, text: str, p: _Part, spans: list[tuple[int, int]]) -> list[str]:
    """The words of a part that are not a date: a place's words ("القاهرة في 28 فبراير" -> القاهرة)."""
    chars = list(text[p.start:p.end])
    for a, b in _covered(p, spans):
        for n in range(a - p.start, b - p.start):
            chars[n] = " "
    words = [w for w in "".join(chars).split() if not any(c.isdigit() for c in w)]
    while words and t.fold(words[-1]) in t.place_links:
        words.pop()
    return words


def _dated(p: _Part, spans: list[tuple[int, int]]) -> bool:
    return bool(_covered(p, spans)) or any(c.isdigit() for c in p.text)


#: separators that end a dateline's part ("دمشق -"، "(إفي):"، "هوى الشام|"), or the line's end
_HEAD_ENDS = frozenset(("-", "–", "—", ":", "|", "\n"))


def _parse(t: _Tables, text: str, start: int, end: int, spans: list[tuple[int, int]],
           inline: bool) -> Optional[_Parsed]:
    """A dateline or credit at the start of ``text[start:end]`` (one line): place, date,
    credit, in the shapes news writes them ("دمشق - (رويترز) -"، "حلب (أ ف ب) -"، "بيروت - «الحياة»"،
    "(سانا)"، "القاهرة في 28 فبراير /أ ش أ/"، "صنعاء 6 سبتمبر أيلول (رويترز) –"). Above the story
    (``inline`` false) a byline's name may stand before the credit ("إبراهيم صالح/ الأناضول") and
    a date after it ("وطنية - 22/6/2008")."""
    parts = _parts(text, start, end)
    if not parts:
        return None
    before = 0      # words of the parts before the credit that are not a date
    for k, p in enumerate(parts):
        words = p.text.split()
        credit = _credit(t, p.text) if len(words) <= _CREDIT_WORDS else _UNKNOWN
        known = credit is not _UNKNOWN
        if known and not p.bracket and p.sep in ("", "،", ","):
            known = False    # "قالت رويترز إن ...": the story, not its credit
        bracketed = bool(p.bracket) and p.bracket != '"' and not known and k >= 1 and 1 <= len(words) <= 3 \
            and not _covered(p, spans) and not p.text.strip().isdigit() \
            and (p.sep in _HEAD_ENDS or p.bracket == "/") \
            and not any(c in _STOPS + "،," for c in p.text)
        if known or bracketed:
            # further credits right after it ("رويترز - أ ف ب"), and above the story a date
            last = k
            while last + 1 < len(parts) and parts[last].sep not in ("", "،", ",") and (
                    _credit(t, parts[last + 1].text) is not _UNKNOWN
                    or (not inline and _dated(parts[last + 1], spans)
                        and not _place_words(t, text, parts[last + 1], spans))):
                last += 1
            name = credit if known else " ".join(words)
            for q in parts[k + 1:last + 1]:
                other = _credit(t, q.text)
                if name is None and other is not _UNKNOWN:
                    name = other
            head_end = parts[last].next if parts[last].sep else parts[last].end + (1 if parts[last].bracket else 0)
            while head_end < end and text[head_end] in " \t":
                head_end += 1
            dated = any(_dated(q, spans) for q in parts[:k])
            place = None
            if bracketed and k == 1 and t.fold(parts[0].text.split()[0]) in t.outlet_heads:
                # "وكالة السواحل للأنباء (نواكشوط):": the outlet, then its city
                name = " ".join(parts[0].text.split())
                place = " ".join(words) if len(words) <= t.place_words else None
            elif k >= 1 and (p.bracket or name is not None or dated):
                place = _place(t, text, parts[0], spans)
            return _Parsed(head_end, name, place, "credit")
        if p.bracket or any(c in _STOPS for c in p.text) or len(words) > 8:
            break
        before += len(_place_words(t, text, p, spans))
        if before > t.place_words:
            break
    for k, p in enumerate(parts[:3]):
        if p.bracket or any(c in _STOPS for c in p.text):
            break
        # no credit: a place and a date between dashes ("دمشق - 13 ديسمبر 2016 -")
        if p.sep in _HEAD_ENDS and (inline or p.sep == "\n") and any(_digits(text, q, spans) for q in parts[:k + 1]) \
                and sum(len(_place_words(t, text, q, spans)) for q in parts[:k + 1]) <= t.place_words \
                and all(_place_first(text, q, spans) for q in parts[:k + 1]):
            return _Parsed(p.next, None, _place(t, text, parts[0], spans) if k >= 1 or p.sep == "\n" else None,
                           "date")
    p = parts[0]
    words = p.text.split()
    if inline and not p.bracket and p.sep in ("-", "–", "—", "|") and 1 <= len(words) <= t.bare_words \
            and not _dated(p, spans) and len(text[p.next:end].split()) >= 3 \
            and not any(c in _STOPS for c in p.text):
        return _Parsed(p.next, None, None, "bare")   # "أخبار اليوم - أصدر ...": names nothing
    return None


def _digits(text: str, p: _Part, spans: list[tuple[int, int]]) -> bool:
    """Does a part hold a written date (with its digits: "13 ديسمبر 2016"، "20-11-2012")?"""
    return any(any(c.isdigit() for c in text[a:b]) for a, b in _covered(p, spans)) or \
        bool(re.search(r"\d+[-/.]\d+[-/.]\d+", p.text))


def _place_first(text: str, p: _Part, spans: list[tuple[int, int]]) -> bool:
    """Does a part hold a place before its date and nothing after it ("صنعاء 6 سبتمبر أيلول"),
    not a sentence with a date inside ("سلطنة عمان تعلن بعد غد الأربعاء أول أيام ...")?"""
    covered = _covered(p, spans)
    if not covered:
        return True
    tail = text[max(b for _, b in covered):p.end]
    return not re.search(r"[^\W\d_]{2,}", tail)


def _place(t: _Tables, text: str, p: _Part, spans: list[tuple[int, int]]) -> Optional[str]:
    """The place a dateline's first part names, if it is one: at most a few words that are no
    date, no label of a date line, no byline's name ("إبراهيم صالح/ ...")."""
    if p.bracket or p.sep in ("/", ":"):
        return None
    words = _place_words(t, text, p, spans)
    if not 1 <= len(words) <= t.place_words:
        return None
    if " ".join(t.fold(w) for w in words) in t.date_labels or any(t.fold(w) in t.date_labels for w in words):
        return None
    return " ".join(words)


def _date_line(t: _Tables, text: str, start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Is the line a date line ("نشر بتاريخ: 24/10/2019"، "الثلاثاء 22 أغسطس 2017"، "2021-04-27 | 06:31")?"""
    line = list(text[start:end])
    dated = False
    for a, b in spans:
        if a < end and start < b:
            dated = True
            for n in range(max(a, start) - start, min(b, end) - start):
                line[n] = " "
    rest = "".join(line)
    if any(c.isdigit() for c in rest):
        dated = True
    if not dated:
        return False
    rest = " " + " ".join(re.sub(r"[^\w]+|\d+|_", " ", t.fold(rest)).split()) + " "
    for label in t.date_labels:
        rest = rest.replace(f" {label} ", " ")
        rest = rest.replace(f" {label} ", " ")
    return len(rest.split()) <= t.date_line_words


def _byline(t: _Tables, line: str) -> bool:
    """Is a short line a byline or a section line ("النجف - سعدون الجابري"، "السومرية نيوز ـ سياسي")?"""
    parts = [p.split() for p in re.split(r"\s[-–—\u0640|/]\s?|[-–—|/]\s|(?<=[^\W\d])[-–—](?=[^\W\d])", line)]
    parts = [p for p in parts if p]
    return len(parts) >= 2 and all(len(p) <= t.byline_part_words for p in parts) \
        and sum(map(len, parts)) <= t.byline_words


def _headline_line(t: _Tables, text: str, start: int, end: int, segments) -> bool:
    """Is the line a headline: whole sentences of its own with no stop at its end, one
    no longer than a headline, or several joined by "..", "…", "!" or "؟"?"""
    inside = [s for s in segments if start <= s.start < end or s.start < start < s.end]
    if not inside or inside[0].start < start or inside[-1].end != end or any(s.end > end for s in inside):
        return False
    if text[end - 1] in _LINE_STOPS:
        return False
    words = len(t.normalize(text[start:end]).text.split())
    if len(inside) == 1:
        return words <= t.headline_max_words
    ends_ok = all(text[s.start:s.end].rstrip(")»”\"'").endswith(_PART_ENDS) for s in inside[:-1])
    return ends_ok and words <= t.parts_max_words


def read_head(text: str, language: str = DEFAULT_LANG, tagger: Optional[Tagger] = None, segments=None) -> Head:
    """The lines above an article's story and the dateline that opens it (see ``Head``).

    The lines are read from the top while each is a line of its own with more text after
    it: a byline or dateline (a credit or a date with at most a place), a date line, or a
    headline. The story's first line may then open with a dateline and credit. Only the
    text's first lines are read, with expressions found by the tagger on them alone, so the
    answer does not depend on the publication date. The words are the pack's of
    ``tagger`` (``Tagger()`` by default); a text in another ``language`` than the
    pack's is read without expressions.
    """
    pack = _pack_of(tagger)
    t = _tables(pack)
    lines: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    while pos < n and len(lines) <= t.max_lines:
        nl = text.find("\n", pos)
        line_end = n if nl < 0 else nl
        s, e = pos, line_end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            lines.append((s, e))
            if e - s > _LINE_MAX:
                break      # no head line is this long: it is the story's
        pos = line_end + 1
    if not lines:
        return Head()
    cut = min(n, lines[-1][1], lines[-1][0] + _LINE_MAX)
    spans: list[tuple[int, int]] = []
    if language == pack.lang:
        spans = [(x.start, x.end) for x in (tagger or Tagger()).tag(text[:cut], _ANY_DAY)
                 if x.type in ("DATE", "TIME")]
    if segments is None:
        segments = sentences(text)
    above: list[tuple[int, int]] = []
    title = credit = place = None
    for k, (s, e) in enumerate(lines):
        if k + 1 >= len(lines) or k >= t.max_lines or e - s > _LINE_MAX:
            break
        parsed = _parse(t, text, s, e, spans, inline=False)
        if parsed is not None and not text[parsed.end:e].strip(" -–—|/:،,."):
            credit = credit or parsed.credit
            place = place or parsed.place
        elif _date_line(t, text, s, e, spans):
            pass
        elif _headline_line(t, text, s, e, segments):
            line = text[s:e]
            if title is None and not _byline(t, line) and \
                    len(t.normalize(line).text.split()) >= t.title_min_words and _credit(t, line) is _UNKNOWN:
                title = line.strip(" |-–—")
        else:
            break
        above.append((s, e))
    story = lines[len(above)][0] if len(above) < len(lines) else n
    dateline = None
    if len(above) < len(lines):
        s, e = lines[len(above)]
        parsed = _parse(t, text, s, e, spans, inline=True)
        if parsed is not None and len(text[parsed.end:e].split()) >= 2:
            dateline = (s, parsed.end)
            story = parsed.end
            credit = parsed.credit or credit
            place = parsed.place or place
    return Head(tuple(above), title, dateline, story, credit, place)
