"""The people pane's masked details and their reveal, sensitive edits, and merging two records."""

from __future__ import annotations

import datetime as dt

import pytest
from keys import closed
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import func, select

from exchangedesk.db.models import AuditEntry, DelegationMember
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import MemberRole
from exchangedesk.domain.people import PersonDraft
from exchangedesk.services.people.edits import create_person, reveal_sensitive
from exchangedesk.services.people.lists import find_people, get_person
from exchangedesk.ui.dialogs import confirm
from exchangedesk.ui.dialogs.record_fields import Choice
from exchangedesk.ui.main_window import MainWindow
from exchangedesk.ui.people.detail import MASK
from exchangedesk.ui.people.merge import MergePeopleDialog
from exchangedesk.ui.people.page import PeopleArea
from qt_checks import ModelChecker
from sample_committee import PASSPORT, SampleIds


class Answers:
    """Stands in for the user at every yes/no question; remembers the titles asked."""

    def __init__(self) -> None:
        self.answer = True
        self.asked: list[str] = []

    def __call__(self, parent, title, text, yes, no) -> bool:  # noqa: ANN001
        self.asked.append(title)
        return self.answer


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    replies = Answers()
    monkeypatch.setattr(confirm, "ask", replies)
    return replies


def area_of(window: MainWindow) -> PeopleArea:
    window.show_area("people")
    area = window.page("people")
    assert isinstance(area, PeopleArea)
    return area


def reveals(database: Database) -> int:
    with database.reading() as session:
        return session.execute(
            select(func.count()).where(AuditEntry.action == "reveal")
        ).scalar_one()


def test_the_pane_masks_sensitive_details_until_revealed(
    filled_window: MainWindow, database: Database, sample: SampleIds, answers
) -> None:  # noqa: ANN001
    pane = area_of(filled_window).people
    assert pane.select_id(sample.olga)
    detail = pane.detail
    shown = detail.shown_values()
    assert shown["native_name"] == "Ольга Иванова"
    assert shown["passport_number"] == MASK and shown["medical_notes"] == MASK
    assert PASSPORT not in repr(shown) and "asthma" not in repr(shown)
    assert detail.reveal_button.isVisible()

    answers.answer = False  # "Keep hidden"
    assert not detail.reveal()
    assert detail.shown_values()["passport_number"] == MASK and reveals(database) == 0

    answers.answer = True
    detail.reveal_button.click()
    shown = detail.shown_values()
    assert shown["passport_number"] == PASSPORT and shown["medical_notes"] == "asthma"
    assert "date_of_birth" not in shown  # nothing recorded: no empty row
    assert reveals(database) == 1
    assert "Show sensitive details" in answers.asked

    pane.select_id(find_people(database, "zoe bronte")[0].id)  # another person: hidden again
    assert detail.shown_values()["passport_number"] == MASK


def test_sensitive_details_edited_in_their_tab_and_undone(
    filled_window: MainWindow, database: Database, sample: SampleIds, qtbot, answers
) -> None:  # noqa: ANN001
    page = area_of(filled_window).people
    page.edit_record(sample.olga)
    editor = page.dialog
    assert not editor.sensitive.loaded and reveals(database) == 0
    editor.tabs.setCurrentIndex(1)
    editor.sensitive.reveal_button.click()
    assert editor.sensitive.loaded and reveals(database) == 1
    assert editor.sensitive.passport_number.text() == PASSPORT
    editor.sensitive.passport_number.setText("753 123 456")
    editor.sensitive.date_of_birth.edit.setText("17 May 1950")
    editor.sensitive.dietary_notes.setPlainText("Vegetarian")
    editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: not editor.isVisible())
    details = reveal_sensitive(database, sample.olga, actor="test").draft
    assert details.passport_number == "753 123 456"
    assert details.date_of_birth == dt.date(1950, 5, 17) and details.medical_notes == "asthma"

    filled_window.undo_stack.undo()
    details = reveal_sensitive(database, sample.olga, actor="test").draft
    assert details.passport_number == PASSPORT and details.date_of_birth is None
    assert details.dietary_notes is None
    filled_window.undo_stack.redo()
    assert reveal_sensitive(database, sample.olga, actor="test").draft.dietary_notes == (
        "Vegetarian"
    )


def _twin_of_olga(database: Database, sample: SampleIds) -> int:
    twin = create_person(
        database,
        PersonDraft(
            "Ivanova",
            "Olga",
            given_name_native="Ольга",
            family_name_native="Иванова",
            email="olga@example.org",
        ),
        actor="test",
    ).person.id
    with database.unit_of_work() as session:
        session.add(
            DelegationMember(
                delegation_id=sample.kemi_delegation, person_id=twin, role=MemberRole.INTERPRETER
            )
        )
    return twin


def test_merge_dialog_previews_merges_and_is_undoable(
    filled_window: MainWindow,
    database: Database,
    sample: SampleIds,
    qtbot,
    answers,
    model_checker: ModelChecker,
) -> None:  # noqa: ANN001
    twin = _twin_of_olga(database, sample)
    page = area_of(filled_window).people
    page.select_id(sample.olga)
    page.detail.merge_button.click()
    dialog = page.dialog
    assert isinstance(dialog, MergePeopleDialog)
    assert not dialog.merge_button.isEnabled()
    dialog.other.edit.setText("ольга")
    (choice,) = dialog.other.search_now()  # Olga herself is not offered
    dialog.other.choose(choice)
    assert dialog.merge_button.isEnabled()
    model_checker.check(dialog.model)
    rows = {r.field: r for r in dialog.model.rows()}
    assert rows["E-mail"].outcome.startswith("taken from the record that goes")
    assert "delegation memberships: 1" in dialog.links.text()
    assert "undone" in dialog.links.text()

    dialog.merge_button.click()
    qtbot.waitUntil(lambda: closed(dialog))
    assert "Merge two records" in answers.asked
    assert [p.id for p in find_people(database, "olga ivanova")] == [sample.olga]
    assert get_person(database, sample.olga).draft.email == "olga@example.org"
    assert page.selected_row().id == sample.olga

    stack = filled_window.undo_stack
    assert stack.undoText() == "Merge Olga Ivanova into Olga Ivanova"
    stack.undo()
    assert sorted(p.id for p in find_people(database, "olga ivanova")) == [sample.olga, twin]
    assert get_person(database, sample.olga).draft.email is None
    stack.redo()
    assert [p.id for p in find_people(database, "olga ivanova")] == [sample.olga]
    assert not model_checker.failures()


def test_the_record_that_stays_can_be_swapped(
    filled_window: MainWindow, database: Database, sample: SampleIds, qtbot, answers
) -> None:  # noqa: ANN001
    twin = _twin_of_olga(database, sample)
    page = area_of(filled_window).people
    page.merge_record(sample.olga)
    dialog = page.dialog
    dialog.other.choose(Choice(twin, "Olga Ivanova"))
    dialog.keep_second.setChecked(True)
    assert dialog.survivor.id == twin
    dialog.merge_button.click()
    qtbot.waitUntil(lambda: closed(dialog))
    assert [p.id for p in find_people(database, "olga ivanova")] == [twin]
    assert reveal_sensitive(database, twin, actor="test").draft.passport_number == PASSPORT


def test_a_read_only_database_offers_no_editing(
    make_window,
    db_path,
    sample: SampleIds,  # noqa: ANN001
) -> None:
    from exchangedesk.db.opening import open_database

    handle = open_database(db_path, read_only=True)
    try:
        window = make_window(handle)
        page = area_of(window).people
        assert not window.actions_.new_record.isEnabled()
        page.select_id(sample.olga)
        assert not page.detail.edit_button.isEnabled()
        assert not page.detail.reveal_button.isEnabled()
    finally:
        window.close()
        handle.close()
