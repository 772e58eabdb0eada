"""Transport legs leaving and arriving in their own zones."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from exchangedesk.db.models import Delegation
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import DelegationStatus
from exchangedesk.domain.errors import ValidationError
from exchangedesk.services.delegations.transport import (
    LegFields,
    create_leg,
    delete_leg,
    legs,
    update_leg,
)
from itinerary_sample import build_visit

VOLGOGRAD, ISTANBUL, BERLIN = "Europe/Volgograd", "Europe/Istanbul", "Europe/Berlin"


def flight(departs: dt.datetime, arrives: dt.datetime, **more: object) -> LegFields:
    return LegFields(
        "Volgograd (VOG)",
        "Istanbul (IST)",
        departs,
        VOLGOGRAD,
        arrives,
        ISTANBUL,
        carrier="Turkish Airlines",
        number="TK 1347",
        seats=12,
        **more,  # type: ignore[arg-type]
    )


def test_times_in_their_own_zones(database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        visit = build_visit(database)
        leg = create_leg(
            database,
            visit.delegation_id,
            flight(dt.datetime(2026, 3, 27, 6, 40), dt.datetime(2026, 3, 27, 8, 5)),
        )
        assert leg.departs_at.strftime("%H:%M") == "06:40"
        assert leg.arrives_at.strftime("%H:%M") == "08:05"
        assert leg.duration == dt.timedelta(hours=1, minutes=25)  # both zones are UTC+3
        second = create_leg(
            database,
            visit.delegation_id,
            LegFields(
                "Istanbul (IST)",
                "Berlin (BER)",
                dt.datetime(2026, 3, 27, 10, 0),
                ISTANBUL,
                dt.datetime(2026, 3, 27, 12, 0),
                BERLIN,
            ),
        )
        assert second.duration == dt.timedelta(hours=4)
        assert [x.id for x in legs(database, visit.delegation_id)] == [leg.id, second.id]
    finally:
        monkeypatch.undo()
        time.tzset()


def test_arriving_before_leaving_is_refused_in_real_time(database: Database) -> None:
    visit = build_visit(database)
    # Leaving Berlin 10:00 (09:00 UTC), "arriving" Istanbul 11:30 (08:30 UTC): later on the
    # clocks, earlier in fact.
    with pytest.raises(ValidationError) as caught:
        create_leg(
            database,
            visit.delegation_id,
            LegFields(
                "Berlin",
                "Istanbul",
                dt.datetime(2026, 3, 27, 10),
                BERLIN,
                dt.datetime(2026, 3, 27, 11, 30),
                ISTANBUL,
            ),
        )
    assert caught.value.field == "arrives"
    # Leaving Istanbul 08:00 (05:00 UTC), arriving Berlin 07:30 (06:30 UTC): earlier on the
    # clocks, later in fact.
    leg = create_leg(
        database,
        visit.delegation_id,
        LegFields(
            "Istanbul",
            "Berlin",
            dt.datetime(2026, 3, 27, 8),
            ISTANBUL,
            dt.datetime(2026, 3, 27, 7, 30),
            BERLIN,
        ),
    )
    assert leg.duration == dt.timedelta(hours=1, minutes=30)


def test_bad_input_is_refused_naming_the_field(database: Database) -> None:
    visit = build_visit(database)
    good = flight(dt.datetime(2026, 3, 27, 6, 40), dt.datetime(2026, 3, 27, 8, 5))
    cases = {
        "seats": LegFields(**{**good.__dict__, "seats": -1}),
        "arrival_timezone": LegFields(**{**good.__dict__, "arrival_timezone": "Nowhere/City"}),
        "from_place": LegFields(**{**good.__dict__, "from_place": ""}),
        "departs": LegFields(
            **{
                **good.__dict__,
                "departs": dt.datetime(2026, 3, 29, 2, 30),
                "departure_timezone": BERLIN,
                "arrives": dt.datetime(2026, 3, 29, 9),
            }
        ),
    }
    for name, fields in cases.items():
        with pytest.raises(ValidationError) as caught:
            create_leg(database, visit.delegation_id, fields)
        assert caught.value.field == name
    assert legs(database, visit.delegation_id) == ()


def test_update_delete_and_read_only(database: Database) -> None:
    visit = build_visit(database)
    leg = create_leg(
        database,
        visit.delegation_id,
        flight(dt.datetime(2026, 3, 27, 6, 40), dt.datetime(2026, 3, 27, 8, 5)),
    )
    changed = update_leg(
        database, leg.id, LegFields(**{**leg.fields().__dict__, "number": "TK 1348"})
    )
    assert changed.number == "TK 1348" and changed.departs_at == leg.departs_at
    with database.unit_of_work() as s:
        s.get(Delegation, visit.delegation_id).status = DelegationStatus.CANCELLED  # type: ignore[union-attr]
    with pytest.raises(ValidationError) as caught:
        delete_leg(database, leg.id)
    assert caught.value.field == "status"
    with database.unit_of_work() as s:
        s.get(Delegation, visit.delegation_id).status = DelegationStatus.PLANNED  # type: ignore[union-attr]
    assert delete_leg(database, leg.id).number == "TK 1348"
    assert legs(database, visit.delegation_id) == ()
