"""Readers: sources in, :class:`timeline.model.Article` records out."""

from timeline.readers.jsonl import read_jsonl, read_jsonl_lines
from timeline.readers.text import read_text

__all__ = ["read_jsonl", "read_jsonl_lines", "read_text"]
