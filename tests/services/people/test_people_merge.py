"""Merging two records of one person: every link moves, nothing is lost, and it can be undone."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, inspect, select

from exchangedesk.db.base import Base
from exchangedesk.db.models import (
    Accommodation,
    AuditEntry,
    Consent,
    Contribution,
    Delegation,
    DelegationMember,
    Document,
    DocumentPerson,
    Gift,
    HostFamily,
    ItineraryAttendee,
    ItineraryItem,
    Participant,
    PartnershipSignatory,
    Person,
    PersonSensitive,
    Placement,
    PrivacyConsent,
    ProgrammeLeader,
    Room,
    RoomOccupant,
)
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import DocumentKind, GiftDirection, MemberRole
from exchangedesk.domain.errors import ConcurrentEditError, ValidationError
from exchangedesk.domain.people import PersonDraft
from exchangedesk.domain.privacy import ConsentMethod, ConsentPurpose
from exchangedesk.services.common.paging import ListQuery
from exchangedesk.services.people.edits import create_person, reveal_sensitive, update_person
from exchangedesk.services.people.links import Reference, person_references
from exchangedesk.services.people.lists import get_person, list_people
from exchangedesk.services.people.merge import merge_people, preview_merge, undo_merge
from sample_committee import SampleIds

ACTOR = "helen"
T0 = dt.datetime(1959, 5, 11, 9, 0, tzinfo=dt.UTC)


@dataclass(frozen=True)
class Places:
    """Records both people can be linked to, so that links collide."""

    partnership: int
    delegation: int
    item: int
    room: int
    programme: int
    host_family: int
    campaign: int


def _places(database: Database, sample: SampleIds) -> Places:
    with database.unit_of_work() as s:
        item = ItineraryItem(
            delegation_id=sample.kemi_delegation,
            starts_at=T0,
            ends_at=T0 + dt.timedelta(hours=2),
            timezone="Europe/Volgograd",
            title="Tree planting at Mamayev Kurgan",
            all_attend=False,
        )
        hotel = Accommodation(
            delegation_id=sample.kemi_delegation,
            name="Hotel Intourist",
            check_in_on=dt.date(1959, 5, 10),
            check_out_on=dt.date(1959, 5, 14),
        )
        family = HostFamily(name="The Petrovs", capacity=2)
        s.add_all([item, hotel, family])
        s.flush()
        room = Room(accommodation_id=hotel.id, label="12", capacity=2)
        s.add(room)
        s.flush()
        return Places(
            partnership=sample.kemi_volgograd,
            delegation=sample.kemi_delegation,
            item=item.id,
            room=room.id,
            programme=sample.lanchester,
            host_family=family.id,
            campaign=sample.aid_1942,
        )


def link_everywhere(
    database: Database, places: Places, person_id: int, guardian_id: int, tag: str
) -> set[Reference]:
    """One link of every kind to *person_id*; the references it covered."""
    with database.unit_of_work() as s:
        s.add(
            DelegationMember(
                delegation_id=places.delegation,
                person_id=person_id,
                role=MemberRole.OFFICIAL if tag == "survivor" else MemberRole.INTERPRETER,
                needs=f"needs of the {tag}",
            )
        )
        delegation = s.get(Delegation, places.delegation)
        s.add(
            Delegation(
                partnership_id=places.partnership,
                direction=delegation.direction,
                title=f"Visit headed by the {tag}",
                arrival_on=dt.date(1960, 5, 1),
                departure_on=dt.date(1960, 5, 3),
                head_person_id=person_id,
            )
        )
        s.add(ItineraryAttendee(item_id=places.item, person_id=person_id))
        s.add(
            ItineraryItem(
                delegation_id=places.delegation,
                starts_at=T0 + dt.timedelta(days=1),
                ends_at=T0 + dt.timedelta(days=1, hours=1),
                timezone="Europe/Volgograd",
                title=f"Reception hosted by the {tag}",
                host_person_id=person_id,
            )
        )
        s.add(RoomOccupant(room_id=places.room, person_id=person_id))
        participant = Participant(programme_id=places.programme, person_id=person_id)
        s.add(participant)
        s.flush()
        s.add(
            Consent(
                participant_id=participant.id,
                given_by_id=person_id,
                given_on=dt.date(1969, 6, 1),
                covers=f"travel ({tag})",
            )
        )
        s.add(Placement(participant_id=participant.id, host_family_id=places.host_family))
        s.add(ProgrammeLeader(programme_id=places.programme, person_id=person_id))
        s.add(HostFamily(name=f"Family of the {tag}", contact_person_id=person_id))
        s.add(
            Gift(
                direction=GiftDirection.GIVEN,
                title=f"Book from the {tag}",
                from_person_id=person_id,
            )
        )
        s.add(
            Gift(
                direction=GiftDirection.RECEIVED,
                title=f"Plate for the {tag}",
                to_person_id=person_id,
            )
        )
        s.add(
            Contribution(
                campaign_id=places.campaign,
                donor_person_id=person_id,
                amount=Decimal("5.00"),
                currency="GBP",
                received_on=dt.date(1942, 12, 2),
            )
        )
        letter = Document(
            kind=DocumentKind.LETTER,
            title=f"Letter to the {tag}",
            issued_on=dt.date(1959, 4, 1),
            recipient_person_id=person_id,
        )
        s.add(letter)
        s.flush()
        s.add(DocumentPerson(document_id=letter.id, person_id=person_id, position=0))
        s.add(PartnershipSignatory(partnership_id=places.partnership, person_id=person_id))
        s.add(
            PersonSensitive(
                person_id=person_id,
                guardian_id=guardian_id,
                dietary_notes=f"diet of the {tag}",
                passport_number="P-" + tag.upper(),
            )
        )
        ward = Person(given_name="Ward of", family_name=f"the {tag}", search_key="ward")
        s.add(ward)
        s.flush()
        s.add(PersonSensitive(person_id=ward.id, guardian_id=person_id))
        s.add(
            PrivacyConsent(
                person_id=person_id,
                purpose=ConsentPurpose.PHOTOS,
                method=ConsentMethod.FORM,
                given_on=dt.date(2020, 1, 1),
                notes=f"photos of the {tag}",
            )
        )
        s.add(
            PrivacyConsent(
                person_id=ward.id,
                purpose=ConsentPurpose.PARTNER_SHARING,
                method=ConsentMethod.EMAIL,
                given_on=dt.date(2020, 1, 1),
                given_by_id=person_id,
            )
        )
    covered = {
        (table, column)
        for table, column in [
            ("delegation_members", "person_id"),
            ("delegations", "head_person_id"),
            ("itinerary_attendees", "person_id"),
            ("itinerary_items", "host_person_id"),
            ("room_occupants", "person_id"),
            ("participants", "person_id"),
            ("consents", "given_by_id"),
            ("programme_leaders", "person_id"),
            ("host_families", "contact_person_id"),
            ("gifts", "from_person_id"),
            ("gifts", "to_person_id"),
            ("contributions", "donor_person_id"),
            ("documents", "recipient_person_id"),
            ("document_people", "person_id"),
            ("partnership_signatories", "person_id"),
            ("person_sensitive", "person_id"),
            ("person_sensitive", "guardian_id"),
            ("privacy_consents", "person_id"),
            ("privacy_consents", "given_by_id"),
        ]
    }
    return {Reference(table, column) for table, column in covered}


def _person(database: Database, given: str, family: str, **fields: Any) -> int:
    return create_person(database, PersonDraft(family, given, **fields), actor=ACTOR).person.id


def _counts(database: Database, person_id: int) -> dict[Reference, int]:
    with database.reading() as s:
        counts = {}
        for ref in person_references():
            table = Base.metadata.tables[ref.table]
            counts[ref] = s.execute(
                select(func.count()).select_from(table).where(table.c[ref.column] == person_id)
            ).scalar_one()
        return counts


def _table_sizes(database: Database) -> dict[str, int]:
    with database.reading() as s:
        return {
            name: s.execute(select(func.count()).select_from(table)).scalar_one()
            for name, table in Base.metadata.tables.items()
        }


def _dump(database: Database) -> dict[str, list[tuple]]:
    """Every row of every table but the audit log, without the columns a save bumps."""
    skip = {"updated_at", "version_id"}
    with database.reading() as s:
        dump = {}
        for name, table in Base.metadata.tables.items():
            if name == "audit_log":
                continue
            columns = [c for c in table.columns if c.name not in skip]
            rows = s.execute(select(*columns)).all()
            dump[name] = sorted(tuple(map(repr, row)) for row in rows)
        return dump


@pytest.fixture
def places(database: Database, sample: SampleIds) -> Places:
    return _places(database, sample)


# --- the links are discovered, not listed ------------------------------------------------------


def test_discovered_links_are_every_foreign_key_to_people_in_the_migrated_database(
    database: Database,
) -> None:
    schema = inspect(database.engine)
    in_database = {
        Reference(table, column)
        for table in schema.get_table_names()
        for fk in schema.get_foreign_keys(table)
        if fk["referred_table"] == "people"
        for column in fk["constrained_columns"]
    }
    in_metadata = {
        Reference(table.name, fk.parent.name)
        for table in Base.metadata.sorted_tables
        for fk in table.foreign_keys
        if fk.column.table.name == "people"
    }
    assert set(person_references()) == in_database == in_metadata
    assert len(in_database) >= 16


def test_the_completeness_test_below_covers_every_link(database: Database, places: Places) -> None:
    guardian = _person(database, "Anna", "Guardian")
    someone = _person(database, "Some", "One")
    covered = link_everywhere(database, places, someone, guardian, "someone")
    missing = set(person_references()) - covered
    assert not missing, f"add a link of this kind to link_everywhere(): {missing}"


# --- merging ---------------------------------------------------------------------------------


def test_every_link_moves_and_nothing_is_lost(database: Database, places: Places) -> None:
    guardian = _person(database, "Anna", "Guardian")
    survivor = _person(database, "Zoë", "Müller", phone="+44 24 7600 0002")
    duplicate = _person(
        database,
        "Zoe",
        "Muller",
        given_name_native="Зоя",
        family_name_native="Мюллер",
        email="zoe@example.org",
        phone="+44 24 7600 9999",
        notes="Met at the 1959 visit.",
    )
    link_everywhere(database, places, survivor, guardian, "survivor")
    link_everywhere(database, places, duplicate, guardian, "duplicate")
    before_s, before_d = _counts(database, survivor), _counts(database, duplicate)
    sizes_before = _table_sizes(database)

    report = merge_people(database, survivor, duplicate, actor=ACTOR)

    collapsed: dict[Reference, int] = {}
    for link in report.collapsed:
        ref = Reference(link.table, link.column)
        collapsed[ref] = collapsed.get(ref, 0) + 1
    # Both were in the same delegation, item, room, programme (as participant and leader),
    # signed the same partnership and had sensitive details: one row each is kept.
    assert set(collapsed) == {
        Reference("delegation_members", "person_id"),
        Reference("itinerary_attendees", "person_id"),
        Reference("room_occupants", "person_id"),
        Reference("participants", "person_id"),
        Reference("programme_leaders", "person_id"),
        Reference("partnership_signatories", "person_id"),
        Reference("person_sensitive", "person_id"),
    }
    after_s, after_d = _counts(database, survivor), _counts(database, duplicate)
    for ref in person_references():
        expected = before_s[ref] + before_d[ref] - collapsed.get(ref, 0)
        assert after_s[ref] == expected, ref
        assert after_d[ref] == 0, ref
    sizes_after = _table_sizes(database)
    for table, size in sizes_before.items():
        dropped = sum(n for ref, n in collapsed.items() if ref.table == table)
        dropped += 1 if table == "people" else 0
        dropped -= 1 if table == "audit_log" else 0  # the merge's own entry
        assert sizes_after[table] == size - dropped, table
    moved = {Reference(m.table, m.column): m.count for m in report.moved}
    assert moved.pop(Reference("consents", "participant_id")) == 1  # of the dropped participant
    assert moved.pop(Reference("placements", "participant_id")) == 1
    assert sum(moved.values()) == sum(before_d.values()) - sum(collapsed.values())

    with database.reading() as s:
        assert s.get(Person, duplicate) is None
        # The duplicate participant's consent and placement now belong to the kept participant.
        (participant,) = s.scalars(select(Participant).where(Participant.person_id == survivor))
        consents = s.scalars(
            select(Consent.covers).where(Consent.participant_id == participant.id)
        ).all()
        assert sorted(consents) == ["travel (duplicate)", "travel (survivor)"]
        assert (
            s.execute(
                select(func.count()).where(Placement.participant_id == participant.id)
            ).scalar_one()
            == 2
        )
        member = s.scalars(
            select(DelegationMember).where(DelegationMember.person_id == survivor)
        ).one()
        assert member.needs == "needs of the survivor\n\nneeds of the duplicate"
        assert member.role == MemberRole.OFFICIAL
        (audit,) = s.scalars(select(AuditEntry.summary).where(AuditEntry.action == "merge"))
    assert "role: kept “official”, duplicate had “interpreter”" in audit
    assert "P-DUPLICATE" not in audit and "P-SURVIVOR" not in audit


def test_empty_fields_are_filled_and_filled_ones_kept(database: Database, places: Places) -> None:
    survivor = _person(database, "Zoë", "Müller", phone="+44 24 7600 0002", notes="Teacher.")
    duplicate = _person(
        database,
        "Zoe",
        "Muller",
        given_name_native="Зоя",
        family_name_native="Мюллер",
        email="zoe@example.org",
        phone="+44 24 7600 9999",
        notes="Sings in the choir.",
    )
    report = merge_people(database, survivor, duplicate, actor=ACTOR)
    draft = get_person(database, survivor).draft
    assert (draft.given_name, draft.family_name) == ("Zoë", "Müller")  # kept, not overwritten
    assert draft.given_name_native == "Зоя" and draft.email == "zoe@example.org"
    assert draft.phone == "+44 24 7600 0002"
    assert draft.notes == "Teacher.\n\nSings in the choir."
    assert ("people", "email") in report.filled and ("people", "notes") in report.combined
    conflicts = {(c.field, c.kept, c.other) for c in report.conflicts}
    assert ("phone", "+44 24 7600 0002", "+44 24 7600 9999") in conflicts
    assert ("given_name", "Zoë", "Zoe") in conflicts
    # The search key now holds the names taken over: she is found in Cyrillic.
    assert [r.id for r in list_people(database, ListQuery(text="мюллер")).rows] == [survivor]


def test_sensitive_details_merge_without_showing_values(database: Database) -> None:
    guardian = _person(database, "Anna", "Guardian")
    survivor = _person(database, "Masha", "Petrova")
    duplicate = _person(database, "Masha", "Petrova")
    with database.unit_of_work() as s:
        s.add(PersonSensitive(person_id=survivor, passport_number="753001"))
        s.add(
            PersonSensitive(
                person_id=duplicate,
                passport_number="753999",
                date_of_birth=dt.date(2011, 2, 3),
                guardian_id=guardian,
                medical_notes="asthma",
            )
        )
    report = merge_people(database, survivor, duplicate, actor=ACTOR)
    details = reveal_sensitive(database, survivor, actor=ACTOR).draft
    assert details.passport_number == "753001"
    assert details.date_of_birth == dt.date(2011, 2, 3) and details.guardian_id == guardian
    assert details.medical_notes == "asthma"
    (conflict,) = report.conflicts
    assert (conflict.table, conflict.field, conflict.kept, conflict.other) == (
        "person_sensitive",
        "passport_number",
        None,
        None,
    )
    assert "753" not in repr(report.collapsed) + repr(report.filled)


def test_the_duplicate_as_the_survivors_guardian_is_cleared(database: Database) -> None:
    survivor = _person(database, "Masha", "Petrova")
    duplicate = _person(database, "Mascha", "Petrowa")
    with database.unit_of_work() as s:
        s.add(PersonSensitive(person_id=survivor, guardian_id=duplicate))
    report = merge_people(database, survivor, duplicate, actor=ACTOR)
    assert report.guardian_cleared
    assert reveal_sensitive(database, survivor, actor=ACTOR).draft.guardian_id is None


def test_preview_changes_nothing(database: Database, places: Places) -> None:
    guardian = _person(database, "Anna", "Guardian")
    survivor = _person(database, "Zoë", "Müller")
    duplicate = _person(database, "Zoe", "Muller")
    link_everywhere(database, places, duplicate, guardian, "duplicate")
    before = _dump(database)
    preview = preview_merge(database, survivor, duplicate)
    assert preview.links_moved == sum(_counts(database, duplicate).values())
    assert _dump(database) == before


def test_a_person_is_not_merged_with_themself(database: Database) -> None:
    zoe = _person(database, "Zoë", "Müller")
    with pytest.raises(ValidationError):
        merge_people(database, zoe, zoe, actor=ACTOR)


def test_merge_refuses_when_either_person_changed_since_the_preview(database: Database) -> None:
    survivor = _person(database, "Zoë", "Müller")
    duplicate = _person(database, "Zoe", "Muller")
    update_person(
        database,
        duplicate,
        PersonDraft("Muller", "Zoe", role="Choir"),
        expected_version=1,
        actor="colleague",
    )
    with pytest.raises(ConcurrentEditError, match="Zoe Muller"):
        merge_people(
            database, survivor, duplicate, actor=ACTOR, survivor_version=1, duplicate_version=1
        )
    assert get_person(database, duplicate).draft.role == "Choir"


# --- undoing ---------------------------------------------------------------------------------


def test_undo_restores_the_duplicate_and_every_link(database: Database, places: Places) -> None:
    guardian = _person(database, "Anna", "Guardian")
    survivor = _person(database, "Zoë", "Müller", phone="+44 24 7600 0002")
    duplicate = _person(database, "Zoe", "Muller", email="zoe@example.org", notes="Choir.")
    link_everywhere(database, places, survivor, guardian, "survivor")
    link_everywhere(database, places, duplicate, guardian, "duplicate")
    before = _dump(database)

    report = merge_people(database, survivor, duplicate, actor=ACTOR)
    assert _dump(database) != before
    undo_merge(database, report.snapshot, actor=ACTOR)
    assert _dump(database) == before
    with database.reading() as s:
        actions = s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()
    assert actions[-2:] == ["merge", "unmerge"]

    # ... and the merge can be done again (redo).
    again = merge_people(database, survivor, duplicate, actor=ACTOR)
    assert again.links_moved == report.links_moved


def test_undo_is_refused_when_the_survivor_was_edited_since(database: Database) -> None:
    survivor = _person(database, "Zoë", "Müller")
    duplicate = _person(database, "Zoe", "Muller", email="zoe@example.org")
    report = merge_people(database, survivor, duplicate, actor=ACTOR)
    version = get_person(database, survivor).version
    update_person(
        database,
        survivor,
        PersonDraft("Müller", "Zoë", email="zoe@example.org", role="Choir"),
        expected_version=version,
        actor="colleague",
    )
    before = _dump(database)
    with pytest.raises(ConcurrentEditError, match="edited since"):
        undo_merge(database, report.snapshot, actor=ACTOR)
    assert _dump(database) == before


def test_undo_is_refused_when_a_new_record_took_the_place(database: Database) -> None:
    survivor = _person(database, "Zoë", "Müller")
    duplicate = _person(database, "Zoe", "Muller")
    report = merge_people(database, survivor, duplicate, actor=ACTOR)
    with database.unit_of_work() as s:  # a new person gets the freed number
        s.add(Person(id=duplicate, given_name="New", family_name="Person", search_key="new"))
    with pytest.raises(ConcurrentEditError, match="take the place"):
        undo_merge(database, report.snapshot, actor=ACTOR)
    assert get_person(database, duplicate).name == "New Person"


def test_undo_bumps_versions_so_open_editors_reload(database: Database) -> None:
    survivor = _person(database, "Zoë", "Müller")
    duplicate = _person(database, "Zoe", "Muller", email="zoe@example.org")
    report = merge_people(database, survivor, duplicate, actor=ACTOR)
    merged_version = get_person(database, survivor).version
    undo_merge(database, report.snapshot, actor=ACTOR)
    assert get_person(database, survivor).version == merged_version + 1
    assert get_person(database, survivor).draft.email is None


def test_links_added_to_the_survivor_after_the_merge_survive_its_undo(
    database: Database, places: Places
) -> None:
    survivor = _person(database, "Zoë", "Müller")
    duplicate = _person(database, "Zoe", "Muller")
    report = merge_people(database, survivor, duplicate, actor=ACTOR)
    with database.unit_of_work() as s:
        s.add(Gift(direction=GiftDirection.GIVEN, title="Later gift", from_person_id=survivor))
    undo_merge(database, report.snapshot, actor=ACTOR)
    assert _counts(database, survivor)[Reference("gifts", "from_person_id")] == 1
