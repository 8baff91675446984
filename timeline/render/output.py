"""The build time a renderer prints (the files it makes are ``timeline.io.Output``)."""

from __future__ import annotations

import datetime as dt
import os
from typing import Optional

from timeline.model import InputError

__all__ = ["build_time"]


def build_time(now: Optional[dt.datetime] = None) -> dt.datetime:
    """The build time: ``SOURCE_DATE_EPOCH`` when set (reproducible builds), else now (UTC)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        try:
            return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc)
        except (ValueError, OverflowError, OSError):
            raise InputError(f"SOURCE_DATE_EPOCH={epoch!r} is not a whole number of seconds") from None
    return (now or dt.datetime.now(dt.timezone.utc)).replace(microsecond=0)
