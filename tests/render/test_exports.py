"""The exports written beside the HTML: timeline.json, events.csv, timelinejs.json."""

from __future__ import annotations

import csv
import html.parser
import io
import json
import re
import subprocess
import sys

import pytest
from render_helpers import EVIL, ROOT, SAMPLE, build, write_jsonl

from timeline.merge.source import MemorySource
from timeline.render.exports import CSV_COLUMNS, FILES, events_csv, timeline_json, timelinejs_json

SCHEMA = json.loads((ROOT / "timeline" / "data" / "timeline.schema.json").read_text(encoding="utf-8"))

# --- a small JSON Schema checker (jsonschema is not among the pinned packages) --------------------

_TYPES = {"object": dict, "array": list, "string": str, "boolean": bool, "integer": int, "number": (int, float),
          "null": type(None)}
#: keywords that only describe
_ANNOTATIONS = {"$schema", "$id", "title", "description", "$defs"}


def schema_errors(value, schema: dict, root: dict = SCHEMA, where: str = "$") -> list[str]:
    """What ``value`` breaks of ``schema``; a keyword this checker does not know is an error
    itself, so the schema cannot say more than is checked."""
    errors: list[str] = []
    for key, rule in schema.items():
        if key in _ANNOTATIONS:
            continue
        if key == "$ref":
            target = root
            for part in rule.removeprefix("#/").split("/"):
                target = target[part]
            errors += schema_errors(value, target, root, where)
        elif key == "type":
            kinds = rule if isinstance(rule, list) else [rule]
            ok = any(isinstance(value, _TYPES[k]) and not (k in ("integer", "number") and isinstance(value, bool))
                     for k in kinds)
            if not ok:
                errors.append(f"{where}: not {rule}")
                return errors
            if value is None:
                return errors         # null, where the type allows it: nothing more to check
        elif key == "required":
            errors += [f"{where}: no {k!r}" for k in rule if isinstance(value, dict) and k not in value]
        elif key == "properties":
            for k, sub in rule.items():
                if isinstance(value, dict) and k in value:
                    errors += schema_errors(value[k], sub, root, f"{where}.{k}")
        elif key == "additionalProperties":
            if isinstance(value, dict):
                for k in value:
                    if k in schema.get("properties", {}):
                        continue
                    if rule is False:
                        errors.append(f"{where}: unexpected {k!r}")
                    elif isinstance(rule, dict):
                        errors += schema_errors(value[k], rule, root, f"{where}.{k}")
        elif key == "items":
            for i, item in enumerate(value if isinstance(value, list) else []):
                errors += schema_errors(item, rule, root, f"{where}[{i}]")
        elif key == "minItems":
            if isinstance(value, list) and len(value) < rule:
                errors.append(f"{where}: fewer than {rule} items")
        elif key == "minimum":
            if isinstance(value, (int, float)) and value < rule:
                errors.append(f"{where}: below {rule}")
        elif key == "maximum":
            if isinstance(value, (int, float)) and value > rule:
                errors.append(f"{where}: above {rule}")
        elif key == "pattern":
            if isinstance(value, str) and not re.search(rule, value):
                errors.append(f"{where}: {value!r} does not match {rule}")
        elif key == "enum":
            if value not in rule:
                errors.append(f"{where}: {value!r} not one of {rule}")
        elif key == "const":
            if value != rule:
                errors.append(f"{where}: {value!r} is not {rule!r}")
        else:
            raise AssertionError(f"the schema uses {key!r}, which this checker does not check")
    return errors


# --- fixtures --------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def exported(sample_out):
    return {name: (sample_out / name).read_bytes() for name in FILES.values()}


@pytest.fixture(scope="module")
def timeline_doc(exported):
    return json.loads(exported["timeline.json"])


def _events(doc: dict):
    """(day, entry anchor, source, event) of timeline.json, in its order."""
    for day in doc["days"]:
        for n, entry in enumerate(day["entries"]):
            for source in entry["sources"]:
                for event in source["events"]:
                    yield day, f"{day['date']}-{n + 1}", source, event


def _rows(data: bytes) -> list[dict]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


# --- timeline.json ---------------------------------------------------------------------------------

def test_the_html_build_writes_every_export_beside_the_page(sample_out, exported):
    assert (sample_out / "timeline.html").is_file()
    assert set(exported) == {"timeline.json", "events.csv", "timelinejs.json"}
    listed = json.loads((sample_out / ".timeline-manifest.json").read_text(encoding="utf-8"))["outputs"]
    assert set(exported) <= set(listed), "the manifest (and the build's swap) covers the exports"


def test_timeline_json_is_what_the_timeline_command_prints(exported):
    p = subprocess.run([sys.executable, str(ROOT / "generate.py"), "timeline", str(SAMPLE)],
                       capture_output=True, cwd=ROOT, timeout=300)
    assert p.returncode == 0, p.stderr
    assert exported["timeline.json"] == p.stdout


def test_timeline_json_follows_its_schema(timeline_doc):
    assert timeline_doc["days"], "an empty timeline would prove nothing"
    assert schema_errors(timeline_doc, SCHEMA) == []


def test_the_schema_check_can_fail(timeline_doc):
    broken = json.loads(json.dumps(timeline_doc))
    del broken["days"][0]["entries"][0]["sources"][0]["doc"]
    broken["days"][1]["date"] = "8 December"
    broken["articles"][0]["colour"] = "red"
    errors = schema_errors(broken, SCHEMA)
    assert any("no 'doc'" in e for e in errors)
    assert any("'8 December' does not match" in e for e in errors)
    assert any("unexpected 'colour'" in e for e in errors)


def test_streamed_a_month_at_a_time_the_same_as_whole(tmp_path, exported):
    """A paginated build streams each export a month at a time: byte for byte the same files."""
    out = tmp_path / "paged"
    p = build(out, "--paginate", "month", "--formats", "html")
    assert p.returncode == 0, p.stderr
    assert len(list(out.glob("timeline-*.html"))) > 1
    for name, data in exported.items():
        assert (out / name).read_bytes() == data, name


def test_made_in_the_pages_reading_the_same_in_any_order_of_months(monkeypatch):
    """The spool the pages feed a month at a time (newest first here, and past its memory
    budget, so on disk) gives the exports byte for byte as reading the source does."""
    from timeline.merge.build import build_timeline
    from timeline.pipeline import extract
    from timeline.readers.jsonl import read_jsonl
    from timeline.render import exports
    from timeline.temporal import Tagger

    tagger = Tagger()
    source = MemorySource(build_timeline([extract(a, tagger) for a in read_jsonl(SAMPLE)]))
    assert len(source.months()) > 1
    monkeypatch.setattr(exports, "SPOOL_BYTES", 1000)
    monkeypatch.setattr(exports, "_PIECE", 7)        # pieces that end inside a letter
    expected = {o.path: o.whole().data for o in exports.export_outputs(source, exports.EXPORTS)}
    with exports.ExportSpool(source, exports.EXPORTS) as spool:
        for key in reversed(source.months()):
            spool.add(key, source.month(key))
        assert all(s._rolled for s in spool._spools.values())
        made = {o.path: o.whole().data for o in spool.outputs()}
    assert made == expected and set(made) == set(FILES.values())


def test_a_newest_first_archive_exports_the_same(tmp_path, exported):
    out = tmp_path / "newest"
    p = build(out, "--paginate", "month", "--formats", "html", "--order", "newest")
    assert p.returncode == 0, p.stderr
    for name, data in exported.items():
        assert (out / name).read_bytes() == data, name


def test_an_export_alone(tmp_path):
    out = tmp_path / "only"
    p = build(out, "--formats", "csv")
    assert p.returncode == 0, p.stderr
    made = {f.name for f in out.iterdir() if not f.name.startswith(".")}
    assert made == {"events.csv"}
    assert "events.csv" in p.stdout


# --- events.csv ------------------------------------------------------------------------------------

def test_csv_has_a_bom_and_one_row_per_event(exported, timeline_doc):
    data = exported["events.csv"]
    assert data.startswith(b"\xef\xbb\xbf"), "the BOM tells Excel it is UTF-8"
    assert data.endswith(b"\r\n")
    rows = _rows(data)
    assert tuple(rows[0]) == CSV_COLUMNS
    events = list(_events(timeline_doc))
    assert len(rows) == len(events) > 0
    for row, (day, anchor, source, event) in zip(rows, events):
        assert (row["day"], row["entry"], row["doc"], row["published"]) == \
            (day["date"], anchor, source["doc"], source["published"])
        assert row["text"] == event["text"] and row["placement"] == event["placement"]


def test_csv_figures_are_the_events_own(exported, timeline_doc):
    rows = _rows(exported["events.csv"])
    seen = 0
    for row, (_, _, source, event) in zip(rows, _events(timeline_doc)):
        # the figures of this event are the source's figures whose span lies inside the event
        inside = [f for f in source.get("figures", [])
                  if event["start"] <= f["start"] and f["end"] <= event["end"]]
        daily = sorted(f"{f['kind']}={f['count']}" + (f"-{f['upper']}" if "upper" in f else "")
                       for f in inside if not f.get("cumulative"))
        shown = sorted(x for x in row["figures"].split(";") if x)
        assert shown == daily, row["text"]
        running = [x for x in row["running_totals"].split(";") if x]
        assert len(running) == sum(1 for f in inside if f.get("cumulative"))
        seen += len(shown) + len(running)
    assert seen, "the sample reports figures"


def test_csv_anchors_are_the_pages_entry_ids(sample_out, exported):
    page = (sample_out / "timeline.html").read_text(encoding="utf-8")
    ids = set(re.findall(r'\bid="([^"]+)"', page))
    anchors = {row["entry"] for row in _rows(exported["events.csv"])}
    assert anchors and anchors <= ids


def test_csv_cells_are_never_formulas(tmp_path):
    doc = {**EVIL, "id": "formula", "source": "=HYPERLINK(\"http://x.invalid\",\"اضغط\")", "url": None,
           "text": "قال مسؤول أمس الأربعاء إن القصف تواصل."}
    rows = _rows(b"".join(p.encode("utf-8") for p in events_csv(_memory(tmp_path, doc))))
    assert rows and all(r["outlet"].startswith("'=") for r in rows)


# --- timelinejs.json -------------------------------------------------------------------------------

class _Tags(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)

    def handle_data(self, data):
        self.text.append(data)


def _parsed(markup: str) -> _Tags:
    parser = _Tags()
    parser.feed(markup)
    parser.close()
    return parser


def test_timelinejs_has_the_documented_structure(exported, timeline_doc):
    doc = json.loads(exported["timelinejs.json"])
    assert set(doc["title"]["text"]) == {"headline", "text"}
    entries = [(d["date"], f"{d['date']}-{n + 1}", e) for d in timeline_doc["days"]
               for n, e in enumerate(d["entries"])]
    assert len(doc["events"]) == len(entries)
    for slide, (date, anchor, entry) in zip(doc["events"], entries):
        start = slide["start_date"]
        assert isinstance(start["year"], int) and not isinstance(start["year"], bool)
        parts = date.split("-")
        if "W" not in date:
            assert [start["year"], start.get("month"), start.get("day")][:len(parts)] == [int(x) for x in parts]
        for key in ("month", "day"):
            assert key not in start or isinstance(start[key], int)
        assert 1 <= start.get("month", 1) <= 12 and 1 <= start.get("day", 1) <= 31
        assert isinstance(slide["text"]["headline"], str) and isinstance(slide["text"]["text"], str)
        assert slide["unique_id"] == anchor
        assert isinstance(slide.get("group", ""), str)
        # TimelineJS renders the text as HTML: read that way, it says the entry's words
        assert entry["text"] in "".join(_parsed(slide["text"]["text"]).text)
    assert len({s["unique_id"] for s in doc["events"]}) == len(doc["events"])


def test_timelinejs_escapes_article_text(tmp_path):
    doc = json.loads("".join(timelinejs_json(_memory(tmp_path, EVIL))))
    assert doc["events"]
    for slide in doc["events"]:
        for markup in slide["text"].values():
            parsed = _parsed(markup)
            assert parsed.tags <= {"div", "p", "small", "a"}, parsed.tags   # ours only: no script, no img
            assert "<script>" in "".join(parsed.text), "the article's markup shows as text"
    assert "javascript:" not in json.dumps(doc)


def _memory(tmp_path, *docs):
    """The timeline of ``docs`` built in memory, as a source the exports read."""
    from timeline.merge import build_timeline
    from timeline.pipeline import extract
    from timeline.readers.jsonl import read_jsonl
    from timeline.temporal import Tagger

    tagger = Tagger()
    path = write_jsonl(tmp_path / "docs.jsonl", *docs)
    return MemorySource(build_timeline([extract(a, tagger) for a in read_jsonl(path)]))


def test_streamed_json_is_the_timelines_own(tmp_path):
    source = _memory(tmp_path, EVIL)
    whole = json.dumps(source.timeline.to_json(), ensure_ascii=False, indent=1) + "\n"
    assert "".join(timeline_json(source)) == whole


# --- the pages list them ---------------------------------------------------------------------------

def _listing_templates(tmp_path):
    templates = tmp_path / "tpl"
    templates.mkdir()
    (templates / "base.html").write_text(
        '{% extends "default/base.html" %}{% block footer %}<p id="listed">'
        '{% for name, label in b.exports %}[{{ name }}|{{ label }}]{% endfor %}</p>{% endblock %}',
        encoding="utf-8")
    return templates


@pytest.mark.parametrize("paginate", ["none", "month"])
def test_every_page_is_given_the_exports(tmp_path, paginate):
    out = tmp_path / "out"
    p = build(out, "--templates", str(_listing_templates(tmp_path)), "--formats", "html", "--paginate", paginate)
    assert p.returncode == 0, p.stderr
    pages = sorted(out.glob("timeline*.html"))
    assert len(pages) == 1 if paginate == "none" else len(pages) > 2     # the index and its month pages
    for page in pages:
        [listed] = re.findall(r'<p id="listed">(.*?)</p>', page.read_text(encoding="utf-8"))
        names = re.findall(r"\[([^|]+)\|([^\]]+)\]", listed)
        assert [n for n, _ in names] == ["timeline.json", "events.csv", "timelinejs.json"], page.name
        assert all(re.search(r"[\u0600-\u06FF]", label) for _, label in names), "Arabic labels"
        for name, _ in names:
            assert (out / name).is_file()


def test_other_outlets_copies_are_listed_once_not_repeated(tmp_path):
    """One agency report carried by three outlets (one adding its own credit line) and
    a report of its own: two entries; the wire entry has one source and two copies, in
    timeline.json (valid by its schema), the page (folded, with the full list), the
    Markdown briefing and the CSV (the source's rows only)."""
    wire = ("قتل 18 مدنيا في قصف جوي عنيف استهدف أحياء حلب الشرقية اليوم الخميس، وفق الدفاع المدني. "
            "وقال مسؤول في المعارضة إن الطائرات استهدفت الأسواق والمستشفيات.")
    own = "وفي إدلب، قتل خمسة أشخاص اليوم الخميس في انفجار سيارة مفخخة قرب سوق شعبي."
    docs = [{"id": f"w{k}", "published": "2016-12-08", "source": outlet, "url": f"https://example.org/{k}",
             "text": wire + extra}
            for k, (outlet, extra) in enumerate([("وكالة أ", ""), ("صحيفة ب", ""), ("موقع ج", " (أ ف ب)")])]
    docs.append({"id": "own", "published": "2016-12-08", "source": "صحيفة د", "text": own})
    src = write_jsonl(tmp_path / "wire.jsonl", *docs)
    out = tmp_path / "out"
    p = build(out, str(src), "--formats", "html,json,md,csv", "--no-cache")
    assert p.returncode == 0, p.stderr
    doc = json.loads((out / "timeline.json").read_text(encoding="utf-8"))
    assert schema_errors(doc, SCHEMA) == []
    [day] = doc["days"]
    by_lead = {e["sources"][0]["doc"]: e for e in day["entries"]}
    assert set(by_lead) == {"w0", "own"}
    wire_entry = by_lead["w0"]
    assert [s["doc"] for s in wire_entry["sources"]] == ["w0"]
    assert [(c["doc"], c["source"], c["of"]) for c in wire_entry["copies"]] == \
        [("w1", "صحيفة ب", "w0"), ("w2", "موقع ج", "w0")]
    assert "copies" not in by_lead["own"]
    page = (out / "timeline.html").read_text(encoding="utf-8")
    [block] = [b for b in page.split('<article class="entry"')[1:] if "w0" in b.split(">")[0]]
    assert 'data-sources="w0 w1 w2"' in block
    assert "ووسيلتان أخريان" in block and '<details class="copies">' in block
    assert "صحيفة ب" in block and "موقع ج" in block and "https://example.org/2" in block
    assert block.count("الطائرات استهدفت الأسواق") == 1        # the text once, not per outlet
    md = (out / "briefing.md").read_text(encoding="utf-8")
    assert "ووسيلتان أخريان" in md
    rows = _rows((out / "events.csv").read_bytes())
    assert {r["doc"] for r in rows} == {"w0", "own"}


def test_a_lasting_occurrence_carries_its_last_day_in_timeline_json(tmp_path):
    docs = [{"id": "t", "published": "2016-12-08", "source": "وكالة أ",
             "text": "أعلنت هدنة في حلب لمدة 72 ساعة تبدأ صباح اليوم الخميس. وقتل ثلاثة أمس في قصف على إدلب."}]
    src = write_jsonl(tmp_path / "truce.jsonl", *docs)
    out = tmp_path / "out"
    p = build(out, str(src), "--formats", "json,timelinejs", "--no-cache")
    assert p.returncode == 0, p.stderr
    doc = json.loads((out / "timeline.json").read_text(encoding="utf-8"))
    assert schema_errors(doc, SCHEMA) == []
    # TimelineJS3: the truce's slide ends on its last day, the strike's has no end
    slides = {s["unique_id"]: s for s in json.loads((out / "timelinejs.json").read_text(encoding="utf-8"))["events"]}
    assert slides["2016-12-08-1"]["end_date"] == {"year": 2016, "month": 12, "day": 11}
    assert "end_date" not in slides["2016-12-07-1"]
    entries = {d["date"]: d["entries"] for d in doc["days"]}
    [truce] = entries["2016-12-08"]
    assert truce["until"] == "2016-12-11"
    assert truce["sources"][0]["events"][0]["until"] == "2016-12-11"
    [strike] = entries["2016-12-07"]
    assert "until" not in strike          # a day's occurrence has no last day of its own


def test_a_lasting_occurrence_reads_from_to_in_every_output(tmp_path):
    docs = [{"id": "t", "published": "2016-12-08", "source": "وكالة أ",
             "text": "أعلنت هدنة في حلب لمدة 72 ساعة تبدأ صباح اليوم الخميس. وقتل ثلاثة أمس في قصف على إدلب."}]
    src = write_jsonl(tmp_path / "truce.jsonl", *docs)
    out = tmp_path / "out"
    p = build(out, str(src), "--formats", "html,md", "--no-cache", "--no-search")
    assert p.returncode == 0, p.stderr
    words = "من الخميس 8 ديسمبر 2016 إلى الأحد 11 ديسمبر 2016"
    page = (out / "timeline.html").read_text(encoding="utf-8")
    assert page.count('class="lasting"') == 1 and words in page and 'data-until="2016-12-11"' in page
    md = (out / "briefing.md").read_text(encoding="utf-8")
    assert md.count(words) == 1
