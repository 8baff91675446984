"""The newsletter's memory: a SQLite file of what has been published.

- ``articles``: every article seen, by id, with the hash of its content;
- ``events``: every event published, by a stable key (article id + text),
  with its date and the issue that carried it, and the issue that withdrew
  it when an edit of its article no longer supports it;
- ``issues``: every issue, with its period slot, counts, Message-ID, lead and
  when it was sent;
- ``shown``: what each issue showed, so the next one can say what changed:
  one row per entry (its text, ``kind`` empty) and one per figure of an entry
  or of a day (``entry`` empty for a day's total), with the count and its words.

The schema is versioned (``PRAGMA user_version``) and migrated forward on
open, one numbered step at a time. Everything an issue changes is written in
one transaction (``record_issue``), committed only after the issue's files
are in place.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional

from timeline.dbfile import damage, is_damage, rollback
from timeline.issue import IssueRecord, Shown
from timeline.model import InputError

__all__ = ["State", "PublishedEvent", "SCHEMA_VERSION", "MIGRATIONS"]

#: migrations[i] takes the schema from version i to version i + 1
MIGRATIONS: tuple[str, ...] = (
    # 0 -> 1: the first schema
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        hash TEXT NOT NULL,
        published TEXT NOT NULL,
        first_issue INTEGER NOT NULL,
        last_issue INTEGER NOT NULL
    );
    CREATE TABLE events (
        key TEXT PRIMARY KEY,
        doc TEXT NOT NULL,
        date TEXT NOT NULL,
        text TEXT NOT NULL,
        issue INTEGER NOT NULL,
        withdrawn_issue INTEGER
    );
    CREATE INDEX events_doc ON events (doc);
    CREATE TABLE issues (
        number INTEGER PRIMARY KEY,
        created TEXT NOT NULL,
        slot TEXT NOT NULL,
        subject TEXT NOT NULL,
        message_id TEXT NOT NULL,
        events INTEGER NOT NULL,
        late INTEGER NOT NULL,
        corrections INTEGER NOT NULL
    );
    """,
    # 1 -> 2: delivery
    """
    ALTER TABLE issues ADD COLUMN sent TEXT;
    """,
    # 2 -> 3: what each issue showed (entries and figures), its entry count and lead;
    # issues published before have no rows in shown, entries NULL and an empty lead
    """
    ALTER TABLE issues ADD COLUMN entries INTEGER;
    ALTER TABLE issues ADD COLUMN lead TEXT NOT NULL DEFAULT '';
    CREATE TABLE shown (
        issue INTEGER NOT NULL,
        day TEXT NOT NULL,
        entry TEXT NOT NULL,
        kind TEXT NOT NULL,
        count INTEGER NOT NULL,
        words TEXT NOT NULL,
        PRIMARY KEY (issue, day, entry, kind)
    );
    CREATE INDEX shown_day ON shown (day, kind);
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


@dataclass(frozen=True)
class PublishedEvent:
    key: str
    doc: str
    date: str
    text: str
    issue: int
    withdrawn_issue: Optional[int]


class State:
    """An open state file. Use as a context manager."""

    def __init__(self, path: str | Path, *, _db: Optional[sqlite3.Connection] = None) -> None:
        self.path = Path(path)
        try:
            if _db is None:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                _db = sqlite3.connect(self.path, isolation_level=None, timeout=60)
            self.db = _db
            self.db.execute("PRAGMA synchronous = FULL")
            self.db.execute("PRAGMA foreign_keys = ON")
            version = self.db.execute("PRAGMA user_version").fetchone()[0]
            problem = damage(self.db)
        except sqlite3.DatabaseError as exc:
            if _db is not None:
                _db.close()
            if is_damage(exc):
                raise InputError(f"{self.path}: not a newsletter state file, or a damaged one ({exc}); "
                                 f"restore it from a backup (nothing was written)") from None
            raise InputError(f"{self.path}: not a newsletter state file ({exc})") from None
        if problem is not None:
            self.db.close()
            raise InputError(f"{self.path}: the state file is damaged ({problem}); restore it from a backup "
                             f"(nothing was written)")
        if version > SCHEMA_VERSION:
            raise InputError(f"{self.path}: state schema version {version} is newer than this program "
                             f"({SCHEMA_VERSION}); upgrade the program")
        if version == 0 and self._has_tables():
            raise InputError(f"{self.path}: not a newsletter state file (unknown tables)")
        self._migrate(version)

    @classmethod
    def snapshot(cls, path: str | Path) -> "State":
        """An in-memory copy of the state at ``path`` (or an empty one): for dry runs,
        which must not change the file."""
        memory = sqlite3.connect(":memory:", isolation_level=None)
        path = Path(path)
        if path.exists():
            try:
                source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
                source.backup(memory)
                source.close()
            except sqlite3.DatabaseError as exc:
                raise InputError(f"{path}: not a newsletter state file ({exc})") from None
        return cls(path, _db=memory)

    def _has_tables(self) -> bool:
        return self.db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0

    def _migrate(self, version: int) -> None:
        for step in range(version, SCHEMA_VERSION):
            self.db.execute("BEGIN IMMEDIATE")
            try:
                for statement in MIGRATIONS[step].split(";"):
                    if statement.strip():
                        self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version = {step + 1}")
                self.db.execute("COMMIT")
            except BaseException:
                rollback(self.db)
                raise

    @property
    def version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "State":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # reading

    def article_hashes(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT id, hash FROM articles"))

    def events(self) -> dict[str, PublishedEvent]:
        rows = self.db.execute("SELECT key, doc, date, text, issue, withdrawn_issue FROM events")
        return {r[0]: PublishedEvent(*r) for r in rows}

    def issues(self) -> list[IssueRecord]:
        rows = self.db.execute("SELECT number, created, slot, subject, message_id, events, late, corrections, "
                               "sent, entries, lead FROM issues ORDER BY number")
        return [IssueRecord(*r) for r in rows]

    def last_issue(self) -> Optional[IssueRecord]:
        issues = self.issues()
        return issues[-1] if issues else None

    def shown(self) -> list[Shown]:
        """Everything the issues showed, oldest issue first."""
        rows = self.db.execute("SELECT issue, day, entry, kind, count, words FROM shown "
                               "ORDER BY issue, day, entry, kind")
        return [Shown(*r) for r in rows]

    # writing: one transaction per issue

    def record_issue(self, issue: IssueRecord, articles: Iterable[tuple[str, str, str]],
                     new_events: Iterable[tuple[str, str, str, str]],
                     redated: Iterable[tuple[str, str]], withdrawn: Iterable[str],
                     shown: Iterable[Shown] = ()) -> None:
        """Store an issue and what it published, all or nothing.

        ``articles``: (id, hash, published) seen by this run; ``new_events``:
        (key, doc, date, text); ``redated``: (key, new date) of published events
        whose date changed; ``withdrawn``: keys no longer supported; ``shown``:
        the entries and figures the issue showed (their ``issue`` is this one's).
        """
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            db.execute("INSERT INTO issues (number, created, slot, subject, message_id, events, late, "
                       "corrections, sent, entries, lead) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       (issue.number, issue.created, issue.slot, issue.subject, issue.message_id,
                        issue.events, issue.late, issue.corrections, issue.sent, issue.entries, issue.lead))
            for doc, digest, published in articles:
                db.execute("INSERT INTO articles (id, hash, published, first_issue, last_issue) "
                           "VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET hash = excluded.hash, "
                           "published = excluded.published, last_issue = excluded.last_issue",
                           (doc, digest, published, issue.number, issue.number))
            for key, doc, date, text in new_events:
                db.execute("INSERT INTO events (key, doc, date, text, issue, withdrawn_issue) "
                           "VALUES (?, ?, ?, ?, ?, NULL) ON CONFLICT (key) DO UPDATE SET "
                           "date = excluded.date, text = excluded.text, issue = excluded.issue, "
                           "withdrawn_issue = NULL", (key, doc, date, text, issue.number))
            for key, date in redated:
                db.execute("UPDATE events SET date = ?, issue = ? WHERE key = ?", (date, issue.number, key))
            for key in withdrawn:
                db.execute("UPDATE events SET withdrawn_issue = ? WHERE key = ?", (issue.number, key))
            db.executemany("INSERT INTO shown (issue, day, entry, kind, count, words) VALUES (?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT DO NOTHING",
                           [(issue.number, r.day, r.entry, r.kind, r.count, r.words) for r in shown])
            db.execute("COMMIT")
        except BaseException:
            rollback(db)
            raise

    def mark_sent(self, number: int, when: str) -> None:
        self.db.execute("UPDATE issues SET sent = ? WHERE number = ?", (when, number))
