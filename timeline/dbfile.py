"""What the SQLite files (the extraction cache, the newsletter state) share:
telling a damaged file from a foreign one, naming a full disk, and rolling
back without hiding the error that made the rollback necessary."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Optional

__all__ = ["damage", "is_damage", "describe", "rollback", "set_aside"]

_DAMAGE = ("SQLITE_CORRUPT", "SQLITE_NOTADB")


def damage(db: sqlite3.Connection) -> Optional[str]:
    """The first problem SQLite's own check finds in the open file (every page is
    read), or None when it is sound."""
    try:
        rows = db.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):
            return str(exc)
        raise
    return None if rows == [("ok",)] else str(rows[0][0])


def is_damage(exc: BaseException) -> bool:
    """Whether an SQLite error says the file is damaged (or is no database at all)."""
    if not isinstance(exc, sqlite3.DatabaseError):
        return False
    name = getattr(exc, "sqlite_errorname", "") or ""
    return name.startswith(_DAMAGE) or "malformed" in str(exc) or "not a database" in str(exc)


def describe(exc: sqlite3.Error) -> str:
    """An SQLite error as the one line a user reads."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name.startswith("SQLITE_FULL") or "disk is full" in str(exc):
        return "the disk is full (nothing of this run was committed)"
    if is_damage(exc):
        return f"the file is damaged ({exc})"
    return str(exc)


def rollback(db: sqlite3.Connection) -> None:
    """Roll back the open transaction, if SQLite has not already done so itself (it does
    after a full disk or an I/O error, and a second ROLLBACK would replace that error
    with "cannot rollback - no transaction is active")."""
    if not db.in_transaction:
        return
    try:
        db.execute("ROLLBACK")
    except sqlite3.Error:
        pass


def set_aside(path: Path) -> Path:
    """Move a damaged database (and its journal files) out of the way, to
    ``NAME.damaged``, so that a new one can be made and nothing is deleted."""
    aside = path.with_name(path.name + ".damaged")
    for suffix in ("", "-wal", "-shm", "-journal"):
        source = Path(str(path) + suffix)
        if os.path.lexists(source):
            os.replace(source, Path(str(aside) + suffix))
    return aside
