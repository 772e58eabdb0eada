"""The partnership map worked out once, ready to draw: outlines and routes projected (Equal Earth,
unit sphere, y growing north), lines grouped by status and weight, the same lines summed by
country pair for a zoomed-out view of a federation, and the line nearest the mouse.

The window (ui/partnerships/map_view.py), the PNG and the PDF (reports/partnership_map.py) all
draw a :class:`MapScene`; the style table here is the one legend they share.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from exchangedesk.domain import geo
from exchangedesk.domain.enums import PartnershipStatus
from exchangedesk.reports.data.partnership_map import MapLine, MapPlace, PartnershipMap

Polyline = list[geo.Point]


@dataclass(frozen=True)
class StatusStyle:
    # Okabe–Ito hues, darkened until each stands out 3:1 from the light land and sea (paper and
    # the light window), lightened likewise for the dark window; a terminated partnership is
    # grey. Simulated deuteranopia, protanopia and tritanopia keep every pair apart
    # (tests/reports/test_map_colours.py), and the dash tells them apart without colour.
    colour: str
    dash: tuple[float, ...]  # in line widths; () is solid, so colour is never the only cue
    label: str
    dark_colour: str = ""


STATUS_STYLES: dict[PartnershipStatus, StatusStyle] = {
    PartnershipStatus.ACTIVE: StatusStyle("#007D5A", (), "Active", "#3FD1A6"),
    PartnershipStatus.LETTER_OF_INTENT: StatusStyle(
        "#0072B2", (4, 2), "Letter of intent", "#56B4E9"
    ),
    PartnershipStatus.PROPOSED: StatusStyle("#B0528A", (1, 2), "Proposed", "#E5A3C9"),
    PartnershipStatus.SUSPENDED: StatusStyle("#A86F00", (6, 2, 1, 2), "Suspended", "#F0C04A"),
    PartnershipStatus.TERMINATED: StatusStyle("#5E5E5E", (2, 3), "Terminated", "#C8C8C8"),
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
    # status -> width -> polylines (every line of that status and weight)
    routes: dict[PartnershipStatus, dict[float, list[Polyline]]]
    line_pieces: list[list[Polyline]]  # per line, in data.lines order
    pairs: list[PairLine]
    cities: list[geo.Point]
    home: geo.Point | None
    # Every line's and every pair's points in arrays (reports/map/routes.py): the window
    # draws and hit-tests from these, only what is on screen.
    line_routes: Any = None
    pair_routes: Any = None
    line_status: tuple[PartnershipStatus, ...] = ()
    line_width: tuple[float, ...] = ()
    _segments: dict[str, tuple[Any, Any, Any]] = field(default_factory=dict)

    @property
    def aggregated_by_default(self) -> bool:
        return len(self.data.lines) > AGGREGATE_ABOVE

    # --- finding the line under the mouse --------------------------------------------------

    def _nearest(self, which: str, x: float, y: float, tolerance: float) -> int | None:
        from exchangedesk.reports.map.routes import nearest_segment

        routes = self.line_routes if which == "lines" else self.pair_routes
        if routes is None:
            return None
        if which not in self._segments:
            self._segments[which] = routes.segments()
        a, b, owner = self._segments[which]
        found = nearest_segment(a, b, x, y, tolerance)
        return None if found is None else int(owner[found[0]])

    def line_near(self, x: float, y: float, tolerance: float) -> MapLine | None:
        """The partnership whose route passes nearest (x, y), within ``tolerance`` map units."""
        index = self._nearest("lines", x, y, tolerance)
        return self.data.lines[index] if index is not None else None

    def pair_near(self, x: float, y: float, tolerance: float) -> PairLine | None:
        index = self._nearest("pairs", x, y, tolerance)
        return self.pairs[index] if index is not None else None

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
    """Project everything once (all lines in one go, reports/map/routes.py); drawing
    afterwards only strokes ready-made paths."""
    from exchangedesk.reports.map.routes import equal_earth, project_routes

    ends = [
        (ln.city_a.longitude, ln.city_a.latitude, ln.city_b.longitude, ln.city_b.latitude)
        for ln in data.lines
    ]
    line_routes = project_routes(ends)
    line_pieces = line_routes.pieces_of(len(data.lines))
    routes: dict[PartnershipStatus, dict[float, list[Polyline]]] = {
        s: defaultdict(list) for s in DRAW_ORDER
    }
    widths = tuple(weight_of(line.activity) for line in data.lines)
    # Many partnerships share a pair of cities' positions only rarely, but countries often:
    # the sums by country pair are built from the same pass.
    country_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    pair_counts: dict[tuple[str, str, PartnershipStatus], int] = defaultdict(int)
    places: dict[int, MapPlace] = {}
    for line, pieces, width in zip(data.lines, line_pieces, widths, strict=True):
        routes[line.status][width].extend(pieces)
        a, b = line.city_a, line.city_b
        for place in (a, b):
            if place.city_id not in places:
                places[place.city_id] = place
                country_points[place.country_code].append((place.longitude, place.latitude))
        first, second = sorted((a.country_code, b.country_code))
        if first != second:
            pair_counts[(first, second, line.status)] += 1
    centres = {code: _centre(points) for code, points in country_points.items()}
    keys = list(pair_counts)
    pair_routes = project_routes(
        [(*centres[first], *centres[second]) for first, second, _status in keys]
    )
    pairs = [
        PairLine((first, second), status, pair_counts[key], pieces)
        for key, (first, second, status), pieces in zip(
            keys, keys, pair_routes.pieces_of(len(keys)), strict=True
        )
    ]
    home = _projected(data.home)
    if data.home is not None:
        places.pop(data.home.city_id, None)
    xs, ys = equal_earth(
        [p.longitude for p in places.values()], [p.latitude for p in places.values()]
    )
    return MapScene(
        data=data,
        outlines=world()[1],
        routes={s: dict(w) for s, w in routes.items()},
        line_pieces=line_pieces,
        pairs=pairs,
        cities=list(zip(xs.tolist(), ys.tolist(), strict=True)),
        home=home,
        line_routes=line_routes,
        pair_routes=pair_routes,
        line_status=tuple(line.status for line in data.lines),
        line_width=widths,
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
