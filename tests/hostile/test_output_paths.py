"""A bad output path, or a disk that fills up, is one line with exit 1, and
nothing is half-written."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT.parent / "shared" / "corpus" / "aleppo-2016.jsonl"


def _run(*args, cwd):
    return subprocess.run([sys.executable, str(ROOT / "generate.py"), *args], cwd=cwd, capture_output=True,
                          text=True, timeout=300)


def _one_line(p) -> str:
    lines = p.stderr.strip().splitlines()
    assert p.returncode == 1 and len(lines) == 1 and "Traceback" not in p.stderr, (p.returncode, p.stderr[-600:])
    return lines[0]


@pytest.fixture()
def place(tmp_path):
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    os.symlink(tmp_path / "missing" / "dir", tmp_path / "dangling")
    return tmp_path


@pytest.mark.parametrize("command", ["build", "newsletter"])
@pytest.mark.parametrize("output, says", [("afile", "is a file"), ("afile/sub", "afile is a file"),
                                          ("dangling", "does not exist")])
def test_a_folder_output_that_cannot_be_one(place, command, output, says):
    line = _one_line(_run(command, str(SAMPLE), "-o", output, "-q", cwd=place))
    assert output in line and says in line
    assert (place / "afile").read_text(encoding="utf-8") == "x"


@pytest.mark.parametrize("command", ["tag", "extract", "timeline"])
@pytest.mark.parametrize("output, says", [(".", "is a folder"), ("afile/x.json", "afile is a file"),
                                          ("dangling", "does not exist")])
def test_a_file_output_that_cannot_be_one(place, command, output, says):
    line = _one_line(_run(command, str(SAMPLE), "-o", output, cwd=place))
    assert says in line


@pytest.mark.parametrize("command", ["tag", "extract", "timeline"])
def test_a_full_disk_is_one_line(tmp_path, command):
    # /dev/full answers every write with ENOSPC: the disk-full path, for real
    line = _one_line(_run(command, str(SAMPLE), "-o", "/dev/full", cwd=tmp_path))
    assert "No space left on device" in line
