"""`check` finds damage, broken references, an old schema and broken rules, one clear problem
each, and never writes to the file it inspects."""

from __future__ import annotations

import datetime as dt
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from exchangedesk import __version__
from exchangedesk.db import migrate
from exchangedesk.db.models import (
    Accommodation,
    Allocation,
    Consent,
    ExchangeProgramme,
    HostFamily,
    ItineraryItem,
    Participant,
    Partnership,
    Person,
    PersonSensitive,
    Placement,
    Room,
    RoomOccupant,
    Shipment,
    ShipmentStatusChange,
)
from exchangedesk.domain.enums import (
    Direction,
    PartnershipStatus,
    PlacementStatus,
    ShipmentStatus,
)
from exchangedesk.domain.errors import DatabaseError, NewerDatabaseError
from exchangedesk.services.maintenance.upkeep import CheckReport, check_database, inspecting
from register_sample import VOLGOGRAD, Sample, corrupt_middle, folder_state


def check(path: Path) -> CheckReport:
    before = folder_state(path.parent)
    with inspecting(path) as database:
        report = check_database(database)
    after = folder_state(path.parent)
    if path.with_name(path.name + "-wal").exists():
        # A running instance has it open: the -shm is their shared memory, which every reader
        # marks while it reads; only its presence is compared, not its bytes.
        shm = path.name + "-shm"
        assert shm in before and shm in after
        before[shm] = after[shm]
    assert after == before, "check wrote to the folder it inspects"
    return report


def messages(report: CheckReport, area: str) -> list[str]:
    return [p.message for p in report.problems if p.area == area]


def bypass(path: Path, *statements: str) -> None:
    """Write the way a stray script would: no foreign keys, no CHECK constraints."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("PRAGMA ignore_check_constraints=ON")
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def test_a_sound_register_has_no_problems(closed_db):
    report = check(closed_db)
    assert report.problems == []
    assert report.ok
    assert report.schema_revision == migrate.head_revision() == report.expected_revision
    assert report.written_by == __version__
    assert report.skipped == []


@pytest.mark.sqlite_only(reason="not yet on PostgreSQL (issue 19)")
def test_check_reads_alongside_a_running_instance(db_path, sample, database):
    # The database is open for writing (lock held, -wal present): check reads through it.
    assert db_path.with_name(db_path.name + "-wal").exists()
    assert check(db_path).ok


def test_a_broken_reference_is_reported_by_table(closed_db):
    bypass(
        closed_db,
        "INSERT INTO delegation_members (delegation_id, person_id, role, created_at, updated_at)"
        " VALUES (999, 1, 'official', '2024-01-01', '2024-01-01')",
    )
    (problem,) = messages(check(closed_db), "foreign keys")
    assert "delegation_members" in problem and "delegations" in problem and "ids 2" in problem


def test_a_delegation_leaving_before_it_arrives(closed_db):
    bypass(closed_db, "UPDATE delegations SET departure_on = '1945-04-01'")
    report = check(closed_db)
    (problem,) = messages(report, "delegations")
    assert "departs on 1945-04-01, before it arrives on 1945-04-20" in problem
    assert messages(report, "rules") == []  # said once, in the committee's words


def test_every_check_constraint_is_re_evaluated(closed_db):
    # SQLite's integrity_check does not look at CHECK constraints on a read-only connection.
    bypass(
        closed_db,
        "UPDATE shipment_lines SET quantity = -5",
        "UPDATE cities SET latitude = 91 WHERE name = 'Volgograd'",
    )
    assert messages(check(closed_db), "rules") == [
        "cities 2 breaks the rule 'latitude_range' (latitude IS NULL OR (latitude BETWEEN -90 "
        "AND 90))",
        "shipment_lines 1 breaks the rule 'quantity_positive' (quantity > 0)",
    ]


def test_two_cities_in_one_partnership_must_differ(closed_db):
    bypass(closed_db, "UPDATE partnerships SET city_b_id = city_a_id")
    assert messages(check(closed_db), "partnerships") == ["partnership 1 joins city 1 with itself"]


@pytest.mark.sqlite_only(reason="not yet on PostgreSQL (issue 19)")
def test_itinerary_items_outside_their_delegations_dates(db_path, sample: Sample, database):
    with database.unit_of_work() as session:
        session.add(
            ItineraryItem(
                delegation_id=sample.delegation,
                # 23:30 local on the departure day is the next day nowhere that matters here.
                starts_at=dt.datetime(1945, 4, 22, 23, 30, tzinfo=VOLGOGRAD),
                ends_at=dt.datetime(1945, 4, 23, 0, 0, tzinfo=VOLGOGRAD),
                timezone=VOLGOGRAD.key,
                title="Farewell dinner",
            )
        )
    assert check(db_path).ok  # ending at midnight still belongs to the last day
    with database.unit_of_work() as session:
        session.add(
            ItineraryItem(
                delegation_id=sample.delegation,
                starts_at=dt.datetime(1945, 4, 23, 9, 0, tzinfo=VOLGOGRAD),
                ends_at=dt.datetime(1945, 4, 23, 10, 0, tzinfo=VOLGOGRAD),
                timezone=VOLGOGRAD.key,
                title="Tractor works",
            )
        )
    (problem,) = messages(check(db_path), "itineraries")
    assert "'Tractor works'" in problem and "1945-04-20 to 1945-04-22" in problem


@pytest.mark.sqlite_only(reason="not yet on PostgreSQL (issue 19)")
def test_money_allocated_beyond_a_contribution(db_path, sample: Sample, database):
    with database.unit_of_work() as session:
        campaign_id = session.get(Shipment, sample.shipment).campaign_id
        second = Shipment(campaign_id=campaign_id, reference="S-1942-2")
        session.add(second)
        session.flush()
        session.add(
            Allocation(contribution_id=sample.contribution, shipment_id=second.id, amount=40)
        )
    assert check(db_path).ok  # exactly all of it: 60 + 40 = 100
    with database.unit_of_work() as session:
        allocation = session.query(Allocation).filter_by(shipment_id=second.id).one()
        allocation.amount = Decimal("40.0001")
    (problem,) = messages(check(db_path), "aid")
    assert "gave 100.0000 GBP but 100.0001 GBP" in problem


def _history(database, shipment: int, status: ShipmentStatus, day: int, reversal=False) -> None:
    with database.unit_of_work() as session:
        session.add(
            ShipmentStatusChange(
                shipment_id=shipment,
                status=status,
                occurred_on=dt.date(1942, 4, day),
                is_reversal=reversal,
            )
        )
        session.get(Shipment, shipment).status = status


@pytest.mark.sqlite_only(reason="not yet on PostgreSQL (issue 19)")
def test_a_shipment_going_back_without_a_reversal(db_path, sample: Sample, database):
    _history(database, sample.shipment, ShipmentStatus.PACKED, 6)
    (problem,) = messages(check(db_path), "aid")
    assert "goes back from 'dispatched' to 'packed' on 1942-04-06" in problem


@pytest.mark.sqlite_only(reason="not yet on PostgreSQL (issue 19)")
def test_a_recorded_reversal_and_a_loss_are_allowed(db_path, sample: Sample, database):
    _history(database, sample.shipment, ShipmentStatus.PACKED, 6, reversal=True)
    _history(database, sample.shipment, ShipmentStatus.LOST, 7)
    assert check(db_path).ok
    _history(database, sample.shipment, ShipmentStatus.DELIVERED, 8)  # found, but not reversed
    (problem,) = messages(check(db_path), "aid")
    assert "from 'lost' to 'delivered'" in problem


@pytest.mark.sqlite_only(reason="not yet on PostgreSQL (issue 19)")
def test_a_status_that_disagrees_with_its_history(db_path, sample: Sample, database):
    with database.unit_of_work() as session:
        session.get(Shipment, sample.shipment).status = ShipmentStatus.DELIVERED
        session.get(Partnership, sample.partnership).status = PartnershipStatus.SUSPENDED
    report = check(db_path)
    assert messages(report, "aid") == [
        "shipment 1 'S-1942-1' is 'delivered' but its history last records 'dispatched'"
    ]
    assert messages(report, "partnerships") == [
        "partnership 1 is 'suspended' but its history last records 'active'"
    ]


@pytest.mark.sqlite_only(reason="not yet on PostgreSQL (issue 19)")
def test_rooms_and_host_families_over_capacity(db_path, sample: Sample, database):
    with database.unit_of_work() as session:
        people = [Person(given_name=n, family_name="Student") for n in ("Ann", "Bob")]
        session.add_all(people)
        accommodation = Accommodation(
            delegation_id=sample.delegation,
            name="Hotel Intourist",
            check_in_on=dt.date(1945, 4, 20),
            check_out_on=dt.date(1945, 4, 22),
        )
        room = Room(label="12", capacity=1)
        session.add(accommodation)
        session.flush()
        room.accommodation_id = accommodation.id
        session.add(room)
        programme = ExchangeProgramme(
            partnership_id=sample.partnership,
            title="Language exchange",
            direction=Direction.OUTGOING,
            starts_on=dt.date(1969, 7, 1),
            ends_on=dt.date(1969, 7, 21),
        )
        family = HostFamily(name="Ivanov family", capacity=1)
        session.add_all([programme, family])
        session.flush()
        for person in people:
            session.add(RoomOccupant(room_id=room.id, person_id=person.id))
            participant = Participant(programme_id=programme.id, person_id=person.id)
            session.add(participant)
            session.flush()
            session.add(
                Placement(
                    participant_id=participant.id,
                    host_family_id=family.id,
                    status=PlacementStatus.ACCEPTED,
                )
            )
    report = check(db_path)
    assert messages(report, "accommodation") == ["room 1 '12' sleeps 1 but has 2 occupants"]
    (problem,) = messages(report, "exchanges")
    assert "'Ivanov family'" in problem and "only 1 beds" in problem


@pytest.mark.sqlite_only(reason="not yet on PostgreSQL (issue 19)")
def test_a_minor_confirmed_without_consent(db_path, sample: Sample, database):
    with database.unit_of_work() as session:
        pupil = Person(given_name="Oleg", family_name="Petrov")
        guardian = Person(given_name="Anna", family_name="Petrova")
        session.add_all([pupil, guardian])
        session.flush()
        session.add(PersonSensitive(person_id=pupil.id, date_of_birth=dt.date(1953, 9, 1)))
        programme = ExchangeProgramme(
            partnership_id=sample.partnership,
            title="Lanchester College exchange",
            direction=Direction.INCOMING,
            starts_on=dt.date(1969, 7, 1),
            ends_on=dt.date(1969, 7, 21),
        )
        family = HostFamily(name="Smith family", capacity=2)
        session.add_all([programme, family])
        session.flush()
        participant = Participant(programme_id=programme.id, person_id=pupil.id)
        session.add(participant)
        session.flush()
        session.add(
            Placement(
                participant_id=participant.id,
                host_family_id=family.id,
                status=PlacementStatus.CONFIRMED,
            )
        )
        participant_id, guardian_id = participant.id, guardian.id
    (problem,) = messages(check(db_path), "exchanges")
    assert "Oleg Petrov" in problem and "consent" in problem
    assert "1953" not in problem  # the report does not spread the date of birth
    with database.unit_of_work() as session:
        session.add(
            Consent(
                participant_id=participant_id,
                given_by_id=guardian_id,
                given_on=dt.date(1969, 5, 1),
                covers="travel, stay with host family",
            )
        )
    assert check(db_path).ok


def test_damage_is_reported_and_the_file_left_alone(closed_db):
    corrupt_middle(closed_db)
    report = check(closed_db)
    assert not report.ok
    assert any("damaged" in m for m in messages(report, "integrity"))


def test_an_older_schema_is_reported_not_upgraded(closed_db, extra_revision):
    head = migrate.head_revision()  # the real head, at which closed_db was built
    extra_revision("op.create_table('later_table', sa.Column('id', sa.Integer))")
    newer = migrate.head_revision()  # the test revision, now the program's head
    report = check(closed_db)  # also proves no byte of the folder changed
    (problem,) = messages(report, "schema")
    assert f"revision {head}, older than this program's {newer}" in problem
    assert report.skipped and "rules" in report.skipped[0]
    with sqlite3.connect(closed_db) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (head,)


def test_a_newer_schema_is_refused_with_both_versions(closed_db):
    bypass(
        closed_db,
        "UPDATE alembic_version SET version_num = 'f00dfeed1234'",
        "UPDATE settings SET value = '9.9.0' WHERE key = 'schema_written_by'",
    )
    with inspecting(closed_db) as database, pytest.raises(NewerDatabaseError) as refusal:
        check_database(database)
    assert "9.9.0" in str(refusal.value) and __version__ in str(refusal.value)


@pytest.mark.parametrize(
    ("content", "match"),
    [(None, "does not exist"), (b"", "is empty"), (b"plain text", "not an SQLite file")],
)
def test_inspecting_refuses_what_is_not_a_database(tmp_path, content, match):
    path = tmp_path / "register.sqlite3"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(DatabaseError, match=match), inspecting(path):
        pass
    assert [p.name for p in tmp_path.iterdir()] == ([] if content is None else [path.name])
