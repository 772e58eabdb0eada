"""The partnership map worked out once, ready to draw: outlines and routes projected (Equal Earth,
unit sphere, y growing north), lines grouped by status and weight, the same lines summed by
country pair for a zoomed-out view of a federation, and a grid to find the line under the mouse.

The window (ui/partnerships/map_view.py), the PNG and the PDF (reports/partnership_map.py) all
draw a :class:`MapScene`; the style table here is the one legend they share.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from exchangedesk.domain import geo
from exchangedesk.domain.enums import PartnershipStatus
from exchangedesk.reports.data.partnership_map import MapLine, MapPlace, PartnershipMap

Polyline = list[geo.Point]


@dataclass(frozen=True)
class StatusStyle:
    colour: str  # Okabe–Ito: told apart with every common colour-vision deficiency
    dash: tuple[float, ...]  # in line widths; () is solid, so colour is never the only cue
    label: str


STATUS_STYLES: dict[PartnershipStatus, StatusStyle] = {
    PartnershipStatus.ACTIVE: StatusStyle("#009E73", (), "Active"),
    PartnershipStatus.LETTER_OF_INTENT: StatusStyle("#0072B2", (4, 2), "Letter of intent"),
    PartnershipStatus.PROPOSED: StatusStyle("#CC79A7", (1, 2), "Proposed"),
    PartnershipStatus.SUSPENDED: StatusStyle("#E69F00", (6, 2, 1, 2), "Suspended"),
    PartnershipStatus.TERMINATED: StatusStyle("#D55E00", (2, 3), "Terminated"),
}
# Drawn in this order: what still lives goes on top.
DRAW_ORDER = (
    PartnershipStatus.TERMINATED,
    PartnershipStatus.SUSPENDED,
    PartnershipStatus.PROPOSED,
    PartnershipStatus.LETTER_OF_INTENT,
    PartnershipStatus.ACTIVE,
)

# Line width (device pixels) by the number of things done together in the recent years.
WEIGHTS = ((0, 1.0), (1, 1.8), (3, 2.6), (10, 3.6))

# Above this many lines a whole-world view sums them by country pair (readable, and fast).
AGGREGATE_ABOVE = 3000


def weight_of(activity: int) -> float:
    width = WEIGHTS[0][1]
    for least, w in WEIGHTS:
        if activity >= least:
            width = w
    return width


@dataclass(frozen=True)
class CountryOutline:
    name: str
    iso_numeric: str | None
    rings: tuple[Polyline, ...]


@lru_cache(maxsize=1)
def world() -> tuple[tuple[geo.CountryShape, ...], tuple[CountryOutline, ...]]:
    """The shipped outlines, decoded and projected once per process."""
    from exchangedesk.paths import resource

    shapes = tuple(geo.load_countries(resource("map", "world-countries-110m.topojson.json")))
    outlines = tuple(
        CountryOutline(s.name, s.iso_numeric, tuple(geo.projected_outline(s))) for s in shapes
    )
    return shapes, outlines


@dataclass
class PairLine:
    """Every partnership of one status between two countries, as one line between the mean
    positions of their cities."""

    countries: tuple[str, str]
    status: PartnershipStatus
    count: int
    pieces: list[Polyline]


@dataclass
class MapScene:
    data: PartnershipMap
    outlines: tuple[CountryOutline, ...]
    # status -> width -> polylines (every line of that status and weight, in one path)
    routes: dict[PartnershipStatus, dict[float, list[Polyline]]]
    line_pieces: list[list[Polyline]]  # per line, in data.lines order
    pairs: list[PairLine]
    cities: list[geo.Point]
    home: geo.Point | None
    _grid: dict[tuple[int, int], list[tuple[int, int, int]]] | None = field(default=None)

    @property
    def aggregated_by_default(self) -> bool:
        return len(self.data.lines) > AGGREGATE_ABOVE

    # --- finding the line under the mouse --------------------------------------------------

    _CELL = 0.04  # unit-sphere map units; the world is 5.4 wide

    def _cells(self, x0: float, y0: float, x1: float, y1: float) -> Iterator[tuple[int, int]]:
        c = self._CELL
        for i in range(math.floor(min(x0, x1) / c), math.floor(max(x0, x1) / c) + 1):
            for j in range(math.floor(min(y0, y1) / c), math.floor(max(y0, y1) / c) + 1):
                yield i, j

    def _build_grid(self) -> dict[tuple[int, int], list[tuple[int, int, int]]]:
        grid: dict[tuple[int, int], list[tuple[int, int, int]]] = defaultdict(list)
        for line_index, pieces in enumerate(self.line_pieces):
            for piece_index, piece in enumerate(pieces):
                for k in range(len(piece) - 1):
                    (x0, y0), (x1, y1) = piece[k], piece[k + 1]
                    for cell in self._cells(x0, y0, x1, y1):
                        grid[cell].append((line_index, piece_index, k))
        return grid

    def line_near(self, x: float, y: float, tolerance: float) -> MapLine | None:
        """The partnership whose route passes nearest (x, y), within ``tolerance`` map units."""
        if self._grid is None:
            self._grid = self._build_grid()
        best, best_distance = None, tolerance
        seen: set[tuple[int, int, int]] = set()
        for cell in self._cells(x - tolerance, y - tolerance, x + tolerance, y + tolerance):
            for key in self._grid.get(cell, ()):
                if key in seen:
                    continue
                seen.add(key)
                line_index, piece_index, k = key
                piece = self.line_pieces[line_index][piece_index]
                distance = _segment_distance(x, y, piece[k], piece[k + 1])
                if distance <= best_distance:
                    best, best_distance = line_index, distance
        return self.data.lines[best] if best is not None else None

    def pair_near(self, x: float, y: float, tolerance: float) -> PairLine | None:
        best, best_distance = None, tolerance
        for pair in self.pairs:
            for piece in pair.pieces:
                for k in range(len(piece) - 1):
                    distance = _segment_distance(x, y, piece[k], piece[k + 1])
                    if distance <= best_distance:
                        best, best_distance = pair, distance
        return best

    def country_at(self, x: float, y: float) -> str | None:
        """The name of the country at a map point (found by longitude/latitude)."""
        lonlat = inverse_equal_earth(x, y)
        if lonlat is None:
            return None
        shape = geo.country_at(world()[0], *lonlat)
        return shape.name if shape is not None else None


def _segment_distance(px: float, py: float, a: geo.Point, b: geo.Point) -> float:
    (ax, ay), (bx, by) = a, b
    dx, dy = bx - ax, by - ay
    length = dx * dx + dy * dy
    t = 0.0 if length == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length))
    return math.hypot(px - ax - t * dx, py - ay - t * dy)


def inverse_equal_earth(x: float, y: float) -> tuple[float, float] | None:
    """Longitude and latitude of a map point (Newton on θ, as in the paper), None off the map."""
    if abs(y) > geo.MAP_HEIGHT / 2:
        return None
    a1, a2, a3, a4 = 1.340264, -0.081106, 0.000893, 0.003796
    theta = y / a1
    for _ in range(12):
        t2 = theta * theta
        t6 = t2 * t2 * t2
        fy = theta * (a1 + a2 * t2 + t6 * (a3 + a4 * t2)) - y
        fpy = a1 + 3 * a2 * t2 + t6 * (7 * a3 + 9 * a4 * t2)
        step = fy / fpy
        theta -= step
        if abs(step) < 1e-12:
            break
    t2 = theta * theta
    t6 = t2 * t2 * t2
    m = math.sqrt(3.0) / 2.0
    lam = m * x * (a1 + 3 * a2 * t2 + t6 * (7 * a3 + 9 * a4 * t2)) / math.cos(theta)
    if abs(lam) > math.pi:
        return None
    return math.degrees(lam), math.degrees(math.asin(math.sin(theta) / m))


def build_scene(data: PartnershipMap) -> MapScene:
    """Project everything once; drawing afterwards only strokes ready-made paths."""
    routes: dict[PartnershipStatus, dict[float, list[Polyline]]] = {
        s: defaultdict(list) for s in DRAW_ORDER
    }
    line_pieces: list[list[Polyline]] = []
    # Many partnerships share a pair of cities' positions only rarely, but countries often:
    # the sums by country pair are built from the same pass.
    country_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    pair_counts: dict[tuple[str, str, PartnershipStatus], int] = defaultdict(int)
    cities: dict[int, geo.Point] = {}
    for line in data.lines:
        a, b = line.city_a, line.city_b
        pieces = geo.projected_route((a.longitude, a.latitude), (b.longitude, b.latitude))
        line_pieces.append(pieces)
        routes[line.status][weight_of(line.activity)].extend(pieces)
        for place in (a, b):
            if place.city_id not in cities:
                cities[place.city_id] = geo.equal_earth(place.longitude, place.latitude)
                country_points[place.country_code].append((place.longitude, place.latitude))
        first, second = sorted((a.country_code, b.country_code))
        if first != second:
            pair_counts[(first, second, line.status)] += 1
    centres = {code: _centre(points) for code, points in country_points.items()}
    pairs = [
        PairLine(
            (first, second), status, count, geo.projected_route(centres[first], centres[second])
        )
        for (first, second, status), count in pair_counts.items()
    ]
    home = _projected(data.home)
    if data.home is not None:
        cities.pop(data.home.city_id, None)
    return MapScene(
        data=data,
        outlines=world()[1],
        routes={s: dict(w) for s, w in routes.items()},
        line_pieces=line_pieces,
        pairs=pairs,
        cities=list(cities.values()),
        home=home,
    )


def _projected(place: MapPlace | None) -> geo.Point | None:
    return geo.equal_earth(place.longitude, place.latitude) if place is not None else None


def _centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Mean position on the sphere (so a country on both sides of ±180° is not put at 0°)."""
    x = y = z = 0.0
    for lon, lat in points:
        lam, phi = math.radians(lon), math.radians(lat)
        x += math.cos(phi) * math.cos(lam)
        y += math.cos(phi) * math.sin(lam)
        z += math.sin(phi)
    return math.degrees(math.atan2(y, x)), math.degrees(math.atan2(z, math.hypot(x, y)))


def pair_width(count: int) -> float:
    return min(8.0, 1.0 + 1.2 * math.log2(count))
