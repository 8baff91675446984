"""The manifest a build (or the newsletter) leaves in the folder it writes:
the files and folders it made there.

Two uses: the readers never take those outputs for articles (a build whose
``-o`` is its own source folder, a newsletter that would read its issues
back), and the next build removes the outputs of this one that it does not
make again (an old month page, a PDF after ``--formats html``), and nothing
else.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Iterable, Optional

from timeline.io import atomic_write_text

__all__ = ["MANIFEST", "read_manifest", "write_manifest", "remove_stale"]

#: the manifest's name (hidden, so no reader and no folder walk takes it)
MANIFEST = ".timeline-manifest.json"
_KIND = "arabic-news-timeline outputs"


def read_manifest(folder: str | Path) -> Optional[frozenset[str]]:
    """The outputs a manifest in ``folder`` lists (relative, ``/``-separated; a
    folder ends with ``/``), or None when there is none or it is not ours."""
    try:
        data = json.loads((Path(folder) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("kind") != _KIND or not isinstance(data.get("outputs"), list):
        return None
    return frozenset(p for p in data["outputs"] if isinstance(p, str) and _safe(p))


def _safe(rel: str) -> bool:
    parts = rel.rstrip("/").split("/")
    return bool(rel) and not rel.startswith("/") and all(p not in ("", ".", "..") for p in parts)


def write_manifest(folder: str | Path, outputs: Iterable[str]) -> None:
    listed = sorted({p for p in outputs if _safe(p)})
    atomic_write_text(Path(folder) / MANIFEST,
                      json.dumps({"kind": _KIND, "outputs": listed}, ensure_ascii=False, indent=0) + "\n")


def remove_stale(folder: str | Path, previous: Optional[frozenset[str]], current: Iterable[str]) -> list[Path]:
    """Remove what the previous manifest listed and this build did not make."""
    if not previous:
        return []
    folder = Path(folder)
    keep = set(current)
    removed = []
    for rel in sorted(previous - keep):
        path = folder.joinpath(*rel.rstrip("/").split("/"))
        try:
            if rel.endswith("/"):
                if path.is_dir() and not path.is_symlink():
                    shutil.rmtree(path)
                    removed.append(path)
            elif path.is_file() or path.is_symlink():
                path.unlink()
                removed.append(path)
                _prune(path.parent, folder)
        except FileNotFoundError:
            continue
    return removed


def _prune(folder: Path, top: Path) -> None:
    """Remove folders left empty under ``top`` (a month folder whose pages went)."""
    while folder != top and top in folder.parents:
        try:
            os.rmdir(folder)
        except OSError:
            return
        folder = folder.parent
