"""Language knowledge as data: one TOML table per family, per language.

The code that consumes a table lives with its algorithm (``timeline.temporal``,
``timeline.events``); the words live here, so adding a spelling or a regional
month name is a data change.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources
from typing import Any

__all__ = ["load_table", "briefing_table", "DataError", "BRIEFING_LANGUAGE"]

#: the language the tool writes in (briefings, issues, the reasons it gives for a date),
#: whatever the articles' languages: its words are that language's display tables
#: (``display``, ``chart``, ``exports``, ``newsletter``)
BRIEFING_LANGUAGE = "ar"


class DataError(ValueError):
    """A language table is missing or malformed."""


@lru_cache(maxsize=None)
def load_table(lang: str, name: str) -> dict[str, Any]:
    path = resources.files(__name__).joinpath(lang, f"{name}.toml")
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise DataError(f"language table {lang}/{name}.toml is missing") from None
    except tomllib.TOMLDecodeError as exc:
        raise DataError(f"language table {lang}/{name}.toml: {exc}") from None


def briefing_table(name: str) -> dict[str, Any]:
    """A table of the words the tool writes (:data:`BRIEFING_LANGUAGE`'s ``name``.toml)."""
    return load_table(BRIEFING_LANGUAGE, name)
