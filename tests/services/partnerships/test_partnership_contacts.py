"""The kept last contacts (revision 0012_perf18) list exactly what the aggregate lists: sorted
by last contact either way, filtered to dormant ones, after every kind of activity is
recorded, moved or removed, and as days pass a planned visit."""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib.util
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import delete, select, text

from exchangedesk.db.models import (
    AidCampaign,
    Contribution,
    Delegation,
    Document,
    Gift,
    Partnership,
    PartnershipContact,
    PartnershipStatusChange,
)
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import (
    DelegationStatus,
    Direction,
    DocumentKind,
    GiftDirection,
    PartnershipStatus,
)
from exchangedesk.services.common.paging import ListQuery
from exchangedesk.services.partnerships import contacts
from exchangedesk.services.partnerships.lists import PartnershipFilter, list_partnerships
from sample_committee import SampleIds

TODAY = dt.date(2025, 6, 10)
MIGRATION = (
    Path(__file__).resolve().parents[3]
    / "migrations"
    / "versions"
    / "0012_perf18_partnership_contacts.py"
)
QUERIES = (
    ListQuery(sort="last_contact", limit=1000),
    ListQuery(sort="last_contact", descending=True, limit=1000),
    ListQuery(limit=1000),
    ListQuery(sort="last_contact", limit=2),  # a short page, then the seek to the next
    ListQuery(sort="last_contact", limit=2, offset=2),
)


def _listed(database: Database, today: dt.date) -> list[list[tuple]]:
    pages = [list_partnerships(database, query, today=today) for query in QUERIES]
    pages.append(
        list_partnerships(
            database, ListQuery(limit=1000), PartnershipFilter(dormant_only=True), today=today
        )
    )
    return [[(r.id, r.last_contact, r.dormant) for r in page.rows] + [page.total] for page in pages]


def _agree(database: Database, monkeypatch: pytest.MonkeyPatch, today: dt.date = TODAY) -> None:
    kept = _listed(database, today)
    if contacts.usable(database) and not database.read_only:
        assert contacts.outdated(database, today) == []  # the kept rows were what it read
    with monkeypatch.context() as slow:
        slow.setattr(contacts, "usable", lambda _database: False)
        assert kept == _listed(database, today)


def _kept_rows(database: Database) -> set[tuple]:
    with database.reading() as session:
        return {tuple(row) for row in session.execute(select(PartnershipContact.__table__))}


@pytest.fixture
def sqlite_only(database: Database) -> None:
    if not contacts.usable_dialect(database.engine.dialect.name):
        pytest.skip("the kept rows and their triggers are SQLite's (PostgreSQL aggregates)")


def test_every_kind_of_activity_keeps_the_sorted_list_right(
    database: Database, sample: SampleIds, monkeypatch: pytest.MonkeyPatch
) -> None:
    _agree(database, monkeypatch)
    with database.unit_of_work() as s:
        visit = Delegation(
            partnership_id=sample.saarlouis_eisenhuettenstadt,
            direction=Direction.INCOMING,
            title="First visit",
            arrival_on=dt.date(2025, 6, 1),
            departure_on=dt.date(2025, 6, 3),
        )
        s.add(visit)
    _agree(database, monkeypatch)  # a visit to a partnership that had nothing
    with database.unit_of_work() as s:
        s.get(Delegation, visit.id).partnership_id = sample.coventry_dresden
    _agree(database, monkeypatch)  # moved: both partnerships change
    with database.unit_of_work() as s:
        gift = Gift(
            direction=GiftDirection.RECEIVED,
            title="Porcelain",
            given_on=dt.date(2025, 6, 2),
            delegation_id=sample.churchill_visit,  # counts through the delegation
        )
        s.add(gift)
    _agree(database, monkeypatch)
    with database.unit_of_work() as s:
        s.get(Gift, gift.id).given_on = dt.date(2025, 6, 3)
    _agree(database, monkeypatch)
    with database.unit_of_work() as s:
        s.add(
            Document(
                kind=DocumentKind.LETTER,
                title="Thanks for the porcelain",
                issued_on=dt.date(2025, 6, 4),
                gift_id=gift.id,  # through the gift
            )
        )
    _agree(database, monkeypatch)
    with database.unit_of_work() as s:
        campaign = AidCampaign(
            title="School books",
            beneficiary_city_id=s.get(Partnership, sample.kemi_volgograd).city_b_id,
            partnership_id=sample.kemi_volgograd,
            starts_on=dt.date(1990, 1, 5),
        )
        s.add(campaign)
        s.flush()
        s.add(
            Contribution(
                campaign_id=campaign.id,
                donor_text="Rotary",
                amount=Decimal("10"),
                currency="EUR",
                received_on=dt.date(2025, 5, 30),
            )
        )
    _agree(database, monkeypatch)
    with database.unit_of_work() as s:
        s.get(Delegation, visit.id).status = DelegationStatus.CANCELLED
    _agree(database, monkeypatch)
    with database.unit_of_work() as s:
        s.delete(s.get(Gift, gift.id))
        s.execute(delete(Contribution).where(Contribution.campaign_id == campaign.id))
        s.get(Partnership, sample.saarlouis_eisenhuettenstadt).signed_on = dt.date(1988, 1, 1)
        s.add(
            PartnershipStatusChange(
                partnership_id=sample.coventry_volgograd,
                changed_on=dt.date(2025, 6, 9),
                from_status=PartnershipStatus.ACTIVE,
                to_status=PartnershipStatus.ACTIVE,
            )
        )
    _agree(database, monkeypatch)


def test_a_planned_visit_becomes_the_last_contact_once_its_day_has_come(
    database: Database, sample: SampleIds, monkeypatch: pytest.MonkeyPatch
) -> None:
    with database.unit_of_work() as s:
        s.add(
            Delegation(
                partnership_id=sample.kemi_volgograd,
                direction=Direction.OUTGOING,
                title="Planned",
                arrival_on=dt.date(2025, 7, 1),
                departure_on=dt.date(2025, 7, 4),
            )
        )
    for today in (TODAY, dt.date(2025, 7, 1), dt.date(2025, 7, 2), dt.date(1973, 1, 1), TODAY):
        _agree(database, monkeypatch, today)
    rows = list_partnerships(database, ListQuery(sort="last_contact"), today=dt.date(2025, 7, 2))
    kemi = next(r for r in rows.rows if r.id == sample.kemi_volgograd)
    assert kemi.last_contact == dt.date(2025, 7, 1)


def test_the_upgrade_fills_the_same_rows_the_list_computes(
    database: Database, sample: SampleIds, sqlite_only: None
) -> None:
    spec = importlib.util.spec_from_file_location("perf18_revision", MIGRATION)
    revision = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(revision)
    with database.unit_of_work() as s:  # activity only the coalesced links reach
        s.add(
            Gift(
                direction=GiftDirection.GIVEN,
                title="Plate",
                given_on=dt.date(2001, 2, 3),
                delegation_id=sample.churchill_visit,
            )
        )
    with database.engine.begin() as connection:
        connection.execute(delete(PartnershipContact))
        connection.execute(text(revision.fill_sql(TODAY.isoformat())))
    filled = _kept_rows(database)
    with database.engine.begin() as connection:
        connection.execute(delete(PartnershipContact))
    with database.reading() as session:
        ids = list(session.scalars(select(Partnership.id)))
    contacts.refresh(database, ids, TODAY)
    assert filled == _kept_rows(database)
    assert len(filled) == len(ids) == 4


def test_a_read_only_register_with_outdated_rows_aggregates_and_writes_nothing(
    database: Database, sample: SampleIds, monkeypatch: pytest.MonkeyPatch, sqlite_only: None
) -> None:
    _listed(database, TODAY)  # every row kept
    with database.engine.begin() as connection:
        connection.execute(
            delete(PartnershipContact).where(
                PartnershipContact.partnership_id == sample.coventry_volgograd
            )
        )
    before = _kept_rows(database)
    reader = dataclasses.replace(database, read_only=True)
    assert contacts.fresh(reader, TODAY) is False
    _agree(reader, monkeypatch)
    assert _kept_rows(database) == before


def test_without_all_its_triggers_the_list_does_not_trust_the_kept_rows(
    database: Database, sample: SampleIds, monkeypatch: pytest.MonkeyPatch, sqlite_only: None
) -> None:
    # A later table rebuild drops the triggers on that table (see db/migrate.py).
    _listed(database, TODAY)
    with database.engine.begin() as connection:
        connection.exec_driver_sql("DROP TRIGGER partnership_contacts_after_delegations_insert")
    assert contacts.usable(database) is False
    with database.unit_of_work() as s:
        s.add(
            Delegation(
                partnership_id=sample.saarlouis_eisenhuettenstadt,
                direction=Direction.INCOMING,
                title="Unseen by the triggers",
                arrival_on=dt.date(2025, 6, 1),
                departure_on=dt.date(2025, 6, 3),
            )
        )
    rows = list_partnerships(database, ListQuery(sort="last_contact", descending=True), today=TODAY)
    assert (rows.rows[0].id, rows.rows[0].last_contact) == (
        sample.saarlouis_eisenhuettenstadt,
        dt.date(2025, 6, 1),
    )
    _agree(database, monkeypatch)
