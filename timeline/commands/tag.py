"""``generate.py tag``: temporal expressions per document, as JSON Lines."""

from __future__ import annotations

import argparse
import json
import sys

from timeline.commands.common import SOURCES_HELP, add_source_options, load_articles
from timeline.io import atomic_write_text, check_output_file
from timeline.temporal import Tagger, tag_article

HELP = "find and anchor the temporal expressions of each document"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("sources", nargs="+", help=SOURCES_HELP)
    p.add_argument("-o", "--output", help="write JSON Lines here (default: stdout)")
    p.add_argument("--explain", action="store_true",
                   help="add the rule, resolution, anchor, signal and role of each expression")
    add_source_options(p)


def run(args: argparse.Namespace) -> int:
    if args.output:
        check_output_file(args.output)    # before reading: a bad -o is one line, not a traceback at the end
    articles = load_articles(args, args.sources, "tag")
    tagger = Tagger()
    lines = []
    for article in articles:
        timex = []
        for t in tag_article(article, tagger, roles=args.explain):
            record = t.to_json()
            if args.explain:
                record.update(rule=t.rule, resolution=t.resolution, anchor=t.anchor,
                              signal=t.signal, role=t.role)
            timex.append(record)
        lines.append(json.dumps({"id": article.id, "timex": timex}, ensure_ascii=False))
    out = "".join(line + "\n" for line in lines)
    if args.output:
        atomic_write_text(args.output, out)
    else:
        sys.stdout.write(out)
    return 0
