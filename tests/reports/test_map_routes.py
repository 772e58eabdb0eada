"""All great circles at once (numpy) are the same lines as one at a time (domain.geo): the same
pieces, cut at ±180° in the same places, to the last bit of rounding; the nearest segment is
the one under the point."""

from __future__ import annotations

import random

import numpy as np

from exchangedesk.domain import geo
from exchangedesk.reports.map.routes import nearest_segment, project_routes


def test_every_line_matches_the_one_at_a_time_geometry():
    rng = random.Random(1957)
    ends = [
        (rng.uniform(-180, 180), rng.uniform(-80, 80), rng.uniform(-180, 180), rng.uniform(-80, 80))
        for _ in range(500)
    ]
    ends += [
        (170.0, 60.0, -170.0, 62.0),  # across the date line
        (-179.5, -16.0, 178.0, -17.7),  # Fiji, both sides
        (6.08, 50.78, 6.13, 50.80),  # neighbours: two points
        (10.0, 10.0, 10.0, 10.0),  # the same place
    ]
    routes = project_routes(ends)
    for (lon1, lat1, lon2, lat2), pieces in zip(ends, routes.pieces_of(len(ends)), strict=True):
        expected = geo.projected_route((lon1, lat1), (lon2, lat2))
        assert len(pieces) == len(expected)
        for got, want in zip(pieces, expected, strict=True):
            assert np.allclose(got, np.array(want), atol=1e-12)
    crossing = routes.pieces_of(len(ends))[500]
    assert len(crossing) == 2  # no streak across the map


def test_the_nearest_segment_is_found_within_the_tolerance():
    routes = project_routes([(0.0, 0.0, 20.0, 0.0), (0.0, 30.0, 20.0, 30.0)])
    a, b, owner = routes.segments()
    x, y = geo.equal_earth(10.0, 30.5)
    found = nearest_segment(a, b, x, y, 0.05)
    assert found is not None and owner[found[0]] == 1
    assert nearest_segment(a, b, x, y + 0.5, 0.05) is None
    assert project_routes([]).xy.shape == (0, 2)
