#!/usr/bin/env python3
"""Build ``cases.jsonl`` (gold form) from ``cases.py``.

Every offset is computed from the context strings; relative values are
computed from the DCT by rules (``build_real.compute`` plus the two rules
below); the build refuses on any inconsistency:

- a context missing or not unique in the text, an empty or padded span,
  overlapping expressions;
- a malformed type, value, mod or alt;
- dateparser's input (or, for a paragraph input, the strings it returns) not
  occurring verbatim in the sentence, or a string
  dateparser returns not found;
- a weekday the text names that is in no expression, or that disagrees with
  the day of the expression it stands in;
- a value that differs from dateparser's (recomputed at our DCT) without a
  ``departure`` saying why, or a ``departure`` on a case where none differs
  (unless it explains a refinement of the same day);
- a duplicate id.

Extra rules (beside d0, d-N, wd..., @DATE+N, hij:..., hijm:... of build_real):

    hij30:1433-2        the 30th of a Hijri month: Umm al-Qura's 30th when the
                        month has one, else the day after its 29th
    ago:hours=2,...     the DCT date-time minus a relativedelta, as YYYY-MM-DDTHH:MM
                        (needs a DCT with a time)

Usage:  python build_cases.py [--report]
"""

from __future__ import annotations

import collections
import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "real"))

from build_real import (CANDIDATE_RE, MODS, TYPES, WEEKDAY_OF, WEEKDAY_RE,  # noqa: E402
                        BuildError, compute, hijri_day, locate, valid)
from dateutil.relativedelta import relativedelta  # noqa: E402

import cases as case_data  # noqa: E402

OUT = HERE / "cases.jsonl"
KINDS = {"value", "search-string", "translation", "tokens", "detection", "applicable", "not-applicable"}
ISO_DURATION = re.compile(r"P(?=\d|T)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?")


def parse_dct(published: str) -> tuple[dt.date, dt.datetime | None]:
    if "T" in published:
        t = dt.datetime.fromisoformat(published)
        return t.date(), t
    return dt.date.fromisoformat(published), None


def value_of(rule: str, day: dt.date, moment: dt.datetime | None) -> str:
    if m := re.fullmatch(r"hij30:(\d+)-(\d+)", rule):
        y, mo = int(m.group(1)), int(m.group(2))
        try:
            return hijri_day(y, mo, 30).isoformat()
        except ValueError:
            return (hijri_day(y, mo, 29) + dt.timedelta(days=1)).isoformat()
    if m := re.fullmatch(r"ago:(.+)", rule):
        if moment is None:
            raise BuildError(f"{rule}: needs a DCT with a time")
        kw = {k: int(v) for k, v in (p.split("=") for p in m.group(1).split(","))}
        return (moment - relativedelta(**kw)).strftime("%Y-%m-%dT%H:%M")
    return compute(rule, day)


def valid_value(type_: str, value: str) -> bool:
    if type_ == "DURATION" and ISO_DURATION.fullmatch(value):
        return True
    return valid(type_, value)


def build_case(c) -> tuple[dict, list[str], list[str]]:
    errors, departures = [], []
    text = c.text
    if c.dp_kind not in KINDS:
        errors.append(f"bad dp_kind {c.dp_kind!r}")
    for v in c.verbatim or (c.dp_input,):
        if v not in text:
            errors.append(f"dateparser string {v!r} not verbatim in the text")
    try:
        day, moment = parse_dct(c.published)
    except ValueError:
        return {}, [f"bad published {c.published!r}"], []

    timex = []
    for t in c.timex:
        try:
            s, e = locate(text, t.ctx, None, "timex")
            span = text[s:e]
            if span != span.strip():
                raise BuildError(f"{t.ctx!r}: span has outer spaces")
            if t.type not in TYPES:
                raise BuildError(f"{t.ctx!r}: bad type {t.type}")
            value = value_of(t.value, day, moment)
            if not valid_value(t.type, value):
                raise BuildError(f"{t.ctx!r}: bad {t.type} value {value!r}")
            if t.mod and t.mod not in MODS:
                raise BuildError(f"{t.ctx!r}: bad mod {t.mod}")
            rec = {"start": s, "end": e, "text": span, "type": t.type, "value": value}
            if t.mod:
                rec["mod"] = t.mod
            alt = [value_of(a, day, moment) for a in t.alt]
            for a in alt:
                if not valid_value(t.type, a):
                    raise BuildError(f"{t.ctx!r}: bad alt {a!r}")
            alt = [a for a in dict.fromkeys(alt) if a != value]
            if alt:
                rec["alt"] = alt
            timex.append(rec)
        except BuildError as ex:
            errors.append(str(ex))
    timex.sort(key=lambda r: r["start"])
    for a, b in zip(timex, timex[1:]):
        if b["start"] < a["end"]:
            errors.append(f"timex overlap {a['text']!r} / {b['text']!r}")

    # every weekday named: inside an expression whose day agrees
    excluded = []
    for ctx in c.not_time:
        try:
            excluded.append(locate(text, ctx, None, "not_time"))
        except BuildError as ex:
            errors.append(str(ex))
    for m in WEEKDAY_RE.finditer(text):
        ws, we = m.start(1), m.end(1)
        inside = [r for r in timex if r["start"] <= ws and we <= r["end"]]
        if inside:
            r = inside[0]
            if not re.match(r"\d{4}-\d{2}-\d{2}", r["value"]):
                errors.append(f"weekday {m.group()!r} in {r['text']!r} whose value {r['value']} has no day")
                continue
            d = dt.date.fromisoformat(r["value"][:10])
            if d.weekday() != WEEKDAY_OF[m.group(1)]:
                errors.append(f"weekday {m.group()!r} in {r['text']!r} but {r['value']} is a {d:%A}")
        elif not any(s <= ws and we <= e for s, e in excluded):
            errors.append(f"weekday {m.group()!r} in no expression")

    # dateparser's results, recomputed at our DCT, against ours
    if c.dp_kind == "value" and not c.dp_results:
        errors.append("a value test needs dp_results")
    if c.dp_kind != "value" and c.dp_results:
        errors.append("dp_results given for a test with no date value")
    differs = False
    for dp_text, dp_rule in c.dp_results:
        at = text.find(dp_text)
        if at < 0:
            errors.append(f"dateparser result {dp_text!r} not in the text")
            continue
        hit = [r for r in timex if r["start"] < at + len(dp_text) and at < r["end"]]
        dp_value = value_of(dp_rule, day, moment)
        if not hit:
            errors.append(f"dateparser result {dp_text!r} overlaps no expression")
            continue
        ours = hit[0]
        if ours["value"] != dp_value:
            differs = True
            departures.append(f"{c.id}: {dp_text!r} dateparser {dp_value} / ours {ours['type']} {ours['value']}")
    if differs and not c.departure:
        errors.append("value differs from dateparser's but no departure is given")
    if c.dp_kind == "value" and c.departure and not differs:
        errors.append("departure given but the values agree")
    if c.dp_kind != "value" and c.departure:
        departures.append(f"{c.id}: reading differs from dateparser's translation {c.dp_expected}")

    record = {
        "id": c.id,
        "published": c.published,
        "text": text,
        "timex": timex,
        "events": [],
        "source": {
            "repo": case_data.REPO,
            "file": c.file,
            "test": c.test,
            "input": c.dp_input,
            "expected": c.dp_expected,
            "settings": c.dp_settings,
            "kind": c.dp_kind,
            "reading": c.reading,
            "departure": c.departure,
            "note": c.note or None,
        },
    }
    return record, errors, departures


def main(argv: list[str]) -> int:
    records, errors, departures = [], [], []
    seen = set()
    for c in case_data.CASES:
        if c.id in seen:
            errors.append(f"{c.id}: duplicate id")
        seen.add(c.id)
        rec, errs, deps = build_case(c)
        errors += [f"{c.id}: {e}" for e in errs]
        departures += deps
        if rec:
            records.append(rec)
    for e in errors:
        print("error:", e, file=sys.stderr)
    if errors:
        return 1
    with OUT.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    per_file = collections.Counter(r["source"]["file"] for r in records)
    per_test = collections.Counter((r["source"]["file"], r["source"]["test"]) for r in records)
    types = collections.Counter(t["type"] for r in records for t in r["timex"])
    print(f"wrote {OUT.name}: {len(records)} cases, {sum(len(r['timex']) for r in records)} timex {dict(types)}")
    for f, n in sorted(per_file.items()):
        print(f"  {f}: {n}")
    for (f, t), n in sorted(per_test.items()):
        print(f"    {t}: {n}")
    print("departures from dateparser:")
    for d in departures:
        print("  " + d)
    if "--report" in argv:
        for r in records:
            print(f"== {r['id']} {r['published']} {r['text']}")
            for t in r["timex"]:
                extra = "".join(f" {k}={t[k]}" for k in ("mod", "alt") if k in t)
                print(f"   T {t['text']!r} {t['type']} {t['value']}{extra}")
            covered = [(t["start"], t["end"]) for t in r["timex"]]
            for m in CANDIDATE_RE.finditer(r["text"]):
                if not any(s <= m.start() < e for s, e in covered):
                    print(f"   - untagged: {m.group()!r} …{r['text'][max(0, m.start() - 12):m.end() + 12]}…")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
