"""Starting the application: the database held elsewhere, a file that is no database."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from exchangedesk.db.opening import OpenedDatabase
from exchangedesk.ui import app, opening


class Boxes:
    """Message boxes answered by the test instead of waiting for a person."""

    def __init__(self) -> None:
        self.shown: list[QMessageBox] = []
        self.answers: list[str] = []  # button texts to press, in order; else Cancel

    def answer(self, box: QMessageBox) -> object:
        self.shown.append(box)
        wanted = self.answers.pop(0) if self.answers else None
        for button in box.buttons():
            if button.text() == wanted:
                return button
        return box.button(QMessageBox.StandardButton.Cancel) or box.buttons()[0]


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    boxes = Boxes()
    monkeypatch.setattr(opening, "show_box", boxes.answer)
    return boxes


def test_a_held_database_is_offered_read_only(
    opened: OpenedDatabase, db_path: Path, boxes: Boxes
) -> None:
    boxes.answers.append("Open read-only")
    second = opening.open_interactively(db_path)
    try:
        assert second is not None and second.database.read_only
        (box,) = boxes.shown
        assert "process" in box.text()  # names who holds it: user, host, process
        assert box.windowTitle() == "The database is in use"
    finally:
        if second is not None:
            second.close()


def test_declining_read_only_opens_nothing(
    opened: OpenedDatabase, db_path: Path, boxes: Boxes
) -> None:
    assert opening.open_interactively(db_path) is None
    assert len(boxes.shown) == 1


def test_a_file_that_is_not_a_database_is_explained(tmp_path: Path, boxes: Boxes) -> None:
    letter = tmp_path / "letter.sqlite3"
    letter.write_text("Dear Mayor,\n" * 20)
    assert app.run(str(letter)) == app.EXIT_CANNOT_OPEN
    (box,) = boxes.shown
    assert box.icon() == QMessageBox.Icon.Critical
    assert "not an ExchangeDesk database" in box.informativeText()
    assert letter.read_text() == "Dear Mayor,\n" * 20  # left untouched


def test_the_application_is_named_for_its_settings(qapp) -> None:  # noqa: ANN001
    application = app.make_application()
    assert application is qapp
    assert (application.organizationName(), application.applicationName()) == (
        "ExchangeDesk",
        "ExchangeDesk",
    )
