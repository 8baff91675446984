"""Settings that go into mail headers cannot smuggle a header in, and a
comma-joined recipient list is refused rather than sent to its first address."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "publish"))
from news_helpers import DAY1, issues, newsletter, write_archive  # noqa: E402


def _config(tmp_path, body: str) -> Path:
    cfg = tmp_path / "news.toml"
    cfg.write_text("[newsletter]\n" + body, encoding="utf-8")
    return cfg


@pytest.mark.parametrize("body, says", [
    ('list_id = "city.example.org\\r\\nBcc: all@evil.example"\n', "list_id"),
    ('unsubscribe = "mailto:x@example.org\\nX-Evil: 1"\n', "unsubscribe"),
    ('from = "news@example.org\\u2028Bcc: a@evil.example"\n', "from"),
    ('to = ["desk@example.org, editor@example.org"]\n', "several"),
    ('to = ["desk@example.org; editor@example.org"]\n', "several"),
    ('to = ["desk@example.org\\r\\nBcc: x@evil.example"]\n', "to"),
])
def test_a_header_setting_that_would_inject_is_refused(tmp_path, body, says):
    archive, out = write_archive(tmp_path / "archive", DAY1), tmp_path / "out"
    p = newsletter(out, archive, "2023-03-01T18:00:00+00:00", "--config", str(_config(tmp_path, body)))
    lines = p.stderr.strip().splitlines()
    assert p.returncode == 1 and len(lines) == 1 and says in lines[0], (p.returncode, p.stderr)
    assert issues(out) == []


def test_a_display_name_with_a_comma_is_one_address(tmp_path):
    archive, out = write_archive(tmp_path / "archive", DAY1), tmp_path / "out"
    cfg = _config(tmp_path, 'to = ["\\"Desk, Aleppo\\" <desk@example.org>"]\n')
    p = newsletter(out, archive, "2023-03-01T18:00:00+00:00", "--config", str(cfg))
    assert p.returncode == 0, p.stderr
