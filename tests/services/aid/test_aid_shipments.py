"""Shipments: validated lines, a status that only moves forward with a dated history, reversals
appended rather than history edited, and contents fixed once the goods have left."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest
from aid_support import (  # noqa: F401 - fixtures
    PLANNED_ON,
    Appeal,
    appeal_fixture,
    audit_trail,
    broken_rules,
    committee_fixture,
    line,
    table_rows,
)

from exchangedesk.db.session import Database
from exchangedesk.domain.enums import ShipmentStatus as S
from exchangedesk.domain.errors import ConcurrentEditError, ValidationError
from exchangedesk.domain.money import Money
from exchangedesk.services.aid.lists import list_shipments, open_shipments
from exchangedesk.services.aid.shipments import (
    ShipmentDetail,
    ShipmentFields,
    advance_shipment,
    create_shipment,
    get_shipment,
    record_reversal,
    update_shipment,
)

DAY = dt.timedelta(days=1)


def advance(database: Database, shipment: ShipmentDetail, to: S, on: dt.date) -> ShipmentDetail:
    return advance_shipment(database, shipment.id, to, on, expected_version=shipment.version)


def test_a_shipment_is_created_planned_with_its_lines(database: Database, appeal: Appeal) -> None:
    shipment = get_shipment(database, appeal.shipment_id)
    assert shipment.status == S.PLANNED
    assert [(c.status, c.occurred_on, c.is_reversal) for c in shipment.history] == [
        (S.PLANNED, PLANNED_ON, False)
    ]
    assert [(x.item, x.quantity, x.value) for x in shipment.lines] == [
        ("Blankets", Decimal(200), Money(Decimal("80"), "GBP")),
        ("Bandages", Decimal(45), Money(Decimal("22.5"), "GBP")),
    ]
    assert shipment.goods_value == (Money(Decimal("102.5"), "GBP"),)
    assert shipment.weight_kg == Decimal("241")
    assert shipment.next_statuses == (
        S.PACKED,
        S.DISPATCHED,
        S.IN_TRANSIT,
        S.DELIVERED,
        S.CONFIRMED,
        S.LOST,
    )
    assert not shipment.can_reverse and shipment.lines_can_change
    assert list_shipments(database).rows[0].line_count == 2
    assert broken_rules(database) == []


@pytest.mark.parametrize(
    ("bad_line", "field", "words"),
    [
        (line(quantity="0"), "lines[2].quantity", "more than zero"),
        (line(quantity="-3"), "lines[2].quantity", "more than zero"),
        (line(quantity="1.0005"), "lines[2].quantity", "at most 3 decimal places"),
        (line(unit_value="-0.01"), "lines[2].unit_value", "less than zero"),
        (line(unit_value="0.001"), "lines[2].unit_value", "GBP has 2 decimal places"),
        (line(currency="EURO"), "lines[2].currency", "not an ISO 4217 currency"),
        (line(unit=" "), "lines[2].unit", "cannot be left empty"),
        (line(item=""), "lines[2].item", "cannot be left empty"),
        (line(weight_kg="-1"), "lines[2].weight_kg", "Cannot be negative"),
    ],
)
def test_bad_lines_are_named_by_row_and_nothing_is_saved(
    database: Database, appeal: Appeal, bad_line: object, field: str, words: str
) -> None:
    before = table_rows(database)
    with pytest.raises(ValidationError) as caught:
        create_shipment(
            database,
            ShipmentFields(appeal.campaign_id, "STAL-1943-02", lines=(line(), bad_line)),
            planned_on=PLANNED_ON,
        )
    assert caught.value.field == field
    assert words in caught.value.message
    assert table_rows(database) == before


def test_free_goods_and_no_weight_are_fine(database: Database, appeal: Appeal) -> None:
    made = create_shipment(
        database,
        ShipmentFields(
            appeal.campaign_id, "STAL-1943-02", lines=(line(unit_value="0", weight_kg=None),)
        ),
        planned_on=PLANNED_ON,
    )
    assert made.goods_value == (Money(Decimal(0), "GBP"),)
    assert made.weight_kg is None


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"reference": "stal-1943-01"}, "reference"),  # taken, whatever the case
        ({"reference": "  "}, "reference"),
        ({"campaign_id": 999}, "campaign_id"),
    ],
)
def test_bad_shipment_headers_are_refused(
    database: Database, appeal: Appeal, fields: dict, field: str
) -> None:
    before = table_rows(database)
    with pytest.raises(ValidationError) as caught:
        create_shipment(
            database,
            ShipmentFields(**{"campaign_id": appeal.campaign_id, "reference": "X", **fields}),
            planned_on=PLANNED_ON,
        )
    assert caught.value.field == field
    assert table_rows(database) == before


def test_the_status_moves_forward_with_a_date_for_each_step(
    database: Database, appeal: Appeal
) -> None:
    shipment = get_shipment(database, appeal.shipment_id)
    shipment = advance(database, shipment, S.PACKED, PLANNED_ON + 10 * DAY)
    shipment = advance(database, shipment, S.IN_TRANSIT, PLANNED_ON + 12 * DAY)  # skips one
    shipment = advance(database, shipment, S.DELIVERED, PLANNED_ON + 40 * DAY)
    shipment = advance_shipment(
        database,
        shipment.id,
        S.CONFIRMED,
        PLANNED_ON + 60 * DAY,
        note="Signed confirmation received",
        expected_version=shipment.version,
    )
    assert shipment.status == S.CONFIRMED
    assert [(c.status, (c.occurred_on - PLANNED_ON).days) for c in shipment.history] == [
        (S.PLANNED, 0),
        (S.PACKED, 10),
        (S.IN_TRANSIT, 12),
        (S.DELIVERED, 40),
        (S.CONFIRMED, 60),
    ]
    assert shipment.history[-1].note == "Signed confirmation received"
    assert shipment.next_statuses == ()
    assert [summary for action, _, summary in audit_trail(database, "shipment")][-1] == (
        "shipment STAL-1943-01: delivered → confirmed on 1943-01-30"
    )
    assert broken_rules(database) == []


def test_a_status_moved_backwards_is_refused_and_nothing_saved(
    database: Database, appeal: Appeal
) -> None:
    shipment = get_shipment(database, appeal.shipment_id)
    shipment = advance(database, shipment, S.DISPATCHED, PLANNED_ON + 5 * DAY)
    before = table_rows(database)
    for to in (S.PACKED, S.PLANNED, S.DISPATCHED):
        with pytest.raises(ValidationError) as caught:
            advance(database, shipment, to, PLANNED_ON + 6 * DAY)
        assert caught.value.field == "to_status"
    assert "reversal" in caught.value.message or "already" in caught.value.message
    with pytest.raises(ValidationError) as caught:
        advance(database, shipment, "teleported", PLANNED_ON + 6 * DAY)  # type: ignore[arg-type]
    assert caught.value.field == "to_status"
    assert table_rows(database) == before


def test_dates_do_not_go_back_in_time(database: Database, appeal: Appeal) -> None:
    shipment = get_shipment(database, appeal.shipment_id)
    shipment = advance(database, shipment, S.PACKED, PLANNED_ON + 10 * DAY)
    before = table_rows(database)
    with pytest.raises(ValidationError) as caught:
        advance(database, shipment, S.DISPATCHED, PLANNED_ON + 9 * DAY)
    assert caught.value.field == "on_date"
    assert "1942-12-11" in caught.value.message
    with pytest.raises(ValidationError):
        record_reversal(
            database, shipment.id, PLANNED_ON, note="Wrong", expected_version=shipment.version
        )
    assert table_rows(database) == before
    advance(database, shipment, S.DISPATCHED, PLANNED_ON + 10 * DAY)  # the same day is fine


def test_lost_from_any_step_before_confirmed_but_not_after(
    database: Database, appeal: Appeal
) -> None:
    shipment = get_shipment(database, appeal.shipment_id)
    shipment = advance(database, shipment, S.IN_TRANSIT, PLANNED_ON + 5 * DAY)
    lost = advance(database, shipment, S.LOST, PLANNED_ON + 30 * DAY)
    assert lost.status == S.LOST and lost.next_statuses == ()
    with pytest.raises(ValidationError, match="recorded as lost"):
        advance(database, lost, S.DELIVERED, PLANNED_ON + 31 * DAY)
    found = record_reversal(
        database,
        lost.id,
        PLANNED_ON + 40 * DAY,
        note="Found in the port warehouse",
        expected_version=lost.version,
    )
    assert found.status == S.IN_TRANSIT
    confirmed = advance(
        database,
        advance(database, found, S.DELIVERED, PLANNED_ON + 41 * DAY),
        S.CONFIRMED,
        PLANNED_ON + 50 * DAY,
    )
    with pytest.raises(ValidationError, match="delivery is confirmed"):
        advance(database, confirmed, S.LOST, PLANNED_ON + 51 * DAY)
    assert broken_rules(database) == []


def test_a_correction_is_a_reversal_appended_never_an_edit(
    database: Database, appeal: Appeal
) -> None:
    shipment = get_shipment(database, appeal.shipment_id)
    shipment = advance(database, shipment, S.PACKED, PLANNED_ON + 1 * DAY)
    wrong = advance(database, shipment, S.DELIVERED, PLANNED_ON + 2 * DAY)  # a slip of the mouse
    before = {c.id: c for c in wrong.history}
    with pytest.raises(ValidationError) as caught:
        record_reversal(
            database, wrong.id, PLANNED_ON + 3 * DAY, note="  ", expected_version=wrong.version
        )
    assert caught.value.field == "note"
    corrected = record_reversal(
        database,
        wrong.id,
        PLANNED_ON + 3 * DAY,
        note="Marked delivered by mistake: still in Coventry",
        expected_version=wrong.version,
    )
    assert corrected.status == S.PACKED
    assert corrected.can_reverse
    assert {c.id: c for c in corrected.history if c.id in before} == before  # untouched
    assert [(c.status, c.is_reversal) for c in corrected.history] == [
        (S.PLANNED, False),
        (S.PACKED, False),
        (S.DELIVERED, False),
        (S.PACKED, True),
    ]
    back = record_reversal(
        database,
        corrected.id,
        PLANNED_ON + 3 * DAY,
        note="Not packed yet either",
        expected_version=corrected.version,
    )
    assert back.status == S.PLANNED and not back.can_reverse
    with pytest.raises(ValidationError, match="no step to reverse"):
        record_reversal(
            database, back.id, PLANNED_ON + 4 * DAY, note="?", expected_version=back.version
        )
    assert audit_trail(database, "shipment")[-1][0] == "reversal"
    assert broken_rules(database) == []


def test_status_moves_check_the_version(database: Database, appeal: Appeal) -> None:
    shipment = get_shipment(database, appeal.shipment_id)
    advance(database, shipment, S.PACKED, PLANNED_ON + DAY)
    before = table_rows(database)
    with pytest.raises(ConcurrentEditError):
        advance(database, shipment, S.DISPATCHED, PLANNED_ON + 2 * DAY)  # stale version
    with pytest.raises(ConcurrentEditError):
        record_reversal(database, shipment.id, PLANNED_ON + 2 * DAY, note="x", expected_version=1)
    assert table_rows(database) == before


def test_contents_change_until_dispatched_then_stay(database: Database, appeal: Appeal) -> None:
    shipment = get_shipment(database, appeal.shipment_id)
    more = replace(shipment.fields, lines=(*shipment.fields.lines, line("Soap", quantity="50")))
    packed = advance(
        database,
        update_shipment(database, shipment.id, more, expected_version=shipment.version),
        S.PACKED,
        PLANNED_ON + DAY,
    )
    assert [x.item for x in packed.lines] == ["Blankets", "Bandages", "Soap"]
    assert packed.version > shipment.version
    dispatched = advance(database, packed, S.DISPATCHED, PLANNED_ON + 2 * DAY)
    # The header may still be corrected; the lines may not.
    tracked = update_shipment(
        database,
        dispatched.id,
        replace(dispatched.fields, tracking_reference="RC-77"),
        expected_version=dispatched.version,
    )
    assert tracked.fields.tracking_reference == "RC-77"
    before = table_rows(database)
    with pytest.raises(ValidationError) as caught:
        update_shipment(
            database,
            tracked.id,
            replace(tracked.fields, lines=tracked.fields.lines[:1]),
            expected_version=tracked.version,
        )
    assert caught.value.field == "lines"
    assert "dispatched" in caught.value.message
    assert table_rows(database) == before


def test_a_lines_only_change_moves_the_version(database: Database, appeal: Appeal) -> None:
    shipment = get_shipment(database, appeal.shipment_id)
    changed = update_shipment(
        database,
        shipment.id,
        replace(shipment.fields, lines=shipment.fields.lines[:1]),
        expected_version=shipment.version,
    )
    assert changed.version == shipment.version + 1
    with pytest.raises(ConcurrentEditError):
        update_shipment(database, shipment.id, shipment.fields, expected_version=shipment.version)


def test_open_shipments_are_those_neither_confirmed_nor_lost(
    database: Database, appeal: Appeal
) -> None:
    made = {}
    for reference, steps in (
        ("PLANNED", ()),
        ("IN-TRANSIT", (S.IN_TRANSIT,)),
        ("DELIVERED", (S.DELIVERED,)),
        ("CONFIRMED", (S.DELIVERED, S.CONFIRMED)),
        ("LOST", (S.LOST,)),
    ):
        shipment = create_shipment(
            database, ShipmentFields(appeal.campaign_id, reference), planned_on=PLANNED_ON
        )
        for number, status in enumerate(steps, start=1):
            shipment = advance(database, shipment, status, PLANNED_ON + number * DAY)
        made[reference] = shipment.id
    assert [row.reference for row in open_shipments(database)] == [
        "DELIVERED",
        "IN-TRANSIT",
        "STAL-1943-01",
        "PLANNED",
    ]
    assert len(open_shipments(database, limit=1)) == 1
