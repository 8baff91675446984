"""The period's map: inline SVG that works offline and without JavaScript.

Country outlines are Natural Earth's (``timeline/data/geo/countries-50m.json``,
TopoJSON from the ``world-atlas`` package), decoded here and projected
equirectangularly around the places of the period; one marker per place,
sized by its number of entries, each a link to that place's entries in the
places index. The map frames the places where most entries happened (within
``FRAME_KM`` of their weighted middle); places beyond are listed under the map.
Coordinates are rounded, so the same places give byte-identical SVG.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from markupsafe import Markup, escape

from timeline.places.score import distance_km
from timeline.resources import package_path

__all__ = ["MapPlace", "map_svg", "FRAME_KM"]

#: how far from the middle of the period's places the map reaches
FRAME_KM = 1500.0
WIDTH = 640.0
MAX_HEIGHT = 520.0
#: a map spans at least this many degrees (one city's places still show their country)
MIN_SPAN = 3.0
#: colours, as presentation attributes (the PDF renderer draws inline SVG without the page's CSS)
SEA, LAND, BORDER, MARKER = "#eef4f7", "#f7f5ef", "#a9b4ba", "#b03a2e"
#: the least width-to-height ratio of the frame
ASPECT = 1.4
#: labels closer than this (pixels) to a larger labelled place are left out
LABEL_GAP = 16.0


@dataclass(frozen=True)
class MapPlace:
    anchor: str      # the places index's anchor of this place
    name: str
    lat: float
    lon: float
    count: int       # its entries


@lru_cache(maxsize=1)
def _outlines() -> tuple[tuple[tuple[float, float, float, float], tuple[tuple[tuple[float, float], ...], ...]], ...]:
    """Every country as (bounding box, rings of (lon, lat))."""
    path = package_path("timeline", "data", "geo", "countries-50m.json")
    topo = json.loads(path.read_text(encoding="utf-8"))
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)

    def ring(indices):
        pts: list[tuple[float, float]] = []
        for i in indices:
            seg = arcs[i] if i >= 0 else arcs[~i][::-1]
            pts.extend(seg[1:] if pts else seg)
        return tuple(pts)

    out = []
    for g in topo["objects"]["countries"]["geometries"]:
        polys = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]] if g["type"] == "Polygon" else []
        rings = tuple(ring(r) for poly in polys for r in poly)
        if not rings:
            continue
        lons = [p[0] for r in rings for p in r]
        lats = [p[1] for r in rings for p in r]
        out.append(((min(lons), min(lats), max(lons), max(lats)), rings))
    return tuple(out)


def _frame(places: Sequence[MapPlace]) -> tuple[list[MapPlace], list[MapPlace]]:
    """The places on the map, and those too far from the others."""
    total = sum(p.count for p in places)
    lat0 = sum(p.lat * p.count for p in places) / total
    lon0 = sum(p.lon * p.count for p in places) / total
    # the middle of the busiest place's neighbourhood, so one far place does not pull it away
    busiest = max(places, key=lambda p: (p.count, -p.lat, p.lon))
    if distance_km(lat0, lon0, busiest.lat, busiest.lon) > FRAME_KM:
        lat0, lon0 = busiest.lat, busiest.lon
    inside = [p for p in places if distance_km(lat0, lon0, p.lat, p.lon) <= FRAME_KM]
    return inside, [p for p in places if p not in inside]


def map_svg(places: Sequence[MapPlace], *, words: bool = True, caption: str = "") -> tuple[Markup, tuple[MapPlace, ...]]:
    """The map of ``places`` (those with a point), and the places too far from the others to
    be on it; empty Markup when no place has a point."""
    places = [p for p in places if p.lat is not None and p.lon is not None and p.count > 0]
    if not places:
        return Markup(""), ()
    inside, outside = _frame(places)
    lats = [p.lat for p in inside]
    lons = [p.lon for p in inside]
    south, north, west, east = min(lats), max(lats), min(lons), max(lons)
    pad_lat = max((north - south) * 0.25, (MIN_SPAN - (north - south)) / 2, 0.5)
    pad_lon = max((east - west) * 0.25, (MIN_SPAN - (east - west)) / 2, 0.5)
    south, north, west, east = south - pad_lat, north + pad_lat, west - pad_lon, east + pad_lon
    k = math.cos(math.radians((south + north) / 2))
    span_x, span_y = (east - west) * k, north - south
    if span_x < span_y * ASPECT:          # a narrow frame widens to a landscape one
        extra = (span_y * ASPECT - span_x) / k / 2
        west, east = west - extra, east + extra
        span_x = (east - west) * k
    scale = min(WIDTH / span_x, MAX_HEIGHT / span_y)
    width, height = round(span_x * scale, 1), round(span_y * scale, 1)

    def xy(lon: float, lat: float) -> tuple[float, float]:
        return round((lon - west) * k * scale, 1), round((north - lat) * scale, 1)

    paths = []
    for (minx, miny, maxx, maxy), rings in _outlines():
        if maxx < west or minx > east or maxy < south or miny > north:
            continue
        d = []
        for r in rings:
            pts, last = [], None
            for lon, lat in r:
                p = xy(lon, lat)
                if last is None or abs(p[0] - last[0]) + abs(p[1] - last[1]) >= 0.8:
                    pts.append(p)
                    last = p
            if len(pts) >= 3:
                d.append("M" + "L".join(f"{x:g},{y:g}" for x, y in pts) + "Z")
        if d:
            paths.append(f'<path class="land" fill="{LAND}" stroke="{BORDER}" stroke-width="0.6" d="{"".join(d)}"/>')
    most = max(p.count for p in inside)
    marks = []
    for p in sorted(inside, key=lambda p: (-p.count, p.anchor)):
        x, y = xy(p.lon, p.lat)
        r = round(3 + 9 * math.sqrt(p.count / most), 1)
        title = escape(f"{p.name}: {p.count}")
        marks.append(f'<a href="#{escape(p.anchor)}"><circle class="marker" cx="{x:g}" cy="{y:g}" r="{r:g}" fill="{MARKER}" '
                     f'fill-opacity="0.75" stroke="#ffffff" stroke-width="1">'
                     f'<title>{title}</title></circle></a>')
    labels = []
    if words:
        placed: list[tuple[float, float]] = []
        for p in sorted(inside, key=lambda p: (-p.count, p.anchor)):
            if len(placed) == 8:
                break
            x, y = xy(p.lon, p.lat)
            if any(abs(x - a) < LABEL_GAP * 3 and abs(y - b) < LABEL_GAP for a, b in placed):
                continue
            placed.append((x, y))
            r = 3 + 9 * math.sqrt(p.count / most)
            labels.append(f'<text class="place-label" x="{x - r - 3:g}" y="{y + 4:g}" text-anchor="start">'
                          f'{escape(p.name)}</text>')
    label = escape(caption) if caption else "خريطة الأماكن"
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" class="map" overflow="hidden" viewBox="0 0 {width:g} {height:g}" '
           f'width="{width:g}" height="{height:g}" role="group" aria-label="{label}">'
           f'<rect class="sea" fill="{SEA}" width="{width:g}" height="{height:g}"/>{"".join(paths)}'
           f'{"".join(marks)}{"".join(labels)}</svg>')
    return Markup(svg), tuple(outside)
