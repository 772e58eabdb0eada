"""Two staff on one register, in the window: the conflict dialog for a stale edit, and a
change made by another process appearing in the list without F5 (issue 19)."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtWidgets import QDialogButtonBox

from exchangedesk.db.session import Database
from exchangedesk.domain.people import PersonDraft
from exchangedesk.services.people.edits import update_person
from exchangedesk.services.people.lists import find_people, get_person
from exchangedesk.ui.main_window import MainWindow
from exchangedesk.ui.people.page import PeopleArea
from exchangedesk.ui.sharing.stale_edit import StaleEditDialog

WAIT_MS = 5_000  # the issue asks for about two seconds; the wait fails only far beyond


def _people(window: MainWindow) -> PeopleArea:
    window.show_area("people")
    area = window.page("people")
    assert isinstance(area, PeopleArea)
    area.tabs.setCurrentIndex(0)
    return area


def test_a_stale_edit_opens_a_dialog_naming_who_offering_both_versions_and_reload(
    filled_window: MainWindow, database: Database, qtbot
) -> None:  # noqa: ANN001
    (zoe,) = find_people(database, "zoe bronte")
    area = _people(filled_window)
    area.people.edit_record(zoe.id)
    editor = area.people.dialog
    mine = get_person(database, zoe.id)
    theirs = PersonDraft(**{**mine.draft.__dict__, "role": "Chair"})
    database.set_member("Boris")
    update_person(database, zoe.id, theirs, expected_version=mine.version, actor=database.actor)
    database.set_member(None)

    editor.role.setText("Treasurer")
    editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    dialog = editor.stale_dialog
    assert isinstance(dialog, StaleEditDialog) and dialog.isVisible()
    assert "changed by Boris on " in dialog.headline.text()
    assert not dialog.table.isVisible()
    dialog.compare_button.click()
    assert dialog.table.isVisible()
    assert dialog.differing_rows() == [("Role", "Treasurer", "Chair")]
    assert dialog.table.horizontalHeaderItem(2).text() == "Saved by Boris"
    assert get_person(database, zoe.id).draft.role == "Chair"  # nothing of mine was saved

    dialog.reload_button.click()
    assert editor.role.text() == "Chair"  # their version, ready to edit again
    editor.role.setText("Chair and treasurer")
    editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=WAIT_MS)
    assert get_person(database, zoe.id).draft.role == "Chair and treasurer"


RENAME_IN_ANOTHER_PROCESS = """
import dataclasses, sys
from exchangedesk.db.opening import open_database
from exchangedesk.services.people.edits import update_person
from exchangedesk.services.people.lists import get_person
handle = open_database(sys.argv[1], take_lock=False)
person = get_person(handle.database, int(sys.argv[2]))
draft = dataclasses.replace(person.draft, role="Changed elsewhere")
update_person(handle.database, person.id, draft, expected_version=person.version, actor="other")
handle.close()
"""


def test_a_change_by_another_process_appears_in_the_list_without_f5_keeping_selection(
    filled_window: MainWindow, database: Database, db_path, qtbot
) -> None:  # noqa: ANN001
    (zoe,) = find_people(database, "zoe bronte")
    area = _people(filled_window)
    page = area.people
    assert page.select_id(zoe.id)

    def role_shown() -> str | None:
        row = page.selected_row()
        return getattr(row, "role", None)

    assert role_shown() != "Changed elsewhere"
    subprocess.run(
        [sys.executable, "-c", RENAME_IN_ANOTHER_PROCESS, str(db_path), str(zoe.id)], check=True
    )
    qtbot.waitUntil(lambda: role_shown() == "Changed elsewhere", timeout=WAIT_MS)
    assert page.selected_row().id == zoe.id  # still on the same person


def test_a_stale_delegation_edit_gets_the_same_dialog_and_saves_after_reload(
    filled_window: MainWindow, database: Database, qtbot
) -> None:  # noqa: ANN001
    """The stale-edit dialog is the editors' shared one (ui/sharing/stale_edit.StaleEditing),
    not the person editor's alone: here the delegation editor, an AidFormDialog."""
    from delegation_ui import delegations, save, select_title

    from exchangedesk.services.delegations.detail import delegation_detail
    from exchangedesk.services.delegations.edits import draft_of, update_delegation

    page = delegations(filled_window)
    select_title(page, "Dresden choir visit")
    page.edit_selected()
    editor = page.editor
    mine = page.pane.detail
    database.set_member("Boris")
    theirs = {**draft_of(mine).__dict__, "notes": "Boris booked the coach"}
    update_delegation(
        database, mine.id, type(draft_of(mine))(**theirs), expected_version=mine.version_id
    )
    database.set_member(None)

    editor.title.setText("Dresden choir, spring tour")
    save(editor)
    dialog = editor.stale_dialog
    assert isinstance(dialog, StaleEditDialog) and dialog.isVisible()
    assert "changed by Boris on " in dialog.headline.text()
    dialog.compare_button.click()
    assert ("Title", "Dresden choir, spring tour", "Dresden choir visit") in (
        dialog.differing_rows()
    )
    assert ("Notes", "", "Boris booked the coach") in dialog.differing_rows()
    assert delegation_detail(database, mine.id).title == "Dresden choir visit"  # nothing saved

    dialog.reload_button.click()
    assert editor.notes.toPlainText() == "Boris booked the coach"  # their version, to go on
    editor.title.setText("Dresden choir, spring tour")
    save(editor)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=WAIT_MS)
    saved = delegation_detail(database, mine.id)
    assert (saved.title, saved.notes) == ("Dresden choir, spring tour", "Boris booked the coach")
