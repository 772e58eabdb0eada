"""File › Export…: the current list as filtered on screen, sensitive details only when ticked."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from exchangedesk.db.models import AuditEntry
from exchangedesk.ui.export_dialog import ExportDialog, export_target


def _export(qtbot, window, tmp_path: Path, name: str, *, sensitive: bool = False) -> Path:  # noqa: ANN001
    window.actions_.export.trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    out = tmp_path / name
    dialog.format.setCurrentIndex(dialog.format.findData(out.suffix.lstrip(".")))
    dialog.path.setText(str(out))
    if sensitive:
        assert dialog.sensitive.isVisibleTo(dialog)
        dialog.sensitive.setChecked(True)
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    return out


def test_export_writes_the_list_as_filtered_on_screen(qtbot, filled_window, tmp_path) -> None:  # noqa: ANN001
    window = filled_window
    window.show_area("people")
    page = window.current_page
    page = getattr(page, "current", page)
    page.filter_bar.setText("bronte")  # folded: finds "Zoë Brontë"
    qtbot.waitUntil(lambda: page.model.query.text == "bronte")
    target = export_target(window.current_page)
    assert target is not None and (target.kind, target.filter_text) == ("people", "bronte")
    out = _export(qtbot, window, tmp_path, "people.csv")
    with out.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert [r[2] for r in rows[1:]] == ["Brontë"]
    assert "Passport number" not in rows[0]
    assert "rows written to" in window.statusBar().currentMessage()


def test_sensitive_details_only_when_ticked_and_audited(qtbot, filled_window, tmp_path) -> None:  # noqa: ANN001
    window = filled_window
    window.show_area("people")
    out = _export(qtbot, window, tmp_path, "people.xlsx", sensitive=True)
    header = [c.value for c in openpyxl.load_workbook(out).active[1]]
    assert "Passport number" in header and "Medical notes" in header
    with window.database.reading() as session:
        actions = session.scalars(select(AuditEntry.action)).all()
    assert "export" in actions


def test_an_area_without_a_list_says_so(qtbot, filled_window) -> None:  # noqa: ANN001
    filled_window.show_area("home")
    assert filled_window.export_current() is None
    assert filled_window.findChild(ExportDialog) is None


def test_the_rows_on_screen_are_read_page_by_page(qtbot, filled_window) -> None:  # noqa: ANN001
    filled_window.show_area("people")
    page = filled_window.current_page
    page = getattr(page, "current", page)
    qtbot.waitUntil(lambda: page.model.total > 2)
    rows = page.model.matching_loader(page_size=2)()
    assert len(rows) == page.model.total
    assert len({row.id for row in rows}) == len(rows)
