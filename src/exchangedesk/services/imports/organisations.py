"""Importing organisations: schools, clubs, town halls from a partner's or the council's list.

The kind is read from its label as the export writes it ("Town hall") or its stored value
("town_hall"), any case; an empty cell is "Other". A duplicate is the same folded name (and
native name): the comparison the organisation editor warns with.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from exchangedesk.db.models import City, Organisation
from exchangedesk.domain.enums import OrganisationKind, label
from exchangedesk.domain.errors import ValidationError
from exchangedesk.domain.people import (
    OrganisationDraft,
    organisation_search_key,
    validate_organisation,
)
from exchangedesk.domain.text import fold
from exchangedesk.services.imports.rules import KindRules, NameIndex, text
from exchangedesk.services.people.links import count_references

_FIELDS = tuple(f.name for f in dataclasses.fields(OrganisationDraft))
_TEXT_FIELDS = ("native_name", "address", "email", "phone", "website", "notes")
_KINDS = {fold(label(kind)): kind for kind in OrganisationKind} | {
    fold(kind.value): kind for kind in OrganisationKind
}


def _kind(cell: str) -> OrganisationKind:
    found = _KINDS.get(fold(cell).strip())
    if found is None:
        known = ", ".join(label(kind) for kind in OrganisationKind)
        raise ValidationError("kind", f"'{cell}' is not a kind of organisation ({known})")
    return found


class OrganisationRules(KindRules):
    entity, model, plural = "organisation", Organisation, "organisations"

    def __init__(self, session: Session, actor: str) -> None:
        super().__init__(session)
        self.actor = actor
        self.known: dict[str, int | Organisation] = {}  # an id, or one this import added
        for organisation_id, key in session.execute(
            select(Organisation.id, Organisation.search_key).order_by(Organisation.id)
        ):
            self.known.setdefault(key, organisation_id)
        cities = session.execute(select(City.id, City.name, City.native_name)).all()
        self.cities = NameIndex(
            [(i, n) for i, n, _ in cities] + [(i, n) for i, _, n in cities], "city", "city"
        )

    def validate(self, draft: OrganisationDraft) -> OrganisationDraft:
        return validate_organisation(draft)

    def draft_of(self, record: Organisation) -> OrganisationDraft:
        return OrganisationDraft(**{name: getattr(record, name) for name in _FIELDS})

    def draft(
        self,
        values: dict[str, str],
        base: OrganisationDraft | None,
        mapped: set[str],
        clear: bool,
    ) -> OrganisationDraft:
        base = base or OrganisationDraft(name="")
        changes: dict[str, Any] = {
            name: text(values, name, getattr(base, name), mapped, clear) for name in _TEXT_FIELDS
        }
        changes["name"] = values.get("name") or base.name
        if values.get("kind"):
            changes["kind"] = _kind(values["kind"])
        elif "kind" in mapped and clear:
            changes["kind"] = OrganisationKind.OTHER
        if values.get("city"):
            changes["city_id"] = self.cities.find(values["city"], base.city_id)
        elif "city" in mapped and clear:
            changes["city_id"] = None
        return dataclasses.replace(base, **changes).normalised()

    def duplicate(self, draft: OrganisationDraft) -> Organisation | None:
        found = self.known.get(organisation_search_key(draft))
        if isinstance(found, int):
            return self.session.get(Organisation, found)
        return found

    def describe(self, draft: OrganisationDraft) -> str:
        return draft.name

    def create(self, draft: OrganisationDraft) -> Organisation:
        organisation = Organisation(name="")
        self.update(organisation, draft)
        self.session.add(organisation)  # flushed with the rest; the import has one audit entry
        return organisation

    def update(self, record: Organisation, draft: OrganisationDraft) -> list[str]:
        changed = [name for name in _FIELDS if getattr(record, name) != getattr(draft, name)]
        for name in changed:
            setattr(record, name, getattr(draft, name))
        record.search_key = organisation_search_key(draft)
        return changed

    def remember(self, record: Organisation, draft: OrganisationDraft) -> None:
        self.known.setdefault(organisation_search_key(draft), record)

    def removable(self, record: Organisation) -> str | None:
        links = count_references(self.session, "organisations", record.id)
        if links:
            listed = ", ".join(f"{count} in {ref.table}" for ref, count in links.items())
            return f"{record.name} is linked to other records by now ({listed})"
        return None
