"""Readers: sources in, documents (:class:`timeline.readers.base.Document`) out.

One module per format registers itself (``timeline.readers.base.register``):
``text`` (.txt, .md, with or without front matter), ``jsonl``, ``tabular``
(.csv, .tsv), ``feeds`` (RSS, Atom), ``webpage`` (saved HTML). ``sources``
expands files, folders and globs and reads them into documents. Dating them
and making them articles is ``timeline.articles``'s (it needs the tagger).
"""

from timeline.readers.base import Document, Period, Problem, ReadOptions
from timeline.readers.jsonl import read_jsonl, read_jsonl_lines
from timeline.readers.sources import iter_documents, parse_period, read_documents

__all__ = ["Document", "Period", "Problem", "ReadOptions", "read_jsonl", "read_jsonl_lines", "iter_documents",
           "read_documents", "parse_period"]
