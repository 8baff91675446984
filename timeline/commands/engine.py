"""Options shared by commands that extract many articles: where the work runs and the cache."""

from __future__ import annotations

import argparse
from typing import Callable, Iterable, Optional, Sequence

from timeline.engine.local import ExtractStats, default_jobs, extract_each, extract_into
from timeline.model import Article, InputError
from timeline.store import ExtractionStore

__all__ = ["add_engine_options", "add_engine_choice", "add_jobs_option", "jobs_of", "run_extraction",
           "each_extraction", "dask_client"]


def add_jobs_option(g) -> None:
    """-j/--jobs on a parser or an argument group."""
    g.add_argument("-j", "--jobs", type=int, metavar="N",
                   help=f"worker processes: extraction, and the merge of days in a build (default: every core, here {default_jobs()})")


def jobs_of(args: argparse.Namespace) -> int:
    """--jobs, or every core; less than 1 is an input error."""
    jobs = args.jobs if args.jobs is not None else default_jobs()
    if jobs < 1:
        raise InputError(f"--jobs {jobs}: give 1 or more")
    return jobs


def add_engine_choice(p: argparse.ArgumentParser):
    """The "engine" group: -j/--jobs, --engine and --scheduler (returned, for more options)."""
    g = p.add_argument_group("engine")
    add_jobs_option(g)
    g.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="where extraction runs: this machine, or a Dask cluster")
    g.add_argument("--scheduler", metavar="ADDRESS",
                   help="the Dask scheduler (tcp://host:8786); default: a local cluster")
    return g


def add_engine_options(p: argparse.ArgumentParser) -> None:
    """The engine group with the extraction store's options (``build``)."""
    g = add_engine_choice(p)
    g.add_argument("--cache", metavar="PATH",
                   help="the extraction store (default: OUTPUT/.cache/extractions.sqlite)")
    g.add_argument("--no-cache", action="store_true", help="extract everything again; keep nothing")


def run_extraction(store: ExtractionStore, articles: Iterable[Article], args: argparse.Namespace,
                   progress: Optional[Callable[[int], None]] = None, client=None) -> ExtractStats:
    """Extract with the engine the options ask for (``client``: the Dask client, for dask)."""
    jobs = jobs_of(args)
    if args.engine == "dask":
        from timeline.engine.dask_engine import extract_into_dask

        return extract_into_dask(store, articles, client, progress)
    return extract_into(store, articles, jobs, progress)


def each_extraction(articles: Sequence[Article], args: argparse.Namespace, make: Optional[Callable] = None) -> list:
    """``make(extraction)`` of each article in input order (the extraction itself without
    ``make``), on the engine the options ask for; the same for any engine and jobs."""
    from timeline.engine.local import _same

    make = make or _same
    jobs = jobs_of(args)
    client = dask_client(args)
    if client is None:
        return list(extract_each(articles, jobs, make))
    from timeline.engine.dask_engine import close_client, extract_each_dask

    try:
        return extract_each_dask(articles, client, make)
    finally:
        close_client(client)


def dask_client(args: argparse.Namespace):
    """The Dask client for ``--engine dask`` (None for the local engine)."""
    if args.engine != "dask":
        return None
    from timeline.engine.dask_engine import client_for

    try:
        return client_for(args.scheduler)
    except (OSError, TimeoutError) as exc:
        raise InputError(f"--scheduler {args.scheduler}: cannot reach the Dask scheduler ({exc})") from None
