"""Control and bidi characters: removed from ids, outlets, titles and URLs,
balanced in the text, never in an output; a disguised URL is no link."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from timeline.articles import read_sources
from timeline.readers import ReadOptions
from timeline.text.hygiene import clean_text

ROOT = Path(__file__).resolve().parents[2]
RLO, PDF, LRI, PDI = "\u202e", "\u202c", "\u2066", "\u2069"
AR = "قتل خمسة مدنيين أمس الثلاثاء في قصف على حي الشعار شرق المدينة، وفق الدفاع المدني."
BAD = "\x00\x1b\x07\x7f\x9b"   # NUL, ESC, BEL, DEL, CSI


def _record(tmp_path, **fields) -> Path:
    f = tmp_path / "in.jsonl"
    record = {"id": "a1", "published": "2023-03-01", "text": AR, **fields}
    f.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    return f


def test_fields_lose_bidi_and_control_characters(tmp_path):
    f = _record(tmp_path, id=f"a{RLO}1{BAD}", title=f"قصف{RLO}exe.gnp{LRI} على حلب{BAD}",
                source=f"وكالة{PDI} الشمال\x1b", url=f"https://evil.example/{RLO}gnp.exe")
    result = read_sources([str(f)], ReadOptions())
    [a] = result.articles
    for value in (a.id, a.title, a.source):
        assert not any(c in value for c in RLO + PDF + LRI + PDI + BAD), repr(value)
    assert a.id == "a1" and a.title.startswith("قصفexe.gnp")
    assert a.url is None
    assert any("URL" in str(p) for p in result.problems)


def test_text_keeps_its_controls_balanced_per_line():
    text = f"قال {RLO}مصدر\nسطر {PDF}{PDF} ثان {LRI}عزل {RLO}داخلي{PDI} بعد"
    cleaned = clean_text(text + BAD)
    for line in cleaned.split("\n"):
        opened = [c for c in line if c in RLO + LRI]
        closed = [c for c in line if c in PDF + PDI]
        assert len(opened) == len(closed), repr(line)
    assert not any(c in cleaned for c in BAD)
    assert cleaned.split("\n")[0] == f"قال {RLO}مصدر{PDF}"


def test_no_control_character_reaches_the_outputs(tmp_path):
    f = _record(tmp_path, text=f"{AR[:20]}{BAD}{RLO}{AR[20:]}", title=f"عنوان{BAD}{RLO}",
                source=f"وكالة{BAD}", url=f"https://evil.example/{RLO}gnp.exe")
    out = tmp_path / "site"
    p = subprocess.run([sys.executable, str(ROOT / "generate.py"), "build", str(f), "-o", str(out),
                        "--formats", "html,md", "-q"], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert p.returncode == 0, p.stderr
    for name in ("timeline.html", "briefing.md"):
        data = (out / name).read_text(encoding="utf-8")
        assert not any(c in data for c in "\x00\x1b\x07\x7f\x9b"), name
        assert "evil.example" not in data, name
        for line in data.split("\n"):
            assert line.count(RLO) == line.count(PDF), (name, line)


def test_file_names_are_printed_escaped(tmp_path):
    bad = tmp_path / "evil\n\x1b[2Jname\u202e.txt"
    bad.write_bytes(b"\xff\xfe\x00")          # unreadable: its name goes into a problem line
    (tmp_path / "good.txt").write_text(AR, encoding="utf-8")
    p = subprocess.run([sys.executable, str(ROOT / "generate.py"), "tag", str(tmp_path), "--published", "2023-03-01"],
                       cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    assert "\x1b" not in p.stderr and RLO not in p.stderr
    about = [line for line in p.stderr.splitlines() if "evil" in line]
    assert len(about) == 1 and "\\n\\x1b[2Jname\\u202e.txt" in about[0], p.stderr


def test_a_notes_remote_image_is_not_in_the_markdown_briefing(tmp_path):
    notes = tmp_path / "notes.md"
    notes.write_text("ملاحظة المحرر ![خريطة](https://tracker.example/pixel.png \"t\") و![شعار][logo]\n\n"
                     "[logo]: https://tracker.example/logo.gif\n\n[مصدر](https://example.org/report)\n",
                     encoding="utf-8")
    out = tmp_path / "site"
    p = subprocess.run([sys.executable, str(ROOT / "generate.py"), "build",
                        str(ROOT.parent / "shared" / "corpus" / "aleppo-2016.jsonl"), "-o", str(out),
                        "--notes", str(notes), "--formats", "html,md", "-q"],
                       cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert p.returncode == 0, p.stderr
    md = (out / "briefing.md").read_text(encoding="utf-8")
    html = (out / "timeline.html").read_text(encoding="utf-8")
    assert "tracker.example" not in md and "tracker.example" not in html
    assert "خريطة" in md and "https://example.org/report" in md
