"""``generate.py tag``: temporal expressions per document, as JSON Lines."""

from __future__ import annotations

import argparse
import json

from timeline.commands.common import add_lines_arguments, add_source_options, read_for_output, write_lines
from timeline.temporal import Tagger, tag_article

HELP = "find and anchor the temporal expressions of each document"


def add_arguments(p: argparse.ArgumentParser) -> None:
    add_lines_arguments(p)
    p.add_argument("--explain", action="store_true",
                   help="add the rule, resolution, anchor, signal and role of each expression")
    add_source_options(p)


def run(args: argparse.Namespace) -> int:
    articles = read_for_output(args, "tag")
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
    write_lines(args, lines)
    return 0
