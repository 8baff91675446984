"""Writing a build's outputs into the output folder.

Nothing is put in place before every output has been rendered: a failed
build leaves the folder as it was. ``Staging`` then swaps the whole folder
in one step; ``write_outputs`` writes each file atomically (temporary file,
then rename), assets first and pages last, so a reader never opens a page
whose stylesheet or font is not there yet.
"""

from __future__ import annotations

import ctypes
import errno
import functools
import glob
import os
import shutil
import sys
from pathlib import Path
from typing import Iterable

from timeline.io import Output, atomic_write_bytes, process_running
from timeline.manifest import MANIFEST, read_manifest, remove_stale, write_manifest
from timeline.publish.locking import folder_lock

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
    """A build's outputs, written as they are made into a staging folder and put in
    place only when the whole build has succeeded (``commit``). ``abort`` (or an
    exception inside ``with``) removes them and leaves the output folder as it was.

    The staging folder sits beside the output folder, and ``commit`` swaps the two
    with one rename (``renameat2`` with ``RENAME_EXCHANGE``): a reader sees the whole
    old build or the whole new one, never a mix, even if the build is killed at any
    point. Files in the output folder that are not outputs of a build (a README, a
    ``.git`` folder, the extraction cache) are hard-linked into the new folder first,
    so nothing of the user's is lost.

    Where that cannot be done (the parent folder is not writable, the output folder
    is a mount point or holds the working directory, the file system cannot exchange
    or link) the outputs are staged inside the output folder and renamed into place
    one by one, assets first and pages last.

    A lock beside the output folder (``.NAME.lock``; inside it when the parent is
    not writable) keeps two builds off one folder, and a newsletter run writing
    into it: the second waits for the first. (Another program writing into the
    folder while the files are carried over loses that write: the swap is for a
    folder this tool writes.)
    """

    #: the empty file that marks a staging folder as this program's
    MARK = ".timeline-staging"

    def __init__(self, folder: str | Path, lock_timeout: float = 600.0) -> None:
        # a link to a folder: the folder it points to is the one that gets swapped
        self.folder = Path(os.path.realpath(folder))
        self.lock = folder_lock(self.folder, lock_timeout, "another build or newsletter run writing this folder")
        parent = self.folder.parent
        self.whole = _can_swap(self.folder)
        try:
            self.remove_abandoned(self.folder)
            self.remove_abandoned(parent, f".{self.folder.name}.staging-")
            self.tmp = (parent / f".{self.folder.name}.staging-{os.getpid()}" if self.whole
                        else self.folder / f".staging-{os.getpid()}")
            self.tmp.mkdir()      # a folder of this name left now is not ours: refused
            (self.tmp / self.MARK).touch()
        except BaseException:
            self.lock.release()
            raise
        self.outputs: list[tuple[str, str]] = []     # (path, kind)

    @classmethod
    def remove_abandoned(cls, folder: Path, prefix: str = ".staging-") -> list[Path]:
        """Remove the staging folders of builds that were killed: ours (marked), named
        ``prefix`` + a process that no longer runs. Returns what was removed."""
        removed = []
        for path in sorted(folder.glob(glob.escape(prefix) + "*")):
            pid = path.name.removeprefix(prefix)
            if not (pid.isdigit() and path.is_dir() and not path.is_symlink()):
                continue
            if int(pid) != os.getpid() and process_running(int(pid)):
                continue   # another build, still at work
            if (path / cls.MARK).is_file():
                cls.remove(path)
            else:
                try:
                    os.rmdir(path)      # the mark goes last: an empty folder is one killed at the very end
                except OSError:
                    continue            # not ours: left alone
            removed.append(path)
        return removed

    @classmethod
    def remove(cls, path: Path) -> None:
        """Remove a marked staging folder, the mark last, so that a folder a kill
        interrupts here is still recognised as ours."""
        for entry in sorted(os.scandir(path), key=lambda e: e.name):
            if entry.name == cls.MARK:
                continue
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path, ignore_errors=True)
            else:
                _unlink(Path(entry.path))
        _unlink(path / cls.MARK)
        try:
            os.rmdir(path)
        except OSError:
            pass

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
        """Put every output in place, listed in the folder's manifest; what the previous
        build made and this one did not is gone afterwards. Returns the outputs' paths."""
        try:
            if self.whole:
                try:
                    return self._swap()
                except _CannotSwap:
                    pass        # the outputs are still staged: put them in place one by one
            return self._replace_each()
        finally:
            self.lock.release()

    def _swap(self) -> list[Path]:
        made = [path for path, _ in self.outputs]
        previous = read_manifest(self.folder)
        write_manifest(self.tmp, made)
        for path in made:
            _keep_if_unchanged(self.tmp, self.folder, path)
        _carry(self.folder, self.tmp, previous or frozenset(), set(made))
        _sync(self.tmp, made + [MANIFEST])
        # the folder about to be swapped out gets the mark too, so that if this run is
        # killed right after the exchange, the next build knows it may remove it
        (self.folder / self.MARK).touch()
        try:
            _exchange(self.tmp, self.folder)
        except OSError as exc:
            _unlink(self.folder / self.MARK)
            raise _CannotSwap(exc) from None
        _fsync_dir(self.folder.parent)
        _unlink(self.folder / self.MARK)
        self.remove(self.tmp)      # the previous build
        return [self.folder.joinpath(*path.split("/")) for path in made]

    def _replace_each(self) -> list[Path]:
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
        self.remove(self.tmp)
        made = [path for path, _ in self.outputs]
        write_manifest(self.folder, made)
        remove_stale(self.folder, previous, made)
        return written

    def abort(self) -> None:
        self.remove(self.tmp)
        self.lock.release()

    def __enter__(self) -> "Staging":
        return self

    def __exit__(self, kind, value, tb) -> None:
        if kind is not None:
            self.abort()


class _CannotSwap(Exception):
    """The file system cannot exchange the two folders or link a file into the new one."""


def _can_swap(folder: Path) -> bool:
    """Whether ``folder`` can be swapped with a sibling as a whole."""
    parent = folder.parent
    if folder == parent or not _writable(parent):
        return False
    try:
        if folder.stat().st_dev != parent.stat().st_dev:
            return False        # a mount point: the staging folder would be on another file system
        cwd = Path(os.path.realpath(os.getcwd()))
    except OSError:
        return False
    # the process (and likely the user's shell) would be left in the swapped-out folder
    return not (cwd == folder or folder in cwd.parents)


def _writable(folder: Path) -> bool:
    return os.access(folder, os.W_OK | os.X_OK)


def _exchange(a: Path, b: Path) -> None:
    """Swap two paths in one step (Linux ``renameat2(RENAME_EXCHANGE)``)."""
    libc = _libc()
    fn = getattr(libc, "renameat2", None) if libc is not None else None
    if fn is None:
        raise OSError(errno.ENOSYS, "renameat2 is not available")
    if fn(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) != 0:
        err = ctypes.get_errno()
        raise OSError(err, os.strerror(err), str(b))


_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


@functools.lru_cache(maxsize=1)
def _libc():
    if not sys.platform.startswith("linux"):
        return None
    libc = ctypes.CDLL(None, use_errno=True)     # the C library the interpreter runs on
    if hasattr(libc, "renameat2"):
        libc.renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
        libc.renameat2.restype = ctypes.c_int
    return libc


def _keep_if_unchanged(new: Path, old: Path, rel: str) -> None:
    """An output whose bytes did not change stays the same file (and keeps its time),
    so mirrors and caches see only what changed."""
    staged = new.joinpath(*rel.split("/"))
    current = old.joinpath(*rel.split("/"))
    if not (current.is_file() and not current.is_symlink() and _same(staged, current)):
        return
    link = staged.with_name(staged.name + ".same")
    try:
        os.link(current, link)
        os.replace(link, staged)
    except OSError:
        _unlink(link)          # no hard links here: the staged copy is as good


def _carry(old: Path, new: Path, ours: frozenset[str], made: set[str]) -> None:
    """Hard-link into ``new`` everything in ``old`` that is no output of a build: the
    user's files and folders, the cache. Outputs of this build win over a file of the
    same name, as they would when written in place."""
    skip_top = {MANIFEST, Staging.MARK, ".timeline-lock"}
    opened: list[tuple[Path, bool]] = []    # folders made in ``new`` to carry into, and whether they were empty
    for dirpath, dirnames, filenames in os.walk(old):
        rel_dir = os.path.relpath(dirpath, old)
        rel_dir = "" if rel_dir == "." else rel_dir.replace(os.sep, "/") + "/"
        keep_dirs = []
        for name in sorted(dirnames):
            rel, full = rel_dir + name, os.path.join(dirpath, name)
            if rel + "/" in ours or (not rel_dir and name.startswith(".staging-")):
                continue
            if os.path.islink(full):
                filenames.append(name)         # a link to a folder is carried as a link
                continue
            target = new / rel
            if target.exists() and not target.is_dir():
                continue
            if not target.exists():
                target.mkdir()
                opened.append((target, not any(os.scandir(full))))
            keep_dirs.append(name)
        dirnames[:] = keep_dirs
        for name in filenames:
            rel, full = rel_dir + name, os.path.join(dirpath, name)
            if rel in ours or rel in made or (not rel_dir and name in skip_top):
                continue
            target = new / rel
            if os.path.lexists(target):
                continue
            try:
                if os.path.islink(full):
                    os.symlink(os.readlink(full), target)
                else:
                    os.link(full, target, follow_symlinks=False)
            except OSError as exc:
                raise _CannotSwap(exc) from None
    # a folder that held only outputs of the previous build (its search index, when this
    # build makes none) is not carried over empty; a folder the user left empty is
    for target, was_empty in reversed(opened):
        if not was_empty and not any(os.scandir(target)):
            target.rmdir()


def _sync(folder: Path, files: list[str]) -> None:
    """Flush the staged outputs and every folder under ``folder`` to disk (the carried
    files are already there)."""
    for rel in files:
        with open(folder.joinpath(*rel.split("/")), "rb") as fh:
            os.fsync(fh.fileno())
    for dirpath, _dirnames, _filenames in os.walk(folder):
        _fsync_dir(Path(dirpath))


def _unlink(path: Path) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass


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
