"""Where the map looks: the home city and the partners with a margin, never closer than a
minimum, never beyond the world; widened to a page's shape without showing past a pole."""

from __future__ import annotations

import pytest

from exchangedesk.domain import geo
from exchangedesk.reports.map.extent import (
    MIN_HEIGHT,
    MIN_WIDTH,
    WORLD,
    extent_of,
    to_aspect,
)

EUROPE = [(-1.51, 52.41), (13.74, 51.05), (2.35, 48.86), (21.01, 52.23)]  # Coventry ... Warsaw


def test_a_european_set_frames_europe_not_the_world():
    points = [geo.equal_earth(*p) for p in EUROPE]
    extent = extent_of(points)
    assert all(extent.contains(*p) for p in points)
    assert extent.width < WORLD.width / 4 and extent.height < WORLD.height / 3
    # a margin: no dot on the edge
    assert min(p[0] for p in points) - extent.x0 > 0.05
    assert extent.y1 - max(p[1] for p in points) > 0.02


def test_one_neighbour_still_shows_the_region():
    points = [geo.equal_earth(6.08, 50.78), geo.equal_earth(6.13, 50.8)]  # Aachen, next door
    extent = extent_of(points)
    assert extent.width == pytest.approx(MIN_WIDTH) and extent.height == pytest.approx(MIN_HEIGHT)
    assert all(extent.contains(*p) for p in points)


def test_never_more_than_the_world_and_nothing_is_none():
    corners = [geo.equal_earth(-179, -85), geo.equal_earth(179, 85)]
    extent = extent_of(corners)
    assert extent.width <= WORLD.width + 1e-9 and extent.height <= WORLD.height + 1e-9
    assert WORLD.contains(extent.x0, extent.y0) and WORLD.contains(extent.x1, extent.y1)
    assert extent_of([]) is None


def test_the_page_shape_widens_without_showing_beyond_the_pole():
    arctic = extent_of([geo.equal_earth(-20, 64), geo.equal_earth(30, 70)])  # Iceland, Lapland
    wide = to_aspect(arctic, 1000, 1000)  # a square page: taller than the Arctic strip
    assert wide.width == pytest.approx(wide.height)
    assert wide.y1 <= WORLD.y1 + 1e-9  # slid south rather than framing the empty north
    assert wide.x0 <= arctic.x0 and wide.x1 >= arctic.x1 and wide.y0 <= arctic.y0
