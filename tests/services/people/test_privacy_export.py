"""A person's data given to them: every column of every row naming them, as JSON and PDF."""

from __future__ import annotations

import json
import subprocess

import pytest
from sqlalchemy import select

from exchangedesk.db.models import AuditEntry, Person, PersonSensitive
from exchangedesk.domain.errors import ValidationError
from exchangedesk.services.people.privacy import (
    LINK_ONLY,
    export_personal_data,
    person_links,
    personal_data,
)
from privacy_sample import HELEN, OLGA, demo


@pytest.fixture
def register(database):
    demo(database)
    return database


def test_every_column_the_models_hold_about_a_person_is_exported(register) -> None:
    data = personal_data(register, OLGA, actor="tester")
    keys = {s.key for s in data.sections}
    # Every foreign key to people found in the models is a section, so a new table is covered.
    links = {f"{t.name}.{c.name}" for t, c in person_links()}
    assert links <= keys
    assert {"people.id", "placements.participant_id", "consents.participant_id"} <= keys
    assert "delegation_members.person_id" in links and "contributions.donor_person_id" in links
    tables = {t.name: t for t, _ in person_links()} | {"people": Person.__table__}
    for section in data.sections:
        table_name = section.key.split(".")[0]
        table = tables.get(table_name)
        if table is None:
            continue
        wanted = set(LINK_ONLY.get(section.key) or (c.name for c in table.columns))
        for row in section.rows:
            assert set(row) == wanted, section.key
    person = data.section("people.id").rows[0]
    assert set(person) == {c.name for c in Person.__table__.columns}
    assert person["given_name"] == "Olga" and person["family_name_native"] == "Смирнова"
    sensitive = data.section("person_sensitive.person_id").rows[0]
    assert set(sensitive) == {c.name for c in PersonSensitive.__table__.columns}
    assert sensitive["passport_number"] == "75 0000101"
    assert len(data.section("delegation_members.person_id").rows) == 1
    letters = data.section("documents.recipient_person_id").rows
    assert {r["title"] for r in letters} >= {"Visa support letter for Olga Smirnova"}


def test_contributions_are_exported_with_their_amounts(register) -> None:
    data = personal_data(register, HELEN, actor="tester")
    rows = data.section("contributions.donor_person_id").rows
    assert len(rows) == 2 and all(r["amount"] and r["currency"] for r in rows)


def test_export_writes_json_and_a_readable_pdf_and_is_audited(register, tmp_path) -> None:
    files = export_personal_data(register, OLGA, tmp_path / "out", actor="clerk")
    document = json.loads(files.json_path.read_text(encoding="utf-8"))
    assert document["person_id"] == OLGA
    person = document["sections"]["people.id"]["rows"][0]
    assert person["given_name_native"] == "Ольга"
    assert document["sections"]["person_sensitive.person_id"]["rows"][0]["passport_number"]
    text = subprocess.run(
        ["pdftotext", str(files.pdf_path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Personal data held about Olga Smirnova" in text
    assert "75 0000101" in text and "Смирнова" in text
    assert "Delegation memberships (1)" in text
    with register.reading() as session:
        entry = session.execute(
            select(AuditEntry.actor, AuditEntry.entity).where(
                AuditEntry.action == "export", AuditEntry.entity_id == OLGA
            )
        ).one()
    assert tuple(entry) == ("clerk", "person")


def test_export_of_an_unknown_person_is_refused(register, tmp_path) -> None:
    with pytest.raises(ValidationError, match="no person #9999"):
        export_personal_data(register, 9999, tmp_path / "out", actor="clerk")
    assert not (tmp_path / "out").exists()
