"""Help › Check and repair…: the check runs in the background and is shown in words; a damaged
register is repaired into a new file the user names (the register only read), the rows lost
said per table, and the repaired copy opens in the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu
from sqlalchemy import select

from exchangedesk.db.models import Person
from exchangedesk.db.opening import open_database
from exchangedesk.ui.backups.check import CheckRepairDialog
from register_sample import add_sample, corrupt_middle, sha256


def _finished(qtbot, dialog: CheckRepairDialog) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not dialog.working, timeout=30_000)


def test_the_help_menu_checks_a_sound_register_in_words(qtbot, window) -> None:  # noqa: ANN001
    help_menu = window.menuBar().findChild(QMenu, "help-menu")
    assert "&Check and repair…" in [action.text() for action in help_menu.actions()]
    window.check_action.trigger()
    dialog = window.findChild(CheckRepairDialog)
    assert dialog is not None and dialog.isVisible()
    _finished(qtbot, dialog)
    assert dialog.report is not None and dialog.report.ok
    assert dialog.heading.text().endswith("has no problems.")
    dialog.reject()


@pytest.mark.sqlite_only("the repair salvages an SQLite file")
def test_a_damaged_register_is_repaired_into_a_new_file_and_opened(
    qtbot,
    make_window,
    db_path: Path,
    tmp_path: Path,
    monkeypatch,  # noqa: ANN001
) -> None:
    handle = open_database(db_path)
    add_sample(handle.database)
    handle.close()
    corrupt_middle(db_path)  # damage in pages the opening never reads
    monkeypatch.setattr("exchangedesk.db.opening.CHECK_PAGES_ON_OPEN_MB", 0)
    window = make_window(open_database(db_path))
    digest = sha256(db_path)

    window.check_action.trigger()
    dialog = window.findChild(CheckRepairDialog)
    _finished(qtbot, dialog)
    assert not dialog.report.ok
    assert "problem(s)" in dialog.heading.text()
    shown = dialog.findings.toPlainText()
    assert "integrity" in shown and "Traceback" not in shown and "[SQL" not in shown
    assert dialog.repair_button.isEnabled()

    out = tmp_path / "repaired.sqlite3"
    chosen: list[str] = []

    def save_as(_parent, _title, suggested, _filter):  # noqa: ANN001, ANN202
        chosen.append(suggested)
        return str(out), ""

    monkeypatch.setattr("exchangedesk.ui.backups.check.QFileDialog.getSaveFileName", save_as)
    dialog.repair_button.click()
    _finished(qtbot, dialog)
    assert Path(chosen[0]).name.startswith(f"{db_path.stem}-repaired-")
    assert out.exists() and sha256(db_path) == digest  # never in place
    said = dialog.findings.toPlainText()
    assert str(out) in said and "table by table" in said
    assert "Lost from" in said or "Nothing was lost." in said
    assert "was not changed" in dialog.heading.text()
    assert dialog.open_button.isVisible() and dialog.open_button.isEnabled()

    dialog.open_button.click()
    qtbot.waitUntil(lambda: window.location_text() == str(out))
    with window.database.reading() as session:
        assert session.scalars(select(Person.family_name)).all() is not None


def test_a_repair_never_overwrites_an_existing_file(qtbot, window, db_path: Path) -> None:  # noqa: ANN001
    dialog = CheckRepairDialog(window)
    qtbot.addWidget(dialog)
    _finished(qtbot, dialog)
    if dialog.path is None:
        assert not dialog.repair_button.isEnabled()  # a server: not repaired here
        return
    taken = db_path.with_name("taken.sqlite3")
    taken.write_bytes(b"someone's file")
    dialog.repair_into(taken)
    assert "already exists" in dialog.findings.toPlainText()
    assert taken.read_bytes() == b"someone's file"
    assert not dialog.suggested_name().exists()
