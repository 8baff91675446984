"""How alike two reports are: shared content words after light stemming.

Enough to tell "the same statement, reported by two outlets" from "two
things that happened on the same day"; names, places and numbers carry most
of the weight because function words and affixes are removed first. The
words themselves come from ``timeline.text.content``, the layer below.
"""

from __future__ import annotations

from timeline.text.content import content_words

__all__ = ["content_words", "overlap", "jaccard"]


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Shared words over the smaller set (1.0 when one report is inside the other)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)
