"""Organisations: schools, universities, museums, town halls... added, changed, found again.

Saves are version-checked like people's (:class:`ConcurrentEditError` when someone else saved
first) and keep the folded ``search_key`` (name and native name) up to date. The list of
organisations is ``people.list_organisations``; duplicates are caught by
``people_duplicates.find_possible_duplicate_organisations``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from exchangedesk.db.models import City, Organisation
from exchangedesk.db.session import Database
from exchangedesk.domain.errors import ConcurrentEditError, ValidationError
from exchangedesk.domain.people import (
    OrganisationDraft,
    organisation_search_key,
    validate_organisation,
)
from exchangedesk.domain.text import fold
from exchangedesk.services.common.staleness import refuse_stale
from exchangedesk.services.people.edits import audit
from exchangedesk.services.people.links import count_references
from exchangedesk.services.people.lists import place_label

_FIELDS = tuple(f.name for f in dataclasses.fields(OrganisationDraft))


@dataclass(frozen=True)
class OrganisationDetail:
    id: int
    version: int
    draft: OrganisationDraft
    city: str | None  # "Volgograd (Волгоград), Russia"
    created_at: dt.datetime
    updated_at: dt.datetime

    @property
    def name(self) -> str:
        return self.draft.name


@dataclass(frozen=True)
class OrganisationChoice:
    """One line of an organisation picker."""

    id: int
    name: str
    native_name: str | None
    city: str | None

    @property
    def label(self) -> str:
        text = f"{self.name} ({self.native_name})" if self.native_name else self.name
        return f"{text}, {self.city}" if self.city else text


def _detail(session: Session, organisation_id: int) -> OrganisationDetail:
    found = session.execute(
        select(Organisation, City.name, City.native_name, City.country_code)
        .outerjoin(City, Organisation.city_id == City.id)
        .where(Organisation.id == organisation_id)
    ).first()
    if found is None:
        raise ConcurrentEditError(f"organisation #{organisation_id} no longer exists")
    organisation, city, city_native, country = found
    return OrganisationDetail(
        id=organisation.id,
        version=organisation.version_id,
        draft=OrganisationDraft(**{name: getattr(organisation, name) for name in _FIELDS}),
        city=place_label(city, city_native, country),
        created_at=organisation.created_at,
        updated_at=organisation.updated_at,
    )


def get_organisation(database: Database, organisation_id: int) -> OrganisationDetail:
    with database.reading() as session:
        return _detail(session, organisation_id)


def find_organisations(
    database: Database, text: str, *, limit: int = 20
) -> list[OrganisationChoice]:
    """Organisations with every word of *text* in their name or native name (folded)."""
    words = [fold(word) for word in (text or "").split() if fold(word)]
    statement = select(
        Organisation.id, Organisation.name, Organisation.native_name, City.name
    ).outerjoin(City, Organisation.city_id == City.id)
    for word in words:
        statement = statement.where(Organisation.search_key.contains(word, autoescape=True))
    statement = statement.order_by(Organisation.name, Organisation.id).limit(limit)
    with database.reading() as session:
        return [OrganisationChoice(*row) for row in session.execute(statement)]


def _check_city(session: Session, draft: OrganisationDraft) -> None:
    if draft.city_id is not None and session.get(City, draft.city_id) is None:
        raise ValidationError("city_id", "that city no longer exists")


def _apply(organisation: Organisation, draft: OrganisationDraft) -> list[str]:
    changed = [name for name in _FIELDS if getattr(organisation, name) != getattr(draft, name)]
    for name in changed:
        setattr(organisation, name, getattr(draft, name))
    organisation.search_key = organisation_search_key(draft)
    return changed


def create_organisation(
    database: Database,
    draft: OrganisationDraft,
    *,
    actor: str,
    organisation_id: int | None = None,
) -> OrganisationDetail:
    """Add an organisation; ``organisation_id`` only for redoing an undone creation."""
    draft = validate_organisation(draft)
    with database.unit_of_work() as session:
        _check_city(session, draft)
        if organisation_id is not None and session.get(Organisation, organisation_id):
            raise ConcurrentEditError(
                f"organisation #{organisation_id} exists again; the creation cannot be redone"
            )
        organisation = Organisation(id=organisation_id, name="")
        _apply(organisation, draft)
        session.add(organisation)
        session.flush()
        audit(session, actor, "create", "organisation", organisation.id, f"Added {draft.name}")
        return _detail(session, organisation.id)


def update_organisation(
    database: Database,
    organisation_id: int,
    draft: OrganisationDraft,
    *,
    expected_version: int,
    actor: str,
) -> OrganisationDetail:
    draft = validate_organisation(draft)
    with database.unit_of_work() as session:
        organisation = session.get(Organisation, organisation_id)
        if organisation is None:
            raise ConcurrentEditError(
                f"{draft.name} was deleted by someone else; nothing was saved."
            )
        refuse_stale(session, organisation, expected_version, organisation.name)
        _check_city(session, draft)
        changed = _apply(organisation, draft)
        try:
            session.flush()
        except StaleDataError as exc:
            raise ConcurrentEditError(
                f"Someone else saved {organisation.name} at the same moment; nothing was changed."
            ) from exc
        if changed:
            audit(
                session,
                actor,
                "update",
                "organisation",
                organisation_id,
                f"Changed {draft.name}: {', '.join(changed)}",
            )
        return _detail(session, organisation_id)


def delete_organisation(
    database: Database, organisation_id: int, *, expected_version: int, actor: str
) -> None:
    """Remove an organisation nobody refers to (undoing its creation); refused once people,
    programmes, gifts or donations are linked to it, since they would silently lose the link."""
    with database.unit_of_work() as session:
        organisation = session.get(Organisation, organisation_id)
        if organisation is None:
            return
        if organisation.version_id != expected_version:
            raise ConcurrentEditError(
                f"Someone else changed {organisation.name} since; it was not removed."
            )
        name = organisation.name
        links = count_references(session, "organisations", organisation_id)
        if links:
            listed = ", ".join(f"{count} in {ref.table}" for ref, count in links.items())
            raise ConcurrentEditError(
                f"{name} is linked to other records by now ({listed}) and is kept."
            )
        session.execute(delete(Organisation).where(Organisation.id == organisation_id))
        audit(session, actor, "delete", "organisation", organisation_id, f"Removed {name}")
