"""Regression test for the Qt binding we pin (pyproject.toml, beside PySide6-Essentials).

PySide6 6.12.0 on CPython 3.11 took one reference from ``None`` on every Python call of a Qt
method returning nothing, and one from ``True``/``False`` on each emit of a signal carrying a
bool; after a few thousand calls the process aborted with "Fatal Python error: none_dealloc" —
the window died after an afternoon's use. On Python 3.12+ these objects are immortal and their
count no longer moves, so there the test passes whatever the binding does.

Seen failing: with PySide6-Essentials 6.12.0 on Python 3.11.7 this loop did not even finish —
the process aborted with "bool_dealloc: deallocating True or False". With 6.11.3: None +4,
True and False unchanged.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QStringListModel, Signal
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QLabel

CALLS = 20_000
SLACK = 200  # objects the loop itself may legitimately keep (caches, interned results)


class Flag(QObject):
    changed = Signal(bool)


def counts() -> tuple[int, int, int]:
    return sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)


def test_void_qt_calls_leave_none_true_and_false_alone(qapp) -> None:  # noqa: ANN001
    label = QLabel()
    model = QStringListModel(["Volgograd"])
    image = QImage(16, 16, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    flag = Flag()
    received = [0]  # a count, not the values: a list of 20,000 bools would hold references

    def receive(_value: bool) -> None:
        received[0] += 1

    flag.changed.connect(receive)
    try:
        before = counts()
        for index in range(CALLS):
            label.setText("Coventry")
            label.setToolTip("Twinned since 1944")
            model.beginResetModel()
            model.endResetModel()
            painter.drawRect(1, 1, 4, 4)
            model.dataChanged.emit(model.index(0), model.index(0))
            flag.changed.emit(index % 2 == 0)
        after = counts()
    finally:
        painter.end()
    assert received[0] == CALLS
    drift = {
        name: a - b for name, a, b in zip(("None", "True", "False"), after, before, strict=True)
    }
    # A binding with the bug loses one reference per call: -20,000 or more, if it survives.
    assert all(abs(change) <= SLACK for change in drift.values()), drift
