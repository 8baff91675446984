"""Synthetic archives made from the sample corpus, for benchmarks and scale tests.

Each synthetic article is one of the five sample articles with a shifted
publication date and varied wording: some paragraphs left out, the city
changed, every number changed, a different outlet. Relative expressions
(أمس، اليوم الخميس) then resolve against the new date, so the articles are
as much work to read as real ones. Deterministic for a given seed.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from pathlib import Path
from typing import Iterator

__all__ = ["synthetic_articles", "write_jsonl", "SAMPLE"]

SAMPLE = Path(__file__).resolve().parent / "aleppo-2016.jsonl"
CITIES = ("حلب", "حمص", "إدلب", "درعا", "حماة", "الرقة", "دير الزور", "اللاذقية", "دوما", "منبج")
OUTLETS = ("وكالة الشمال", "إذاعة المدينة", "صحيفة المساء", "قناة الشرق", "موقع الخبر", "وكالة الأنباء",
           "نشرة الساحل", "راديو البلد")
_NUMBER = re.compile(r"\d+")


def _bases() -> list[dict]:
    return [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines() if line.strip()]


def synthetic_articles(n: int, seed: int = 0, per_day: int = 270,
                       start: dt.date = dt.date(2016, 1, 1)) -> Iterator[dict]:
    """``n`` articles, ``per_day`` a day from ``start`` (a busy desk reads a few hundred a day)."""
    rng = random.Random(seed)
    bases = _bases()
    for i in range(n):
        base = bases[rng.randrange(len(bases))]
        paragraphs = [p for p in base["text"].split("\n") if p.strip()]
        kept = [p for p in paragraphs if rng.random() < 0.8] or paragraphs[:1]
        city = rng.choice(CITIES)
        text = "\n".join(kept).replace("حلب", city)
        text = _NUMBER.sub(lambda m: str(max(1, int(int(m.group()) * rng.uniform(0.7, 1.3))))
                           if len(m.group()) < 4 else m.group(), text)
        yield {"id": f"syn-{i:07d}", "published": (start + dt.timedelta(days=i // per_day)).isoformat(),
               "language": "ar", "source": rng.choice(OUTLETS), "text": text}


def write_jsonl(path: Path, n: int, seed: int = 0, per_day: int = 270) -> Path:
    with open(path, "w", encoding="utf-8") as fh:
        for record in synthetic_articles(n, seed, per_day):
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path
