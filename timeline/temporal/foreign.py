"""Temporal expressions in languages other than Arabic: dateparser's own search.

The Arabic layer (``timeline.temporal.tagger``) knows Arabic; for English,
French and the other languages dateparser reads, its ``search_dates`` finds
the expressions, anchored on the publication date, and its date data gives
each one's precision (day, week, month, year, time). Offsets index the
original text. What dateparser takes for a date but a reader would not (a
bare "may", a lone small number) is left out.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from timeline.data import load_table
from timeline.model import Timex

__all__ = ["tag_foreign"]


@lru_cache(maxsize=1)
def _table() -> dict:
    return load_table("xx", "foreign")


@lru_cache(maxsize=64)
def _parser(language: str, base: dt.datetime):
    from dateparser.date import DateDataParser

    return DateDataParser(languages=[language], settings={"RETURN_TIME_AS_PERIOD": True, "RELATIVE_BASE": base,
                                                           "PREFER_DATES_FROM": "past"})


def _value(when: dt.datetime, period: str) -> tuple[str, str]:
    if period == "time":
        return "TIME", when.strftime("%Y-%m-%dT%H:%M")
    if period == "week":
        year, week, _ = when.date().isocalendar()
        return "DATE", f"{year:04d}-W{week:02d}"
    if period == "month":
        return "DATE", when.strftime("%Y-%m")
    if period == "year":
        return "DATE", when.strftime("%Y")
    return "DATE", when.strftime("%Y-%m-%d")


def tag_foreign(text: str, dct: dt.date, language: str, *, roles: bool = False) -> list[Timex]:
    from dateparser.search import search_dates

    base = dt.datetime.combine(dct, dt.time(12))
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": True}
    try:
        found = search_dates(text, languages=[language], settings=settings) or []
    except (ValueError, OverflowError):
        return []
    out: list[Timex] = []
    pos = 0
    for surface, when in found:
        start = text.find(surface, pos)
        if start < 0:
            continue
        pos = start + len(surface)
        bare = surface.strip()
        if bare.lower() in _table()["noise"].get(language, ()) or (
                bare.isdigit() and not (len(bare) == 4 and 1900 <= int(bare) <= 2100)):
            continue
        # the preposition before a date stays outside its span
        words = surface.split(" ")
        preps = _table()["prepositions"].get(language, ())
        while len(words) > 1 and words[0].lower() in preps:
            start += len(words[0]) + 1
            words = words[1:]
        trailing = _table()["trailing"].get(language, ())
        while len(words) > 1 and words[-1].lower() in trailing:
            words = words[:-1]
        surface = " ".join(words)
        data = _parser(language, base).get_date_data(surface)
        if data.date_obj is None:
            continue
        kind, value = _value(data.date_obj, data.period or "day")
        out.append(Timex(start=start, end=start + len(surface), text=surface, type=kind, value=value,
                         rule=f"dateparser-{language}", resolution=f"dateparser:{data.period or 'day'}", anchor=f"DCT {dct}",
                         role="governing" if roles else "", tense="past" if roles else ""))
    return out
