"""Writing a build's outputs into the output folder.

Each file is written atomically (temporary file, then rename), and only
after every output has been rendered: a failed build leaves the folder as
it was. Files are written assets first and pages last, so a reader never
opens a page whose stylesheet or font is not there yet.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

from timeline.io import atomic_write_bytes
from timeline.render.output import Output

__all__ = ["write_outputs"]

_ORDER = {"asset": 0, "markdown": 1, "pdf": 2, "html": 3}


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
