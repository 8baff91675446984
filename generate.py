#!/usr/bin/env python3
"""Arabic news timeline and briefing generator: the command line.

Thin by design: parse arguments, dispatch to ``timeline/commands/<cmd>.py``,
turn input errors into one line on stderr and a non-zero exit.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from timeline import __version__
from timeline.commands import COMMANDS, EXIT_INPUT
from timeline.data import DataError
from timeline.model import InputError
from timeline.text.hygiene import printable


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="generate.py",
        description="Turn dated Arabic news articles into a sourced, chronological timeline.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    modules = {}
    for name, path in COMMANDS.items():
        module = importlib.import_module(path)
        modules[name] = module
        p = sub.add_parser(name, help=module.HELP, description=module.HELP)
        module.add_arguments(p)
    args = parser.parse_args(argv)
    try:
        return modules[args.command].run(args)
    except (InputError, DataError) as exc:
        print(printable(f"generate.py {args.command}: error: {exc}"), file=sys.stderr)
        return EXIT_INPUT
    except OSError as exc:   # a full disk, a folder gone read-only mid-run: one line, not a traceback
        where = f"{exc.filename}: " if exc.filename else ""
        print(printable(f"generate.py {args.command}: error: {where}{exc.strerror or exc}"), file=sys.stderr)
        return EXIT_INPUT


if __name__ == "__main__":
    sys.exit(main())
