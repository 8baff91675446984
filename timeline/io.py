"""Files: what a renderer makes (``Output``, a file in memory) and writing files
atomically (a temporary file in the same folder, then rename).

The renderers make outputs and the publishers write them; both import them
from here, the lowest layer that needs them.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from timeline.model import InputError

__all__ = ["Output", "atomic_write_text", "atomic_write_bytes", "check_output_folder", "check_output_file",
           "process_running"]


@dataclass(frozen=True)
class Output:
    """A file a renderer made, in memory: nothing is written before every output is ready."""

    #: path inside the output folder, with forward slashes ("assets/timeline.css")
    path: str
    data: bytes
    #: what it is, for the summary: "html", "pdf", "markdown", "data" (an export) or "asset"
    kind: str = "asset"
    #: the text in pieces as a template renders them, for pages too large to hold whole
    #: (``data`` is then empty); consumed once, by the sink that writes the file
    stream: Optional[Iterable[str]] = field(default=None, compare=False, repr=False)

    def whole(self) -> "Output":
        """The same output with its text joined into ``data``."""
        if self.stream is None:
            return self
        return Output(self.path, "".join(self.stream).encode("utf-8"), self.kind)


def _umask() -> int:
    """The process's umask, read without changing it where the system says it
    (Linux), else set and restored at once."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def atomic_write_bytes(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` all at once: a reader sees the old file or the new one.

    A path that is not a regular file (``/dev/null``, ``/dev/stdout``, a named
    pipe) is written to directly: renaming over it would replace the device.
    """
    path = Path(path)
    if path.exists() and not path.is_file():
        if path.is_dir():
            raise IsADirectoryError(f"{path} is a directory")
        with open(path, "wb") as fh:
            fh.write(data)
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    _remove_abandoned_temps(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=path.parent)
    try:
        # mkstemp makes the file private (0600); the output gets what any new file
        # would (0644 under umask 022), so a web server can read the archive
        os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    return path


def _remove_abandoned_temps(path: Path) -> None:
    """Remove the temporary files that writers of ``path`` killed before their rename
    left behind (``.NAME.PID.XXXXXXXX.tmp``, PID no longer running)."""
    prefix = f".{path.name}."
    try:
        entries = [e.name for e in os.scandir(path.parent) if e.name.startswith(prefix) and e.name.endswith(".tmp")]
    except OSError:
        return
    for name in entries:
        pid, _, rest = name[len(prefix):].partition(".")
        if not (pid.isdigit() and rest.endswith(".tmp") and rest.count(".") == 1):
            continue
        if int(pid) != os.getpid() and process_running(int(pid)):
            continue
        try:
            os.unlink(path.parent / name)
        except OSError:
            pass


def process_running(pid: int) -> bool:
    """Whether a process of that id runs (ours or another user's)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def atomic_write_text(path: str | Path, text: str) -> Path:
    return atomic_write_bytes(path, text.encode("utf-8"))


def _blocking_parent(path: Path) -> Path | None:
    """The first existing part of ``path``'s parents that is not a folder."""
    for parent in reversed(path.parents):
        if parent.exists() and not parent.is_dir():
            return parent
        if not parent.exists():
            return None
    return None


def _refuse_unreachable(path: Path, option: str, verb: str) -> None:
    """A dangling symlink, or a file where a folder of the path must be."""
    if path.is_symlink() and not path.exists():
        raise InputError(f"{path}: {option} is a symlink to {os.readlink(path)}, which does not exist")
    blocker = _blocking_parent(path)
    if blocker is not None:
        raise InputError(f"{path}: {option} cannot be {verb}: {blocker} is a file, not a folder")


def _refuse_unwritable(path: Path, option: str, existing: Path) -> None:
    if not os.access(existing, os.W_OK | os.X_OK):
        raise InputError(f"{path}: {option} is not writable ({existing} does not let this user write)")


def check_output_folder(path: str | Path, option: str = "-o") -> None:
    """Refuse, in one line and before anything is read or written, an output
    folder that cannot be one: a file, a place under a file, a dangling
    symlink, a folder this process cannot write in."""
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise InputError(f"{path}: {option} must be a folder, and this is a file")
    _refuse_unreachable(path, option, "made")
    _refuse_unwritable(path, option, path if path.exists() else next((p for p in path.parents if p.exists()),
                                                                    Path(".")))


def check_output_file(path: str | Path, option: str = "-o") -> None:
    """The same for an output file: not a folder, not under a file, not a dangling link."""
    path = Path(path)
    if path.is_dir():
        raise InputError(f"{path}: {option} is a folder; give a file name")
    _refuse_unreachable(path, option, "written")
    if path.exists():
        if path.is_file() and not os.access(path, os.W_OK):
            raise InputError(f"{path}: {option} is not writable")
    else:
        _refuse_unwritable(path, option, next((p for p in path.parents if p.exists()), Path(".")))
