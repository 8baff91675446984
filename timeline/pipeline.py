"""One article through the stages: temporal expressions, then events."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Sequence

from timeline.dating.dateline import Head, read_head
from timeline.events.placement import place
from timeline.events.rules import cues_for
from timeline.model import Article, Event, Timex
from timeline.places import Mention, find_places, gazetteer_of, place_events, words_of
from timeline.temporal import Tagger, tag_article
from timeline.temporal.ranges import Range, find_ranges, lasting
from timeline.text.segment import sentences

__all__ = ["Extraction", "extract", "with_head", "copy_for", "same_content"]


@dataclass(frozen=True)
class Extraction:
    article: Article
    timex: tuple[Timex, ...]
    events: tuple[Event, ...]
    #: what the article's head says (headline, credit, dateline), kept for its copies
    head: Head | None = field(default=None, compare=False, repr=False)
    #: the places the text names (PLACE-SPEC)
    places: tuple[Mention, ...] = ()
    #: the stretches of days the text names whole (TIMEX-SPEC, "Ranges")
    ranges: tuple[Range, ...] = ()

    def to_json(self) -> dict[str, Any]:
        a = self.article
        return {
            "id": a.id,
            "published": a.published,
            "published_source": a.published_source,
            **({"published_evidence": list(a.published_evidence)} if a.published_evidence else {}),
            **({"language": a.language} if a.language != "ar" else {}),
            **({"title": a.title} if a.title else {}),
            **({"source": a.source} if a.source else {}),
            **({"dateline_place": a.dateline_place} if a.dateline_place else {}),
            "timex": [t.to_json() for t in self.timex],
            "ranges": [r.to_json() for r in self.ranges],
            "places": [m.to_json() for m in self.places],
            "events": [e.to_json() for e in self.events],
        }


_WORDS: dict[tuple[int, str], frozenset[str]] = {}


def _table_words(pack, table: str, words_in) -> frozenset[str]:
    """Words of one of the pack's tables (``words_in(table)`` lists them), folded, once per pack;
    none when the pack has no such table."""
    key = (id(pack), table)
    words = _WORDS.get(key)
    if words is None:
        try:
            listed = words_in(pack.table(table))
        except Exception:       # a pack without the table: no words
            listed = []
        words = _WORDS[key] = frozenset(pack.fold(w) for w in listed)
    return words


def _casualty_words(pack) -> frozenset[str]:
    """The pack's words for the dead and the wounded (``events.figures``, killed and injured),
    folded: a statement that says one of them reports an occurrence (PLACE-SPEC)."""
    def listed(t):
        figures = t.get("figures", {})
        return [w for part in ("nouns", "before", "after") for kind in ("killed", "injured")
                for w in figures.get(part, {}).get(kind, [])]
    return _table_words(pack, "events", listed)


def _speech_words(pack) -> frozenset[str]:
    """The pack's reporting verbs (``claims.reporting.verbs``), folded: they open a statement."""
    return _table_words(pack, "claims", lambda t: t.get("reporting", {}).get("verbs", []))


def with_head(article: Article, head: Head | None = None, tagger: Tagger | None = None) -> Article:
    """The article with what its head says where its metadata is silent: the headline line
    as ``title``, the credit's outlet as ``source``, the dateline's city as ``dateline_place``."""
    head = head if head is not None else read_head(article.text, article.language, tagger)
    changes = {}
    if not article.title and head.title:
        changes["title"] = head.title
    if not article.source and head.credit:
        changes["source"] = head.credit
    if not article.dateline_place and head.place:
        changes["dateline_place"] = head.place
    return dataclasses.replace(article, **changes) if changes else article


def extract(article: Article, tagger: Tagger | None = None, *, disabled: Iterable[str] = (),
            places: bool = True) -> Extraction:
    """An article's expressions and events. The text is folded once, by the tagger's
    pack, and that one folding serves the tagger and placement; ``disabled`` names
    placement rules not to try; ``places=False`` leaves the places stage out (PLACE-SPEC)."""
    tagger = tagger or Tagger()
    norm = tagger.pack.normalize(article.text)
    timex = tag_article(article, tagger, roles=True, norm=norm)
    segments = sentences(article.text)
    head = read_head(article.text, article.language, tagger, segments)
    events = place(article.id, article.text, article.dct, timex, segments, head, pack=tagger.pack,
                   disabled=disabled, norm=norm)
    article = with_head(article, head)
    found: tuple[Mention, ...] = ()
    gazetteer = gazetteer_of(tagger.pack) if places and article.language == tagger.pack.lang else None
    if gazetteer is not None:
        found = tuple(find_places(article.text, norm, gazetteer))
        events = place_events(article.text, events, found, article.dateline_place or _head_place(article.text, head, found),
                              tagger.pack.fold,
                              cues_for(tagger.pack), article.dct.isoformat(), _speech_words(tagger.pack),
                              words_of(gazetteer), _casualty_words(tagger.pack))
    ranges = tuple(find_ranges(article.text, norm, timex, tagger.pack))
    events = lasting(events, ranges, timex, norm, tagger.pack)
    return Extraction(article, tuple(timex), tuple(events), head, found, ranges)


_HEAD_DASH = re.compile(r"\s*[-–—]")


def _head_place(text: str, head: Head, found: Sequence[Mention]) -> str | None:
    """A head line that opens with a place and a dash (``النجف - سعدون الجابري``): a dateline
    with no date, whose place is the report's when nothing nearer is given."""
    if not head.lines or not found:
        return None
    first = found[0]
    line_end = head.lines[0][1]
    if first.role is None and not text[:first.start].strip() and first.end < line_end \
            and _HEAD_DASH.match(text, first.end):
        return first.text
    return None


def same_content(article: Article) -> tuple[str, str, str]:
    """What an extraction depends on: two articles alike in these (one agency report
    under two outlets' ids) have the same expressions and events."""
    return (article.text, article.published, article.language)


def copy_for(ex: Extraction, article: Article) -> Extraction:
    """The extraction of ``article``, whose ``same_content`` is that of ``ex``'s: the same
    expressions and events under its own id, and its own metadata (the head filling in
    what the metadata leaves out, as ``extract`` does)."""
    if same_content(article) != same_content(ex.article):
        raise ValueError(f"{article.id}: not the text, date and language of {ex.article.id}")
    events = ex.events if article.id == ex.article.id else tuple(dataclasses.replace(e, doc=article.id)
                                                                    for e in ex.events)
    return Extraction(with_head(article, ex.head) if ex.head is not None else article, ex.timex, events, ex.head,
                      ex.places, ex.ranges)
