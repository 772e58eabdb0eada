"""The participant list's preview warns, in its yellow bar, about participants with no consent
to share their data with the partner committee; once every consent is recorded the bar goes."""

from __future__ import annotations

import datetime as dt

import documents_support as support
from documents_support import ISSUED
from sqlalchemy import select

from exchangedesk.db.models import ExchangeProgramme, Participant, Person, PersonSensitive
from exchangedesk.domain.errors import ValidationError
from exchangedesk.domain.privacy import ConsentMethod, ConsentPurpose
from exchangedesk.services.privacy.consents import ConsentDraft, record_consent
from exchangedesk.ui.documents import show_document

demo_file, demo_copy, opened_demo = support.demo_file, support.demo_copy, support.opened_demo


def preview(qtbot, database, programme: int):  # noqa: ANN001, ANN201
    dialog = show_document(None, database, "participant_list", programme, issued_on=ISSUED)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.page_count > 0 and not dialog.busy, timeout=60_000)
    return dialog


def programme_with_participants(database) -> tuple[int, list[tuple[int, str, int | None]]]:  # noqa: ANN001
    with database.reading() as s:
        rows = s.execute(
            select(
                ExchangeProgramme.id,
                Person.id,
                Person.given_name,
                Person.family_name,
                PersonSensitive.guardian_id,
            )
            .join(Participant, Participant.programme_id == ExchangeProgramme.id)
            .join(Person, Person.id == Participant.person_id)
            .outerjoin(PersonSensitive, PersonSensitive.person_id == Person.id)
            .order_by(ExchangeProgramme.id, Participant.id)
        ).all()
    first = rows[0][0]
    return first, [
        (pid, f"{g} {f}".strip(), guardian) for p, pid, g, f, guardian in rows if p == first
    ]


def test_the_bar_names_who_has_not_consented_and_goes_once_all_have(qtbot, opened_demo) -> None:  # noqa: ANN001
    database = opened_demo.database
    programme, people = programme_with_participants(database)
    dialog = preview(qtbot, database, programme)
    bar = dialog.warning
    assert not bar.isHidden(), "no warning although consents are missing"
    assert bar.objectName() == "document-warning"
    assert "No consent recorded" in bar.text() and "People › Consents" in bar.text()
    assert any(name in bar.text() for _pid, name, _g in people)
    dialog.close()
    for person_id, _name, guardian in people:
        draft = ConsentDraft(
            ConsentPurpose.PARTNER_SHARING,
            ISSUED - dt.timedelta(days=30),
            ConsentMethod.FORM,
            guardian,
        )
        try:
            record_consent(database, person_id, draft, actor="test")
        except ValidationError as exc:
            assert "already in force" in exc.message  # given before: nothing to add
    dialog = preview(qtbot, database, programme)
    assert dialog.warning.isHidden() and dialog.warning.text() == ""
    dialog.close()
