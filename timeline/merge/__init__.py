"""Merging placed events from many articles into one timeline."""

from timeline.merge.build import Day, Entry, Timeline, build_timeline, limit_period
from timeline.model import SourceRef

__all__ = ["Day", "Entry", "SourceRef", "Timeline", "build_timeline", "limit_period"]
