"""Consents on the person's pane: each purpose listed as in force, withdrawn or never asked;
Record consent… (a minor's without the guardian refused beside the field), Withdraw… (kept
with its end date), both undone and redone from the window's stack; reachable by keyboard."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import select

from exchangedesk.db.models import PersonSensitive, PrivacyConsent
from exchangedesk.db.session import Database
from exchangedesk.domain.people import PersonDraft
from exchangedesk.domain.privacy import ConsentMethod, ConsentPurpose
from exchangedesk.services.people.edits import create_person
from exchangedesk.ui.main_window import MainWindow
from exchangedesk.ui.people.page import PeopleArea
from sample_committee import SampleIds


@pytest.fixture
def people(filled_window: MainWindow) -> PeopleArea:
    filled_window.show_area("people")
    return filled_window.page("people")


def stored(database: Database, person_id: int) -> list[tuple[str, dt.date | None]]:
    with database.reading() as session:
        rows = session.scalars(
            select(PrivacyConsent)
            .where(PrivacyConsent.person_id == person_id)
            .order_by(PrivacyConsent.id)
        ).all()
        return [(r.purpose.value, r.withdrawn_on) for r in rows]


def test_record_withdraw_undo_and_redo(
    people: PeopleArea, filled_window: MainWindow, database: Database, sample: SampleIds, qtbot
) -> None:  # noqa: ANN001
    assert people.people.select_id(sample.olga)
    section = people.people.detail.consents
    assert section.isVisible()
    assert [r[1] for r in section.rows()] == ["never asked"] * 4
    assert not section.withdraw_button.isEnabled()
    section.table.setCurrentItem(section.table.topLevelItem(0))  # photos
    dialog = section.record()
    assert dialog.purpose.currentData() == ConsentPurpose.PHOTOS
    dialog.given_on.set_value(dt.date(2026, 5, 2))
    dialog.method.setCurrentIndex(dialog.method.findData(ConsentMethod.EMAIL.value))
    dialog.save()
    assert not dialog.isVisible()
    assert stored(database, sample.olga) == [("photos", None)]
    section = people.people.detail.consents
    photos = section.rows()[0]
    assert photos[0] == "Photos in publications" and photos[1] == "in force"
    assert "2 May 2026" in photos[2] and "e-mail" in photos[2]
    assert photos[3] == database.actor
    stack = filled_window.undo_stack
    assert stack.count() == 1 and "Record consent" in stack.undoText()

    assert section.select_purpose(ConsentPurpose.PHOTOS)
    assert section.withdraw_button.isEnabled()
    withdraw = section.withdraw()
    withdraw.withdrawn_on.set_value(dt.date(2026, 5, 1))  # before it was given: refused
    withdraw.save()
    assert "before the consent was given" in withdraw.messages.message("withdrawn_on")
    withdraw.withdrawn_on.set_value(dt.date(2026, 5, 20))
    withdraw.save()
    assert stored(database, sample.olga) == [("photos", dt.date(2026, 5, 20))]
    assert "withdrawn on 20 May 2026" in people.people.detail.consents.rows()[0][1]

    stack.undo()  # the withdrawal
    assert stored(database, sample.olga) == [("photos", None)]
    stack.undo()  # the recording
    assert stored(database, sample.olga) == []
    assert people.people.detail.consents.rows()[0][1] == "never asked"
    stack.redo()
    stack.redo()
    assert [(p, w) for p, w in stored(database, sample.olga)] == [("photos", dt.date(2026, 5, 20))]


def test_a_minors_consent_without_the_guardian_is_refused_naming_the_field(
    people: PeopleArea, database: Database, sample: SampleIds
) -> None:
    guardian = create_person(
        database, PersonDraft(given_name="Anna", family_name="Meyer"), actor="t"
    )
    child = create_person(database, PersonDraft(given_name="Tim", family_name="Meyer"), actor="t")
    with database.unit_of_work() as session:
        session.add(
            PersonSensitive(
                person_id=child.person.id,
                date_of_birth=dt.date(2014, 3, 1),
                guardian_id=guardian.person.id,
            )
        )
    people.people.refresh()
    assert people.people.select_id(child.person.id)
    section = people.people.detail.consents
    dialog = section.record()
    dialog.given_on.set_value(dt.date(2026, 5, 2))
    dialog.save()
    assert dialog.isVisible()
    assert "guardian gives the consent" in dialog.messages.message("given_by")
    assert stored(database, child.person.id) == []
    dialog.given_by.set_choice(guardian.person.id, "Anna Meyer")
    dialog.save()
    assert not dialog.isVisible()
    assert "by Anna Meyer (guardian)" in people.people.detail.consents.rows()[0][2]


def test_keyboard_reaches_the_buttons_and_the_dialog_fields(
    people: PeopleArea, sample: SampleIds, qtbot
) -> None:  # noqa: ANN001
    assert people.people.select_id(sample.olga)
    section = people.people.detail.consents
    assert section.record_button.text().startswith("&R")
    assert section.withdraw_button.text().startswith("&W")
    section.table.setFocus()
    section.table.setCurrentItem(section.table.topLevelItem(1))
    QTest.keyClick(section.table, Qt.Key.Key_Return)  # Enter on "never asked": record it
    dialog = section.dialog
    assert dialog is not None and dialog.purpose.currentData() == ConsentPurpose.PARTNER_SHARING
    qtbot.waitExposed(dialog)
    buddies = {}
    for row in range(dialog.form.rowCount()):
        label = dialog.form.itemAt(row, dialog.form.ItemRole.LabelRole)
        if label is not None and label.widget() is not None and label.widget().buddy():
            buddies[label.widget().text()] = label.widget().buddy()
    assert buddies["&Purpose:"] is dialog.purpose
    assert buddies["Given by &guardian:"] is dialog.given_by
    dialog.reject()
