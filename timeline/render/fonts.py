"""Fonts come from PyPI packages, never from the system.

- the PDF: Amiri (``fontpkg-amiri``), a Naskh face made for print;
- the web page: Noto Sans Arabic (``fontpkg-noto-sans-arabic``), copied next
  to the HTML as ``assets/NotoSansArabic.ttf`` so the page works offline.
"""

from __future__ import annotations

from pathlib import Path

from timeline.resources import package_path

__all__ = ["pdf_fonts", "web_font", "font_dirs", "WEB_FONT_NAME"]


#: the font packages (each ships its faces in ``files/``)
PDF_FONT_PACKAGE = "fontpkg_amiri"
WEB_FONT_PACKAGE = "fontpkg_noto_sans_arabic"


def _files(package: str) -> Path:
    return package_path(package, "files")


def _one(pattern: str, package: str) -> Path:
    found = sorted(_files(package).glob(pattern))
    if not found:
        raise FileNotFoundError(f"font {pattern} missing from {_files(package)}")
    return found[0]


def pdf_fonts() -> dict[str, Path]:
    return {"regular": _one("Amiri-Regular.ttf", PDF_FONT_PACKAGE), "bold": _one("Amiri-Bold.ttf", PDF_FONT_PACKAGE)}


#: the web font's file name next to the HTML (timeline.css refers to it)
WEB_FONT_NAME = "NotoSansArabic.ttf"


def web_font() -> Path:
    return _one("NotoSansArabic*.ttf", WEB_FONT_PACKAGE)


def font_dirs() -> tuple[Path, ...]:
    """Folders the PDF renderer may read fonts from."""
    return (_files(PDF_FONT_PACKAGE),)
