"""Newsletter issues through templates: e-mail HTML, plain text, the .eml, the archive and the feed.

The e-mail HTML is rendered from ``newsletter/issue.html`` and its styles
(``newsletter/email.css``) are inlined with css-inline, ``@media`` rules kept
in ``<head>``. The archive page and the Atom feed (feedgen) list every issue
in the state; entry ids are ``tag:`` URIs with the issue number, so they are
stable and never reused.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Sequence

import css_inline
from feedgen.feed import FeedGenerator
from jinja2 import Environment
from markupsafe import Markup

from timeline.publish.mail import build_message
from timeline.publish.newsletter import IssuePlan
from timeline.publish.state import IssueRecord
from timeline.render.arabic import count_noun, day_heading, load_display
from timeline.render.context import RenderOptions, build_context, ltr
from timeline.render.output import Output

__all__ = ["NewsletterSettings", "render_issue", "render_archive", "subject_of", "message_id_of",
           "issue_folder"]


@dataclass(frozen=True)
class NewsletterSettings:
    title: str = ""                       # empty: the default title of the period
    period: str = "daily"
    list_id: str = "briefing.newsletter.invalid"
    sender: str = "newsletter@localhost"
    recipients: tuple[str, ...] = ()
    #: where the output folder is served ("https://example.org/briefing/"), for links and the feed
    site_url: Optional[str] = None
    unsubscribe: Optional[str] = None
    month_names: str = "egyptian"
    pdf: bool = False
    extra: dict = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.title or load_display()["newsletter"][self.period]

    def url(self, path: str) -> Optional[str]:
        if not self.site_url:
            return None
        return self.site_url.rstrip("/") + "/newsletter/" + path

    @property
    def archive_url(self) -> Optional[str]:
        return self.url("index.html")


def issue_folder(number: int) -> str:
    return f"{number:04d}"


def _starts_arabic(text: str) -> bool:
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def subject_of(settings: NewsletterSettings, number: int, created: dt.datetime) -> str:
    """Starts with an Arabic word, so mail clients guess a right-to-left subject."""
    words = load_display()["newsletter"]
    name = settings.name if _starts_arabic(settings.name) else f"{words[settings.period]}: {settings.name}"
    return f"{name} — {words['issue'].format(n=number)}، {day_heading(created.date().isoformat(), settings.month_names)}"


def message_id_of(settings: NewsletterSettings, number: int) -> str:
    tag = hashlib.sha256(settings.list_id.encode("utf-8")).hexdigest()[:10]
    return f"<issue-{number:04d}.{tag}@{settings.list_id}>"


def summary_of(events: int, late: int, corrections: int) -> str:
    parts = [count_noun(events, "entry")]
    if late:
        parts.append(count_noun(late, "late_report"))
    if corrections:
        parts.append(count_noun(corrections, "correction"))
    return "في هذا العدد: " + "، ".join(parts)


@dataclass(frozen=True)
class IssueView:
    number: int
    label: str
    subject: str
    date_heading: str
    summary: str
    web_url: Optional[str]
    folder: str = ""
    pdf: bool = False


@dataclass(frozen=True)
class CorrectionView:
    kind: str
    text: str
    note: str
    outlet: str


def _inline(html: str) -> str:
    return css_inline.CSSInliner(keep_at_rules=True, load_remote_stylesheets=False).inline(html)


def render_issue(plan: IssuePlan, settings: NewsletterSettings, env: Environment,
                 templates: Optional[Path] = None) -> tuple[list[Output], IssueRecord]:
    """The files of one issue (paths inside its folder) and the record the state will keep."""
    words = load_display()["newsletter"]
    subject = subject_of(settings, plan.number, plan.created)
    late = plan.late_count
    summary = summary_of(plan.event_count, late, len(plan.corrections))
    issue = IssueView(plan.number, words["issue"].format(n=plan.number), subject,
                      day_heading(plan.created.date().isoformat(), settings.month_names), summary,
                      settings.url(f"{issue_folder(plan.number)}/index.html"))
    b = build_context(plan.timeline, RenderOptions(title=subject, month_names=settings.month_names,
                                                   paginate="none", generated=plan.created.date()))
    outlets = {a.id: (a.source or a.id) for a in plan.timeline.articles}
    corrections = [
        CorrectionView(c.kind, c.text, words[c.kind].format(issue=c.issue, old_date=ltr(c.old_date),
                                                             new_date=ltr(c.new_date or "")),
                       outlets.get(c.doc, c.doc))
        for c in plan.corrections
    ]
    values = dict(settings=_settings_view(settings), issue=issue, b=b, words=words,
                  fresh_days=[d for d in b.days if d.date not in plan.late_days],
                  late_list=[d for d in b.days if d.date in plan.late_days],
                  late_days=plan.late_days, corrections=corrections)
    css = Markup(env.loader.get_source(env, "newsletter/email.css")[0])   # the project's or the user's CSS
    html = _inline(env.get_template("newsletter/issue.html").render(css=css, **values))
    text = env.get_template("newsletter/issue.txt").render(**values)
    text = "\n".join(line.rstrip() for line in text.splitlines()).strip() + "\n"
    message_id = message_id_of(settings, plan.number)
    msg = build_message(subject=subject, sender=settings.sender, recipients=settings.recipients,
                        created=plan.created, message_id=message_id, list_id=settings.list_id,
                        list_title=settings.name, text=text, html=html, unsubscribe=settings.unsubscribe,
                        footer_key=issue.date_heading)
    outputs = [Output("index.html", html.encode("utf-8"), "html"),
               Output("index.txt", text.encode("utf-8"), "text"),
               Output("message.eml", msg, "email")]
    if settings.pdf:
        from timeline.render.pdf import render_pdf

        result = render_pdf(b, env, plan.created, templates)
        outputs.append(Output("issue.pdf", result.data, "pdf"))
    record = IssueRecord(plan.number, plan.created.isoformat(), plan.slot, subject, message_id,
                         plan.event_count, late, len(plan.corrections))
    return outputs, record


def _settings_view(settings: NewsletterSettings) -> dict:
    return {"title": settings.name, "archive_url": settings.archive_url, "unsubscribe": settings.unsubscribe}


def render_archive(records: Sequence[IssueRecord], settings: NewsletterSettings, env: Environment,
                   with_pdf: frozenset[int] = frozenset()) -> list[Output]:
    """``index.html`` and ``feed.atom`` of the newsletter folder, newest issue first."""
    words = load_display()["newsletter"]
    views = []
    for r in sorted(records, key=lambda r: r.number, reverse=True):
        created = dt.datetime.fromisoformat(r.created)
        views.append(IssueView(r.number, words["issue"].format(n=r.number), r.subject,
                               day_heading(created.date().isoformat(), settings.month_names),
                               summary_of(r.events, r.late, r.corrections),
                               settings.url(f"{issue_folder(r.number)}/index.html"),
                               issue_folder(r.number), r.number in with_pdf))
    html = env.get_template("newsletter/archive.html").render(settings=_settings_view(settings), issues=views)
    return [Output("index.html", html.encode("utf-8"), "html"),
            Output("feed.atom", _feed(records, views, settings), "feed")]


def _feed(records: Sequence[IssueRecord], views: Sequence[IssueView], settings: NewsletterSettings) -> bytes:
    fg = FeedGenerator()
    first = min((dt.datetime.fromisoformat(r.created) for r in records), default=None)
    year = first.year if first else 2000
    fg.id(f"tag:{settings.list_id},{year}:newsletter")
    fg.title(settings.name)
    fg.language("ar")
    fg.author({"name": settings.name})
    fg.link(href=settings.url("feed.atom") or "feed.atom", rel="self", type="application/atom+xml")
    fg.link(href=settings.archive_url or "index.html", rel="alternate", type="text/html")
    latest = max((dt.datetime.fromisoformat(r.created) for r in records), default=dt.datetime(year, 1, 1, tzinfo=dt.timezone.utc))
    fg.updated(latest)
    by_number = {r.number: r for r in records}
    for view in sorted(views, key=lambda v: v.number):
        r = by_number[view.number]
        created = dt.datetime.fromisoformat(r.created)
        fe = fg.add_entry(order="append")
        fe.id(f"tag:{settings.list_id},{year}:issue-{r.number:04d}")
        fe.title(r.subject)
        fe.published(created)
        fe.updated(created)
        fe.link(href=view.web_url or f"{view.folder}/index.html", rel="alternate", type="text/html")
        fe.summary(view.summary)
    return fg.atom_str(pretty=True)
