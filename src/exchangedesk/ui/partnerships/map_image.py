"""``exchangedesk map --out FILE.png``: the map drawn by the same painter as the window's Map tab,
into an image, with no window (Qt stays in the ui layer; the command only calls this)."""

from __future__ import annotations

import os
from pathlib import Path

from exchangedesk.reports.map.extent import partners_extent
from exchangedesk.ui.partnerships.map_paint import (
    MapColours,
    ScenePaths,
    extent_view,
    fit_transform,
    paint_scene,
)


def write_map_png(scene, out: Path, size: tuple[int, int], *, world: bool = False) -> bool:  # noqa: ANN001
    """The PNG framed on the partners (as the window's "Fit partners"), or the whole world."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window: fonts only
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QGuiApplication, QImage, QPainter

    app = QGuiApplication.instance() or QGuiApplication([])
    image = QImage(*size, QImage.Format.Format_ARGB32)
    rect = QRectF(0, 0, *size)
    zoom, centre = 1.0, None
    if not world:
        zoom, centre = extent_view(rect, partners_extent(scene), 1000.0)
    painter = QPainter(image)
    font = painter.font()
    font.setPixelSize(max(12, size[1] // 70))
    painter.setFont(font)
    paint_scene(
        painter,
        ScenePaths(scene),
        rect,
        fit_transform(rect, zoom, centre),
        MapColours.for_scheme(False),
        aggregated=scene.aggregated_by_default,
    )
    painter.end()
    del app
    return image.save(str(out), "PNG")
