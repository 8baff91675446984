"""Extraction throughput on the gold documents, all in one run:

- the project's tagger (every temporal expression, resolved to its value);
- the project's whole extraction (the tagger, then sentences placed on days);
- dateparser's ``search_dates`` (languages=['ar'], RELATIVE_BASE = the
  publication date), the obvious approach;
- two bare compiled-regex passes over the same texts, which only find the
  words of the temporal lexicon (every spelling of every word class the
  grammar uses, and digit runs) and resolve nothing: one plain alternation of
  the spellings, longest first, as anyone would write it; and the same
  spellings compiled as a trie (one test per character), the fastest form we
  know for Python's regex engine.

Every repetition moves each document's publication date by a few days, so
no side can answer from a cache filled by the previous repetition. Prints a
table and writes ``benchmarks/results/tagger.json``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import time

from common import ROOT, save, table
from dateparser.search import search_dates

from timeline.evaluation import load_gold
from timeline.model import Article
from timeline.pipeline import extract
from timeline.temporal import Tagger
from timeline.lang import default_pack
from timeline.text.words import trie_regex, word_regex

GOLD_SETS = [
    ROOT.parent / "shared" / "gold" / "aleppo-2016.jsonl",
    *sorted((ROOT / "tests" / "data").glob("heldout*/*.jsonl")),
]


def documents():
    docs = []
    for path in GOLD_SETS:
        if path.exists():
            docs.extend(load_gold(path))
    return docs


def run_tagger(docs, shift):
    tagger = Tagger()
    found = 0
    for d in docs:
        dct = dt.date.fromisoformat(d.published) + dt.timedelta(days=shift)
        found += len(tagger.tag(d.text, dct))
    return found


def run_extract(docs, shift):
    tagger = Tagger()
    found = 0
    for d in docs:
        day = dt.date.fromisoformat(d.published) + dt.timedelta(days=shift)
        found += len(extract(Article(d.id, day.isoformat(), d.text), tagger).events)
    return found


def lexicon_spellings() -> list[str]:
    """Every folded spelling of every word class the grammar's rules are made of."""
    pack = default_pack()
    forms = set()
    for placeholder in pack.placeholder_classes:
        forms.update(pack.first_words(placeholder))
    return sorted(forms, key=lambda f: (-len(f), f))


def bare_regexes() -> dict[str, re.Pattern[str]]:
    forms = lexicon_spellings()
    plain = "|".join(word_regex(f) for f in forms)
    return {
        "regex, plain": re.compile(r"(?<!\w)(?:" + plain + r")(?!\w)|\d+"),
        "regex, trie": re.compile(r"(?<!\w)(?:" + trie_regex(forms) + r")(?!\w)|\d+"),
    }


def run_regex(pattern):
    def run(docs, shift):
        return sum(sum(1 for _ in pattern.finditer(d.text)) for d in docs)
    return run


def run_search_dates(docs, shift):
    found = 0
    for d in docs:
        base = dt.datetime.fromisoformat(d.published) + dt.timedelta(days=shift)
        result = search_dates(d.text, languages=["ar"], settings={"RELATIVE_BASE": base})
        found += len(result or ())
    return found


def recall(docs, spans_of):
    """Share of gold DATE/TIME expressions overlapped by something found."""
    hit = total = 0
    for d in docs:
        spans = spans_of(d)
        for g in d.timex:
            if g["type"] not in ("DATE", "TIME"):
                continue
            total += 1
            hit += any(s < g["end"] and g["start"] < e for s, e in spans)
    return hit / total if total else 0.0


def tagger_spans(d):
    return [(t.start, t.end) for t in Tagger().tag(d.text, d.published)]


def search_spans(d):
    spans, pos = [], 0
    for text, _ in search_dates(d.text, languages=["ar"],
                                settings={"RELATIVE_BASE": dt.datetime.fromisoformat(d.published)}) or ():
        i = d.text.find(text, pos)
        if i < 0:
            i = d.text.find(text)
        if i >= 0:
            spans.append((i, i + len(text)))
            pos = i + len(text)
    return spans


def timed(fn, docs, repeats):
    best = float("inf")
    found = 0
    for r in range(repeats):
        start = time.perf_counter()
        found = fn(docs, shift=r + 1)
        best = min(best, time.perf_counter() - start)
    return best, found


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--limit", type=int, help="only the first N documents (a quick check)")
    args = ap.parse_args(argv)
    docs = documents()[:args.limit]
    size_mb = sum(len(d.text.encode("utf-8")) for d in docs) / 1e6
    methods = {"tagger": run_tagger, "extract (tags + events)": run_extract,
               "search_dates": run_search_dates}
    methods.update({name: run_regex(p) for name, p in bare_regexes().items()})
    for fn in methods.values():     # warm up (grammar compilation, dateparser's languages)
        fn(docs[:1], 0)
    rows = {}
    for name, fn in methods.items():
        seconds, found = timed(fn, docs, args.repeats)
        rows[name] = {"seconds": seconds, "found": found, "articles_per_s": len(docs) / seconds,
                      "mb_per_s": size_mb / seconds}
    rows["tagger"]["recall"] = recall(docs, tagger_spans)
    rows["search_dates"]["recall"] = recall(docs, search_spans)
    tagger = rows["tagger"]["articles_per_s"]
    ratios = {
        "tagger / search_dates": tagger / rows["search_dates"]["articles_per_s"],
        "extract / search_dates": rows["extract (tags + events)"]["articles_per_s"]
        / rows["search_dates"]["articles_per_s"],
        "tagger / regex, plain": tagger / rows["regex, plain"]["articles_per_s"],
        "tagger / regex, trie": tagger / rows["regex, trie"]["articles_per_s"],
    }
    print(f"{len(docs)} articles, {size_mb:.3f} MB, best of {args.repeats}; "
          f"{len(lexicon_spellings())} lexicon spellings in the bare regexes")
    print(table(["method", "articles/s", "MB/s", "found", "gold recall"],
                [[name, r["articles_per_s"], r["mb_per_s"], r["found"],
                  f"{r['recall']:.3f}" if "recall" in r else ""] for name, r in rows.items()]))
    for name, value in ratios.items():
        print(f"{name}: {value:.2f}x")
    save("tagger", {"articles": len(docs), "mb": size_mb, "repeats": args.repeats,
                    "ratios": ratios, "methods": rows})
    return 0


if __name__ == "__main__":
    sys.exit(main())
