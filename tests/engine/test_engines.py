"""Engines and the extraction store: the same timeline however the work is done."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from timeline.samples.synthetic import write_jsonl

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "SOURCE_DATE_EPOCH": "1481760000"}
#: the synthetic archive: 75 days from January to March, two reports a day
ARTICLES, PER_DAY = 150, 2


def build(out: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "generate.py"), "build", "-q", "-o", str(out), *args],
                          capture_output=True, text=True, cwd=ROOT, env=ENV, timeout=600)


def outputs(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and ".cache" not in p.parts}


#: the formats of the builds compared with the reference's: the whole timeline as data and as
#: text (the HTML reference writes both too), without rendering every page again
DATA = ("--formats", "json,md")


def same_as_reference(out: Path, reference: Path) -> bool:
    """The data build in ``out`` holds the reference build's timeline.json and briefing.md
    (its manifest lists its own files, fewer than the reference's)."""
    made = outputs(out)
    assert sorted(made) == [".timeline-manifest.json", "briefing.md", "timeline.json"], sorted(made)
    del made[".timeline-manifest.json"]
    return made == {name: data for name, data in outputs(reference).items() if name in made}


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    # enough for month pages and for merging across outlets
    return write_jsonl(tmp_path_factory.mktemp("syn") / "archive.jsonl", ARTICLES, seed=3, per_day=PER_DAY)


@pytest.fixture(scope="module")
def reference(archive, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("ref") / "out"
    p = build(out, str(archive), "--no-cache", "-j", "1", "--formats", "html,md")
    assert p.returncode == 0, p.stderr
    return out


def test_the_reference_build_has_month_pages(reference):
    assert (reference / "timeline-2016-01.html").exists() and (reference / "timeline-2016-03.html").exists()


def test_two_jobs_give_the_same_files(archive, reference, tmp_path):
    out = tmp_path / "out"
    p = build(out, str(archive), "--no-cache", "-j", "2", "--formats", "html,md")
    assert p.returncode == 0, p.stderr
    assert outputs(out) == outputs(reference)


def test_dask_local_cluster_gives_the_same_files(archive, reference, tmp_path):
    out = tmp_path / "out"
    p = build(out, str(archive), "--engine", "dask", *DATA)
    assert p.returncode == 0, p.stderr
    assert same_as_reference(out, reference)
    # again, every article and every merged day from the store
    p = build(out, str(archive), "--engine", "dask", *DATA)
    assert p.returncode == 0, p.stderr
    assert p.stdout.rstrip().endswith(f"; {ARTICLES} from the cache)")
    assert same_as_reference(out, reference)


def test_dask_scheduler_address(archive, reference, tmp_path, monkeypatch):
    from dask.distributed import LocalCluster

    monkeypatch.setenv("PYTHONPATH", str(ROOT))   # the workers import this project (for this test only)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                      host="127.0.0.1") as cluster:
        out = tmp_path / "out"
        p = build(out, str(archive), "--no-cache", "--engine", "dask", "--scheduler", cluster.scheduler_address,
                  *DATA)
        assert p.returncode == 0, p.stderr
        assert same_as_reference(out, reference)
        workers = cluster.scheduler_info["workers"] if hasattr(cluster, "scheduler_info") else {}
        assert len(workers) == 2


def test_an_unreachable_scheduler_is_a_clear_error(archive, tmp_path):
    p = build(tmp_path / "out", str(archive), "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9")
    assert p.returncode == 1 and "cannot reach the Dask scheduler" in p.stderr


def test_a_rebuild_extracts_only_what_is_new(archive, reference, tmp_path):
    out = tmp_path / "out"
    first = tmp_path / "first.jsonl"
    lines = archive.read_text(encoding="utf-8").splitlines()
    first.write_text("\n".join(lines[:-3]) + "\n", encoding="utf-8")
    assert build(out, str(first), "-j", "1", *DATA).returncode == 0
    p = build(out, str(archive), "-j", "1", *DATA)
    assert p.returncode == 0, p.stderr
    assert p.stdout.rstrip().endswith(f"; {len(lines) - 3} from the cache)")
    assert same_as_reference(out, reference)           # the same as building everything afresh
    # an edited article is extracted again, not taken from the cache
    edited = [json.loads(line) for line in lines]
    edited[0]["text"] += "\nوقال ناشطون اليوم إن القصف توقف."
    (tmp_path / "edited.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in edited),
                                           encoding="utf-8")
    p = build(out, str(tmp_path / "edited.jsonl"), "-j", "1", *DATA)
    assert p.stdout.rstrip().endswith(f"; {len(lines) - 1} from the cache)")


def test_a_new_extractor_version_empties_the_store(tmp_path, monkeypatch):
    from timeline.model import Article
    from timeline.pipeline import extract
    from timeline.store import ExtractionStore, article_key
    from timeline.store import extractions

    a = Article("x", "2016-12-08", "قال المتحدث أمس الأربعاء إن القصف توقف.")
    with ExtractionStore(tmp_path / "s.sqlite") as store:
        store.add(article_key(a), extract(a))
        assert store.use([article_key(a)]) == {article_key(a)}
    monkeypatch.setattr(extractions, "extractor_version", lambda: "something-else")
    with ExtractionStore(tmp_path / "s.sqlite") as store:
        assert store.use([article_key(a)]) == set()


def test_stored_extraction_round_trips(tmp_path):
    from timeline.model import Article
    from timeline.pipeline import extract
    from timeline.store import ExtractionStore, article_key

    a = Article("x", "2016-12-08", "قال المتحدث أمس الأربعاء إن 5 مدنيين قتلوا. وأضاف أن القصف مستمر.")
    ex = extract(a)
    with ExtractionStore(tmp_path / "s.sqlite") as store:
        store.add(article_key(a), ex)
        back = store.extraction(article_key(a), a)
    assert back.timex == ex.timex
    assert back.events == tuple(e for e in ex.events if e.date is not None)


def _stored_days(out: Path) -> int:
    import sqlite3

    with sqlite3.connect(out / ".cache" / "extractions.sqlite") as db:
        return db.execute("SELECT count(*) FROM days").fetchone()[0]


def test_rebuilds_merge_only_changed_days_and_forget_unused_ones(archive, reference, tmp_path):
    out = tmp_path / "out"
    lines = archive.read_text(encoding="utf-8").splitlines()
    assert build(out, str(archive), "-j", "1", *DATA).returncode == 0
    days = _stored_days(out)
    assert days > 10
    # nothing changed: every day comes from the store, the files are the same
    p = build(out, str(archive), "-j", "1", *DATA)
    assert p.returncode == 0, p.stderr
    assert same_as_reference(out, reference) and _stored_days(out) == days
    # an outlet renamed (not part of the extraction key): the days it reports on are merged
    # again with the new name, never served from the store with the old one
    records = [json.loads(line) for line in lines]
    old_name = records[5]["source"]
    renamed = [dict(r, source="منفذ جديد") if r["source"] == old_name else r for r in records]
    edited = tmp_path / "renamed.jsonl"
    edited.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in renamed), encoding="utf-8")
    p = build(out, str(edited), "-j", "1", *DATA)
    assert p.returncode == 0, p.stderr
    fresh = tmp_path / "fresh"
    assert build(fresh, str(edited), "--no-cache", "-j", "1", *DATA).returncode == 0
    assert outputs(out) == outputs(fresh)
    assert "منفذ جديد" in (out / "briefing.md").read_text(encoding="utf-8")
    assert _stored_days(out) == days      # the days merged under the old name are forgotten


def test_wire_copies_give_the_same_files_however_built(tmp_path):
    """The sample's articles, each carried by four more outlets: one entry per story with
    its copies, and the same files whether the copies are extracted again (dask), reused
    in-process (one job, two jobs) or read back from the store."""
    sample = [json.loads(line) for line in (ROOT / "timeline" / "samples" / "aleppo-2016.jsonl")
              .read_text(encoding="utf-8").splitlines()]
    src = tmp_path / "wire.jsonl"
    with src.open("w", encoding="utf-8") as fh:
        for k in range(5):
            for d in sample:
                fh.write(json.dumps({**d, "id": f"{d['id']}-{k}", "source": f"منفذ {k}"}, ensure_ascii=False) + "\n")
    outs = {}
    for name, args in [("one", ("--no-cache", "-j", "1")), ("two", ("--no-cache", "-j", "2")),
                       ("store", ("--cache", str(tmp_path / "c.db"), "-j", "2")),
                       ("again", ("--cache", str(tmp_path / "c.db"), "-j", "1")),
                       ("dask", ("--engine", "dask", "--no-cache"))]:
        p = build(tmp_path / name, str(src), *args, *DATA)
        assert p.returncode == 0, p.stderr
        outs[name] = outputs(tmp_path / name)
    assert all(outs[name] == outs["one"] for name in outs), [n for n in outs if outs[n] != outs["one"]]
    doc = json.loads(outs["one"]["timeline.json"])
    entries = [e for d in doc["days"] for e in d["entries"]]
    for e in entries:
        assert {s["doc"].rsplit("-", 1)[1] for s in e["sources"]} == {"0"}, "copies are not sources"
        assert {c["of"] for c in e["copies"]} <= {s["doc"] for s in e["sources"]}
        assert sorted(c["doc"] for c in e["copies"]) == sorted(
            f"{s['doc'].rsplit('-', 1)[0]}-{k}" for s in e["sources"] for k in range(1, 5))
