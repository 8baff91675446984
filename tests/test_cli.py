"""The command line, run as a user runs it: a real process, real files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOC = {"id": "a1", "published": "2016-12-08", "text": "وقال أمس الأربعاء إن الهدنة انهارت."}


def run(*args: str, stdin: str | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "generate.py"), *args], input=stdin,
                          capture_output=True, text=True, cwd=cwd, timeout=120)


def write_jsonl(path: Path, *docs) -> Path:
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    return path


def test_tag_jsonl_to_stdout(tmp_path):
    p = run("tag", str(write_jsonl(tmp_path / "d.jsonl", DOC)))
    assert p.returncode == 0, p.stderr
    [line] = p.stdout.splitlines()
    record = json.loads(line)
    assert record == {"id": "a1", "timex": [
        {"start": 5, "end": 17, "text": "أمس الأربعاء", "type": "DATE", "value": "2016-12-07"}]}


def test_tag_stdin_and_output_file(tmp_path):
    out = tmp_path / "out.jsonl"
    p = run("tag", "-", "-o", str(out), stdin=json.dumps(DOC, ensure_ascii=False) + "\n")
    assert p.returncode == 0, p.stderr
    assert p.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["timex"][0]["value"] == "2016-12-07"


def test_tag_plain_text_with_published(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("وأعلن الجيش اليوم الخميس عن تقدم جديد.", encoding="utf-8")
    p = run("tag", "--published", "2016-12-08", str(article))
    assert p.returncode == 0, p.stderr
    record = json.loads(p.stdout)
    assert record["id"] == "article"
    assert [t["value"] for t in record["timex"]] == ["2016-12-08"]


def test_weekday_disagreement_note_in_output(tmp_path):
    doc = dict(DOC, published="2016-12-14", text="وتوقف القتال في وقت متأخر اليوم الثلاثاء.")
    p = run("tag", str(write_jsonl(tmp_path / "d.jsonl", doc)))
    [t] = json.loads(p.stdout)["timex"]
    assert t["value"] == "2016-12-13" and t["mod"] == "END" and "weekday" in t["note"]


def test_output_is_deterministic(shared_dir, tmp_path):
    corpus = shared_dir / "corpus" / "aleppo-2016.jsonl"
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    assert run("tag", str(corpus), "-o", str(a)).returncode == 0
    assert run("tag", str(corpus), "-o", str(b)).returncode == 0
    assert a.read_bytes() == b.read_bytes()


@pytest.mark.parametrize("command", ["extract", "timeline"])
def test_jobs_give_the_same_output(tmp_path, command):
    """extract and timeline split the work over --jobs processes, or a Dask cluster
    (--engine dask); the output is the one process's, byte for byte, in input order."""
    from timeline.samples.synthetic import write_jsonl as synthetic

    archive = synthetic(tmp_path / "archive.jsonl", 60, seed=5, per_day=2)     # enough for 3 processes
    outs = []
    for args in (["--jobs", "1"], ["--jobs", "2"], ["--jobs", "3"], ["--engine", "dask"]):
        out = tmp_path / f"{command}-{'-'.join(args)}.out"
        p = run(command, str(archive), *args, "-o", str(out))
        assert p.returncode == 0, p.stderr
        outs.append(out.read_bytes())
    assert outs[0] == outs[1] == outs[2] == outs[3]
    if command == "extract":
        ids = [json.loads(line)["id"] for line in outs[0].decode("utf-8").splitlines()]
        given = [json.loads(line)["id"] for line in archive.read_text(encoding="utf-8").splitlines()]
        assert len(ids) == 60 and ids == given
    bad = run(command, str(archive), "--jobs", "0")
    assert bad.returncode != 0 and bad.stderr.strip().endswith("--jobs 0: give 1 or more") and not bad.stdout


@pytest.mark.parametrize("content, message", [
    ('{"id": "x", "published": "2016-12-08"', "d.jsonl:1: not valid JSON"),
    ('{"id": "x", "text": "نص"}', "d.jsonl:1: no publication date, and no period to look for it in"),
    ('{"id": "x", "published": "2016-02-30", "text": "نص"}', "d.jsonl:1: publication date '2016-02-30' is impossible"),
    ('{"id": "x", "published": "8/12/2016", "text": "نص"}', "d.jsonl:1: publication date '8/12/2016' has an unknown"),
    ('{"id": "x", "published": "2016-12-08", "text": 5}', "d.jsonl:1: no article text"),
    ('{"id": "x", "published": "2099-12-08", "text": "نص"}', "d.jsonl:1: publication date 2099-12-08 is in the future"),
])
def test_bad_input_is_one_clear_line_and_no_output(tmp_path, content, message):
    src = tmp_path / "d.jsonl"
    src.write_text(content + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    p = run("tag", str(src), "-o", str(out))
    assert p.returncode == 1
    lines = p.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], p.stderr
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [src]   # no temporary file left behind


def test_missing_file_is_named(tmp_path):
    p = run("tag", str(tmp_path / "nope.jsonl"))
    assert p.returncode == 1
    assert p.stderr.strip() == f"generate.py tag: error: {tmp_path / 'nope.jsonl'}: no such file or folder"


def test_a_bad_record_is_left_out_and_the_rest_processed(tmp_path):
    src = tmp_path / "d.jsonl"
    src.write_text('{"id": "x", "published": "2016-12-08", "text": "قال أمس إن"}\n'
                   '{"id": "x", "published": "2016-12-08", "text": "نص آخر"}\n'
                   '{"id": "y", "published": "2016-02-30", "text": "نص"}\n', encoding="utf-8")
    p = run("tag", str(src))
    assert p.returncode == 0, p.stderr
    assert [json.loads(line)["id"] for line in p.stdout.splitlines()] == ["x"]
    lines = p.stderr.splitlines()
    assert any("d.jsonl:2: duplicate id 'x'" in line for line in lines)
    assert any("d.jsonl:3: publication date '2016-02-30' is impossible" in line for line in lines)
    assert lines[-1].endswith("read 1 articles from 1 files; 2 left out, 0 warnings")
    strict = run("tag", str(src), "--strict")
    assert strict.returncode == 1 and strict.stderr.splitlines()[-1].endswith("2 problems with the input (--strict)")
    # every line names the command as the user called it
    assert all(line.startswith("generate.py tag: ") for line in lines), lines
    module = subprocess.run([sys.executable, "-m", "timeline", "tag", str(src)], cwd=ROOT, capture_output=True,
                            text=True, timeout=300)
    assert module.returncode == 0 and module.stderr.splitlines()
    assert all(line.startswith("python -m timeline tag: ") for line in module.stderr.splitlines()), module.stderr


def test_unknown_command_is_a_usage_error():
    p = run("frobnicate")
    assert p.returncode == 2


def test_evaluate_prints_the_figures(shared_dir):
    p = run("evaluate", str(shared_dir / "gold" / "aleppo-2016.jsonl"), "--json")
    assert p.returncode == 0, p.stderr
    figures = json.loads(p.stdout)["timex"]
    assert figures["gold"] == 44
    assert figures["f1"] >= 0.97 and figures["value_accuracy"] >= 0.97


def test_evaluate_lists_errors(tmp_path):
    gold = dict(DOC, timex=[{"start": 5, "end": 17, "text": "أمس الأربعاء", "type": "DATE",
                             "value": "2016-12-06"}])
    p = run("evaluate", str(write_jsonl(tmp_path / "g.jsonl", gold)), "--errors")
    assert p.returncode == 0, p.stderr
    assert "value accuracy 0.000" in p.stdout
    assert "value     a1@5 'أمس الأربعاء' gold=2016-12-06 predicted=2016-12-07" in p.stdout


def test_extract_gives_timex_and_events(tmp_path):
    doc = dict(DOC, text="وصرح أمس الأربعاء بأن الاتفاق انهار. وأضاف أن القتال سيستمر.")
    p = run("extract", str(write_jsonl(tmp_path / "d.jsonl", doc)))
    assert p.returncode == 0, p.stderr
    record = json.loads(p.stdout)
    assert set(record) == {"id", "published", "published_source", "timex", "ranges", "places", "events"}
    assert record["published_source"] == "metadata"
    assert [(e["date"], e["placement"]) for e in record["events"]] == [
        ("2016-12-07", "expression"), ("2016-12-07", "follow-up")]
    e = record["events"][0]
    assert doc["text"][e["start"]:e["end"]] == e["text"]


def test_timeline_json_merges_sources_and_is_byte_identical(tmp_path):
    a = dict(DOC, id="a", text="قتل 18 مدنيا في قصف جوي عنيف استهدف أحياء حلب الشرقية اليوم الخميس.")
    b = dict(DOC, id="b", text="لقي 20 شخصا حتفهم الخميس جراء قصف جوي على الأحياء الشرقية في مدينة حلب.")
    src = write_jsonl(tmp_path / "d.jsonl", a, b)
    first = run("timeline", str(src), "--format", "json")
    second = run("timeline", str(src), "--format", "json")
    assert first.returncode == 0, first.stderr
    assert first.stdout == second.stdout
    [day] = json.loads(first.stdout)["days"]
    [entry] = day["entries"]
    assert [s["doc"] for s in entry["sources"]] == ["a", "b"]
    assert entry["counts"]["killed"]["reports"] == {"a": 18, "b": 20}


def test_evaluate_scores_events_when_gold_has_them(shared_dir):
    p = run("evaluate", str(shared_dir / "gold" / "aleppo-2016.jsonl"), "--json")
    figures = json.loads(p.stdout)
    assert figures["events"]["gold"] == 50 and figures["events"]["accuracy"] >= 0.95
