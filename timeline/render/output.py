"""What a renderer produces: files in memory, written only once all are ready."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Output"]


@dataclass(frozen=True)
class Output:
    #: path inside the output folder, with forward slashes ("assets/timeline.css")
    path: str
    data: bytes
    #: what it is, for the summary: "html", "pdf", "markdown" or "asset"
    kind: str = "asset"
