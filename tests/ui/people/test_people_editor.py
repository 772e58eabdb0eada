"""The person and organisation editors as a secretary uses them, inside the main window."""

from __future__ import annotations

import unicodedata

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from exchangedesk.db.session import Database
from exchangedesk.domain.people import PersonDraft
from exchangedesk.services.people.edits import update_person
from exchangedesk.services.people.lists import find_people, get_person
from exchangedesk.services.people.organisations import find_organisations
from exchangedesk.ui.dialogs import confirm
from exchangedesk.ui.dialogs.record_fields import Choice, ChoiceListModel
from exchangedesk.ui.main_window import MainWindow
from exchangedesk.ui.people.organisation_editor import OrganisationEditor
from exchangedesk.ui.people.page import PeopleArea
from exchangedesk.ui.people.person_editor import PersonEditor
from qt_checks import ModelChecker


class Answers:
    """Stands in for the user at every yes/no question."""

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


def people_area(window: MainWindow, tab: int = 0) -> PeopleArea:
    window.show_area("people")
    area = window.page("people")
    assert isinstance(area, PeopleArea)
    area.tabs.setCurrentIndex(tab)
    return area


def new_person_editor(window: MainWindow, qtbot) -> PersonEditor:  # noqa: ANN001
    area = people_area(window)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(area.people.dialog, PersonEditor))
    return area.people.dialog


def save(editor) -> None:  # noqa: ANN001
    editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def pick(field, text: str) -> None:  # noqa: ANN001
    """Type into a lookup and pick the first record it finds."""
    field.edit.setText(text)
    found = field.search_now()
    assert found, f"nothing found for {text!r}"
    field.choose(found[0])


def test_ctrl_n_adds_a_person_or_an_organisation_by_tab(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    editor = new_person_editor(window, qtbot)
    assert editor.windowTitle() == "New person"
    editor.done(0)
    area = people_area(window, tab=1)
    assert window.actions_.new_record.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(area.organisations.dialog, OrganisationEditor))
    assert area.organisations.dialog.windowTitle() == "New organisation"


def test_create_a_person_with_names_in_two_scripts_then_undo_and_redo(
    filled_window: MainWindow,
    database: Database,
    qtbot,
    answers: Answers,  # noqa: ANN001
) -> None:
    editor = new_person_editor(filled_window, qtbot)
    editor.given_name.setText("Svetlana")
    editor.family_name.setText("Petrova")
    editor.given_name_native.setText("Светлана")  # set as typed text: keyClicks cannot
    editor.family_name_native.setText("Петрова")
    editor.salutation.setCurrentText("Ms")
    pick(editor.organisation, "pedagogical")
    editor.role.setText("Interpreter")
    assert editor.languages.add_text("Russian") and editor.languages.add_text("en")
    editor.email.setText("s.petrova@example.org")
    pick(editor.city, "волгоград")
    assert editor.opening.text() == "Letters begin: “Dear Ms Petrova,”"
    save(editor)
    qtbot.waitUntil(lambda: not editor.isVisible())

    (found,) = find_people(database, "петрова")
    person = get_person(database, found.id)
    assert person.draft.languages == ("ru", "en")
    assert person.organisation == "Volgograd Pedagogical University"
    assert person.city and person.city.startswith("Volgograd")
    area = people_area(filled_window)
    assert area.people.selected_row().id == found.id  # the new person is selected
    assert area.people.detail.shown_values()["native_name"] == "Светлана Петрова"

    stack = filled_window.undo_stack
    assert stack.count() == 1 and stack.undoText() == "Add Svetlana Petrova"
    stack.undo()
    assert find_people(database, "петрова") == []
    stack.redo()
    assert [p.id for p in find_people(database, "петрова")] == [found.id]


def test_problems_are_shown_beside_their_fields_and_nothing_is_saved(
    window: MainWindow,
    database: Database,
    qtbot,
    answers: Answers,  # noqa: ANN001
) -> None:
    editor = new_person_editor(window, qtbot)
    editor.given_name.setText("Ольга")  # Cyrillic in the Latin field
    editor.email.setText("olga-at-example")
    editor.organisation.edit.setText("No such school")  # typed, never picked
    save(editor)
    shown = editor.messages.shown()
    assert set(shown) == {"family_name", "given_name", "email", "organisation_id"}
    assert "Latin letters" in shown["given_name"]
    assert editor.isVisible() and find_people(database, "ольга") == []
    assert window.undo_stack.count() == 0
    editor.given_name.setText("Olga")
    editor.family_name.setText("Ivanova")
    editor.email.clear()
    editor.organisation.edit.clear()
    save(editor)
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert len(find_people(database, "olga ivanova")) == 1


def test_a_bad_sensitive_field_opens_its_tab(
    window: MainWindow,
    qtbot,
    answers: Answers,  # noqa: ANN001
) -> None:
    editor = new_person_editor(window, qtbot)
    editor.family_name.setText("Petrova")
    editor.sensitive.passport_expiry.edit.setText("the day after tomorrow")
    save(editor)
    assert editor.tabs.currentIndex() == 1
    assert "not a date" in editor.messages.message("passport_expiry")


def test_a_possible_duplicate_is_shown_before_saving(
    filled_window: MainWindow,
    database: Database,
    qtbot,
    answers: Answers,  # noqa: ANN001
) -> None:
    editor = new_person_editor(filled_window, qtbot)
    editor.given_name.setText(unicodedata.normalize("NFD", "Zoë"))
    editor.family_name.setText("Bronte")
    save(editor)
    banner = editor.duplicates
    assert banner.isVisible() and editor.isVisible()
    assert "Zoë Brontë" in banner.text.text() and "same name" in banner.text.text()
    assert len(find_people(database, "bronte")) == 1  # not saved
    banner.acknowledge.setChecked(True)  # "a different person — save anyway"
    save(editor)
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert len(find_people(database, "bronte")) == 2


def test_open_the_existing_person_instead(
    filled_window: MainWindow,
    database: Database,
    qtbot,
    answers: Answers,  # noqa: ANN001
) -> None:
    (zoe,) = find_people(database, "zoe bronte")
    editor = new_person_editor(filled_window, qtbot)
    editor.given_name.setText("Zoe")
    editor.family_name.setText("Brontë")
    editor.check_duplicates()
    (button,) = [
        b
        for b in editor.duplicates.findChildren(type(editor.buttons.buttons()[0]))
        if b.objectName() == f"open-duplicate-{zoe.id}"
    ]
    button.click()
    area = people_area(filled_window)
    qtbot.waitUntil(lambda: area.people.dialog is not None and area.people.dialog is not editor)
    assert area.people.dialog.person.id == zoe.id
    assert area.people.selected_row().id == zoe.id
    assert len(find_people(database, "bronte")) == 1


def test_cancel_changes_nothing_and_asks_before_discarding(
    filled_window: MainWindow,
    database: Database,
    qtbot,
    answers: Answers,  # noqa: ANN001
) -> None:
    (zoe,) = find_people(database, "zoe bronte")
    before = get_person(database, zoe.id)
    area = people_area(filled_window)
    area.people.edit_record(zoe.id)
    editor = area.people.dialog
    editor.family_name.setText("Brontë-Smith")
    answers.answer = False  # "Keep editing"
    editor.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert editor.isVisible() and answers.asked == ["Discard changes?"]
    answers.answer = True
    editor.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert get_person(database, zoe.id) == before
    assert filled_window.undo_stack.count() == 0


def test_someone_elses_save_is_not_overwritten(
    filled_window: MainWindow,
    database: Database,
    qtbot,
    answers: Answers,  # noqa: ANN001
) -> None:
    (zoe,) = find_people(database, "zoe bronte")
    area = people_area(filled_window)
    area.people.edit_record(zoe.id)
    editor = area.people.dialog
    mine = get_person(database, zoe.id)
    theirs = PersonDraft(**{**mine.draft.__dict__, "role": "Chair"})
    update_person(database, zoe.id, theirs, expected_version=mine.version, actor="colleague")
    editor.role.setText("Treasurer")
    save(editor)
    assert editor.isVisible() and editor.problem.isVisible()
    assert "Zoë Brontë was changed by colleague" in editor.problem.text()
    assert get_person(database, zoe.id).draft.role == "Chair"
    assert filled_window.undo_stack.count() == 0


def test_edit_then_undo_and_redo(
    filled_window: MainWindow,
    database: Database,
    qtbot,
    answers: Answers,  # noqa: ANN001
) -> None:
    (zoe,) = find_people(database, "zoe bronte")
    area = people_area(filled_window)
    area.people.select_id(zoe.id)
    area.people.detail.edit_button.click()
    editor = area.people.dialog
    editor.given_name_native.setText("Зоя")
    editor.family_name_native.setText("Бронте")
    save(editor)
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert [p.id for p in find_people(database, "бронте")] == [zoe.id]
    stack = filled_window.undo_stack
    stack.undo()
    assert find_people(database, "бронте") == []
    assert get_person(database, zoe.id).draft.family_name_native is None
    stack.redo()
    assert [p.id for p in find_people(database, "бронте")] == [zoe.id]
    stack.undo()
    stack.undo()  # nothing more to undo: stays as it was
    assert get_person(database, zoe.id).name == "Zoë Brontë"


def test_organisation_created_with_duplicate_warning_and_undone(
    filled_window: MainWindow,
    database: Database,
    qtbot,
    answers: Answers,  # noqa: ANN001
) -> None:
    area = people_area(filled_window, tab=1)
    area.create_record()
    editor = area.organisations.dialog
    editor.name.setText("coventry city COUNCIL")
    save(editor)
    assert (
        editor.duplicates.isVisible() and "Coventry City Council" in editor.duplicates.text.text()
    )
    editor.name.setText("Coventry Youth Council")
    editor.native_name.setText("")
    pick(editor.city, "coventry")
    editor.website.setText("youth.example.org")
    save(editor)
    qtbot.waitUntil(lambda: not editor.isVisible())
    (youth,) = find_organisations(database, "youth")
    assert area.organisations.selected_row().id == youth.id
    filled_window.undo_stack.undo()
    assert find_organisations(database, "youth") == []
    filled_window.undo_stack.redo()
    assert [o.id for o in find_organisations(database, "youth")] == [youth.id]


def test_lookup_list_passes_the_model_tester(qapp, model_checker: ModelChecker) -> None:  # noqa: ANN001
    model = ChoiceListModel()
    model_checker.check(model)
    model.set_choices([Choice(1, "Volgograd (Волгоград), Russia"), Choice(2, "Kemi, Finland")])
    model_checker.check(model)
    assert model.index(0, 0).data() == "Volgograd (Волгоград), Russia"
    assert model.index(1, 0).data(ChoiceListModel.ID_ROLE) == 2
    assert not model_checker.failures()
