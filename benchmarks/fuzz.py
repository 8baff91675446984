"""Hostile bytes into every reader (hypothesis): no traceback, no hang.

Each example is a file of one of the readers' extensions holding bytes that
hypothesis draws: random bytes, and random bytes spliced into a valid file of
that format (so the parsers get past their first check). Every example is
read with ``read_sources``, which must return articles and problems and never
raise; an example that takes more than ``--hang`` seconds counts as a hang.
The last ``--cli`` examples go through ``generate.py tag`` as well, whose exit
must be 0 (something read) or 1 (nothing usable, one line), never a traceback.
"""

from __future__ import annotations

import argparse
import json
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, machine, save, table
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.articles import read_sources
from timeline.readers import ReadOptions

AR = "قتل خمسة مدنيين أمس الثلاثاء في قصف على حي الشعار شرق المدينة، وفق الدفاع المدني."
VALID = {
    ".txt": ("حلب - 13 ديسمبر 2016 - " + AR).encode("utf-8"),
    ".md": ("---\nid: n1\npublished: 2016-12-05\ntitle: قصف\n---\n" + AR + "\n").encode("utf-8"),
    ".jsonl": (json.dumps({"id": "a", "published": "2016-12-05", "text": AR}, ensure_ascii=False) + "\n").encode(),
    ".json": json.dumps([{"id": "a", "published": "2016-12-05", "text": AR}], ensure_ascii=False).encode(),
    ".csv": ("id,published,text\na,2016-12-05," + AR + "\n").encode("utf-8"),
    ".tsv": ("id\tpublished\ttext\na\t2016-12-05\t" + AR + "\n").encode("utf-8"),
    ".html": ("<html><head><meta property='article:published_time' content='2016-12-05'></head><body>"
              "<article><p>" + AR + "</p><p>" + AR + "</p></article></body></html>").encode("utf-8"),
    ".xml": ("<?xml version='1.0'?><rss version='2.0'><channel><title>t</title><item><title>x</title>"
             "<pubDate>Mon, 05 Dec 2016 10:00:00 GMT</pubDate><description>" + AR +
             "</description></item></channel></rss>").encode("utf-8"),
}
EXTENSIONS = sorted(VALID)


class Hang(Exception):
    pass


def _alarm(signum, frame):
    raise Hang()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--examples", type=int, default=10_000)
    ap.add_argument("--hang", type=float, default=10.0, help="seconds after which an example is a hang")
    ap.add_argument("--cli", type=int, default=50, help="examples also run through generate.py tag")
    args = ap.parse_args(argv)
    counts = {"examples": 0, "articles": 0, "problems": 0, "tracebacks": 0, "hangs": 0, "slowest_s": 0.0}
    failures: list[str] = []
    saved: list[tuple[str, bytes]] = []
    work = Path(tempfile.mkdtemp(prefix="timeline-fuzz-"))
    signal.signal(signal.SIGALRM, _alarm)

    @settings(max_examples=args.examples, deadline=None, database=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    @given(ext=st.sampled_from(EXTENSIONS), noise=st.binary(max_size=600), at=st.integers(0, 10_000),
           cut=st.integers(0, 200), mode=st.sampled_from(["splice", "replace", "raw", "truncate"]))
    def one(ext, noise, at, cut, mode):
        base = VALID[ext]
        at %= len(base) + 1
        data = {"splice": base[:at] + noise + base[at:], "replace": base[:at] + noise + base[at + cut:],
                "raw": noise, "truncate": base[:at]}[mode]
        f = work / f"x{counts['examples'] % 50}{ext}"
        f.write_bytes(data)
        counts["examples"] += 1
        start = time.perf_counter()
        signal.setitimer(signal.ITIMER_REAL, args.hang)
        try:
            result = read_sources([str(f)], ReadOptions(published="2016-12-05"))
            counts["articles"] += len(result.articles)
            counts["problems"] += len(result.problems)
        except Hang:
            counts["hangs"] += 1
            failures.append(f"hang: {ext} {data[:80]!r}")
        except Exception as exc:   # noqa: BLE001 - what the fuzz is looking for
            counts["tracebacks"] += 1
            failures.append(f"{type(exc).__name__}: {exc} -- {ext} {data[:80]!r}")
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        counts["slowest_s"] = max(counts["slowest_s"], round(time.perf_counter() - start, 3))
        if len(saved) < args.cli:
            saved.append((ext, data))

    t0 = time.perf_counter()
    one()
    seconds = time.perf_counter() - t0
    cli = {"runs": 0, "bad_exits": 0}
    for i, (ext, data) in enumerate(saved):
        f = work / f"cli{i}{ext}"
        f.write_bytes(data)
        p = subprocess.run([sys.executable, str(ROOT / "generate.py"), "tag", str(f), "--published", "2016-12-05"],
                           capture_output=True, text=True, timeout=120, cwd=ROOT)
        cli["runs"] += 1
        if p.returncode not in (0, 1) or "Traceback" in p.stderr:
            cli["bad_exits"] += 1
            failures.append(f"cli exit {p.returncode}: {ext} {p.stderr.strip()[-200:]}")
    print(table(["examples", "articles", "problems", "tracebacks", "hangs", "slowest s", "cli runs", "cli bad"],
                [[counts["examples"], counts["articles"], counts["problems"], counts["tracebacks"], counts["hangs"],
                  counts["slowest_s"], cli["runs"], cli["bad_exits"]]]))
    for line in failures[:20]:
        print(line)
    save("fuzz", {"machine": machine(), "counts": counts, "cli": cli, "seconds": round(seconds, 1),
                  "failures": failures[:50]})
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
