"""Adding and changing people: normalised names, search keys, every validation, versions."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from sqlalchemy import select

from exchangedesk.db.models import AuditEntry, Person, PersonSensitive
from exchangedesk.db.session import Database
from exchangedesk.domain.errors import ConcurrentEditError, ValidationError
from exchangedesk.domain.people import PersonDraft, SensitiveDraft
from exchangedesk.services.common.paging import ListQuery
from exchangedesk.services.people.edits import (
    create_person,
    delete_person,
    reveal_sensitive,
    update_person,
)
from exchangedesk.services.people.lists import find_people, get_person, list_people
from sample_committee import SampleIds

ACTOR = "secretary"


def _svetlana() -> PersonDraft:
    return PersonDraft(
        given_name="Svetlana",
        family_name="Petrova",
        given_name_native="Светлана",
        family_name_native="Петрова",
        salutation="Ms",
        role="Interpreter",
        gender="female",
        languages=("ru", "en"),
        email="s.petrova@example.org",
        phone="+7 8442 00 00 00",
        address="ul. Mira 1\nVolgograd",
        notes="Prefers e-mail.",
    )


def _key(database: Database, person_id: int) -> str:
    with database.reading() as session:
        return session.get(Person, person_id).search_key


def test_create_keeps_every_field_and_finds_the_person_by_any_name(database: Database) -> None:
    saved = create_person(database, _svetlana(), actor=ACTOR)
    detail = get_person(database, saved.person.id)
    assert detail.draft == _svetlana()
    assert detail.version == 1
    assert _key(database, detail.id) == "svetlana|petrova|светлана|петрова"
    assert [r.id for r in list_people(database, ListQuery(text="СВЕТЛАНА")).rows] == [detail.id]
    assert [c.id for c in find_people(database, "петрова")] == [detail.id]


def test_names_are_stored_in_nfc_with_spaces_collapsed(database: Database) -> None:
    nfd = unicodedata.normalize("NFD", "Zoë")
    saved = create_person(
        database, PersonDraft(given_name=f"  {nfd}\u00a0", family_name="Brontë  Smith"), actor=ACTOR
    )
    draft = get_person(database, saved.person.id).draft
    assert draft.given_name == "Zoë" and unicodedata.is_normalized("NFC", draft.given_name)
    assert draft.family_name == "Brontë Smith"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"family_name": "  "}, "family_name"),
        ({"family_name": "Петрова"}, "family_name"),
        ({"given_name": "Светлана"}, "given_name"),
        ({"family_name_native": None}, "family_name_native"),
        ({"email": "s.petrova(at)example.org"}, "email"),
        ({"phone": "call the office"}, "phone"),
        ({"phone": "12"}, "phone"),
        ({"languages": ("ru", "xx")}, "languages"),
        ({"role": "r" * 201}, "role"),
        ({"gender": "g" * 21}, "gender"),
        ({"salutation": "s" * 61}, "salutation"),
        ({"organisation_id": 999_999}, "organisation_id"),
        ({"city_id": 999_999}, "city_id"),
    ],
)
def test_bad_input_is_refused_naming_the_field_and_nothing_is_saved(
    database: Database, changes: dict, field: str
) -> None:
    draft = PersonDraft(**{**_svetlana().__dict__, **changes})
    with pytest.raises(ValidationError) as refused:
        create_person(database, draft, actor=ACTOR)
    assert refused.value.field == field
    assert refused.value.message
    assert list_people(database).total == 0


@pytest.mark.parametrize(
    ("sensitive", "field"),
    [
        (SensitiveDraft(date_of_birth=dt.date.today() + dt.timedelta(days=1)), "date_of_birth"),
        (SensitiveDraft(nationality="QQ"), "nationality"),
        (SensitiveDraft(passport_number="AB#12"), "passport_number"),
        (
            SensitiveDraft(date_of_birth=dt.date(2000, 1, 1), passport_expiry=dt.date(1999, 1, 1)),
            "passport_expiry",
        ),
        (SensitiveDraft(emergency_contact_phone="none"), "emergency_contact_phone"),
        (SensitiveDraft(guardian_id=999_999), "guardian_id"),
    ],
)
def test_bad_sensitive_details_refuse_the_whole_save(
    database: Database, sensitive: SensitiveDraft, field: str
) -> None:
    saved = create_person(database, _svetlana(), actor=ACTOR)
    renamed = PersonDraft(**{**_svetlana().__dict__, "role": "Head of languages"})
    with pytest.raises(ValidationError) as refused:
        update_person(
            database,
            saved.person.id,
            renamed,
            expected_version=saved.person.version,
            actor=ACTOR,
            sensitive=sensitive,
            sensitive_version=None,
        )
    assert refused.value.field == field
    after = get_person(database, saved.person.id)
    assert after.draft.role == "Interpreter" and after.version == saved.person.version


def test_a_person_is_not_their_own_guardian(database: Database) -> None:
    saved = create_person(database, _svetlana(), actor=ACTOR)
    with pytest.raises(ValidationError, match="own guardian") as refused:
        update_person(
            database,
            saved.person.id,
            _svetlana(),
            expected_version=1,
            actor=ACTOR,
            sensitive=SensitiveDraft(guardian_id=saved.person.id),
        )
    assert refused.value.field == "guardian_id"


def test_update_rebuilds_the_search_key_from_every_name(database: Database) -> None:
    saved = create_person(database, _svetlana(), actor=ACTOR)
    married = PersonDraft(
        **{**_svetlana().__dict__, "family_name": "Ivanova", "family_name_native": "Иванова"}
    )
    result = update_person(database, saved.person.id, married, expected_version=1, actor=ACTOR)
    assert result.person.version == 2
    assert _key(database, saved.person.id) == "svetlana|ivanova|светлана|иванова"
    assert list_people(database, ListQuery(text="петрова")).total == 0
    assert list_people(database, ListQuery(text="иванова")).total == 1


def test_a_save_without_changes_keeps_the_version_and_writes_no_audit(database: Database) -> None:
    saved = create_person(database, _svetlana(), actor=ACTOR)
    again = update_person(database, saved.person.id, _svetlana(), expected_version=1, actor=ACTOR)
    assert again.person.version == 1
    with database.reading() as session:
        actions = session.scalars(select(AuditEntry.action)).all()
    assert actions == ["create"]


def test_a_stale_version_is_refused_with_a_clear_message(database: Database) -> None:
    saved = create_person(database, _svetlana(), actor=ACTOR)
    first = PersonDraft(**{**_svetlana().__dict__, "role": "Head interpreter"})
    update_person(database, saved.person.id, first, expected_version=1, actor="colleague")
    second = PersonDraft(**{**_svetlana().__dict__, "phone": "+7 8442 11 11 11"})
    with pytest.raises(ConcurrentEditError, match="Svetlana Petrova was changed by colleague"):
        update_person(database, saved.person.id, second, expected_version=1, actor=ACTOR)
    after = get_person(database, saved.person.id)
    assert after.draft.role == "Head interpreter"
    assert after.draft.phone == _svetlana().phone and after.version == 2


def test_a_stale_sensitive_version_is_refused(database: Database) -> None:
    saved = create_person(
        database, _svetlana(), actor=ACTOR, sensitive=SensitiveDraft(passport_number="753123")
    )
    assert saved.sensitive_version == 1
    with pytest.raises(ConcurrentEditError, match="sensitive details"):
        update_person(
            database,
            saved.person.id,
            _svetlana(),
            expected_version=1,
            actor=ACTOR,
            sensitive=SensitiveDraft(passport_number="999"),
            sensitive_version=None,  # the editor thought there was nothing yet
        )
    assert reveal_sensitive(database, saved.person.id, actor=ACTOR).draft.passport_number == (
        "753123"
    )


def test_an_empty_sensitive_draft_removes_the_row(database: Database) -> None:
    saved = create_person(
        database, _svetlana(), actor=ACTOR, sensitive=SensitiveDraft(dietary_notes="vegetarian")
    )
    result = update_person(
        database,
        saved.person.id,
        _svetlana(),
        expected_version=1,
        actor=ACTOR,
        sensitive=SensitiveDraft(),
        sensitive_version=saved.sensitive_version,
    )
    assert result.sensitive_version is None
    with database.reading() as session:
        assert session.get(PersonSensitive, saved.person.id) is None


def test_deleted_person_cannot_be_saved(database: Database) -> None:
    saved = create_person(database, _svetlana(), actor=ACTOR)
    delete_person(database, saved.person.id, expected_version=1, actor=ACTOR)
    with pytest.raises(ConcurrentEditError, match="deleted or merged"):
        update_person(database, saved.person.id, _svetlana(), expected_version=1, actor=ACTOR)


def test_creation_can_be_redone_with_the_same_id(database: Database) -> None:
    saved = create_person(database, _svetlana(), actor=ACTOR)
    delete_person(database, saved.person.id, expected_version=1, actor=ACTOR)
    again = create_person(database, _svetlana(), actor=ACTOR, person_id=saved.person.id)
    assert again.person.id == saved.person.id
    with pytest.raises(ConcurrentEditError):
        create_person(database, _svetlana(), actor=ACTOR, person_id=saved.person.id)


def test_a_linked_person_is_never_deleted(database: Database, sample: SampleIds) -> None:
    (zoe,) = find_people(database, "zoe bronte")
    version = get_person(database, zoe.id).version
    with pytest.raises(ConcurrentEditError, match="delegation_members"):
        delete_person(database, zoe.id, expected_version=version, actor=ACTOR)
    assert get_person(database, zoe.id).name == "Zoë Brontë"


def test_every_change_is_in_the_audit_log_by_field_name(database: Database) -> None:
    saved = create_person(database, _svetlana(), actor=ACTOR)
    update_person(
        database,
        saved.person.id,
        PersonDraft(**{**_svetlana().__dict__, "role": "Head interpreter"}),
        expected_version=1,
        actor="helen",
        sensitive=SensitiveDraft(passport_number="753123"),
    )
    with database.reading() as session:
        entries = session.execute(
            select(
                AuditEntry.action, AuditEntry.actor, AuditEntry.entity_id, AuditEntry.summary
            ).order_by(AuditEntry.id)
        ).all()
    assert [tuple(e[:3]) for e in entries] == [
        ("create", ACTOR, saved.person.id),
        ("update", "helen", saved.person.id),
    ]
    summary = entries[1].summary
    assert "role" in summary and "sensitive passport_number" in summary
    assert "753123" not in summary
