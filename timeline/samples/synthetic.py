"""Synthetic archives made from the sample corpus, for benchmarks and scale tests.

Each synthetic article is one of the five sample articles with a shifted
publication date and varied wording: some paragraphs left out, the city
changed, the figures changed, a different outlet, the months named in
another regional system. The dates in the text move with the publication
date: الثالث من ديسمبر becomes "17 آذار" in an article published in March,
and أمس الأربعاء names the new day's weekday. Each article stays a coherent
report of its own days, and the archive's events spread over the year as a
real archive's do, instead of piling up on the sample's few calendar days. Relative expressions (أمس، اليوم الخميس)
resolve against the new date, so the articles are as much work to read as
real ones. Deterministic for a given seed.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from timeline.resources import samples_dir
from timeline.values import Precision, TimeValue

__all__ = ["synthetic_articles", "write_jsonl", "SAMPLE"]

SAMPLE = samples_dir() / "aleppo-2016.jsonl"
CITIES = ("حلب", "حمص", "إدلب", "درعا", "حماة", "الرقة", "دير الزور", "اللاذقية", "دوما", "منبج")
OUTLETS = ("وكالة الشمال", "إذاعة المدينة", "صحيفة المساء", "قناة الشرق", "موقع الخبر", "وكالة الأنباء",
           "نشرة الساحل", "راديو البلد")
_NUMBER = re.compile(r"\d+")


@dataclass(frozen=True)
class _Date:
    """An explicit date in a sample text: where, what it says, and how it is written."""

    start: int
    end: int
    value: TimeValue    # a day, a month or a year
    rewrite: bool       # write the whole date anew (else only its weekday word changes)
    weekday: bool       # the span names the weekday
    year: bool          # the span writes the year
    past: bool          # the span says الماضي


@lru_cache(maxsize=1)
def _bases() -> tuple[tuple[dict, tuple[_Date, ...]], ...]:
    """The sample articles with the explicit dates each one writes."""
    from timeline.temporal import tag

    out = []
    for line in SAMPLE.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        base = json.loads(line)
        dates = []
        for t in tag(base["text"], base["published"]):
            if t.type not in ("DATE", "TIME") or not t.time.is_calendar:
                continue
            if t.rule in ("date-day-month", "month", "year") and t.type == "DATE":
                dates.append(_Date(t.start, t.end, t.time, True, _weekday_word(t.text) is not None,
                                   bool(re.search(r"\d{4}", t.text)), "الماضي" in t.text))
            elif t.time.day is not None and _weekday_word(t.text) is not None:
                dates.append(_Date(t.start, t.end, t.time.truncate(Precision.DAY), False, True, False, False))
        out.append((base, tuple(dates)))
    return tuple(out)


def _weekday_word(text: str):
    """The weekday word in a span (a match over its words, brackets left out), or None."""
    from timeline.lang import default_pack

    pack = default_pack()
    fold, forms = pack.fold, pack.weekdays.forms
    for m in re.finditer(r"\w+", text):
        if fold(m.group()) in forms:
            return m
    return None


def _rewrite(d: _Date, shift: dt.timedelta, system: str, base_text: str) -> str:
    """The date ``d`` moved by ``shift``, written the plain way (day, month, year)."""
    from timeline.render.arabic import month_name, weekday_name

    if not d.rewrite:   # a relative day: only its weekday word changes
        text = base_text[d.start:d.end]
        m = _weekday_word(text)
        day = d.value.day + shift
        return text[:m.start()] + weekday_name(day) + text[m.end():]
    if d.value.day is not None:
        day = d.value.day + shift
        words = [weekday_name(day)] if d.weekday else []
        words += [str(day.day), month_name(day.month, system)]
    elif d.value.precision is Precision.MONTH:
        day = d.value.first_day.replace(day=15) + shift
        words = ["شهر", month_name(day.month, system)]
    else:
        day = d.value.first_day.replace(month=7) + shift
        return f"عام {day.year}"
    if d.year:
        words.append(str(day.year))
    elif d.past:
        words.append("الماضي")
    return " ".join(words)


def synthetic_articles(n: int, seed: int = 0, per_day: int = 270,
                       start: dt.date = dt.date(2016, 1, 1)) -> Iterator[dict]:
    """``n`` articles, ``per_day`` a day from ``start`` (a busy desk reads a few hundred a day)."""
    from timeline.render.arabic import MONTH_SYSTEMS

    rng = random.Random(seed)
    bases = _bases()
    for i in range(n):
        base, dates = bases[rng.randrange(len(bases))]
        day = start + dt.timedelta(days=i // per_day)
        shift = day - dt.date.fromisoformat(base["published"])
        system = rng.choice([m for m in MONTH_SYSTEMS if m != "paired"])
        text = base["text"]
        marks = []
        for k, d in enumerate(reversed(dates)):   # from the end: earlier offsets stay valid
            mark = f"\x01{chr(0xE000 + k)}\x01"
            marks.append((mark, _rewrite(d, shift, system, base["text"])))
            text = text[:d.start] + mark + text[d.end:]
        paragraphs = [p for p in text.split("\n") if p.strip()]
        kept = [p for p in paragraphs if rng.random() < 0.8] or paragraphs[:1]
        city = rng.choice(CITIES)
        text = "\n".join(kept).replace("حلب", city)
        text = _NUMBER.sub(lambda m: str(max(1, int(int(m.group()) * rng.uniform(0.7, 1.3))))
                           if len(m.group()) < 4 else m.group(), text)
        for mark, words in marks:
            text = text.replace(mark, words)
        yield {"id": f"syn-{i:07d}", "published": day.isoformat(),
               "language": "ar", "source": rng.choice(OUTLETS), "text": text}


def write_jsonl(path: Path, n: int, seed: int = 0, per_day: int = 270) -> Path:
    with open(path, "w", encoding="utf-8") as fh:
        for record in synthetic_articles(n, seed, per_day):
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path
