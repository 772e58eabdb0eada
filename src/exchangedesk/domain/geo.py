"""The geometry of the partnership map: country outlines, the Equal Earth projection, great-circle
lines between partner cities, and which country a point lies in.

Pure Python, no Qt: the window, the PNG and the PDF all draw what this module computes.

* **TopoJSON** (the shipped Natural Earth 1:110m outlines, ``resources/map``): arcs are
  quantized and delta-encoded; a negative arc index ``~i`` means arc ``i`` reversed.
* **Equal Earth** (Šavrič, Patterson & Jenny 2018, *IJGIS* 33(3)): an equal-area
  pseudocylindrical projection, so no country looks bigger than it is. Unit sphere: x spans
  ±2.7066, y ±1.3173.
* **Antimeridian**: a ring or line crossing ±180° is cut there, so Russia, Fiji and Antarctica
  draw without a streak across the whole map.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

LonLat = tuple[float, float]  # degrees
Point = tuple[float, float]  # projected, unit sphere
Ring = list[LonLat]

# --- Equal Earth ---------------------------------------------------------------------------

_A1, _A2, _A3, _A4 = 1.340264, -0.081106, 0.000893, 0.003796
_M = math.sqrt(3.0) / 2.0


def equal_earth(lon: float, lat: float) -> Point:
    """Equal Earth of a longitude and latitude in degrees, on the unit sphere; y grows north."""
    lam = math.radians(lon)
    theta = math.asin(_M * math.sin(math.radians(lat)))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = lam * math.cos(theta) / (_M * (_A1 + 3 * _A2 * t2 + t6 * (7 * _A3 + 9 * _A4 * t2)))
    y = theta * (_A1 + _A2 * t2 + t6 * (_A3 + _A4 * t2))
    return x, y


MAP_WIDTH = 2 * equal_earth(180.0, 0.0)[0]
MAP_HEIGHT = 2 * equal_earth(0.0, 90.0)[1]


# --- TopoJSON -----------------------------------------------------------------------------


@dataclass(frozen=True)
class CountryShape:
    """One country: its rings (outer and holes alike, in degrees) and its ISO numeric id."""

    name: str
    iso_numeric: str | None  # "276"; N. Cyprus, Somaliland and Kosovo have none
    polygons: tuple[tuple[Ring, ...], ...]  # each polygon: outer ring, then holes

    def rings(self) -> Iterable[Ring]:
        for polygon in self.polygons:
            yield from polygon


def decode_arcs(topology: dict) -> list[Ring]:
    """Every arc in longitude/latitude: undo the delta encoding, then the quantization."""
    transform = topology.get("transform")
    sx, sy = transform["scale"] if transform else (1.0, 1.0)
    tx, ty = transform["translate"] if transform else (0.0, 0.0)
    arcs: list[Ring] = []
    for arc in topology["arcs"]:
        x = y = 0
        points: Ring = []
        for position in arc:
            if transform:
                x += position[0]
                y += position[1]
                points.append((x * sx + tx, y * sy + ty))
            else:
                points.append((float(position[0]), float(position[1])))
        arcs.append(points)
    return arcs


def _ring(arcs: list[Ring], indices: Sequence[int]) -> Ring:
    ring: Ring = []
    for index in indices:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        # Consecutive arcs share their end point; keep it once.
        ring.extend(arc if not ring else arc[1:])
    return ring


def decode_countries(topology: dict, object_name: str = "countries") -> list[CountryShape]:
    arcs = decode_arcs(topology)
    countries = []
    for geometry in topology["objects"][object_name]["geometries"]:
        kind = geometry.get("type")
        if kind == "Polygon":
            polygons = [geometry["arcs"]]
        elif kind == "MultiPolygon":
            polygons = geometry["arcs"]
        else:
            continue
        shapes = tuple(tuple(_ring(arcs, ring) for ring in polygon) for polygon in polygons)
        name = (geometry.get("properties") or {}).get("name", "")
        countries.append(CountryShape(name, geometry.get("id"), shapes))
    return countries


def load_countries(path: Path) -> list[CountryShape]:
    return decode_countries(json.loads(path.read_text(encoding="utf-8")))


# --- the antimeridian ----------------------------------------------------------------------


def split_at_antimeridian(line: Sequence[LonLat]) -> list[Ring]:
    """Cut a line (or an outline's ring) wherever it jumps across ±180°: each piece ends on the
    meridian at the latitude where the crossing happens, so nothing is drawn across the map."""
    if not line:
        return []
    pieces: list[Ring] = [[line[0]]]
    for (lon0, lat0), (lon1, lat1) in zip(line, line[1:], strict=False):
        if abs(lon1 - lon0) > 180.0:
            # The short way round crosses the antimeridian: find the latitude there.
            east = lon0 > 0  # going from the east edge to the west edge
            edge = 180.0 if east else -180.0
            unwrapped = lon1 + 360.0 if east else lon1 - 360.0
            share = (edge - lon0) / (unwrapped - lon0) if unwrapped != lon0 else 0.5
            lat = lat0 + share * (lat1 - lat0)
            pieces[-1].append((edge, lat))
            pieces.append([(-edge, lat)])
        pieces[-1].append((lon1, lat1))
    return [piece for piece in pieces if len(piece) > 1]


def split_ring_at_antimeridian(ring: Sequence[LonLat]) -> list[Ring]:
    """As :func:`split_at_antimeridian`, for a closed ring: the piece it ends with and the one
    it starts with lie on the same side and are one piece, joined at the ring's first point."""
    pieces = split_at_antimeridian(ring)
    if len(pieces) > 2 and ring[0] == ring[-1]:
        pieces[0] = pieces.pop()[:-1] + pieces[0]
    return pieces


# --- great circles -------------------------------------------------------------------------


def angular_distance(a: LonLat, b: LonLat) -> float:
    """Central angle between two points, in radians (haversine: sound for short distances)."""
    lon1, lat1, lon2, lat2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * math.asin(min(1.0, math.sqrt(h)))


def great_circle(a: LonLat, b: LonLat, step_degrees: float = 3.0) -> Ring:
    """Points along the shorter great circle from a to b, about every ``step_degrees``.
    Neighbouring towns get two points: at that length the arc is a straight line."""
    distance = angular_distance(a, b)
    count = max(1, math.ceil(math.degrees(distance) / step_degrees))
    if count == 1 or distance < 1e-9:
        return [a, b]
    lon1, lat1, lon2, lat2 = map(math.radians, (*a, *b))
    c1, c2 = math.cos(lat1), math.cos(lat2)
    x1, y1, z1 = c1 * math.cos(lon1), c1 * math.sin(lon1), math.sin(lat1)
    x2, y2, z2 = c2 * math.cos(lon2), c2 * math.sin(lon2), math.sin(lat2)
    sin_d = math.sin(distance)
    points: Ring = [a]
    for i in range(1, count):
        f = i / count
        wa = math.sin((1 - f) * distance) / sin_d
        wb = math.sin(f * distance) / sin_d
        x, y, z = wa * x1 + wb * x2, wa * y1 + wb * y2, wa * z1 + wb * z2
        points.append(
            (math.degrees(math.atan2(y, x)), math.degrees(math.atan2(z, math.hypot(x, y))))
        )
    points.append(b)
    return points


def projected_route(a: LonLat, b: LonLat) -> list[list[Point]]:
    """The great circle from a to b on the map: one polyline, or two when it crosses ±180°."""
    return [[equal_earth(*p) for p in piece] for piece in split_at_antimeridian(great_circle(a, b))]


def projected_outline(country: CountryShape) -> list[list[Point]]:
    """A country's rings on the map, each cut at the antimeridian."""
    return [
        [equal_earth(*p) for p in piece]
        for ring in country.rings()
        for piece in split_ring_at_antimeridian(ring)
    ]


# --- hit test ------------------------------------------------------------------------------


def _in_ring(lon: float, lat: float, ring: Ring) -> bool:
    inside = False
    j = len(ring) - 1
    for i in range(len(ring)):
        xi, yi = ring[i]
        xj, yj = ring[j]
        if (yi > lat) != (yj > lat) and lon < (xj - xi) * (lat - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def contains(country: CountryShape, lon: float, lat: float) -> bool:
    """Even-odd rule over every ring: inside the outer ring and not in a hole. The 110m rings
    close on ±180° (Russia, Fiji), so testing in degrees is sound."""
    return any(
        sum(_in_ring(lon, lat, ring) for ring in polygon) % 2 == 1 for polygon in country.polygons
    )


def country_at(countries: Iterable[CountryShape], lon: float, lat: float) -> CountryShape | None:
    for country in countries:
        if contains(country, lon, lat):
            return country
    return None
