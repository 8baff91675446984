"""Temporal expressions: find them in Arabic news and anchor them to dates."""

from timeline.temporal.tagger import Tagger, tag

__all__ = ["Tagger", "tag"]
