"""Exit codes as documented: a run that cannot send stops before it publishes
(1, nothing written); a published-but-unsent issue is 4; a negative timeout is
a usage error; no secret reaches a message."""

from __future__ import annotations

import socket
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "publish"))
from news_helpers import DAY1, issues, newsletter, write_archive  # noqa: E402

NOW = "2023-03-01T18:00:00+00:00"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _config(tmp_path, smtp: str) -> Path:
    cfg = tmp_path / "news.toml"
    cfg.write_text('[newsletter]\nlist_id = "city.news.example.org"\nfrom = "news@example.org"\n'
                   'to = ["desk@example.org"]\n[newsletter.smtp]\nhost = "127.0.0.1"\n'
                   f'port = {_free_port()}\ntimeout = 2\n{smtp}', encoding="utf-8")
    return cfg


def _run(tmp_path, smtp: str, env=None):
    archive, out = write_archive(tmp_path / "archive", DAY1), tmp_path / "out"
    p = newsletter(out, archive, NOW, "--config", str(_config(tmp_path, smtp)), "--send", env=env)
    return p, out


def _one_line(p) -> str:
    lines = p.stderr.strip().splitlines()
    assert len(lines) == 1, p.stderr
    return lines[0]


def test_an_unset_password_variable_stops_before_publishing(tmp_path):
    p, out = _run(tmp_path, 'security = "starttls"\nusername = "news"\npassword_env = "NO_SUCH_VARIABLE_X"\n')
    assert p.returncode == 1 and "NO_SUCH_VARIABLE_X" in _one_line(p)
    assert issues(out) == []


def test_plaintext_login_needs_to_be_allowed(tmp_path):
    smtp = 'username = "news"\npassword_env = "NEWS_PW"\n'
    p, out = _run(tmp_path, smtp, env={"NEWS_PW": "secret-pw"})
    assert p.returncode == 1 and "allow_plaintext" in _one_line(p)
    assert issues(out) == []
    # allowed: the run publishes, and the dead server makes it exit 4 (published, not sent)
    p, out = _run(tmp_path, smtp + "allow_plaintext = true\n", env={"NEWS_PW": "secret-pw"})
    assert p.returncode == 4, p.stderr
    assert issues(out) == ["0001"] and "secret-pw" not in p.stderr + p.stdout


def test_a_non_ascii_password_is_refused_without_showing_it(tmp_path):
    secret = "كلمةسر"
    p, out = _run(tmp_path, 'security = "ssl"\nusername = "news"\npassword_env = "NEWS_PW"\n',
                  env={"NEWS_PW": secret})
    line = _one_line(p)
    assert p.returncode == 1 and "NEWS_PW" in line
    assert not any(c in p.stderr + p.stdout for c in secret)
    assert issues(out) == []


def test_a_dead_server_after_publishing_is_exit_4(tmp_path):
    p, out = _run(tmp_path, "")
    assert p.returncode == 4 and "published, not sent" in _one_line(p)
    assert issues(out) == ["0001"]


@pytest.mark.parametrize("value", ["-5", "-0.1", "nan", "inf", "soon"])
def test_a_bad_lock_timeout_is_a_usage_error(tmp_path, value):
    archive, out = write_archive(tmp_path / "archive", DAY1), tmp_path / "out"
    p = newsletter(out, archive, NOW, "--lock-timeout", value, timeout=60)
    assert p.returncode == 2 and "--lock-timeout" in p.stderr
    assert not out.exists() or issues(out) == []
