"""``exchangedesk --startup-probe``: how long the window takes to show the register, measured.

The probe rides along a normal start (:func:`exchangedesk.ui.app.run`) and stamps each stage in
milliseconds since the process started: imports done, QApplication made, database open, window
shown, home screen painted with its data, first list painted with its rows. Then it prints one
JSON line with those stamps and the peak memory (``peak_rss_mb``: VmHWM on Linux, see
:func:`peak_rss_mb`; ``ru_maxrss_mb`` beside it) and ends the program with 0.

"Painted" means real paint events, not a guess: an event filter waits for the first Paint event
of a widget that shows data (the home screen's partnership tile, whose text is a count from the
database; the first list's table viewport once its model holds rows), and the stamp is taken by
a zero-delay timer after it, that is once that paint pass has been flushed to the window.
The first list is the first area with a list in the navigation (Partnerships): after the home
screen has painted, the probe shows it as a user clicking it would.

The clock starts when the process started: on Linux from ``/proc/self/stat`` (to 10 ms), so
the Python interpreter's own start counts; elsewhere from when the probe was made ("clock":
"probe" in the output).
"""

from __future__ import annotations

import json
import os
import platform
import resource
import sys
import time
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, qVersion
from PySide6.QtWidgets import QApplication, QWidget

from exchangedesk import __version__

STAGES = (
    "process_start",
    "imports",
    "qapplication",
    "database_open",
    "window_shown",
    "home_painted",
    "first_list_painted",
)
GIVE_UP_MS = 120_000  # a window that has not painted by then is reported as such (exit 1)


def _process_age_seconds() -> float | None:
    """Seconds since this process started, from the kernel's record, or None if unknown."""
    try:
        with open("/proc/self/stat", encoding="ascii") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        started_ticks = int(fields[19])  # field 22 of proc(5); the name in () is cut off
        ticks = os.sysconf("SC_CLK_TCK")
        return time.clock_gettime(time.CLOCK_BOOTTIME) - started_ticks / ticks
    except (OSError, ValueError, IndexError, AttributeError):
        return None


def ru_maxrss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports KiB, macOS bytes.
    return round(peak / (1 << 20) if sys.platform == "darwin" else peak / 1024, 1)


def peak_rss_mb() -> float:
    """This program's own peak resident memory. On Linux ``ru_maxrss`` keeps the peak of the
    process *before* it exec'd the interpreter — a benchmark that starts the probe from a
    500 MB process reads 500 MB — so the kernel's high-water mark of this image (VmHWM) is
    read instead; elsewhere ``ru_maxrss``."""
    try:
        with open("/proc/self/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return round(int(line.split()[1]) / 1024, 1)
    except (OSError, ValueError, IndexError):
        pass
    return ru_maxrss_mb()


class _PaintWatch(QObject):
    """Calls ``then`` once, after the first Paint of ``widget`` for which ``ready()`` holds."""

    def __init__(self, widget: QWidget, ready: Any, then: Any) -> None:
        super().__init__(widget)
        self._widget = widget
        self._ready = ready
        self._then = then
        self._done = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if not self._done and event.type() == QEvent.Type.Paint and self._ready():
            self._done = True
            self._widget.removeEventFilter(self)
            QTimer.singleShot(0, self._then)  # after this paint pass has been flushed
        return False


class StartupProbe:
    def __init__(self) -> None:
        age = _process_age_seconds()
        self.clock = "process" if age is not None else "probe"
        self._origin = time.perf_counter() - (age or 0.0)
        self.stages: dict[str, float] = {"process_start": 0.0}
        # CPU time (all threads) and peak memory so far at each stage: on a busy machine the
        # wall clock includes waiting for a core; CPU time does not.
        self.cpu: dict[str, float] = {"process_start": 0.0}
        self.peaks: dict[str, float] = {}
        self.exit_code = 0
        self._window: Any = None
        self._database = ""
        self.first_list: str | None = None

    def mark(self, stage: str) -> None:
        self.stages[stage] = round((time.perf_counter() - self._origin) * 1000, 1)
        self.cpu[stage] = round(time.process_time() * 1000, 1)
        self.peaks[stage] = peak_rss_mb()

    def watch(self, window: Any) -> None:
        """Called with the main window built and not yet shown: wait for its paints."""
        self._window = window
        self._database = window.location_text()
        if window.current_area != "home":  # a start restored on another area: home first
            window.show_area("home")
        home = window.page("home")
        tile = home.tiles["partnerships"]
        _PaintWatch(tile, lambda: bool(tile.text()), self._home_painted)
        QTimer.singleShot(GIVE_UP_MS, self._give_up)

    def _home_painted(self) -> None:
        self.mark("home_painted")
        from exchangedesk.ui.areas.list_page import ListPage, TabbedListPage

        window = self._window
        for spec in window.areas:
            page = window.page(spec.key)
            if isinstance(page, TabbedListPage):
                page = page.lists[0]
            if isinstance(page, ListPage):
                key = spec.key
                break
        else:  # no list at all: nothing more to wait for
            self._list_painted()
            return
        # An empty register shows the list's placeholder instead of the table.
        target = page.empty if page.model.rowCount() == 0 else page.table.viewport()
        _PaintWatch(target, lambda: True, self._list_painted)
        self.first_list = key
        window.show_area(key)

    def _list_painted(self) -> None:
        self.mark("first_list_painted")
        self._finish(0)

    def _give_up(self) -> None:
        if "first_list_painted" not in self.stages:
            self._finish(1)

    def _finish(self, code: int) -> None:
        self.exit_code = code
        print(self.report(), flush=True)
        QApplication.exit(code)

    def report(self) -> str:
        app = QApplication.instance()
        record = {
            "probe": "startup",
            "exchangedesk": __version__,
            "database": self._database,
            "clock": self.clock,
            "paint": "first Paint event of a data widget, stamped after the paint pass",
            "first_list": self.first_list,
            "stages_ms": {stage: self.stages.get(stage) for stage in STAGES},
            "cpu_ms": {stage: self.cpu.get(stage) for stage in STAGES},
            "peak_rss_mb": peak_rss_mb(),
            "ru_maxrss_mb": ru_maxrss_mb(),
            "peak_rss_mb_by_stage": {stage: self.peaks.get(stage) for stage in STAGES[1:]},
            "platform": app.platformName() if isinstance(app, QApplication) else None,
            "qt": qVersion(),
            "python": platform.python_version(),
        }
        if self.exit_code:
            record["error"] = "the window did not paint within the time allowed"
        return json.dumps(record, ensure_ascii=False)
