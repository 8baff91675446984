"""Build settings: defaults < a TOML config file < command-line options.

The config file holds the same settings as ``generate.py build``'s options::

    title = "حلب: الأسابيع الأخيرة"
    sources = ["articles/"]          # relative to the config file
    output = "site/"
    from = "2016-12-01"
    to = "2016-12-31"
    order = "newest"                 # or "oldest"
    month_names = "levantine"        # egyptian, levantine, maghrebi, paired
    templates = "my-templates/"
    notes = "notes.md"
    formats = ["html", "pdf", "md"]  # also json, csv, timelinejs (html brings all three)
    paginate = "auto"                # auto, month, none
    page_size_kb = 4000              # a busy month's page is split into weeks, then days, above this
    search = true                    # the archive-wide search index (Pagefind) with the HTML
    key_developments = 5             # items of «أبرز التطورات»
    place = "حلب"                    # keep figures from elsewhere out of the headline numbers
    pdf_variant = "pdf/a-3u"         # none (default), pdf/a-3u (timeline.json inside), pdf/ua-1

    [newsletter]                     # generate.py newsletter
    title = "نشرة حلب اليومية"        # default: النشرة اليومية / الأسبوعية
    period = "daily"                 # or "weekly"
    state = "state/newsletter.sqlite"
    list_id = "aleppo.news.example.org"
    from = "النشرة <news@example.org>"
    to = ["desk@example.org"]
    site_url = "https://example.org/briefing/"   # where the output folder is served
    unsubscribe = "mailto:news@example.org?subject=unsubscribe"
    pdf = false
    lock_timeout = 600               # seconds a second run waits for the first

    [newsletter.smtp]                # for --send
    host = "smtp.example.org"
    port = 587
    security = "starttls"            # none, starttls, ssl
    username = "news"
    password_env = "NEWSLETTER_SMTP_PASSWORD"   # the password comes from this variable
    # allow_plaintext = true         # only to log in over security = "none" (the password goes in clear)

An unknown key or a value of the wrong kind is an error naming the file.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass, field, fields, replace
from email.utils import getaddresses
from pathlib import Path
from typing import Any, Optional

from timeline.formats import DEFAULT_FORMATS, FORMATS, MONTH_SYSTEMS, PDF_VARIANTS
from timeline.model import InputError
from timeline.resources import samples_dir

__all__ = ["BuildConfig", "NewsletterConfig", "load_config", "newsletter_config", "SAMPLE", "SAMPLE_CONFIG"]

SAMPLES = samples_dir()
SAMPLE = SAMPLES / "aleppo-2016.jsonl"
SAMPLE_CONFIG = SAMPLES / "aleppo-2016.toml"

ORDERS = ("oldest", "newest")
PAGINATE = ("auto", "month", "none")


@dataclass(frozen=True)
class BuildConfig:
    sources: tuple[str, ...] = ()
    output: str = "output"
    title: str = "الخط الزمني للأحداث"
    date_from: Optional[dt.date] = None
    date_to: Optional[dt.date] = None
    order: str = "oldest"
    month_names: str = "egyptian"
    templates: Optional[str] = None
    notes: Optional[str] = None
    formats: tuple[str, ...] = DEFAULT_FORMATS
    paginate: str = "auto"
    page_size_kb: int = 4000
    search: bool = True
    key_developments: int = 5
    #: keep figures from elsewhere out of the headline numbers (None: every place counts)
    place: Optional[str] = None
    pdf_variant: str = "none"
    #: the [newsletter] table as written, and the file it came from (see newsletter_config)
    newsletter: Optional[dict] = None
    origin: Optional[str] = None

    def merged(self, **changes: Any) -> "BuildConfig":
        """This config with the given settings changed (None values ignored), checked."""
        config = replace(self, **{k: v for k, v in changes.items() if v is not None})
        config.check("command line")
        return config

    def check(self, where: str) -> None:
        def bad(msg: str) -> InputError:
            return InputError(f"{where}: {msg}")

        if self.order not in ORDERS:
            raise bad(f"order must be one of {', '.join(ORDERS)}, not {self.order!r}")
        if self.month_names not in MONTH_SYSTEMS:
            raise bad(f"month_names must be one of {', '.join(MONTH_SYSTEMS)}, not {self.month_names!r}")
        if self.paginate not in PAGINATE:
            raise bad(f"paginate must be one of {', '.join(PAGINATE)}, not {self.paginate!r}")
        for f in self.formats:
            if f not in FORMATS:
                raise bad(f"unknown format {f!r} (choose from {', '.join(FORMATS)})")
        if not self.formats:
            raise bad("formats is empty")
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise bad(f"the period starts ({self.date_from}) after it ends ({self.date_to})")
        if not self.title.strip():
            raise bad("title is empty")
        if self.key_developments < 0:
            raise bad("key_developments must be 0 or more")
        if self.page_size_kb < 100:
            raise bad(f"page_size_kb must be 100 or more, not {self.page_size_kb}")
        if self.pdf_variant not in PDF_VARIANTS:
            raise bad(f"pdf_variant must be one of {', '.join(PDF_VARIANTS)}, not {self.pdf_variant!r}")
        if self.place is not None and not self.place.strip():
            raise bad("place is empty")


# TOML key -> (field, expected type)
_KEYS: dict[str, tuple[str, type | tuple[type, ...]]] = {
    "sources": ("sources", list), "output": ("output", str), "title": ("title", str),
    "from": ("date_from", (str, dt.date)), "to": ("date_to", (str, dt.date)), "order": ("order", str),
    "month_names": ("month_names", str), "templates": ("templates", str), "notes": ("notes", str),
    "formats": ("formats", list), "paginate": ("paginate", str), "page_size_kb": ("page_size_kb", int),
    "search": ("search", bool),
    "key_developments": ("key_developments", int), "place": ("place", str), "pdf_variant": ("pdf_variant", str),
    "newsletter": ("newsletter", dict),
}
_PATHS = {"output", "templates", "notes"}


def parse_date(value: Any, where: str) -> dt.date:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise InputError(f"{where}: {value!r} is not a date (YYYY-MM-DD)") from None


def load_config(path: str | Path, base: BuildConfig = BuildConfig()) -> BuildConfig:
    """``base`` updated with the settings of the TOML file at ``path``."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{path}: config file not found") from None
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: config file is not UTF-8 (byte {exc.start})") from None
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{path}: not valid TOML ({exc})") from None
    here = path.resolve().parent
    changes: dict[str, Any] = {}
    for key, value in data.items():
        if key not in _KEYS:
            known = ", ".join(sorted(_KEYS))
            raise InputError(f"{path}: unknown setting {key!r} (known: {known})")
        name, kind = _KEYS[key]
        if not isinstance(value, kind) or isinstance(value, bool):
            raise InputError(f"{path}: {key} has the wrong type ({type(value).__name__})")
        if key in ("from", "to"):
            value = parse_date(value, f"{path}: {key}")
        elif key in ("sources", "formats"):
            if not all(isinstance(v, str) for v in value):
                raise InputError(f"{path}: {key} must be a list of strings")
            value = tuple(str(here / v) if key == "sources" and v != "-" else v for v in value)
        elif key in _PATHS:
            value = str(here / value)
        elif key == "newsletter":
            value = {**value, "_here": str(here)}
        changes[name] = value
    config = replace(base, **changes, origin=str(path))
    config.check(str(path))
    return config


FIELDS = tuple(f.name for f in fields(BuildConfig))


@dataclass(frozen=True)
class NewsletterConfig:
    title: str = ""
    period: str = "daily"
    state: Optional[str] = None
    list_id: str = "briefing.newsletter.invalid"
    sender: str = "newsletter@localhost"
    recipients: tuple[str, ...] = ()
    site_url: Optional[str] = None
    unsubscribe: Optional[str] = None
    pdf: bool = False
    lock_timeout: float = 600.0
    smtp: dict = field(default_factory=dict)


# key -> (field, types)
_NEWSLETTER_KEYS: dict[str, tuple[str, type | tuple[type, ...]]] = {
    "title": ("title", str), "period": ("period", str), "state": ("state", str), "list_id": ("list_id", str),
    "from": ("sender", str), "to": ("recipients", list), "site_url": ("site_url", str),
    "unsubscribe": ("unsubscribe", str), "pdf": ("pdf", bool), "lock_timeout": ("lock_timeout", (int, float)),
    "smtp": ("smtp", dict),
}
_SMTP_KEYS = {"host": str, "port": int, "security": str, "username": str, "password_env": str,
              "timeout": (int, float), "allow_plaintext": bool}
PERIODS = ("daily", "weekly")
#: what may not stand in a setting that goes into a mail header
_HEADER_BREAK = re.compile(r"[\x00-\x1f\x7f\u2028\u2029\x85]")


def newsletter_config(config: BuildConfig) -> NewsletterConfig:
    """The [newsletter] table of the config file, checked."""
    raw = dict(config.newsletter or {})
    where = f"{config.origin or 'config'}: newsletter"
    here = Path(raw.pop("_here", "."))
    changes: dict[str, Any] = {}
    for key, value in raw.items():
        if key not in _NEWSLETTER_KEYS:
            raise InputError(f"{where}: unknown setting {key!r} (known: {', '.join(sorted(_NEWSLETTER_KEYS))})")
        name, kind = _NEWSLETTER_KEYS[key]
        if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
            raise InputError(f"{where}: {key} has the wrong type ({type(value).__name__})")
        if isinstance(value, str) and _HEADER_BREAK.search(value):
            # a line break (or another control character) in list_id, unsubscribe,
            # from or title would start a header of its own in every message
            raise InputError(f"{where}: {key} holds a line break or control character")
        if key == "to":
            if not all(isinstance(v, str) for v in value):
                raise InputError(f"{where}: to must be a list of addresses")
            if any(_HEADER_BREAK.search(v) for v in value):
                raise InputError(f"{where}: to holds a line break or control character")
            joined = [v for v in value if len(getaddresses([v.replace(";", ",")])) > 1]
            if joined:
                raise InputError(f"{where}: to lists one address per item; {joined[0]!r} holds several "
                                 '(write to = ["a@example.org", "b@example.org"])')
            value = tuple(value)
        elif key == "state":
            value = str(here / value)
        elif key == "smtp":
            for k, v in value.items():
                if k not in _SMTP_KEYS:
                    raise InputError(f"{where}.smtp: unknown setting {k!r} (known: {', '.join(sorted(_SMTP_KEYS))})")
                if not isinstance(v, _SMTP_KEYS[k]) or (isinstance(v, bool) and _SMTP_KEYS[k] is not bool):
                    raise InputError(f"{where}.smtp: {k} has the wrong type ({type(v).__name__})")
            if value.get("security", "none") not in ("none", "starttls", "ssl"):
                raise InputError(f"{where}.smtp: security must be none, starttls or ssl")
        changes[name] = value
    result = NewsletterConfig(**changes)
    if result.period not in PERIODS:
        raise InputError(f"{where}: period must be daily or weekly, not {result.period!r}")
    if result.lock_timeout < 0:
        raise InputError(f"{where}: lock_timeout must be 0 or more")
    return result
