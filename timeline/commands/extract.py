"""``generate.py extract``: temporal expressions and placed events per document."""

from __future__ import annotations

import argparse
import json

from timeline.commands.common import add_lines_arguments, add_source_options, read_for_output, write_lines
from timeline.commands.engine import add_jobs_option, jobs_of
from timeline.engine.local import extract_each
from timeline.pipeline import Extraction

HELP = "tag each document and place its sentences on the timeline (JSON Lines)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    add_lines_arguments(p)
    add_jobs_option(p)
    add_source_options(p)


def _line(ex: Extraction) -> str:
    return json.dumps(ex.to_json(), ensure_ascii=False)


def run(args: argparse.Namespace) -> int:
    jobs = jobs_of(args)
    articles = read_for_output(args, "extract")
    write_lines(args, list(extract_each(articles, jobs, _line)))
    return 0
