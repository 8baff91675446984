"""Arabic-first news timeline and briefing generator."""

__version__ = "0.1.0"
