"""Publication dates as sources write them, made ISO 8601.

Accepted: ISO dates and date-times (2016-12-08, 2016-12-08T10:30, with Z or
an offset), RFC 2822 dates of feeds and mail (Thu, 08 Dec 2016 10:30:00
+0300), and dates that YAML or TOML already parsed. The local calendar day
is kept as written (a 01:00+03:00 article is dated that day, not the UTC
one before). Anything else is an error that names the value; so is an
impossible date (2016-02-30).
"""

from __future__ import annotations

import datetime as dt
import re
from email.utils import parsedate_tz
from typing import Any

__all__ = ["normalize_date", "DateError"]


class DateError(ValueError):
    """A publication date that is not a date."""


_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?")
_ISO_LOOSE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}\b.*")


def _offset(value: str | None) -> str:
    if not value:
        return ""
    if value == "Z":
        return "+00:00"
    value = value.replace(":", "")
    return f"{value[:3]}:{value[3:]}"


def normalize_date(value: Any) -> str:
    """An ISO date or date-time string for ``value``; raises DateError."""
    if isinstance(value, dt.datetime):
        out = value.replace(microsecond=0).isoformat()
        return out
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        raise DateError(f"publication date {value!r} is not a date")
    text = value.strip()
    m = _ISO.fullmatch(text)
    if m:
        try:
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))
            if m[4] is not None:
                dt.time(int(m[4]), int(m[5]), int(m[6] or 0))
        except ValueError as exc:
            raise DateError(f"publication date {text!r} is impossible ({exc})") from None
        if m[4] is None:
            return day.isoformat()
        return f"{day.isoformat()}T{m[4]}:{m[5]}:{m[6] or '00'}{_offset(m[7])}"
    parts = parsedate_tz(text) if re.search(r"[A-Za-z]{3}", text) else None
    if parts is not None:
        year, month, day, hour, minute, second = parts[:6]
        try:
            dt.datetime(year, month, day, hour, minute, second)
        except ValueError as exc:
            raise DateError(f"publication date {text!r} is impossible ({exc})") from None
        offset = parts[9]
        sign = "+" if (offset or 0) >= 0 else "-"
        tz = "" if offset is None else f"{sign}{abs(offset) // 3600:02d}:{abs(offset) % 3600 // 60:02d}"
        return f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}{tz}"
    if _ISO_LOOSE.fullmatch(text):
        raise DateError(f"publication date {text!r} is not YYYY-MM-DD[THH:MM]")
    raise DateError(f"publication date {text!r} has an unknown format (use YYYY-MM-DD)")
