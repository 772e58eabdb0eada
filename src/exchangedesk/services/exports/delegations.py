"""Exports of the delegations area: delegations, their members and their itineraries."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from exchangedesk.db.models import Delegation, DelegationMember, ItineraryItem, Person
from exchangedesk.interchange.spreadsheets import DATE, DATETIME, INTEGER, YES_NO, SheetColumn
from exchangedesk.services.exports._support import (
    Table,
    partnership_names,
    person_names,
    sensitive_rows,
    text,
)
from exchangedesk.services.exports.people import SENSITIVE_COLUMNS, sensitive_cells


def delegations(session: Session, sensitive: bool) -> Table:
    pairs = partnership_names(session)
    names = person_names(session)
    columns = [
        SheetColumn("ID", INTEGER),
        SheetColumn("Title"),
        SheetColumn("Partnership"),
        SheetColumn("Direction"),
        SheetColumn("Status"),
        SheetColumn("Arrival", DATE),
        SheetColumn("Departure", DATE),
        SheetColumn("Head of delegation"),
        SheetColumn("Purpose"),
        SheetColumn("Notes"),
    ]
    rows = [
        (
            d.id,
            d.title,
            pairs.get(d.partnership_id),
            text(d.direction),
            text(d.status),
            d.arrival_on,
            d.departure_on,
            names.get(d.head_person_id) if d.head_person_id else None,
            d.purpose,
            d.notes,
        )
        for d in session.scalars(select(Delegation).order_by(Delegation.arrival_on, Delegation.id))
    ]
    return Table(columns, rows)


def members(session: Session, sensitive: bool) -> Table:
    titles = dict(session.execute(select(Delegation.id, Delegation.title)).all())
    found = session.execute(
        select(DelegationMember, Person)
        .join(Person, Person.id == DelegationMember.person_id)
        .order_by(DelegationMember.delegation_id, Person.family_name, DelegationMember.id)
    )
    found = list(found)
    details = sensitive_rows(session, (p.id for _, p in found)) if sensitive else {}
    columns = [
        SheetColumn("Delegation ID", INTEGER),
        SheetColumn("Delegation"),
        SheetColumn("Person ID", INTEGER),
        SheetColumn("Given name"),
        SheetColumn("Family name"),
        SheetColumn("Native name"),
        SheetColumn("Role"),
        SheetColumn("Arrival", DATE),
        SheetColumn("Departure", DATE),
        SheetColumn("Needs"),
        *SENSITIVE_COLUMNS,
    ]
    rows = [
        (
            m.delegation_id,
            titles.get(m.delegation_id),
            p.id,
            p.given_name,
            p.family_name,
            " ".join(x for x in (p.given_name_native, p.family_name_native) if x) or None,
            text(m.role),
            m.arrival_on,
            m.departure_on,
            m.needs,
            *sensitive_cells(details.get(p.id)),
        )
        for m, p in found
    ]
    return Table(columns, rows)


def _local(moment: dt.datetime, zone: str) -> dt.datetime:
    """The wall-clock time where the item happens (a spreadsheet cell has no time zone)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    try:
        return moment.astimezone(ZoneInfo(zone)).replace(tzinfo=None)
    except (KeyError, ValueError):
        return moment.replace(tzinfo=None)


def itinerary(session: Session, sensitive: bool) -> Table:
    titles = dict(session.execute(select(Delegation.id, Delegation.title)).all())
    names = person_names(session)
    columns = [
        SheetColumn("Item ID", INTEGER),
        SheetColumn("Delegation ID", INTEGER),
        SheetColumn("Delegation"),
        SheetColumn("Programme ID", INTEGER),
        SheetColumn("Starts (local)", DATETIME),
        SheetColumn("Ends (local)", DATETIME),
        SheetColumn("Time zone"),
        SheetColumn("Title"),
        SheetColumn("Kind"),
        SheetColumn("Venue"),
        SheetColumn("Address"),
        SheetColumn("Everyone attends", YES_NO),
        SheetColumn("Host"),
        SheetColumn("Interpreter needed", YES_NO),
        SheetColumn("Dress code"),
        SheetColumn("Notes"),
    ]
    statement = select(ItineraryItem).order_by(ItineraryItem.starts_at, ItineraryItem.id)
    rows = [
        (
            i.id,
            i.delegation_id,
            titles.get(i.delegation_id) if i.delegation_id else None,
            i.programme_id,
            _local(i.starts_at, i.timezone),
            _local(i.ends_at, i.timezone),
            i.timezone,
            i.title,
            text(i.kind),
            i.venue,
            i.address,
            i.all_attend,
            names.get(i.host_person_id) if i.host_person_id else None,
            i.interpreter_needed,
            i.dress_code,
            i.notes,
        )
        for i in session.scalars(statement)
    ]
    return Table(columns, rows)
