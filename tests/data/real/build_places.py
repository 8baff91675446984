#!/usr/bin/env python3
"""Build ``places-batchN.jsonl`` from ``places/*.py`` (see placekit.py).

    ../../../.venv/bin/python build_places.py           # writes places-batchN.jsonl
    ../../../.venv/bin/python build_places.py --check   # checks only

Each line: ``{"id", "places": [...], "event_places": [...]}`` as in the shared
``gold/places-*.jsonl``: mentions sorted by start, not overlapping, every
``text == doc[start:end]``; one event place per gold event of the article, with
the same start and end.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import placekit  # noqa: E402
from build_real import run_sources  # noqa: E402


def _find(text: str, ctx: str, occ, what: str) -> tuple[int, int]:
    if ctx.count("[") != 1 or ctx.count("]") != 1 or ctx.index("[") > ctx.index("]"):
        raise SystemExit(f"{what}: context needs one [span]: {ctx!r}")
    left = ctx.index("[")
    plain = ctx.replace("[", "").replace("]", "")
    span_len = ctx.index("]") - left - 1
    hits, at = [], text.find(plain)
    while at >= 0:
        hits.append(at)
        at = text.find(plain, at + 1)
    if not hits:
        raise SystemExit(f"{what}: context not in the text: {ctx!r}")
    if occ is None and len(hits) > 1:
        raise SystemExit(f"{what}: context occurs {len(hits)} times, give occ: {ctx!r}")
    if occ is not None and occ >= len(hits):
        raise SystemExit(f"{what}: occ {occ} but only {len(hits)} occurrences: {ctx!r}")
    start = hits[occ or 0] + left
    return start, start + span_len


def load_sources() -> list[placekit.PlaceArticle]:
    placekit.PLACE_ARTICLES.clear()
    run_sources(HERE / "places", "places_")
    return list(placekit.PLACE_ARTICLES)


def build() -> dict[int, list[dict]]:
    docs = {}
    for batch_file in sorted(HERE.glob("batch*.jsonl")):
        batch = int(batch_file.stem[len("batch"):])
        for line in batch_file.read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
            docs[doc["id"]] = (batch, doc)
    out: dict[int, list[dict]] = {}
    seen = set()
    for art in load_sources():
        if art.id not in docs:
            raise SystemExit(f"{art.id}: no such article in batch*.jsonl")
        if art.id in seen:
            raise SystemExit(f"{art.id}: annotated twice")
        seen.add(art.id)
        batch, doc = docs[art.id]
        text = doc["text"]
        mentions = []
        for p in art.places:
            what = f"{art.id}: {p.ctx!r}"
            if p.kind not in placekit.KINDS:
                raise SystemExit(f"{what}: kind {p.kind!r}")
            if p.role not in (None, "actor"):
                raise SystemExit(f"{what}: role {p.role!r}")
            if not (len(p.country) == 2 and p.country.isupper()):
                raise SystemExit(f"{what}: country {p.country!r}")
            if p.lat is not None and not (-90 <= p.lat <= 90 and -180 <= p.lon <= 180):
                raise SystemExit(f"{what}: point {p.lat}, {p.lon}")
            start, end = _find(text, p.ctx, p.occ, what)
            rec = {"start": start, "end": end, "text": text[start:end], "kind": p.kind,
                   "lat": p.lat, "lon": p.lon, "country": p.country, "geonameid": p.geonameid}
            if p.role:
                rec["role"] = p.role
            mentions.append(rec)
        mentions.sort(key=lambda m: m["start"])
        for a, b in zip(mentions, mentions[1:]):
            if b["start"] < a["end"]:
                raise SystemExit(f"{art.id}: mentions overlap: {a['text']!r} / {b['text']!r}")
        for ctx in art.not_places:
            if ctx.replace("[", "").replace("]", "") not in text:
                raise SystemExit(f"{art.id}: not_places context not in the text: {ctx!r}")
        events = doc["events"]
        given = {ep.event: ep for ep in art.event_places}
        if sorted(given) != list(range(len(events))) or len(given) != len(art.event_places):
            raise SystemExit(f"{art.id}: event_places must name each of its {len(events)} events once")
        eps = []
        for i, ev in enumerate(events):
            ep = given[i]
            place = None
            if ep.text is not None:
                cands = [m for m in mentions if m["text"] == ep.text and "role" not in m]
                if not cands:
                    raise SystemExit(f"{art.id}: event {i}: no non-actor mention {ep.text!r}")
                m = cands[ep.occ or 0]
                place = {k: m[k] for k in ("text", "kind", "lat", "lon", "country", "geonameid")}
            eps.append({"start": ev["start"], "end": ev["end"], "place": place})
        out.setdefault(batch, []).append({"id": art.id, "places": mentions, "event_places": eps})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="check only, write nothing")
    args = ap.parse_args()
    out = build()
    for batch, docs in sorted(out.items()):
        order = [json.loads(l)["id"] for l in (HERE / f"batch{batch}.jsonl").read_text(encoding="utf-8").splitlines()]
        docs.sort(key=lambda d: order.index(d["id"]))
        n = sum(len(d["places"]) for d in docs)
        print(f"batch {batch}: {len(docs)} articles, {n} mentions, "
              f"{sum(len(d['event_places']) for d in docs)} event places")
        if not args.check:
            body = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
            (HERE / f"places-batch{batch}.jsonl").write_text(body, encoding="utf-8")


if __name__ == "__main__":
    main()
