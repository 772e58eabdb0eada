"""The window's partnership map, measured in this process on an offscreen QApplication.

* **first frame**: what the user waits for after opening the Map tab — the map's data read
  (services/partnerships/map.py), projected (reports/map/scene.py), its Qt paths built, the view
  fitted to the partners and painted once (1400×800). The read runs on a worker thread in the
  window; here it is timed on one thread, end to end.
* **repaint**: one full paint of the view, zoomed out (a federation summed by country pair) and
  zoomed in on Europe (every line drawn); what a wheel step or a key press costs.
* **drag step**, **wheel step**: one paint while the mouse drags or zooms the map (the frame
  drawn when the moving began, moved and scaled; drawn afresh once it pauses).

    uv run --frozen python -m benchmarks.map_window --db PATH [--runs 5]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.timing import Timing, repeat, timed  # noqa: E402

SIZE = (1400, 800)
DAY = dt.date(2026, 12, 7)


@dataclass
class MapResults:
    lines: int = 0
    cities: int = 0
    stages_ms: dict[str, float] = field(default_factory=dict)  # one cold run, by stage
    first_frame: Timing | None = None
    repaint_world: Timing | None = None
    repaint_europe: Timing | None = None
    drag_step: Timing | None = None
    wheel_step: Timing | None = None
    europe_zoom: float = 0.0


def _paint(view: Any) -> None:
    from PySide6.QtGui import QImage

    image = QImage(view.size(), QImage.Format.Format_ARGB32_Premultiplied)
    view.render(image)


def measure(database: Any, runs: int) -> MapResults:
    from PySide6.QtCore import QPointF
    from PySide6.QtWidgets import QApplication

    from exchangedesk.reports.map.extent import partners_extent
    from exchangedesk.reports.map.scene import build_scene
    from exchangedesk.services.partnerships.map import partnership_map
    from exchangedesk.ui.partnerships.map_paint import ScenePaths
    from exchangedesk.ui.partnerships.map_view import PartnershipMapView

    app = QApplication.instance() or QApplication([])
    results = MapResults()
    view = PartnershipMapView(database, lambda: DAY)
    view.resize(*SIZE)

    runs_by_stage: dict[str, list[float]] = {}

    def stage(name: str, work: Any) -> Any:
        ms, value = timed(work)
        runs_by_stage.setdefault(name, []).append(ms)
        return value

    def first_frame() -> None:
        data = stage("read", lambda: partnership_map(database, today=DAY))
        scene = stage("project", lambda: build_scene(data))
        paths = stage("Qt paths", lambda: ScenePaths(scene))
        extent = stage("fit", lambda: partners_extent(scene))
        view._show((scene, paths, extent))
        stage("first paint", lambda: _paint(view))
        results.lines, results.cities = len(data.lines), len(scene.cities)

    results.first_frame = repeat(first_frame, runs)
    results.stages_ms = {name: statistics.median(v[1:]) for name, v in runs_by_stage.items()}

    def settled() -> None:
        view._settle.stop()
        view._drop_frame()

    view.show_world()
    settled()
    results.repaint_world = repeat(lambda: (settled(), _paint(view)), runs)
    # Europe: Coventry to Warsaw, every line drawn (zoomed in past the summing)
    view.set_zoom(5.0)
    view.centre = QPointF(0.5, -0.95)
    results.europe_zoom = view.zoom
    settled()
    results.repaint_europe = repeat(lambda: (settled(), _paint(view)), runs)

    def drag() -> None:  # the first step keeps the frame (a full paint), the others move it
        view.pan(7, 3)
        _paint(view)

    results.drag_step = repeat(drag, max(runs, 20))
    settled()

    def wheel() -> None:
        view.set_zoom(view.zoom * 1.25 ** (1 if len(wheel_steps) % 2 else -1), QPointF(700, 400))
        wheel_steps.append(1)
        _paint(view)

    wheel_steps: list[int] = []
    results.wheel_step = repeat(wheel, max(runs, 20))
    view._settle.stop()
    del app
    return results


def first_frame(database: Any, runs: int) -> Any:
    """The suite's row (python -m benchmarks): the first frame, with the stages as its note."""
    from benchmarks.work import Measured

    results = measure(database, runs)
    stages = ", ".join(f"{name} {value:.0f}" for name, value in results.stages_ms.items())
    return Measured(results.first_frame, note=f"{results.lines:,} lines; ms by stage: {stages}")


def text(results: MapResults) -> str:
    def ms(timing: Timing | None) -> str:
        return "—" if timing is None else f"{timing.median:.0f} ms (worst {timing.worst:.0f})"

    by_stage = ", ".join(f"{name} {value:.0f} ms" for name, value in results.stages_ms.items())
    return "\n".join(
        [
            f"{results.lines:,} partnerships, {results.cities:,} cities",
            f"first frame (read, project, paths, fit, paint): {ms(results.first_frame)}",
            f"  by stage (medians): {by_stage}",
            f"repaint, whole world: {ms(results.repaint_world)}",
            f"repaint, Europe at zoom {results.europe_zoom:.0f}: {ms(results.repaint_europe)}",
            f"drag step: {ms(results.drag_step)}",
            f"wheel step: {ms(results.wheel_step)}",
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.map_window", description=__doc__)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    from exchangedesk.db.opening import open_database

    opened = open_database(args.db, read_only=True, take_lock=False)
    try:
        print(text(measure(opened.database, args.runs)))
    finally:
        opened.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
