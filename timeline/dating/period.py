"""A span of days."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

__all__ = ["Period"]


@dataclass(frozen=True)
class Period:
    """A span of days: the hint for inferring publication dates."""

    start: dt.date
    end: dt.date

    def days(self) -> list[dt.date]:
        return [self.start + dt.timedelta(days=i) for i in range((self.end - self.start).days + 1)]

    def __str__(self) -> str:
        return f"{self.start.isoformat()}..{self.end.isoformat()}"
