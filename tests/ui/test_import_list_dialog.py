"""File › Import › List from a spreadsheet…: a German Excel CSV (cp1252, ';') through the
preview, a changed column, the dry run and the import, then Edit › Undo and Redo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import func, select

from exchangedesk.db.models import Person
from exchangedesk.db.session import Database
from exchangedesk.ui.imports import dialog as dialog_module
from exchangedesk.ui.imports.dialog import ImportListDialog
from exchangedesk.ui.main_window import MainWindow

LIST = (
    "Vorname;Name;E-Mail;Telefon;Hinweis\r\n"
    "Jürgen;Müller;jm@example.de;+49 351 123;kommt mit Frau\r\n"
    "Zoë;Brontë;;+44 20 7946 0000;=vegetarisch\r\n"
    "Anna;;a@example.de;;\r\n"
)


def _people(database: Database) -> dict[str, tuple[str, str | None, str | None]]:
    with database.reading() as session:
        return {
            p.family_name: (p.given_name, p.phone, p.notes) for p in session.scalars(select(Person))
        }


def _count(database: Database) -> int:
    with database.reading() as session:
        return session.scalar(select(func.count()).select_from(Person))


def _open(window: MainWindow) -> ImportListDialog:
    file_menu = window.menuBar().actions()[0].menu()
    import_menu = next(a.menu() for a in file_menu.actions() if a.text() == "&Import")
    entry = next(a for a in import_menu.actions() if a is window.actions_.import_list)
    assert entry.isEnabled()
    entry.trigger()
    found = window.findChild(ImportListDialog)
    assert found is not None and found.isVisible()
    return found


def _click(qtbot, dialog: ImportListDialog, button) -> None:  # noqa: ANN001
    assert button.isEnabled()
    with qtbot.waitSignal(dialog.run_ended, timeout=30_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_german_excel_list_through_preview_dry_run_import_and_undo(
    qtbot,  # noqa: ANN001
    monkeypatch,  # noqa: ANN001
    window: MainWindow,
    database: Database,
    tmp_path: Path,
) -> None:
    source = tmp_path / "gaeste.csv"
    source.write_bytes(LIST.encode("cp1252"))
    before = _count(database)
    dialog = _open(window)
    monkeypatch.setattr(dialog_module, "ask_file_path", lambda _parent, _folder: str(source))
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)

    # The preview: what was read, the guess from the German headings, the first rows.
    assert dialog.reading.text() == "Windows-1252, separated by ';'"
    view = dialog.mapping_view
    assert view.mapping() == ["given_name", "family_name", "email", "phone", None]
    assert view.preview.rowCount() == 3
    assert view.preview.horizontalHeaderItem(1).text() == "Name\n→ Family name"
    # Each header reads in full: the file's heading over the field it becomes (issue 16).
    metrics = view.preview.horizontalHeader().fontMetrics()
    for column in range(view.preview.columnCount()):
        for line in view.preview.horizontalHeaderItem(column).text().split("\n"):
            assert metrics.horizontalAdvance(line) <= view.preview.columnWidth(column), line
    assert view.preview.item(1, 0).text() == "Zoë"
    # "Hinweis" is not recognised: the secretary makes it the notes.
    combo = view.combos[4]
    combo.setCurrentIndex(combo.findData("notes"))
    assert view.preview.horizontalHeaderItem(4).text() == "Hinweis\n→ Notes"

    _click(qtbot, dialog, dialog.dry_run_button)
    assert "Dry run, nothing saved: 2 would be added, 0 updated, 1 refused" in dialog.message.text()
    assert "row 4: refused: Family name: is needed" in dialog.details.toPlainText()
    assert _count(database) == before

    _click(qtbot, dialog, dialog.import_button)
    assert "Imported: 2 added" in dialog.message.text()
    people = _people(database)
    assert people["Müller"] == ("Jürgen", "+49 351 123", "kommt mit Frau")
    assert people["Brontë"] == ("Zoë", "+44 20 7946 0000", "=vegetarisch")
    refused = tmp_path / "gaeste-refused.csv"
    assert dialog.refused_written == refused
    assert "row 4: Family name" in refused.read_text(encoding="utf-8-sig")
    dialog.close()

    # The whole import is one step of Edit › Undo, and Redo imports it again.
    assert window.undo_stack.undoText().startswith("Import of gaeste.csv")
    window.undo_stack.undo()
    assert _count(database) == before
    window.undo_stack.redo()
    assert {"Müller", "Brontë"} <= set(_people(database)) and _count(database) == before + 2


def test_the_mapping_is_remembered_for_the_same_header(qtbot, database, tmp_path, settings) -> None:  # noqa: ANN001
    source = tmp_path / "list.csv"
    source.write_text("Nachname,Wer weiss\nMüller,x\n", encoding="utf-8")
    first = ImportListDialog(database, settings=settings)
    qtbot.addWidget(first)
    first.open_file(str(source))
    assert first.mapping_view.mapping() == ["family_name", None]
    first.mapping_view.set_field(1, "role")
    _click(qtbot, first, first.dry_run_button)
    again = ImportListDialog(database, settings=settings)
    qtbot.addWidget(again)
    again.open_file(str(source))
    assert again.mapping_view.mapping() == ["family_name", "role"]


def test_a_file_that_cannot_be_imported_says_why(qtbot, database, tmp_path) -> None:  # noqa: ANN001
    source = tmp_path / "list.csv"
    source.write_text("Email,Phone\na@example.org,1\n", encoding="utf-8")
    dialog = ImportListDialog(database)
    qtbot.addWidget(dialog)
    dialog.open_file(str(source))
    assert "No column becomes the family name" in dialog.message.text()
    assert not dialog.import_button.isEnabled() and not dialog.dry_run_button.isEnabled()
    dialog.open_file(str(tmp_path / "missing.csv"))
    assert "missing.csv cannot be imported" in dialog.message.text()


def test_duplicate_rows_each_get_their_own_choice(qtbot, database, tmp_path, settings) -> None:  # noqa: ANN001
    """Issue 17: after the dry run the rows naming someone already in the register are listed
    with whom they match; one is merged (chosen from the keyboard), one added as new, while
    the rule for all rows stays "skip"."""
    from PySide6.QtWidgets import QApplication, QComboBox

    from exchangedesk.domain.people import PersonDraft
    from exchangedesk.services.people.edits import create_person

    create_person(database, PersonDraft("Müller", "Jürgen"), actor="t")
    create_person(database, PersonDraft("Schmidt", "Anna"), actor="t")
    source = tmp_path / "list.csv"
    source.write_text(
        "Vorname,Name,Telefon\nJURGEN,Muller,+49 1\nAnna,Schmidt,+49 2\nEva,Weber,+49 3\n",
        encoding="utf-8",
    )
    dialog = ImportListDialog(database, settings=settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.open_file(str(source))
    rows = dialog.duplicate_rows
    assert not rows.isVisible()
    assert dialog.duplicates_box.currentData() == "skip"

    _click(qtbot, dialog, dialog.dry_run_button)
    assert rows.isVisible() and rows.rowCount() == 2
    listed = [[rows.item(r, c).text() for c in range(4)] for r in range(2)]
    assert [line[:2] for line in listed] == [["2", "JURGEN Muller"], ["3", "Anna Schmidt"]]
    assert listed[0][2].startswith("Jürgen Müller (#") and listed[1][2].startswith("Anna Schmidt")
    assert {line[3] for line in listed} == {"As for all rows"}

    # From the keyboard: Alt+E reaches the list, F2 opens the first row's choice, Down picks
    # "merge", Return keeps it.
    QTest.keyClick(dialog, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    assert rows.hasFocus() and rows.currentRow() == 0
    QTest.keyClick(rows, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QComboBox)
    QTest.keyClick(editor, Qt.Key.Key_Down)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert rows.item(0, 3).text() == "Merge its cells into the record in the register"
    rows.choose(3, "create")
    assert rows.choices() == {2: "merge", 3: "create"}
    # Another dry run follows the choices and keeps them in the list.
    _click(qtbot, dialog, dialog.dry_run_button)
    assert "2 would be added, 1 updated" in dialog.message.text()
    assert rows.choices() == {2: "merge", 3: "create"}

    _click(qtbot, dialog, dialog.import_button)
    assert "Imported: 2 added, 1 updated" in dialog.message.text()
    with database.reading() as session:
        people = [(p.given_name, p.family_name, p.phone)
                  for p in session.scalars(select(Person).order_by(Person.id))]  # fmt: skip
    assert people == [
        ("JURGEN", "Muller", "+49 1"),  # merged: the row's cells written over the record
        ("Anna", "Schmidt", None),  # left as it was
        ("Anna", "Schmidt", "+49 2"),  # the row added as a new person
        ("Eva", "Weber", "+49 3"),
    ]
    # Another mapping: other rows may match, so the list goes until the next dry run.
    dialog.mapping_view.set_field(2, None)
    assert not rows.isVisible() and rows.choices() == {}
