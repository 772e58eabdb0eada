"""Humanitarian aid: appeals for a partner city, the money collected, and what was shipped.

This module lists campaigns and shipments and holds what the aid services share: one unit of
work that turns a lost race into :class:`ConcurrentEditError`, the version check, the audit
trail written for every movement of money, and tidy text input. The use cases live beside it:
``aid_campaigns`` (campaigns, their totals, what reached the city), ``contributions`` (money
given, allocations to shipments, where a donor's money went), ``shipments`` (goods and their
forward-only status history) and ``exchange_rates`` (dated rates and conversion).
"""

from __future__ import annotations

import datetime as dt
import getpass
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import func, or_, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from exchangedesk.db.models import (
    AidCampaign,
    AuditEntry,
    City,
    Contribution,
    Shipment,
    ShipmentLine,
)
from exchangedesk.db.session import Database
from exchangedesk.db.types import utc_now
from exchangedesk.domain.enums import ShipmentStatus
from exchangedesk.domain.errors import ConcurrentEditError, ValidationError
from exchangedesk.domain.money import Money, is_currency, round_half_even
from exchangedesk.services.paging import (
    FIRST_PAGE,
    ListQuery,
    Page,
    fetch_page,
    filter_terms,
    folded_match,
    lifecycle_order,
    text_match,
)

__all__ = ["CampaignRow", "Money", "ShipmentRow", "list_campaigns", "list_shipments"]

RecordT = TypeVar("RecordT")


@dataclass(frozen=True)
class CampaignRow:
    id: int
    title: str
    beneficiary_city: str
    beneficiary_country: str
    starts_on: dt.date
    ends_on: dt.date | None
    target: Money | None
    # Exact sums per currency, largest first; converting them needs the user's dated rates.
    collected: tuple[Money, ...]
    contribution_count: int
    shipment_count: int
    purpose: str | None


@dataclass(frozen=True)
class ShipmentRow:
    id: int
    reference: str
    campaign_id: int
    campaign: str
    beneficiary_city: str
    carrier: str | None
    tracking_reference: str | None
    status: ShipmentStatus
    line_count: int
    notes: str | None


CONTRIBUTION_COUNT = (
    select(func.count(Contribution.id))
    .where(Contribution.campaign_id == AidCampaign.id)
    .correlate(AidCampaign)
    .scalar_subquery()
)
SHIPMENT_COUNT = (
    select(func.count(Shipment.id))
    .where(Shipment.campaign_id == AidCampaign.id)
    .correlate(AidCampaign)
    .scalar_subquery()
)

CAMPAIGN_SORT_COLUMNS = {
    "title": AidCampaign.title,
    "beneficiary": City.name,
    "starts_on": AidCampaign.starts_on,
    "ends_on": AidCampaign.ends_on,
    "contribution_count": CONTRIBUTION_COUNT,
    "shipment_count": SHIPMENT_COUNT,
}


def list_campaigns(database: Database, query: ListQuery = FIRST_PAGE) -> Page[CampaignRow]:
    """Aid campaigns matching the filter in title or beneficiary city, with what each collected."""
    statement = select(
        AidCampaign.id,
        AidCampaign.title,
        City.name,
        City.country_code,
        AidCampaign.starts_on,
        AidCampaign.ends_on,
        AidCampaign.target_amount,
        AidCampaign.target_currency,
        CONTRIBUTION_COUNT.label("contribution_count"),
        SHIPMENT_COUNT.label("shipment_count"),
        AidCampaign.purpose,
    ).join(City, AidCampaign.beneficiary_city_id == City.id)
    statement = filter_terms(
        statement,
        query,
        lambda term: or_(text_match(term, AidCampaign.title), folded_match(term, City.search_key)),
    )
    with database.reading() as session:
        page = fetch_page(
            session,
            statement,
            query,
            sort_columns=CAMPAIGN_SORT_COLUMNS,
            default_sort=[AidCampaign.starts_on.desc()],
            tiebreak=AidCampaign.id,
            make_row=lambda record: record,
        )
        totals = _collected(session, [record.id for record in page.rows])
    rows = tuple(
        CampaignRow(
            id=record.id,
            title=record.title,
            beneficiary_city=record.name,
            beneficiary_country=record.country_code,
            starts_on=record.starts_on,
            ends_on=record.ends_on,
            target=(
                Money(record.target_amount, record.target_currency)
                if record.target_amount is not None and record.target_currency
                else None
            ),
            collected=totals.get(record.id, ()),
            contribution_count=record.contribution_count,
            shipment_count=record.shipment_count,
            purpose=record.purpose,
        )
        for record in page.rows
    )
    return Page(rows=rows, total=page.total, offset=page.offset)


def _collected(session: Session, campaign_ids: list[int]) -> dict[int, tuple[Money, ...]]:
    """Sum of contributions per campaign and currency, in SQL on the exact scaled integers."""
    if not campaign_ids:
        return {}
    sums = session.execute(
        select(Contribution.campaign_id, Contribution.currency, func.sum(Contribution.amount))
        .where(Contribution.campaign_id.in_(campaign_ids))
        .group_by(Contribution.campaign_id, Contribution.currency)
    )
    by_campaign: dict[int, list[Money]] = defaultdict(list)
    for campaign_id, currency, amount in sums:
        by_campaign[campaign_id].append(Money(amount, currency))
    return {
        campaign_id: tuple(sorted(amounts, key=lambda money: (-money.amount, money.currency)))
        for campaign_id, amounts in by_campaign.items()
    }


LINE_COUNT = (
    select(func.count(ShipmentLine.id))
    .where(ShipmentLine.shipment_id == Shipment.id)
    .correlate(Shipment)
    .scalar_subquery()
)

SHIPMENT_SORT_COLUMNS = {
    "reference": Shipment.reference,
    "campaign": AidCampaign.title,
    "carrier": Shipment.carrier,
    "status": lifecycle_order(Shipment.status, ShipmentStatus),
    "line_count": LINE_COUNT,
}


def list_shipments(database: Database, query: ListQuery = FIRST_PAGE) -> Page[ShipmentRow]:
    """Shipments matching the filter in reference, carrier, campaign or beneficiary city."""
    statement = (
        select(
            Shipment.id,
            Shipment.reference,
            Shipment.campaign_id,
            AidCampaign.title,
            City.name,
            Shipment.carrier,
            Shipment.tracking_reference,
            Shipment.status,
            LINE_COUNT,
            Shipment.notes,
        )
        .join(AidCampaign, Shipment.campaign_id == AidCampaign.id)
        .join(City, AidCampaign.beneficiary_city_id == City.id)
    )
    statement = filter_terms(
        statement,
        query,
        lambda term: or_(
            text_match(term, Shipment.reference, Shipment.carrier, AidCampaign.title),
            folded_match(term, City.search_key),
        ),
    )
    with database.reading() as session:
        return fetch_page(
            session,
            statement,
            query,
            sort_columns=SHIPMENT_SORT_COLUMNS,
            default_sort=[Shipment.id.desc()],
            tiebreak=Shipment.id,
            make_row=lambda record: ShipmentRow(*record),
        )


# --- shared by the aid services ----------------------------------------------------------


@contextmanager
def editing(database: Database) -> Iterator[Session]:
    """One unit of work for an edit. Losing a race to another user (a version that changed
    under us, or SQLite refusing a write on a snapshot someone else has since committed over)
    becomes :class:`ConcurrentEditError`; nothing of the edit is saved either way."""
    try:
        with database.unit_of_work() as session:
            yield session
    except StaleDataError as exc:
        raise ConcurrentEditError(
            "Someone else saved this record at the same moment; reload it and try again."
        ) from exc
    except OperationalError as exc:
        if "locked" not in str(exc).lower():
            raise
        raise ConcurrentEditError(
            "Someone else was saving at the same moment; nothing was changed. Try again."
        ) from exc


def existing(session: Session, model: type[RecordT], record_id: int, what: str) -> RecordT:
    """The record being edited, or ConcurrentEditError if it no longer exists."""
    record = session.get(model, record_id)
    if record is None:
        raise ConcurrentEditError(
            f"{what} {record_id} no longer exists; someone may have deleted it. Reload the list."
        )
    return record


def check_version(record: Any, expected_version: int, what: str) -> None:
    """Refuse to save over a change someone else made since the record was read."""
    if record.version_id != expected_version:
        raise ConcurrentEditError(
            f"{what} was changed by someone else since you opened it (now version "
            f"{record.version_id}, you had {expected_version}). Reload it and make your change "
            "again."
        )


def referenced(
    session: Session, model: type[RecordT], record_id: int | None, field: str, what: str
) -> RecordT | None:
    """A record another one points to; a ValidationError naming ``field`` if it is missing."""
    if record_id is None:
        return None
    record = session.get(model, record_id)
    if record is None:
        raise ValidationError(field, f"There is no {what} with id {record_id}.")
    return record


def clean_text(
    value: str | None, field: str, *, required: bool = False, max_length: int = 300
) -> str | None:
    """Trimmed text, None when blank; refused when required and blank, or too long. Short
    single-line fields also lose doubled and stray whitespace; long notes keep their lines."""
    if value is None:
        text = None
    elif max_length <= 300:
        text = " ".join(value.split())
    else:
        text = value.strip()
    if required and not text:
        raise ValidationError(field, "This cannot be left empty.")
    if text and len(text) > max_length:
        raise ValidationError(field, f"At most {max_length} characters ({len(text)} given).")
    return text or None


def actor() -> str:
    """Who the audit trail names: the operating-system user running the program."""
    try:
        return getpass.getuser()[:200] or "exchangedesk"
    except Exception:  # no user name in this environment (e.g. a service account)
        return "exchangedesk"


def audit(session: Session, action: str, entity: str, entity_id: int, summary: str) -> None:
    """One entry of the audit log, in the same unit of work as the change it records."""
    session.add(
        AuditEntry(
            at=utc_now(),
            actor=actor(),
            action=action,
            entity=entity,
            entity_id=entity_id,
            summary=summary,
        )
    )


def money_words(amount: Decimal, currency: str) -> str:
    """An amount as the audit log and messages write it: "150.00 GBP". Stored amounts keep
    four places; they fit their currency, so showing its decimals loses nothing."""
    shown = round_half_even(amount, currency) if is_currency(currency) else amount
    return f"{shown} {currency}"


def rate_words(rate: Decimal) -> str:
    """A rate without the trailing zeros of its stored eight places: 0.64, not 0.64000000."""
    text = f"{rate.normalize():f}"
    return text


def dates_in_order(starts_on: dt.date | None, ends_on: dt.date | None, field: str) -> None:
    if starts_on is not None and ends_on is not None and ends_on < starts_on:
        raise ValidationError(
            field, f"{ends_on.isoformat()} is before the start ({starts_on.isoformat()})."
        )


def check_date(value: object, field: str, *, required: bool = True) -> dt.date | None:
    """A calendar day (not a timestamp); refused when required and missing."""
    if value is None:
        if required:
            raise ValidationError(field, "Give a date.")
        return None
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise ValidationError(field, f"{value!r} is not a calendar date.")
    return value
