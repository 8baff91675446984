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
from timeline.manifest import read_manifest, remove_stale, write_manifest
from timeline.render.output import Output

__all__ = ["write_outputs", "stage_folder", "commit_folder", "Staging"]

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


def stage_folder(parent: str | Path, name: str, outputs: Iterable[Output], marker: str | None = None) -> Path:
    """Write ``outputs`` into a new temporary folder beside ``parent/name`` (flushed to disk);
    ``commit_folder`` then renames it into place in one step. With ``marker``, an empty
    file of that name goes in first: it says the folder is this program's and not yet
    committed, so recovery after a kill may remove it (and nothing without it)."""
    parent = Path(parent)
    parent.mkdir(parents=True, exist_ok=True)
    tmp = parent / f".tmp-{name}-{os.getpid()}"
    if tmp.exists():
        if marker is None or not (tmp / marker).is_file():
            raise FileExistsError(f"{tmp} exists and is not a staging folder of this program")
        shutil.rmtree(tmp)
    tmp.mkdir()
    if marker is not None:
        with open(tmp / marker, "wb") as fh:
            os.fsync(fh.fileno())
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


class Staging:
    """Outputs written as they are made, into a hidden folder beside the output, and moved
    into place only when the whole build has succeeded (``commit``); ``abort`` (or an
    exception inside ``with``) removes them, leaving the output folder as it was.

    For builds too large to hold in memory: each page goes to disk as soon as it is
    rendered, and still no reader ever sees half a build.
    """

    #: the empty file that marks a staging folder as this program's
    MARK = ".timeline-staging"

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.remove_abandoned(self.folder)
        self.tmp = self.folder / f".staging-{os.getpid()}"
        if self.tmp.exists():
            shutil.rmtree(self.tmp)
        self.tmp.mkdir()
        (self.tmp / self.MARK).touch()
        self.outputs: list[tuple[str, str]] = []     # (path, kind)

    @classmethod
    def remove_abandoned(cls, folder: Path) -> list[Path]:
        """Remove the staging folders of builds that were killed: ours (marked),
        named after a process that no longer runs. Returns what was removed."""
        removed = []
        for path in sorted(folder.glob(".staging-*")):
            pid = path.name.removeprefix(".staging-")
            if not (pid.isdigit() and path.is_dir() and not path.is_symlink() and (path / cls.MARK).is_file()):
                continue
            if int(pid) != os.getpid() and _running(int(pid)):
                continue   # another build, still at work
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
        return removed

    def add(self, out: Output) -> None:
        target = self.tmp.joinpath(*out.path.split("/"))
        target.parent.mkdir(parents=True, exist_ok=True)
        if out.stream is None:
            target.write_bytes(out.data)
        else:   # a large page, written as the template renders it
            with open(target, "w", encoding="utf-8", newline="") as fh:
                fh.writelines(out.stream)
        self.outputs.append((out.path, out.kind))

    def commit(self) -> list[Path]:
        """Move every output into place, then list them in the folder's manifest and
        remove what the previous build listed and this one did not make."""
        previous = read_manifest(self.folder)
        written = []
        for path, kind in sorted(self.outputs, key=lambda o: (_ORDER.get(o[1], 0), o[0])):
            source = self.tmp.joinpath(*path.split("/"))
            target = self.folder.joinpath(*path.split("/"))
            target.parent.mkdir(parents=True, exist_ok=True)
            if target.is_file() and _same(source, target):
                written.append(target)
                continue
            with open(source, "rb+") as fh:
                os.fsync(fh.fileno())
            os.replace(source, target)
            written.append(target)
        shutil.rmtree(self.tmp, ignore_errors=True)
        made = [path for path, _ in self.outputs]
        write_manifest(self.folder, made)
        remove_stale(self.folder, previous, made)
        return written

    def abort(self) -> None:
        shutil.rmtree(self.tmp, ignore_errors=True)

    def __enter__(self) -> "Staging":
        return self

    def __exit__(self, kind, value, tb) -> None:
        if kind is not None:
            self.abort()


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True      # alive, someone else's
    return True


def _same(a: Path, b: Path) -> bool:
    if a.stat().st_size != b.stat().st_size:
        return False
    with open(a, "rb") as fa, open(b, "rb") as fb:
        while True:
            x, y = fa.read(1 << 20), fb.read(1 << 20)
            if x != y:
                return False
            if not x:
                return True
