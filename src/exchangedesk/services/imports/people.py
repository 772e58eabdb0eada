"""Importing people: a row becomes a :class:`PersonDraft`, checked as the People editor checks.

* A name in its own script goes in the native field, with the passport (ICAO) Latin spelling
  beside it, unless the file has a native column of its own (our export does).
* "Organisation" and "City" name records already in the register (folded, as the lists
  search); a name the register does not know refuses the row rather than dropping the link.
* A duplicate is the same folded names and, when both have one, the same e-mail: the rule the
  old people import used, so importing a list twice adds nobody the second time.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from exchangedesk.db.models import City, Organisation, Person
from exchangedesk.domain.languages import parse_languages
from exchangedesk.domain.people import (
    PersonDraft,
    is_latin_text,
    person_search_key,
    validate_person,
)
from exchangedesk.services.imports.latin import latin_spelling
from exchangedesk.services.imports.rules import KindRules, NameIndex, text
from exchangedesk.services.people.edits import _apply as apply_person
from exchangedesk.services.people.links import Reference, count_references
from exchangedesk.services.people.lists import person_draft

_TEXT_FIELDS = ("salutation", "form_of_address", "role", "email", "phone", "address", "notes")


class PeopleRules(KindRules):
    entity, model, plural = "person", Person, "people"

    def __init__(self, session: Session, actor: str) -> None:
        super().__init__(session)
        self.actor = actor
        self.languages_cell: str | None = None
        # Folded names (and e-mail) → the person's id, or the Person this import added (not
        # flushed yet: the whole list goes to the database in one batch at the end).
        self.known: dict[tuple[str, str], int | Person] = {}
        self.known_names: dict[str, int | Person] = {}
        for person_id, key, email in session.execute(
            select(Person.id, Person.search_key, Person.email).order_by(Person.id)
        ):
            self._know(person_id, key, email)
        self.organisations = NameIndex(
            session.execute(select(Organisation.id, Organisation.name)), "organisation",
            "organisation",
        )  # fmt: skip
        cities = session.execute(select(City.id, City.name, City.native_name)).all()
        self.cities = NameIndex(
            [(i, n) for i, n, _ in cities] + [(i, n) for i, _, n in cities], "city", "city"
        )

    def _know(self, person_id: int | Person, key: str, email: str | None) -> None:
        self.known.setdefault((key, (email or "").casefold()), person_id)
        self.known_names.setdefault(key, person_id)

    def validate(self, draft: PersonDraft) -> PersonDraft:
        return validate_person(draft)

    def draft_of(self, record: Person) -> PersonDraft:
        return person_draft(record)

    def draft(
        self, values: dict[str, str], base: PersonDraft | None, mapped: set[str], clear: bool
    ) -> PersonDraft:
        base = base or PersonDraft(family_name="")
        given = text(values, "given_name", base.given_name, mapped, clear) or ""
        family = text(values, "family_name", base.family_name, mapped, clear) or ""
        if values.get("full_name") and not values.get("family_name"):
            given_part, _, family_part = values["full_name"].rpartition(" ")
            given, family = (values.get("given_name") or given_part), family_part
        given_native = text(values, "given_name_native", base.given_name_native, mapped, clear)
        family_native = text(values, "family_name_native", base.family_name_native, mapped, clear)
        # A name in its own script goes in the native field, with a Latin spelling beside it
        # (the register keeps both; letters and visa forms need the Latin one).
        if given and not is_latin_text(given) and not values.get("given_name_native"):
            given_native, given = given, latin_spelling(given)
        if family and not is_latin_text(family) and not values.get("family_name_native"):
            family_native, family = family, latin_spelling(family)
        changes: dict[str, Any] = {
            name: text(values, name, getattr(base, name), mapped, clear) for name in _TEXT_FIELDS
        }
        self.languages_cell = values.get("languages")  # the file's spelling, for create()
        if values.get("languages"):
            changes["languages"] = parse_languages(values["languages"].replace(";", ","))
        elif "languages" in mapped and clear:
            changes["languages"] = ()
        if values.get("organisation"):
            changes["organisation_id"] = self.organisations.find(
                values["organisation"], base.organisation_id
            )
        elif "organisation" in mapped and clear:
            changes["organisation_id"] = None
        if values.get("city"):
            changes["city_id"] = self.cities.find(values["city"], base.city_id)
        elif "city" in mapped and clear:
            changes["city_id"] = None
        return dataclasses.replace(
            base,
            given_name=given,
            family_name=family,
            given_name_native=given_native,
            family_name_native=family_native,
            **changes,
        ).normalised()

    def duplicate(self, draft: PersonDraft) -> Person | None:
        key, email = person_search_key(draft), (draft.email or "").casefold()
        found = self.known.get((key, email))
        if found is None and not email:
            found = self.known_names.get(key)
        if isinstance(found, int):
            return self.session.get(Person, found)
        return found

    def describe(self, draft: PersonDraft) -> str:
        return draft.name

    def create(self, draft: PersonDraft) -> Person:
        # Not add_person: its flush and audit entry per person made 10,000 rows take 35 s;
        # the import writes one audit entry, and the links were found in the register.
        person = Person(given_name="", family_name="")
        apply_person(person, draft)
        cell = self.languages_cell
        if cell and parse_languages(cell) == draft.languages:
            # The file's own spelling ("de, en" or "de,en") when it says the same: a list
            # exported and imported into another register comes out the same.
            person.languages = cell
        self.session.add(person)
        return person

    def update(self, record: Person, draft: PersonDraft) -> list[str]:
        if person_draft(record) == draft:
            # Equal as the editor reads it: languages stored as "de, en" stay so, since
            # rewriting them "de,en" would count an unchanged row as an update.
            return []
        return apply_person(record, draft)

    def remember(self, record: Person, draft: PersonDraft) -> None:
        self._know(record, person_search_key(draft), draft.email)

    def removable(self, record: Person) -> str | None:
        links = count_references(self.session, "people", record.id)
        links.pop(Reference("person_sensitive", "person_id"), None)  # their own details
        if links:
            listed = ", ".join(f"{count} in {ref.table}" for ref, count in links.items())
            return f"{record.display_name} is linked to other records by now ({listed})"
        return None
