"""The wrapping button row (ui/widgets/flow_layout.py): it asks only for its widest button and
puts what does not fit on the next line, so a row of buttons never widens the window."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget

from exchangedesk.ui.widgets.flow_layout import flow_row


def _pane(qtbot, width: int):  # noqa: ANN001, ANN202
    pane = QWidget()
    qtbot.addWidget(pane)
    buttons = [QPushButton(f"Button number {n}") for n in range(5)]
    export = QPushButton("Export to calendar")
    layout = QVBoxLayout(pane)
    layout.addLayout(flow_row(*buttons, right=(export,)))
    layout.addStretch(1)
    pane.resize(width, 300)
    pane.show()
    qtbot.waitExposed(pane)
    QApplication.processEvents()
    return pane, buttons, export


def test_asks_only_for_the_widest_button(qtbot) -> None:  # noqa: ANN001
    pane, buttons, export = _pane(qtbot, 900)
    widest = max(b.minimumSizeHint().width() for b in [*buttons, export])
    all_in_a_row = sum(b.sizeHint().width() for b in [*buttons, export])
    margins = pane.layout().contentsMargins()
    assert pane.minimumSizeHint().width() <= widest + margins.left() + margins.right()
    assert pane.minimumSizeHint().width() < all_in_a_row


def test_narrow_pane_wraps_without_overlap(qtbot) -> None:  # noqa: ANN001
    pane, buttons, export = _pane(qtbot, 320)
    shown = [*buttons, export]
    tops = {b.geometry().top() for b in shown}
    assert len(tops) >= 3  # a line or two buttons each, not one line off the edge
    for b in shown:
        assert b.geometry().right() <= pane.width()
    for n, a in enumerate(shown):
        for b in shown[n + 1 :]:
            assert not a.geometry().intersects(b.geometry())


def test_wide_pane_one_line_export_at_the_right_end(qtbot) -> None:  # noqa: ANN001
    pane, buttons, export = _pane(qtbot, 1400)
    assert {b.geometry().top() for b in [*buttons, export]} == {buttons[0].geometry().top()}
    right_edge = pane.width() - pane.layout().contentsMargins().right()
    assert abs(export.geometry().right() + 1 - right_edge) <= 1
    assert buttons[1].geometry().left() > buttons[0].geometry().right()


def test_a_filter_field_takes_the_spare_room(qtbot) -> None:  # noqa: ANN001
    pane = QWidget()
    qtbot.addWidget(pane)
    field, button = QLineEdit(), QPushButton("New…")
    layout = QVBoxLayout(pane)
    layout.addLayout(flow_row(field, button))
    pane.resize(800, 100)
    pane.show()
    qtbot.waitExposed(pane)
    QApplication.processEvents()
    assert field.width() > 800 - button.width() - 60
    assert button.geometry().top() == field.geometry().top() or (
        abs(button.geometry().center().y() - field.geometry().center().y()) <= 2
    )
