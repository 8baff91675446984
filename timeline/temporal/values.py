"""Which value strings each TIMEX type admits (``../shared/TIMEX-SPEC.md``).

The strings themselves are read in one place, ``timeline.values.TimeValue``;
this module only says which of the kinds and precisions it finds each type
may carry, and which ``mod`` values exist.
"""

from __future__ import annotations

from timeline.values import Kind, Precision, TimeValue

__all__ = ["valid_value", "MODS"]

MODS = frozenset({"START", "MID", "END", "APPROX", "MORE_THAN", "LESS_THAN",
                  "EQUAL_OR_MORE", "EQUAL_OR_LESS"})


def _date(v: TimeValue) -> bool:
    """A DATE: a year, quarter, month, week, weekend or day, or a reference (PAST_REF)."""
    return v.kind is Kind.REFERENCE or (v.is_calendar and not v.at_least(Precision.PART_OF_DAY))


def _time(v: TimeValue) -> bool:
    """A TIME: a day with a part of day or a clock time (and perhaps a zone)."""
    return v.at_least(Precision.PART_OF_DAY)


def _duration(v: TimeValue) -> bool:
    return v.kind is Kind.DURATION


def _set(v: TimeValue) -> bool:
    """A SET: a weekday or daily time (XXXX-WXX-4, XXXX-XX-XXTMO), or a whole period (P1W: weekly)."""
    if v.kind is Kind.SET:
        return True
    return v.kind is Kind.DURATION and len(v.quantities) == 1 and isinstance(v.quantities[0][0], int)


_ADMITS = {"DATE": _date, "TIME": _time, "DURATION": _duration, "SET": _set}


def valid_value(type_: str, value: str, mod: str | None = None) -> bool:
    """Whether ``value`` is a value of TIMEX type ``type_`` (a real day, week or time
    included) and ``mod``, if given, one of :data:`MODS`."""
    admits = _ADMITS.get(type_)
    if admits is None or not admits(TimeValue.parse(value)):
        return False
    return mod is None or mod in MODS
