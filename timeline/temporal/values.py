"""The value formats of TIMEX-SPEC, one pattern per type."""

from __future__ import annotations

import re

__all__ = ["valid_value", "VALUE_FORMATS"]

_DAY = r"\d{4}-\d{2}-\d{2}"
VALUE_FORMATS: dict[str, re.Pattern[str]] = {
    "DATE": re.compile(
        rf"{_DAY}|\d{{4}}-\d{{2}}|\d{{4}}|\d{{4}}-W\d{{2}}(?:-WE)?|\d{{4}}-Q[1-4]|PAST_REF|PRESENT_REF|FUTURE_REF"
    ),
    "TIME": re.compile(rf"{_DAY}T(?:\d{{2}}:\d{{2}}|MO|AF|EV|NI)(?:Z|[+-]\d{{2}}:\d{{2}})?"),
    # one quantity (P3D, PT5H, PXD), or a compound one (P1Y1M8DT1H1M)
    "DURATION": re.compile(r"P(?:(?:\d+(?:\.\d+)?|X)[YMWD]|T(?:\d+(?:\.\d+)?|X)[HMS])"
                           r"|P(?=\d)(?:\d+Y)?(?:\d+M)?(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+S)?)?"),
    "SET": re.compile(r"P(?:\d+[YMWD]|T\d+[HMS])|XXXX-WXX-[1-7]|XXXX-XX-XXT(?:\d{2}:\d{2}|MO|AF|EV|NI)"),
}
MODS = frozenset({"START", "MID", "END", "APPROX", "MORE_THAN", "LESS_THAN",
                  "EQUAL_OR_MORE", "EQUAL_OR_LESS"})


def valid_value(type_: str, value: str, mod: str | None = None) -> bool:
    pattern = VALUE_FORMATS.get(type_)
    if pattern is None or pattern.fullmatch(value) is None:
        return False
    return mod is None or mod in MODS
