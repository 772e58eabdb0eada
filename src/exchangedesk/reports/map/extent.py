"""Where the map looks: the part of the world that holds the home city, every partner city and
the arcs between them, with a margin, so a committee whose partners are all in Europe sees
Europe and not a small Europe on a world page.

Pure arithmetic in map units (Equal Earth, unit sphere, y growing north). The window's "Fit
partners", the PNG and the PDF pages all start from :func:`partners_extent`, then widen it to
the shape of their page with :func:`to_aspect`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from exchangedesk.domain import geo

MARGIN = 0.12  # of the extent's size on each side: dots and labels at the edge stay readable
# Never closer than about 35° of longitude by 22° of latitude (at mid-latitudes): a committee
# with one partner across the border still sees where both are on the continent.
MIN_WIDTH = 0.55
MIN_HEIGHT = 0.35


@dataclass(frozen=True)
class Extent:
    """A rectangle of the map: west, south, east, north in map units."""

    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    @property
    def centre(self) -> geo.Point:
        return (self.x0 + self.x1) / 2, (self.y0 + self.y1) / 2

    def contains(self, x: float, y: float) -> bool:
        return self.x0 <= x <= self.x1 and self.y0 <= y <= self.y1


WORLD = Extent(-geo.MAP_WIDTH / 2, -geo.MAP_HEIGHT / 2, geo.MAP_WIDTH / 2, geo.MAP_HEIGHT / 2)


def extent_of(points: Iterable[geo.Point]) -> Extent | None:
    """The rectangle around ``points`` with a margin, at least the minimum size, inside the
    world; None when there is nothing to frame."""
    xs: list[float] = []
    ys: list[float] = []
    for x, y in points:
        xs.append(x)
        ys.append(y)
    if not xs:
        return None
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    width = max(x1 - x0, MIN_WIDTH / (1 + 2 * MARGIN))
    height = max(y1 - y0, MIN_HEIGHT / (1 + 2 * MARGIN))
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    half_w = width * (1 + 2 * MARGIN) / 2
    half_h = height * (1 + 2 * MARGIN) / 2
    return _inside_world(Extent(cx - half_w, cy - half_h, cx + half_w, cy + half_h))


def _inside_world(extent: Extent) -> Extent:
    """Slid back inside the world where it sticks out (a partner in Iceland does not frame the
    empty Arctic), cut to the world where it is bigger."""
    width, height = min(extent.width, WORLD.width), min(extent.height, WORLD.height)
    x0 = min(max(extent.x0, WORLD.x0), WORLD.x1 - width)
    y0 = min(max(extent.y0, WORLD.y0), WORLD.y1 - height)
    return Extent(x0, y0, x0 + width, y0 + height)


def to_aspect(extent: Extent, width: float, height: float) -> Extent:
    """The extent widened (never narrowed) to a page or window of ``width`` by ``height``, so
    it fills the page instead of leaving bands, and slid back over the world where the widening
    would show the empty space beyond a pole or the date line. Beyond the world's size the rest
    is margin, shared evenly."""
    if width <= 0 or height <= 0:
        return extent
    wanted = width / height
    w, h = extent.width, extent.height
    if w / h < wanted:
        w = h * wanted
    else:
        h = w / wanted
    cx, cy = extent.centre
    x0 = _slide(cx - w / 2, w, WORLD.x0, WORLD.x1)
    y0 = _slide(cy - h / 2, h, WORLD.y0, WORLD.y1)
    return Extent(x0, y0, x0 + w, y0 + h)


def _slide(start: float, size: float, low: float, high: float) -> float:
    if size >= high - low:
        return (low + high) / 2 - size / 2
    return min(max(start, low), high - size)


def partners_extent(scene) -> Extent:  # noqa: ANN001 - a MapScene (map/scene.py imports this)
    """The home city, every partner city and every arc of the scene; the world when the scene
    has nothing placed."""
    points: list[geo.Point] = list(scene.cities)
    if scene.home is not None:
        points.append(scene.home)
    routes = getattr(scene, "line_routes", None)
    if routes is not None and len(routes.xy):
        # the arcs' corners stand for their 500,000 points
        points += [tuple(routes.xy.min(axis=0).tolist()), tuple(routes.xy.max(axis=0).tolist())]
    else:
        for pieces in scene.line_pieces:
            for piece in pieces:
                points.extend(piece)
    return extent_of(points) or WORLD
