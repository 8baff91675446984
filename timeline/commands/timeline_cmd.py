"""``generate.py timeline``: one merged timeline from many articles."""

from __future__ import annotations

import argparse
import json

from timeline.commands.common import SOURCES_HELP, add_source_options, read_for_output, write_output
from timeline.commands.engine import add_engine_choice, each_extraction, jobs_of
from timeline.merge import build_timeline

HELP = "merge the events of all sources into one chronological timeline"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("sources", nargs="+", help=SOURCES_HELP)
    p.add_argument("--format", choices=("json", "text"), default="json",
                   help="json: days -> entries -> sources and figures; text: a plain listing")
    p.add_argument("-o", "--output", help="write here (default: stdout)")
    add_engine_choice(p)
    add_source_options(p)


def _text(timeline) -> str:
    lines = []
    for day in timeline.days:
        counts = ", ".join(f"{k} {v}" for k, v in day.counts().items())
        lines.append(f"== {day.date}" + (f"  ({counts})" if counts else ""))
        for entry in day.entries:
            sources = ", ".join(s.doc for s in entry.sources)
            if entry.copies:
                sources += f" + {len(entry.copies)} copies"
            when = f"[{entry.time}] " if entry.time else ""
            lines.append(f"  - {when}{entry.text}  <{sources}>")
    lines.append(f"({timeline.undated} sentences without a date are left out)")
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace) -> int:
    jobs_of(args)                  # a bad --jobs is an error before anything is read
    articles = read_for_output(args, "timeline")
    timeline = build_timeline(each_extraction(articles, args))
    if args.format == "json":
        out = json.dumps(timeline.to_json(), ensure_ascii=False, indent=1) + "\n"
    else:
        out = _text(timeline)
    write_output(args, out)
    return 0
