"""The command line: ``arabic-timeline``, ``python -m timeline`` and ``generate.py`` are this.

Thin by design: parse arguments, dispatch to ``timeline/commands/<cmd>.py``,
turn input errors into one line on stderr and a non-zero exit.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from timeline import __version__
from timeline.commands import COMMANDS, EXIT_INPUT
from timeline.data import DataError
from timeline.model import InputError
from timeline.text.hygiene import printable

__all__ = ["main"]


def _prog() -> str:
    """The name the user typed: ``arabic-timeline``, ``generate.py`` or ``python -m timeline``."""
    name = os.path.basename(sys.argv[0]) if sys.argv and sys.argv[0] else ""
    return "python -m timeline" if name in ("", "-c", "__main__.py") else name


def main(argv: list[str] | None = None) -> int:
    prog = _prog()
    parser = argparse.ArgumentParser(
        prog=prog,
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
        p.set_defaults(prog=f"{prog} {name}")     # how the command names itself in its messages
    args = parser.parse_args(argv)
    try:
        return modules[args.command].run(args)
    except (InputError, DataError) as exc:
        print(printable(f"{prog} {args.command}: error: {exc}"), file=sys.stderr)
        return EXIT_INPUT
    except OSError as exc:   # a full disk, a folder gone read-only mid-run: one line, not a traceback
        where = f"{exc.filename}: " if exc.filename else ""
        print(printable(f"{prog} {args.command}: error: {where}{exc.strerror or exc}"), file=sys.stderr)
        return EXIT_INPUT


if __name__ == "__main__":
    sys.exit(main())
