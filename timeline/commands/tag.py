"""``generate.py tag``: temporal expressions per document, as JSON Lines."""

from __future__ import annotations

import argparse
import json
import sys

from timeline.io import atomic_write_text
from timeline.model import Article, InputError
from timeline.readers import read_jsonl_lines, read_text
from timeline.temporal import Tagger

HELP = "find and anchor the temporal expressions of each document"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("source", help="JSON Lines documents (- for stdin), or with --published a plain-text article")
    p.add_argument("-o", "--output", help="write JSON Lines here (default: stdout)")
    p.add_argument("--published", metavar="DATE",
                   help="publication date of a plain-text article (YYYY-MM-DD)")
    p.add_argument("--explain", action="store_true",
                   help="add the rule, resolution, anchor, signal and role of each expression")


def _articles(args: argparse.Namespace) -> list[Article]:
    if args.published:
        if args.source == "-":
            return [Article(id="stdin", published=args.published, text=sys.stdin.read())]
        return [read_text(args.source, args.published)]
    if args.source == "-":
        return [a for a, _ in read_jsonl_lines(sys.stdin, "<stdin>")]
    try:
        with open(args.source, encoding="utf-8-sig") as fh:
            return [a for a, _ in read_jsonl_lines(fh, args.source)]
    except FileNotFoundError:
        raise InputError(f"{args.source}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{args.source}: is a directory, expected a .jsonl file") from None
    except UnicodeDecodeError as exc:
        raise InputError(f"{args.source}: not UTF-8 text ({exc.reason})") from None


def run(args: argparse.Namespace) -> int:
    articles = _articles(args)
    seen: set[str] = set()
    for a in articles:
        if a.id in seen:
            raise InputError(f"{args.source}: duplicate document id {a.id!r}")
        seen.add(a.id)
    tagger = Tagger()
    lines = []
    for article in articles:
        timex = []
        for t in tagger.tag(article.text, article.dct, roles=args.explain):
            record = t.to_json()
            if args.explain:
                record.update(rule=t.rule, resolution=t.resolution, anchor=t.anchor,
                              signal=t.signal, role=t.role)
            timex.append(record)
        lines.append(json.dumps({"id": article.id, "timex": timex}, ensure_ascii=False))
    out = "".join(line + "\n" for line in lines)
    if args.output:
        atomic_write_text(args.output, out)
    else:
        sys.stdout.write(out)
    return 0
