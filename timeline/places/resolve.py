"""Which place a name means (PLACE-SPEC, homonyms), and the rule that chose it.

In order: the only entry; a city when the text calls it a capital (``العاصمة
الأردنية عمان``: ``capital``); a district or area of a city the article names
(``article-places``); the country named in the same sentence
(``nearby-country``); the article's own countries, counted over the names
that have one reading (``article-country``); the outlet's country
(``outlet-country``); the largest (``population``). A name the gazetteer
lacks, found through its classifier, is a mention with no point
(``unknown``), in the country its sentence names when it names one.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter

from timeline.places.gazetteer import Entry, Gazetteer
from timeline.places.recognise import Mention, Words, _Raw, _Tokens

__all__ = ["resolve"]

_SENTENCE_END = re.compile(r"[.!؟?\n]")


def _offset(direction: str, W: Words) -> tuple[float, float]:
    """How a direction phrase (folded) moves a point: north and east, one unit a word."""
    dlat = dlon = 0.0
    for word, (a, b) in W.compass.items():
        if word in direction:
            dlat += a
            dlon += b
    return dlat, dlon


def resolve(text: str, norm, toks: "_Tokens", raws: list[_Raw], gaz: Gazetteer, W: Words, *,
            outlet_country: str | None = None) -> list[Mention]:
    folded = norm.text
    ends = [m.start() for m in _SENTENCE_END.finditer(folded)]
    # the article's countries: names with one reading (countries count twice)
    votes: Counter[str] = Counter()
    by_sentence: dict[int, Counter] = {}
    names_here = set()
    for r in raws:
        names_here.add(r.name)
        countries = {e.country for e in r.candidates}
        if len(countries) == 1 and (r.context or any(e.bare for e in r.candidates)):
            (c,) = countries
            weight = 2 if any(e.kind == "country" for e in r.candidates) else 1
            votes[c] += weight
            by_sentence.setdefault(bisect.bisect_right(ends, r.start), Counter())[c] += weight
    out: list[Mention] = []
    for r in raws:
        m = _one(r, text, norm, gaz, W, votes, by_sentence.get(bisect.bisect_right(ends, r.start), Counter()),
                 names_here, outlet_country)
        if m is not None:
            out.append(m)
    # a name the gazetteer lacks takes the point of the place it is said to be in, named right
    # after it (ملعب إيجو بالدمام، مستشفى الأقصى في دير البلح), else its sentence's country
    fixed = []
    for n, m in enumerate(out):
        nxt = out[n + 1] if n + 1 < len(out) else None
        if m.rule == "unknown" and nxt is not None and nxt.lat is not None and nxt.kind in ("city", "district") \
                and W.within.fullmatch(norm.fold_span(m.end, nxt.start)):
            m = Mention(m.start, m.end, m.text, m.kind, nxt.lat, nxt.lon, nxt.country, None, m.role, "unknown-in",
                        None)
        if m.rule == "unknown" and m.country is None:
            s = bisect.bisect_right(ends, norm.folded_index(m.start))
            near = by_sentence.get(s)
            country = near.most_common(1)[0][0] if near else (votes.most_common(1)[0][0] if votes else None)
            m = Mention(m.start, m.end, m.text, m.kind, None, None, country, None, m.role, m.rule, None)
        fixed.append(m)
    return fixed


def _pick(r: _Raw, cands: list[Entry], votes: Counter, near: Counter, names_here: set[str],
          outlet: str | None) -> tuple[Entry, str]:
    if len({e.key for e in cands}) == 1:
        return cands[0], "only"
    if r.extra.get("capital"):
        cities = [e for e in cands if e.kind == "city"]
        if cities:
            return max(cities, key=lambda e: e.population), "capital"     # العاصمة الأردنية عمان
    inside = [e for e in cands if e.within and e.within in names_here]
    if inside:
        return inside[0], "article-places"
    for counter, rule in ((near, "nearby-country"), (votes, "article-country")):
        ranked = [e for e in cands if counter.get(e.country)]
        if ranked:
            best = max(counter[e.country] for e in ranked)
            top = [e for e in ranked if counter[e.country] == best]
            return max(top, key=lambda e: (e.population, e.kind != "region")), rule
    if outlet:
        hits = [e for e in cands if e.country == outlet]
        if hits:
            return max(hits, key=lambda e: e.population), "outlet-country"
    return max(cands, key=lambda e: (e.population, e.key.startswith("pk:"))), "population"


def _one(r: _Raw, text: str, norm, gaz: Gazetteer, W: Words, votes: Counter, near: Counter,
         names_here: set[str], outlet: str | None) -> Mention | None:
    start, end = norm.span(r.start, r.end)
    span = text[start:end]
    if r.unknown:
        return Mention(start, end, span, r.kind or "city", None, None, None, None, None, "unknown", None)
    cands = list(r.candidates)
    # regions named like their capital are regions only after a classifier (محافظة حلب)
    if r.kind == "region":
        regions = [e for e in cands if e.kind == "region"]
        cands = regions or cands
    else:
        cands = [e for e in cands if e.bare or e.kind != "region"]
        if not cands:
            return None         # الريف الغربي: a region's name that is its capital's or a common noun
        if r.kind in ("district", "site", "city") or r.area_of:
            cands = [e for e in cands if e.kind != "region"] or cands
    if r.kind == "district":
        cands = [e for e in cands if e.kind == "district"] or cands
    # a small place, or an everyday word, needs "where" around it
    if not r.context:
        if r.name in W.everyday:
            return None
        # a district or camp of a city the article names (الشعار in a report on Aleppo)
        if not any(e.bare or (e.within and e.within in names_here) for e in cands):
            return None
    entry, rule = _pick(r, cands, votes, near, names_here, outlet)
    if r.classifier and rule == "only":
        rule = "classifier"
    kind = entry.kind
    lat, lon = entry.lat, entry.lon
    key, gid = entry.key, entry.geonameid
    if r.kind and r.kind != kind:
        if r.kind in ("region", "site", "district") or (r.kind == "area" and r.area_of is None):
            kind, gid, key = r.kind, None, f"{entry.key}>{r.kind}"
    if r.area_of:
        kind = "area"
        key, gid = f"{entry.key}>{r.area_of}:{r.direction}", None
        if entry.kind != "area" and lat is not None:
            scale = W.shift.get("countryside" if r.area_of == "countryside" else entry.kind, W.shift.get("city", 0.03))
            if r.area_of == "parts":
                scale = W.shift.get("city", 0.03)
            dlat, dlon = _offset(r.direction, W)
            lat, lon = round(lat + dlat * scale, 5), round(lon + dlon * scale, 5)
    role = None
    if r.actor and (entry.kind == "country" or entry.name in W.seats or gaz.fold(entry.name) in W.seats
                    or (entry.kind == "city" and entry.population >= 500_000)) and not r.area_of:
        role = "actor"
    return Mention(start, end, span, kind, lat, lon, entry.country, gid, role, rule, key)
