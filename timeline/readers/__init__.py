"""Readers: sources in, :class:`timeline.model.Article` records out.

One module per format registers itself (``timeline.readers.base.register``):
``text`` (.txt, .md, with or without front matter), ``jsonl``, ``tabular``
(.csv, .tsv), ``feeds`` (RSS, Atom), ``webpage`` (saved HTML). ``sources``
expands files, folders and globs, reads them, and settles each article's
publication date (``timeline.dating``).
"""

from timeline.readers.base import Document, Period, Problem, ReadOptions
from timeline.readers.jsonl import read_jsonl, read_jsonl_lines
from timeline.readers.sources import ReadResult, parse_period, read_sources

__all__ = ["Document", "Period", "Problem", "ReadOptions", "ReadResult", "read_jsonl", "read_jsonl_lines",
           "read_sources", "parse_period"]
