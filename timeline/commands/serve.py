"""``generate.py serve``: build, serve the output over HTTP, and build again on change.

The archive-wide search (Pagefind) loads its index over HTTP, so it needs the
pages served; this serves the output folder (Python's ``http.server``, on
127.0.0.1 by default) and watches what the build reads: the sources, the
config file, the templates folder and the editor's note. When any of them
changes (a file's modification time or size, a file added or removed) the
site is built again; a build that fails says why in one line and leaves the
served site as it was (the build replaces the output only when it has
succeeded). Ctrl-C stops.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import importlib
import os
import sys
import threading
import time
from pathlib import Path
from typing import Iterable

from timeline.commands import COMMANDS
from timeline.commands.common import load_build_config
from timeline.data import DataError
from timeline.model import InputError
from timeline.text.hygiene import printable

HELP = "build, serve the output over HTTP, and build again when the sources, config or templates change"

#: the build command itself, reached through the command registry as the command line reaches it
build = importlib.import_module(COMMANDS["build"])


def add_arguments(p: argparse.ArgumentParser) -> None:
    build.add_arguments(p)
    g = p.add_argument_group("serving")
    g.add_argument("--port", type=int, default=8000, help="the HTTP port (default: 8000; 0: any free port)")
    g.add_argument("--bind", default="127.0.0.1", metavar="ADDRESS",
                   help="the address to listen on (default: 127.0.0.1, this machine only)")
    g.add_argument("--interval", type=float, default=1.0, metavar="SECONDS",
                   help="how often to look for changes (default: 1 second)")


def watched(args: argparse.Namespace) -> list[Path]:
    """What a build of ``args`` reads: the sources, the config file, templates and notes."""
    config = load_build_config(args)
    paths = [Path(s) for s in config.sources]
    paths += [Path(p) for p in (args.config, config.templates, config.notes) if p]
    return paths


def snapshot(paths: Iterable[Path], skip: Path) -> tuple:
    """(path, modification time, size) of every file under ``paths``, the output ``skip`` left out."""
    skip = skip.resolve()
    seen = []
    for root in paths:
        if root.is_file():
            st = root.stat()
            seen.append((str(root), st.st_mtime_ns, st.st_size))
            continue
        for folder, dirs, files in os.walk(root):
            here = Path(folder).resolve()
            dirs[:] = sorted(d for d in dirs if not d.startswith(".") and (here / d) != skip)
            for name in sorted(files):
                try:
                    st = os.stat(os.path.join(folder, name))
                except OSError:
                    continue      # gone between the listing and the look
                seen.append((os.path.join(folder, name), st.st_mtime_ns, st.st_size))
    return tuple(seen)


class _Quiet(http.server.SimpleHTTPRequestHandler):
    """Serves the output folder; requests are not logged (the build's lines are what matter)."""

    def log_message(self, format: str, *args) -> None:       # noqa: A002 - the base class's name
        pass


def _build(args: argparse.Namespace) -> bool:
    try:
        return build.run(args) == 0
    except (InputError, DataError) as exc:
        print(printable(f"{args.prog}: error: {exc}"), file=sys.stderr, flush=True)
    except OSError as exc:
        print(printable(f"{args.prog}: error: {exc.filename or ''} {exc.strerror or exc}"), file=sys.stderr,
              flush=True)
    return False


def run(args: argparse.Namespace) -> int:
    config = load_build_config(args)
    output = Path(config.output)
    paths = watched(args)
    _build(args)
    output.mkdir(parents=True, exist_ok=True)
    handler = functools.partial(_Quiet, directory=str(output.resolve()))
    server = http.server.ThreadingHTTPServer((args.bind, args.port), handler)
    host, port = server.server_address[:2]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(f"serving {output} at http://{host}:{port}/timeline.html (Ctrl-C stops)", flush=True)
    last = snapshot(paths, output)
    try:
        while True:
            time.sleep(args.interval)
            now = snapshot(paths, output)
            if now != last:
                last = now
                print("changed: building again", flush=True)
                if _build(args):
                    print(f"built: http://{host}:{port}/timeline.html", flush=True)
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
        server.server_close()
    return 0
