"""Exports of the people area: people (with sensitive details only when asked) and organisations."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from exchangedesk.db.models import Organisation, Person, PersonSensitive
from exchangedesk.interchange.spreadsheets import DATE, INTEGER, SheetColumn
from exchangedesk.services.exports._support import (
    Table,
    city_names,
    organisation_names,
    person_names,
    sensitive_rows,
    text,
)

# The sensitive details of a person, as columns; masked unless the user asks (DESIGN.md §2).
SENSITIVE_COLUMNS = (
    SheetColumn("Date of birth", DATE, sensitive=True),
    SheetColumn("Nationality", sensitive=True),
    SheetColumn("Passport number", sensitive=True),
    SheetColumn("Passport expiry", DATE, sensitive=True),
    SheetColumn("Dietary notes", sensitive=True),
    SheetColumn("Medical notes", sensitive=True),
    SheetColumn("Allergies", sensitive=True),
    SheetColumn("Emergency contact", sensitive=True),
    SheetColumn("Emergency phone", sensitive=True),
)
HEALTH_COLUMNS = (SENSITIVE_COLUMNS[0], *SENSITIVE_COLUMNS[4:7])  # for participants


def sensitive_cells(row: PersonSensitive | None) -> tuple[Any, ...]:
    if row is None:
        return (None,) * len(SENSITIVE_COLUMNS)
    return (
        row.date_of_birth,
        row.nationality,
        row.passport_number,
        row.passport_expiry,
        row.dietary_notes,
        row.medical_notes,
        row.allergies,
        row.emergency_contact_name,
        row.emergency_contact_phone,
    )


def health_cells(row: PersonSensitive | None) -> tuple[Any, ...]:
    cells = sensitive_cells(row)
    return (cells[0], *cells[4:7])


def people(session: Session, sensitive: bool) -> Table:
    cities = city_names(session)
    organisations = organisation_names(session)
    found = list(session.scalars(select(Person).order_by(Person.family_name, Person.id)))
    details = sensitive_rows(session, (p.id for p in found)) if sensitive else {}
    names = person_names(session) if sensitive else {}
    columns = [
        SheetColumn("ID", INTEGER),
        SheetColumn("Given name"),
        SheetColumn("Family name"),
        SheetColumn("Given name (native)"),
        SheetColumn("Family name (native)"),
        SheetColumn("Salutation"),
        SheetColumn("Form of address"),
        SheetColumn("Organisation"),
        SheetColumn("Role"),
        SheetColumn("Languages"),
        SheetColumn("Email"),
        SheetColumn("Phone"),
        SheetColumn("Address"),
        SheetColumn("City"),
        SheetColumn("Notes"),
        *SENSITIVE_COLUMNS,
        SheetColumn("Guardian", sensitive=True),
    ]
    rows = []
    for p in found:
        row = details.get(p.id)
        guardian = names.get(row.guardian_id) if row is not None and row.guardian_id else None
        rows.append(
            (
                p.id,
                p.given_name,
                p.family_name,
                p.given_name_native,
                p.family_name_native,
                p.salutation,
                p.form_of_address,
                organisations.get(p.organisation_id) if p.organisation_id else None,
                p.role,
                p.languages,
                p.email,
                p.phone,
                p.address,
                cities.get(p.city_id) if p.city_id else None,
                p.notes,
                *sensitive_cells(row),
                guardian,
            )
        )
    return Table(columns, rows)


def organisations(session: Session, sensitive: bool) -> Table:
    cities = city_names(session)
    columns = [
        SheetColumn("ID", INTEGER),
        SheetColumn("Name"),
        SheetColumn("Native name"),
        SheetColumn("Kind"),
        SheetColumn("City"),
        SheetColumn("Address"),
        SheetColumn("Email"),
        SheetColumn("Phone"),
        SheetColumn("Website"),
        SheetColumn("Notes"),
    ]
    rows = [
        (
            o.id,
            o.name,
            o.native_name,
            text(o.kind),
            cities.get(o.city_id) if o.city_id else None,
            o.address,
            o.email,
            o.phone,
            o.website,
            o.notes,
        )
        for o in session.scalars(select(Organisation).order_by(Organisation.name, Organisation.id))
    ]
    return Table(columns, rows)
