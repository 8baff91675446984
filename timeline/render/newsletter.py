"""Newsletter issues through templates: e-mail HTML, plain text, the .eml, the archive and the feed.

The e-mail HTML is rendered from ``newsletter/issue.html`` and its styles
(``newsletter/email.css``) are inlined with css-inline, ``@media`` rules kept
in ``<head>``. The archive page and the Atom feed (feedgen) list every issue
in the state; entry ids are ``tag:`` URIs with the issue number, so they are
stable and never reused. Each feed entry carries the issue's lead as its
summary and the issue's HTML as its content, links made absolute from
``site_url``.

An issue opens with its lead, then «أبرز التطورات» (each item linked to its
entry), the new days, the figures that changed since the earlier issues
(with the old value), the late reports and the corrections. Its counts
(:class:`IssueCounts`) are computed once, from the render context, and the
e-mail, the plain text, the PDF and the archive all print the same sentence.

Bidi: in the e-mail, runs of their own direction are ``<bdi>`` elements and
dates are Arabic words in a ``nowrap`` span; the plain text has no
invisible bidi controls at all and dates in Arabic words.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional, Sequence

import css_inline
import lxml.html
from feedgen.feed import FeedGenerator
from jinja2 import Environment
from markupsafe import Markup, escape

from timeline.io import Output
from timeline.issue import Correction, IssuePlan, IssueRecord, Shown, issue_folder
from timeline.data import BRIEFING_LANGUAGE, briefing_table
from timeline.render.arabic import count_noun, day_heading, load_display
from timeline.render.context import BriefingContext, RenderOptions, build_context, date_words
from timeline.render.message import build_message

__all__ = ["NewsletterSettings", "render_issue", "render_archive", "subject_of", "message_id_of",
           "IssueCounts", "summary_of", "revised_figures", "shown_rows", "plain_text",
           "FEED_ISSUES"]

#: how many of the newest issues the feed carries (each with its whole HTML)
FEED_ISSUES = 30


def _words() -> dict:
    return briefing_table("newsletter")


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


@dataclass(frozen=True)
class IssueCounts:
    """What an issue holds, counted once: the e-mail, its plain text, its PDF and the
    archive all print :func:`summary_of` of these numbers."""

    entries: Optional[int]     # merged entries (None: an issue published before the state kept it)
    events: int                # the sources' reports (dated sentences) the entries gather
    late: int                  # entries about days before the previous issue
    corrections: int

    @classmethod
    def of(cls, b: BriefingContext, late_days: frozenset[str], corrections: int) -> "IssueCounts":
        return cls(b.stats["entries"], b.stats["events"], sum(d.size for d in b.days if d.date in late_days),
                   corrections)

    @classmethod
    def of_record(cls, r: IssueRecord) -> "IssueCounts":
        return cls(r.entries, r.events, r.late, r.corrections)


def summary_of(counts: IssueCounts) -> str:
    words = _words()["summary"]
    reports = count_noun(counts.events, "report")
    parts = [reports if counts.entries is None
             else words["entries"].format(entries=count_noun(counts.entries, "entry"), reports=reports)]
    if counts.late:
        parts.append(count_noun(counts.late, "late_report"))
    if counts.corrections:
        parts.append(count_noun(counts.corrections, "correction"))
    return words["text"].format(parts="، ".join(parts))


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


@dataclass(frozen=True)
class RevisedView:
    """A figure that changed since an earlier issue: what it was, what it is."""

    date: str
    heading: str
    anchor: str               # the entry's or the day's anchor in this issue
    text: str                 # the words of the line
    scope: str                # "entry" or "day"
    kind: str = ""


def _entry_views(b: BriefingContext) -> dict[tuple[str, int], tuple]:
    """The view of each entry by its day and its place in the day (the views keep the
    timeline's order of days and entries)."""
    return {(d.date, n): (d, e) for d in b.days for n, e in enumerate(d.entries)}


def _figure_words(f) -> str:
    """A figure of an entry as the issue writes it: each report's count, with its claimant
    or outlet when there are several."""
    if len(f.reports) == 1:
        return f.reports[0][1]
    return "، ".join(f"{shown} ({outlet})" for outlet, shown in f.reports)


def shown_rows(plan: IssuePlan, b: BriefingContext) -> list[Shown]:
    """What this issue shows, for the next issues to compare with: each entry (by the
    merged entry's text), its figures, and each day's totals."""
    views = _entry_views(b)
    rows = []
    for day in plan.timeline.days:
        for i, entry in enumerate(day.entries):
            found = views.get((day.date, i))
            if found is None:
                continue
            rows.append(Shown(plan.number, day.date, entry.text, "", 0, ""))
            for f in found[1].figures:
                rows.append(Shown(plan.number, day.date, entry.text, f.kind, f.count, _figure_words(f)))
    for d in b.days:
        for kind, n in d.counts:
            rows.append(Shown(plan.number, d.date, "", kind, n, str(n)))
    return rows


def revised_figures(plan: IssuePlan, b: BriefingContext, month_names: str = "egyptian") -> tuple[RevisedView, ...]:
    """The figures of this issue's entries and days that an earlier issue showed otherwise,
    each with the value the latest earlier issue showed.

    An entry is the same entry when its text is the same, or when it holds the new
    wording of a sentence an earlier entry held (a "revised" correction). A day is
    the same day; its total here counts this issue's reports only, and says so."""
    words = _words()["revised"]
    latest: dict[tuple[str, str, str], Shown] = {}
    entry_texts: set[str] = set()
    for s in plan.shown_before:          # oldest issue first: the latest wins
        latest[(s.day if not s.entry else "", s.entry, s.kind)] = s
        if s.entry and not s.kind:
            entry_texts.add(s.entry)
    rewordings = [(c.text, c.new_text) for c in plan.corrections if c.kind == "revised" and c.new_text]
    views = _entry_views(b)
    out: list[RevisedView] = []
    for day in plan.timeline.days:
        for i, entry in enumerate(day.entries):
            found = views.get((day.date, i))
            if found is None:
                continue
            d, e = found
            before = {entry.text} & entry_texts
            before |= {old for old in entry_texts for was, now in rewordings if was in old and now in entry.text}
            figures = {f.kind: f for f in e.figures}
            for old_text in sorted(before):
                kinds = sorted({k for (_, t, k) in latest if t == old_text and k} | set(figures))
                for kind in kinds:
                    prev = latest.get(("", old_text, kind))
                    now = figures.get(kind)
                    if prev is None or (now is not None and now.count == prev.count):
                        continue
                    label = load_display()["figure_kinds"].get(kind, kind)
                    if now is None:
                        line = words["gone"].format(label=label, old=prev.words, issue=prev.issue)
                    else:
                        line = words["entry"].format(label=label, old=prev.words, issue=prev.issue,
                                                     new=_figure_words(now))
                    out.append(RevisedView(d.date, d.heading, e.anchor, line, "entry", kind))
    by_entry = {(r.date, r.kind) for r in out}
    for d in b.days:
        for kind, n in d.counts:
            prev = latest.get((d.date, "", kind))
            alone = sum(1 for e in d.entries if any(f.kind == kind for f in e.figures)) == 1
            if alone and (d.date, kind) in by_entry:
                continue          # the day's one entry with this figure says it already
            if prev is not None and prev.count != n:
                label = load_display()["figure_kinds"].get(kind, kind)
                out.append(RevisedView(d.date, d.heading, d.anchor,
                                       words["day"].format(label=label, new=n, old=prev.words, issue=prev.issue),
                                       "day", kind))
    return tuple(sorted(out, key=lambda r: (r.date, r.scope != "day", r.anchor, r.text)))


# Bidi in the two parts of the e-mail.
_ISOLATED_DATE = re.compile(r"[\u2066\u2068](\d{4}(?:-W\d{2}|-\d{2}(?:-\d{2})?)?)\u2069")
_ISOLATE = re.compile(r"([\u2066\u2068])([^\u2066-\u2069]*)\u2069")
_BIDI_CONTROLS = re.compile(r"[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")


def plain_text(text: str, month_names: str = "egyptian") -> str:
    """Text for the plain-text part: isolated ISO dates become Arabic dates, and no
    invisible bidi control is left (``less`` and many mail readers print them as codes)."""
    text = _ISOLATED_DATE.sub(lambda m: day_heading(m[1], month_names), str(text))
    return _BIDI_CONTROLS.sub("", text)


def _html_dates(month_names: str) -> Callable[[str], Markup]:
    def date_html(iso: str) -> Markup:
        """A date in Arabic words that never breaks across lines."""
        return Markup('<span class="date">{}</span>').format(date_words(str(iso), month_names))

    def bidi_html(text: str) -> Markup:
        """Text with bidi isolates (U+2066/2068 ... U+2069) as <bdi> elements, isolated
        ISO dates as Arabic dates: mail clients strip or ignore the invisible controls."""
        def run(m: re.Match) -> str:
            inner = escape(m[2])
            return f'<bdi dir="ltr">{inner}</bdi>' if m[1] == "\u2066" else f"<bdi>{inner}</bdi>"

        value = str(text)
        pieces, last = [], 0
        for m in _ISOLATED_DATE.finditer(value):
            pieces.append(_ISOLATE.sub(run, str(escape(value[last:m.start()]))))
            pieces.append(str(date_html(m[1])))
            last = m.end()
        pieces.append(_ISOLATE.sub(run, str(escape(value[last:]))))
        return Markup(_BIDI_CONTROLS.sub("", "".join(pieces)))

    return date_html, bidi_html


def _issue_env(env: Environment, month_names: str) -> Environment:
    date_html, bidi_html = _html_dates(month_names)
    issue_env = env.overlay()
    issue_env.filters = {**env.filters, "plain": lambda t: plain_text(t, month_names),
                         "date_html": date_html, "bidi_html": bidi_html,
                         "date_words": lambda iso: date_words(str(iso), month_names)}
    return issue_env


#: how many places an issue's lead names
LEAD_PLACES = 4


def _lead_with_places(b, words) -> str:
    """The issue's lead, naming the places of what is new (the busiest first)."""
    names = [p.name for p in b.places if p.kind != "country"][:LEAD_PLACES]
    if not names:
        return b.lead
    tail = words["places_lead"].format(places="، ".join(names))
    return f"{b.lead} {tail}" if b.lead else tail


def _inline(html: str) -> str:
    return css_inline.CSSInliner(keep_at_rules=True, load_remote_stylesheets=False).inline(html)


def render_issue(plan: IssuePlan, settings: NewsletterSettings, env: Environment,
                 templates: Optional[Path] = None) -> tuple[list[Output], IssueRecord, list[Shown]]:
    """The files of one issue (paths inside its folder), the record the state will keep,
    and what the issue showed (for the state's ``shown`` table)."""
    words = load_display()["newsletter"]
    subject = subject_of(settings, plan.number, plan.created)
    b = build_context(plan.timeline, RenderOptions(title=subject, month_names=settings.month_names,
                                                   paginate="none", generated=plan.created.date(),
                                                   seen=plan.seen))
    counts = IssueCounts.of(b, plan.late_days, len(plan.corrections))
    summary = summary_of(counts)
    issue = IssueView(plan.number, words["issue"].format(n=plan.number), subject,
                      day_heading(plan.created.date().isoformat(), settings.month_names), summary,
                      settings.url(f"{issue_folder(plan.number)}/index.html"))
    outlets = {a.id: (a.source or a.id) for a in plan.timeline.articles}
    corrections = [_correction_view(c, words, outlets, settings.month_names) for c in plan.corrections]
    values = dict(settings=_settings_view(settings), issue=issue, b=b, words=words, labels=_words(),
                  lead=_lead_with_places(b, words), key_items=b.key_developments,
                  revised=revised_figures(plan, b, settings.month_names),
                  fresh_days=[d for d in b.days if d.date not in plan.late_days],
                  late_list=[d for d in b.days if d.date in plan.late_days],
                  late_days=plan.late_days, corrections=corrections)
    issue_env = _issue_env(env, settings.month_names)
    css = Markup(env.loader.get_source(env, "newsletter/email.css")[0])   # the project's or the user's CSS
    html = _inline(issue_env.get_template("newsletter/issue.html").render(css=css, **values))
    text = issue_env.get_template("newsletter/issue.txt").render(**values)
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

        pdf_env = issue_env.overlay()
        pdf_env.globals = {**issue_env.globals, "newsletter": values}
        result = render_pdf(b, pdf_env, plan.created, templates, template="newsletter/issue-pdf.html")
        outputs.append(Output("issue.pdf", result.data, "pdf"))
    record = IssueRecord(plan.number, plan.created.isoformat(), plan.slot, subject, message_id,
                         counts.events, counts.late, counts.corrections, entries=counts.entries,
                         lead=_lead_with_places(b, words))
    return outputs, record, shown_rows(plan, b)


def _correction_view(c: Correction, words: dict, outlets: dict[str, str], month_names: str) -> CorrectionView:
    note = words[c.kind].format(issue=c.issue, old_date=day_heading(c.old_date, month_names),
                                new_date=day_heading(c.new_date, month_names) if c.new_date else "")
    return CorrectionView(c.kind, c.text, note, outlets.get(c.doc, c.doc))


def _settings_view(settings: NewsletterSettings) -> dict:
    return {"title": settings.name, "archive_url": settings.archive_url, "unsubscribe": settings.unsubscribe}


def render_archive(records: Sequence[IssueRecord], settings: NewsletterSettings, env: Environment,
                   with_pdf: frozenset[int] = frozenset(), folder: Optional[Path] = None) -> list[Output]:
    """``index.html`` and ``feed.atom`` of the newsletter folder, newest issue first.
    ``folder`` (the newsletter folder) is where the feed reads each issue's HTML."""
    words = load_display()["newsletter"]
    views = []
    for r in sorted(records, key=lambda r: r.number, reverse=True):
        created = dt.datetime.fromisoformat(r.created)
        views.append(IssueView(r.number, words["issue"].format(n=r.number), r.subject,
                               day_heading(created.date().isoformat(), settings.month_names),
                               summary_of(IssueCounts.of_record(r)),
                               settings.url(f"{issue_folder(r.number)}/index.html"),
                               issue_folder(r.number), r.number in with_pdf))
    html = env.get_template("newsletter/archive.html").render(settings=_settings_view(settings), issues=views)
    return [Output("index.html", html.encode("utf-8"), "html"),
            Output("feed.atom", _feed(records, views, settings, folder), "feed")]


def feed_content(html: str, base: Optional[str]) -> str:
    """An issue's e-mail HTML as a feed entry's content: what its <body> holds, every
    link made absolute from ``base`` (the issue's address) when there is one."""
    doc = lxml.html.document_fromstring(html)
    if base:
        doc.make_links_absolute(base, resolve_base_href=False)
    body = doc.body
    return (body.text or "") + "".join(lxml.html.tostring(child, encoding="unicode") for child in body)


def _feed(records: Sequence[IssueRecord], views: Sequence[IssueView], settings: NewsletterSettings,
          folder: Optional[Path] = None) -> bytes:
    fg = FeedGenerator()
    first = min((dt.datetime.fromisoformat(r.created) for r in records), default=None)
    year = first.year if first else 2000
    fg.id(f"tag:{settings.list_id},{year}:newsletter")
    fg.title(settings.name)
    fg.language(BRIEFING_LANGUAGE)
    fg.author({"name": settings.name})
    fg.link(href=settings.url("feed.atom") or "feed.atom", rel="self", type="application/atom+xml")
    fg.link(href=settings.archive_url or "index.html", rel="alternate", type="text/html")
    latest = max((dt.datetime.fromisoformat(r.created) for r in records), default=dt.datetime(year, 1, 1, tzinfo=dt.timezone.utc))
    fg.updated(latest)
    by_number = {r.number: r for r in records}
    for view in sorted(views, key=lambda v: v.number)[-FEED_ISSUES:]:
        r = by_number[view.number]
        created = dt.datetime.fromisoformat(r.created)
        fe = fg.add_entry(order="append")
        fe.id(f"tag:{settings.list_id},{year}:issue-{r.number:04d}")
        fe.title(r.subject)
        fe.published(created)
        fe.updated(created)
        fe.link(href=view.web_url or f"{view.folder}/index.html", rel="alternate", type="text/html")
        fe.summary(r.lead or view.summary)
        page = folder / issue_folder(r.number) / "index.html" if folder is not None else None
        if page is not None and page.is_file():
            fe.content(feed_content(page.read_text(encoding="utf-8"), view.web_url), type="html")
    return fg.atom_str(pretty=True)
