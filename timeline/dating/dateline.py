"""Datelines: "دمشق - 13 ديسمبر 2016 -", "القدس (رويترز) - الثلاثاء"، "DAMASCUS, Dec. 13, 2016 (Reuters) -".

A dateline is the head of the first line, up to a dash, before the story
starts (a place, an agency, perhaps a date). A full date there (day, month,
year) is the publication date; a weekday right after the dash names the
publication day, which the inference uses as evidence.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Optional

from timeline.temporal import Tagger

__all__ = ["Dateline", "find_dateline", "dateline_head", "DATELINE_REACH"]

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


def find_dateline(text: str, language: str = "ar", tagger: Optional[Tagger] = None) -> Optional[Dateline]:
    span = dateline_head(text)
    if span is None:
        return None
    start, end = span
    head = text[start:end]
    if language != "ar":
        return _foreign(head, language)
    tagger = tagger or Tagger()
    date = weekday = None
    for x in tagger.tag(text[: end + 30], _ANY_DAY):
        if x.start >= start and x.end <= end and x.rule in _EXPLICIT and len(x.value) == 10 \
                and re.search(r"\d{4}", x.text):
            date = x.value
        elif x.start >= end and x.start <= end + 2 and x.rule == "weekday":
            weekday = dt.date.fromisoformat(x.value).isoweekday()
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
