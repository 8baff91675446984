"""One article through the stages: temporal expressions, then events."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from timeline.events.placement import place
from timeline.model import Article, Event, Timex
from timeline.temporal import Tagger

__all__ = ["Extraction", "extract"]


@dataclass(frozen=True)
class Extraction:
    article: Article
    timex: tuple[Timex, ...]
    events: tuple[Event, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.article.id,
            "published": self.article.published,
            "timex": [t.to_json() for t in self.timex],
            "events": [e.to_json() for e in self.events],
        }


def extract(article: Article, tagger: Tagger | None = None) -> Extraction:
    tagger = tagger or Tagger()
    timex = tagger.tag(article.text, article.dct, roles=True)
    events = place(article.id, article.text, article.dct, timex)
    return Extraction(article, tuple(timex), tuple(events))
