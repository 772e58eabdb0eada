"""The baseline for start-up: a bare PySide6 window with one label, run as its own process.

It prints one JSON line, ``{"painted_ms": ..., "cpu_ms": ...}``: milliseconds from the process
start (the same clock as ``exchangedesk --startup-probe``) until the label's first paint has been
flushed, and the CPU time spent by then.
Nothing of ExchangeDesk is imported, so this is the floor any Qt program pays here.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time


def _process_age_seconds() -> float | None:
    try:
        with open("/proc/self/stat", encoding="ascii") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        return time.clock_gettime(time.CLOCK_BOOTTIME) - int(fields[19]) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return None


AGE = _process_age_seconds()
ORIGIN = time.perf_counter() - (AGE or 0.0)


def main() -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    label = QLabel("A bare PySide6 window")
    window.setCentralWidget(label)
    window.resize(1200, 760)

    def done() -> None:
        painted = round((time.perf_counter() - ORIGIN) * 1000, 1)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        try:  # this image's own peak (ru_maxrss includes the parent's, see startup_probe)
            with open("/proc/self/status", encoding="ascii") as status:
                peak = next(int(x.split()[1]) for x in status if x.startswith("VmHWM:")) / 1024
        except (OSError, StopIteration, ValueError):
            pass
        cpu = round(time.process_time() * 1000, 1)
        record = {"painted_ms": painted, "cpu_ms": cpu, "peak_rss_mb": round(peak, 1)}
        print(json.dumps(record), flush=True)
        app.exit(0)

    class Watch(QObject):
        fired = False

        def eventFilter(self, watched, event):  # noqa: N802, ANN001 - Qt's name
            if not self.fired and event.type() == QEvent.Type.Paint:
                self.fired = True
                QTimer.singleShot(0, done)
            return False

    watch = Watch()
    label.installEventFilter(watch)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
