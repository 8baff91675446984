"""The PDF step against WeasyPrint alone, on the same HTML.

The project's step (timeline.render.pdf.render_pdf) renders the print
template, then has WeasyPrint lay it out and write it, through the URL
fetcher that serves only the packaged fonts and template assets, and with
the fixed PDF identifier that makes the file reproducible. "WeasyPrint
alone" is ``HTML(string=html, base_url=...).write_pdf()`` on the HTML the
template gave, with WeasyPrint's own fetcher. Runs alternate and the best of
each is kept. Prints a table and writes ``benchmarks/results/pdf.json``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import sys
import time

from common import ROOT, save, synthetic, table

from timeline.merge.build import build_timeline
from timeline.pipeline import extract
from timeline.articles import read_sources
from timeline.readers import ReadOptions
from timeline.render.context import RenderOptions, build_context
from timeline.render.env import DEFAULT_TEMPLATES, make_env
from timeline.render.pdf import pdf_html, render_pdf
from timeline.temporal import Tagger

CREATED = dt.datetime(2026, 1, 1, 12, 0, tzinfo=dt.timezone.utc)


def context_of(path):
    result = read_sources([str(path)], ReadOptions())
    tagger = Tagger()
    timeline = build_timeline([extract(a, tagger) for a in result.articles])
    return build_context(timeline, RenderOptions(generated=CREATED.date()))


def pages(data: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(data)).pages)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--articles", type=int, default=1000, help="size of the larger synthetic briefing")
    args = ap.parse_args(argv)
    from weasyprint import HTML

    env = make_env()
    base_url = (DEFAULT_TEMPLATES / "assets").resolve().as_uri() + "/"
    inputs = {"sample (5 articles)": ROOT / "timeline" / "samples" / "aleppo-2016.jsonl",
              f"synthetic ({args.articles:,} articles)": synthetic(args.articles)}
    rows, out = [], {}
    for name, path in inputs.items():
        b = context_of(path)
        html = pdf_html(b, env, CREATED)

        def project():
            return render_pdf(b, env, CREATED).data

        def alone():
            return HTML(string=html, base_url=base_url).write_pdf()

        alone()   # warm up fonts and caches for both
        best = {"project": float("inf"), "weasyprint": float("inf")}
        sizes = {}
        for _ in range(args.repeats):
            for label, fn in (("project", project), ("weasyprint", alone)):
                start = time.perf_counter()
                data = fn()
                best[label] = min(best[label], time.perf_counter() - start)
                sizes[label] = data
        ratio = best["project"] / best["weasyprint"]
        n_pages = pages(sizes["project"])
        rows.append([name, n_pages, best["weasyprint"], best["project"], ratio])
        out[name] = {"pages": n_pages, "html_kb": len(html.encode()) / 1000,
                     "weasyprint_seconds": best["weasyprint"], "project_seconds": best["project"],
                     "ratio": ratio}
    print(table(["briefing", "pages", "WeasyPrint alone s", "project PDF step s", "ratio"], rows))
    save("pdf", {"repeats": args.repeats, "briefings": out,
                 "worst_ratio": max(v["ratio"] for v in out.values())})
    return 0


if __name__ == "__main__":
    sys.exit(main())
