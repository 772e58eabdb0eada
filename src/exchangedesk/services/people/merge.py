"""Merging two records of one person, and undoing the merge.

Every link to the duplicate moves to the survivor. The links are not listed by hand: they are
discovered from the schema's metadata (every foreign key to ``people.id``), so a table added
later is merged too. Where moving a link would break a unique rule — both records were members
of the same delegation, attended the same itinerary item, had sensitive details — the two rows
become one: the survivor's row is kept, its empty fields are filled from the other, free-text
notes are put together, differing values are reported (and the survivor's kept), and whatever
pointed at the dropped row (a participant's consents and placements) moves to the kept row, by
the same rule, recursively. The person rows themselves are merged the same way, then the
duplicate is deleted. All of it is one unit of work, with an audit entry.

The merge returns a :class:`MergeSnapshot`: every row it changed (with the values before) and
every row it deleted (whole). :func:`undo_merge` replays it backwards, restoring the duplicate
with its own id and every link, and refuses if any of those rows was changed since.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, and_, delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from exchangedesk.db.base import Base
from exchangedesk.db.session import Database
from exchangedesk.domain.errors import ConcurrentEditError, ValidationError
from exchangedesk.domain.text import search_key
from exchangedesk.services.people.edits import audit
from exchangedesk.services.people.links import (
    count_references,
    references_to,
    unique_keys,
)

PEOPLE = "people"
SENSITIVE = "person_sensitive"
# Bookkeeping columns: never "filled" from the other row.
_BOOKKEEPING = frozenset({"id", "created_at", "updated_at", "version_id", "search_key"})
# Free text where both versions are worth keeping: put together instead of a conflict.
_COMBINABLE = frozenset({"notes", "needs", "note", "dietary_notes", "medical_notes"})
# Tables whose values are never copied into reports or the audit log.
_PRIVATE_TABLES = frozenset({SENSITIVE})

Pairs = tuple[tuple[str, Any], ...]


# --- the snapshot and the report -------------------------------------------------------------


@dataclass(frozen=True)
class RowChange:
    table: str
    key: Pairs  # the primary key after the change
    before: Pairs
    after: Pairs


@dataclass(frozen=True)
class RowRemoval:
    table: str
    row: Pairs


@dataclass(frozen=True)
class MergeSnapshot:
    survivor_id: int
    duplicate_id: int
    steps: tuple[RowChange | RowRemoval, ...]


@dataclass(frozen=True)
class LinkMove:
    table: str
    column: str
    count: int


@dataclass(frozen=True)
class CollapsedLink:
    """Both people had this link (the same delegation, item, room...): one row was kept."""

    table: str
    column: str
    shared: Pairs  # the other columns of the unique rule, e.g. (("delegation_id", 3),)


@dataclass(frozen=True)
class FieldConflict:
    """Both rows had a value and they differ: the survivor's was kept. Values are None for
    sensitive details, which never appear in reports."""

    table: str
    field: str
    kept: str | None
    other: str | None


@dataclass(frozen=True)
class MergeReport:
    survivor_id: int
    duplicate_id: int
    survivor_name: str
    duplicate_name: str
    moved: tuple[LinkMove, ...]
    collapsed: tuple[CollapsedLink, ...]
    filled: tuple[tuple[str, str], ...]  # (table, field) taken from the duplicate
    combined: tuple[tuple[str, str], ...]  # free text of both kept together
    conflicts: tuple[FieldConflict, ...]
    guardian_cleared: bool  # the duplicate was the survivor's own guardian
    snapshot: MergeSnapshot

    @property
    def links_moved(self) -> int:
        return sum(move.count for move in self.moved)


# --- the merge -------------------------------------------------------------------------------


def _empty(value: Any) -> bool:
    return value is None or value == ""


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


@dataclass
class _Merger:
    session: Session
    steps: list[RowChange | RowRemoval] = field(default_factory=list)
    moved: Counter[tuple[str, str]] = field(default_factory=Counter)
    collapsed: list[CollapsedLink] = field(default_factory=list)
    filled: list[tuple[str, str]] = field(default_factory=list)
    combined: list[tuple[str, str]] = field(default_factory=list)
    conflicts: list[FieldConflict] = field(default_factory=list)

    @staticmethod
    def table(name: str) -> Table:
        return Base.metadata.tables[name]

    def key_of(self, table: Table, row: Mapping[str, Any]) -> Pairs:
        return tuple((c.name, row[c.name]) for c in table.primary_key.columns)

    def rows(self, table: Table, *conditions: Any) -> list[dict[str, Any]]:
        found = self.session.execute(select(table).where(*conditions)).mappings().all()
        return [dict(row) for row in found]

    def change(self, table: Table, row: Mapping[str, Any], values: dict[str, Any]) -> None:
        """Update one row, version-checked, and record it for the undo."""
        values = dict(values)
        where = [table.c[name] == value for name, value in self.key_of(table, row)]
        if "version_id" in table.c:
            values["version_id"] = row["version_id"] + 1
            where.append(table.c.version_id == row["version_id"])
        result = self.session.execute(update(table).where(*where).values(values))
        if result.rowcount != 1:
            raise ConcurrentEditError("Someone else changed these records meanwhile; try again.")
        after_row = {**row, **values}
        self.steps.append(
            RowChange(
                table.name,
                self.key_of(table, after_row),
                tuple((name, row[name]) for name in values),
                tuple(values.items()),
            )
        )

    def remove(self, table: Table, row: Mapping[str, Any]) -> None:
        where = [table.c[name] == value for name, value in self.key_of(table, row)]
        self.session.execute(delete(table).where(*where))
        self.steps.append(RowRemoval(table.name, tuple(row.items())))

    def fill(
        self,
        table: Table,
        keep: dict[str, Any],
        drop: Mapping[str, Any],
        moved_column: str | None = None,
    ) -> dict[str, Any]:
        """The values *keep* takes from *drop*: its empty fields, and both notes together."""
        private = table.name in _PRIVATE_TABLES
        skip = {c.name for c in table.primary_key.columns} | _BOOKKEEPING | {moved_column}
        values: dict[str, Any] = {}
        for column in table.columns:
            name = column.name
            mine, theirs = keep[name], drop[name]
            if name in skip or _empty(theirs) or mine == theirs:
                continue
            if _empty(mine):
                values[name] = theirs
                self.filled.append((table.name, name))
            elif name in _COMBINABLE and isinstance(mine, str) and isinstance(theirs, str):
                if theirs not in mine:
                    values[name] = f"{mine}\n\n{theirs}"
                    self.combined.append((table.name, name))
            else:
                kept, other = (None, None) if private else (_text(mine), _text(theirs))
                self.conflicts.append(FieldConflict(table.name, name, kept, other))
        return values

    def collision(
        self, table: Table, column: str, row: Mapping[str, Any], new_id: int
    ) -> tuple[dict[str, Any], Pairs] | None:
        """The row *row* would duplicate under a unique rule once it points at *new_id*."""
        for key in unique_keys(table):
            if column not in key:
                continue
            others = [name for name in key if name != column]
            if any(row[name] is None for name in others):
                continue  # NULLs never collide
            found = self.rows(
                table,
                table.c[column] == new_id,
                *(table.c[name] == row[name] for name in others),
            )
            if found:
                return found[0], tuple((name, row[name]) for name in others)
        return None

    def move_references(self, target: str, old_id: int, new_id: int) -> None:
        for reference in references_to(target):
            table = self.table(reference.table)
            column = table.c[reference.column]
            for row in self.rows(table, column == old_id):
                clash = self.collision(table, reference.column, row, new_id)
                if clash is None:
                    self.change(table, row, {reference.column: new_id})
                    self.moved[(reference.table, reference.column)] += 1
                else:
                    keep, shared = clash
                    self.collapse(table, keep, row, reference.column)
                    self.collapsed.append(CollapsedLink(table.name, reference.column, shared))

    def collapse(
        self, table: Table, keep: dict[str, Any], drop: Mapping[str, Any], moved_column: str
    ) -> None:
        """Make *drop* part of *keep*: fill, move what points at *drop*, delete *drop*."""
        values = self.fill(table, keep, drop, moved_column)
        if values:
            self.change(table, keep, values)
        keys = list(table.primary_key.columns)
        if len(keys) == 1 and references_to(table.name):
            name = keys[0].name
            self.move_references(table.name, drop[name], keep[name])
        self.remove(table, drop)


def _person(merger: _Merger, person_id: int, version: int | None) -> dict[str, Any]:
    people = merger.table(PEOPLE)
    found = merger.rows(people, people.c.id == person_id)
    if not found:
        raise ConcurrentEditError(f"person #{person_id} no longer exists (deleted or merged)")
    if version is not None and found[0]["version_id"] != version:
        name = f"{found[0]['given_name']} {found[0]['family_name']}".strip()
        raise ConcurrentEditError(
            f"Someone else changed {name} since the merge was prepared; look at it again."
        )
    return found[0]


def _name(row: Mapping[str, Any]) -> str:
    return " ".join(p for p in (row["given_name"], row["family_name"]) if p)


def _merge(
    session: Session,
    survivor_id: int,
    duplicate_id: int,
    survivor_version: int | None,
    duplicate_version: int | None,
) -> MergeReport:
    if survivor_id == duplicate_id:
        raise ValidationError("duplicate_id", "a person cannot be merged with themself")
    merger = _Merger(session)
    survivor = _person(merger, survivor_id, survivor_version)
    duplicate = _person(merger, duplicate_id, duplicate_version)
    merger.move_references(PEOPLE, duplicate_id, survivor_id)

    # A person is never their own guardian: the duplicate may have been the survivor's.
    sensitive = merger.table(SENSITIVE)
    own = merger.rows(
        sensitive, sensitive.c.person_id == survivor_id, sensitive.c.guardian_id == survivor_id
    )
    for row in own:
        merger.change(sensitive, row, {"guardian_id": None})

    people = merger.table(PEOPLE)
    survivor = merger.rows(people, people.c.id == survivor_id)[0]
    values = merger.fill(people, survivor, duplicate)
    if values:
        names = {**survivor, **values}
        values["search_key"] = search_key(
            names["given_name"],
            names["family_name"],
            names["given_name_native"],
            names["family_name_native"],
        )
        merger.change(people, survivor, values)
    left = count_references(session, PEOPLE, duplicate_id)
    if left:  # a bug, not a user error: never delete a person something still points at
        raise RuntimeError(f"{left} still refer to person #{duplicate_id}")
    merger.remove(people, duplicate)
    session.flush()
    return MergeReport(
        survivor_id=survivor_id,
        duplicate_id=duplicate_id,
        survivor_name=_name(survivor),
        duplicate_name=_name(duplicate),
        moved=tuple(LinkMove(t, c, n) for (t, c), n in sorted(merger.moved.items())),
        collapsed=tuple(merger.collapsed),
        filled=tuple(merger.filled),
        combined=tuple(merger.combined),
        conflicts=tuple(merger.conflicts),
        guardian_cleared=bool(own),
        snapshot=MergeSnapshot(survivor_id, duplicate_id, tuple(merger.steps)),
    )


def preview_merge(database: Database, survivor_id: int, duplicate_id: int) -> MergeReport:
    """What :func:`merge_people` would do, worked out on the real data and rolled back."""
    with database.reading() as session:
        return _merge(session, survivor_id, duplicate_id, None, None)


def merge_people(
    database: Database,
    survivor_id: int,
    duplicate_id: int,
    *,
    actor: str,
    survivor_version: int | None = None,
    duplicate_version: int | None = None,
    before_saving: Callable[[str], None] | None = None,
) -> MergeReport:
    """Merge *duplicate_id* into *survivor_id* and delete it (see the module's notes). The
    versions, when given, are those the user saw when deciding.

    ``before_saving`` is called once before anything is written, with what is about to happen
    ("before merging Anna Ivanova (#12) into Anna Ivanova (#3)"): the backup before a merge."""
    if before_saving is not None:
        before_saving(merge_words(database, survivor_id, duplicate_id))
    with database.unit_of_work() as session:
        report = _merge(session, survivor_id, duplicate_id, survivor_version, duplicate_version)
        audit(session, actor, "merge", "person", survivor_id, merge_summary(report))
        return report


def merge_words(database: Database, survivor_id: int, duplicate_id: int) -> str:
    """What a backup before this merge was taken before, naming both records."""
    people = Base.metadata.tables[PEOPLE]
    with database.reading() as session:
        rows = session.execute(
            select(people.c.id, people.c.given_name, people.c.family_name).where(
                people.c.id.in_((survivor_id, duplicate_id))
            )
        ).mappings()
        names = {row["id"]: _name(row) or f"#{row['id']}" for row in rows}
    survivor = names.get(survivor_id, "?")
    duplicate = names.get(duplicate_id, "?")
    return f"before merging {duplicate} (#{duplicate_id}) into {survivor} (#{survivor_id})"


def merge_summary(report: MergeReport) -> str:
    """The audit log's account of a merge. Differing values that were not kept are written
    here (except sensitive ones), so nothing the duplicate said is lost from the record."""
    lines = [
        f"Merged {report.duplicate_name} (#{report.duplicate_id}) into "
        f"{report.survivor_name} (#{report.survivor_id}); {report.links_moved} links moved"
    ]
    for link in report.collapsed:
        shared = ", ".join(f"{name} {value}" for name, value in link.shared)
        lines.append(f"both in {link.table} ({shared}): one kept")
    if report.filled:
        lines.append("filled from the duplicate: " + ", ".join(f for _t, f in report.filled))
    for conflict in report.conflicts:
        if conflict.table in _PRIVATE_TABLES:
            lines.append(f"{conflict.table}.{conflict.field} differed; the survivor's kept")
        else:
            lines.append(
                f"{conflict.table}.{conflict.field}: kept “{conflict.kept}”, "
                f"duplicate had “{conflict.other}”"
            )
    return "\n".join(lines)


# --- the undo --------------------------------------------------------------------------------


def undo_merge(database: Database, snapshot: MergeSnapshot, *, actor: str) -> None:
    """Restore the duplicate and every link as they were before the merge. Refused, with
    nothing changed, if a row the merge touched was changed since."""
    with database.unit_of_work() as session:
        for step in reversed(snapshot.steps):
            table = Base.metadata.tables[step.table]
            if isinstance(step, RowRemoval):
                try:
                    with session.begin_nested():
                        session.execute(insert(table).values(dict(step.row)))
                except IntegrityError as exc:
                    raise ConcurrentEditError(
                        "The merge cannot be undone: records created since take the place of "
                        "the merged ones."
                    ) from exc
                continue
            where = [table.c[name] == value for name, value in step.key]
            current = session.execute(select(table).where(*where)).mappings().first()
            after = dict(step.after)
            if current is None or any(current[name] != value for name, value in after.items()):
                raise ConcurrentEditError(
                    "The merge cannot be undone: some of the records it changed were edited since."
                )
            values = dict(step.before)
            if "version_id" in values:  # a newer version, so editors opened since must reload
                values["version_id"] = current["version_id"] + 1
            session.execute(update(table).where(and_(*where)).values(values))
        audit(
            session,
            actor,
            "unmerge",
            "person",
            snapshot.survivor_id,
            f"Undid the merge of person #{snapshot.duplicate_id} into #{snapshot.survivor_id}",
        )
