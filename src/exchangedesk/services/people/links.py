"""What refers to a record: every foreign key to a table, read from the schema's metadata.

Merging two people, or removing a person or an organisation, must find every link to them. The
links are discovered here rather than listed by hand, so a table added later is never forgotten.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, UniqueConstraint, func, select
from sqlalchemy.orm import Session

import exchangedesk.db.models  # noqa: F401 - every table in the metadata before it is read
from exchangedesk.db.base import Base


@dataclass(frozen=True)
class Reference:
    """A foreign-key column pointing at a table's primary key."""

    table: str
    column: str


def references_to(table_name: str, metadata: Any = None) -> tuple[Reference, ...]:
    """Every column of the schema that refers to *table_name*'s (single-column) primary key."""
    metadata = metadata if metadata is not None else Base.metadata
    target = metadata.tables[table_name]
    (key,) = target.primary_key.columns
    found = [
        Reference(table.name, foreign_key.parent.name)
        for table in metadata.sorted_tables
        for foreign_key in table.foreign_keys
        if foreign_key.column is key
    ]
    return tuple(sorted(found, key=lambda r: (r.table, r.column)))


def person_references() -> tuple[Reference, ...]:
    return references_to("people")


def unique_keys(table: Table) -> list[tuple[str, ...]]:
    """The column sets no two rows may share: primary key, unique constraints and indexes."""
    keys = [tuple(c.name for c in table.primary_key.columns)]
    keys += [
        tuple(c.name for c in constraint.columns)
        for constraint in table.constraints
        if isinstance(constraint, UniqueConstraint)
    ]
    keys += [tuple(c.name for c in index.columns) for index in table.indexes if index.unique]
    keys += [(c.name,) for c in table.columns if c.unique]
    return keys


def count_references(session: Session, table_name: str, record_id: int) -> dict[Reference, int]:
    """How many rows refer to one record, per referring column (only those with any)."""
    counts: dict[Reference, int] = {}
    for reference in references_to(table_name):
        table = Base.metadata.tables[reference.table]
        count = session.execute(
            select(func.count()).select_from(table).where(table.c[reference.column] == record_id)
        ).scalar_one()
        if count:
            counts[reference] = count
    return counts
