"""The newsletter never deletes what its state does not know: a new, emptied
or wrong state beside published issues is refused with one line, and the
issues stay as they are."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "publish"))
from news_helpers import DAY1, DAY2, issues, newsletter, write_archive  # noqa: E402

from timeline.publish.newsletter import UNCOMMITTED  # noqa: E402


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture()
def published(tmp_path):
    archive = write_archive(tmp_path / "archive", DAY1)
    out = tmp_path / "out"
    assert newsletter(out, archive, "2023-03-01T18:00:00+00:00").returncode == 0
    write_archive(archive, DAY2)
    assert newsletter(out, archive, "2023-03-02T18:00:00+00:00").returncode == 0
    assert issues(out) == ["0001", "0002"]
    return out, archive


def _refused(p, out, before, state_name):
    assert p.returncode == 1, (p.returncode, p.stdout, p.stderr)
    lines = p.stderr.strip().splitlines()
    assert len(lines) == 1 and state_name in lines[0] and "0001, 0002" in lines[0], lines
    assert issues(out) == ["0001", "0002"]
    assert _snapshot(out / "newsletter") == before


def test_a_new_state_file_beside_published_issues_is_refused(published, tmp_path):
    out, archive = published
    before = _snapshot(out / "newsletter")
    p = newsletter(out, archive, "2023-03-03T18:00:00+00:00", "--state", str(tmp_path / "fresh.sqlite"))
    _refused(p, out, before, "fresh.sqlite")


def test_an_emptied_state_is_refused(published):
    out, archive = published
    (out / "newsletter.sqlite").write_bytes(b"")
    before = _snapshot(out / "newsletter")
    p = newsletter(out, archive, "2023-03-03T18:00:00+00:00")
    _refused(p, out, before, "newsletter.sqlite")


def test_a_missing_state_is_refused(published):
    out, archive = published
    (out / "newsletter.sqlite").unlink()
    before = _snapshot(out / "newsletter")
    p = newsletter(out, archive, "2023-03-03T18:00:00+00:00")
    _refused(p, out, before, "newsletter.sqlite")


def test_a_folder_without_the_marker_is_never_removed(published):
    out, archive = published
    stray = out / "newsletter" / "0003"
    stray.mkdir()
    (stray / "notes.txt").write_text("kept by hand", encoding="utf-8")
    p = newsletter(out, archive, "2023-03-03T18:00:00+00:00")
    assert p.returncode == 1 and "0003" in p.stderr
    assert (stray / "notes.txt").read_text(encoding="utf-8") == "kept by hand"


def test_no_published_issue_keeps_the_marker(published):
    out, _ = published
    assert not list((out / "newsletter").rglob(UNCOMMITTED))
