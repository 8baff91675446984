"""``generate.py newsletter``: the next issue of a scheduled newsletter, if there is one.

Exit codes (``timeline.commands``): 0 an issue was published, or there was
nothing new (one line says which); ``EXIT_LOCKED`` another run held the lock
past the timeout; ``EXIT_DELIVERY`` the issue was published but sending it
failed (the next ``--send`` run sends it).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import sys
from pathlib import Path

from timeline.commands import EXIT_DELIVERY, EXIT_LOCKED
from timeline.commands.common import (SOURCES_HELP, add_source_options, load_articles, load_build_config, seconds,
                                      speaker)
from timeline.config import newsletter_config
from timeline.dbfile import describe
from timeline.formats import MONTH_SYSTEMS
from timeline.io import check_output_folder
from timeline.model import InputError
from timeline.publish.locking import LockBusy
from timeline.publish.mail import DeliveryError, SmtpSettings
from timeline.publish.scheduled import RunOptions, run_newsletter
from timeline.render.newsletter import NewsletterSettings
from timeline.render.output import build_time

HELP = "publish the next newsletter issue: what is new since the last one (state in SQLite)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("sources", nargs="*", help="the whole archive, " + SOURCES_HELP + " (default: config sources)")
    p.add_argument("-o", "--output", help="output folder; issues go to OUTPUT/newsletter/ (default: output/)")
    p.add_argument("--state", help="the state file (default: OUTPUT/newsletter.sqlite)")
    p.add_argument("--period", choices=("daily", "weekly"), help="one issue per day or per ISO week (default: daily)")
    p.add_argument("--now", metavar="ISO-DATETIME", help="the time of this run (default: SOURCE_DATE_EPOCH or now)")
    p.add_argument("--dry-run", action="store_true", help="say what the next issue would hold; write nothing")
    p.add_argument("--config", metavar="TOML", help="settings file ([newsletter] and [newsletter.smtp] tables)")
    p.add_argument("--title", help="the newsletter's name")
    p.add_argument("--templates", metavar="DIR", help="templates that replace the default ones")
    p.add_argument("--month-names", choices=MONTH_SYSTEMS, help="month names in headings")
    p.add_argument("--pdf", action="store_true", help="also make a PDF of each issue")
    p.add_argument("--send", action="store_true", help="send every issue not sent yet, by SMTP (config file)")
    p.add_argument("--lock-timeout", type=seconds, metavar="SECONDS",
                   help="how long to wait for another run (default: 600)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress display")
    add_source_options(p)


#: mail headers an issue goes out without unless the config file sets them: (header, setting, fallback)
MAIL_HEADERS = (("From", "from", "newsletter@localhost"), ("List-Unsubscribe", "unsubscribe", "none"))


def missing_headers(table: dict | None) -> str:
    """One line naming the mail headers the [newsletter] table leaves unset ("" if none)."""
    unset = [(header, key, fallback) for header, key, fallback in MAIL_HEADERS if not (table or {}).get(key)]
    if not unset:
        return ""
    names = ", ".join(header for header, _, _ in unset)
    settings = ", ".join(f"newsletter.{key}" for _, key, _ in unset)
    fallbacks = "; ".join(f"{header}: {fallback}" for header, _, fallback in unset)
    return f"no {names} header in the config file (set {settings}); the e-mail has {fallbacks}"


def _now(value: str | None) -> dt.datetime:
    if not value:
        return build_time()
    try:
        now = dt.datetime.fromisoformat(value)
    except ValueError:
        raise InputError(f"--now {value!r} is not an ISO date-time (2016-12-08T07:00:00+00:00)") from None
    return now if now.tzinfo else now.replace(tzinfo=dt.timezone.utc)


def run(args: argparse.Namespace) -> int:
    config = load_build_config(args, default_sample=False)
    news = newsletter_config(config)
    if not config.sources:
        raise InputError("newsletter: no sources (give the archive's files or folders, or sources in --config)")
    output = Path(config.output)
    check_output_folder(output)
    settings = NewsletterSettings(
        title=args.title or news.title, period=args.period or news.period, list_id=news.list_id,
        sender=news.sender, recipients=news.recipients, site_url=news.site_url, unsubscribe=news.unsubscribe,
        month_names=config.month_names, pdf=args.pdf or news.pdf)
    options = RunOptions(
        output=output, state=Path(args.state or news.state or output / "newsletter.sqlite"),
        now=_now(args.now), settings=settings,
        templates=Path(config.templates) if config.templates else None, dry_run=args.dry_run,
        send=args.send, smtp=SmtpSettings(**news.smtp),
        lock_timeout=args.lock_timeout if args.lock_timeout is not None else news.lock_timeout)
    articles = load_articles(args, config.sources, "newsletter")
    progress = None
    if not args.quiet and sys.stderr.isatty():
        from tqdm import tqdm

        progress = lambda items: tqdm(items, desc="new articles", unit="art", file=sys.stderr, leave=False)  # noqa: E731
    try:
        result = run_newsletter(articles, options, progress)
    except LockBusy as exc:
        print(f"{speaker(args, 'newsletter')}: {exc}", file=sys.stderr)
        return EXIT_LOCKED
    except DeliveryError as exc:
        print(f"{speaker(args, 'newsletter')}: issue published, not sent: {exc}", file=sys.stderr)
        return EXIT_DELIVERY
    except sqlite3.Error as exc:     # a full disk at the commit: the state is as it was; one line
        raise InputError(f"{options.state}: {describe(exc)}") from None
    if result.issue is not None:
        missing = missing_headers(config.newsletter)
        if missing:
            print(f"{speaker(args, 'newsletter')}: warning: {missing}", file=sys.stderr)
    for path in result.recovered:
        print(f"{speaker(args, 'newsletter')}: removed {path} left by an interrupted run", file=sys.stderr)
    line = result.message if result.issue or args.dry_run else f"no issue: {result.message}"
    if result.sent:
        line += f"; sent issue{'s' if len(result.sent) > 1 else ''} {', '.join(map(str, result.sent))}"
    print(line)
    return 0
