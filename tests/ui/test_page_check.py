"""A large database is opened without walking every page first (3.4 s for the federation
register); the window walks it in the background and says so if it finds damage."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from exchangedesk.db import opening
from exchangedesk.db.opening import open_database, verify_pages
from exchangedesk.ui import opening as ui_opening
from exchangedesk.ui.app import check_pages_later
from register_sample import add_sample, corrupt_middle


class _Window(QWidget):
    """What check_pages_later needs of the main window: a parent and the open database."""

    def __init__(self, database) -> None:  # noqa: ANN001
        super().__init__()
        self.database = database


@pytest.fixture
def register(tmp_path: Path) -> Path:
    path = tmp_path / "federation.sqlite3"
    handle = open_database(path)
    try:
        add_sample(handle.database)
    finally:
        handle.close()
    return path


@pytest.fixture
def boxes(monkeypatch) -> list[QMessageBox]:
    shown: list[QMessageBox] = []
    monkeypatch.setattr(ui_opening, "show_box", lambda box: shown.append(box))
    return shown


def _opened_as_large(monkeypatch, path: Path):  # noqa: ANN001, ANN202
    monkeypatch.setattr(opening, "CHECK_PAGES_ON_OPEN_MB", 0)  # every file counts as large
    return open_database(path)


def test_a_small_file_is_walked_before_it_opens(register: Path):
    handle = open_database(register)
    handle.close()
    assert handle.pages_checked


def test_damage_in_a_large_file_is_reported_after_the_window_is_up(
    qtbot, monkeypatch, register: Path, boxes: list[QMessageBox]
):
    corrupt_middle(register)
    handle = _opened_as_large(monkeypatch, register)  # opens: the damage is not looked for yet
    try:
        assert not handle.pages_checked
        window = _Window(handle.database)
        qtbot.addWidget(window)
        task = check_pages_later(window)
        assert task is not None
        with qtbot.waitSignal(task.finished, timeout=30_000):
            pass
        assert len(boxes) == 1
        text = boxes[0].informativeText()
        assert str(register) in text and "broken pages" in text and "exchangedesk restore" in text
        assert boxes[0].text() == "The database file is damaged"
        assert boxes[0].detailedText().startswith("What SQLite reported: ")
    finally:
        handle.close()


def test_a_sound_large_file_says_nothing(
    qtbot, monkeypatch, register: Path, boxes: list[QMessageBox]
):
    handle = _opened_as_large(monkeypatch, register)
    try:
        window = _Window(handle.database)
        qtbot.addWidget(window)
        task = check_pages_later(window)
        with qtbot.waitSignal(task.finished, timeout=30_000):
            pass
        assert boxes == []
        assert verify_pages(register) is None
    finally:
        handle.close()


def test_the_walk_of_a_large_file_stops_when_asked(register: Path, monkeypatch):
    """Quitting cancels the background walk; it must end at once, not hold the exit (issue 18)."""
    monkeypatch.setattr(opening, "STOP_ASKED_EVERY", 1)  # the sample is small: ask at once
    asked: list[int] = []

    def stop() -> bool:
        asked.append(1)
        return True

    assert verify_pages(register, stop=stop) is None  # stopped: nothing reported
    assert asked  # the walk did ask
