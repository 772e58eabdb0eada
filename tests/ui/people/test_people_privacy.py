"""Person › Export personal data… and Person › Erase… on the people pane."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from exchangedesk.db.models import AuditEntry, Person
from exchangedesk.db.session import Database
from exchangedesk.domain.people import OrganisationDraft
from exchangedesk.ui.dialogs import confirm
from exchangedesk.ui.main_window import MainWindow
from exchangedesk.ui.people import privacy
from exchangedesk.ui.people.page import PeopleArea
from sample_committee import PASSPORT, SampleIds


@pytest.fixture
def people(filled_window: MainWindow) -> PeopleArea:
    filled_window.show_area("people")
    return filled_window.page("people")


def test_export_writes_both_files_and_is_audited(
    people: PeopleArea, database: Database, sample: SampleIds, tmp_path, monkeypatch
) -> None:  # noqa: ANN001
    monkeypatch.setattr(privacy, "choose_folder", lambda parent, name: tmp_path / "out")
    assert people.people.select_id(sample.olga)
    detail = people.people.detail
    assert detail.export_button.isVisible() and detail.erase_button.isVisible()
    messages: list[str] = []
    detail.message.connect(messages.append)
    detail.export_button.click()
    data = json.loads((tmp_path / "out" / f"person-{sample.olga}-personal-data.json").read_text())
    assert data["sections"]["person_sensitive.person_id"]["rows"][0]["passport_number"] == PASSPORT
    assert (tmp_path / "out" / f"person-{sample.olga}-personal-data.pdf").exists()
    assert messages and "written to" in messages[-1]
    with database.reading() as session:
        exports = session.scalar(select(func.count()).where(AuditEntry.action == "export"))
    assert exports == 1


def test_erase_asks_first_then_anonymises_and_clears_undo(
    people: PeopleArea,
    filled_window: MainWindow,
    database: Database,
    sample: SampleIds,
    monkeypatch,
) -> None:  # noqa: ANN001
    answers: list[bool] = [False]
    asked: list[str] = []

    def ask(parent, title, text, yes, no) -> bool:  # noqa: ANN001
        asked.append(text)
        return answers[0]

    monkeypatch.setattr(confirm, "ask", ask)
    assert people.people.select_id(sample.olga)
    detail = people.people.detail
    detail.erase_button.click()  # "Keep"
    with database.reading() as session:
        assert session.get(Person, sample.olga).given_name == "Olga"
    assert "cannot be undone" in asked[-1]
    answers[0] = True
    messages: list[str] = []
    detail.message.connect(messages.append)
    people.edits.add_organisation(OrganisationDraft(name="Rotary Club"))  # an earlier edit
    assert filled_window.undo_stack.count() == 1
    assert people.people.select_id(sample.olga)  # the edit re-read the list
    detail.erase_button.click()
    with database.reading() as session:
        erased = session.get(Person, sample.olga).display_name
    assert erased == f"Erased person {sample.olga}", messages
    assert filled_window.undo_stack.count() == 0
    assert f"Erased person {sample.olga}" in detail.heading.text()
