"""The vocabulary of the place annotation under ``places/`` (PLACE-SPEC).

A file there holds, for each article of ``batchN.jsonl``, its place mentions
and the place of each of its gold events, as data:

    from placekit import PA, P, EP

    PA("r-lev-01",
       places=[
           P("قصف على [ريف إدلب]", "area", "SY", 35.8, 36.6, None),
           P("في [حلب] أمس", "city", "SY", 36.20124, 37.16117, 170063),
           P("[روسيا] قصفها", "country", "RU", 60.0, 100.0, 2017370, role="actor"),
       ],
       event_places=[EP(0, "ريف إدلب"), EP(1, None, why="a title does not place its holder")],
       not_places=["[السوري] لحقوق الإنسان"])

``P(ctx, kind, country, lat, lon, geonameid, role=None, occ=None, why="")``:
``ctx`` is a context found once in the text (or at ``occ``, 0-based) with
the mention's span in ``[...]``.  ``EP(i, text, occ=None, why="")``: the
place of the ``i``-th event of the article in ``batchN.jsonl`` (0-based, in
file order), given as the text of one of the article's own non-actor
mentions (``occ`` picks among mentions with that text), or ``None``.
``not_places``: contexts of place-like words that are not mentions, kept
as the annotator's record (checked to occur).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

PLACE_ARTICLES: list["PlaceArticle"] = []
KINDS = ("country", "region", "city", "district", "area", "site")


@dataclass
class Place:
    ctx: str
    kind: str
    country: str
    lat: Optional[float]
    lon: Optional[float]
    geonameid: Optional[int]
    role: Optional[str] = None
    occ: Optional[int] = None
    why: str = ""


@dataclass
class EventPlace:
    event: int
    text: Optional[str]
    occ: Optional[int] = None
    why: str = ""


@dataclass
class PlaceArticle:
    id: str
    places: list[Place]
    event_places: list[EventPlace]
    not_places: list[str] = field(default_factory=list)
    note: str = ""


def P(ctx, kind, country, lat, lon, geonameid=None, role=None, occ=None, why=""):
    return Place(ctx, kind, country, lat, lon, geonameid, role, occ, why)


def EP(event, text, occ=None, why=""):
    return EventPlace(event, text, occ, why)


def PA(id, *, places, event_places, not_places=(), note=""):
    art = PlaceArticle(id, list(places), list(event_places), list(not_places), note)
    PLACE_ARTICLES.append(art)
    return art
