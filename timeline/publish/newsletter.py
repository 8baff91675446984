"""Scheduled newsletter issues: only what is new, never twice, never half.

One run (``publish``):

1. take the lock next to the state file (a second run waits for it, up to a
   timeout, then gives up with a clear message);
2. recover: remove what a killed run left (temporary folders, an issue
   folder the state never recorded) and rewrite the archive and feed from
   the state;
3. plan: read the whole archive, extract only the articles that are new or
   whose content changed, and compare their events with the state: events
   never published are the issue; events about days before the previous
   issue are late reports; an edited article's events that changed date or
   disappeared are corrections;
4. render the issue in memory, write it into a temporary folder, rename it
   into place (``newsletter/NNNN``), rewrite the archive page and the feed;
5. commit the state in one transaction, only now;
6. optionally send every issue not sent yet (``--send``), marking each sent.

A run killed anywhere before 5 leaves no issue the state knows of, and the
next run removes the partial files and makes the issue again, whole. A run
killed after 5 has published; only the sending is left, and the next
``--send`` run does it.

Named checkpoints (``timeline.publish.checkpoints``) mark the steps: no-ops
in production; the crash tests hook into them to stop a real process at
each step and kill it there.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
from collections import Counter
from pathlib import Path
from typing import Callable, Optional, Sequence

from filelock import FileLock

from timeline.issue import Correction, IssuePlan
from timeline.merge.build import build_timeline
from timeline.model import Article, Event, InputError
from timeline.pipeline import Extraction, extract
from timeline.publish.locking import LockBusy, take_lock
from timeline.publish.state import PublishedEvent, State
from timeline.temporal import Tagger
from timeline.values import period_end

__all__ = ["plan_issue", "event_key", "article_hash", "slot_of", "LockBusy", "locked", "recover"]


def locked(state_path: Path, timeout: float) -> FileLock:
    return take_lock(str(state_path) + ".lock", timeout, "another newsletter run")


def article_hash(a: Article) -> str:
    """What makes an article "the same": its text, date and metadata."""
    payload = json.dumps([a.published, a.title, a.source, a.url, a.text], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def event_key(doc: str, text: str, occurrence: int) -> str:
    """A stable identity for an event: its article, its words, and which repeat of them it is
    (offsets change when an article is edited; the sentence does not)."""
    words = " ".join(text.split())
    return hashlib.sha256(f"{doc}\0{words}\0{occurrence}".encode("utf-8")).hexdigest()[:24]


def keyed_events(ex: Extraction) -> list[tuple[str, Event]]:
    seen: Counter[str] = Counter()
    out = []
    for e in ex.events:
        if e.date is None:
            continue
        words = " ".join(e.text.split())
        out.append((event_key(ex.article.id, e.text, seen[words]), e))
        seen[words] += 1
    return out


#: share of words two versions of a sentence have in common to count as one sentence, revised
REVISED_OVERLAP = 0.6


def _closest(text: str, candidates: Sequence[Event]) -> Optional[Event]:
    words = set(text.split())
    best, best_score = None, REVISED_OVERLAP
    for e in candidates:
        other = set(e.text.split())
        score = len(words & other) / max(1, len(words | other))
        if score >= best_score:
            best, best_score = e, score
    return best


def slot_of(now: dt.datetime, period: str) -> str:
    """The period an issue is for: the day (daily) or the ISO week (weekly) of ``now``."""
    day = now.date()
    if period == "daily":
        return day.isoformat()
    if period == "weekly":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    raise ValueError(f"unknown period {period!r}")


def plan_issue(articles: Sequence[Article], state: State, now: dt.datetime, period: str,
               tagger: Optional[Tagger] = None,
               progress: Optional[Callable[[Sequence[Article]], Sequence[Article]]] = None,
               ) -> tuple[Optional[IssuePlan], str]:
    """The next issue, or None and why there is none."""
    known = state.article_hashes()
    hashes = {a.id: article_hash(a) for a in articles}
    changed = [a for a in articles if known.get(a.id) != hashes[a.id]]
    last = state.last_issue()
    slot = slot_of(now, period)
    if not changed:
        return None, "nothing new since " + (f"issue {last.number}" if last else "the start")
    if last is not None and last.slot == slot:
        return None, (f"issue {last.number} already covers {slot}; "
                      f"{len(changed)} new or changed articles wait for the next {period} issue")
    if last is not None and len(slot) == len(last.slot) and slot < last.slot:
        raise InputError(f"--now {now.isoformat()} is before the last issue ({last.number}, {last.slot})")
    tagger = tagger or Tagger()
    todo = progress(changed) if progress else changed
    extractions = [extract(a, tagger) for a in todo]

    published = state.events()
    by_doc: dict[str, list[PublishedEvent]] = {}
    for p in published.values():
        by_doc.setdefault(p.doc, []).append(p)
    number = (last.number if last else 0) + 1
    new_events, redated, withdrawn, corrections = [], [], [], []
    fresh: list[Extraction] = []
    for ex in extractions:
        current = keyed_events(ex)
        keep = []
        for key, e in current:
            before = published.get(key)
            if before is None or before.withdrawn_issue is not None:
                keep.append(e)
                new_events.append((key, ex.article.id, e.date, e.text))
            elif before.date != e.date:
                redated.append((key, e.date))
                corrections.append(Correction("redated", ex.article.id, e.text, before.date, e.date, before.issue))
        if ex.article.id in known:           # an edited article: what it no longer says
            keys = {k for k, _ in current}
            added = [e for e in keep]
            for p in by_doc.get(ex.article.id, []):
                if p.withdrawn_issue is None and p.key not in keys:
                    withdrawn.append(p.key)
                    successor = _closest(p.text, added)
                    if successor is not None:    # the same sentence, reworded
                        added.remove(successor)
                        corrections.append(Correction("revised", p.doc, p.text, p.date, successor.date, p.issue,
                                                      successor.text))
                    else:
                        corrections.append(Correction("withdrawn", p.doc, p.text, p.date, None, p.issue))
        fresh.append(Extraction(ex.article, ex.timex, tuple(keep)))
    if not new_events and not corrections:
        return None, f"nothing new to publish ({len(changed)} articles read, no new dated events)"
    timeline = build_timeline([x for x in fresh if x.events])
    cutoff = dt.datetime.fromisoformat(last.created).date() if last else None
    late = frozenset(d.date for d in timeline.days if cutoff and period_end(d.date) < cutoff)
    plan = IssuePlan(
        number=number, created=now, slot=slot, previous=last, timeline=timeline, late_days=late,
        corrections=tuple(sorted(corrections, key=lambda c: (c.old_date, c.doc, c.text))),
        articles=tuple(sorted((a.id, hashes[a.id], a.published) for a in changed)),
        new_events=tuple(new_events), redated=tuple(redated), withdrawn=tuple(withdrawn),
        shown_before=tuple(state.shown()),
    )
    return plan, ""


#: the empty file in an issue folder that is staged or renamed but not yet in the state
UNCOMMITTED = ".uncommitted"


class UnknownIssues(InputError):
    """Issue folders the state does not know (a new, emptied or wrong state file)."""


def recover(folder: Path, state: State, state_path: Path | str = "the state") -> list[Path]:
    """Remove what a killed run left in ``folder`` (the newsletter folder): the
    staging folders and the issue folders it made and never committed, which
    carry the :data:`UNCOMMITTED` marker. Returns what was removed.

    Nothing without the marker is ever removed: an issue folder the state does
    not know (a missing or emptied state beside published issues) stops the
    run with :class:`UnknownIssues`, before anything is written."""
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    last = state.last_issue()
    committed = last.number if last else 0
    unknown = []
    for path in sorted(folder.iterdir()):
        ours = path.is_dir() and (path / UNCOMMITTED).is_file()
        if path.name.startswith(".tmp-") and ours:
            shutil.rmtree(path)
            removed.append(path)
        elif path.is_dir() and path.name.isdigit():
            if int(path.name) <= committed:
                if ours:    # killed after the state's commit, before the marker went
                    (path / UNCOMMITTED).unlink()
            elif ours:
                shutil.rmtree(path)
                removed.append(path)
            else:
                unknown.append(path.name)
    if unknown:
        known = f"knows issues up to {committed:04d}" if committed else "knows no issue"
        raise UnknownIssues(f"{state_path}: {known}, but {folder} holds issue{'s' if len(unknown) > 1 else ''} "
                            f"{', '.join(unknown)}; refusing to touch them (point --state at the state that "
                            "published them)")
    return removed
