"""Wire copies: an archive in which every story is carried by many outlets builds
about as fast as one of distinct articles, and each story is one entry.

Two parts, each build in a fresh process with ``--no-cache``:

1. **Carried stories** (``--articles``, ``--outlets``): ``articles / outlets``
   distinct synthetic articles (timeline.samples.synthetic, a story a day),
   each published the same day by ``outlets`` outlets under their own ids:
   three in four word for word, one in four with the outlet's own credit
   line before the text (so its text differs and is read again). Against it,
   the same number of distinct synthetic articles. Both are built to HTML
   with the default jobs; the ratio of the two times is the figure. The
   carried build's ``timeline.json`` is checked: every entry that holds one
   outlet's copy of a story holds every outlet's.
2. **The sample republished** (``--rows``): the five sample articles under N
   ids each (the table of issue 16), ``build --formats md -j 1`` against
   ``extract -j 1`` of the same file.

Prints both tables and writes ``benchmarks/results/duplicates.json``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from collections import defaultdict

from common import ROOT, WORK, measure, save, table

SAMPLE = ROOT / "timeline" / "samples" / "aleppo-2016.jsonl"
GENERATE = str(ROOT / "generate.py")


def carried(n: int, outlets: int, seed: int = 0):
    """``n`` articles: ``n // outlets`` stories, each under ``outlets`` ids (made once)."""
    from timeline.samples.synthetic import synthetic_articles

    WORK.mkdir(parents=True, exist_ok=True)
    path = WORK / f"carried-{n}-{outlets}-{seed}.jsonl"
    if not path.exists():
        tmp = path.with_suffix(".part")
        with open(tmp, "w", encoding="utf-8") as fh:
            for story in synthetic_articles(n // outlets, seed, per_day=1):
                for k in range(outlets):
                    text = story["text"] if k % 4 else f"منفذ {k} - {story['text']}"
                    copy = {**story, "id": f"{story['id']}~{k:03d}", "source": f"منفذ {k}", "text": text}
                    fh.write(json.dumps(copy, ensure_ascii=False) + "\n")
        tmp.replace(path)
    return path


def distinct(n: int, seed: int = 0):
    from timeline.samples.synthetic import write_jsonl

    WORK.mkdir(parents=True, exist_ok=True)
    path = WORK / f"distinct-{n}-{seed}.jsonl"
    if not path.exists():
        write_jsonl(path.with_suffix(".part"), n, seed).replace(path)
    return path


def republished(n: int):
    """The five sample articles, each under ``n // 5`` ids and outlets."""
    WORK.mkdir(parents=True, exist_ok=True)
    path = WORK / f"republished-{n}.jsonl"
    if not path.exists():
        docs = [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines() if line.strip()]
        with open(path.with_suffix(".part"), "w", encoding="utf-8") as fh:
            for k in range(n // len(docs)):
                for d in docs:
                    fh.write(json.dumps({**d, "id": f"{d['id']}~{k:04d}", "source": f"منفذ {k}"},
                                        ensure_ascii=False) + "\n")
        path.with_suffix(".part").replace(path)
    return path


def run(cmd: list[str], what: str):
    m = measure(cmd)
    if m.returncode != 0:
        raise SystemExit(f"{what} failed: {m.stderr.strip()[-2000:]}")
    return m


def build(source, out, *args: str):
    shutil.rmtree(out, ignore_errors=True)
    return run([sys.executable, GENERATE, "build", str(source), "-o", str(out), "--no-cache", "-q", *args],
               f"build of {source}")


def one_entry_per_story(timeline_json) -> dict:
    """Entries that hold some copies of a story but not all (should be none), and the
    number of stories with every copy in one entry."""
    doc = json.loads(timeline_json.read_text(encoding="utf-8"))
    copies_of: dict[str, set[str]] = defaultdict(set)
    for a in doc["articles"]:
        copies_of[a["id"].rsplit("~", 1)[0]].add(a["id"])
    split, whole, entries, listed = 0, set(), 0, 0
    for day in doc["days"]:
        for e in day["entries"]:
            entries += 1
            ids = {s["doc"] for s in e["sources"]} | {c["doc"] for c in e.get("copies", ())}
            listed = max(listed, len(ids))
            for story in {i.rsplit("~", 1)[0] for i in ids}:
                if ids >= copies_of[story]:
                    whole.add(story)
                else:
                    split += 1
    return {"entries": entries, "stories_whole": len(whole), "stories": len(copies_of),
            "entries_with_part_of_a_story": split, "most_outlets_in_an_entry": listed}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10000)
    ap.add_argument("--outlets", type=int, default=200)
    ap.add_argument("--rows", default="2000,4000", help="sample republished under this many ids (comma-separated)")
    args = ap.parse_args(argv)
    out = WORK / "duplicates-out"
    build(SAMPLE, out, "--formats", "md")       # warm-up: a fresh checkout compiles its modules on the first run

    wire = carried(args.articles, args.outlets)
    plain = distinct(args.articles)
    m_plain = build(plain, out, "--formats", "html")
    m_wire = build(wire, out, "--formats", "html,json")
    check = one_entry_per_story(out / "timeline.json")
    ratio = m_wire.seconds / m_plain.seconds
    part1 = {"articles": args.articles, "outlets": args.outlets, "distinct_seconds": m_plain.seconds,
             "carried_seconds": m_wire.seconds, "carried_over_distinct": ratio,
             "distinct_peak_mb": m_plain.peak_mb, "carried_peak_mb": m_wire.peak_mb,
             "distinct_summary": m_plain.stdout.strip(), "carried_summary": m_wire.stdout.strip(), **check}
    print(f"{args.articles:,} articles, each story carried by {args.outlets} outlets, against as many distinct "
          "articles (build to HTML, default jobs):")
    print(table(["archive", "build s", "peak MB"],
                [["distinct", m_plain.seconds, m_plain.peak_mb], ["carried", m_wire.seconds, m_wire.peak_mb]]))
    print(f"carried / distinct: {ratio:.2f}; {check['stories_whole']} of {check['stories']} stories with every "
          f"outlet in one entry, {check['entries_with_part_of_a_story']} entries with part of a story")

    rows, part2 = [], []
    for n in [int(x) for x in args.rows.split(",") if x]:
        source = republished(n)
        b = build(source, out, "--formats", "md", "-j", "1")
        e = run([sys.executable, GENERATE, "extract", str(source), "-o", str(WORK / "duplicates-extract.jsonl"),
                 "-j", "1"], f"extract of {source}")
        part2.append({"articles": n, "build_seconds": b.seconds, "extract_seconds": e.seconds,
                      "build_over_extract": b.seconds / e.seconds, "summary": b.stdout.strip()})
        rows.append([f"{n:,}", b.seconds, e.seconds, b.seconds / e.seconds])
    print("\nthe five sample articles republished under N ids (build --formats md -j 1, extract -j 1):")
    print(table(["articles", "build s", "extract s", "build / extract"], rows))
    shutil.rmtree(out, ignore_errors=True)
    path = save("duplicates", {"carried": part1, "republished": part2})
    print(f"\nwritten {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
