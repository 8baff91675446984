"""A newsletter issue as data, between the layers that make it.

The publisher plans an issue (:class:`IssuePlan`, with its
:class:`Correction`\\ s) from its state; the renderer turns the plan into files
and returns what the state keeps of it (:class:`IssueRecord`, and a
:class:`Shown` row for each thing the issue showed). Plain values: they live
here, below both, so that rendering an issue does not import the publisher
and the publisher's state does not import the renderers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:                       # a plan carries a merged timeline; nothing here runs merge code
    from timeline.merge.build import Timeline

__all__ = ["IssuePlan", "Correction", "IssueRecord", "Shown", "issue_folder"]


def issue_folder(number: int) -> str:
    """The name of an issue's folder in the newsletter folder ("0007")."""
    return f"{number:04d}"


@dataclass(frozen=True)
class IssueRecord:
    number: int
    created: str          # ISO datetime (UTC)
    slot: str             # the day (2016-12-08) or ISO week (2016-W49) it was published for
    subject: str
    message_id: str
    events: int
    late: int
    corrections: int
    sent: Optional[str] = None
    entries: Optional[int] = None     # None: published before the state kept it
    lead: str = ""


@dataclass(frozen=True)
class Shown:
    """One thing an issue showed: an entry (``kind`` "") or a figure of an entry or of a
    day's total (``entry`` "")."""

    issue: int
    day: str
    entry: str            # the entry's text
    kind: str
    count: int
    words: str            # the figure as the issue wrote it ("أكثر من 60")


@dataclass(frozen=True)
class Correction:
    kind: str                  # "withdrawn" (no longer said), "revised" (reworded) or "redated"
    doc: str
    text: str
    old_date: str
    new_date: Optional[str]
    issue: int                 # the issue that published it
    new_text: Optional[str] = None   # "revised": the new wording, published in this issue


@dataclass(frozen=True)
class IssuePlan:
    number: int
    created: dt.datetime
    slot: str
    previous: Optional[IssueRecord]
    timeline: Timeline                       # the new events, merged across sources
    late_days: frozenset[str]
    corrections: tuple[Correction, ...]
    articles: tuple[tuple[str, str, str], ...]          # (id, hash, published) read by this run
    new_events: tuple[tuple[str, str, str, str], ...]   # (key, doc, date, text)
    redated: tuple[tuple[str, str], ...]
    withdrawn: tuple[str, ...]
    #: what the earlier issues showed (entries and figures), to say what changed since
    shown_before: tuple[Shown, ...] = ()
    extra: dict = field(default_factory=dict)

    @property
    def seen(self) -> frozenset[str]:
        """The texts of the entries earlier issues showed."""
        return frozenset(s.entry for s in self.shown_before if s.entry and not s.kind)
