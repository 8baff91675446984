"""``generate.py build``: the HTML timeline and its exports, the PDF and the Markdown briefing."""

from __future__ import annotations

import argparse
import gc
import itertools
import sqlite3
import sys
import tempfile
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Optional

from jinja2 import TemplateError, TemplateNotFound, TemplateSyntaxError

from timeline.commands import EXIT_LOCKED
from timeline.commands.common import (SOURCES_HELP, add_source_options, load_build_config, read_options,
                                      report_problems, seconds, speaker)
from timeline.commands.engine import add_engine_options, dask_client, jobs_of, run_extraction
from timeline.dbfile import describe
from timeline.formats import DEFAULT_FORMATS, EXPORT_FORMATS, FORMATS, MONTH_SYSTEMS, PDF_VARIANTS
from timeline.io import check_output_folder
from timeline.merge.source import StoreSource
from timeline.model import InputError
from timeline.publish import Staging
from timeline.publish.locking import LockBusy
from timeline.articles import stream_sources
from timeline.render import RenderOptions, render
from timeline.render.html import INDEX
from timeline.render.notes import read_notes
from timeline.store import ExtractionStore
from timeline.text.hygiene import printable

HELP = ("build the briefing: HTML timeline with its exports (JSON, CSV, TimelineJS), PDF and Markdown "
        "(no sources: the bundled sample)")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("sources", nargs="*", help=SOURCES_HELP + " (default: the bundled sample)")
    p.add_argument("-o", "--output", help="output folder (default: output/)")
    p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="leave out days before this")
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="leave out days after this")
    p.add_argument("--title", help="the briefing's title")
    p.add_argument("--config", metavar="TOML", help="a settings file (options given here win over it)")
    p.add_argument("--templates", metavar="DIR",
                   help="a folder of templates that replace the default ones, file by file")
    p.add_argument("--notes", metavar="FILE", help="an editor's note in Markdown, shown in the HTML and PDF")
    p.add_argument("--order", choices=("oldest", "newest"), help="which day comes first (default: oldest)")
    p.add_argument("--month-names", choices=MONTH_SYSTEMS, help="month names in headings (default: egyptian)")
    p.add_argument("--paginate", choices=("auto", "month", "none"),
                   help="a page per month: auto (when there are many days), month, none")
    p.add_argument("--no-search", action="store_true",
                   help="no archive-wide search index (Pagefind) beside the HTML (config: search = false)")
    p.add_argument("--formats", help=f"comma-separated, from {','.join(FORMATS)} (default: "
                                     f"{','.join(DEFAULT_FORMATS)}; html brings {','.join(EXPORT_FORMATS)} beside it)")
    p.add_argument("--pdf-variant", choices=PDF_VARIANTS,
                   help="none (default: a tagged PDF), pdf/a-3u (with timeline.json attached), pdf/ua-1")
    p.add_argument("--place", metavar="NAME",
                   help="keep figures from elsewhere out of the headline numbers (e.g. حلب)")
    p.add_argument("--key-developments", type=_count, metavar="N",
                   help="how many items «أبرز التطورات» holds (default: 5)")
    p.add_argument("--lock-timeout", type=seconds, metavar="SECONDS", default=600.0,
                   help="how long to wait for another build writing the same folder (default: 600)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress display")
    add_source_options(p)
    add_engine_options(p)


def _count(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if n < 0:
        raise argparse.ArgumentTypeError(f"{value!r} is below 0")
    return n


def _progress(total: Optional[int], show: bool, desc: str):
    if not show:
        return None
    try:
        from tqdm import tqdm
    except ImportError:  # pragma: no cover - tqdm is pinned; progress is a nicety
        return None
    bar = tqdm(total=total, desc=desc, unit="art", file=sys.stderr, leave=False)
    return bar


@contextmanager
def _naming(cache: Path):
    """An SQLite error of the cache (a full disk, damage found mid-build) as one line naming it."""
    try:
        yield
    except sqlite3.Error as exc:
        raise InputError(f"{cache}: {describe(exc)}") from None


def run(args: argparse.Namespace) -> int:
    try:
        return _run(args)
    except LockBusy as exc:
        print(f"{speaker(args, 'build')}: {exc}", file=sys.stderr)
        return EXIT_LOCKED


def _run(args: argparse.Namespace) -> int:
    config = load_build_config(args)
    check_output_folder(config.output)
    notes = read_notes(config.notes) if config.notes else None
    templates = Path(config.templates) if config.templates else None
    if templates is not None and not templates.is_dir():
        raise InputError(f"{templates}: templates folder not found")
    options_read = read_options(args)
    problems: list = []
    files = [0]
    articles_in = stream_sources(config.sources, options_read, problems, files)
    first = next(articles_in, None)
    if first is None:             # nothing usable: say why before anything is created
        report_problems(0, problems, files[0], args, "build")
    articles_in = itertools.chain([first], articles_in)
    show = not args.quiet and sys.stderr.isatty()
    options = RenderOptions(title=config.title, newest_first=config.order == "newest",
                            month_names=config.month_names, paginate=config.paginate,
                            page_bytes=config.page_size_kb * 1000,
                            search=config.search and not args.no_search,
                            key_developments=config.key_developments, place=config.place)
    with ExitStack() as stack:
        if args.no_cache:
            cache = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="timeline-"))) / "x.sqlite"
        else:
            cache = Path(args.cache) if args.cache else Path(config.output) / ".cache" / "extractions.sqlite"
        store = stack.enter_context(ExtractionStore(cache))
        if store.rebuilt:
            problem, aside = store.rebuilt
            print(printable(f"{speaker(args, 'build')}: warning: {cache}: damaged cache ({problem}), set aside as "
                            f"{aside.name} and rebuilt"), file=sys.stderr)
        stack.enter_context(_naming(cache))
        client = dask_client(args)
        if client is not None:
            from timeline.engine.dask_engine import close_client

            stack.callback(close_client, client)
        bar = _progress(None, show, "articles")
        stats = run_extraction(store, articles_in, args, progress=bar.update if bar else None, client=client)
        if bar:
            bar.close()
        report_problems(stats.articles, problems, files[0], args, "build")
        # what is held now (every article's metadata, the modules) stays to the end: the
        # cycle collector need not walk it again at each month's garbage
        gc.freeze()
        # the texts are in the store now; the pages need only what they show about each article
        if client is not None:
            from timeline.engine.dask_engine import DaskSource

            source = DaskSource(store, stats.meta, config.date_from, config.date_to, client=client)
        else:
            source = StoreSource(store, stats.meta, config.date_from, config.date_to, jobs=jobs_of(args))
        stack.callback(source.close)
        if show:
            print(f"rendering {', '.join(config.formats)} ...", file=sys.stderr, flush=True)
        staging = stack.enter_context(Staging(config.output, lock_timeout=args.lock_timeout))
        try:
            rendered = render(source, options, config.formats, templates, notes, sink=staging.add,
                              pdf_variant=config.pdf_variant)
        except TemplateSyntaxError as exc:
            raise InputError(f"{exc.filename or exc.name}:{exc.lineno}: template error: {exc.message}") from None
        except TemplateNotFound as exc:
            raise InputError(f"template {exc.name!r} not found (looked in {templates or 'templates/'})") from None
        except TemplateError as exc:
            raise InputError(f"a template failed: {exc}") from None
        for warning in rendered.warnings:
            print(f"{speaker(args, 'build')}: warning: {warning}", file=sys.stderr)
        made = list(staging.outputs)
        source.finish()     # the outputs are complete: the store may now forget days no longer used
        store.close()       # closed before the swap, which carries a cache kept in the output folder
        written = staging.commit()
    pages = [p for p, kind in made if kind == "html"]
    shown = [INDEX] if INDEX in pages else pages[:1]
    if len(pages) > 1:
        shown[0] += f" + {len(pages) - 1} period pages"
    shown += [p for p, kind in made if kind not in ("html", "asset")]
    assets = sum(1 for _, kind in made if kind == "asset")
    if assets:
        shown.append(f"{assets} assets")
    ctx = rendered.context.stats
    reuse = f"; {stats.reused} from the cache" if stats.reused else ""
    print(f"built {ctx['articles']} articles, {ctx['events']} events in {ctx['entries']} entries over "
          f"{ctx['days']} days -> {config.output} ({', '.join(shown)}; {len(written)} files{reuse})")
    return 0
