"""Writing a build's outputs into the output folder.

Each file is written atomically (temporary file, then rename), and only
after every output has been rendered: a failed build leaves the folder as
it was. Files are written assets first and pages last, so a reader never
opens a page whose stylesheet or font is not there yet.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Iterable

from timeline.io import atomic_write_bytes
from timeline.render.output import Output

__all__ = ["write_outputs", "stage_folder", "commit_folder"]

_ORDER = {"asset": 0, "markdown": 1, "text": 1, "email": 1, "pdf": 2, "feed": 3, "html": 4}


def write_outputs(folder: str | Path, outputs: Iterable[Output]) -> list[Path]:
    folder = Path(folder)
    written = []
    for out in sorted(outputs, key=lambda o: (_ORDER.get(o.kind, 0), o.path)):
        target = folder.joinpath(*out.path.split("/"))
        if target.exists() and target.is_file() and target.read_bytes() == out.data:
            written.append(target)
            continue
        written.append(atomic_write_bytes(target, out.data))
    return written


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def stage_folder(parent: str | Path, name: str, outputs: Iterable[Output]) -> Path:
    """Write ``outputs`` into a new temporary folder beside ``parent/name`` (flushed to disk);
    ``commit_folder`` then renames it into place in one step."""
    parent = Path(parent)
    parent.mkdir(parents=True, exist_ok=True)
    tmp = parent / f".tmp-{name}-{os.getpid()}"
    if tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir()
    for out in outputs:
        target = tmp.joinpath(*out.path.split("/"))
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(target, "wb") as fh:
            fh.write(out.data)
            fh.flush()
            os.fsync(fh.fileno())
    _fsync_dir(tmp)
    return tmp


def commit_folder(tmp: Path, target: Path) -> Path:
    """Rename a staged folder to ``target`` (which must not exist) and flush the parent."""
    if target.exists():
        raise FileExistsError(f"{target} already exists")
    os.rename(tmp, target)
    _fsync_dir(target.parent)
    return target
