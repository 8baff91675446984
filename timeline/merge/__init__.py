"""Merging placed events from many articles into one timeline."""

from timeline.merge.build import Day, Entry, SourceRef, Timeline, build_timeline, limit_period

__all__ = ["Day", "Entry", "SourceRef", "Timeline", "build_timeline", "limit_period"]
