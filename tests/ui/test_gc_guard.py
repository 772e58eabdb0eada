"""The cycle collector runs on the GUI thread only (ui/gc_guard.py), as the application sets up."""

from __future__ import annotations

import gc
import threading

from exchangedesk.ui.gc_guard import GuiThreadCollector, collect_on_gui_thread


class Cycle:
    def __init__(self) -> None:
        self.me = self


def test_automatic_collection_is_off_and_the_gui_timer_does_it(qapp) -> None:  # noqa: ANN001
    collector = collect_on_gui_thread(qapp)
    assert collect_on_gui_thread(qapp) is collector  # one per application
    assert isinstance(collector, GuiThreadCollector) and collector.timer.isActive()
    assert not gc.isenabled()

    # A worker allocating past every threshold collects nothing by itself...
    def allocate() -> None:
        for _ in range(collector.thresholds[0] * 3):
            Cycle()

    worker = threading.Thread(target=allocate)
    worker.start()
    worker.join()
    assert gc.get_count()[0] > collector.thresholds[0]
    # ...the GUI thread's check does.
    collector.check()
    assert gc.get_count()[0] < collector.thresholds[0]
