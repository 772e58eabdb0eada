"""Opening a register in trouble from the window: a damaged file offers its newest verified
backup, an empty file with backups asks, a read-only folder offers read-only, a stamp that
disagrees with the tables and a full disk are explained; nothing is overwritten."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from exchangedesk.db import opening as db_opening
from exchangedesk.db.opening import open_database
from exchangedesk.services.maintenance.upkeep import backup_database
from exchangedesk.ui import opening
from register_sample import add_sample, corrupt_middle, sha256


class Boxes:
    def __init__(self) -> None:
        self.shown: list[QMessageBox] = []
        self.answers: list[str] = []

    def answer(self, box: QMessageBox) -> object:
        self.shown.append(box)
        wanted = self.answers.pop(0) if self.answers else None
        for button in box.buttons():
            if button.text() == wanted:
                return button
        return box.button(QMessageBox.StandardButton.Close) or box.buttons()[0]

    def button_texts(self, index: int = -1) -> list[str]:
        # Without Qt's own "Show Details..." toggle: it only unfolds SQLite's wording.
        texts = (button.text() for button in self.shown[index].buttons())
        return sorted(text for text in texts if not text.startswith("Show Details"))


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    boxes = Boxes()
    monkeypatch.setattr(opening, "show_box", boxes.answer)
    return boxes


@pytest.fixture
def register(db_path: Path) -> Path:
    handle = open_database(db_path)
    add_sample(handle.database)
    handle.close()
    return db_path


def _partnerships(path: Path) -> int:
    with sqlite3.connect(f"file:{path}?immutable=1", uri=True) as connection:
        return connection.execute("SELECT count(*) FROM partnerships").fetchone()[0]


def test_a_damaged_register_offers_its_newest_verified_backup(qtbot, register: Path, boxes: Boxes):
    older = backup_database(register)
    newer = backup_database(register)
    corrupt_middle(newer)  # the newest backup is damaged too: it must be passed over
    corrupt_middle(register)
    damaged = register.read_bytes()
    boxes.answers.append("Restore this backup")
    handle = opening.open_interactively(register)
    try:
        assert handle is not None
        box = boxes.shown[0]
        assert box.windowTitle() == "The database is damaged"
        assert older.name in box.informativeText() and newer.name not in box.informativeText()
        assert "taken by hand" in box.informativeText()
        assert boxes.button_texts(0) == ["Close", "Restore this backup", "Salvage into a new file"]
        assert len(boxes.shown) == 1
    finally:
        if handle is not None:
            handle.close()
    (kept,) = register.parent.glob(f"{register.name}.damaged-*")
    assert kept.read_bytes() == damaged
    assert _partnerships(register) > 0


def test_closing_the_damage_box_changes_nothing(qtbot, register: Path, boxes: Boxes):
    backup_database(register)
    corrupt_middle(register)
    digest = sha256(register)
    assert opening.open_interactively(register) is None
    assert boxes.button_texts() == ["Close", "Restore this backup", "Salvage into a new file"]
    assert sha256(register) == digest
    assert not list(register.parent.glob("*.damaged-*"))


def test_a_damaged_register_without_backups_offers_only_close(qtbot, register: Path, boxes):
    corrupt_middle(register)
    assert opening.open_interactively(register) is None
    assert boxes.button_texts() == ["Close", "Salvage into a new file"]
    assert "No verified backup" in boxes.shown[0].informativeText()


def test_a_damaged_register_can_be_salvaged_into_a_new_file_that_opens(
    qtbot, register: Path, boxes: Boxes
):
    corrupt_middle(register)
    digest = sha256(register)
    boxes.answers.append("Salvage into a new file")
    handle = opening.open_interactively(register)
    try:
        assert handle is not None
        (out,) = register.parent.glob(f"{register.stem}-repaired-*.sqlite3")
        assert str(handle.database.url.database).endswith(out.name)
        said = boxes.shown[1]
        assert said.windowTitle() == "Salvaged into a new file"
        assert "table by table" in said.informativeText()
        assert "Traceback" not in said.informativeText()
    finally:
        if handle is not None:
            handle.close()
    assert sha256(register) == digest  # the damaged file only read
    assert _partnerships(out) >= 0


def test_an_empty_file_with_backups_asks_before_replacing_it(qtbot, register: Path, boxes):
    backup_database(register)
    register.write_bytes(b"")
    assert opening.open_interactively(register) is None  # closed: nothing done
    assert register.stat().st_size == 0
    assert boxes.button_texts() == ["Close", "Restore this backup", "Start a new register"]
    boxes.answers.append("Restore this backup")
    handle = opening.open_interactively(register)
    assert handle is not None
    handle.close()
    assert _partnerships(register) > 0


def test_an_empty_file_can_still_be_started_afresh(qtbot, register: Path, boxes):
    backup_database(register)
    register.write_bytes(b"")
    boxes.answers.append("Start a new register")
    handle = opening.open_interactively(register)
    assert handle is not None
    handle.close()
    assert _partnerships(register) == 0
    assert list((register.parent / "backups").glob("*.sqlite3"))  # the backups stay


def test_a_read_only_folder_offers_read_only(qtbot, monkeypatch, register: Path, boxes):
    folder = str(register.parent)
    real_access = os.access

    def access(path, mode, *args, **kwargs):  # noqa: ANN001, ANN202 - root may write anywhere
        if mode & os.W_OK and str(path) in (folder, str(register)):
            return False
        return real_access(path, mode, *args, **kwargs)

    monkeypatch.setattr(os, "access", access)
    boxes.answers.append("Open read-only")
    handle = opening.open_interactively(register)
    try:
        assert handle is not None and handle.database.read_only
        assert boxes.button_texts(0) == ["Close", "Open read-only"]
    finally:
        if handle is not None:
            handle.close()


def test_a_stamp_that_disagrees_with_the_tables_gets_a_dialog(qtbot, register: Path, boxes):
    with sqlite3.connect(register) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0005'")
    connection.close()
    digest = sha256(register)
    assert opening.open_interactively(register) is None
    (box,) = boxes.shown
    assert "do not match" in box.informativeText() and "[SQL" not in box.informativeText()
    assert sha256(register) == digest


def test_a_full_disk_at_open_is_explained_in_words(qtbot, monkeypatch, db_path: Path, boxes):
    def full(*_args, **_kwargs):  # noqa: ANN002, ANN003, ANN202
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(db_opening, "_open_sqlite", full)
    assert opening.open_interactively(db_path) is None
    (box,) = boxes.shown
    assert "is full" in box.informativeText() and "Errno" not in box.informativeText()
