#!/usr/bin/env python3
"""Build the real-news gold files ``batchN.jsonl`` from the article files in ``src/``.

Each article file (see ``goldkit.py``) gives a real text, where it comes from,
and its annotation as context strings. This script computes every offset,
computes relative values from the publication date, and refuses the build on
any inconsistency:

- a context that is missing or not unique (give ``occ``);
- overlapping expressions or events, or a malformed value, mod or date;
- a weekday the text names that disagrees with the value of the expression
  it stands in (unless the annotator marked the disagreement), or that stands
  in no expression and is not listed in ``not_time``;
- a duplicate id or URL.

Value rules (``|SUFFIX`` appends a TIME part: ``d-1|TEV``, ``d0|T14:30``):

    d0, d+N, d-N          the publication date plus or minus N days
    wd<=Mon  wd<Mon       the nearest Monday on or before / strictly before it
    wd>=Mon  wd>Mon       on or after / strictly after
    wk+N, wk+NWE          the ISO week N weeks from it (WE: its weekend)
    mo+N, yr+N            the month / year N from it
    @2016-12-03+N         a given date plus N days
    hij:1438-3-15         a Hijri date (Umm al-Qura) as its Gregorian day
    hij:1438-3-15:Sun     the day among Umm al-Qura and a day either side that is a Sunday
    hijm:1438-9           a Hijri month: the Gregorian month of its 15th
                          (the month of its 1st is added to alt when it differs)

Usage:  python3 build_real.py [--check] [--report [ID...]] [--stats] [--sources]
"""

from __future__ import annotations

import collections
import datetime as dt
import importlib.util
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import goldkit  # noqa: E402

WD = {"Mon": 0, "Tue": 1, "Wed": 2, "Thu": 3, "Fri": 4, "Sat": 5, "Sun": 6}
TYPES = {"DATE", "TIME", "DURATION", "SET"}
MODS = {"START", "MID", "END", "APPROX", "MORE_THAN", "LESS_THAN", "EQUAL_OR_MORE", "EQUAL_OR_LESS"}
REGIONS = {"levant", "palestine", "iraq", "egypt", "gulf", "yemen", "sudan", "libya", "maghreb", "pan-arab", "wire"}

DATE_RE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}(-WE)?|\d{4}-Q[1-4]|\d{4}-(SP|SU|FA|WI)"
                     r"|PAST_REF|PRESENT_REF|FUTURE_REF")
TIME_RE = re.compile(r"(\d{4}-\d{2}-\d{2}|XXXX-XX-XX)T(\d{2}:\d{2}|MO|AF|EV|NI)([+-]\d{2}:\d{2}|Z)?")
DURATION_RE = re.compile(r"P(\d+|X)(Y|M|W|D)|PT(\d+|X)(H|M|S)|P(\d+|X)Y(\d+)M")
SET_RE = re.compile(r"XXXX-WXX-[1-7](T(MO|AF|EV|NI|\d{2}:\d{2}))?|P1D|P1W|P1M|P1Y|XXXX-XX-XXT(MO|AF|EV|NI|\d{2}:\d{2})"
                    r"|XXXX-\d{2}(-\d{2})?")
EVENT_DATE_RE = re.compile(r"\d{4}-\d{2}(-\d{2})?|\d{4}")

# A weekday word as the text writes it: optional conjunction or preposition,
# the article, the name (with the spellings news uses).
WEEKDAY_RE = re.compile(
    r"(?<![\w\u0640])(?:[وفبل]?ال|لل)"
    r"(أحد|احد|إثنين|اثنين|أثنين|ثلاثاء|ثلاثا|أربعاء|اربعاء|إربعاء|خميس|جمعة|جمعه|سبت)(?![\w\u0640])")
WEEKDAY_OF = {"أحد": 6, "احد": 6, "إثنين": 0, "اثنين": 0, "أثنين": 0, "ثلاثاء": 1, "ثلاثا": 1,
              "أربعاء": 2, "اربعاء": 2, "إربعاء": 2, "خميس": 3, "جمعة": 4, "جمعه": 4, "سبت": 5}

# Words a tagger may fire on: --report lists each occurrence no expression covers.
CANDIDATE_RE = re.compile(
    r"اليوم|أمس|الأمس|امس|البارحة|غد|الليلة|ليلة|الساعة|الساعه|ساعة|ساعات|دقيقة|دقائق|"
    r"يناير|فبراير|مارس|أبريل|ابريل|إبريل|مايو|ماي|يونيو|يونيه|يوليو|يوليه|يوليوز|أغسطس|اغسطس|غشت|"
    r"سبتمبر|شتنبر|أكتوبر|اكتوبر|نوفمبر|نونبر|ديسمبر|دجنبر|جانفي|فيفري|أفريل|جوان|جويلية|أوت|"
    r"كانون|شباط|آذار|اذار|نيسان|أيار|ايار|حزيران|تموز|آب|أيلول|ايلول|تشرين|"
    r"محرم|صفر|ربيع|جمادى|رجب|شعبان|رمضان|شوال|القعدة|الحجة|هـ|"
    r"عيد|عام|سنة|سنوات|أعوام|أسبوع|اسبوع|أسابيع|شهر|أشهر|شهور|يوم|أيام|يوما|"
    r"مؤخرا|حاليا|الآن|لاحقا|قريبا|مستقبلا|سابق|سابقا|الماضي|المقبل|القادم|الجاري|الحالي|"
    r"صباح|مساء|فجر|ظهر|عصر|مغرب|العشاء|ليل|منتصف|مطلع|أواخر|أوائل|بداية|نهاية|"
    r"الموافق|المصادف|"
    r"[0-9\u0660-\u0669\u06F0-\u06F9]+")


class BuildError(Exception):
    pass


def run_sources(folder: Path, prefix: str) -> None:
    """Run every annotation file of ``folder`` (each registers its articles with its kit)."""
    for path in sorted(folder.glob("*.py")):
        spec = importlib.util.spec_from_file_location(f"{prefix}{path.stem}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)


def load_articles() -> list[goldkit.Article]:
    goldkit.ARTICLES.clear()
    run_sources(HERE / "src", "real_src_")
    return list(goldkit.ARTICLES)


def find(text: str, s: str, occ, what: str) -> int:
    starts = [m.start() for m in re.finditer(re.escape(s), text)]
    if not starts:
        raise BuildError(f"{what} {s!r} not found")
    if occ is None:
        if len(starts) != 1:
            raise BuildError(f"{what} {s!r} found {len(starts)} times; give occ")
        return starts[0]
    if occ >= len(starts):
        raise BuildError(f"{what} {s!r}: occ={occ} but found {len(starts)} times")
    return starts[occ]


def locate(text: str, ctx: str, occ, what: str) -> tuple[int, int]:
    m = re.fullmatch(r"(.*?)\[(.*)\](.*)", ctx, flags=re.S)
    if not m:
        raise BuildError(f"{what} {ctx!r}: no [span] marked")
    pre, span, post = m.groups()
    at = find(text, pre + span + post, occ, what) + len(pre)
    if not span:
        raise BuildError(f"{what} {ctx!r}: empty span")
    return at, at + len(span)


def iso_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def add_months(d: dt.date, n: int) -> tuple[int, int]:
    m = d.year * 12 + d.month - 1 + n
    return m // 12, m % 12 + 1


def hijri_day(y: int, m: int, d: int) -> dt.date:
    from hijridate import Hijri
    return Hijri(y, m, d).to_gregorian()


def compute(value: str, dct: dt.date) -> str:
    """A literal value, or the value of a rule."""
    base, _, suffix = value.partition("|")
    out = _rule(base, dct)
    if suffix:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", out):
            raise BuildError(f"{value!r}: a TIME suffix needs a day")
        out += suffix
    return out


def _rule(rule: str, dct: dt.date) -> str:
    if m := re.fullmatch(r"d([+-]\d+)?|d0", rule):
        n = int(m.group(1) or 0) if rule != "d0" else 0
        return (dct + dt.timedelta(days=n)).isoformat()
    if m := re.fullmatch(r"wd(<=|>=|<|>)(\w{3})", rule):
        op, wd = m.group(1), WD[m.group(2)]
        step = -1 if op.startswith("<") else 1
        d = dct if "=" in op else dct + dt.timedelta(days=step)
        while d.weekday() != wd:
            d += dt.timedelta(days=step)
        return d.isoformat()
    if m := re.fullmatch(r"wk([+-]\d+)(WE)?", rule):
        return iso_week(dct + dt.timedelta(weeks=int(m.group(1)))) + ("-WE" if m.group(2) else "")
    if m := re.fullmatch(r"mo([+-]\d+)", rule):
        y, mo = add_months(dct, int(m.group(1)))
        return f"{y:04d}-{mo:02d}"
    if m := re.fullmatch(r"yr([+-]\d+)", rule):
        return f"{dct.year + int(m.group(1)):04d}"
    if m := re.fullmatch(r"@(\d{4}-\d{2}-\d{2})([+-]\d+)", rule):
        return (dt.date.fromisoformat(m.group(1)) + dt.timedelta(days=int(m.group(2)))).isoformat()
    if m := re.fullmatch(r"hij:(\d+)-(\d+)-(\d+)(?::(\w{3}))?", rule):
        day = hijri_day(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if m.group(4):
            want = WD[m.group(4)]
            options = [day + dt.timedelta(days=k) for k in (0, -1, 1)]
            hits = [d for d in options if d.weekday() == want]
            if not hits:
                raise BuildError(f"{rule}: no day within one of Umm al-Qura {day} is a {m.group(4)}")
            day = hits[0]
        return day.isoformat()
    if m := re.fullmatch(r"hijm:(\d+)-(\d+)", rule):
        mid = hijri_day(int(m.group(1)), int(m.group(2)), 15)
        return mid.isoformat()[:7]
    return rule


def hijm_alt(rule: str) -> list[str]:
    m = re.fullmatch(r"hijm:(\d+)-(\d+)", rule)
    if not m:
        return []
    first = hijri_day(int(m.group(1)), int(m.group(2)), 1).isoformat()[:7]
    mid = hijri_day(int(m.group(1)), int(m.group(2)), 15).isoformat()[:7]
    return [first] if first != mid else []


def valid(type_: str, value: str) -> bool:
    pattern = {"DATE": DATE_RE, "TIME": TIME_RE, "DURATION": DURATION_RE, "SET": SET_RE}[type_]
    return bool(pattern.fullmatch(value))


def build_article(art: goldkit.Article) -> tuple[dict, list[str]]:
    errors: list[str] = []
    text = art.text.strip()
    try:
        dct = dt.date.fromisoformat(art.published)
    except ValueError:
        return {}, [f"bad published {art.published!r}"]
    if art.region not in REGIONS:
        errors.append(f"unknown region {art.region!r}")
    timex = []
    for t in art.timex:
        try:
            s, e = locate(text, t.ctx, t.occ, "timex")
            if t.type not in TYPES:
                raise BuildError(f"{t.ctx!r}: bad type {t.type}")
            value = compute(t.value, dct)
            if not valid(t.type, value):
                raise BuildError(f"{t.ctx!r}: bad {t.type} value {value!r}")
            if t.mod and t.mod not in MODS:
                raise BuildError(f"{t.ctx!r}: bad mod {t.mod}")
            alt = [compute(a, dct) for a in t.alt] + hijm_alt(t.value)
            rec = {"start": s, "end": e, "text": text[s:e], "type": t.type, "value": value}
            if t.mod:
                rec["mod"] = t.mod
            alt = [a for a in dict.fromkeys(alt) if a != value]
            if alt:
                rec["alt"] = alt
            rec["_wd_ok"] = t.weekday_disagrees
            timex.append(rec)
        except BuildError as ex:
            errors.append(str(ex))
    timex.sort(key=lambda r: r["start"])
    for a, b in zip(timex, timex[1:]):
        if b["start"] < a["end"]:
            errors.append(f"timex overlap {a['text']!r} / {b['text']!r}")

    # Every weekday the text names: in an expression that agrees, or declared not a time.
    excluded = []
    for ctx in art.not_time:
        try:
            excluded.append(locate(text, ctx, None, "not_time"))
        except BuildError as ex:
            errors.append(str(ex))
    for m in WEEKDAY_RE.finditer(text):
        ws, we = m.start(1), m.end(1)
        inside = [r for r in timex if r["start"] <= ws and we <= r["end"]]
        if inside:
            r = inside[0]
            if re.match(r"\d{4}-\d{2}-\d{2}", r["value"]) and not r["_wd_ok"]:
                day = dt.date.fromisoformat(r["value"][:10])
                if day.weekday() != WEEKDAY_OF[m.group(1)]:
                    errors.append(f"weekday {m.group()!r} in {r['text']!r} but {r['value']} is a "
                                  f"{day.strftime('%A')}")
            continue
        if any(s <= ws and we <= e for s, e in excluded):
            continue
        ctx = text[max(0, m.start() - 20): m.end() + 20].replace("\n", " ")
        errors.append(f"weekday {m.group()!r} in no expression and not in not_time: …{ctx}…")
    for r in timex:
        del r["_wd_ok"]

    events = []
    for ev in art.events:
        try:
            s = find(text, ev.first, ev.occ, "event start")
            e = text.find(ev.last, s)
            if e < 0:
                raise BuildError(f"event end {ev.last!r} not found after {ev.first!r}")
            e += len(ev.last)
            date = compute(ev.date, dct)
            if not EVENT_DATE_RE.fullmatch(date):
                raise BuildError(f"event {ev.first!r}: bad date {date!r}")
            rec = {"start": s, "end": e, "date": date}
            if ev.until:
                until = compute(ev.until, dct)
                if not EVENT_DATE_RE.fullmatch(until) or until < date:
                    raise BuildError(f"event {ev.first!r}: bad until {until!r}")
                rec["until"] = until
            events.append(rec)
        except BuildError as ex:
            errors.append(str(ex))
    events.sort(key=lambda r: r["start"])
    for a, b in zip(events, events[1:]):
        if b["start"] < a["end"]:
            errors.append(f"event overlap at {a['start']} / {b['start']}")

    ranges = []
    for rg in art.ranges:
        try:
            s, e = locate(text, rg.ctx, rg.occ, "range")
            ends = rg.value.split("/")
            if len(ends) != 2:
                raise BuildError(f"range {rg.ctx!r}: value needs START/END")
            a, b = (compute(x, dct) for x in ends)
            if not (DATE_RE.fullmatch(a) and DATE_RE.fullmatch(b)) or b < a:
                raise BuildError(f"range {rg.ctx!r}: bad value {a}/{b}")
            ranges.append({"start": s, "end": e, "text": text[s:e], "value": f"{a}/{b}"})
        except BuildError as ex:
            errors.append(str(ex))
    ranges.sort(key=lambda r: r["start"])

    record = {"id": art.id, "published": art.published, "text": text, "timex": timex,
              "events": events, "ranges": ranges, "outlet": art.outlet, "url": art.url,
              "published_how": art.published_how, "region": art.region, "country": art.country,
              "topic": art.topic, "batch": art.batch}
    return record, errors


def build() -> tuple[list[dict], list[str]]:
    records, errors = [], []
    seen_ids, seen_urls = set(), set()
    for art in load_articles():
        if art.id in seen_ids:
            errors.append(f"{art.id}: duplicate id")
        if art.url in seen_urls:
            errors.append(f"{art.id}: duplicate url {art.url}")
        seen_ids.add(art.id)
        seen_urls.add(art.url)
        rec, errs = build_article(art)
        errors += [f"{art.id}: {e}" for e in errs]
        if rec:
            records.append(rec)
    return records, errors


def report(records: list[dict], ids: list[str]) -> None:
    for r in records:
        if ids and r["id"] not in ids:
            continue
        text = r["text"]
        dct = dt.date.fromisoformat(r["published"])
        print(f"== {r['id']} {r['published']} {dct.strftime('%a')} {r['outlet']} "
              f"len={len(text)} timex={len(r['timex'])} events={len(r['events'])}")
        for t in r["timex"]:
            extra = "".join(f" {k}={t[k]}" for k in ("mod", "alt") if k in t)
            print(f"   T {t['text']!r} {t['type']} {t['value']}{extra}")
        for ev in r["events"]:
            until = f"..{ev['until']}" if "until" in ev else ""
            print(f"   E {ev['date']}{until}  {text[ev['start']:ev['end']][:70]!r}")
        for rg in r["ranges"]:
            print(f"   R {rg['text']!r} {rg['value']}")
        covered = [(t["start"], t["end"]) for t in r["timex"]]
        for m in CANDIDATE_RE.finditer(text):
            if any(s <= m.start() < e for s, e in covered):
                continue
            ctx = text[max(0, m.start() - 15): m.end() + 15].replace("\n", " ")
            print(f"   - untagged: {m.group()}  …{ctx}…")


def stats(records: list[dict]) -> None:
    by_batch = collections.defaultdict(list)
    for r in records:
        by_batch[r["batch"]].append(r)
    print("| batch | articles | outlets | regions | timex | DATE | TIME | DURATION | SET | events | ranges |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for b in sorted(by_batch) + ["all"]:
        rs = records if b == "all" else by_batch[b]
        types = collections.Counter(t["type"] for r in rs for t in r["timex"])
        print(f"| {b} | {len(rs)} | {len({r['outlet'] for r in rs})} | {len({r['region'] for r in rs})} "
              f"| {sum(len(r['timex']) for r in rs)} | {types['DATE']} | {types['TIME']} "
              f"| {types['DURATION']} | {types['SET']} | {sum(len(r['events']) for r in rs)} "
              f"| {sum(len(r['ranges']) for r in rs)} |")
    print()
    print("regions:", dict(collections.Counter(r["region"] for r in records)))
    print("topics:", dict(collections.Counter(r["topic"] for r in records)))
    print("years:", dict(sorted(collections.Counter(r["published"][:4] for r in records).items())))


def sources(records: list[dict]) -> None:
    print("| id | batch | outlet | country | published | how the date is known | source |")
    print("|---|---|---|---|---|---|---|")
    for r in sorted(records, key=lambda r: (r["batch"], r["id"])):
        print(f"| {r['id']} | {r['batch']} | {r['outlet']} | {r['country']} | {r['published']} "
              f"| {r['published_how']} | {r['url']} |")


def main(argv: list[str]) -> int:
    records, errors = build()
    for e in errors:
        print("error:", e, file=sys.stderr)
    if errors:
        return 1
    if "--check" not in argv:
        batches = collections.defaultdict(list)
        for r in records:
            batches[r["batch"]].append(r)
        for b, rs in sorted(batches.items()):
            path = HERE / f"batch{b}.jsonl"
            with path.open("w", encoding="utf-8") as fh:
                for r in sorted(rs, key=lambda r: r["id"]):
                    fh.write(json.dumps(r, ensure_ascii=False) + "\n")
            print(f"wrote {path.name} ({len(rs)} articles)")
    if "--report" in argv:
        i = argv.index("--report")
        ids = [a for a in argv[i + 1:] if not a.startswith("--")]
        report(records, ids)
    if "--stats" in argv:
        stats(records)
    if "--sources" in argv:
        sources(records)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
