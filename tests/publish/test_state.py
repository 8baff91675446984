"""The SQLite state: schema versions, migrations, all-or-nothing issues."""

from __future__ import annotations

import sqlite3

import pytest

from timeline.issue import IssueRecord
from timeline.model import InputError
from timeline.publish.state import MIGRATIONS, SCHEMA_VERSION, State

ISSUE = IssueRecord(1, "2023-03-01T18:00:00+00:00", "2023-03-01", "النشرة اليومية — العدد 1", "<issue-0001.x@y>",
                    2, 0, 0)


def test_new_state_has_the_current_schema(tmp_path):
    with State(tmp_path / "s.sqlite") as state:
        assert state.version == SCHEMA_VERSION
        assert state.issues() == [] and state.last_issue() is None


def test_an_old_state_is_migrated_with_its_data(tmp_path):
    path = tmp_path / "old.sqlite"
    db = sqlite3.connect(path)
    db.executescript(MIGRATIONS[0])          # a state written by the first version
    db.execute("INSERT INTO issues VALUES (1, '2023-03-01T18:00:00+00:00', '2023-03-01', 's', '<m>', 2, 0, 0)")
    db.execute("INSERT INTO events VALUES ('k', 'a1', '2023-02-28', 'نص', 1, NULL)")
    db.execute("PRAGMA user_version = 1")
    db.commit()
    db.close()
    with State(path) as state:
        assert state.version == SCHEMA_VERSION
        [issue] = state.issues()
        assert issue.number == 1 and issue.sent is None           # the column added by migration 2
        assert state.events()["k"].date == "2023-02-28"


def test_a_newer_or_foreign_file_is_refused(tmp_path):
    newer = tmp_path / "newer.sqlite"
    db = sqlite3.connect(newer)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(InputError, match="newer than this program"):
        State(newer)
    foreign = tmp_path / "foreign.sqlite"
    db = sqlite3.connect(foreign)
    db.execute("CREATE TABLE notes (x)")
    db.close()
    with pytest.raises(InputError, match="unknown tables"):
        State(foreign)


def test_record_issue_is_all_or_nothing(tmp_path):
    with State(tmp_path / "s.sqlite") as state:
        state.record_issue(ISSUE, [("a1", "h1", "2023-03-01")], [("k1", "a1", "2023-02-28", "نص")], [], [])
        with pytest.raises(sqlite3.IntegrityError):     # the same issue number again
            state.record_issue(ISSUE, [("a2", "h2", "2023-03-02")], [("k2", "a2", "2023-03-02", "نص")], [], [])
        assert set(state.events()) == {"k1"} and set(state.article_hashes()) == {"a1"}


def test_snapshot_never_touches_the_file(tmp_path):
    path = tmp_path / "s.sqlite"
    with State(path) as state:
        state.record_issue(ISSUE, [("a1", "h1", "2023-03-01")], [], [], [])
    before = path.read_bytes()
    with State.snapshot(path) as copy:
        copy.record_issue(IssueRecord(2, "2023-03-02T18:00:00+00:00", "2023-03-02", "s", "<m2>", 0, 0, 0),
                          [], [], [], [])
        assert len(copy.issues()) == 2
    assert path.read_bytes() == before
    with State.snapshot(tmp_path / "missing.sqlite") as empty:
        assert empty.issues() == []
    assert not (tmp_path / "missing.sqlite").exists()
