"""Fonts come from PyPI packages, never from the system.

- the PDF: Amiri (``fontpkg-amiri``), a Naskh face made for print;
- the web page: Noto Sans Arabic (``fontpkg-noto-sans-arabic``), copied next
  to the HTML as ``assets/NotoSansArabic.ttf`` so the page works offline.
"""

from __future__ import annotations

from pathlib import Path

import fontpkg_amiri
import fontpkg_noto_sans_arabic

__all__ = ["pdf_fonts", "web_font", "font_dirs", "WEB_FONT_NAME"]


def _one(pattern: str, root: Path) -> Path:
    found = sorted((root / "files").glob(pattern))
    if not found:
        raise FileNotFoundError(f"font {pattern} missing from {root}")
    return found[0]


def pdf_fonts() -> dict[str, Path]:
    root = Path(fontpkg_amiri.ROOT)
    return {"regular": _one("Amiri-Regular.ttf", root), "bold": _one("Amiri-Bold.ttf", root)}


#: the web font's file name next to the HTML (timeline.css refers to it)
WEB_FONT_NAME = "NotoSansArabic.ttf"


def web_font() -> Path:
    return _one("NotoSansArabic*.ttf", Path(fontpkg_noto_sans_arabic.ROOT))


def font_dirs() -> tuple[Path, ...]:
    """Folders the PDF renderer may read fonts from."""
    return (Path(fontpkg_amiri.ROOT) / "files",)
