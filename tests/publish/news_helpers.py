"""Helpers for the newsletter tests: real runs of ``generate.py newsletter``, articles of our own."""

from __future__ import annotations

import email
import json
import os
import sqlite3
import subprocess
import sys
from email import policy
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Articles written for these tests (two days of a small city's news).
DAY1 = [
    {"id": "a1", "published": "2023-03-01", "source": "وكالة الشمال",
     "text": "قتل خمسة مدنيين أمس الثلاثاء في قصف على حي الشعار شرق المدينة."},
    {"id": "a2", "published": "2023-03-01", "source": "إذاعة المدينة",
     "text": "أعلنت البلدية اليوم الأربعاء فتح معبر جديد لخروج المدنيين من الأحياء الشرقية."},
]
DAY2 = [
    {"id": "b1", "published": "2023-03-02", "source": "وكالة الشمال",
     "text": "قالت مصادر طبية إن 12 شخصا أصيبوا اليوم الخميس في انفجار بسوق المدينة القديمة."},
    {"id": "b2", "published": "2023-03-02", "source": "إذاعة المدينة",
     "text": "وكانت قوات الأمن قد اعتقلت يوم الاثنين الماضي ثلاثة مشتبهين بتفجير سابق. "
             "وأفرجت السلطات عنهم صباح اليوم الخميس بعد التحقيق."},
]


def write_archive(folder: Path, docs) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for d in docs:
        (folder / f"{d['id']}.jsonl").write_text(json.dumps(d, ensure_ascii=False) + "\n", encoding="utf-8")
    return folder


def command(out: Path, archive: Path, now: str, *extra: str) -> list[str]:
    return [sys.executable, str(ROOT / "generate.py"), "newsletter", str(archive), "-o", str(out),
            "--now", now, "-q", *extra]


def newsletter(out: Path, archive: Path, now: str, *extra: str, env: dict | None = None,
               timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run(command(out, archive, now, *extra), capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, **(env or {})}, timeout=timeout)


def issues(out: Path) -> list[str]:
    folder = out / "newsletter"
    return sorted(p.name for p in folder.iterdir() if p.is_dir()) if folder.is_dir() else []


def message(out: Path, number: int) -> email.message.EmailMessage:
    data = (out / "newsletter" / f"{number:04d}" / "message.eml").read_bytes()
    return email.message_from_bytes(data, policy=policy.default)


def text_part(msg) -> str:
    return msg.get_body(preferencelist=("plain",)).get_content()


def state_rows(out: Path, sql: str) -> list[tuple]:
    db = sqlite3.connect(out / "newsletter.sqlite")
    try:
        return db.execute(sql).fetchall()
    finally:
        db.close()
