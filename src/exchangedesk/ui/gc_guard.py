"""Python's cycle collector runs on the GUI thread only.

The collector normally runs in whichever thread happens to allocate when a threshold is
reached — often a worker rendering a document or counting conflicts. If it then frees a cycle
holding a Qt object created on the GUI thread (a finished Task and the lambdas connected to it,
a dialog's helpers), that object is destroyed on the worker thread, which Qt does not allow; a
test run crashed exactly so ("Garbage-collecting" on the worker's stack). The usual remedy for
Qt programs: switch automatic collection off and run it from a timer on the GUI thread, with the
same generation thresholds Python would use.

This is not a work-around for the PySide6 6.12.0 reference-count bug (issue 12; pinned around in
pyproject.toml): it stands on its own, since any cycle holding a parentless Qt object may be
freed by whichever thread allocates. Other Qt programs do the same for the same reason
(GitFourchette, OpenCue's CueGUI, Camelot).
What was dropped with the pin is the full collection the window tests ran after every test.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(INTERVAL_MS)

    def check(self) -> None:
        """Collect the oldest generation whose count passed its threshold, as Python would."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.thresholds[generation]:
                gc.collect(generation)
                return

    def stop(self) -> None:
        self.timer.stop()
        gc.enable()


def collect_on_gui_thread(app: QObject) -> GuiThreadCollector:
    """Install the collector for the life of ``app`` (idempotent)."""
    existing = app.findChild(GuiThreadCollector)
    return existing if existing is not None else GuiThreadCollector(app)
