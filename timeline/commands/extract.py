"""``generate.py extract``: temporal expressions and placed events per document."""

from __future__ import annotations

import argparse
import json

from timeline.commands.common import add_lines_arguments, add_source_options, read_for_output, write_lines
from timeline.commands.engine import add_engine_choice, each_extraction, jobs_of
from timeline.pipeline import Extraction

HELP = "tag each document and place its sentences on the timeline (JSON Lines)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    add_lines_arguments(p)
    add_engine_choice(p)
    add_source_options(p)


def _line(ex: Extraction) -> str:
    return json.dumps(ex.to_json(), ensure_ascii=False)


def run(args: argparse.Namespace) -> int:
    jobs_of(args)                  # a bad --jobs is an error before anything is read
    articles = read_for_output(args, "extract")
    write_lines(args, each_extraction(articles, args, _line))
    return 0
