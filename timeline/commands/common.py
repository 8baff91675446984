"""What the commands share: the SOURCES options, reporting problems, the build settings."""

from __future__ import annotations

import argparse
import datetime as dt
import math
import sys
from typing import Sequence

from timeline.io import atomic_write_text, check_output_file
from timeline.config import SAMPLE, SAMPLE_CONFIG, BuildConfig, load_config, parse_date
from timeline.model import Article, InputError
from timeline.articles import read_sources
from timeline.readers import ReadOptions, parse_period
from timeline.readers.dates import DateError, normalize_date
from timeline.text.hygiene import printable

__all__ = ["add_source_options", "read_options", "load_articles", "report_problems", "load_build_config", "seconds",
           "speaker", "SOURCES_HELP", "add_lines_arguments", "read_for_output", "write_output", "write_lines"]

SOURCES_HELP = ("articles: files (.jsonl .txt .md .csv .tsv .rss .atom .xml .html), folders of them, "
                "glob patterns, or - (JSON Lines or one plain text on stdin)")


def seconds(value: str) -> float:
    """An argparse type: a finite number of seconds, 0 or more."""
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {value!r}") from None
    if not (math.isfinite(number) and number >= 0):
        raise argparse.ArgumentTypeError(f"must be 0 or more seconds: {value!r}")
    return number


def add_source_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("reading articles")
    g.add_argument("--published", metavar="DATE",
                   help="the publication date of every article whose source gives none (YYYY-MM-DD)")
    g.add_argument("--around", metavar="PERIOD",
                   help="where to look for the dates of undated articles: 2016-12, 2016-12-01 (a month either "
                        "side) or 2016-11-20..2016-12-20 (default: the dates of the other articles of the folder)")
    g.add_argument("--columns", metavar="FIELD=NAME,...",
                   help="CSV column names, e.g. text=body,published=date")
    g.add_argument("--strict", action="store_true", help="stop on any problem with the input")


def read_options(args: argparse.Namespace) -> ReadOptions:
    published = None
    if getattr(args, "published", None):
        try:
            published = normalize_date(args.published)
        except DateError as exc:
            raise InputError(f"--published: {exc}") from None
    columns = {}
    for item in (getattr(args, "columns", None) or "").split(","):
        if not item.strip():
            continue
        if "=" not in item:
            raise InputError(f"--columns: {item!r} is not FIELD=NAME")
        ours, theirs = (part.strip() for part in item.split("=", 1))
        columns[ours] = theirs
    around = parse_period(args.around) if getattr(args, "around", None) else None
    # the real clock (not SOURCE_DATE_EPOCH, which only fixes what a build writes); a day's
    # grace for time zones ahead of ours
    latest = dt.datetime.now(dt.timezone.utc).date() + dt.timedelta(days=1)
    return ReadOptions(around=around, published=published, columns=columns, latest=latest)


def speaker(args: argparse.Namespace, command: str) -> str:
    """How a command names itself at the start of its messages: as the user called it
    (``arabic-timeline build``, ``generate.py build``)."""
    return getattr(args, "prog", None) or f"arabic-timeline {command}"


def report_problems(result_articles: int, problems: list, files: int, args: argparse.Namespace,
                    command: str) -> None:
    """Problems on stderr, one line each, and the summary; an error when nothing usable is
    left, or with --strict on any problem."""
    if not result_articles and len(problems) == 1:
        raise InputError(str(problems[0]))
    for p in problems:
        print(printable(f"{speaker(args, command)}: {p}{'' if not p.skipped else ' (left out)'}"), file=sys.stderr)
    skipped = sum(1 for p in problems if p.skipped)
    if problems:
        print(f"{speaker(args, command)}: read {result_articles} articles from {files} files; "
              f"{skipped} left out, {len(problems) - skipped} warnings", file=sys.stderr)
    if not result_articles:
        raise InputError("no usable articles in the sources")
    if problems and getattr(args, "strict", False):
        raise InputError(f"{len(problems)} problems with the input (--strict)")


def load_articles(args: argparse.Namespace, sources: Sequence[str], command: str) -> list[Article]:
    """The articles of ``sources``; problems on stderr, one line each.

    An error only when nothing usable is left, or with --strict on any problem.
    """
    result = read_sources(sources, read_options(args))
    report_problems(len(result.articles), result.problems, result.files, args, command)
    return result.articles


def add_lines_arguments(p: argparse.ArgumentParser) -> None:
    """SOURCES and -o, for the commands that write one JSON line per document."""
    p.add_argument("sources", nargs="+", help=SOURCES_HELP)
    p.add_argument("-o", "--output", help="write JSON Lines here (default: stdout)")


def read_for_output(args: argparse.Namespace, command: str) -> list[Article]:
    """The articles of a command that writes one file (-o) or stdout, with its -o checked
    first (a bad -o is one line before the reading, not a traceback at the end)."""
    if args.output:
        check_output_file(args.output)
    return load_articles(args, args.sources, command)


def write_output(args: argparse.Namespace, text: str) -> None:
    """The text to -o (whole or not at all) or to stdout."""
    if args.output:
        atomic_write_text(args.output, text)
    else:
        sys.stdout.write(text)


def write_lines(args: argparse.Namespace, lines: Sequence[str]) -> None:
    """JSON Lines to -o or stdout (``write_output``)."""
    write_output(args, "".join(line + "\n" for line in lines))


def load_build_config(args: argparse.Namespace, default_sample: bool = True) -> BuildConfig:
    """Settings from the defaults, the config file and the options (shared by build and newsletter)."""
    base = BuildConfig()
    if default_sample and not args.sources and not args.config:
        base = load_config(SAMPLE_CONFIG, base)
    if args.config:
        base = load_config(args.config, base)
    formats = (tuple(f.strip() for f in args.formats.split(",") if f.strip())
               if getattr(args, "formats", None) else None)
    get = lambda name: getattr(args, name, None)  # noqa: E731 - not every command has every option
    config = base.merged(
        sources=tuple(args.sources) or None, output=args.output, title=get("title"),
        date_from=parse_date(get("date_from"), "--from") if get("date_from") else None,
        date_to=parse_date(get("date_to"), "--to") if get("date_to") else None,
        order=get("order"), month_names=get("month_names"), templates=get("templates"), notes=get("notes"),
        formats=formats, paginate=get("paginate"), place=get("place"), pdf_variant=get("pdf_variant"),
        key_developments=get("key_developments"),
    )
    if default_sample and not config.sources:
        config = config.merged(sources=(str(SAMPLE),))
    return config
