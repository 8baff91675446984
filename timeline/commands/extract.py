"""``generate.py extract``: temporal expressions and placed events per document."""

from __future__ import annotations

import argparse
import json

from timeline.commands.common import add_lines_arguments, add_source_options, read_for_lines, write_lines
from timeline.pipeline import extract
from timeline.temporal import Tagger

HELP = "tag each document and place its sentences on the timeline (JSON Lines)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    add_lines_arguments(p)
    add_source_options(p)


def run(args: argparse.Namespace) -> int:
    articles = read_for_lines(args, "extract")
    tagger = Tagger()
    write_lines(args, [json.dumps(extract(a, tagger).to_json(), ensure_ascii=False) for a in articles])
    return 0
