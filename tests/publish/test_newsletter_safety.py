"""Killed runs, concurrent runs and delivery: the state and the files stay consistent."""

from __future__ import annotations

import socket

import killing
import pytest
from aiosmtpd.controller import Controller
from news_helpers import DAY1, DAY2, ROOT, command, issues, message, newsletter, state_rows, write_archive

from timeline.manifest import MANIFEST
from timeline.publish.checkpoints import CHECKPOINTS, WAITING

NOW = "2023-03-02T18:00:00+00:00"


def _start(out, archive, stop_at=None, *extra) -> killing.Checkpointed:
    """A run that reports its checkpoints and, with ``stop_at``, stops at that one."""
    return killing.Checkpointed(command(out, archive, NOW, *extra), stop_at, cwd=ROOT)


def _consistent(out) -> None:
    """What the state says is published is exactly what is on disk, whole."""
    committed = [n for (n,) in state_rows(out, "SELECT number FROM issues ORDER BY number")]
    on_disk = [int(name) for name in issues(out)]
    assert on_disk == committed
    for n in committed:
        folder = out / "newsletter" / f"{n:04d}"
        assert sorted(p.name for p in folder.iterdir()) == ["index.html", "index.txt", "message.eml"]
        assert message(out, n)["Message-ID"].startswith(f"<issue-{n:04d}.")
    leftovers = [p.name for p in (out / "newsletter").iterdir() if p.name.startswith(".") and p.name != MANIFEST] \
        if (out / "newsletter").exists() else []
    assert leftovers == []


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    """The issue an uninterrupted run makes, to compare the recovered runs with."""
    base = tmp_path_factory.mktemp("reference")
    archive = write_archive(base / "archive", DAY1 + DAY2)
    out = base / "out"
    assert newsletter(out, archive, NOW).returncode == 0
    return out


@pytest.mark.parametrize("stop_at", [c for c in CHECKPOINTS if c != "sent"])
def test_killed_at_each_step_then_rerun(tmp_path, reference, stop_at):
    archive = write_archive(tmp_path / "archive", DAY1 + DAY2)
    out = tmp_path / "out"
    run = _start(out, archive, stop_at)
    run.wait_for(stop_at)
    run.kill()
    assert run.passed == list(CHECKPOINTS[:CHECKPOINTS.index(stop_at) + 1])     # the steps, in order

    committed = state_rows(out, "SELECT count(*) FROM issues")[0][0] if (out / "newsletter.sqlite").exists() else 0
    assert committed == (1 if stop_at == "committed" else 0)

    p = newsletter(out, archive, NOW)
    assert p.returncode == 0, p.stderr
    if stop_at == "committed":
        assert p.stdout.startswith("no issue: nothing new")
    else:
        assert p.stdout.startswith("published issue 1")
    _consistent(out)
    assert issues(out) == ["0001"]
    for name in ("0001/index.html", "0001/index.txt", "0001/message.eml", "feed.atom", "index.html"):
        assert (out / "newsletter" / name).read_bytes() == (reference / "newsletter" / name).read_bytes(), name
    assert state_rows(out, "SELECT count(*), count(DISTINCT key) FROM events") == \
        state_rows(reference, "SELECT count(*), count(DISTINCT key) FROM events")


def test_a_hook_sees_every_step_in_order(tmp_path, monkeypatch):
    """The checkpoints are a hook list, empty in production; a hook put there (as the
    crash runs' runner does) is called at each step of a real run, in order."""
    import datetime as dt

    from timeline.publish import checkpoints
    from timeline.publish.scheduled import RunOptions, run_newsletter
    from timeline.articles import read_sources
    from timeline.render.newsletter import NewsletterSettings

    assert checkpoints.HOOKS == []
    seen: list[str] = []
    monkeypatch.setattr(checkpoints, "HOOKS", [seen.append])
    articles = read_sources([str(write_archive(tmp_path / "archive", DAY1))]).articles
    out = tmp_path / "out"
    result = run_newsletter(articles, RunOptions(output=out, state=out / "newsletter.sqlite",
                                                 now=dt.datetime.fromisoformat(NOW), settings=NewsletterSettings()))
    assert result.issue == 1
    assert seen == list(CHECKPOINTS[:-1])            # every step but "sent" (nothing to send)


#: the calls that change the state or the files: SQLite's writes and syncs, renames, links, folders
KILL_CALLS = ("rename", "renameat", "renameat2", "link", "linkat", "unlink", "unlinkat", "rmdir",
              "mkdir", "mkdirat", "pwrite64", "fsync", "fdatasync")


@pytest.mark.parametrize("sweep", [pytest.param("sample"), pytest.param("every", marks=pytest.mark.sweep)])
def test_killed_at_every_write_and_rename(tmp_path, reference, sweep):
    """SIGKILL at the n-th call of each write, sync, rename, link and folder call a run
    makes (strace), for every n the run reaches: the next run always ends with the
    one issue, whole and identical to the uninterrupted run's."""
    archive = write_archive(tmp_path / "count" / "archive", DAY1 + DAY2)
    found = killing.counts(command(tmp_path / "count" / "out", archive, NOW), KILL_CALLS,
                           tmp_path / "count.txt", ROOT)

    def check(call: str, n: int) -> str:
        folder = tmp_path / f"{call}-{n}"
        archive = write_archive(folder / "archive", DAY1 + DAY2)
        out = folder / "out"
        was_killed = killing.killed(command(out, archive, NOW), call, n, ROOT)
        again = newsletter(out, archive, NOW)
        if again.returncode != 0:
            return f"the next run failed: {again.stderr.strip()}"
        try:
            _consistent(out)
            assert issues(out) == ["0001"]
            for name in ("0001/index.html", "0001/index.txt", "0001/message.eml", "feed.atom", "index.html"):
                assert (out / "newsletter" / name).read_bytes() == (reference / "newsletter" / name).read_bytes(), \
                    name
        except AssertionError as exc:
            return f"inconsistent after the next run: {exc}"
        return "killed" if was_killed else "completed"

    killing.for_every_call(found, check, sweep)


def test_two_runs_at_once_publish_one_issue(tmp_path):
    archive = write_archive(tmp_path / "archive", DAY1 + DAY2)
    out = tmp_path / "out"
    first = _start(out, archive, "planned")          # holds the lock, stopped inside the run
    first.wait_for("planned")
    second = _start(out, archive)                    # starts while the first holds the lock
    second.wait_for(WAITING)                         # it found the lock taken, and waits
    assert second.passed == [WAITING], "the second run does nothing while the first holds the lock"
    first.kill()                                     # the first dies; its lock goes with it
    out2, err2 = second.finish()
    assert second.proc.returncode == 0, err2
    assert out2.startswith("published issue 1")
    assert second.passed == [WAITING, *CHECKPOINTS[:-1]]
    _consistent(out)

    # both unpaused, started together: exactly one publishes
    archive2 = write_archive(tmp_path / "archive2", DAY1 + DAY2)
    out_b = tmp_path / "out_b"
    runs = [_start(out_b, archive2) for _ in range(3)]
    results = [r.finish() for r in runs]
    assert [r.proc.returncode for r in runs] == [0, 0, 0], [r[1] for r in results]
    published = [r[0] for r in results if r[0].startswith("published issue")]
    assert len(published) == 1, results
    _consistent(out_b)
    assert issues(out_b) == ["0001"]


def test_lock_timeout_gives_up_clearly(tmp_path):
    archive = write_archive(tmp_path / "archive", DAY1)
    out = tmp_path / "out"
    holder = _start(out, archive, "locked")
    try:
        holder.wait_for("locked")
        p = newsletter(out, archive, NOW, "--lock-timeout", "1")
        assert p.returncode == 3
        assert "another newsletter run holds" in p.stderr and "gave up after 1 s" in p.stderr
    finally:
        holder.kill()


def _free_port() -> int:
    """A port nothing listens on (aiosmtpd's Controller needs a real number, not 0)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class _Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook name
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        return "250 OK"


def _config(tmp_path, port: int):
    cfg = tmp_path / "news.toml"
    cfg.write_text('[newsletter]\nlist_id = "city.news.example.org"\nfrom = "النشرة <news@example.org>"\n'
                   'to = ["desk@example.org", "editor@example.org"]\n'
                   f'[newsletter.smtp]\nhost = "127.0.0.1"\nport = {port}\ntimeout = 5\n', encoding="utf-8")
    return cfg


def test_send_to_a_real_smtp_server(tmp_path):
    import email
    from email import policy

    inbox = _Inbox()
    server = Controller(inbox, hostname="127.0.0.1", port=_free_port())
    server.start()
    try:
        cfg = _config(tmp_path, server.port)
        archive, out = write_archive(tmp_path / "archive", DAY1), tmp_path / "out"
        p = newsletter(out, archive, "2023-03-01T18:00:00+00:00", "--config", str(cfg), "--send")
        assert p.returncode == 0, p.stderr
        assert p.stdout.rstrip().endswith("sent issue 1")
        [(sender, rcpts, content)] = inbox.messages
        assert sender == "news@example.org" and rcpts == ["desk@example.org", "editor@example.org"]
        msg = email.message_from_bytes(content, policy=policy.default)
        assert msg["Message-ID"] == message(out, 1)["Message-ID"]
        assert [part.get_content_type() for part in msg.iter_parts()] == ["text/plain", "text/html"]
        assert msg["Subject"].startswith("النشرة اليومية — العدد 1")
        # sent once: the next run sends nothing again
        p = newsletter(out, archive, "2023-03-02T18:00:00+00:00", "--config", str(cfg), "--send")
        assert p.returncode == 0 and len(inbox.messages) == 1
        assert state_rows(out, "SELECT number, sent IS NOT NULL FROM issues") == [(1, 1)]
    finally:
        server.stop()


def test_failed_delivery_is_retried_by_the_next_run(tmp_path):
    inbox = _Inbox()
    port = _free_port()                               # nothing listens there yet
    cfg = _config(tmp_path, port)
    archive, out = write_archive(tmp_path / "archive", DAY1), tmp_path / "out"
    p = newsletter(out, archive, "2023-03-01T18:00:00+00:00", "--config", str(cfg), "--send")
    assert p.returncode == 4 and "issue published, not sent" in p.stderr
    assert issues(out) == ["0001"]
    assert state_rows(out, "SELECT sent FROM issues") == [(None,)]
    server = Controller(inbox, hostname="127.0.0.1", port=port)
    server.start()
    try:
        write_archive(archive, DAY2)
        p = newsletter(out, archive, "2023-03-02T18:00:00+00:00", "--config", str(cfg), "--send")
        assert p.returncode == 0, p.stderr
        assert p.stdout.rstrip().endswith("sent issues 1, 2")
        assert len(inbox.messages) == 2
    finally:
        server.stop()
