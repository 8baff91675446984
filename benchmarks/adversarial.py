"""Hostile input, at growing sizes: does any stage cost more than near-linear?

Each row is one kind of input an attacker (or a broken scraper) can send,
built at a base size and at 2x, 4x and 8x of it, and given to
``generate.py build --formats html --no-cache`` in a fresh process: wall time
(the fastest of ``--repeat`` runs, 2 by default, as the others measure the
machine's other work too) and the peak memory of the process. The growth column is the time ratio of
each doubling; near-linear cost keeps it near 2 (the project's bar is 2.3,
and 1 GB of memory, up to the 200,000-character limit of one article).

- one long clause repeated (``قتل 5 أشخاص أمس الأربعاء في حلب و`` x n), one article;
- a weekday alone repeated (``الأربعاء `` x n), one article;
- a number in words repeated (``ثلاثة آلاف و`` x n), one article;
- n short articles of one day sharing most of their words (the merge).
"""

from __future__ import annotations

import argparse
import json
import sys

from common import ROOT, WORK, machine, measure, save, table

ROWS = {
    "clause": ("قتل 5 أشخاص أمس الأربعاء في حلب و", 25_000),
    "weekday": ("الأربعاء ", 25_000),
    "number": ("ثلاثة آلاف و", 25_000),
}
LIMIT = 199_000


def _one_article(unit: str, chars: int) -> list[dict]:
    text = (unit * (chars // len(unit) + 1))[:chars]
    return [{"id": "hostile", "published": "2016-12-08", "text": text}]


def _same_day(n: int) -> list[dict]:
    places = ["الشعار", "الصاخور", "بستان القصر", "الكلاسة", "المشهد", "السكري", "الفردوس", "الأنصاري"]
    return [{"id": f"s{i}", "published": "2016-12-08", "source": f"وكالة {i % 40}",
             "text": f"قتل {i % 30 + 2} أشخاص أمس الأربعاء في قصف على حي {places[i % len(places)]} "
                     f"في حلب، وقال الدفاع المدني إن فرقه انتشلت {i % 7 + 1} جثث من تحت الأنقاض."}
            for i in range(n)]


def _run(name: str, records: list[dict], repeat: int) -> dict:
    folder = WORK / "adversarial"
    folder.mkdir(parents=True, exist_ok=True)
    src = folder / f"{name}.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    out = folder / f"out-{name}"
    times, peak = [], 0.0
    for _ in range(repeat):
        m = measure([sys.executable, str(ROOT / "generate.py"), "build", str(src), "-o", str(out),
                     "--formats", "html", "--no-cache", "-q"])
        if m.returncode != 0:
            raise SystemExit(f"adversarial {name}: build failed: {m.stderr.strip()[-300:]}")
        times.append(m.seconds)
        peak = max(peak, m.peak_mb)
    # the fastest of the runs: on a shared machine the others measure the neighbours too
    return {"seconds": round(min(times), 3), "runs_s": [round(t, 3) for t in times], "peak_mb": round(peak, 1)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scale", type=float, default=1.0, help="multiply the base sizes (0.1 for a quick check)")
    ap.add_argument("--articles", type=int, default=2000, help="base article count of the same-day row")
    ap.add_argument("--repeat", type=int, default=2, help="runs of each size; the fastest counts (default 2)")
    args = ap.parse_args(argv)
    repeat = max(1, args.repeat)
    rows_out, results = [], {}
    for name, (unit, base) in ROWS.items():
        base = max(200, int(base * args.scale))
        runs = []
        for k in (1, 2, 4, 8):
            chars = min(LIMIT, base * k)
            runs.append({"size": chars, **_run(f"{name}-{chars}", _one_article(unit, chars), repeat)})
        results[name] = _growth(runs)
    base_n = max(20, int(args.articles * args.scale))
    results["same-day"] = _growth([{"size": base_n * k, **_run(f"same-day-{base_n * k}", _same_day(base_n * k), repeat)}
                                   for k in (1, 2, 4, 8)])
    for name, rs in results.items():
        for r in rs["runs"]:
            rows_out.append([name, r["size"], r["seconds"], r["peak_mb"], r.get("growth", "")])
    print(table(["input", "size", "seconds", "peak MB", "growth"], rows_out))
    worst = max(g for rs in results.values() for g in rs["growths"])
    print(f"largest growth per doubling: {worst:.2f} (bar 2.3); peak memory "
          f"{max(r['peak_mb'] for rs in results.values() for r in rs['runs']):.0f} MB (bar 1024)")
    save("adversarial", {"machine": machine(), "rows": results, "largest_growth": worst})
    return 0


def _growth(runs: list[dict]) -> dict:
    growths = []
    for a, b in zip(runs, runs[1:]):
        g = round(b["seconds"] / a["seconds"] * (a["size"] / b["size"]) * 2, 2) if a["seconds"] > 0 else 0.0
        b["growth"] = g
        growths.append(g)
    return {"runs": runs, "growths": growths}


if __name__ == "__main__":
    sys.exit(main())
