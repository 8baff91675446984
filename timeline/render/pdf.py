"""The PDF briefing, through WeasyPrint.

The renderer may read only the project's own files: the fonts from their
PyPI package and the templates' assets. Every other URL (an article's link,
an image in an editor's note, anything) is refused without a request.
Importing this module imports WeasyPrint (slow): import it only to render.
WeasyPrint's warnings (a glyph missing from the font, a refused URL) are
collected and returned so the build can report them.

Every PDF is tagged (its structure tree carries the reading order, so
copied or extracted text comes out as the words were written) and asks
viewers to lay pages out right to left (``/ViewerPreferences`` with
``/Direction /R2L``). Variants: ``pdf/ua-1`` (PDF/UA-1 metadata), and
``pdf/a-3u`` (PDF/A-3u, with the timeline's JSON attached inside the file).
The same input gives the same bytes in every variant.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import mimetypes
from dataclasses import dataclass
from pathlib import Path
from typing import Optional
from urllib.parse import unquote, urlsplit

from jinja2 import Environment
from markupsafe import Markup
import pydyf
from weasyprint import HTML, Attachment
from weasyprint.urls import URLFetcher, URLFetcherResponse

from timeline.render.context import BriefingContext
from timeline.render.env import DEFAULT_TEMPLATES, find_asset
from timeline.render.exports import exports_listed
from timeline.render.fonts import font_dirs, pdf_fonts

__all__ = ["render_pdf", "PdfResult", "LocalAssetFetcher", "pdf_html", "VARIANTS", "ATTACHMENT"]

#: --pdf-variant -> WeasyPrint's variant (None: a plain tagged PDF)
VARIANTS = {"none": None, "pdf/a-3u": "pdf/a-3u", "pdf/ua-1": "pdf/ua-1"}
#: the name of the timeline's JSON inside a PDF/A-3u briefing
ATTACHMENT = "timeline.json"


class LocalAssetFetcher(URLFetcher):
    """Serves ``file:`` URLs inside the allowed folders; refuses everything else."""

    def __init__(self, folders: tuple[Path, ...]) -> None:
        super().__init__(allowed_protocols=("file",), allow_redirects=False)
        self.folders = tuple(Path(f).resolve() for f in folders)
        self.requested: list[str] = []
        self.refused: list[str] = []

    def fetch(self, url, headers=None):
        self.requested.append(url)
        parts = urlsplit(url)
        if parts.scheme != "file" or parts.netloc not in ("", "localhost"):
            self.refused.append(url)
            raise ValueError(f"refused {url}: the PDF renderer reads only the project's own assets")
        path = Path(unquote(parts.path)).resolve()
        if not any(path.is_relative_to(f) for f in self.folders) or not path.is_file():
            self.refused.append(url)
            raise ValueError(f"refused {url}: not one of the project's asset files")
        mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return URLFetcherResponse(url, path.read_bytes(), {"Content-Type": mime})


@dataclass(frozen=True)
class PdfResult:
    data: bytes
    warnings: tuple[str, ...]
    requested: tuple[str, ...]


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def pdf_html(b: BriefingContext, env: Environment, created: dt.datetime,
             user: Optional[Path] = None, template: str = "briefing.html") -> str:
    fonts = {k: v.as_uri() for k, v in pdf_fonts().items()}
    css = Markup(find_asset("briefing.css", user).read_text(encoding="utf-8"))
    return env.get_template(template).render(
        b=b, fonts=fonts, css=css, created=created.strftime("%Y-%m-%dT%H:%M:%SZ"))


def _portable(html: str) -> str:
    """The page with each font's file URI (where the font package is installed) written as
    the font file's name: the PDF's identifier is made from it, so the same briefing has
    the same identifier on every machine."""
    for path in pdf_fonts().values():
        html = html.replace(path.as_uri(), path.name)
    return html


def _finish(document, pdf: pydyf.PDF) -> None:
    """The catalog, last: viewer preferences for pages laid out right to left (beside what
    WeasyPrint's tagging puts there, DisplayDocTitle), and each associated file listed once
    (WeasyPrint 70's PDF/A step lists an attachment twice in /AF)."""
    preferences = pdf.catalog.get("ViewerPreferences")
    if not isinstance(preferences, pydyf.Dictionary):
        preferences = pydyf.Dictionary()
        pdf.catalog["ViewerPreferences"] = preferences
    preferences["Direction"] = "/R2L"
    preferences["DisplayDocTitle"] = "true"
    if "AF" in pdf.catalog:
        pdf.catalog["AF"] = pydyf.Array(dict.fromkeys(pdf.catalog["AF"]))


def render_pdf(b: BriefingContext, env: Environment, created: dt.datetime,
               user: Optional[Path] = None, variant: str = "none",
               timeline_json: Optional[bytes] = None, template: str = "briefing.html") -> PdfResult:
    """The briefing as PDF (``template``: the briefing's, or one extending it such as a
    newsletter issue's). ``variant`` is one of ``VARIANTS``; with ``timeline_json``
    (the export's bytes) a PDF/A-3u carries it as ``timeline.json``."""
    if variant not in VARIANTS:
        raise ValueError(f"unknown PDF variant {variant!r} (choose from {', '.join(VARIANTS)})")
    html = pdf_html(b, env, created, user, template)
    assets = [DEFAULT_TEMPLATES / "assets", *font_dirs()]
    if user is not None:
        assets.insert(0, Path(user) / "assets")
    fetcher = LocalAssetFetcher(tuple(assets))
    base = (Path(user) / "assets" if user is not None else DEFAULT_TEMPLATES / "assets").resolve()
    collect = _Collect()
    logger = logging.getLogger("weasyprint")
    logger.addHandler(collect)
    try:
        document = HTML(string=html, base_url=base.as_uri() + "/", url_fetcher=fetcher)
        digest = hashlib.sha256(_portable(html).encode("utf-8"))
        attachments = []
        if timeline_json is not None and variant == "pdf/a-3u":
            digest.update(timeline_json)
            # dated with the build time, not the clock: the same input gives the same file
            stamp = created.replace(tzinfo=None)
            attachments.append(Attachment(string=timeline_json, name=ATTACHMENT, url_fetcher=fetcher,
                                          description=exports_listed(("json",))[0][1], created=stamp,
                                          modified=stamp, relationship="Data"))
        identifier = digest.hexdigest()[:32].encode("ascii")
        data = document.write_pdf(pdf_identifier=identifier, presentational_hints=False, pdf_tags=True,
                                  pdf_variant=VARIANTS[variant], attachments=attachments or None,
                                  finisher=_finish)
    finally:
        logger.removeHandler(collect)
    return PdfResult(data, tuple(collect.messages), tuple(fetcher.requested))
