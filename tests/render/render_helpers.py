"""Helpers for the rendering tests: real builds through the real command line, HTML parsing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from xml.etree.ElementTree import Element

import tinyhtml5

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "timeline" / "samples" / "aleppo-2016.jsonl"
EPOCH = "1481760000"          # 2016-12-15T00:00:00Z, the fixed build time of reproducible builds
H = "{http://www.w3.org/1999/xhtml}"

#: an article written to break a renderer that trusts its input
EVIL = {
    "id": "evil-1", "published": "2016-12-08",
    "source": "<b>وكالة</b> & شركاه", "url": "javascript:alert(1)",
    "text": "وقال مسؤول أمس الأربعاء إن <script>alert('x')</script> و{{ 7*7 }} و{% include 'base.html' %} "
            "وردت في البيان <img src=x onerror=alert(2)>.",
}


def build(out: Path, *args: str, env: dict | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    """``generate.py build`` in a real process."""
    full_env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, **(env or {})}
    return subprocess.run([sys.executable, str(ROOT / "generate.py"), "build", "-q", "-o", str(out), *args],
                          capture_output=True, text=True, cwd=cwd, env=full_env, timeout=300)


def write_jsonl(path: Path, *docs: dict) -> Path:
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    return path


def parse(path: Path) -> Element:
    return tinyhtml5.parse(path.read_bytes())


def text_of(el: Element) -> str:
    return "".join(el.itertext())


def with_class(root: Element, tag: str, cls: str) -> list[Element]:
    return [e for e in root.iter(H + tag) if cls in (e.get("class") or "").split()]
