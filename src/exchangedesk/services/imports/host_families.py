"""Importing host families: the list a partner school or the council's office keeps.

* "Contact" names a person in the register (folded given and family name), "City" a city
  (its name or native name); a name the register does not know refuses the row.
* Beds, latitude and longitude are numbers in the file's decimal sign; the vetting date in
  the file's order of day and month; "Smokers" is yes or no in any of the four languages.
* Lists (languages, pets, allergies managed) are kept as the file writes them.
* A duplicate is the same folded name in the same city: importing a list twice adds nobody.

The checks are the family editor's (services/exchanges/host_families.py).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from exchangedesk.db.models import City, HostFamily, Person, Placement
from exchangedesk.domain.errors import ValidationError
from exchangedesk.domain.text import fold
from exchangedesk.services.exchanges.host_families import HostFamilyDraft, _occupied
from exchangedesk.services.exchanges.host_families import _apply as apply_family
from exchangedesk.services.exchanges.host_families import _validate as validate_family
from exchangedesk.services.exchanges.support import clean
from exchangedesk.services.imports.rules import KindRules, NameIndex, text

_TEXT_FIELDS = ("address", "languages", "pets", "allergies_managed", "vetted_by", "notes")


@dataclass(frozen=True)
class FamilyEntry(HostFamilyDraft):
    """The editor's draft and the vetting's end as the file states it (a council may set its
    own renewal date); None: the usual period from the vetting date."""

    vetting_valid_until: dt.date | None = None


_FIELDS = tuple(f.name for f in dataclasses.fields(FamilyEntry))


def _key(draft: FamilyEntry) -> tuple[str, int | None]:
    return (fold(draft.name).strip(), draft.city_id)


class HostFamilyRules(KindRules):
    entity, model, plural = "host_family", HostFamily, "host families"

    def __init__(self, session: Session, actor: str) -> None:
        super().__init__(session)
        self.actor = actor
        self.today = dt.date.today()
        people = session.execute(select(Person.id, Person.given_name, Person.family_name))
        self.people = NameIndex(
            ((i, f"{given} {family}".strip()) for i, given, family in people), "person", "contact"
        )
        cities = session.execute(select(City.id, City.name, City.native_name)).all()
        self.cities = NameIndex(
            [(i, n) for i, n, _ in cities] + [(i, n) for i, _, n in cities], "city", "city"
        )
        self.known: dict[tuple[str, int | None], int | HostFamily] = {}
        for record in session.scalars(select(HostFamily).order_by(HostFamily.id)):
            self.known.setdefault(_key(self.draft_of(record)), record.id)

    def draft(
        self, values: dict[str, str], base: FamilyEntry | None, mapped: set[str], clear: bool
    ) -> FamilyEntry:
        base = base or FamilyEntry(name="")
        cells = self.cells
        changes: dict[str, Any] = {
            name: text(values, name, getattr(base, name), mapped, clear) for name in _TEXT_FIELDS
        }
        changes["name"] = values.get("name") or base.name
        if values.get("capacity"):
            changes["capacity"] = cells.integer(values["capacity"], "capacity")
        for name in ("latitude", "longitude"):
            if values.get(name):
                changes[name] = cells.number(values[name], name)
            elif name in mapped and clear:
                changes[name] = None
        if values.get("smokers"):
            changes["smokers"] = cells.yes_no(values["smokers"], "smokers")
        elif "smokers" in mapped and clear:
            changes["smokers"] = False
        if values.get("vetted_on"):
            changes["vetted_on"] = cells.date(values["vetted_on"], "vetted_on")
        elif "vetted_on" in mapped and clear:
            changes["vetted_on"] = None
        if values.get("vetting_valid_until"):
            changes["vetting_valid_until"] = cells.date(
                values["vetting_valid_until"], "vetting_valid_until"
            )
        elif ("vetting_valid_until" in mapped and clear) or changes.get(
            "vetted_on", base.vetted_on
        ) != base.vetted_on:
            changes["vetting_valid_until"] = None  # the usual period from the new date
        if values.get("contact"):
            changes["contact_person_id"] = self.people.find(
                values["contact"], base.contact_person_id
            )
        elif "contact" in mapped and clear:
            changes["contact_person_id"] = None
        if values.get("city"):
            changes["city_id"] = self.cities.find(values["city"], base.city_id)
        elif "city" in mapped and clear:
            changes["city_id"] = None
        return dataclasses.replace(base, **changes)

    def validate(self, draft: FamilyEntry) -> FamilyEntry:
        validate_family(self.session, draft, self.today)
        until = draft.vetting_valid_until
        if until is not None and (draft.vetted_on is None or until < draft.vetted_on):
            raise ValidationError(
                "vetting_valid_until", "a vetting is valid from the day it was done onwards"
            )
        return dataclasses.replace(
            draft, name=draft.name.strip(), **{n: clean(getattr(draft, n)) for n in _TEXT_FIELDS}
        )

    def draft_of(self, record: HostFamily) -> FamilyEntry:
        return FamilyEntry(**{name: getattr(record, name) for name in _FIELDS})

    def duplicate(self, draft: FamilyEntry) -> HostFamily | None:
        found = self.known.get(_key(draft))
        if isinstance(found, int):
            return self.session.get(HostFamily, found)
        return found

    def describe(self, draft: FamilyEntry) -> str:
        return draft.name

    def create(self, draft: FamilyEntry) -> HostFamily:
        record = HostFamily(name="")
        self._write(record, draft)
        self.session.add(record)
        return record

    def _write(self, record: HostFamily, draft: FamilyEntry) -> None:
        apply_family(record, draft)
        if draft.vetting_valid_until is not None:
            record.vetting_valid_until = draft.vetting_valid_until
        # The editor writes lists as "en, de"; the file's own spelling is kept ("en,de"), so
        # a list exported and imported into another register comes out the same.
        for name in ("languages", "pets", "allergies_managed"):
            setattr(record, name, clean(getattr(draft, name)))

    def update(self, record: HostFamily, draft: FamilyEntry) -> list[str]:
        before = self.draft_of(record)
        changed = [n for n in _FIELDS if getattr(before, n) != getattr(draft, n)]
        placed = _occupied(self.session, record.id) if "capacity" in changed else 0
        if draft.capacity < placed:
            raise ValidationError(
                "capacity", f"{placed} students are placed with the family; it needs that many beds"
            )
        if changed:
            self._write(record, draft)
        return changed

    def remember(self, record: HostFamily, draft: FamilyEntry) -> None:
        self.known.setdefault(_key(draft), record)

    def removable(self, record: HostFamily) -> str | None:
        if self.session.scalar(select(Placement.id).where(Placement.host_family_id == record.id)):
            return f"{record.name} has placements by now"
        return None
