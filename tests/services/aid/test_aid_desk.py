"""What the Aid area needs beyond the use cases: a campaign's shipments, the partnerships of a
city, taking back a campaign or shipment just created (undo), delivery confirmations."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from aid_support import (  # noqa: F401 - fixtures
    PLANNED_ON,
    Appeal,
    Committee,
    appeal_fixture,
    broken_rules,
    campaign_fields,
    committee_fixture,
)

from exchangedesk.db.session import Database
from exchangedesk.domain.enums import ShipmentStatus as S
from exchangedesk.domain.errors import ValidationError
from exchangedesk.services.aid.campaigns import create_campaign, get_campaign
from exchangedesk.services.aid.desk import (
    attach_delivery_confirmation,
    campaign_shipments,
    delete_campaign,
    delete_shipment,
    delivery_confirmations,
    partnerships_of_city,
    remove_delivery_confirmation,
)
from exchangedesk.services.aid.shipments import (
    ShipmentFields,
    advance_shipment,
    create_shipment,
    get_shipment,
)
from exchangedesk.services.common.attachments import read_attachment


def test_a_campaigns_shipments_and_a_citys_partnerships(database: Database, appeal: Appeal) -> None:
    (row,) = campaign_shipments(database, appeal.campaign_id)
    assert row.reference == "STAL-1943-01" and row.line_count == 2
    labels = [p.label for p in partnerships_of_city(database, appeal.committee.volgograd)]
    assert labels == ["Coventry – Volgograd"]
    assert len(partnerships_of_city(database, appeal.committee.coventry)) == 2
    assert partnerships_of_city(database, None) == []


def test_a_new_empty_campaign_can_be_taken_back(database: Database, committee: Committee) -> None:
    made = create_campaign(database, campaign_fields(committee, title="Typo appeal"))
    delete_campaign(database, made.id, expected_version=made.version)
    with pytest.raises(Exception, match="no longer exists"):
        get_campaign(database, made.id)


def test_a_campaign_with_a_shipment_is_kept(database: Database, appeal: Appeal) -> None:
    version = get_campaign(database, appeal.campaign_id).version
    with pytest.raises(ValidationError, match="cannot be taken back"):
        delete_campaign(database, appeal.campaign_id, expected_version=version)
    assert get_campaign(database, appeal.campaign_id).fields.title


def test_a_planned_shipment_can_be_taken_back_until_it_moves(
    database: Database, appeal: Appeal
) -> None:
    made = create_shipment(
        database,
        ShipmentFields(campaign_id=appeal.campaign_id, reference="STAL-1943-02"),
        planned_on=PLANNED_ON,
    )
    delete_shipment(database, made.id, expected_version=made.version)
    assert [r.reference for r in campaign_shipments(database, appeal.campaign_id)] == [
        "STAL-1943-01"
    ]
    shipment = get_shipment(database, appeal.shipment_id)
    moved = advance_shipment(
        database, shipment.id, S.PACKED, dt.date(1943, 1, 15), expected_version=shipment.version
    )
    with pytest.raises(ValidationError, match="cannot be taken back"):
        delete_shipment(database, moved.id, expected_version=moved.version)
    assert broken_rules(database) == []


def test_the_signed_delivery_confirmation_is_kept_with_the_shipment(
    database: Database, appeal: Appeal, tmp_path: Path
) -> None:
    scan = tmp_path / "signed confirmation.pdf"
    scan.write_bytes(b"%PDF-1.4 signed in Kuibyshev")
    row = attach_delivery_confirmation(database, appeal.shipment_id, scan)
    assert [a.original_name for a in delivery_confirmations(database, appeal.shipment_id)] == [
        "signed confirmation.pdf"
    ]
    assert read_attachment(database, row.id) == scan.read_bytes()
    remove_delivery_confirmation(database, row.id, removed=True)
    assert delivery_confirmations(database, appeal.shipment_id) == []
    with pytest.raises(ValidationError, match="removed already"):
        remove_delivery_confirmation(database, row.id, removed=True)
    remove_delivery_confirmation(database, row.id, removed=False)
    assert len(delivery_confirmations(database, appeal.shipment_id)) == 1
    with pytest.raises(ValidationError, match="not a file"):
        attach_delivery_confirmation(database, appeal.shipment_id, tmp_path / "missing.pdf")
