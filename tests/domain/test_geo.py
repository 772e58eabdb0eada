"""The map's geometry: TopoJSON decoding, Equal Earth, great circles, antimeridian cuts, hit test."""

from __future__ import annotations

import json

import pytest

from exchangedesk.domain import geo

WGS84_AUTHALIC = 6371007.180918475  # metres


@pytest.fixture
def countries(shared_data):  # noqa: ANN001, ANN201
    return geo.load_countries(shared_data / "world-countries-110m.topojson.json")


def test_equal_earth_of_the_origin_is_the_origin():
    assert geo.equal_earth(0.0, 0.0) == (0.0, 0.0)


def test_equal_earth_matches_the_published_extent():
    # PROJ/Cartopy's eqearth on the WGS84 authalic sphere: x limit 17,243,959.0622169 m,
    # y limit 8,392,927.59846646 m; the paper's width/height ratio 2.05458.
    x, _ = geo.equal_earth(180.0, 0.0)
    _, y = geo.equal_earth(0.0, 90.0)
    assert x == pytest.approx(17243959.0622169 / WGS84_AUTHALIC, abs=1e-6)
    assert y == pytest.approx(8392927.59846646 / WGS84_AUTHALIC, abs=1e-6)
    assert pytest.approx(2.05458, abs=1e-5) == geo.MAP_WIDTH / geo.MAP_HEIGHT


def test_topojson_arcs_are_undeltaed_and_dequantized():
    topology = {
        "type": "Topology",
        "transform": {"scale": [0.5, 0.25], "translate": [-10, 20]},
        "arcs": [[[0, 0], [2, 0], [0, 4]], [[2, 4], [-2, -4]]],
        "objects": {
            "countries": {
                "type": "GeometryCollection",
                "geometries": [
                    {"type": "Polygon", "arcs": [[0, 1]], "id": "1", "properties": {"name": "A"}},
                    {"type": "Polygon", "arcs": [[~1]], "id": "2", "properties": {"name": "B"}},
                ],
            }
        },
    }
    arcs = geo.decode_arcs(topology)
    assert arcs[0] == [(-10.0, 20.0), (-9.0, 20.0), (-9.0, 21.0)]
    a, b = geo.decode_countries(json.loads(json.dumps(topology)))
    assert a.name == "A" and a.polygons[0][0] == [(-10, 20), (-9, 20), (-9, 21), (-10, 20)]
    assert b.polygons[0][0] == [(-10.0, 20.0), (-9.0, 21.0)]  # arc 1 reversed


def test_the_real_outlines_decode(countries):  # noqa: ANN001
    assert len(countries) == 177
    assert {c.name for c in countries} >= {"Germany", "Russia", "Fiji", "Antarctica"}


def test_10_east_51_north_is_germany(countries):  # noqa: ANN001
    found = geo.country_at(countries, 10.0, 51.0)
    assert found is not None and found.name == "Germany" and found.iso_numeric == "276"
    assert geo.country_at(countries, -30.0, 40.0) is None  # the Atlantic


def test_a_line_across_the_antimeridian_is_cut_there():
    pieces = geo.split_at_antimeridian([(170.0, 10.0), (-170.0, 20.0)])
    assert pieces == [[(170.0, 10.0), (180.0, 15.0)], [(-180.0, 15.0), (-170.0, 20.0)]]
    assert geo.split_at_antimeridian([(10.0, 0.0), (20.0, 0.0)]) == [[(10.0, 0.0), (20.0, 0.0)]]


def test_no_outline_piece_jumps_across_the_map(countries):  # noqa: ANN001
    for name in ("Russia", "Fiji", "Antarctica"):
        shape = next(c for c in countries if c.name == name)
        for ring in shape.rings():
            for piece in geo.split_ring_at_antimeridian(ring):
                for (lon0, _), (lon1, _) in zip(piece, piece[1:], strict=False):
                    assert abs(lon1 - lon0) <= 180.0, name


def test_great_circle_takes_the_short_way_across_the_pacific():
    tokyo, san_francisco = (139.69, 35.69), (-122.42, 37.77)
    route = geo.great_circle(tokyo, san_francisco)
    assert route[0] == tokyo and route[-1] == san_francisco
    assert max(lat for _, lat in route) > 45  # bends north, as a great circle does
    assert len(geo.projected_route(tokyo, san_francisco)) == 2  # cut at ±180°
    assert geo.great_circle((0, 50), (1, 50)) == [(0, 50), (1, 50)]  # neighbours: a straight line
