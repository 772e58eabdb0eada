"""The map's status colours: each stands out at least 3:1 from the land and the sea in the light
scheme (the window and paper) and in the dark one, stays apart from every other under simulated
deuteranopia, protanopia and tritanopia, and has its own dash, so colour is never the only cue."""

from __future__ import annotations

import itertools
import math

import pytest

from exchangedesk.reports.map.scene import STATUS_STYLES
from exchangedesk.reports.partnership_map import LAND, SEA

DARK_LAND, DARK_SEA = "#3a4250", "#1b2430"  # ui/partnerships/map_paint.py, MapColours dark
# Machado, Oliveira & Fernandes 2009, severity 1.0, on linear RGB
SIMULATIONS = {
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413),
                     (-0.011820, 0.042940, 0.968881)),
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602),
                   (0.004733, 0.691367, 0.303900)),
}  # fmt: skip


def linear(colour: str) -> list[float]:
    values = [int(colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    return [v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4 for v in values]


def luminance(colour: str) -> float:
    r, g, b = linear(colour)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def lab(rgb: list[float]) -> tuple[float, float, float]:
    r, g, b = rgb
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def seen_as(colour: str, matrix) -> tuple[float, float, float]:  # noqa: ANN001
    rgb = linear(colour)
    return lab([min(1.0, max(0.0, sum(m * c for m, c in zip(row, rgb, strict=True))))
                for row in matrix])  # fmt: skip


@pytest.mark.parametrize(
    ("scheme", "backgrounds"), [("light", (LAND, SEA)), ("dark", (DARK_LAND, DARK_SEA))]
)
def test_each_status_stands_out_from_land_and_sea(scheme, backgrounds):  # noqa: ANN001
    for status, style in STATUS_STYLES.items():
        colour = style.colour if scheme == "light" else style.dark_colour
        for background in backgrounds:
            assert contrast(colour, background) >= 3.0, (scheme, status, background)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("deficiency", sorted(SIMULATIONS))
def test_statuses_stay_apart_for_the_colour_blind(scheme, deficiency):  # noqa: ANN001
    colours = {
        status: style.colour if scheme == "light" else style.dark_colour
        for status, style in STATUS_STYLES.items()
    }
    matrix = SIMULATIONS[deficiency]
    for (s1, c1), (s2, c2) in itertools.combinations(colours.items(), 2):
        distance = math.dist(seen_as(c1, matrix), seen_as(c2, matrix))
        assert distance >= 8.0, (scheme, deficiency, s1, s2, round(distance, 1))


def test_every_status_has_its_own_dash():
    dashes = [style.dash for style in STATUS_STYLES.values()]
    assert len(set(dashes)) == len(dashes)
