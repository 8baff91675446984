"""The editor's note: Markdown written by a person, shown in the HTML and PDF.

It is rendered with the ``markdown`` package and then sanitised with nh3
(an allow-list HTML sanitiser): scripts, event handlers, styles, forms,
frames and images are removed, links may only be http(s) or mailto.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import markdown
import nh3
from markupsafe import Markup

from timeline.model import InputError
from timeline.text.hygiene import clean_field

__all__ = ["Notes", "read_notes", "render_notes"]

ALLOWED_TAGS = {"p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "em", "b", "i", "code", "pre",
                "blockquote", "ul", "ol", "li", "a", "abbr", "sup", "sub", "table", "thead", "tbody",
                "tr", "th", "td", "del", "ins", "span"}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}, "th": {"align"}, "td": {"align"}}
URL_SCHEMES = {"http", "https", "mailto"}
_TAG_START = re.compile(r"<(?=[A-Za-z/!?])")
#: ![alt](url "title") and ![alt][ref]
_IMAGE = re.compile(r"!\[(?P<alt>[^\]\n]*)\](?:\([^)\n]*\)|\[[^\]\n]*\])")
#: a reference definition an image used: [ref]: http://... (any, harmlessly)
_IMAGE_REF = re.compile(r"(?m)^[ ]{0,3}\[[^\]\n]+\]:[ \t]*<?\S+\.(?:png|jpe?g|gif|webp|svg|bmp|ico)>?(?:[ \t]+.*)?$")
_BAD_LINK = re.compile(r"(\]\(\s*<?\s*)(?:javascript|vbscript|data|file)\s*:", re.IGNORECASE)


@dataclass(frozen=True)
class Notes:
    source: str          # the Markdown as written, raw HTML and script links made inert
    html: Markup         # rendered and sanitised
    #: the briefing's lead, when the note's front matter gives one (``lead: ...``)
    lead: Optional[str] = None


def _front_matter(text: str, where: str) -> tuple[Optional[str], str]:
    """(the ``lead`` of a YAML front matter block, the text after it)."""
    if not text.lstrip("\ufeff").startswith("---"):
        return None, text
    import frontmatter
    from timeline.readers.text import _FrontMatterHandler

    try:
        post = frontmatter.loads(text, handler=_FrontMatterHandler())
    except Exception as exc:   # a YAML error of any kind is the note's problem, in one line
        raise InputError(f"{where}: the note's front matter is not valid YAML ({type(exc).__name__})") from None
    lead = post.metadata.get("lead")
    if lead is not None and not isinstance(lead, str):
        raise InputError(f"{where}: the note's lead must be text")
    return (" ".join(lead.split()) or None) if lead else None, post.content


def render_notes(text: str, where: str = "the editor's note") -> Notes:
    lead, text = _front_matter(text, where)
    rendered = markdown.markdown(text, extensions=["extra", "sane_lists"], output_format="html")
    clean = nh3.clean(rendered, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES,
                      url_schemes=URL_SCHEMES, link_rel="noopener noreferrer nofollow",
                      strip_comments=True)
    source = _BAD_LINK.sub(r"\1#", _TAG_START.sub("&lt;", text.strip()))
    # images are dropped from the HTML; in the Markdown briefing too (a remote image
    # is a request from every reader's mail client): the alt text stays
    source = _IMAGE.sub(lambda m: m.group("alt"), source)
    source = _IMAGE_REF.sub("", source)
    return Notes(source, Markup(clean), clean_field(lead) if lead else None)


def read_notes(path: str | Path) -> Notes:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(f"{path}: notes file not found") from None
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: notes file is not UTF-8 (byte {exc.start})") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read notes file ({exc.strerror})") from None
    return render_notes(text, str(path))
