"""Host families: address, beds, languages, pets, smokers, the allergies they can manage, and
their vetting (by whom, when, until when).

A vetting is valid for :data:`VETTING_VALID_YEARS` after the day it was done. A family whose
vetting has lapsed by a programme's first day cannot host in that programme.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from exchangedesk.db.models import City, HostFamily, Participant, Person, Placement
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import PlacementStatus
from exchangedesk.domain.errors import ValidationError
from exchangedesk.services.exchanges.support import (
    birthday,
    clean,
    flush,
    join_list,
    load,
    required,
    split_list,
)
from exchangedesk.services.partnerships.support import audit

# Safeguarding checks of adults who host minors (in England the enhanced DBS check) are renewed
# by councils and schools every three years; the committee follows the strictest usual period.
VETTING_VALID_YEARS = 3
MAX_BEDS = 12  # more than this is a hostel, not a family: almost certainly a typing slip


def vetting_valid_until(vetted_on: dt.date | None) -> dt.date | None:
    """The last day a vetting done on ``vetted_on`` counts."""
    if vetted_on is None:
        return None
    return birthday(vetted_on, VETTING_VALID_YEARS) - dt.timedelta(days=1)


def vetting_problem(valid_until: dt.date | None, on: dt.date) -> str | None:
    """Why the family cannot host from ``on``, or None if its vetting is valid then."""
    if valid_until is None:
        return "never vetted"
    if valid_until < on:
        return f"vetting lapsed on {valid_until.isoformat()}"
    return None


@dataclass(frozen=True)
class HostFamilyDraft:
    name: str
    capacity: int = 1
    contact_person_id: int | None = None
    city_id: int | None = None
    address: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    languages: str | None = None
    pets: str | None = None
    smokers: bool = False
    allergies_managed: str | None = None
    vetted_by: str | None = None
    vetted_on: dt.date | None = None
    notes: str | None = None


@dataclass(frozen=True)
class HostFamilyRow:
    id: int
    version_id: int
    name: str
    contact_person_id: int | None
    contact: str | None
    city_id: int | None
    city: str | None
    address: str | None
    latitude: float | None
    longitude: float | None
    capacity: int
    languages: tuple[str, ...]
    pets: tuple[str, ...]
    smokers: bool
    allergies_managed: tuple[str, ...]
    vetted_by: str | None
    vetted_on: dt.date | None
    vetting_valid_until: dt.date | None
    notes: str | None

    def draft(self) -> HostFamilyDraft:
        return HostFamilyDraft(
            name=self.name,
            capacity=self.capacity,
            contact_person_id=self.contact_person_id,
            city_id=self.city_id,
            address=self.address,
            latitude=self.latitude,
            longitude=self.longitude,
            languages=join_list(list(self.languages)),
            pets=join_list(list(self.pets)),
            smokers=self.smokers,
            allergies_managed=join_list(list(self.allergies_managed)),
            vetted_by=self.vetted_by,
            vetted_on=self.vetted_on,
            notes=self.notes,
        )

    def can_host_from(self, day: dt.date) -> str | None:
        return vetting_problem(self.vetting_valid_until, day)


def family_row(session: Session, family: HostFamily) -> HostFamilyRow:
    contact = session.get(Person, family.contact_person_id) if family.contact_person_id else None
    city = session.get(City, family.city_id) if family.city_id else None
    return HostFamilyRow(
        id=family.id,
        version_id=family.version_id,
        name=family.name,
        contact_person_id=family.contact_person_id,
        contact=contact.display_name if contact else None,
        city_id=family.city_id,
        city=city.name if city else None,
        address=family.address,
        latitude=family.latitude,
        longitude=family.longitude,
        capacity=family.capacity,
        languages=split_list(family.languages),
        pets=split_list(family.pets),
        smokers=family.smokers,
        allergies_managed=split_list(family.allergies_managed),
        vetted_by=family.vetted_by,
        vetted_on=family.vetted_on,
        vetting_valid_until=family.vetting_valid_until,
        notes=family.notes,
    )


def list_host_families(database: Database, city_id: int | None = None) -> list[HostFamilyRow]:
    """Host families by name; those of one city if ``city_id`` is given."""
    statement = select(HostFamily).order_by(HostFamily.name, HostFamily.id)
    if city_id is not None:
        statement = statement.where(HostFamily.city_id == city_id)
    with database.reading() as session:
        return [family_row(session, f) for f in session.scalars(statement)]


def get_host_family(database: Database, family_id: int) -> HostFamilyRow:
    with database.reading() as session:
        return family_row(session, load(session, HostFamily, family_id, None, "host family"))


def _validate(session: Session, draft: HostFamilyDraft, today: dt.date) -> None:
    if len(required("name", draft.name, "The family's name")) > 200:
        raise ValidationError("name", "At most 200 characters.")
    if not 1 <= draft.capacity <= MAX_BEDS:
        raise ValidationError("capacity", f"Beds must be between 1 and {MAX_BEDS}.")
    if draft.contact_person_id is not None and session.get(Person, draft.contact_person_id) is None:
        raise ValidationError("contact", f"Person #{draft.contact_person_id} is not registered.")
    if draft.city_id is not None and session.get(City, draft.city_id) is None:
        raise ValidationError("city", f"City #{draft.city_id} is not in the register.")
    if (draft.latitude is None) != (draft.longitude is None):
        raise ValidationError("latitude", "Give both latitude and longitude, or neither.")
    if draft.latitude is not None and not -90 <= draft.latitude <= 90:
        raise ValidationError("latitude", "Latitude is between -90 and 90.")
    if draft.longitude is not None and not -180 <= draft.longitude <= 180:
        raise ValidationError("longitude", "Longitude is between -180 and 180.")
    if draft.vetted_on is not None:
        if draft.vetted_on > today:
            raise ValidationError("vetted_on", "A vetting cannot be dated in the future.")
        if not clean(draft.vetted_by):
            raise ValidationError("vetted_by", "Say who vetted the family.")


def _apply(family: HostFamily, draft: HostFamilyDraft) -> None:
    family.name = draft.name.strip()
    family.capacity = draft.capacity
    family.contact_person_id = draft.contact_person_id
    family.city_id = draft.city_id
    family.address = clean(draft.address)
    family.latitude = draft.latitude
    family.longitude = draft.longitude
    family.languages = join_list(list(split_list(draft.languages)))
    family.pets = join_list(list(split_list(draft.pets)))
    family.smokers = draft.smokers
    family.allergies_managed = join_list(list(split_list(draft.allergies_managed)))
    family.vetted_by = clean(draft.vetted_by)
    family.vetted_on = draft.vetted_on
    family.vetting_valid_until = vetting_valid_until(draft.vetted_on)
    family.notes = clean(draft.notes)


def create_host_family(
    database: Database, draft: HostFamilyDraft, *, today: dt.date | None = None
) -> HostFamilyRow:
    with database.unit_of_work() as session:
        _validate(session, draft, today or dt.date.today())
        family = HostFamily(name="")
        _apply(family, draft)
        session.add(family)
        flush(session, "host family")
        audit(session, "create", "host_family", family.id, family.name)
        return family_row(session, family)


def _occupied(session: Session, family_id: int) -> int:
    return len(
        session.scalars(
            select(Placement.id).where(
                Placement.host_family_id == family_id,
                Placement.status != PlacementStatus.WITHDRAWN,
            )
        ).all()
    )


def update_host_family(
    database: Database,
    family_id: int,
    draft: HostFamilyDraft,
    *,
    expected_version: int,
    today: dt.date | None = None,
) -> HostFamilyRow:
    """Save the editor's changes; fewer beds than students already placed is refused."""
    with database.unit_of_work() as session:
        family = load(session, HostFamily, family_id, expected_version, "host family")
        _validate(session, draft, today or dt.date.today())
        placed = _occupied(session, family_id)
        if draft.capacity < placed:
            raise ValidationError(
                "capacity",
                f"{placed} students are placed with the family; it needs that many beds.",
            )
        _apply(family, draft)
        flush(session, "host family")
        audit(session, "update", "host_family", family.id, family.name)
        return family_row(session, family)


def delete_host_family(database: Database, family_id: int, *, expected_version: int) -> None:
    """Remove a family that never hosted (placements are the reciprocity ledger's history)."""
    with database.unit_of_work() as session:
        family = load(session, HostFamily, family_id, expected_version, "host family")
        if session.scalar(select(Placement.id).where(Placement.host_family_id == family_id)):
            raise ValidationError(
                "host_family", "The family has placements on record; it cannot be removed."
            )
        audit(session, "delete", "host_family", family_id, family.name)
        session.delete(family)


def programme_families(session: Session, host_city_id: int | None) -> list[HostFamily]:
    """The families who can be asked for a programme: those of the host city (all of them when
    the host institution has no city)."""
    statement = select(HostFamily).order_by(HostFamily.name, HostFamily.id)
    if host_city_id is not None:
        statement = statement.where(HostFamily.city_id == host_city_id)
    return list(session.scalars(statement))


def hosted_participants(session: Session, family_id: int) -> list[Participant]:
    return list(
        session.scalars(
            select(Participant)
            .join(Placement, Placement.participant_id == Participant.id)
            .where(
                Placement.host_family_id == family_id,
                Placement.status != PlacementStatus.WITHDRAWN,
            )
        )
    )
