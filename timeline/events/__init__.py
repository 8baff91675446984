"""Events: sentences and clauses placed on the day of what they report."""

from timeline.events.placement import place

__all__ = ["place"]
