"""``generate.py extract``: temporal expressions and placed events per document."""

from __future__ import annotations

import argparse
import json
import sys

from timeline.commands.common import SOURCES_HELP, add_source_options, load_articles
from timeline.io import atomic_write_text, check_output_file
from timeline.pipeline import extract
from timeline.temporal import Tagger

HELP = "tag each document and place its sentences on the timeline (JSON Lines)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("sources", nargs="+", help=SOURCES_HELP)
    p.add_argument("-o", "--output", help="write JSON Lines here (default: stdout)")
    add_source_options(p)


def run(args: argparse.Namespace) -> int:
    if args.output:
        check_output_file(args.output)    # before reading: a bad -o is one line, not a traceback at the end
    articles = load_articles(args, args.sources, "extract")
    tagger = Tagger()
    out = "".join(json.dumps(extract(a, tagger).to_json(), ensure_ascii=False) + "\n"
                  for a in articles)
    if args.output:
        atomic_write_text(args.output, out)
    else:
        sys.stdout.write(out)
    return 0
