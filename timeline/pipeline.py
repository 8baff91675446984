"""One article through the stages: temporal expressions, then events."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from timeline.events.placement import place
from timeline.model import Article, Event, Timex
from timeline.temporal import Tagger, tag_article

__all__ = ["Extraction", "extract"]


@dataclass(frozen=True)
class Extraction:
    article: Article
    timex: tuple[Timex, ...]
    events: tuple[Event, ...]

    def to_json(self) -> dict[str, Any]:
        a = self.article
        return {
            "id": a.id,
            "published": a.published,
            "published_source": a.published_source,
            **({"published_evidence": list(a.published_evidence)} if a.published_evidence else {}),
            **({"language": a.language} if a.language != "ar" else {}),
            "timex": [t.to_json() for t in self.timex],
            "events": [e.to_json() for e in self.events],
        }


def extract(article: Article, tagger: Tagger | None = None) -> Extraction:
    tagger = tagger or Tagger()
    timex = tag_article(article, tagger, roles=True)
    events = place(article.id, article.text, article.dct, timex)
    return Extraction(article, tuple(timex), tuple(events))
