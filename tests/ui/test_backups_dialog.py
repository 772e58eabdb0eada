"""File › Backups…: the list (date, why, size, verified or damaged), Back up now, and a restore
that brings the older data back, keeps the replaced file beside it and reopens the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from keys import press, wait_active
from PySide6.QtCore import Qt
from sqlalchemy import select

from exchangedesk.db import backup
from exchangedesk.db.models import Person
from exchangedesk.domain.people import PersonDraft
from exchangedesk.services.people.edits import create_person
from exchangedesk.ui.backups.dialog import BackupsDialog


def _names(window) -> list[str]:  # noqa: ANN001
    with window.database.reading() as session:
        return list(session.scalars(select(Person.family_name).order_by(Person.id)))


def _wait_verified(qtbot, dialog: BackupsDialog) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: all(info.checked for info in dialog.backups), timeout=10_000)


@pytest.mark.sqlite_only("backups of a file are SQLite's")
def test_a_backup_is_restored_from_the_window_and_the_older_data_is_back(
    qtbot,
    window,
    db_path: Path,
    monkeypatch,  # noqa: ANN001
) -> None:
    create_person(window.database, PersonDraft("Older", "Anna"), actor="s")
    taken = backup.snapshot(db_path, db_path.parent / "backups", why="before import of x.csv")
    create_person(window.database, PersonDraft("Newer", "Boris"), actor="s")
    damaged = db_path.parent / "backups" / f"{db_path.stem}-backup-20990101T000000000000Z.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)

    window.actions_.backups.trigger()
    dialog = window.findChild(BackupsDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.table.rowCount() == 2
    _wait_verified(qtbot, dialog)
    assert dialog.table.item(0, 3).text().startswith("damaged")
    assert not dialog.restore_button.isEnabled()  # a damaged backup is never restored
    assert dialog.table.item(1, 1).text() == "before import of x.csv"
    assert dialog.table.item(1, 3).text() == "verified"

    asked: list[str] = []
    monkeypatch.setattr(dialog, "confirm", lambda info: asked.append(str(info.path)) or True)
    wait_active(qtbot, dialog)
    dialog.table.setFocus()
    press(qtbot, Qt.Key.Key_Down)  # keyboard alone: the older, verified one
    assert dialog.selected().path == taken and dialog.restore_button.isEnabled()
    press(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # &Restore…
    qtbot.waitUntil(lambda: asked == [str(taken)])  # a mnemonic "animates" the click first
    qtbot.waitUntil(lambda: "Restored" in window.statusBar().currentMessage())

    assert _names(window) == ["Older"]
    [replaced] = [
        p
        for p in db_path.parent.glob(f"{db_path.name}.replaced-*")
        if p.name[-4:] not in ("-wal", "-shm")
    ]
    import sqlite3

    with sqlite3.connect(replaced) as kept:
        assert kept.execute("SELECT count(*) FROM people").fetchone()[0] == 2  # never lost
    assert "Restored the backup of" in window.statusBar().currentMessage()
    create_person(window.database, PersonDraft("After", "Clara"), actor="s")  # it is writable


@pytest.mark.sqlite_only("backups of a file are SQLite's")
def test_back_up_now_adds_a_row(qtbot, window, db_path: Path) -> None:  # noqa: ANN001
    dialog = window.show_backups()
    assert dialog.table.rowCount() == 0 and "no backups" in dialog.heading.text()
    with qtbot.waitSignal(window.backup_finished, timeout=10_000):
        dialog.back_up_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5_000)
    _wait_verified(qtbot, dialog)
    assert dialog.table.item(0, 3).text() == "verified"
    assert dialog.table.item(0, 1).text().startswith("by hand")


@pytest.mark.sqlite_only("backups of a file are SQLite's")
def test_the_dialog_opens_at_once_and_verifies_in_the_background(
    qtbot,
    window,
    db_path: Path,
    monkeypatch,  # noqa: ANN001
) -> None:
    import threading

    from exchangedesk.services.maintenance import backups as service

    for _ in range(3):
        backup.snapshot(db_path, db_path.parent / "backups")
    release = threading.Event()
    checked_on: list[threading.Thread] = []
    real = service._inspect

    def slow_inspect(*args):  # noqa: ANN002, ANN202  - a large file: held until released
        checked_on.append(threading.current_thread())
        release.wait(timeout=10)
        return real(*args)

    monkeypatch.setattr(service, "_inspect", slow_inspect)
    dialog = window.show_backups()  # returns while the first verification is held
    try:
        assert dialog.table.rowCount() == 3
        assert [dialog.table.item(r, 3).text() for r in range(3)] == ["checking…"] * 3
        assert not dialog.restore_button.isEnabled()  # nothing unverified is restored
        assert dialog.checking
    finally:
        release.set()
    _wait_verified(qtbot, dialog)
    assert [dialog.table.item(r, 3).text() for r in range(3)] == ["verified"] * 3
    assert dialog.restore_button.isEnabled()
    assert len(checked_on) == 3 and threading.main_thread() not in checked_on
    dialog.refresh()  # a file already verified is not read again
    assert all(info.checked for info in dialog.backups) and len(checked_on) == 3


@pytest.mark.sqlite_only("backups of a file are SQLite's")
def test_a_backup_can_be_opened_read_only_to_look(qtbot, window, db_path: Path) -> None:  # noqa: ANN001
    create_person(window.database, PersonDraft("Older", "Anna"), actor="s")
    taken = backup.snapshot(db_path, db_path.parent / "backups")
    create_person(window.database, PersonDraft("Newer", "Boris"), actor="s")
    before = taken.read_bytes()
    dialog = window.show_backups()
    _wait_verified(qtbot, dialog)
    assert dialog.look_button.isEnabled()
    assert dialog.open_selected_read_only()
    assert window.database.read_only and window.location_text() == str(taken)
    assert _names(window) == ["Older"]  # what the backup holds
    assert "read-only" in window.statusBar().currentMessage()
    window.open_location(str(db_path))  # back to the register, which was not changed
    assert _names(window) == ["Older", "Newer"]
    assert taken.read_bytes() == before
