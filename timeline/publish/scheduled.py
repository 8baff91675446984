"""One scheduled newsletter run, start to end (see ``timeline.publish.newsletter`` for the steps)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional, Sequence

from timeline.issue import IssueRecord, issue_folder
from timeline.manifest import write_manifest
from timeline.model import Article
from timeline.publish.checkpoints import checkpoint
from timeline.publish.files import commit_folder, stage_folder, write_outputs
from timeline.publish.locking import folder_lock
from timeline.publish.mail import SmtpSettings, send
from timeline.publish.newsletter import UNCOMMITTED, locked, plan_issue, recover
from timeline.publish.state import State
from timeline.render.env import make_env
from timeline.render.newsletter import NewsletterSettings, render_archive, render_issue

__all__ = ["RunOptions", "RunResult", "run_newsletter"]


@dataclass(frozen=True)
class RunOptions:
    output: Path
    state: Path
    now: dt.datetime
    settings: NewsletterSettings
    templates: Optional[Path] = None
    dry_run: bool = False
    send: bool = False
    smtp: SmtpSettings = field(default_factory=SmtpSettings)
    lock_timeout: float = 600.0

    @property
    def folder(self) -> Path:
        return self.output / "newsletter"


@dataclass
class RunResult:
    issue: Optional[int] = None
    message: str = ""
    folder: Optional[Path] = None
    recovered: list[Path] = field(default_factory=list)
    sent: list[int] = field(default_factory=list)


def _archive(state: State, options: RunOptions, env, extra=None) -> None:
    records = state.issues() + ([extra] if extra else [])
    if not records:
        return
    folder = options.folder
    with_pdf = frozenset(r.number for r in records if (folder / issue_folder(r.number) / "issue.pdf").exists())
    outputs = list(render_archive(records, options.settings, env, with_pdf, folder))
    write_outputs(folder, outputs)
    # the archive's pages and the issue folders: never read back as articles
    write_manifest(folder, [o.path for o in outputs] + [issue_folder(r.number) + "/" for r in records])


def _counts(record: IssueRecord) -> str:
    return f"{record.events} events, {record.late} late, {record.corrections} corrections, {record.entries} entries"


def _send_unsent(state: State, options: RunOptions, result: RunResult) -> None:
    for record in state.issues():
        if record.sent:
            continue
        path = options.folder / issue_folder(record.number) / "message.eml"
        send(options.smtp, path.read_bytes(), options.settings.sender, options.settings.recipients)
        state.mark_sent(record.number, options.now.isoformat())
        result.sent.append(record.number)
    checkpoint("sent")


def run_newsletter(articles: Sequence[Article], options: RunOptions,
                   progress: Optional[Callable] = None) -> RunResult:
    env = make_env(options.templates)
    result = RunResult()
    if options.dry_run:
        with State.snapshot(options.state) as state:
            plan, why = plan_issue(articles, state, options.now, options.settings.period, progress=progress)
            if plan is None:
                result.message = why
                return result
            outputs, record, _ = render_issue(plan, options.settings, env, options.templates)
            result.issue = plan.number
            result.message = f"would publish issue {plan.number}: {record.subject} ({_counts(record)}); " \
                             "nothing written"
            return result

    if options.send:
        options.smtp.check(options.settings.recipients)   # before anything is published
    lock = locked(options.state, options.lock_timeout)
    try:
        # a build swapping the output folder would take this run's new files with the old folder
        folder = folder_lock(options.output, options.lock_timeout, "a build writing this folder")
    except BaseException:
        lock.release()
        raise
    try:
        checkpoint("locked")
        with State(options.state) as state:
            result.recovered = recover(options.folder, state, options.state)
            if result.recovered:
                _archive(state, options, env)
            plan, why = plan_issue(articles, state, options.now, options.settings.period, progress=progress)
            checkpoint("planned")
            if plan is None:
                result.message = why
                if options.send:
                    _send_unsent(state, options, result)
                return result
            outputs, record, shown = render_issue(plan, options.settings, env, options.templates)
            checkpoint("rendered")
            name = issue_folder(plan.number)
            staged = stage_folder(options.folder, name, outputs, marker=UNCOMMITTED)
            checkpoint("written")
            target = commit_folder(staged, options.folder / name)
            checkpoint("renamed")
            _archive(state, options, env, extra=record)
            checkpoint("indexed")
            state.record_issue(record, plan.articles, plan.new_events, plan.redated, plan.withdrawn, shown)
            checkpoint("committed")
            (target / UNCOMMITTED).unlink()
            result.issue, result.folder = plan.number, target
            result.message = f"published issue {plan.number}: {_counts(record)} -> {target}"
            if options.send:
                _send_unsent(state, options, result)
            return result
    finally:
        folder.release()
        lock.release()
