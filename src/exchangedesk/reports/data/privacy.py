"""The input type of the personal-data export: everything the register holds about one person,
section by section, each row a mapping of column name to printable text.

Filled in by :mod:`exchangedesk.services.people.privacy`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from exchangedesk.reports.data.itinerary import Letterhead


@dataclass(frozen=True)
class DataSection:
    key: str  # "delegation_members.person_id": the table and the column that names the person
    title: str  # "Delegation memberships"
    rows: tuple[dict[str, str | None], ...]


@dataclass(frozen=True)
class PersonalData:
    person_id: int
    name: str
    issued_on: dt.date
    letterhead: Letterhead
    sections: tuple[DataSection, ...]

    def section(self, key: str) -> DataSection | None:
        return next((s for s in self.sections if s.key == key), None)
