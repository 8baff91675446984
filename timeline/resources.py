"""Where the tool's own files are: templates and assets, the sample corpus, the package itself.

Everything is found through :mod:`importlib.resources`, so the same code works
from a checkout (``python generate.py``, the tests) and from an installed wheel
or sdist, wherever it was installed and whatever the working directory.

Templates are the one case with two places. The checkout keeps them in the
top-level ``templates/`` folder (the design card's layout, and their source of
truth); the wheel ships that folder as package data, ``timeline/templates``
(``pyproject.toml`` maps it). :func:`templates_dir` looks in the package first,
then beside it.

The renderers, the extraction store and the sample reader need real folders
(Jinja2's loader, WeasyPrint's file fetcher, ``rglob``), so an install that is
not on a file system (a zip) is refused with one line rather than half-working.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

__all__ = ["package_dir", "package_path", "templates_dir", "samples_dir", "ResourceError"]

PACKAGE = "timeline"


class ResourceError(RuntimeError):
    """The package's files are not where an install puts them."""


def package_path(package: str, *parts: str) -> Path:
    """The folder or file ``parts`` inside the importable ``package``, as a real path."""
    found = resources.files(package).joinpath(*parts)
    if not isinstance(found, Path):
        raise ResourceError(f"{package}: installed as {type(found).__name__}, not as files on disk")
    return found


@lru_cache(maxsize=1)
def package_dir() -> Path:
    """The ``timeline`` package's folder."""
    return package_path(PACKAGE)


@lru_cache(maxsize=1)
def templates_dir() -> Path:
    """The default templates (with ``assets/`` and ``newsletter/``): ``timeline/templates``
    in an install, the top-level ``templates/`` of a checkout."""
    root = package_dir()
    for candidate in (root / "templates", root.parent / "templates"):
        if (candidate / "base.html").is_file():
            return candidate
    raise ResourceError(f"the default templates are missing: neither {root / 'templates'} "
                        f"nor {root.parent / 'templates'} holds base.html")


@lru_cache(maxsize=1)
def samples_dir() -> Path:
    """The bundled sample corpus and its settings."""
    return package_path(PACKAGE, "samples")
