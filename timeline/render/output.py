"""What a renderer produces: files in memory, written only once all are ready."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from typing import Iterable, Optional

from timeline.model import InputError

__all__ = ["Output", "build_time"]


def build_time(now: Optional[dt.datetime] = None) -> dt.datetime:
    """The build time: ``SOURCE_DATE_EPOCH`` when set (reproducible builds), else now (UTC)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        try:
            return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc)
        except (ValueError, OverflowError, OSError):
            raise InputError(f"SOURCE_DATE_EPOCH={epoch!r} is not a whole number of seconds") from None
    return (now or dt.datetime.now(dt.timezone.utc)).replace(microsecond=0)


@dataclass(frozen=True)
class Output:
    #: path inside the output folder, with forward slashes ("assets/timeline.css")
    path: str
    data: bytes
    #: what it is, for the summary: "html", "pdf", "markdown", "data" (an export) or "asset"
    kind: str = "asset"
    #: the text in pieces as a template renders them, for pages too large to hold whole
    #: (``data`` is then empty); consumed once, by the sink that writes the file
    stream: Optional[Iterable[str]] = field(default=None, compare=False, repr=False)

    def whole(self) -> "Output":
        """The same output with its text joined into ``data``."""
        if self.stream is None:
            return self
        return Output(self.path, "".join(self.stream).encode("utf-8"), self.kind)
