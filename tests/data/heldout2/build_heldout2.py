#!/usr/bin/env python3
"""Build heldout2.jsonl: an independent, hand-annotated Arabic news temporal set.

Every article is data below: its text (paragraphs), DCT, region, each timex by
its exact substring (unique, or with n= occurrence index, or ctx= a unique
surrounding string), type, hand value, mod/alt, and a `how` recipe that
recomputes the value by an independent route (datetime weekday arithmetic,
month/ordinal/digit parsing of the span text, hijridate for Hijri dates).
Events are given by the substring they start with (and optionally the
substring they end with; default: end of the sentence, period included).

Run:  python build_heldout2.py            (needs `pip install hijridate`)
It writes heldout2.jsonl beside itself, or exits non-zero on any error.
"""
import datetime as dt
import json
import os
import re
import sys

try:
    from hijridate import Hijri
except ImportError:  # pragma: no cover
    sys.exit("needs hijridate: pip install hijridate")

HERE = os.path.dirname(os.path.abspath(__file__))
D = dt.date.fromisoformat

# ---------------------------------------------------------------- tables
WEEKDAYS = {  # python weekday(): Monday=0
    "الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3,
    "الجمعة": 4, "السبت": 5, "الأحد": 6,
}
MONTHS = {
    "كانون الثاني": 1, "يناير": 1, "ينير": 1, "جانفي": 1,
    "شباط": 2, "فبراير": 2, "فيفري": 2,
    "آذار": 3, "مارس": 3,
    "نيسان": 4, "أبريل": 4, "ابريل": 4, "أفريل": 4,
    "أيار": 5, "مايو": 5, "ماي": 5,
    "حزيران": 6, "يونيو": 6, "جوان": 6,
    "تموز": 7, "يوليو": 7, "يوليوز": 7, "جويلية": 7,
    "آب": 8, "أغسطس": 8, "غشت": 8, "أوت": 8,
    "أيلول": 9, "سبتمبر": 9, "شتنبر": 9,
    "تشرين الأول": 10, "أكتوبر": 10,
    "تشرين الثاني": 11, "نوفمبر": 11, "نونبر": 11,
    "كانون الأول": 12, "ديسمبر": 12, "دجنبر": 12,
}
HMONTHS = {
    "محرم": 1, "صفر": 2, "ربيع الأول": 3, "ربيع الآخر": 4, "ربيع الثاني": 4,
    "جمادى الأولى": 5, "جمادى الآخرة": 6, "رجب": 7, "شعبان": 8, "رمضان": 9,
    "شوال": 10, "ذو القعدة": 11, "ذي القعدة": 11, "ذو الحجة": 12, "ذي الحجة": 12,
}
_UNITS = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع",
          "الثامن", "التاسع"]
ORDINALS = {"غرة": 1, "فاتح": 1, "العاشر": 10, "العشرين": 20, "الثلاثين": 30,
            "الحادي عشر": 11, "الثاني عشر": 12, "الحادي والعشرين": 21,
            "الحادي والثلاثين": 31}
for i, w in enumerate(_UNITS, 1):
    ORDINALS.setdefault(w, i)
    if i >= 3:
        ORDINALS[w + " عشر"] = 10 + i
    if i >= 2:
        ORDINALS[w + " والعشرين"] = 20 + i
CARD = {"واحد": 1, "واحدة": 1, "اثنين": 2, "اثنان": 2, "اثني": 2, "ثلاثة": 3, "ثلاث": 3,
        "أربعة": 4, "أربع": 4, "خمسة": 5, "خمس": 5, "ستة": 6, "ست": 6,
        "سبعة": 7, "سبع": 7, "ثمانية": 8, "ثماني": 8, "تسعة": 9, "تسع": 9,
        "عشرة": 10, "عشر": 10, "اثني عشر": 12, "ثلاثين": 30, "مئة": 100}
HOURS = {"الواحدة": 1, "الثانية": 2, "الثالثة": 3, "الرابعة": 4, "الخامسة": 5,
         "السادسة": 6, "السابعة": 7, "الثامنة": 8, "التاسعة": 9, "العاشرة": 10,
         "الحادية عشرة": 11, "الثانية عشرة": 12}
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def longest_key(text, table):
    """Longest table key found in text (as a whole word run), or None."""
    best = None
    for k in table:
        for m in re.finditer(re.escape(k), text):
            a, b = m.span()
            left_ok = a == 0 or text[a - 1] in " (،/-"
            right_ok = b == len(text) or text[b] in " ،).-/"
            if left_ok and right_ok and (best is None or len(k) > len(best[0])):
                best = (k, a, b)
    return best


def strip_key(text, table):
    hit = longest_key(text, table)
    if not hit:
        return None, text
    k, a, b = hit
    return table[k], text[:a] + " # " + text[b:]


def parse_day(text):
    t = text.translate(DIGITS)
    m = re.search(r"(?<![\d:/.-])(\d{1,2})(?![\d:/.-])", t)
    if m:
        return int(m.group(1))
    hit = longest_key(t, ORDINALS)
    return ORDINALS[hit[0]] if hit else None


def parse_year(text):
    m = re.search(r"(?<!\d)(\d{4})(?!\d)", text.translate(DIGITS))
    return int(m.group(1)) if m else None


def parse_numeric(text):
    t = text.translate(DIGITS)
    m = re.search(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})", t)
    if m:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.search(r"(\d{1,2})[-/](\d{1,2})[-/](\d{4})", t)
    if m:  # Arab press: day/month/year
        return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    return None


def weekday_in(text):
    hits = [(k, v) for k, v in WEEKDAYS.items() if re.search(r"(^|[ (])" + k + r"($|[ )،])", text)]
    return hits[0][1] if hits else None


def iso_week(d):
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    import calendar
    day = min(d.day, calendar.monthrange(y, m)[1])
    return dt.date(y, m, day)


def pick_year(month, day, dct, side):
    cands = [dt.date(y, month, day) for y in (dct.year - 1, dct.year, dct.year + 1)]
    if side == "past":
        ok = [c for c in cands if c <= dct]
        return max(ok)
    if side == "future":
        ok = [c for c in cands if c >= dct]
        return min(ok)
    return min(cands, key=lambda c: abs((c - dct).days))


def pick_month_year(month, dct, side):
    if side == "past":
        y = dct.year if month <= dct.month else dct.year - 1
        if side == "past" and month == dct.month:
            y = dct.year
    elif side == "future":
        y = dct.year if month >= dct.month else dct.year + 1
    else:
        y = dct.year
    return f"{y}-{month:02d}"


def hijri_g(y, m, d):
    g = Hijri(y, m, d).to_gregorian()
    return dt.date(g.year, g.month, g.day)


def parse_clock(text):
    t = text.translate(DIGITS)
    m = re.search(r"(\d{1,2}):(\d{2})", t)
    if m:
        h, mi = int(m.group(1)), int(m.group(2))
    else:
        m = re.search(r"الساعة (\d{1,2})(?!\d)", t)
        hit = longest_key(t, HOURS)
        if m:
            h = int(m.group(1))
        elif hit:
            h = HOURS[hit[0]]
        else:
            return None
        mi = 0
        if "والنصف" in t:
            mi = 30
        elif "والربع" in t:
            mi = 15
        elif "وخمس وأربعين دقيقة" in t:
            mi = 45
    pm = any(w in t for w in ("مساء", "ليلا", "بعد الظهر", "عصرا", "ظهرا"))
    if pm and h < 12:
        h += 12
    return f"{h:02d}:{mi:02d}"


def parse_duration(text):
    """Independent reading of an Arabic duration span -> (value, mod)."""
    t = text.translate(DIGITS)
    mod = None
    if t.startswith("أكثر من"):
        mod = "MORE_THAN"
    elif t.startswith("أقل من"):
        mod = "LESS_THAN"
    elif t.startswith(("نحو", "قرابة", "حوالي")):
        mod = "APPROX"
    elif "لا تقل عن" in t or "على الأقل" in t:
        mod = "EQUAL_OR_MORE"
    units = [("دقيقة", "TM"), ("دقائق", "TM"), ("ساعتين", "TH2"), ("ساعة", "TH"), ("ساعات", "TH"),
             ("يومين", "D2"), ("يوما", "D"), ("أيام", "D"), ("يوم", "D"),
             ("أسبوعين", "W2"), ("أسابيع", "W"), ("أسبوع", "W"),
             ("شهرين", "M2"), ("أشهر", "M"), ("شهور", "M"), ("شهر", "M"),
             ("عامين", "Y2"), ("سنتين", "Y2"), ("سنوات", "Y"), ("أعوام", "Y"), ("عاما", "Y"),
             ("سنة", "Y"), ("عام", "Y")]
    unit = None
    for w, u in units:
        if re.search(r"(^|[ ال])" + w + r"($|[ ،])", t) or t.endswith(w):
            unit = u
            break
    if unit is None:
        return None
    n = None
    if unit.endswith("2"):
        n, unit = 2, unit[:-1]
    m = re.search(r"(\d+)", t)
    if n is None and m:
        n = int(m.group(1))
    if n is None:
        for w in sorted(CARD, key=len, reverse=True):
            if re.search(r"(^|[ ال])" + w + r"($|[ ])", t):
                n = CARD[w]
                break
    if n is None and t.startswith("نصف"):
        n = 0.5
    if n is None and re.search(r"(الماضية|الأخيرة|المقبلة|عدة|^أسابيع|^أيام|^سنوات|^أشهر|^ساعات)", t):
        n = "X"
    if n is None:
        n = 1
    if "ونصف" in t and n != "X":
        n = n + 0.5
    if unit == "TM" and n == 0.5:
        pass
    if unit == "TH" and n == 0.5:
        unit, n = "TM", 30
    if isinstance(n, float) and n.is_integer():
        n = int(n)
    if unit.startswith("T"):
        val = f"PT{n}{unit[1]}"
    else:
        val = f"P{n}{unit}"
    if t.startswith("ربع ساعة") or t.endswith("ربع ساعة"):
        val = "PT15M"
    return val, mod


# ---------------------------------------------------------------- recipes
def resolve(how, span, dct, typ):
    """Recompute a value from a recipe. Returns a string or None (no recipe)."""
    if how is None:
        return None
    kind = how[0]
    if kind == "t":  # ("t", base_recipe, suffix) ; suffix "clock" parses the clock
        base = resolve(how[1], span, dct, "DATE")
        suf = how[2]
        if suf == "clock":
            c = parse_clock(span)
            if c is None:
                raise ValueError(f"no clock in {span!r}")
            return f"{base}T{c}"
        return f"{base}T{suf}"
    if kind == "dct":
        return dct.isoformat()
    if kind == "d":
        return (dct + dt.timedelta(days=how[1])).isoformat()
    if kind == "wd":  # ("wd", side[, anchor])
        side = how[1]
        anchor = D(how[2]) if len(how) > 2 else dct
        wd = weekday_in(span)
        if wd is None:
            raise ValueError(f"no weekday in {span!r}")
        rng = {"onbefore": range(0, -7, -1), "before": range(-1, -8, -1),
               "onafter": range(0, 7), "after": range(1, 8)}[side]
        for k in rng:
            c = anchor + dt.timedelta(days=k)
            if c.weekday() == wd:
                return c.isoformat()
    if kind == "dm":  # day + month from span, year by side
        mon, rest = strip_key(span, MONTHS)
        day = parse_day(rest)
        return pick_year(mon, day, dct, how[1]).isoformat()
    if kind == "dmy":  # day, month, year all from span (or numeric form)
        num = parse_numeric(span)
        if num:
            return num.isoformat()
        mon, rest = strip_key(span, MONTHS)
        return dt.date(parse_year(rest), mon, parse_day(rest.replace(str(parse_year(rest)), ""))).isoformat()
    if kind == "dmanchor":  # day + month from span, year given (anaphoric "ذلك العام")
        mon, rest = strip_key(span, MONTHS)
        return dt.date(how[1], mon, parse_day(rest)).isoformat()
    if kind == "my":
        mon, rest = strip_key(span, MONTHS)
        return f"{parse_year(rest)}-{mon:02d}"
    if kind == "m":  # month alone, year by side
        mon, _ = strip_key(span, MONTHS)
        return pick_month_year(mon, dct, how[1])
    if kind == "manchor":
        mon, _ = strip_key(span, MONTHS)
        return f"{how[1]}-{mon:02d}"
    if kind == "y":
        return str(parse_year(span))
    if kind == "hijri":  # ("hijri", y, m, d) ; span's own day/month checked too
        y, m, d = how[1:4]
        hm, rest = strip_key(span, HMONTHS)
        if hm is not None and hm != m:
            raise ValueError(f"hijri month mismatch in {span!r}")
        hd = parse_day(rest) if hm is not None else None
        if hd is not None and hd != d:
            raise ValueError(f"hijri day mismatch in {span!r}: {hd} vs {d}")
        hy = parse_year(rest)
        if hy is not None and hy != y:
            raise ValueError(f"hijri year mismatch in {span!r}")
        return hijri_g(y, m, d).isoformat()
    if kind == "hmonth":
        g = hijri_g(how[1], how[2], 15)
        return f"{g.year}-{g.month:02d}"
    if kind == "week":
        return iso_week(dct + dt.timedelta(days=7 * how[1]))
    if kind == "month":
        d = add_months(dct.replace(day=1), how[1])
        return f"{d.year}-{d.month:02d}"
    if kind == "year":
        return str(dct.year + how[1])
    if kind == "anchor":  # ("anchor", "YYYY-MM-DD", ndays)
        return (D(how[1]) + dt.timedelta(days=how[2])).isoformat()
    if kind == "moff":
        return add_months(dct, how[1]).isoformat()
    if kind == "dur":
        r = parse_duration(span)
        if r is None:
            raise ValueError(f"cannot read duration {span!r}")
        return r[0]
    if kind == "lit":  # literal: no independent route (SET, vague refs)
        return None
    raise ValueError(f"unknown recipe {how!r}")


# ---------------------------------------------------------------- data API
ARTICLES = []


def T(s, typ, value, how=None, mod=None, alt=None, n=None, ctx=None):
    return dict(s=s, type=typ, value=value, how=how, mod=mod, alt=alt, n=n, ctx=ctx)


def E(begin, date, end=None, n=None):
    return dict(begin=begin, date=date, end=end, n=n)


def A(id, dct, region, paras, timex, events, traps=(), ok=(), sep="\n", note=None):
    ARTICLES.append(dict(id=id, dct=dct, region=region, paras=paras, timex=timex,
                         events=events, traps=traps, ok=ok, sep=sep, note=note))


# ---------------------------------------------------------------- checks
TRIGGERS = (
    r"اليوم|أمس|البارحة|غد|الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|"
    r"صباح|مساء|ظهر|عصر|فجر|ليل|منتصف|ساع|دقيق|يوم|أيام|أسبوع|أسابيع|شهر|أشهر|شهور|"
    r"عام|أعوام|سنة|سنوات|سنوي|الربع|الآن|حاليا|مؤخرا|قريبا|لاحقا|سابق|مطلع|أواخر|نهاية|بداية|"
    r"عشية|غداة|هـ|رمضان|رجب|شعبان|شوال|ذي الحجة|صفر|(?<!\w)(?:و|ب|ل|ال)?عيد(?!\w)|عرفة|عرفات|التروية|"
    + "|".join(sorted(MONTHS, key=len, reverse=True)) +
    r"|(?<![\d.,])[12]\d{3}(?![\d%])|[١٢][٠-٩]{3}|\d{1,2}[/:]\d"
)


def locate(text, spec, what):
    s = spec["s"]
    if spec.get("ctx"):
        ctx = spec["ctx"]
        c = text.count(ctx)
        if c != 1:
            raise ValueError(f"{what}: context {ctx!r} occurs {c} times")
        base = text.index(ctx)
        k = ctx.count(s)
        if k == 0:
            raise ValueError(f"{what}: {s!r} not in its context")
        if k > 1 and spec.get("n") is None:
            raise ValueError(f"{what}: {s!r} ambiguous in its context")
        idx = -1
        for _ in range((spec.get("n") or 0) + 1):
            idx = ctx.index(s, idx + 1)
        return base + idx
    c = text.count(s)
    if c == 0:
        raise ValueError(f"{what}: {s!r} not found")
    if c > 1 and spec.get("n") is None:
        raise ValueError(f"{what}: {s!r} occurs {c} times; give n= or ctx=")
    idx = -1
    for _ in range((spec.get("n") or 0) + 1):
        idx = text.index(s, idx + 1)
        if idx < 0:
            raise ValueError(f"{what}: occurrence {spec.get('n')} of {s!r} missing")
    return idx


def sentence_end(text, i):
    """End (exclusive) of the sentence containing index i: through the next
    '.' that is followed by whitespace or end of text, or up to a newline."""
    j = i
    while j < len(text):
        ch = text[j]
        if ch == "\n":
            return j
        if ch == "." and (j + 1 == len(text) or text[j + 1] in " \n"):
            return j + 1
        j += 1
    return len(text)


VALUE_RE = re.compile(
    r"^(\d{4}(-\d{2}(-\d{2}(T(\d{2}:\d{2}|MO|AF|EV|NI))?)?)?|\d{4}-W\d{2}(-WE)?|\d{4}-Q[1-4]"
    r"|PAST_REF|PRESENT_REF|FUTURE_REF)$")
DUR_RE = re.compile(r"^P(T?)(\d+(\.\d+)?|X)(Y|M|W|D|H)$")
SET_RE = re.compile(r"^(P(T?)\d+(Y|M|W|D|H)|XXXX-WXX-[1-7](T(MO|AF|EV|NI))?|XXXX-\d{2}|XXXX-XX-XXT(MO|AF|EV|NI))$")
MODS = {"START", "MID", "END", "APPROX", "MORE_THAN", "LESS_THAN", "EQUAL_OR_MORE", "EQUAL_OR_LESS"}


def build(verbose=False):
    errors, warnings, out = [], [], []
    ids = set()
    for art in ARTICLES:
        aid = art["id"]
        if aid in ids:
            errors.append(f"{aid}: duplicate id")
        ids.add(aid)
        text = art["sep"].join(art["paras"])
        dct = D(art["dct"])
        if not (300 <= len(text) <= 1600):
            warnings.append(f"{aid}: length {len(text)}")
        tx = []
        for spec in art["timex"]:
            what = f"{aid} timex {spec['s']!r}"
            try:
                st = locate(text, spec, what)
            except ValueError as e:
                errors.append(str(e))
                continue
            en = st + len(spec["s"])
            rec = {"start": st, "end": en, "text": text[st:en], "type": spec["type"],
                   "value": spec["value"]}
            if spec["mod"]:
                rec["mod"] = spec["mod"]
                if spec["mod"] not in MODS:
                    errors.append(f"{what}: bad mod")
            if spec["alt"]:
                rec["alt"] = list(spec["alt"])
            assert text[st:en] == spec["s"]
            # value shape by type
            v, typ = spec["value"], spec["type"]
            if typ in ("DATE", "TIME") and not VALUE_RE.match(v):
                errors.append(f"{what}: bad {typ} value {v}")
            if typ == "TIME" and "T" not in v:
                errors.append(f"{what}: TIME without T")
            if typ == "DATE" and re.search(r"\dT", v):
                errors.append(f"{what}: DATE with T")
            if typ == "DURATION" and not DUR_RE.match(v):
                errors.append(f"{what}: bad DURATION {v}")
            if typ == "SET" and not SET_RE.match(v):
                errors.append(f"{what}: bad SET {v}")
            # independent recomputation
            try:
                got = resolve(spec["how"], spec["s"], dct, typ)
            except Exception as e:  # noqa
                errors.append(f"{what}: recipe failed: {e}")
                got = None
            if spec["how"] is None and typ in ("DATE", "TIME") and re.match(r"^\d{4}-\d{2}-\d{2}", v):
                warnings.append(f"{what}: day value without recipe")
            if got is not None and got != v:
                errors.append(f"{what}: value {v} but recipe gives {got}")
            if spec["how"] and spec["how"][0] == "dur" and typ == "DURATION":
                pm = parse_duration(spec["s"])[1]
                if pm != spec["mod"]:
                    errors.append(f"{what}: mod {spec['mod']} but text reads {pm}")
            # weekday named in a resolved day must agree with the day
            m = re.match(r"^(\d{4}-\d{2}-\d{2})", v)
            wd = weekday_in(spec["s"])
            if m and wd is not None and typ in ("DATE", "TIME") and not spec["s"].startswith("كل"):
                if D(m.group(1)).weekday() != wd:
                    errors.append(f"{what}: weekday disagrees with {v}")
            # hijri month alt convention
            if spec["how"] and spec["how"][0] == "hmonth" and spec["mod"] != "END":
                first = hijri_g(spec["how"][1], spec["how"][2], 1).isoformat()
                if not rec.get("alt") or first not in rec["alt"]:
                    errors.append(f"{what}: Hijri month needs first day {first} in alt")
            tx.append(rec)
        tx.sort(key=lambda r: r["start"])
        for a, b in zip(tx, tx[1:]):
            if b["start"] < a["end"]:
                errors.append(f"{aid}: overlapping timex {a['text']!r} / {b['text']!r}")
        # traps: must exist and must not be inside a timex
        for tr in art["traps"]:
            if tr not in text:
                errors.append(f"{aid}: trap {tr!r} not in text")
                continue
            for mm in re.finditer(re.escape(tr), text):
                for r in tx:
                    if mm.start() < r["end"] and r["start"] < mm.end():
                        errors.append(f"{aid}: trap {tr!r} overlaps timex {r['text']!r}")
        # scan for untagged temporal-looking words
        covered = [(r["start"], r["end"]) for r in tx]
        for tr in list(art["traps"]) + list(art["ok"]):
            if tr not in text:
                errors.append(f"{aid}: ok/trap string {tr!r} not in text")
            for mm in re.finditer(re.escape(tr), text):
                covered.append(mm.span())
        for mm in re.finditer(TRIGGERS, text):
            if not any(a < mm.end() and mm.start() < b for a, b in covered):
                ctx = text[max(0, mm.start() - 20): mm.end() + 20].replace("\n", " ")
                warnings.append(f"{aid}: untagged {mm.group(0)!r} in …{ctx}…")
        # events
        ev = []
        for espec in art["events"]:
            what = f"{aid} event {espec['begin'][:30]!r}"
            try:
                st = locate(text, {"s": espec["begin"], "n": espec["n"]}, what)
            except ValueError as e:
                errors.append(str(e))
                continue
            if espec["end"]:
                k = text.find(espec["end"], st)
                if k < 0:
                    errors.append(f"{what}: end {espec['end']!r} not found")
                    continue
                en = k + len(espec["end"])
            else:
                en = sentence_end(text, st)
            if not re.match(r"^\d{4}(-\d{2}(-\d{2})?)?$", espec["date"]):
                errors.append(f"{what}: bad date {espec['date']}")
            ev.append({"start": st, "end": en, "date": espec["date"]})
        ev.sort(key=lambda r: r["start"])
        for a, b in zip(ev, ev[1:]):
            if b["start"] < a["end"]:
                errors.append(f"{aid}: overlapping events at {a['start']} / {b['start']}")
        for e in ev:
            seg = text[e["start"]:e["end"]]
            if seg != seg.strip():
                errors.append(f"{aid}: event span has outer whitespace: {seg[:30]!r}")
        out.append({"id": aid, "published": art["dct"], "region": art["region"], "text": text,
                    "timex": tx, "events": ev})
    out.sort(key=lambda r: r["id"])
    return out, errors, warnings


def stats(out):
    from collections import Counter
    c = Counter()
    fam = Counter()
    for r in out:
        for t in r["timex"]:
            c[t["type"]] += 1
            if t.get("mod"):
                c["with mod"] += 1
            if t.get("alt"):
                c["with alt"] += 1
        c["events"] += len(r["events"])
        c["events dated to a day"] += sum(1 for e in r["events"] if len(e["date"]) == 10)
    for a in ARTICLES:
        for s in a["timex"]:
            k = s["how"][0] if s["how"] else "none"
            if k == "t":
                k = "t:" + s["how"][1][0]
            fam[k] += 1
    return c, fam


ARABIC_INDIC = re.compile("[\u0660-\u0669\u06f0-\u06f9]")
SYSTEMS = {
    "Egyptian/Gulf month names": ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
                                  "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
    "Levantine/Iraqi month names": ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب",
                                    "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"],
    "Maghrebi month names": ["ينير", "يوليوز", "غشت", "شتنبر", "نونبر", "دجنبر", "جانفي", "فيفري", "أفريل",
                             "ماي", "جوان", "جويلية", "أوت"],
}


def families():
    """Count timex by family, from the span text, type, value and recipe."""
    from collections import Counter
    fam = Counter()
    for art in ARTICLES:
        for sp in art["timex"]:
            t, typ, v, how = sp["s"], sp["type"], sp["value"], sp["how"] or ("lit",)
            words = set(re.findall(r"[\w\u0640]+", t))
            rel = [w for w in ("اليوم", "أمس", "البارحة", "غدا", "غداً", "غد") if w in words]
            if "اليوم" in words and "التالي" in words:
                rel = []
            if rel and typ in ("DATE", "TIME"):
                fam["relative day (اليوم/أمس/البارحة/أول أمس/غدا/بعد غد)"] += 1
                if "أول" in words:
                    fam["  of which أول أمس"] += 1
                if "بعد" in words:
                    fam["  of which بعد غد"] += 1
                if weekday_in(t) is not None:
                    fam["  of which with a weekday"] += 1
            elif weekday_in(t) is not None and typ in ("DATE", "TIME") and not re.search(r"\d", t.translate(DIGITS)) \
                    and how[0] not in ("hijri", "dm"):
                if any(w in words for w in ("الماضي", "المقبل", "القادم")):
                    fam["weekday with الماضي/المقبل/القادم"] += 1
                else:
                    fam["bare weekday"] += 1
            if typ == "TIME":
                fam["clock time" if re.search(r"T\d\d:\d\d", v) else "part of day (TIME)"] += 1
            for name, lst in SYSTEMS.items():
                if any(re.search(r"(^|[ ])" + m + r"($|[ ،])", t) for m in lst):
                    fam[name] += 1
            if parse_numeric(t):
                fam["numeric date"] += 1
            if ARABIC_INDIC.search(t):
                fam["Arabic-Indic digits"] += 1
            if how[0] == "dm" or (how[0] == "t" and how[1][0] == "dm"):
                fam["day+month without year"] += 1
            if how[0] in ("dm", "dmy", "dmanchor", "t") and longest_key(strip_key(t, MONTHS)[1], ORDINALS) \
                    and strip_key(t, MONTHS)[0]:
                fam["ordinal day word"] += 1
            if how[0] in ("hijri",):
                fam["Hijri day (incl. Eid/named days)"] += 1
            if how[0] == "hmonth":
                fam["Hijri month without day"] += 1
            if re.fullmatch(r"\d{4}-\d{2}", v) and how[0] not in ("hmonth",):
                fam["month value (YYYY-MM)"] += 1
            if re.fullmatch(r"\d{4}", v):
                fam["year value (YYYY)"] += 1
            if "W" in v and typ == "DATE":
                fam["ISO week value"] += 1
            if "-Q" in v:
                fam["quarter value"] += 1
            if how[0] in ("week", "month", "year") and not t.startswith("بعد"):
                fam["الأسبوع/الشهر/العام/السنة + الماضي/المقبل/الجاري"] += 1
            if sp["mod"] in ("START", "MID", "END"):
                fam["مطلع/منتصف/أواخر/نهاية (mod START/MID/END)"] += 1
            if typ == "DATE" and (t.startswith(("قبل", "بعد")) or how[0] == "anchor") and t not in ("عشية", "غداة"):
                fam["offset / anchored date (قبل يومين، بعد أسبوع، اليوم التالي، بعد ذلك بـ)"] += 1
            if t in ("عشية", "غداة"):
                fam["عشية/غداة"] += 1
            if v in ("PAST_REF", "PRESENT_REF", "FUTURE_REF"):
                fam["vague reference (PAST/PRESENT/FUTURE_REF)"] += 1
            if typ == "DURATION":
                fam["DURATION"] += 1
                if "X" in v:
                    fam["  of which unknown count (PXD…)"] += 1
                if sp["mod"]:
                    fam["  of which with mod"] += 1
            if typ == "SET":
                fam["SET"] += 1
    return fam


def main(argv):
    out, errors, warnings = build()
    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    if errors:
        print(f"{len(errors)} errors")
        return 1
    path = os.path.join(HERE, "heldout2.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    c, fam = stats(out)
    from collections import Counter
    wd = Counter(D(r["published"]).strftime("%a") for r in out)
    print(f"wrote {path}: {len(out)} docs, {sum(len(r['timex']) for r in out)} timex, {c['events']} events")
    print("types:", dict(c))
    print("recipes:", dict(fam))
    print("weekdays:", dict(wd))
    print(f"{len(warnings)} warnings")
    fam = families()
    print("families:")
    order = ["relative day (اليوم/أمس/البارحة/أول أمس/غدا/بعد غد)", "  of which with a weekday",
             "  of which أول أمس", "  of which بعد غد", "bare weekday", "weekday with الماضي/المقبل/القادم",
             "part of day (TIME)", "clock time", "Egyptian/Gulf month names", "Levantine/Iraqi month names",
             "Maghrebi month names", "numeric date", "Arabic-Indic digits", "ordinal day word",
             "day+month without year", "month value (YYYY-MM)", "year value (YYYY)", "ISO week value",
             "quarter value", "الأسبوع/الشهر/العام/السنة + الماضي/المقبل/الجاري",
             "مطلع/منتصف/أواخر/نهاية (mod START/MID/END)", "Hijri day (incl. Eid/named days)",
             "Hijri month without day", "offset / anchored date (قبل يومين، بعد أسبوع، اليوم التالي، بعد ذلك بـ)",
             "عشية/غداة", "vague reference (PAST/PRESENT/FUTURE_REF)", "DURATION",
             "  of which unknown count (PXD…)", "  of which with mod", "SET"]
    assert set(order) >= set(fam), set(fam) - set(order)
    for k in order:
        print(f"  {k}: {fam.get(k, 0)}")
    print("traps:", sum(len(a["traps"]) for a in ARTICLES))
    return 0


# ====================================================================== DATA

# --------------------------------------------------------------- k001 Egypt, sport
A("k001", "2019-03-12", "Egypt", [
    "فاز الأهلي على ضيفه الإسماعيلي 3-1، مساء أمس الاثنين، على ستاد القاهرة الدولي، في المباراة المؤجلة من الجولة العشرين لبطولة الدوري المصري الممتاز، بحضور نحو 5 آلاف متفرج.",
    "ورفع الأهلي رصيده إلى 45 نقطة في المركز الثاني، بفارق ثلاث نقاط عن الزمالك المتصدر الذي يملك مباراة مؤجلة.",
    "وقال المدير الفني للأهلي في المؤتمر الصحفي عقب اللقاء إن فريقه قدم أفضل مبارياته منذ بداية الموسم، مؤكدا أن اللاعبين سيحصلون على راحة غدا قبل استئناف التدريبات صباح الخميس استعدادا لمواجهة بيراميدز.",
    "ويحل الأهلي ضيفا على بيراميدز يوم السبت القادم في الجولة الثانية والعشرين، قبل أن يتوقف الدوري لمدة أسبوعين بسبب ارتباط المنتخب الوطني بتصفيات كأس الأمم الأفريقية.",
    "ويغيب عن صفوف الفريق الظهير الأيسر كريم فؤاد لمدة ثلاثة أسابيع بعد إصابته بتمزق في العضلة الخلفية خلال مباراة الأسبوع الماضي أمام المصري البورسعيدي.",
    "وكان الأهلي قد خسر أمام الزمالك 0-1 في مباراة القمة التي أقيمت في السابع والعشرين من فبراير الماضي، وهي الخسارة الوحيدة له هذا الموسم.",
], [
    T("مساء أمس الاثنين", "TIME", "2019-03-11TEV", ("t", ("d", -1), "EV")),
    T("غدا", "DATE", "2019-03-13", ("d", 1)),
    T("صباح الخميس", "TIME", "2019-03-14TMO", ("t", ("wd", "onafter"), "MO")),
    T("يوم السبت القادم", "DATE", "2019-03-16", ("wd", "after")),
    T("أسبوعين", "DURATION", "P2W", ("dur",)),
    T("ثلاثة أسابيع", "DURATION", "P3W", ("dur",)),
    T("الأسبوع الماضي", "DATE", "2019-W10", ("week", -1)),
    T("السابع والعشرين من فبراير الماضي", "DATE", "2019-02-27", ("dm", "past")),
], [
    E("فاز الأهلي", "2019-03-11"),
    E("ورفع الأهلي", "2019-03-11"),
    E("وقال المدير الفني", "2019-03-11"),
    E("وكان الأهلي قد خسر", "2019-02-27", end="فبراير الماضي،"),
], traps=["3-1", "5 آلاف متفرج", "45 نقطة", "ثلاث نقاط", "0-1", "الجولة العشرين", "الجولة الثانية والعشرين"],
   ok=["بداية الموسم", "هذا الموسم"])

# --------------------------------------------------------------- k002 Saudi, Ramadan
A("k002", "2018-05-15", "Saudi Arabia", [
    "دعت المحكمة العليا في المملكة العربية السعودية، في بيان أصدرته أمس الاثنين، عموم المسلمين في أنحاء المملكة إلى تحري رؤية هلال شهر رمضان المبارك مساء اليوم الثلاثاء، التاسع والعشرين من شهر شعبان لعام 1439 هـ، حسب تقويم أم القرى.",
    "وطلبت المحكمة ممن يرى الهلال بالعين المجردة أو بواسطة المناظير إبلاغ أقرب محكمة إليه وتسجيل شهادته، على أن يعلن الديوان الملكي ثبوت الرؤية من عدمها في وقت لاحق من مساء اليوم.",
    "وفي حال ثبوت الرؤية يكون غدا الأربعاء أول أيام الصيام، وإلا فسيكون الخميس أول أيامه بعد إكمال شهر شعبان ثلاثين يوما.",
    "وكانت وزارة الخدمة المدنية قد أعلنت في الثامن من مايو الجاري أن ساعات العمل في الجهات الحكومية خلال الشهر الفضيل ستكون خمس ساعات يوميا، بدلا من سبع ساعات ونصف في الأيام العادية.",
    "وتشهد الأسواق والمراكز التجارية في الرياض وجدة منذ أيام إقبالا كبيرا على شراء المواد الغذائية استعدادا للصيام، فيما أعلنت وزارة التجارة تكثيف جولاتها الرقابية بدءا من اليوم.",
], [
    T("أمس الاثنين", "DATE", "2018-05-14", ("d", -1)),
    T("شهر رمضان المبارك", "DATE", "2018-05", ("hmonth", 1439, 9), alt=["2018-05-16"]),
    T("مساء اليوم الثلاثاء", "TIME", "2018-05-15TEV", ("t", ("dct",), "EV")),
    T("التاسع والعشرين من شهر شعبان لعام 1439 هـ", "DATE", "2018-05-15", ("hijri", 1439, 8, 29)),
    T("مساء اليوم", "TIME", "2018-05-15TEV", ("t", ("dct",), "EV"), ctx="لاحق من مساء اليوم."),
    T("غدا الأربعاء", "DATE", "2018-05-16", ("d", 1)),
    T("الخميس", "DATE", "2018-05-17", ("wd", "onafter")),
    T("شهر شعبان", "DATE", "2018-05", ("hmonth", 1439, 8), alt=["2018-04-17", "2018-04"], ctx="إكمال شهر شعبان"),
    T("ثلاثين يوما", "DURATION", "P30D", ("dur",)),
    T("الثامن من مايو الجاري", "DATE", "2018-05-08", ("dm", "past")),
    T("الشهر الفضيل", "DATE", "2018-05", ("hmonth", 1439, 9), alt=["2018-05-16"]),
    T("خمس ساعات", "DURATION", "PT5H", ("dur",)),
    T("يوميا", "SET", "P1D", ("lit",)),
    T("سبع ساعات ونصف", "DURATION", "PT7.5H", ("dur",)),
    T("أيام", "DURATION", "PXD", ("dur",), ctx="منذ أيام"),
    T("اليوم", "DATE", "2018-05-15", ("dct",), ctx="بدءا من اليوم"),
], [
    E("دعت المحكمة العليا", "2018-05-14"),
    E("وطلبت المحكمة", "2018-05-14"),
    E("وكانت وزارة الخدمة المدنية", "2018-05-08"),
    E("وتشهد الأسواق", "2018-05-15"),
], traps=["ساعات العمل"], ok=["أول أيام الصيام", "أول أيامه", "الأيام العادية"])

# --------------------------------------------------------------- k003 UAE, weather
A("k003", "2021-01-07", "UAE", [
    "توقع المركز الوطني للأرصاد، في نشرته الصادرة اليوم الخميس، أن يكون الطقس غدا الجمعة رطبا ويميل إلى الغائم جزئيا على بعض المناطق، مع فرصة لتكون الضباب والشبورة المائية على المناطق الساحلية والداخلية حتى الساعة التاسعة من صباح السبت.",
    "وأصدر المركز تنبيها باللون الأحمر بسبب انخفاض مدى الرؤية الأفقية إلى أقل من 500 متر على عدد من الطرق في أبوظبي ودبي، اعتبارا من الساعة الثانية فجرا وحتى الساعة العاشرة من صباح اليوم.",
    "ودعت شرطة أبوظبي السائقين إلى الالتزام بالسرعة المخفضة البالغة 80 كيلومترا في الساعة أثناء فترات الضباب، وتجنب استخدام الهاتف خلال القيادة.",
    "وسجلت أدنى درجة حرارة على الدولة صباح اليوم في جبل جيس برأس الخيمة، إذ بلغت 6.4 درجة مئوية عند الساعة 06:15 بالتوقيت المحلي.",
    "ويتوقع أن تنخفض درجات الحرارة تدريجيا في منتصف الأسبوع المقبل مع نشاط الرياح الشمالية الغربية، لتتراوح العظمى بين 19 و23 درجة مئوية.",
    "يذكر أن الانقلاب الشتوي حدث في 21 ديسمبر الماضي، فيما يحل الاعتدال الربيعي في 20 مارس المقبل.",
], [
    T("اليوم الخميس", "DATE", "2021-01-07", ("dct",)),
    T("غدا الجمعة", "DATE", "2021-01-08", ("d", 1)),
    T("الساعة التاسعة من صباح السبت", "TIME", "2021-01-09T09:00", ("t", ("wd", "onafter"), "clock")),
    T("الساعة الثانية فجرا", "TIME", "2021-01-07T02:00", ("t", ("dct",), "clock")),
    T("الساعة العاشرة من صباح اليوم", "TIME", "2021-01-07T10:00", ("t", ("dct",), "clock")),
    T("صباح اليوم", "TIME", "2021-01-07TMO", ("t", ("dct",), "MO"), ctx="الدولة صباح اليوم في"),
    T("الساعة 06:15 بالتوقيت المحلي", "TIME", "2021-01-07T06:15", ("t", ("dct",), "clock")),
    T("منتصف الأسبوع المقبل", "DATE", "2021-W02", ("week", 1), mod="MID"),
    T("21 ديسمبر الماضي", "DATE", "2020-12-21", ("dm", "past")),
    T("20 مارس المقبل", "DATE", "2021-03-20", ("dm", "future")),
], [
    E("توقع المركز الوطني", "2021-01-07"),
    E("وأصدر المركز", "2021-01-07"),
    E("وسجلت أدنى درجة", "2021-01-07"),
    E("يذكر أن الانقلاب", "2020-12-21", end="ديسمبر الماضي،"),
], traps=["80 كيلومترا في الساعة", "500 متر", "6.4 درجة", "19 و23 درجة"])

# --------------------------------------------------------------- k004 Morocco, court
A("k004", "2017-11-20", "Morocco", [
    "قررت غرفة الجنايات الابتدائية لدى محكمة الاستئناف بالدار البيضاء، اليوم الاثنين، تأجيل النظر في ملف المتهمين في قضية اختلاس أموال تعاونية فلاحية بإقليم برشيد إلى جلسة 4 دجنبر المقبل، استجابة لطلب هيئة الدفاع التي التمست مهلة لإعداد مرافعاتها.",
    "وكانت المحكمة قد عقدت أولى جلسات هذه القضية في 25 شتنبر الماضي، قبل أن تؤجلها مرتين، آخرهما في 6 نونبر الجاري، بسبب غياب بعض المتهمين.",
    "ويتابع في هذا الملف تسعة متهمين، من بينهم رئيس التعاونية وأمين ماليتها، بتهم تبديد أموال عمومية والتزوير في محررات رسمية.",
    "وتعود وقائع القضية إلى شكاية تقدم بها عدد من المنخرطين لدى النيابة العامة في يوليوز 2015، اتهموا فيها الرئيس بأنه مارس ضغوطا عليهم لتوقيع محاضر اجتماعات لم تنعقد.",
    "وحسب مصادر من هيئة الدفاع، فإن الخبرة الحسابية التي أمرت بها المحكمة كشفت عن اختلالات في تدبير ما يقارب 3.2 ملايين درهم خلال الفترة الممتدة من 2011 إلى 2014.",
    "ويواجه المتهمون، في حال إدانتهم، عقوبات قد تصل إلى عشر سنوات سجنا نافذا.",
], [
    T("اليوم الاثنين", "DATE", "2017-11-20", ("dct",)),
    T("4 دجنبر المقبل", "DATE", "2017-12-04", ("dm", "future")),
    T("25 شتنبر الماضي", "DATE", "2017-09-25", ("dm", "past")),
    T("6 نونبر الجاري", "DATE", "2017-11-06", ("dm", "past")),
    T("يوليوز 2015", "DATE", "2015-07", ("my",)),
    T("2011", "DATE", "2011", ("y",)),
    T("2014", "DATE", "2014", ("y",)),
    T("عشر سنوات", "DURATION", "P10Y", ("dur",)),
], [
    E("قررت غرفة الجنايات", "2017-11-20"),
    E("وكانت المحكمة قد عقدت", "2017-09-25", end="شتنبر الماضي،"),
    E("وتعود وقائع القضية", "2015-07"),
], traps=["مارس ضغوطا", "3.2 ملايين درهم", "النيابة العامة", "أموال عمومية"])

# --------------------------------------------------------------- k005 Algeria, education
A("k005", "2013-06-02", "Algeria", [
    "يجتاز أزيد من 560 ألف مترشح امتحان شهادة البكالوريا ابتداء من اليوم الأحد، ويتواصل الامتحان إلى غاية يوم الخميس 6 جوان، عبر أكثر من ألفي مركز إجراء موزعة على كامل التراب الوطني.",
    "وأشرف وزير التربية الوطنية صباح اليوم على إعطاء إشارة انطلاق الامتحانات من ثانوية بالجزائر العاصمة، حيث فتحت الأظرفة التي تحتوي على مواضيع مادة اللغة العربية على الساعة الثامنة والنصف صباحا.",
    "وأكد الوزير في تصريح للصحافة أن النتائج ستعلن مطلع شهر جويلية المقبل، بعد عملية تصحيح تدوم قرابة ثلاثة أسابيع.",
    "ويخضع المترشحون الأحرار، البالغ عددهم نحو 190 ألفا، للرزنامة نفسها، في حين جرى امتحان نهاية المرحلة الابتدائية الأربعاء الماضي، على أن ينطلق امتحان شهادة التعليم المتوسط يوم 9 جوان الجاري ولمدة ثلاثة أيام.",
    "وشددت الوزارة على منع إدخال الهواتف النقالة والساعات الإلكترونية إلى مراكز الامتحان، محذرة من أن أي محاولة غش ستعرض صاحبها للإقصاء لمدة خمس سنوات.",
    "وكانت الوزارة قد أعلنت رزنامة الامتحانات الرسمية في 12 فيفري الماضي، قبل أن تعدلها في أفريل إثر إضراب نقابات الأساتذة.",
], [
    T("اليوم الأحد", "DATE", "2013-06-02", ("dct",)),
    T("يوم الخميس 6 جوان", "DATE", "2013-06-06", ("dm", "future")),
    T("صباح اليوم", "TIME", "2013-06-02TMO", ("t", ("dct",), "MO")),
    T("الساعة الثامنة والنصف صباحا", "TIME", "2013-06-02T08:30", ("t", ("dct",), "clock")),
    T("مطلع شهر جويلية المقبل", "DATE", "2013-07", ("m", "future"), mod="START"),
    T("قرابة ثلاثة أسابيع", "DURATION", "P3W", ("dur",), mod="APPROX"),
    T("الأربعاء الماضي", "DATE", "2013-05-29", ("wd", "before")),
    T("يوم 9 جوان الجاري", "DATE", "2013-06-09", ("dm", "future")),
    T("ثلاثة أيام", "DURATION", "P3D", ("dur",)),
    T("خمس سنوات", "DURATION", "P5Y", ("dur",)),
    T("12 فيفري الماضي", "DATE", "2013-02-12", ("dm", "past")),
    T("أفريل", "DATE", "2013-04", ("m", "past")),
], [
    E("يجتاز أزيد", "2013-06-02"),
    E("وأشرف وزير التربية", "2013-06-02"),
    E("وأكد الوزير", "2013-06-02"),
    E("في حين جرى امتحان", "2013-05-29", end="الأربعاء الماضي،"),
    E("وكانت الوزارة قد أعلنت رزنامة", "2013-02-12", end="فيفري الماضي،"),
    E("قبل أن تعدلها في أفريل", "2013-04"),
], traps=["560 ألف مترشح", "ألفي مركز", "190 ألفا", "الساعات الإلكترونية"], ok=["نهاية المرحلة"])

# --------------------------------------------------------------- k006 Tunisia, elections
A("k006", "2014-10-24", "Tunisia", [
    "أسدل الستار مساء اليوم الجمعة على الحملة الانتخابية للانتخابات التشريعية التونسية، التي انطلقت يوم 4 أكتوبر الجاري، لتبدأ فترة الصمت الانتخابي منتصف الليل وتستمر إلى غاية فتح مكاتب الاقتراع صباح بعد غد الأحد.",
    "وأعلنت الهيئة العليا المستقلة للانتخابات، في ندوة صحفية عقدتها أمس الخميس، أن عدد الناخبين المسجلين بلغ نحو 5.2 ملايين ناخب، سيتوجهون إلى أكثر من 11 ألف مكتب اقتراع لاختيار 217 نائبا في مجلس نواب الشعب.",
    "وأوضح رئيس الهيئة أن مكاتب الاقتراع ستفتح أبوابها على الساعة السابعة صباحا وتغلق على الساعة السادسة مساء، على أن تعلن النتائج الأولية في أجل أقصاه يوم 30 أكتوبر.",
    "أما التونسيون المقيمون بالخارج فقد شرعوا في التصويت منذ صباح اليوم، ويتواصل اقتراعهم على امتداد ثلاثة أيام.",
    "وتنظم الهيئة عشية الاقتراع ندوة صحفية أخيرة لتقديم الترتيبات النهائية، فيما تجرى الانتخابات الرئاسية يوم 23 نوفمبر المقبل.",
    "وتعد هذه الانتخابات الأولى من نوعها منذ المصادقة على الدستور الجديد في 26 جانفي 2014.",
], [
    T("مساء اليوم الجمعة", "TIME", "2014-10-24TEV", ("t", ("dct",), "EV")),
    T("يوم 4 أكتوبر الجاري", "DATE", "2014-10-04", ("dm", "past")),
    T("منتصف الليل", "TIME", "2014-10-25T00:00", ("t", ("d", 1), "00:00"), alt=["2014-10-24T24:00"]),
    T("صباح بعد غد الأحد", "TIME", "2014-10-26TMO", ("t", ("d", 2), "MO")),
    T("أمس الخميس", "DATE", "2014-10-23", ("d", -1)),
    T("الساعة السابعة صباحا", "TIME", "2014-10-26T07:00", ("t", ("anchor", "2014-10-26", 0), "clock")),
    T("الساعة السادسة مساء", "TIME", "2014-10-26T18:00", ("t", ("anchor", "2014-10-26", 0), "clock")),
    T("يوم 30 أكتوبر", "DATE", "2014-10-30", ("dm", "future")),
    T("صباح اليوم", "TIME", "2014-10-24TMO", ("t", ("dct",), "MO")),
    T("ثلاثة أيام", "DURATION", "P3D", ("dur",)),
    T("عشية", "DATE", "2014-10-25", ("anchor", "2014-10-26", -1)),
    T("يوم 23 نوفمبر المقبل", "DATE", "2014-11-23", ("dm", "future")),
    T("26 جانفي 2014", "DATE", "2014-01-26", ("dmy",)),
], [
    E("أسدل الستار", "2014-10-24"),
    E("وأعلنت الهيئة العليا", "2014-10-23"),
    E("وأوضح رئيس الهيئة", "2014-10-23"),
    E("أما التونسيون", "2014-10-24"),
], traps=["5.2 ملايين ناخب", "217 نائبا", "11 ألف مكتب"])

# --------------------------------------------------------------- k007 Lebanon, central bank
A("k007", "2010-02-04", "Lebanon", [
    "أعلن حاكم مصرف لبنان، في مؤتمر صحفي عقده ظهر اليوم الخميس في مقر المصرف ببيروت، أن الودائع المصرفية سجلت نموا بنسبة 19.6 في المئة خلال العام الماضي، لتتجاوز 115 مليار دولار في نهاية كانون الأول 2009.",
    "وأوضح أن ميزان المدفوعات حقق فائضا قياسيا بلغ نحو 7.9 مليارات دولار في 2009، متوقعا أن يتراجع هذا الفائض خلال العام الجاري بفعل ارتفاع أسعار النفط وتباطؤ تدفق الرساميل.",
    "وكان المجلس المركزي للمصرف قد قرر، في جلسته المنعقدة الاثنين الماضي، الإبقاء على معدلات الفائدة على شهادات الإيداع دون تغيير، على أن يعيد النظر فيها مطلع نيسان المقبل.",
    "كما التقى الحاكم الثلاثاء وفدا من جمعية المصارف برئاسة أمينها العام، وبحث معه آليات تمويل القروض السكنية للشباب.",
    "وفي سوق القطع، حافظ سعر صرف الليرة على استقراره عند 1507.5 ليرات للدولار الواحد، وهو المستوى الذي يدافع عنه المصرف منذ أواخر عام 1997.",
    "ومن المقرر أن يعقد الحاكم لقاءه الدوري مع الهيئات الاقتصادية في الخامس عشر من شباط الجاري لعرض خطة المصرف خلال السنوات الثلاث المقبلة.",
], [
    T("ظهر اليوم الخميس", "TIME", "2010-02-04TAF", ("t", ("dct",), "AF")),
    T("العام الماضي", "DATE", "2009", ("year", -1)),
    T("نهاية كانون الأول 2009", "DATE", "2009-12", ("my",), mod="END"),
    T("2009", "DATE", "2009", ("y",), ctx="دولار في 2009"),
    T("العام الجاري", "DATE", "2010", ("year", 0)),
    T("الاثنين الماضي", "DATE", "2010-02-01", ("wd", "before")),
    T("مطلع نيسان المقبل", "DATE", "2010-04", ("m", "future"), mod="START"),
    T("الثلاثاء", "DATE", "2010-02-02", ("wd", "onbefore")),
    T("أواخر عام 1997", "DATE", "1997", ("y",), mod="END"),
    T("الخامس عشر من شباط الجاري", "DATE", "2010-02-15", ("dm", "future")),
    T("السنوات الثلاث المقبلة", "DURATION", "P3Y", ("dur",)),
], [
    E("أعلن حاكم مصرف لبنان", "2010-02-04"),
    E("وأوضح أن ميزان", "2010-02-04"),
    E("وكان المجلس المركزي", "2010-02-01"),
    E("كما التقى الحاكم", "2010-02-02"),
], traps=["19.6 في المئة", "115 مليار دولار", "7.9 مليارات دولار", "1507.5 ليرات", "أمينها العام"])

# --------------------------------------------------------------- k008 Jordan, health
A("k008", "2022-08-28", "Jordan", [
    "أطلقت وزارة الصحة، صباح اليوم الأحد، الحملة الوطنية للتطعيم ضد شلل الأطفال والحصبة، والتي تستمر لمدة أسبوعين وتستهدف نحو مليون و300 ألف طفل دون سن الخامسة في جميع محافظات المملكة.",
    "وقال مدير التطعيم في الوزارة إن الفرق الميدانية ستعمل يوميا، بما في ذلك أيام الجمعة، في المراكز الصحية والمدارس ومخيمات اللجوء، إضافة إلى فرق متنقلة تزور التجمعات السكانية النائية.",
    "وأوضح أن الحملة تأتي بعد تسجيل ثلاث حالات حصبة في محافظة المفرق خلال الأسابيع الماضية، مؤكدا أن الأردن خال من شلل الأطفال منذ عام 1992.",
    "وكانت الوزارة قد أعلنت قبل يومين عن وصول الدفعة الأخيرة من اللقاحات، والبالغة 1.4 مليون جرعة، بدعم من منظمة الصحة العالمية.",
    "ونفذت الوزارة حملة مماثلة في تشرين الثاني 2019 شملت 950 ألف طفل، بنسبة تغطية بلغت 94%.",
    "ودعت الوزارة الأهالي إلى الاحتفاظ ببطاقة المطعوم، مشيرة إلى أن الجرعة الثانية تعطى بعد أربعة أسابيع من الجرعة الأولى.",
], [
    T("صباح اليوم الأحد", "TIME", "2022-08-28TMO", ("t", ("dct",), "MO")),
    T("أسبوعين", "DURATION", "P2W", ("dur",)),
    T("يوميا", "SET", "P1D", ("lit",)),
    T("أيام الجمعة", "SET", "XXXX-WXX-5", ("lit",)),
    T("الأسابيع الماضية", "DURATION", "PXW", ("dur",)),
    T("عام 1992", "DATE", "1992", ("y",)),
    T("قبل يومين", "DATE", "2022-08-26", ("d", -2)),
    T("تشرين الثاني 2019", "DATE", "2019-11", ("my",)),
    T("أربعة أسابيع", "DURATION", "P4W", ("dur",)),
], [
    E("أطلقت وزارة الصحة", "2022-08-28"),
    E("وقال مدير التطعيم", "2022-08-28"),
    E("وأوضح أن الحملة", "2022-08-28"),
    E("وكانت الوزارة قد أعلنت", "2022-08-26"),
    E("ونفذت الوزارة", "2019-11"),
], traps=["مليون و300 ألف طفل", "سن الخامسة", "1.4 مليون جرعة", "950 ألف طفل", "94%"])

# --------------------------------------------------------------- k009 Kuwait, parliament
A("k009", "2012-12-16", "Kuwait", [
    "افتتح أمير البلاد صباح اليوم الأحد دور الانعقاد العادي الأول للفصل التشريعي الرابع عشر لمجلس الأمة، وذلك بعد نحو أسبوعين من الانتخابات البرلمانية التي جرت في الأول من ديسمبر الجاري.",
    "وانتخب المجلس في جلسته الافتتاحية رئيسا له بعد حصوله على 36 صوتا، فيما جرى انتخاب نائب الرئيس وأمين السر والمراقب بالتزكية.",
    "وكانت الحكومة الجديدة قد أدت اليمين الدستورية أمام أمير البلاد الأربعاء الماضي، في حين عقد مجلس الوزراء اجتماعه الأول أمس السبت برئاسة رئيس الوزراء.",
    "وقال الأمين العام لمجلس الأمة في تصريح صحفي إن المجلس سيعقد جلساته العادية كل أسبوعين، على أن تكون أولى الجلسات العادية بعد غد الثلاثاء، وتخصص لمناقشة الخطاب الأميري.",
    "ويتعين على الحكومة تقديم برنامج عملها إلى المجلس خلال 30 يوما من تشكيلها.",
    "وكانت نسبة المشاركة في الانتخابات الأخيرة قد بلغت 40.3%، وهي الأدنى منذ سنوات، بعد مقاطعة المعارضة احتجاجا على تعديل النظام الانتخابي في أكتوبر الماضي.",
], [
    T("صباح اليوم الأحد", "TIME", "2012-12-16TMO", ("t", ("dct",), "MO")),
    T("نحو أسبوعين", "DURATION", "P2W", ("dur",), mod="APPROX"),
    T("الأول من ديسمبر الجاري", "DATE", "2012-12-01", ("dm", "past")),
    T("الأربعاء الماضي", "DATE", "2012-12-12", ("wd", "before")),
    T("أمس السبت", "DATE", "2012-12-15", ("d", -1)),
    T("كل أسبوعين", "SET", "P2W", ("lit",)),
    T("بعد غد الثلاثاء", "DATE", "2012-12-18", ("d", 2)),
    T("30 يوما", "DURATION", "P30D", ("dur",)),
    T("سنوات", "DURATION", "PXY", ("dur",), ctx="منذ سنوات"),
    T("أكتوبر الماضي", "DATE", "2012-10", ("m", "past")),
], [
    E("افتتح أمير البلاد", "2012-12-16"),
    E("وانتخب المجلس", "2012-12-16"),
    E("وكانت الحكومة الجديدة", "2012-12-12", end="الأربعاء الماضي،"),
    E("في حين عقد مجلس الوزراء", "2012-12-15"),
], traps=["الأمين العام", "36 صوتا", "40.3%", "التشريعي الرابع عشر"])

# --------------------------------------------------------------- k010 Qatar, sport
A("k010", "2018-11-29", "Qatar", [
    "يلتقي السد مع الدحيل في قمة مباريات الجولة العاشرة من دوري نجوم قطر لكرة القدم، التي تنطلق غداً الجمعة وتختتم يوم الأحد المقبل.",
    "وتقام المباراة على استاد جاسم بن حمد بنادي السد في الساعة الثامنة والنصف من مساء السبت، ويدخلها السد متصدرا برصيد 25 نقطة، بفارق نقطتين عن الدحيل صاحب المركز الثاني.",
    "وكان السد قد حقق فوزا كبيرا على الغرافة 4-0 الأحد الماضي، فيما تعادل الدحيل مع الريان 2-2 في اليوم التالي.",
    "وقال مدرب السد في مؤتمر صحفي عقده اليوم إن فريقه سيفتقد جهود المهاجم رمضان الكواري بسبب الإيقاف، مضيفا أن لاعبيه خاضوا حصتين تدريبيتين يوميا خلال الأيام الثلاثة الماضية.",
    "من جهته، أكد مدرب الدحيل أن فريقه لم يستسلم يوما للضغوط، وأنه سيلعب من أجل الفوز فقط رغم الغيابات.",
    "وطرحت إدارة السد 8 آلاف تذكرة للبيع عبر الإنترنت بسعر 20 ريالا للتذكرة، على أن تفتح شبابيك التذاكر في الملعب قبل ثلاث ساعات من انطلاق المباراة.",
], [
    T("غداً الجمعة", "DATE", "2018-11-30", ("d", 1)),
    T("يوم الأحد المقبل", "DATE", "2018-12-02", ("wd", "after")),
    T("الساعة الثامنة والنصف من مساء السبت", "TIME", "2018-12-01T20:30", ("t", ("wd", "onafter"), "clock")),
    T("الأحد الماضي", "DATE", "2018-11-25", ("wd", "before")),
    T("اليوم التالي", "DATE", "2018-11-26", ("anchor", "2018-11-25", 1)),
    T("اليوم", "DATE", "2018-11-29", ("dct",), ctx="عقده اليوم إن"),
    T("يوميا", "SET", "P1D", ("lit",)),
    T("الأيام الثلاثة الماضية", "DURATION", "P3D", ("dur",)),
    T("ثلاث ساعات", "DURATION", "PT3H", ("dur",)),
], [
    E("وكان السد قد حقق", "2018-11-25", end="الأحد الماضي،"),
    E("فيما تعادل الدحيل", "2018-11-26"),
    E("وقال مدرب السد", "2018-11-29"),
], traps=["4-0", "2-2", "رمضان الكواري", "يوما للضغوط", "25 نقطة", "نقطتين", "8 آلاف تذكرة", "20 ريالا", "الجولة العاشرة"])

# --------------------------------------------------------------- k011 Iraq, oil
A("k011", "2009-09-01", "Iraq", [
    "أعلنت وزارة النفط العراقية، اليوم الثلاثاء، أن صادرات البلاد من النفط الخام بلغت خلال شهر آب الماضي نحو 59.6 مليون برميل، مقابل 57.2 مليون برميل في تموز، بمعدل 1.92 مليون برميل يوميا، محققة إيرادات تجاوزت 4 مليارات دولار.",
    "وقال المتحدث باسم الوزارة إن الصادرات توزعت بين موانئ البصرة الجنوبية وخط كركوك-جيهان الشمالي، الذي استأنف الضخ في الحادي عشر من آب بعد توقف دام عشرة أيام بسبب أعمال تخريب.",
    "وأضاف أن الوزارة تسعى إلى رفع الصادرات إلى مليوني برميل يوميا بحلول نهاية العام الجاري، تمهيدا لجولة التراخيص الثانية المقرر عقدها في كانون الأول المقبل.",
    "وكان وزير النفط قد بحث أول أمس مع المدير العام لشركة تسويق النفط خطط التصدير خلال الربع الأخير من العام، في ضوء تحسن الوضع الأمني منذ انسحاب القوات الأمريكية من المدن في الثلاثين من حزيران الماضي.",
    "يذكر أن أسعار النفط ارتفعت بنسبة 6% خلال الشهر الماضي، ليبلغ سعر خام البصرة الخفيف نحو 70 دولارا للبرميل في الأسبوع الأخير من آب.",
], [
    T("اليوم الثلاثاء", "DATE", "2009-09-01", ("dct",)),
    T("شهر آب الماضي", "DATE", "2009-08", ("m", "past")),
    T("تموز", "DATE", "2009-07", ("m", "past")),
    T("يوميا", "SET", "P1D", ("lit",), n=0),
    T("الحادي عشر من آب", "DATE", "2009-08-11", ("dm", "past")),
    T("عشرة أيام", "DURATION", "P10D", ("dur",)),
    T("يوميا", "SET", "P1D", ("lit",), n=1),
    T("نهاية العام الجاري", "DATE", "2009", ("year", 0), mod="END"),
    T("كانون الأول المقبل", "DATE", "2009-12", ("m", "future")),
    T("أول أمس", "DATE", "2009-08-30", ("d", -2)),
    T("الربع الأخير من العام", "DATE", "2009-Q4", ("lit",)),
    T("الثلاثين من حزيران الماضي", "DATE", "2009-06-30", ("dm", "past")),
    T("الشهر الماضي", "DATE", "2009-08", ("month", -1)),
    T("الأسبوع الأخير من آب", "DATE", "2009-08", ("m", "past"), mod="END", alt=["2009-W35"]),
], [
    E("أعلنت وزارة النفط", "2009-09-01"),
    E("وقال المتحدث", "2009-09-01", end="جيهان الشمالي،"),
    E("الذي استأنف الضخ", "2009-08-11"),
    E("وأضاف أن الوزارة", "2009-09-01"),
    E("وكان وزير النفط", "2009-08-30"),
    E("يذكر أن أسعار النفط", "2009-08"),
], traps=["57.2 مليون برميل", "59.6 مليون برميل", "1.92 مليون برميل", "4 مليارات دولار", "المدير العام", "6%", "70 دولارا", "مليوني برميل"])

# --------------------------------------------------------------- k012 Palestine, culture
A("k012", "2015-10-10", "Palestine", [
    "انطلقت صباح اليوم السبت في مدينة بيت لحم فعاليات مهرجان الزيتون الوطني في دورته الحادية عشرة، بمشاركة أكثر من 120 تعاونية زراعية ونسوية من مختلف محافظات الضفة الغربية.",
    "ويستمر المهرجان، الذي تنظمه وزارة الزراعة بالتعاون مع الغرفة التجارية، لمدة أربعة أيام، ويتضمن معرضا للمنتجات الريفية وعروضا للدبكة الشعبية في ساحة المهد، على أن تعلن نتائج مسابقة أجود زيت زيتون بعد أسبوع.",
    "وقال وزير الزراعة خلال حفل الافتتاح إن موسم قطف الزيتون لهذا العام، الذي بدأ رسميا في الأول من تشرين الأول، يتوقع أن ينتج نحو 17 ألف طن من الزيت، مقارنة بـ24 ألف طن في العام الماضي.",
    "وأشار الوزير إلى أن أسعار زيت الزيتون شهدت ارتفاعا ملحوظا مؤخرا، مبينا أن الوزارة ستبدأ بعد غد الاثنين توزيع 5 آلاف شتلة زيتون على المزارعين المتضررين من اعتداءات المستوطنين.",
    "وكان المهرجان قد نظم لأول مرة عام 2005 في مدينة رام الله، ويقام سنويا بالتناوب بين المدن الفلسطينية.",
    "وعلى هامش المهرجان، يعقد اتحاد جمعيات المزارعين المؤتمر العام الخامس للاتحاد يوم الثلاثاء المقبل لانتخاب هيئة إدارية جديدة.",
], [
    T("صباح اليوم السبت", "TIME", "2015-10-10TMO", ("t", ("dct",), "MO")),
    T("أربعة أيام", "DURATION", "P4D", ("dur",)),
    T("بعد أسبوع", "DATE", "2015-10-17", ("d", 7), alt=["2015-W42"]),
    T("هذا العام", "DATE", "2015", ("year", 0)),
    T("الأول من تشرين الأول", "DATE", "2015-10-01", ("dm", "past")),
    T("العام الماضي", "DATE", "2014", ("year", -1)),
    T("مؤخرا", "DATE", "PAST_REF", ("lit",)),
    T("بعد غد الاثنين", "DATE", "2015-10-12", ("d", 2)),
    T("عام 2005", "DATE", "2005", ("y",)),
    T("سنويا", "SET", "P1Y", ("lit",)),
    T("يوم الثلاثاء المقبل", "DATE", "2015-10-13", ("wd", "after")),
], [
    E("انطلقت صباح اليوم", "2015-10-10"),
    E("وقال وزير الزراعة", "2015-10-10"),
    E("وأشار الوزير", "2015-10-10"),
    E("وكان المهرجان قد نظم", "2005", end="رام الله،"),
], traps=["120 تعاونية", "الحادية عشرة", "17 ألف طن", "24 ألف طن", "5 آلاف شتلة", "المؤتمر العام"], ok=["مسابقة"])

# --------------------------------------------------------------- k013 Oman, weather
A("k013", "2020-05-30", "Oman", [
    "أعلنت الهيئة العامة للطيران المدني في سلطنة عمان، في نشرتها الصادرة عند الساعة 14:00 بتوقيت غرينتش اليوم السبت، أن المنخفض المداري المتمركز في بحر العرب تعمق إلى عاصفة مدارية، وأصبح مركزه على بعد نحو 600 كيلومتر من سواحل محافظة ظفار.",
    "وتوقعت الهيئة أن تتأثر سواحل ظفار والوسطى بالحالة بدءا من فجر الاثنين، مع هطول أمطار غزيرة تتراوح كمياتها بين 100 و200 ملم، ورياح تصل سرعتها إلى 90 كيلومترا في الساعة، على أن تضعف الحالة تدريجيا بعد ثلاثة أيام.",
    "وكانت اللجنة الوطنية لإدارة الحالات الطارئة قد قررت، في اجتماع عقدته مساء أمس، تعليق العمل في الجهات الحكومية والخاصة بمحافظة ظفار يومي الأحد والاثنين، وإغلاق ميناء صلالة أمام الملاحة لمدة 72 ساعة اعتبارا من ظهر الأحد.",
    "ودعت الهيئة المواطنين والمقيمين إلى متابعة النشرات التي تصدر كل ست ساعات، وعدم المجازفة بعبور الأودية أثناء جريان المياه.",
    "يذكر أن السلطنة تعرضت لإعصار قوي في أواخر مايو 2018 تسبب في أضرار واسعة بمدينة صلالة، وتعمل الجهات المختصة حاليا على رفع جاهزية فرق الإنقاذ.",
], [
    T("الساعة 14:00 بتوقيت غرينتش", "TIME", "2020-05-30T14:00", ("t", ("dct",), "clock")),
    T("اليوم السبت", "DATE", "2020-05-30", ("dct",)),
    T("فجر الاثنين", "TIME", "2020-06-01TMO", ("t", ("wd", "onafter"), "MO")),
    T("بعد ثلاثة أيام", "DATE", "2020-06-02", ("d", 3)),
    T("مساء أمس", "TIME", "2020-05-29TEV", ("t", ("d", -1), "EV")),
    T("يومي الأحد", "DATE", "2020-05-31", ("wd", "onafter")),
    T("الاثنين", "DATE", "2020-06-01", ("wd", "onafter"), ctx="الأحد والاثنين"),
    T("72 ساعة", "DURATION", "PT72H", ("dur",)),
    T("ظهر الأحد", "TIME", "2020-05-31TAF", ("t", ("wd", "onafter"), "AF")),
    T("كل ست ساعات", "SET", "PT6H", ("lit",)),
    T("أواخر مايو 2018", "DATE", "2018-05", ("my",), mod="END"),
    T("حاليا", "DATE", "PRESENT_REF", ("lit",)),
], [
    E("أعلنت الهيئة العامة", "2020-05-30"),
    E("وتوقعت الهيئة", "2020-05-30"),
    E("وكانت اللجنة الوطنية", "2020-05-29"),
    E("يذكر أن السلطنة", "2018-05", end="بمدينة صلالة،"),
], traps=["الهيئة العامة", "600 كيلومتر", "100 و200 ملم", "90 كيلومترا في الساعة"])

# --------------------------------------------------------------- k014 Egypt, central bank
A("k014", "2023-02-02", "Egypt", [
    "قررت لجنة السياسة النقدية بالبنك المركزي المصري، في اجتماعها الذي عقدته مساء اليوم الخميس، الإبقاء على سعري عائد الإيداع والإقراض لليلة واحدة دون تغيير عند 16.25% و17.25% على الترتيب.",
    "وأوضح البنك في بيانه أن القرار جاء بعد رفع أسعار الفائدة بمقدار 300 نقطة أساس في اجتماع 22 ديسمبر الماضي، ليصل إجمالي الزيادات منذ مارس 2022 إلى 800 نقطة أساس.",
    "وكان معدل التضخم السنوي العام في الحضر قد ارتفع إلى 21.3% في يناير الماضي، مقابل 18.7% في ديسمبر، وهو أعلى مستوى له منذ خمس سنوات.",
    "وقال محافظ البنك في تصريحات تلفزيونية الخميس إن السياسة النقدية ستظل مرنة، مشيرا إلى أن البنك لن يتردد في التحرك إذا تطلب الأمر ذلك قبل موعد الاجتماع المقبل.",
    "ومن المقرر أن تعقد اللجنة اجتماعها المقبل يوم 30 مارس المقبل، وهو الثاني من بين ثمانية اجتماعات تعقدها خلال العام الجاري.",
    "وتراجع الجنيه المصري أمام الدولار بأكثر من 20% منذ مطلع العام، في حين يتوقع محللون أن يمارس صندوق النقد الدولي ضغوطا إضافية لتحرير سعر الصرف خلال الأشهر المقبلة، بعدما وافق قبل شهرين على قرض بقيمة 3 مليارات دولار.",
    "وكان رئيس الوزراء قد أكد أول أمس الثلاثاء أن الحكومة ماضية في برنامج طرح حصص من الشركات المملوكة للدولة في البورصة.",
], [
    T("مساء اليوم الخميس", "TIME", "2023-02-02TEV", ("t", ("dct",), "EV")),
    T("22 ديسمبر الماضي", "DATE", "2022-12-22", ("dm", "past")),
    T("مارس 2022", "DATE", "2022-03", ("my",)),
    T("يناير الماضي", "DATE", "2023-01", ("m", "past")),
    T("ديسمبر", "DATE", "2022-12", ("m", "past"), ctx="في ديسمبر،"),
    T("خمس سنوات", "DURATION", "P5Y", ("dur",)),
    T("الخميس", "DATE", "2023-02-02", ("wd", "onbefore"), ctx="تلفزيونية الخميس"),
    T("يوم 30 مارس المقبل", "DATE", "2023-03-30", ("dm", "future")),
    T("العام الجاري", "DATE", "2023", ("year", 0)),
    T("مطلع العام", "DATE", "2023", ("year", 0), mod="START"),
    T("الأشهر المقبلة", "DURATION", "PXM", ("dur",)),
    T("قبل شهرين", "DATE", "2022-12-02", ("moff", -2), alt=["2022-12"]),
    T("أول أمس الثلاثاء", "DATE", "2023-01-31", ("d", -2)),
], [
    E("قررت لجنة السياسة", "2023-02-02"),
    E("وأوضح البنك", "2023-02-02"),
    E("وكان معدل التضخم", "2023-01"),
    E("وقال محافظ البنك", "2023-02-02"),
    E("وكان رئيس الوزراء", "2023-01-31"),
], traps=["ليلة واحدة", "16.25%", "17.25%", "300 نقطة أساس", "800 نقطة أساس", "السنوي العام", "21.3%",
          "18.7%", "20%", "يمارس", "3 مليارات دولار", "ثمانية اجتماعات"],
   ok=["الاجتماع المقبل", "اجتماعها المقبل"])

# --------------------------------------------------------------- k015 Syria, education
A("k015", "2008-05-25", "Syria", [
    "أعلنت وزارة التربية السورية أمس السبت أن امتحانات الشهادة الثانوية العامة بفرعيها العلمي والأدبي ستبدأ صباح السبت المقبل وتستمر حتى 19 حزيران، فيما تنطلق امتحانات شهادة التعليم الأساسي في 2008/6/1.",
    "وأوضحت الوزارة أن عدد المتقدمين لامتحانات هذا العام بلغ نحو 320 ألف طالب وطالبة، يؤدون امتحاناتهم في 1900 مركز، على أن تكون مدة كل جلسة امتحانية ثلاث ساعات.",
    "ودعت الوزارة الطلاب إلى الحضور قبل نصف ساعة على الأقل من موعد بدء الامتحان، مؤكدة أن أي طالب يتأخر أكثر من ربع ساعة لن يسمح له بالدخول.",
    "وكانت نتائج الشهادة الثانوية في العام الماضي قد صدرت في ٢٢/٧/٢٠٠٧، وبلغت نسبة النجاح فيها 67.8%.",
    "وتقرر منح طلاب الشهادتين عطلة لمدة خمسة أيام قبل بدء الامتحانات، تبدأ اعتبارا من غد الاثنين.",
], [
    T("أمس السبت", "DATE", "2008-05-24", ("d", -1)),
    T("صباح السبت المقبل", "TIME", "2008-05-31TMO", ("t", ("wd", "after"), "MO")),
    T("19 حزيران", "DATE", "2008-06-19", ("dm", "future")),
    T("2008/6/1", "DATE", "2008-06-01", ("dmy",)),
    T("هذا العام", "DATE", "2008", ("year", 0)),
    T("ثلاث ساعات", "DURATION", "PT3H", ("dur",)),
    T("نصف ساعة على الأقل", "DURATION", "PT30M", ("dur",), mod="EQUAL_OR_MORE"),
    T("أكثر من ربع ساعة", "DURATION", "PT15M", ("dur",), mod="MORE_THAN"),
    T("العام الماضي", "DATE", "2007", ("year", -1)),
    T("٢٢/٧/٢٠٠٧", "DATE", "2007-07-22", ("dmy",)),
    T("خمسة أيام", "DURATION", "P5D", ("dur",)),
    T("غد الاثنين", "DATE", "2008-05-26", ("d", 1)),
], [
    E("أعلنت وزارة التربية", "2008-05-24"),
    E("وأوضحت الوزارة", "2008-05-24"),
    E("ودعت الوزارة", "2008-05-24"),
    E("وكانت نتائج الشهادة", "2007-07-22"),
], traps=["الثانوية العامة", "320 ألف طالب", "1900 مركز", "67.8%"])

# --------------------------------------------------------------- k016 Libya, elections
A("k016", "2021-12-22", "Libya", [
    "أعلنت المفوضية الوطنية العليا للانتخابات في ليبيا، اليوم الأربعاء، تعذر إجراء الانتخابات الرئاسية في موعدها المحدد يوم الجمعة 24 ديسمبر، واقترحت تأجيلها إلى 24 يناير المقبل.",
    "وجاء إعلان المفوضية بعد يوم من إعلان لجنة برلمانية مكلفة بمتابعة العملية الانتخابية استحالة إجراء الاقتراع في الموعد المقرر، بسبب ما وصفته بالقصور في التشريعات الانتخابية والطعون القضائية.",
    "وكان مجلس النواب قد أقر قانون انتخاب الرئيس في سبتمبر الماضي، فيما فتحت المفوضية باب الترشح في الثامن من نوفمبر وأغلقته في الثاني والعشرين منه، ثم أعلنت القائمة الأولية للمرشحين بعد ذلك بثلاثة أيام.",
    "ويرى مراقبون أن التأجيل كان متوقعا منذ أسابيع، في ظل الخلافات الحادة حول ترشح عدد من الشخصيات المثيرة للجدل، محذرين من أن الفراغ قد يعيد البلاد إلى مربع العنف الذي عاشته عامي 2019 و2020.",
    "ومن المنتظر أن يعقد مجلس النواب جلسة الاثنين المقبل لمناقشة خارطة طريق جديدة، بحسب ما أفاد به المتحدث باسم المجلس في وقت سابق اليوم، على أن يحدد موعد الاقتراع الجديد لاحقا.",
], [
    T("اليوم الأربعاء", "DATE", "2021-12-22", ("dct",)),
    T("يوم الجمعة 24 ديسمبر", "DATE", "2021-12-24", ("dm", "future")),
    T("24 يناير المقبل", "DATE", "2022-01-24", ("dm", "future")),
    T("يوم", "DURATION", "P1D", ("dur",), ctx="بعد يوم من"),
    T("سبتمبر الماضي", "DATE", "2021-09", ("m", "past")),
    T("الثامن من نوفمبر", "DATE", "2021-11-08", ("dm", "past")),
    T("الثاني والعشرين منه", "DATE", "2021-11-22", ("anchor", "2021-11-08", 14)),
    T("بعد ذلك بثلاثة أيام", "DATE", "2021-11-25", ("anchor", "2021-11-22", 3)),
    T("أسابيع", "DURATION", "PXW", ("dur",), ctx="منذ أسابيع"),
    T("عامي 2019", "DATE", "2019", ("y",)),
    T("2020", "DATE", "2020", ("y",)),
    T("الاثنين المقبل", "DATE", "2021-12-27", ("wd", "after")),
    T("وقت سابق اليوم", "DATE", "2021-12-22", ("dct",), alt=["PAST_REF"]),
    T("لاحقا", "DATE", "FUTURE_REF", ("lit",)),
], [
    E("أعلنت المفوضية", "2021-12-22"),
    E("وجاء إعلان المفوضية", "2021-12-22"),
    E("وكان مجلس النواب قد أقر", "2021-09", end="سبتمبر الماضي،"),
    E("فيما فتحت المفوضية", "2021-11-08", end="الثامن من نوفمبر"),
    E("وأغلقته في", "2021-11-22", end="والعشرين منه،"),
    E("ثم أعلنت القائمة", "2021-11-25"),
    E("ومن المنتظر أن يعقد", "2021-12-22"),
], ok=["الموعد المقرر", "موعدها المحدد", "موعد الاقتراع"])

# --------------------------------------------------------------- k017 Saudi, Hajj
A("k017", "2024-06-14", "Saudi Arabia", [
    "بدأ حجاج بيت الله الحرام منذ فجر اليوم الجمعة، الثامن من ذي الحجة 1445 هـ، التوافد على مشعر منى لقضاء يوم التروية، وسط منظومة متكاملة من الخدمات الأمنية والصحية والتنظيمية.",
    "ويتوجه ضيوف الرحمن غدا السبت إلى صعيد عرفات لأداء ركن الحج الأعظم، على أن ينفروا مساء إلى مزدلفة، ثم يعودوا إلى منى صباح الأحد، أول أيام عيد الأضحى المبارك، لرمي جمرة العقبة.",
    "وأعلنت الهيئة العامة للإحصاء مساء أمس الخميس أن عدد الحجاج هذا العام بلغ مليونا و833 ألف حاج، بينهم أكثر من 1.6 مليون قدموا من خارج المملكة.",
    "وتشهد المشاعر المقدسة موجة حر شديدة، إذ توقع المركز الوطني للأرصاد أن تصل درجات الحرارة في مكة المكرمة إلى 47 درجة مئوية خلال الأيام المقبلة، داعيا الحجاج إلى تجنب التعرض المباشر لأشعة الشمس.",
    "ويختتم الحجاج غير المتعجلين مناسكهم يوم الأربعاء 13 ذي الحجة، بعد رمي الجمرات ثلاثة أيام متتالية.",
], [
    T("فجر اليوم الجمعة", "TIME", "2024-06-14TMO", ("t", ("dct",), "MO")),
    T("الثامن من ذي الحجة 1445 هـ", "DATE", "2024-06-14", ("hijri", 1445, 12, 8)),
    T("يوم التروية", "DATE", "2024-06-14", ("hijri", 1445, 12, 8)),
    T("غدا السبت", "DATE", "2024-06-15", ("d", 1)),
    T("مساء", "TIME", "2024-06-15TEV", ("t", ("d", 1), "EV"), ctx="ينفروا مساء"),
    T("صباح الأحد", "TIME", "2024-06-16TMO", ("t", ("wd", "onafter"), "MO")),
    T("أول أيام عيد الأضحى المبارك", "DATE", "2024-06-16", ("hijri", 1445, 12, 10)),
    T("مساء أمس الخميس", "TIME", "2024-06-13TEV", ("t", ("d", -1), "EV")),
    T("هذا العام", "DATE", "2024", ("year", 0)),
    T("الأيام المقبلة", "DURATION", "PXD", ("dur",)),
    T("يوم الأربعاء 13 ذي الحجة", "DATE", "2024-06-19", ("hijri", 1445, 12, 13)),
    T("ثلاثة أيام", "DURATION", "P3D", ("dur",)),
], [
    E("بدأ حجاج", "2024-06-14"),
    E("وأعلنت الهيئة العامة", "2024-06-13"),
    E("وتشهد المشاعر", "2024-06-14"),
], traps=["الهيئة العامة", "833 ألف حاج", "1.6 مليون", "47 درجة"], ok=["صعيد عرفات"])

# --------------------------------------------------------------- k018 Morocco, book fair
A("k018", "2016-02-12", "Morocco", [
    "افتتحت، صباح اليوم الجمعة بالدار البيضاء، فعاليات الدورة الثانية والعشرين للمعرض الدولي للنشر والكتاب، التي تستمر إلى غاية 21 فبراير الجاري، بمشاركة أزيد من 700 عارض يمثلون 54 بلدا.",
    "ويحل الأدب الإفريقي ضيف شرف على هذه الدورة، التي تتضمن أكثر من 200 نشاط ثقافي بين ندوات وقراءات شعرية وحفلات توقيع تنظم يوميا في قاعات المعرض.",
    "وكان المعرض قد استقبل في دورته السابقة، المنظمة في فبراير 2015، نحو 350 ألف زائر، فيما تراهن وزارة الثقافة هذه السنة على تجاوز هذا الرقم.",
    "وسيخصص يوم الأربعاء المقبل للاحتفاء بالروائي المغربي الراحل عبد السلام الوزاني، الذي رحل عن عالمنا في 17 ينير الماضي بعد صراع طويل مع المرض.",
    "وكان الراحل قد أصدر روايته الأولى في غشت 1968، وتوجت بجائزة المغرب للكتاب في العام الموالي.",
    "وحمل الملصق الرسمي للدورة صورة ساعة رملية ترمز إلى قيمة الزمن في حياة القارئ، وهو من تصميم فنانة تشكيلية شابة.",
    "ومن المنتظر أن يعلن عن الفائزين بجوائز المغرب للكتاب في حفل يقام مساء غد السبت بحضور وزير الثقافة.",
], [
    T("صباح اليوم الجمعة", "TIME", "2016-02-12TMO", ("t", ("dct",), "MO")),
    T("21 فبراير الجاري", "DATE", "2016-02-21", ("dm", "future")),
    T("يوميا", "SET", "P1D", ("lit",)),
    T("فبراير 2015", "DATE", "2015-02", ("my",)),
    T("هذه السنة", "DATE", "2016", ("year", 0)),
    T("يوم الأربعاء المقبل", "DATE", "2016-02-17", ("wd", "after")),
    T("17 ينير الماضي", "DATE", "2016-01-17", ("dm", "past")),
    T("غشت 1968", "DATE", "1968-08", ("my",)),
    T("العام الموالي", "DATE", "1969", ("lit",)),
    T("مساء غد السبت", "TIME", "2016-02-13TEV", ("t", ("d", 1), "EV")),
], [
    E("افتتحت، صباح اليوم", "2016-02-12"),
    E("وكان المعرض قد استقبل", "2015-02", end="350 ألف زائر،"),
    E("الذي رحل عن عالمنا", "2016-01-17"),
    E("وكان الراحل قد أصدر", "1968-08", end="غشت 1968،"),
    E("وتوجت بجائزة", "1969"),
], traps=["700 عارض", "54 بلدا", "200 نشاط", "350 ألف زائر", "ساعة رملية", "الدورة الثانية والعشرين"],
   ok=["دورته السابقة"])

# --------------------------------------------------------------- k019 Egypt, book fair
A("k019", "2020-01-22", "Egypt", [
    "يفتتح رئيس مجلس الوزراء، ظهر اليوم الأربعاء، الدورة الحادية والخمسين لمعرض القاهرة الدولي للكتاب بمركز مصر للمعارض الدولية في التجمع الخامس، على أن تفتح أبواب المعرض أمام الجمهور صباح غد الخميس.",
    "وتستمر فعاليات المعرض حتى الرابع من فبراير المقبل، ويشارك فيه 900 ناشر من 38 دولة، فيما تحل السنغال ضيف شرف هذه الدورة.",
    "وقال رئيس الهيئة العامة للكتاب، في مؤتمر صحفي عقده الأحد الماضي، إن المعرض سيفتح أبوابه يوميا لمدة عشر ساعات، وإن الهيئة خصصت حافلات مجانية تنطلق كل ساعة من ميدان التحرير وشارع 26 يوليو إلى أرض المعارض.",
    "وأضاف أن الدورة الماضية، التي أقيمت في يناير 2019 احتفالا باليوبيل الذهبي للمعرض، استقبلت أكثر من 3.5 مليون زائر.",
    "ويعد المعرض، الذي انطلقت أولى دوراته عام 1969، من أقدم معارض الكتاب وأكبرها في المنطقة العربية، وكان قد انتقل إلى موقعه الجديد قبل عام.",
], [
    T("ظهر اليوم الأربعاء", "TIME", "2020-01-22TAF", ("t", ("dct",), "AF")),
    T("صباح غد الخميس", "TIME", "2020-01-23TMO", ("t", ("d", 1), "MO")),
    T("الرابع من فبراير المقبل", "DATE", "2020-02-04", ("dm", "future")),
    T("الأحد الماضي", "DATE", "2020-01-19", ("wd", "before")),
    T("يوميا", "SET", "P1D", ("lit",)),
    T("عشر ساعات", "DURATION", "PT10H", ("dur",)),
    T("كل ساعة", "SET", "PT1H", ("lit",)),
    T("يناير 2019", "DATE", "2019-01", ("my",)),
    T("عام 1969", "DATE", "1969", ("y",)),
    T("قبل عام", "DATE", "2019", ("year", -1)),
], [
    E("يفتتح رئيس مجلس الوزراء", "2020-01-22"),
    E("وقال رئيس الهيئة", "2020-01-19"),
    E("وأضاف أن الدورة", "2020-01-19"),
    E("وكان قد انتقل", "2019"),
], traps=["التجمع الخامس", "الهيئة العامة", "ميدان التحرير", "شارع 26 يوليو", "900 ناشر", "38 دولة",
          "3.5 مليون زائر", "الحادية والخمسين"], ok=["الدورة الماضية"])

# --------------------------------------------------------------- k020 wire: OPEC (Iraq angle)
A("k020", "2015-06-05", "Iraq", [
    "فيينا (وكالات) - قررت منظمة الدول المصدرة للنفط (أوبك) في اجتماعها الوزاري الذي عقد اليوم الجمعة في مقرها بالعاصمة النمساوية الإبقاء على سقف الإنتاج عند 30 مليون برميل يوميا دون تغيير، في خطوة كانت متوقعة على نطاق واسع منذ أسابيع، رغم تراجع الأسعار بأكثر من 40% منذ يونيو 2014. وقال وزير النفط العراقي للصحفيين قبيل الاجتماع صباح اليوم إن بلاده تنتج حاليا نحو 3.9 ملايين برميل يوميا، وإنها تعتزم رفع صادراتها خلال الشهر المقبل إلى أكثر من 3.3 ملايين برميل يوميا من الحقول الجنوبية والشمالية. وكان الأمين العام للمنظمة قد صرح أمس الخميس بأن السوق تحتاج إلى ستة أشهر على الأقل لاستعادة توازنها، مرجحا أن يتحسن الطلب في أواخر العام الجاري. وتراجع سعر مزيج برنت في تعاملات بعد الظهر بنسبة 1.5% إلى 62.3 دولارا للبرميل، بعدما كان قد سجل أعلى مستوى له منذ بداية العام في السادس من مايو الماضي عند 69.6 دولارا. ومن المقرر أن تعقد أوبك اجتماعها الوزاري المقبل في الرابع من ديسمبر 2015، فيما يتوقع محللون أن تبقى الأسعار تحت الضغط خلال الأشهر الثلاثة المقبلة بسبب وفرة المعروض من النفط الصخري الأمريكي. وأشار مندوبون في المنظمة إلى أن السعودية، أكبر منتج في أوبك، ضخت في مايو الماضي 10.3 ملايين برميل يوميا، وهو أعلى مستوى لها منذ أكثر من ثلاثين عاما. وكان وزير البترول السعودي قد أكد الأربعاء في فيينا أن المملكة لا تستهدف حصة سوقية بعينها، وأن السوق ستستعيد توازنها تدريجيا مع تباطؤ نمو الإنتاج من خارج المنظمة. ويعقد خبراء أوبك اجتماعا فنيا كل ثلاثة أشهر لمراجعة توقعات الطلب، على أن يصدر تقرير المنظمة المقبل عن سوق النفط في العاشر من يوليو.",
], [
    T("اليوم الجمعة", "DATE", "2015-06-05", ("dct",)),
    T("يوميا", "SET", "P1D", ("lit",), n=0),
    T("أسابيع", "DURATION", "PXW", ("dur",), ctx="منذ أسابيع"),
    T("يونيو 2014", "DATE", "2014-06", ("my",)),
    T("صباح اليوم", "TIME", "2015-06-05TMO", ("t", ("dct",), "MO")),
    T("حاليا", "DATE", "PRESENT_REF", ("lit",)),
    T("يوميا", "SET", "P1D", ("lit",), n=1),
    T("الشهر المقبل", "DATE", "2015-07", ("month", 1)),
    T("يوميا", "SET", "P1D", ("lit",), n=2),
    T("أمس الخميس", "DATE", "2015-06-04", ("d", -1)),
    T("ستة أشهر على الأقل", "DURATION", "P6M", ("dur",), mod="EQUAL_OR_MORE"),
    T("أواخر العام الجاري", "DATE", "2015", ("year", 0), mod="END"),
    T("بعد الظهر", "TIME", "2015-06-05TAF", ("t", ("dct",), "AF")),
    T("بداية العام", "DATE", "2015", ("year", 0), mod="START"),
    T("السادس من مايو الماضي", "DATE", "2015-05-06", ("dm", "past")),
    T("الرابع من ديسمبر 2015", "DATE", "2015-12-04", ("dmy",)),
    T("الأشهر الثلاثة المقبلة", "DURATION", "P3M", ("dur",)),
    T("مايو الماضي", "DATE", "2015-05", ("m", "past"), ctx="ضخت في مايو الماضي"),
    T("يوميا", "SET", "P1D", ("lit",), n=3),
    T("أكثر من ثلاثين عاما", "DURATION", "P30Y", ("dur",), mod="MORE_THAN"),
    T("الأربعاء", "DATE", "2015-06-03", ("wd", "onbefore")),
    T("كل ثلاثة أشهر", "SET", "P3M", ("lit",)),
    T("العاشر من يوليو", "DATE", "2015-07-10", ("dm", "future")),
], [
    E("فيينا (وكالات)", "2015-06-05"),
    E("وقال وزير النفط العراقي", "2015-06-05"),
    E("وكان الأمين العام", "2015-06-04"),
    E("وتراجع سعر مزيج برنت", "2015-06-05", end="دولارا للبرميل،"),
    E("بعدما كان قد سجل", "2015-05-06"),
    E("وأشار مندوبون", "2015-05"),
    E("وكان وزير البترول السعودي", "2015-06-03"),
], sep=" ", traps=["30 مليون برميل", "40%", "الأمين العام", "1.5%", "62.3 دولارا", "69.6 دولارا",
                   "10.3 ملايين برميل", "3.9 ملايين برميل", "3.3 ملايين برميل"],
   ok=["اجتماعها الوزاري المقبل", "تعاملات", "تقرير المنظمة المقبل"])

# --------------------------------------------------------------- k021 wire: Algeria, trial
A("k021", "2019-12-03", "Algeria", [
    "الجزائر (وكالات) - استأنفت محكمة سيدي امحمد بالعاصمة الجزائرية، صباح اليوم الثلاثاء، محاكمة رئيسي وزراء سابقين وعدد من الوزراء ورجال الأعمال المتابعين في قضايا فساد مرتبطة بصناعة تركيب السيارات والتمويل الخفي للحملة الانتخابية، وذلك بعد أن قررت أمس الاثنين تأجيلها لمدة 24 ساعة بسبب مقاطعة هيئة الدفاع للجلسة. وقال محامون إن الدفاع قرر العودة إلى القاعة غداة قرار التأجيل بعد ضمانات قدمتها رئاسة المحكمة، غير أنه جدد تحفظه على إجراء المحاكمة في ظرف سياسي متوتر، قبل تسعة أيام فقط من الانتخابات الرئاسية المقررة يوم الخميس 12 ديسمبر. ومثل المتهمون، الذين يقبع أغلبهم في الحبس المؤقت منذ يونيو الماضي، أمام القاضي لنحو ست ساعات متواصلة، فيما استمعت المحكمة إلى أقوال أحد رجال الأعمال حتى ساعة متأخرة من مساء اليوم. وكان رئيس الجلسة قد رفعها عند منتصف النهار لمدة ساعة، قبل أن تستأنف عند الساعة الواحدة والنصف بعد الظهر بتوقيت الجزائر. وعرضت النيابة خلال الجلسة صورا لساعة يد فاخرة وسيارات ضبطت بحوزة أحد المتهمين، مؤكدة أن الخزينة العمومية تكبدت خسائر تفوق 128 مليار دينار. وكان النائب العام لدى المحكمة قد أعلن في السابع والعشرين من نوفمبر الماضي إحالة الملف على المحاكمة، بعد تحقيق قضائي دام أكثر من خمسة أشهر. ويرتقب أن تتواصل الجلسات طيلة الأسبوع الجاري، على أن يصدر الحكم في أجل أقصاه العاشر من ديسمبر، بحسب مصادر قضائية. ويعد هذا الملف الأول من نوعه منذ استقلال البلاد عام 1962، إذ يحاكم فيه مسؤولون بهذا المستوى أمام محكمة مدنية علنية وبحضور الصحافة. ومن المنتظر أن يقدم ممثل الحق العام التماساته بعد غد الخميس، على أن تستمع المحكمة بعدها إلى مرافعات الدفاع.",
], [
    T("صباح اليوم الثلاثاء", "TIME", "2019-12-03TMO", ("t", ("dct",), "MO")),
    T("أمس الاثنين", "DATE", "2019-12-02", ("d", -1)),
    T("24 ساعة", "DURATION", "PT24H", ("dur",)),
    T("غداة", "DATE", "2019-12-03", ("anchor", "2019-12-02", 1)),
    T("تسعة أيام", "DURATION", "P9D", ("dur",)),
    T("يوم الخميس 12 ديسمبر", "DATE", "2019-12-12", ("dm", "future")),
    T("يونيو الماضي", "DATE", "2019-06", ("m", "past")),
    T("نحو ست ساعات", "DURATION", "PT6H", ("dur",), mod="APPROX"),
    T("ساعة متأخرة من مساء اليوم", "TIME", "2019-12-03TEV", ("t", ("dct",), "EV"), mod="END", alt=["2019-12-03TNI"]),
    T("منتصف النهار", "TIME", "2019-12-03T12:00", ("t", ("dct",), "12:00")),
    T("ساعة", "DURATION", "PT1H", ("dur",), ctx="لمدة ساعة،"),
    T("الساعة الواحدة والنصف بعد الظهر بتوقيت الجزائر", "TIME", "2019-12-03T13:30", ("t", ("dct",), "clock")),
    T("السابع والعشرين من نوفمبر الماضي", "DATE", "2019-11-27", ("dm", "past")),
    T("أكثر من خمسة أشهر", "DURATION", "P5M", ("dur",), mod="MORE_THAN"),
    T("الأسبوع الجاري", "DATE", "2019-W49", ("week", 0)),
    T("العاشر من ديسمبر", "DATE", "2019-12-10", ("dm", "future")),
    T("عام 1962", "DATE", "1962", ("y",)),
    T("بعد غد الخميس", "DATE", "2019-12-05", ("d", 2)),
], [
    E("الجزائر (وكالات)", "2019-12-03", end="للحملة الانتخابية،"),
    E("وذلك بعد أن قررت", "2019-12-02"),
    E("وقال محامون", "2019-12-03"),
    E("ومثل المتهمون", "2019-12-03"),
    E("وكان رئيس الجلسة", "2019-12-03"),
    E("وعرضت النيابة", "2019-12-03"),
    E("وكان النائب العام", "2019-11-27"),
], sep=" ", traps=["ساعة يد", "النائب العام", "128 مليار دينار", "الخزينة العمومية", "الحق العام"], ok=["سابقين"])

# --------------------------------------------------------------- k022 opinion: Lebanon
A("k022", "2020-08-13", "Lebanon", [
    "لم يكن انفجار مرفأ بيروت في الرابع من آب مجرد كارثة عابرة، بل كان الصورة الأكثر قسوة لانهيار بدأ منذ سنوات، حين ظن الجميع أن الليرة ستبقى صامدة إلى الأبد.",
    "فمنذ تشرين الأول 2019 خسرت العملة الوطنية أكثر من 80 في المئة من قيمتها، وتبخرت مدخرات اللبنانيين في مصارف أغلقت أبوابها في وجوههم أسبوعين كاملين في تشرين الثاني من ذلك العام.",
    "واليوم، بعد تسعة أيام على الانفجار، لا تزال الحكومة المستقيلة عاجزة عن تقديم رواية مقنعة لما جرى، فيما ينتظر الناس نتائج تحقيق وعدوا بأن يصدر خلال خمسة أيام، ثم مرت الأيام الخمسة ولم يصدر شيء.",
    "وقد سمعنا البارحة وزيرا سابقا يقول إن المسؤولية جماعية، وهي عبارة مريحة لأنها تعني في النهاية أن أحدا لن يحاسب.",
    "أما رئيس الحكومة فقد أعلن استقالة حكومته مساء الاثنين الماضي، بعد أقل من سبعة أشهر على تشكيلها، لكن الاستقالة لن تغير شيئا ما لم تتغير العقلية التي تدير البلد منذ عام 1990.",
    "إن لبنان يحتاج إلى عقد اجتماعي جديد، لا إلى حكومة أخرى تولد بعد أشهر من المشاورات ثم تسقط عند أول أزمة. والمطلوب الآن ليس المساعدات العاجلة فحسب، بل خطة إنقاذ تمتد لسنوات، وإلا فإن الآتي أعظم، خصوصا مع اقتراب موعد رفع الدعم عن المحروقات المتوقع في أيلول المقبل.",
], [
    T("الرابع من آب", "DATE", "2020-08-04", ("dm", "past")),
    T("سنوات", "DURATION", "PXY", ("dur",), ctx="بدأ منذ سنوات"),
    T("تشرين الأول 2019", "DATE", "2019-10", ("my",)),
    T("أسبوعين كاملين", "DURATION", "P2W", ("dur",)),
    T("تشرين الثاني من ذلك العام", "DATE", "2019-11", ("manchor", 2019)),
    T("اليوم", "DATE", "2020-08-13", ("dct",), ctx="واليوم، بعد"),
    T("تسعة أيام", "DURATION", "P9D", ("dur",)),
    T("خمسة أيام", "DURATION", "P5D", ("dur",)),
    T("الأيام الخمسة", "DURATION", "P5D", ("dur",)),
    T("البارحة", "DATE", "2020-08-12", ("d", -1)),
    T("مساء الاثنين الماضي", "TIME", "2020-08-10TEV", ("t", ("wd", "before"), "EV")),
    T("أقل من سبعة أشهر", "DURATION", "P7M", ("dur",), mod="LESS_THAN"),
    T("عام 1990", "DATE", "1990", ("y",)),
    T("أشهر", "DURATION", "PXM", ("dur",), ctx="بعد أشهر من"),
    T("الآن", "DATE", "PRESENT_REF", ("lit",)),
    T("سنوات", "DURATION", "PXY", ("dur",), ctx="تمتد لسنوات"),
    T("أيلول المقبل", "DATE", "2020-09", ("m", "future")),
], [
    E("واليوم، بعد تسعة", "2020-08-13"),
    E("وقد سمعنا البارحة", "2020-08-12"),
    E("أما رئيس الحكومة", "2020-08-10", end="الاثنين الماضي،"),
], traps=["عقد اجتماعي", "80 في المئة", "في النهاية"], ok=["إلى الأبد", "سابقا", "المساعدات", "موعد رفع الدعم"])

# --------------------------------------------------------------- k023 opinion: Qatar, sport
A("k023", "2023-01-08", "Qatar", [
    "بعد ثلاثة أسابيع على إسدال الستار على كأس العالم في الدوحة، يحق لنا أن نسأل: ماذا بقي من البطولة التي شغلت العالم طوال 29 يوما؟",
    "الأرقام وحدها تقول الكثير: نحو 3.4 ملايين متفرج في الملاعب، وأكثر من 1.4 مليون زائر، ومتوسط حضور تجاوز 53 ألف متفرج في المباراة الواحدة.",
    "لكن الرهان الحقيقي بدأ الآن، فالملاعب الثمانية التي كلفت المليارات تحتاج إلى خطة تشغيل واضحة خلال السنوات العشر المقبلة، وإلا تحولت إلى عبء كما حدث في جنوب أفريقيا بعد نسخة 2010.",
    "ولعل أهم ما تركه المونديال هو تلك الصورة الجديدة عن المنطقة، والتي لم يكن أحد يتخيلها يوما قبل عام 2010، حين فازت قطر بحق التنظيم في الثاني من ديسمبر من ذلك العام.",
    "وها هي البصرة تحتضن منذ مساء الجمعة بطولة كأس الخليج الخامسة والعشرين وسط مدرجات ممتلئة، في مشهد يؤكد أن عدوى الملاعب المكتظة انتقلت إلى الجوار، وأن الرياضة في منطقتنا لم تعد مجرد لعبة.",
    "ولن يحكم التاريخ على هذه التجربة قريبا، فالإرث الحقيقي لا يقاس بحجم الاحتفالات بل بما يبقى بعد أن تنطفئ الأضواء.",
], [
    T("ثلاثة أسابيع", "DURATION", "P3W", ("dur",)),
    T("29 يوما", "DURATION", "P29D", ("dur",)),
    T("الآن", "DATE", "PRESENT_REF", ("lit",)),
    T("السنوات العشر المقبلة", "DURATION", "P10Y", ("dur",)),
    T("2010", "DATE", "2010", ("y",), ctx="نسخة 2010"),
    T("عام 2010", "DATE", "2010", ("y",)),
    T("الثاني من ديسمبر من ذلك العام", "DATE", "2010-12-02", ("dmanchor", 2010)),
    T("مساء الجمعة", "TIME", "2023-01-06TEV", ("t", ("wd", "onbefore"), "EV")),
    T("قريبا", "DATE", "FUTURE_REF", ("lit",)),
], [
    E("حين فازت قطر", "2010-12-02"),
], traps=["3.4 ملايين متفرج", "1.4 مليون زائر", "53 ألف متفرج", "يتخيلها يوما", "الخامسة والعشرين"])

# --------------------------------------------------------------- k024 opinion: Egypt, education
A("k024", "2018-09-29", "Egypt", [
    "مع انطلاق الدراسة يوم السبت الماضي، دخلت المدارس المصرية تجربة غير مسبوقة، إذ طبقت وزارة التربية والتعليم نظاما جديدا لمرحلة رياض الأطفال والصف الأول الابتدائي، وسلمت طلاب الصف الأول الثانوي أجهزة لوحية بدلا من الكتب الورقية.",
    "والحق أن الحماس الذي صاحب الانطلاقة لا يخفي حقيقة أن كثيرا من المدارس الحكومية ما زالت تعاني كثافة تصل إلى 80 تلميذا في الفصل، وأن المعلمين لم يتلقوا سوى تدريب لمدة ثلاثة أيام على المناهج الجديدة.",
    "لقد وعد الوزير بأن تكتمل منظومة التعليم الجديدة بحلول عام 2030، أي بعد اثني عشر عاما من الآن، وهي مدة كافية لتخريج جيل كامل، لكنها أيضا مدة طويلة تتغير خلالها الحكومات والوزراء.",
    "وتبقى امتحانات الثانوية العامة، التي تجرى سنويا وتحدد مصير نحو 650 ألف طالب، هي العقدة الحقيقية، وقد اعترف الوزير نفسه الشهر الماضي بأن تطويرها لن يبدأ قبل عام 2021.",
    "إن مجانية التعليم التي أقرتها ثورة 23 يوليو كانت وعدا بتكافؤ الفرص، لكن الأسر التي تنفق سنويا نحو 20 مليار جنيه على الدروس الخصوصية لن تصدق أي إصلاح ما لم تر أثره في جيوبها قريبا.",
], [
    T("يوم السبت الماضي", "DATE", "2018-09-22", ("wd", "before")),
    T("ثلاثة أيام", "DURATION", "P3D", ("dur",)),
    T("عام 2030", "DATE", "2030", ("y",)),
    T("بعد اثني عشر عاما من الآن", "DATE", "2030", ("year", 12)),
    T("سنويا", "SET", "P1Y", ("lit",), n=0),
    T("الشهر الماضي", "DATE", "2018-08", ("month", -1)),
    T("عام 2021", "DATE", "2021", ("y",)),
    T("سنويا", "SET", "P1Y", ("lit",), n=1),
    T("قريبا", "DATE", "FUTURE_REF", ("lit",)),
], [
    E("مع انطلاق الدراسة", "2018-09-22"),
    E("وقد اعترف الوزير", "2018-08"),
], traps=["الثانوية العامة", "ثورة 23 يوليو", "80 تلميذا", "650 ألف طالب", "20 مليار جنيه", "العقدة"])

# --------------------------------------------------------------- k025 UAE, quarterly results
A("k025", "2024-04-30", "UAE", [
    "أعلنت شركة الواحة للتطوير العقاري، المدرجة في سوق دبي المالي، اليوم الثلاثاء، عن تحقيق أرباح صافية بلغت 1.27 مليار درهم خلال الربع الأول من عام 2024، بارتفاع نسبته 31% مقارنة بالفترة نفسها من العام الماضي.",
    "وأوضحت الشركة في إفصاح إلى السوق أن إيراداتها ارتفعت إلى 4.8 مليارات درهم في الأشهر الثلاثة الأولى من العام، مدعومة بتسليم نحو 1900 وحدة سكنية في مشاريعها بدبي.",
    "وقرر مجلس الإدارة في اجتماعه المنعقد أمس دعوة الجمعية العمومية إلى الانعقاد يوم 15 مايو المقبل للموافقة على توزيع أرباح نقدية بواقع 15 فلسا للسهم.",
    "وارتفع سهم الشركة في ختام تعاملات اليوم بنسبة 4.2% إلى 6.85 دراهم، وسط تداولات نشطة بلغت قيمتها 212 مليون درهم، فيما صعد المؤشر العام للسوق بنسبة 0.6%.",
    "وكانت الشركة قد حققت في عام 2023 أرباحا قياسية بلغت 4.5 مليارات درهم، وتتوقع الإدارة أن تواصل المبيعات نموها خلال الربع الثاني بدعم من إطلاق مشروعين جديدين في يونيو، على أن تعلن تفاصيلهما لاحقا.",
    "ويأتي ذلك بعد أسبوعين من الأمطار القياسية التي شهدتها الدولة في السادس عشر من أبريل الجاري، وتسببت في تعطل العمل في عدد من مواقع البناء.",
], [
    T("اليوم الثلاثاء", "DATE", "2024-04-30", ("dct",)),
    T("الربع الأول من عام 2024", "DATE", "2024-Q1", ("lit",)),
    T("الفترة نفسها من العام الماضي", "DATE", "2023-Q1", ("lit",)),
    T("الأشهر الثلاثة الأولى من العام", "DATE", "2024-Q1", ("lit",)),
    T("أمس", "DATE", "2024-04-29", ("d", -1)),
    T("يوم 15 مايو المقبل", "DATE", "2024-05-15", ("dm", "future")),
    T("اليوم", "DATE", "2024-04-30", ("dct",), ctx="تعاملات اليوم"),
    T("عام 2023", "DATE", "2023", ("y",)),
    T("الربع الثاني", "DATE", "2024-Q2", ("lit",)),
    T("يونيو", "DATE", "2024-06", ("m", "future")),
    T("لاحقا", "DATE", "FUTURE_REF", ("lit",)),
    T("أسبوعين", "DURATION", "P2W", ("dur",)),
    T("السادس عشر من أبريل الجاري", "DATE", "2024-04-16", ("dm", "past")),
], [
    E("أعلنت شركة الواحة", "2024-04-30"),
    E("وأوضحت الشركة", "2024-04-30"),
    E("وقرر مجلس الإدارة", "2024-04-29"),
    E("وارتفع سهم الشركة", "2024-04-30"),
    E("وكانت الشركة قد حققت", "2023", end="4.5 مليارات درهم،"),
], traps=["1.27 مليار درهم", "31%", "4.8 مليارات درهم", "1900 وحدة", "الجمعية العمومية", "15 فلسا",
          "4.2%", "6.85 دراهم", "212 مليون درهم", "المؤشر العام", "0.6%", "4.5 مليارات درهم"],
   ok=["تعاملات"])

# --------------------------------------------------------------- k026 Kuwait, Eid holiday
A("k026", "2019-08-05", "Kuwait", [
    "قرر مجلس الوزراء في اجتماعه العادي الذي عقده صباح اليوم الاثنين تعطيل العمل في جميع الوزارات والجهات الحكومية والمؤسسات العامة بمناسبة وقفة عرفات وعيد الأضحى المبارك، اعتبارا من يوم السبت 10 أغسطس الجاري وحتى الخميس 15 أغسطس، على أن يستأنف الدوام الرسمي يوم الأحد 18 أغسطس.",
    "وأوضح وزير الدولة لشؤون مجلس الوزراء عقب الاجتماع أن العطلة تمتد تسعة أيام متتالية، وأن الجهات ذات الطبيعة الخاصة تحدد مواعيد العمل فيها بما يتفق مع مصلحة العمل.",
    "وتوقعت الإدارة العامة للطيران المدني أن يسافر عبر مطار الكويت الدولي أكثر من 280 ألف مسافر خلال العطلة، مشيرة إلى أن ذروة المغادرة ستكون مساء الجمعة المقبل.",
    "وكانت الهيئة العامة لشؤون القصر قد بدأت الأسبوع الماضي صرف مساعدات الأضحى لمستحقيها، فيما تشهد الأسواق والجمعيات التعاونية حاليا إقبالا كبيرا على شراء الأضاحي.",
    "ويحل عيد الأضحى هذا العام في ذروة موجة الحر، إذ يتوقع أن تتجاوز درجات الحرارة 49 درجة مئوية خلال العطلة.",
], [
    T("صباح اليوم الاثنين", "TIME", "2019-08-05TMO", ("t", ("dct",), "MO")),
    T("وقفة عرفات", "DATE", "2019-08-10", ("hijri", 1440, 12, 9)),
    T("عيد الأضحى المبارك", "DATE", "2019-08-11", ("hijri", 1440, 12, 10)),
    T("يوم السبت 10 أغسطس الجاري", "DATE", "2019-08-10", ("dm", "future")),
    T("الخميس 15 أغسطس", "DATE", "2019-08-15", ("dm", "future")),
    T("يوم الأحد 18 أغسطس", "DATE", "2019-08-18", ("dm", "future")),
    T("تسعة أيام", "DURATION", "P9D", ("dur",)),
    T("مساء الجمعة المقبل", "TIME", "2019-08-09TEV", ("t", ("wd", "after"), "EV")),
    T("الأسبوع الماضي", "DATE", "2019-W31", ("week", -1)),
    T("حاليا", "DATE", "PRESENT_REF", ("lit",)),
    T("عيد الأضحى", "DATE", "2019-08-11", ("hijri", 1440, 12, 10), ctx="ويحل عيد الأضحى"),
    T("هذا العام", "DATE", "2019", ("year", 0)),
], [
    E("قرر مجلس الوزراء", "2019-08-05"),
    E("وأوضح وزير الدولة", "2019-08-05"),
    E("فيما تشهد الأسواق", "2019-08-05"),
], traps=["المؤسسات العامة", "الإدارة العامة", "الهيئة العامة", "280 ألف مسافر", "49 درجة"],
   ok=["مواعيد العمل", "مساعدات"])

# --------------------------------------------------------------- k027 Tunisia, weather
A("k027", "2023-07-18", "Tunisia", [
    "حذر المعهد الوطني للرصد الجوي، في نشرية خاصة أصدرها صباح اليوم الثلاثاء، من موجة حر شديدة تشمل أغلب مناطق البلاد بداية من بعد ظهر اليوم وتتواصل إلى غاية يوم الجمعة 21 جويلية.",
    "وتتراوح درجات الحرارة القصوى بين 44 و48 درجة، وقد تصل محليا إلى 50 درجة بولايات القيروان وقفصة وتوزر، مع هبوب رياح الشهيلي الساخنة مساء الأربعاء.",
    "وكانت درجات الحرارة قد بلغت 49 درجة في مدينة القيروان يوم الأحد الماضي، وهي من أعلى الدرجات المسجلة في البلاد منذ أوت 2021.",
    "وأعلنت الشركة التونسية للكهرباء والغاز أن ذروة الاستهلاك بلغت مساء أمس 4.5 آلاف ميغاواط، وهو رقم قياسي جديد يتجاوز الذروة المسجلة في أوت الماضي.",
    "كما أعلنت الحكومة مواصلة العمل بنظام الحصة الواحدة في الإدارات العمومية، الذي انطلق منذ غرة جويلية، إلى غاية 31 أوت المقبل، وذلك للسنة الثالثة على التوالي.",
    "ودعت وزارة الصحة إلى تجنب التعرض لأشعة الشمس، مشيرة إلى أن أقسام الاستعجالي سجلت خلال الـ48 ساعة الماضية 37 حالة إنهاك حراري.",
], [
    T("صباح اليوم الثلاثاء", "TIME", "2023-07-18TMO", ("t", ("dct",), "MO")),
    T("بعد ظهر اليوم", "TIME", "2023-07-18TAF", ("t", ("dct",), "AF")),
    T("يوم الجمعة 21 جويلية", "DATE", "2023-07-21", ("dm", "future")),
    T("مساء الأربعاء", "TIME", "2023-07-19TEV", ("t", ("wd", "onafter"), "EV")),
    T("يوم الأحد الماضي", "DATE", "2023-07-16", ("wd", "before")),
    T("أوت 2021", "DATE", "2021-08", ("my",)),
    T("مساء أمس", "TIME", "2023-07-17TEV", ("t", ("d", -1), "EV")),
    T("أوت الماضي", "DATE", "2022-08", ("m", "past")),
    T("غرة جويلية", "DATE", "2023-07-01", ("dm", "past")),
    T("31 أوت المقبل", "DATE", "2023-08-31", ("dm", "future")),
    T("الـ48 ساعة الماضية", "DURATION", "PT48H", ("dur",)),
], [
    E("حذر المعهد الوطني", "2023-07-18"),
    E("وتتراوح درجات الحرارة", "2023-07-18"),
    E("وكانت درجات الحرارة", "2023-07-16", end="الأحد الماضي،"),
    E("وأعلنت الشركة التونسية", "2023-07-17"),
    E("ودعت وزارة الصحة", "2023-07-18"),
], traps=["44 و48 درجة", "50 درجة", "49 درجة", "4.5 آلاف ميغاواط", "الإدارات العمومية", "37 حالة"],
   ok=["بداية من", "للسنة الثالثة"])

# --------------------------------------------------------------- k028 Jordan, trial
A("k028", "2016-05-09", "Jordan", [
    "أجلت محكمة أمن الدولة، في جلستها المنعقدة اليوم الاثنين، النظر في قضية تهريب أسلحة عبر الحدود الشمالية إلى يوم الأحد الموافق 22 أيار الجاري، لاستكمال سماع شهود النيابة العامة.",
    "ويحاكم في القضية سبعة متهمين، بينهم اثنان فاران يحاكمان غيابيا.",
    "وكانت الأجهزة الأمنية قد ضبطت مركبة محملة بالأسلحة قرب الحدود فجر الرابع عشر من كانون الثاني الماضي، وأوقفت المتهمين خلال الأيام الثلاثة التالية.",
    "واستمعت المحكمة خلال الجلسة إلى إفادة ضابط في إدارة مكافحة التهريب، قال فيها إن المتهمين كانوا يترددون على المنطقة الحدودية كل جمعة لمدة ثلاثة أشهر قبل ضبطهم.",
    "وكان وكيل الدفاع قد تقدم أول أمس السبت بطلب لإخلاء سبيل اثنين من المتهمين بالكفالة، إلا أن المحكمة ردت الطلب في جلسة اليوم.",
    "وتضم هيئة المحكمة ثلاثة قضاة، وكانت قد عقدت أولى جلساتها في الحادي عشر من نيسان، أي قبل نحو شهر.",
    "ويواجه المتهمون تهما تصل عقوبتها إلى الأشغال الشاقة المؤقتة لمدة لا تقل عن عشر سنوات.",
], [
    T("اليوم الاثنين", "DATE", "2016-05-09", ("dct",)),
    T("يوم الأحد الموافق 22 أيار الجاري", "DATE", "2016-05-22", ("dm", "future")),
    T("فجر الرابع عشر من كانون الثاني الماضي", "TIME", "2016-01-14TMO", ("t", ("dm", "past"), "MO")),
    T("الأيام الثلاثة التالية", "DURATION", "P3D", ("dur",)),
    T("كل جمعة", "SET", "XXXX-WXX-5", ("lit",)),
    T("ثلاثة أشهر", "DURATION", "P3M", ("dur",)),
    T("أول أمس السبت", "DATE", "2016-05-07", ("d", -2)),
    T("اليوم", "DATE", "2016-05-09", ("dct",), ctx="جلسة اليوم"),
    T("الحادي عشر من نيسان", "DATE", "2016-04-11", ("dm", "past")),
    T("قبل نحو شهر", "DATE", "2016-04-09", ("moff", -1), mod="APPROX", alt=["2016-04", "2016-04-11"]),
    T("لا تقل عن عشر سنوات", "DURATION", "P10Y", ("dur",), mod="EQUAL_OR_MORE"),
], [
    E("أجلت محكمة أمن الدولة", "2016-05-09"),
    E("وكانت الأجهزة الأمنية", "2016-01-14", end="الثاني الماضي،"),
    E("وأوقفت المتهمين", "2016-01"),
    E("واستمعت المحكمة", "2016-05-09"),
    E("وكان وكيل الدفاع", "2016-05-07", end="بالكفالة،"),
    E("إلا أن المحكمة ردت", "2016-05-09"),
    E("وكانت قد عقدت أولى", "2016-04-11"),
], traps=["النيابة العامة", "سبعة متهمين", "ثلاثة قضاة"])

# --------------------------------------------------------------- k029 Iraq, sport
A("k029", "2025-02-15", "Iraq", [
    "حسم فريق الشرطة قمة الجولة الثانية والعشرين من دوري نجوم العراق بفوزه على ضيفه القوة الجوية بهدفين نظيفين، في المباراة التي جرت عصر اليوم السبت على ملعب الشعب الدولي في بغداد.",
    "وسجل هدفي الشرطة المهاجم رجب العبيدي في الشوط الأول، والبديل علي فاضل قبل نهاية المباراة بخمس دقائق.",
    "وبهذا الفوز رفع الشرطة رصيده إلى 52 نقطة في الصدارة، فيما تجمد رصيد القوة الجوية عند 44 نقطة في المركز الثاني.",
    "وفي مباراة أخرى جرت أمس الجمعة، تعادل الزوراء مع الطلبة 1-1، بينما يلتقي غدا الأحد نفط ميسان مع الكرخ، والميناء مع زاخو بعد غد الاثنين.",
    "ويتوقف الدوري بعد الجولة المقبلة لمدة أسبوعين بسبب ارتباطات المنتخب الوطني، على أن تستأنف المباريات مطلع شهر رمضان بمواعيد ليلية تبدأ بعد الإفطار.",
    "وكان مدرب الشرطة قد صرح البارحة بأن فريقه يدخل المباراة بهدف توسيع الفارق، مؤكدا أن اللقب لن يحسم قبل الأمتار الأخيرة من الموسم.",
], [
    T("عصر اليوم السبت", "TIME", "2025-02-15TAF", ("t", ("dct",), "AF")),
    T("خمس دقائق", "DURATION", "PT5M", ("dur",)),
    T("أمس الجمعة", "DATE", "2025-02-14", ("d", -1)),
    T("غدا الأحد", "DATE", "2025-02-16", ("d", 1)),
    T("بعد غد الاثنين", "DATE", "2025-02-17", ("d", 2)),
    T("أسبوعين", "DURATION", "P2W", ("dur",)),
    T("مطلع شهر رمضان", "DATE", "2025-03", ("hmonth", 1446, 9), mod="START", alt=["2025-03-01"]),
    T("البارحة", "DATE", "2025-02-14", ("d", -1)),
], [
    E("حسم فريق الشرطة", "2025-02-15"),
    E("وسجل هدفي الشرطة", "2025-02-15"),
    E("وبهذا الفوز", "2025-02-15"),
    E("وفي مباراة أخرى", "2025-02-14", end="الطلبة 1-1،"),
    E("وكان مدرب الشرطة", "2025-02-14"),
], traps=["رجب العبيدي", "بهدفين", "52 نقطة", "44 نقطة", "1-1", "الجولة الثانية والعشرين"],
   ok=["نهاية المباراة", "الجولة المقبلة", "الأمتار الأخيرة من الموسم", "بغداد", "ليلية"])

# --------------------------------------------------------------- k030 Algeria, sport
A("k030", "2017-04-07", "Algeria", [
    "يستضيف مولودية الجزائر نظيره شباب بلوزداد مساء غد السبت على ملعب 5 جويلية الأولمبي، في داربي عاصمي ساخن لحساب الجولة السادسة والعشرين من الرابطة المحترفة الأولى.",
    "وحددت الرابطة الوطنية لكرة القدم موعد انطلاق المباراة على الساعة الخامسة وخمس وأربعين دقيقة مساء، مع فتح أبواب الملعب أمام الأنصار ابتداء من الساعة الواحدة بعد الظهر.",
    "ويجري المولودية حصته التدريبية الأخيرة الجمعة على ملعب عمر حمادي ببولوغين، بعد أن منح المدرب لاعبيه راحة يوم الأربعاء الماضي.",
    "وطرحت تذاكر المباراة للبيع منذ صباح الأربعاء بسعر 200 دينار للمدرجات العادية، وقد نفدت 40 ألف تذكرة في ظرف 48 ساعة حسب مصادر من إدارة الملعب.",
    "وانتهت مباراة الذهاب بين الفريقين، التي جرت يوم 18 نوفمبر الماضي، بالتعادل 1-1.",
    "ويدخل المولودية اللقاء في المركز الرابع برصيد 41 نقطة، في حين يحتل الشباب المركز الحادي عشر بعد خسارته الثلاثاء الماضي أمام وفاق سطيف 0-2 في مباراة متأخرة.",
], [
    T("مساء غد السبت", "TIME", "2017-04-08TEV", ("t", ("d", 1), "EV")),
    T("الساعة الخامسة وخمس وأربعين دقيقة مساء", "TIME", "2017-04-08T17:45", ("t", ("d", 1), "clock")),
    T("الساعة الواحدة بعد الظهر", "TIME", "2017-04-08T13:00", ("t", ("d", 1), "clock")),
    T("الجمعة", "DATE", "2017-04-07", ("wd", "onafter"), ctx="الأخيرة الجمعة"),
    T("يوم الأربعاء الماضي", "DATE", "2017-04-05", ("wd", "before")),
    T("صباح الأربعاء", "TIME", "2017-04-05TMO", ("t", ("wd", "onbefore"), "MO")),
    T("48 ساعة", "DURATION", "PT48H", ("dur",)),
    T("يوم 18 نوفمبر الماضي", "DATE", "2016-11-18", ("dm", "past")),
    T("الثلاثاء الماضي", "DATE", "2017-04-04", ("wd", "before")),
], [
    E("بعد أن منح المدرب", "2017-04-05"),
    E("وطرحت تذاكر المباراة", "2017-04-05", end="للمدرجات العادية،"),
    E("وانتهت مباراة الذهاب", "2016-11-18"),
    E("بعد خسارته الثلاثاء", "2017-04-04"),
], traps=["ملعب 5 جويلية", "200 دينار", "40 ألف تذكرة", "1-1", "41 نقطة", "0-2", "المركز الحادي عشر",
          "الجولة السادسة والعشرين"], ok=["مباراة متأخرة"])

# --------------------------------------------------------------- k031 Egypt, health
A("k031", "2009-11-19", "Egypt", [
    "أعلنت وزارة الصحة، أمس الأربعاء، أن الحملة القومية للتطعيم ضد شلل الأطفال تنطلق بعد غد السبت وتستمر لمدة أربعة أيام، وتستهدف تطعيم نحو 16 مليون طفل دون سن الخامسة في جميع محافظات الجمهورية.",
    "وقال مساعد وزير الصحة للشؤون الوقائية إن حملة التطعيم ضد إنفلونزا الخنازير لطلاب المدارس تأجلت إلى منتصف ديسمبر المقبل بسبب تأخر وصول اللقاحات.",
    "وأوضح أن 37 ألف فريق ستطوف بالمنازل، إلى جانب نقاط ثابتة في محطات المترو ومواقف الحافلات، بما فيها محطة السادات أسفل ميدان التحرير.",
    "وتعد هذه الحملة الثانية خلال العام الجاري بعد حملة مماثلة نفذت في أبريل الماضي، إذ لم تسجل مصر أي إصابة بشلل الأطفال منذ عام 2004.",
    "ويفتتح محافظ الجيزة مساء اليوم مركزا جديدا للأمصال واللقاحات بمدينة 6 أكتوبر، يعمل على مدار الساعة لخدمة سكان المدن الجديدة.",
], [
    T("أمس الأربعاء", "DATE", "2009-11-18", ("d", -1)),
    T("بعد غد السبت", "DATE", "2009-11-21", ("d", 2)),
    T("أربعة أيام", "DURATION", "P4D", ("dur",)),
    T("منتصف ديسمبر المقبل", "DATE", "2009-12", ("m", "future"), mod="MID"),
    T("العام الجاري", "DATE", "2009", ("year", 0)),
    T("أبريل الماضي", "DATE", "2009-04", ("m", "past")),
    T("عام 2004", "DATE", "2004", ("y",)),
    T("مساء اليوم", "TIME", "2009-11-19TEV", ("t", ("dct",), "EV")),
], [
    E("أعلنت وزارة الصحة", "2009-11-18"),
    E("وقال مساعد وزير الصحة", "2009-11-18"),
    E("وأوضح أن 37 ألف", "2009-11-18"),
    E("ويفتتح محافظ الجيزة", "2009-11-19"),
], traps=["16 مليون طفل", "سن الخامسة", "37 ألف فريق", "ميدان التحرير", "مدينة 6 أكتوبر", "على مدار الساعة"], ok=["مساعد"])

# --------------------------------------------------------------- k032 Saudi, education
A("k032", "2013-08-25", "Saudi Arabia", [
    "أكدت وزارة التربية والتعليم، اليوم الأحد، اكتمال استعداداتها لاستقبال أكثر من خمسة ملايين طالب وطالبة في مدارس التعليم العام يوم الأحد المقبل 25 شوال 1434 هـ، الموافق الأول من سبتمبر 2013.",
    "وأوضح المتحدث الرسمي باسم الوزارة أن المعلمين والإداريين باشروا أعمالهم صباح اليوم، أي قبل أسبوع من عودة الطلاب، لاستكمال الجداول الدراسية وتسلم الكتب.",
    "وبحسب التقويم الدراسي، تبدأ إجازة عيد الأضحى بنهاية دوام يوم الخميس 5 ذي الحجة 1434 هـ، ويعود الطلاب إلى مدارسهم يوم الأحد 22 ذي الحجة.",
    "كما يبدأ العمل بالتوقيت الشتوي للدوام المدرسي مطلع شهر صفر المقبل، حيث يتأخر بدء الطابور الصباحي نصف ساعة.",
    "وكانت الوزارة قد أعلنت في وقت سابق تخصيص 1.2 مليار ريال لصيانة المدارس خلال الإجازة الصيفية التي امتدت نحو ثلاثة أشهر، على أن تطلق قريبا بوابة إلكترونية لمتابعة حضور الطلاب.",
], [
    T("اليوم الأحد", "DATE", "2013-08-25", ("dct",)),
    T("يوم الأحد المقبل 25 شوال 1434 هـ", "DATE", "2013-09-01", ("hijri", 1434, 10, 25)),
    T("الأول من سبتمبر 2013", "DATE", "2013-09-01", ("dmy",)),
    T("صباح اليوم", "TIME", "2013-08-25TMO", ("t", ("dct",), "MO")),
    T("أسبوع", "DURATION", "P1W", ("dur",), ctx="قبل أسبوع من"),
    T("عيد الأضحى", "DATE", "2013-10-15", ("hijri", 1434, 12, 10)),
    T("يوم الخميس 5 ذي الحجة 1434 هـ", "DATE", "2013-10-10", ("hijri", 1434, 12, 5)),
    T("يوم الأحد 22 ذي الحجة", "DATE", "2013-10-27", ("hijri", 1434, 12, 22)),
    T("مطلع شهر صفر المقبل", "DATE", "2013-12", ("hmonth", 1435, 2), mod="START", alt=["2013-12-04"]),
    T("نصف ساعة", "DURATION", "PT30M", ("dur",)),
    T("وقت سابق", "DATE", "PAST_REF", ("lit",)),
    T("نحو ثلاثة أشهر", "DURATION", "P3M", ("dur",), mod="APPROX"),
    T("قريبا", "DATE", "FUTURE_REF", ("lit",)),
], [
    E("أكدت وزارة التربية", "2013-08-25"),
    E("وأوضح المتحدث الرسمي", "2013-08-25"),
], traps=["التعليم العام", "1.2 مليار ريال", "خمسة ملايين طالب"],
   ok=["بنهاية دوام", "الطابور الصباحي", "الإجازة الصيفية"])

# --------------------------------------------------------------- k033 Lebanon, parliament
A("k033", "2015-03-11", "Lebanon", [
    "أرجأ رئيس مجلس النواب جلسة انتخاب رئيس الجمهورية التي كانت مقررة ظهر اليوم الأربعاء إلى الثاني من نيسان المقبل، بسبب عدم اكتمال النصاب القانوني، وهي الجلسة العشرون التي تفشل في انتخاب رئيس.",
    "وحضر الجلسة 56 نائبا فقط من أصل 128، في حين يتطلب النصاب حضور ثلثي أعضاء المجلس، أي 86 نائبا.",
    "ويعيش لبنان فراغا في سدة الرئاسة منذ 25 أيار 2014، تاريخ انتهاء ولاية الرئيس السابق، أي منذ نحو عشرة أشهر.",
    "وكان رئيس المجلس قد التقى مساء أمس وفدا من كتلة نيابية، وأكد أمامه أن الحوار الثنائي القائم حاليا بين الأطراف قد يفتح ثغرة في جدار الأزمة خلال الأسابيع المقبلة.",
    "وفي سياق متصل، يعقد مجلس الوزراء غدا الخميس في السراي الحكومي جلسته التي يعقدها كل أسبوع، ويناقش جدول أعمال من 68 بندا، أبرزها مشروع موازنة عام 2015، علما أن آخر موازنة أقرها المجلس النيابي تعود إلى عام 2005.",
    "ويرى مراقبون أن الأزمة مرشحة للاستمرار أشهرا إضافية، رغم الانفراج النسبي الذي شهدته العلاقات بين القوى المحلية مؤخرا.",
], [
    T("ظهر اليوم الأربعاء", "TIME", "2015-03-11TAF", ("t", ("dct",), "AF")),
    T("الثاني من نيسان المقبل", "DATE", "2015-04-02", ("dm", "future")),
    T("25 أيار 2014", "DATE", "2014-05-25", ("dmy",)),
    T("نحو عشرة أشهر", "DURATION", "P10M", ("dur",), mod="APPROX"),
    T("مساء أمس", "TIME", "2015-03-10TEV", ("t", ("d", -1), "EV")),
    T("حاليا", "DATE", "PRESENT_REF", ("lit",)),
    T("الأسابيع المقبلة", "DURATION", "PXW", ("dur",)),
    T("غدا الخميس", "DATE", "2015-03-12", ("d", 1)),
    T("كل أسبوع", "SET", "P1W", ("lit",)),
    T("عام 2015", "DATE", "2015", ("y",)),
    T("عام 2005", "DATE", "2005", ("y",)),
    T("أشهرا إضافية", "DURATION", "PXM", ("lit",)),
    T("مؤخرا", "DATE", "PAST_REF", ("lit",)),
], [
    E("أرجأ رئيس مجلس النواب", "2015-03-11"),
    E("وحضر الجلسة", "2015-03-11"),
    E("وكان رئيس المجلس", "2015-03-10"),
], traps=["الجلسة العشرون", "56 نائبا", "128", "86 نائبا", "68 بندا"],
   ok=["الرئيس السابق", "تاريخ انتهاء"])

# --------------------------------------------------------------- k034 Oman, culture
A("k034", "2012-01-20", "Oman", [
    "افتتح مساء أمس الخميس مهرجان مسقط في دورته لهذا العام، في حديقة القرم الطبيعية ومتنزه العامرات، ويستمر حتى 18 فبراير المقبل.",
    "ويشهد المهرجان هذا العام مشاركة فرق فنية من 25 دولة، إلى جانب القرية التراثية التي تعرض الحرف العمانية التقليدية، وسوق شعبي يفتح أبوابه يوميا أمام الزوار.",
    "وقال مدير عام المهرجان إن عدد زوار الدورة الماضية تجاوز 1.5 مليون زائر، متوقعا أن يرتفع العدد خلال الأسابيع الأربعة المقبلة بفضل الأجواء الشتوية المعتدلة.",
    "وتطلق الألعاب النارية في سماء العامرات كل خميس وجمعة، فيما تقام عروض الفروسية والهجن عصر كل سبت في ميدان خاص بمنطقة السيب.",
    "وكانت اللجنة المنظمة قد عقدت مؤتمرا صحفيا الأحد الماضي أعلنت فيه البرنامج الكامل للمهرجان، الذي يتضمن أيضا أمسيات شعرية وعروضا مسرحية للأطفال.",
], [
    T("مساء أمس الخميس", "TIME", "2012-01-19TEV", ("t", ("d", -1), "EV")),
    T("هذا العام", "DATE", "2012", ("year", 0), n=0),
    T("18 فبراير المقبل", "DATE", "2012-02-18", ("dm", "future")),
    T("هذا العام", "DATE", "2012", ("year", 0), n=1),
    T("يوميا", "SET", "P1D", ("lit",)),
    T("الأسابيع الأربعة المقبلة", "DURATION", "P4W", ("dur",)),
    T("كل خميس", "SET", "XXXX-WXX-4", ("lit",)),
    T("جمعة", "SET", "XXXX-WXX-5", ("lit",), ctx="خميس وجمعة"),
    T("عصر كل سبت", "SET", "XXXX-WXX-6TAF", ("lit",)),
    T("الأحد الماضي", "DATE", "2012-01-15", ("wd", "before")),
], [
    E("افتتح مساء أمس", "2012-01-19"),
    E("وكانت اللجنة المنظمة", "2012-01-15"),
], traps=["مدير عام", "25 دولة", "1.5 مليون زائر"], ok=["العامرات", "الدورة الماضية", "أمسيات"])

# --------------------------------------------------------------- k035 Palestine, markets
A("k035", "2022-03-08", "Palestine", [
    "أغلق مؤشر القدس في بورصة فلسطين جلسة اليوم الثلاثاء على انخفاض بنسبة 0.42%، ليصل إلى 611.3 نقطة، بتداول نحو 720 ألف سهم بقيمة 1.9 مليون دولار.",
    "وكانت البورصة قد أغلقت جلسة أمس الأحد على ارتفاع طفيف بلغ 0.15%، وسط تداولات محدودة، بعدما شهدت في الأول من آذار الجاري أعلى حجم تداول منذ بداية العام.",
    "وعلى صعيد الشركات، أفصحت إحدى كبرى شركات الاتصالات المدرجة عن نتائجها المالية لعام 2021، والتي أظهرت ارتفاع صافي أرباحها بنسبة 5% إلى 88 مليون دينار أردني.",
    "وقررت هيئة سوق رأس المال تقليص ساعات التداول خلال شهر رمضان المبارك، الذي يتوقع أن يبدأ مطلع نيسان المقبل، على أن تعلن التفاصيل قبل أسبوع من حلوله.",
    "ويأتي ذلك في وقت تشهد فيه الأسواق المالية العالمية تقلبات حادة منذ أسبوعين، على خلفية الأزمة الأوكرانية وارتفاع أسعار النفط إلى أكثر من 120 دولارا للبرميل.",
    "ومن المقرر أن تعقد الهيئة العامة العادية لإحدى شركات التأمين اجتماعها غدا الأربعاء في رام الله لإقرار توزيع أرباح نقدية بنسبة 10%.",
], [
    T("اليوم الثلاثاء", "DATE", "2022-03-08", ("dct",)),
    T("أمس الأحد", "DATE", "2022-03-06", ("wd", "before")),
    T("الأول من آذار الجاري", "DATE", "2022-03-01", ("dm", "past")),
    T("بداية العام", "DATE", "2022", ("year", 0), mod="START"),
    T("عام 2021", "DATE", "2021", ("y",)),
    T("شهر رمضان المبارك", "DATE", "2022-04", ("hmonth", 1443, 9), alt=["2022-04-02"]),
    T("مطلع نيسان المقبل", "DATE", "2022-04", ("m", "future"), mod="START"),
    T("أسبوع", "DURATION", "P1W", ("dur",), ctx="قبل أسبوع من"),
    T("أسبوعين", "DURATION", "P2W", ("dur",)),
    T("غدا الأربعاء", "DATE", "2022-03-09", ("d", 1)),
], [
    E("أغلق مؤشر القدس", "2022-03-08"),
    E("وكانت البورصة قد أغلقت", "2022-03-06", end="تداولات محدودة،"),
    E("بعدما شهدت في الأول", "2022-03-01"),
    E("ويأتي ذلك في وقت", "2022-03-08"),
], traps=["0.42%", "611.3 نقطة", "720 ألف سهم", "1.9 مليون دولار", "0.15%", "5%", "88 مليون دينار",
          "ساعات التداول", "120 دولارا", "الهيئة العامة", "10%"], ok=["في وقت تشهد", "أظهرت"],
   note="'أمس الأحد' disagrees with the DCT (Tuesday): the weekday wins, nearest Sunday before the DCT")

# --------------------------------------------------------------- k036 Qatar, Ramadan
A("k036", "2025-02-27", "Qatar", [
    "أعلن ديوان الخدمة المدنية والتطوير الحكومي، اليوم الخميس، أن الدوام الرسمي في الوزارات والأجهزة الحكومية خلال شهر رمضان المبارك سيكون خمس ساعات يوميا، مع منح الجهات صلاحية تطبيق نظام العمل المرن.",
    "وأوضح الديوان في تعميم أن الجهات الحكومية يمكنها السماح لنسبة لا تتجاوز 30% من موظفيها بالعمل عن بعد، على أن تحدد كل جهة الآلية المناسبة لذلك.",
    "وكانت دار التقويم القطري قد توقعت أن يكون السبت أول أيام الشهر الفضيل فلكيا، على أن تتحرى لجنة تحري رؤية الأهلة الهلال مساء غد الجمعة.",
    "وفي السياق، أعلنت وزارة التجارة والصناعة خفض أسعار أكثر من 900 سلعة استهلاكية اعتبارا من يوم الثلاثاء الماضي وحتى نهاية شهر رمضان.",
    "ويحل رمضان هذا العام في أجواء معتدلة، إذ تتراوح درجات الحرارة بين 17 و28 درجة مئوية، بينما تبلغ مدة الصيام نحو 13 ساعة.",
], [
    T("اليوم الخميس", "DATE", "2025-02-27", ("dct",)),
    T("شهر رمضان المبارك", "DATE", "2025-03", ("hmonth", 1446, 9), alt=["2025-03-01"]),
    T("خمس ساعات", "DURATION", "PT5H", ("dur",)),
    T("يوميا", "SET", "P1D", ("lit",)),
    T("السبت", "DATE", "2025-03-01", ("wd", "onafter")),
    T("مساء غد الجمعة", "TIME", "2025-02-28TEV", ("t", ("d", 1), "EV")),
    T("يوم الثلاثاء الماضي", "DATE", "2025-02-25", ("wd", "before")),
    T("نهاية شهر رمضان", "DATE", "2025-03", ("hmonth", 1446, 9), mod="END", alt=["2025-03-29"]),
    T("رمضان", "DATE", "2025-03", ("hmonth", 1446, 9), alt=["2025-03-01"], ctx="ويحل رمضان"),
    T("هذا العام", "DATE", "2025", ("year", 0)),
    T("نحو 13 ساعة", "DURATION", "PT13H", ("dur",), mod="APPROX"),
], [
    E("أعلن ديوان الخدمة", "2025-02-27"),
    E("وأوضح الديوان", "2025-02-27"),
], traps=["30%", "900 سلعة", "17 و28 درجة"], ok=["أول أيام الشهر الفضيل", "مدة الصيام"])

# --------------------------------------------------------------- k037 Libya, oil
A("k037", "2014-07-14", "Libya", [
    "أعلنت المؤسسة الوطنية للنفط، في بيان صدر أمس السبت، استئناف التصدير من ميناء الزويتينة النفطي شرق البلاد بعد إغلاق دام نحو عام، إثر اتفاق مع المحتجين الذين كانوا يحاصرون الميناء.",
    "وقال المتحدث باسم المؤسسة إن ناقلة نفط ستبدأ تحميل نحو 600 ألف برميل من الخام غدا الثلاثاء، على أن تتبعها ناقلة ثانية خلال الأسبوع المقبل.",
    "وارتفع إنتاج ليبيا من النفط إلى نحو 588 ألف برميل يوميا اليوم الاثنين، مقارنة بنحو 200 ألف برميل يوميا مطلع الشهر الجاري، بعد إعادة فتح ميناءي راس لانوف والسدرة في الثاني من يوليو.",
    "غير أن الاشتباكات العنيفة التي اندلعت فجر أمس الأحد في محيط مطار طرابلس الدولي أثارت مخاوف من تعطل الإمدادات مجددا، بعدما أدت إلى تعليق جميع الرحلات الجوية لمدة ثلاثة أيام على الأقل.",
    "وتحتاج ليبيا، التي كانت تنتج 1.4 مليون برميل يوميا قبل اندلاع الاحتجاجات في يوليو من العام الماضي، إلى إيرادات النفط لتمويل موازنة عام 2014 التي لم تقر بعد.",
], [
    T("أمس السبت", "DATE", "2014-07-12", ("wd", "before")),
    T("نحو عام", "DURATION", "P1Y", ("dur",), mod="APPROX"),
    T("غدا الثلاثاء", "DATE", "2014-07-15", ("d", 1)),
    T("الأسبوع المقبل", "DATE", "2014-W30", ("week", 1)),
    T("يوميا", "SET", "P1D", ("lit",), n=0),
    T("اليوم الاثنين", "DATE", "2014-07-14", ("dct",)),
    T("يوميا", "SET", "P1D", ("lit",), n=1),
    T("مطلع الشهر الجاري", "DATE", "2014-07", ("month", 0), mod="START"),
    T("الثاني من يوليو", "DATE", "2014-07-02", ("dm", "past")),
    T("فجر أمس الأحد", "TIME", "2014-07-13TMO", ("t", ("d", -1), "MO")),
    T("ثلاثة أيام على الأقل", "DURATION", "P3D", ("dur",), mod="EQUAL_OR_MORE"),
    T("يوميا", "SET", "P1D", ("lit",), n=2),
    T("يوليو من العام الماضي", "DATE", "2013-07", ("manchor", 2013)),
    T("عام 2014", "DATE", "2014", ("y",)),
], [
    E("أعلنت المؤسسة الوطنية", "2014-07-12"),
    E("وارتفع إنتاج ليبيا", "2014-07-14", end="الشهر الجاري،"),
    E("بعد إعادة فتح", "2014-07-02"),
    E("غير أن الاشتباكات", "2014-07-13"),
], traps=["600 ألف برميل", "588 ألف برميل", "200 ألف برميل", "1.4 مليون برميل"],
   note="'أمس السبت' disagrees with the DCT (Monday): the weekday wins, nearest Saturday before the DCT")

# --------------------------------------------------------------- k038 Syria, weather
A("k038", "2008-12-13", "Syria", [
    "تأثرت سوريا منذ مساء أمس الجمعة بمنخفض جوي قطبي مصحوب بكتلة هوائية شديدة البرودة، أدى إلى تساقط الثلوج على المرتفعات الجبلية التي يزيد ارتفاعها على 1200 متر، وانخفاض ملموس في درجات الحرارة.",
    "وتوقعت المديرية العامة للأرصاد الجوية أن يستمر تأثير المنخفض حتى ظهر يوم الاثنين المقبل، مع احتمال تساقط الثلوج على ارتفاع 800 متر ليلة الأحد.",
    "وأغلقت الثلوج صباح اليوم طريق دمشق - بيروت الدولي عند منطقة جديدة يابوس لعدة ساعات، قبل أن تعيد فرق المواصلات فتحه عند الظهر.",
    "وسجلت أدنى درجة حرارة فجر اليوم في منطقة سرغايا بريف دمشق، حيث بلغت 7 درجات تحت الصفر.",
    "وكانت الأمطار الغزيرة قد هطلت البارحة على المناطق الساحلية، ما أدى إلى ارتفاع منسوب المياه في نهر الكبير الشمالي وغمر عدد من الأراضي الزراعية.",
    "وقررت وزارة التربية تعطيل المدارس في محافظتي القنيطرة والسويداء غدا الأحد، على أن يعوض الطلاب الدوام يوم السبت السابع والعشرين من كانون الأول.",
    "يذكر أن آخر عاصفة ثلجية مماثلة شهدتها البلاد كانت في شباط من العام الماضي واستمرت ثلاثة أيام.",
], [
    T("مساء أمس الجمعة", "TIME", "2008-12-12TEV", ("t", ("d", -1), "EV")),
    T("ظهر يوم الاثنين المقبل", "TIME", "2008-12-15TAF", ("t", ("wd", "after"), "AF")),
    T("ليلة الأحد", "TIME", "2008-12-14TNI", ("t", ("wd", "onafter"), "NI"), alt=["2008-12-13TNI"]),
    T("صباح اليوم", "TIME", "2008-12-13TMO", ("t", ("dct",), "MO")),
    T("عدة ساعات", "DURATION", "PTXH", ("dur",)),
    T("الظهر", "TIME", "2008-12-13TAF", ("t", ("dct",), "AF")),
    T("فجر اليوم", "TIME", "2008-12-13TMO", ("t", ("dct",), "MO")),
    T("البارحة", "DATE", "2008-12-12", ("d", -1)),
    T("غدا الأحد", "DATE", "2008-12-14", ("d", 1)),
    T("يوم السبت السابع والعشرين من كانون الأول", "DATE", "2008-12-27", ("dm", "future")),
    T("شباط من العام الماضي", "DATE", "2007-02", ("manchor", 2007)),
    T("ثلاثة أيام", "DURATION", "P3D", ("dur",)),
], [
    E("تأثرت سوريا", "2008-12-12"),
    E("وأغلقت الثلوج", "2008-12-13"),
    E("وسجلت أدنى درجة", "2008-12-13"),
    E("وكانت الأمطار الغزيرة", "2008-12-12"),
    E("يذكر أن آخر عاصفة", "2007-02"),
], traps=["المديرية العامة", "1200 متر", "800 متر", "7 درجات"], ok=["تحت الصفر"])

# --------------------------------------------------------------- k039 Morocco, economy
A("k039", "2019-01-16", "Morocco", [
    "تراجع الجنيه الإسترليني أمام الدرهم بنسبة 0.8% في تعاملات صباح اليوم الأربعاء، غداة رفض مجلس العموم البريطاني بأغلبية ساحقة اتفاق الخروج من الاتحاد الأوروبي الذي توصلت إليه رئيسة الوزراء تيريزا ماي مع بروكسل.",
    "وكان البرلمان البريطاني قد صوت مساء أمس الثلاثاء ضد الاتفاق بـ432 صوتا مقابل 202، في أكبر هزيمة تتعرض لها حكومة بريطانية منذ نحو مئة عام.",
    "ويرتبط المغرب والمملكة المتحدة باتفاق شراكة يتوقع أن يوقع قبل موعد الخروج المقرر في 29 مارس المقبل، على أن يدخل حيز التنفيذ في فاتح ماي، لضمان استمرار المبادلات التجارية التي بلغت قيمتها 27 مليار درهم في عام 2017.",
    "وقال مسؤول بوزارة الاقتصاد والمالية إن الوفد المغربي سيعقد جولة مفاوضات جديدة مع الجانب البريطاني بالرباط غدا الجمعة، مشيرا إلى أن الجولة السابقة جرت في لندن خلال شهر دجنبر الماضي.",
    "ويرى محللون أن حالة عدم اليقين قد تدفع المستثمرين البريطانيين إلى تأجيل مشاريعهم في المغرب، في وقت تسعى فيه المملكة إلى جذب استثمارات خارجية بقيمة 50 مليار درهم خلال السنوات الخمس المقبلة.",
], [
    T("صباح اليوم الأربعاء", "TIME", "2019-01-16TMO", ("t", ("dct",), "MO")),
    T("غداة", "DATE", "2019-01-16", ("anchor", "2019-01-15", 1)),
    T("مساء أمس الثلاثاء", "TIME", "2019-01-15TEV", ("t", ("d", -1), "EV")),
    T("نحو مئة عام", "DURATION", "P100Y", ("dur",), mod="APPROX"),
    T("29 مارس المقبل", "DATE", "2019-03-29", ("dm", "future")),
    T("فاتح ماي", "DATE", "2019-05-01", ("dm", "future")),
    T("عام 2017", "DATE", "2017", ("y",)),
    T("غدا الجمعة", "DATE", "2019-01-18", ("wd", "after")),
    T("شهر دجنبر الماضي", "DATE", "2018-12", ("m", "past")),
    T("السنوات الخمس المقبلة", "DURATION", "P5Y", ("dur",)),
], [
    E("تراجع الجنيه", "2019-01-16"),
    E("وكان البرلمان البريطاني", "2019-01-15"),
    E("مشيرا إلى أن الجولة السابقة", "2018-12"),
], traps=["تيريزا ماي", "0.8%", "432 صوتا", "202", "27 مليار درهم", "50 مليار درهم"],
   ok=["تعاملات", "موعد الخروج", "الجولة السابقة", "في وقت تسعى"],
   note="'غدا الجمعة' disagrees with the DCT (Wednesday): the weekday wins, nearest Friday after the DCT")

# --------------------------------------------------------------- k040 Egypt, courts
A("k040", "2021-03-23", "Egypt", [
    "قضت محكمة النقض، اليوم الثلاثاء، برفض الطعن المقدم من 12 متهما في القضية المعروفة إعلاميا بقضية شركة توظيف الأموال بالمعادي، وأيدت أحكام السجن المشدد الصادرة بحقهم من محكمة الجنايات بتاريخ 12/03/2019.",
    "وكانت محكمة جنايات القاهرة قد أصدرت حكمها في القضية بعد 37 جلسة امتدت على مدى عامين ونصف، وعاقبت فيه المتهم الأول بالسجن المشدد لمدة 15 عاما وإلزامه برد 240 مليون جنيه.",
    "وتعود وقائع القضية إلى الفترة بين ٢٠١٤ و٢٠١٦، حين جمع المتهمون أموالا من مئات المودعين بزعم توظيفها في تجارة السيارات، قبل أن يتوقفوا عن صرف الأرباح في ١٥/٨/٢٠١٦.",
    "وكان النائب العام قد أحال المتهمين إلى المحاكمة الجنائية في 2017-05-04، بعد بلاغات تقدم بها أكثر من 400 مودع.",
    "وفي قضية أخرى، أجلت محكمة جنايات الجيزة، أمس، محاكمة 8 متهمين بالتعدي على أراضي الدولة إلى جلسة 18 أبريل المقبل لسماع مرافعة الدفاع، مع استمرار حبس المتهمين.",
    "ومن المقرر أن تنطق محكمة الاستئناف خلال شهر مايو بالحكم في قضية ثالثة تخص وقائع فساد بإحدى الشركات العامة، بعد أن حجزتها للحكم في جلسة الأسبوع الماضي.",
], [
    T("اليوم الثلاثاء", "DATE", "2021-03-23", ("dct",)),
    T("12/03/2019", "DATE", "2019-03-12", ("dmy",)),
    T("عامين ونصف", "DURATION", "P2.5Y", ("dur",)),
    T("15 عاما", "DURATION", "P15Y", ("dur",)),
    T("٢٠١٤", "DATE", "2014", ("y",)),
    T("٢٠١٦", "DATE", "2016", ("y",), ctx="و٢٠١٦،"),
    T("١٥/٨/٢٠١٦", "DATE", "2016-08-15", ("dmy",)),
    T("2017-05-04", "DATE", "2017-05-04", ("dmy",)),
    T("أمس", "DATE", "2021-03-22", ("d", -1)),
    T("18 أبريل المقبل", "DATE", "2021-04-18", ("dm", "future")),
    T("شهر مايو", "DATE", "2021-05", ("m", "future")),
    T("الأسبوع الماضي", "DATE", "2021-W11", ("week", -1)),
], [
    E("قضت محكمة النقض", "2021-03-23"),
    E("وكانت محكمة جنايات القاهرة", "2019-03-12"),
    E("قبل أن يتوقفوا", "2016-08-15"),
    E("وكان النائب العام", "2017-05-04"),
    E("وفي قضية أخرى", "2021-03-22"),
], traps=["12 متهما", "37 جلسة", "240 مليون جنيه", "النائب العام", "400 مودع", "8 متهمين", "الشركات العامة"],
   ok=["الفترة بين"])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
