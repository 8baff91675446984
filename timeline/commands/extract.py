"""``generate.py extract``: temporal expressions and placed events per document."""

from __future__ import annotations

import argparse
import json
import sys

from timeline.io import atomic_write_text
from timeline.pipeline import extract
from timeline.readers.sources import read_sources
from timeline.temporal import Tagger

HELP = "tag each document and place its sentences on the timeline (JSON Lines)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("sources", nargs="+", help="JSON Lines documents, folders of them, or - for stdin")
    p.add_argument("-o", "--output", help="write JSON Lines here (default: stdout)")


def run(args: argparse.Namespace) -> int:
    articles = read_sources(args.sources)
    tagger = Tagger()
    out = "".join(json.dumps(extract(a, tagger).to_json(), ensure_ascii=False) + "\n"
                  for a in articles)
    if args.output:
        atomic_write_text(args.output, out)
    else:
        sys.stdout.write(out)
    return 0
