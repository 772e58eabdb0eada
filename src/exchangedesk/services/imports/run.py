"""One import of a list: every row read, checked and written in one unit of work.

For each row, in order:

1. An **ID** (from an earlier export) names the record to update: the row's cells replace the
   record's fields, an empty cell empties a field, and a row equal to the record changes
   nothing (so an exported file imports back unchanged). An ID the register does not hold
   (a file from another register, or an empty one) adds the row as a new record.
2. Without an ID, a row naming a record already in the register (the editors' folded
   comparison) is a **duplicate**: skipped, merged into that record (its non-empty cells
   written over it) or added anyway, as ``duplicates`` says for the whole file, or
   ``row_duplicates`` for that row (a dry run lists every such row in ``result.matched``, so
   the window can offer the choice row by row).
3. Otherwise the row is **added**.

A row that cannot be used is **refused** with its row number and a reason naming the field;
the rest is saved together or, with ``dry_run``, counted and rolled back. The result carries
what undoing the import needs (:func:`undo_import`).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from exchangedesk.db.session import Database
from exchangedesk.domain.errors import ConcurrentEditError, ValidationError
from exchangedesk.interchange.import_fields import (
    WITHIN,
    field_title,
    file_reading,
    mapping_problem,
)
from exchangedesk.interchange.table_file import TableFile, TableRow
from exchangedesk.services.imports.contributions import ContributionRules
from exchangedesk.services.imports.host_families import HostFamilyRules
from exchangedesk.services.imports.organisations import OrganisationRules
from exchangedesk.services.imports.participants import ParticipantRules
from exchangedesk.services.imports.people import PeopleRules
from exchangedesk.services.imports.rules import KindRules
from exchangedesk.services.people.edits import audit

RULES: dict[str, Callable[..., KindRules]] = {
    "people": PeopleRules,
    "organisations": OrganisationRules,
    "contributions": ContributionRules,
    "host-families": HostFamilyRules,
    "participants": ParticipantRules,
}
# Fields the register keeps as a person's sensitive details: the audit entry names them.
SENSITIVE_FIELDS = ("date_of_birth", "dietary_notes", "medical_notes", "allergies")
DUPLICATE_CHOICES = ("skip", "merge", "create")  # what to do with a row matching a record
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class DuplicateRow:
    """A row without an ID naming a record already in the register (or added by an earlier
    row of the same file), and what the import did or would do with it."""

    row: int  # the row number, as the refused rows name it
    in_file: str  # the row's name, as the file spells it: "JURGEN Muller"
    in_register: str  # the record it matches: "Jürgen Müller (#12)"
    choice: str  # "skip", "merge" or "create"


@dataclass
class ImportResult:
    kind: str
    source: str
    dry_run: bool
    duplicates_rule: str = "skip"
    within: int | None = None  # the programme or campaign chosen for the whole file
    reading: str = ""  # how numbers and dates were read: "numbers with a decimal comma..."
    rows: int = 0
    added: list[int] = field(default_factory=list)  # record ids (empty for a dry run)
    added_count: int = 0
    updated_count: int = 0
    unchanged: int = 0
    refused: list[tuple[int, str]] = field(default_factory=list)  # (row number, reason)
    duplicates: list[tuple[int, str]] = field(default_factory=list)  # (row, who), skipped
    matched: list[DuplicateRow] = field(default_factory=list)  # every duplicate row, any choice
    row_duplicates: dict[int, str] = field(default_factory=dict)  # row number → its own choice
    # For undo: the record's draft before the import, and its version after it.
    previous: dict[int, tuple[Any, int]] = field(default_factory=dict)
    versions: dict[int, int] = field(default_factory=dict)  # added record → version after
    # Records added along with an added one (a participant's new person): (model, id, version).
    companions: list[tuple[type, int, int]] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def saved(self) -> bool:
        return not self.dry_run and bool(self.added_count or self.updated_count)

    def summary(self) -> str:
        """ "12 would be added, 3 updated, 40 unchanged, 2 duplicates skipped, 1 refused"."""
        verb = "would be added" if self.dry_run else "added"
        parts = [f"{self.added_count:,} {verb}", f"{self.updated_count:,} updated"]
        if self.unchanged:
            parts.append(f"{self.unchanged:,} unchanged")
        if self.duplicates:
            parts.append(f"{len(self.duplicates):,} already in the register (skipped)")
        parts.append(f"{len(self.refused):,} refused")
        return ", ".join(parts)


class _DryRun(Exception):
    """Raised at the end of a dry run so the unit of work rolls back."""


def import_kinds() -> tuple[str, ...]:
    return tuple(RULES)


def run_import(
    database: Database,
    kind: str,
    table: TableFile,
    mapping: Sequence[str | None],
    *,
    actor: str,
    dry_run: bool = False,
    duplicates: str = "skip",
    row_duplicates: Mapping[int, str] | None = None,
    progress: Progress | None = None,
    before_saving: Callable[[], None] | None = None,
    within: int | None = None,
) -> ImportResult:
    """Import ``table`` as ``kind`` with the column ``mapping`` (a field or None per column).

    ``within`` is the programme (participants) or campaign (contributions) of every row that
    does not name one. ``row_duplicates`` overrides ``duplicates`` for the rows it names
    (row number → "skip", "merge" or "create"). ``before_saving`` is called once before a real import writes anything
    (a backup hook); a dry run never calls it."""
    if kind not in RULES:
        raise ValidationError("kind", f"cannot import '{kind}'; kinds: {', '.join(RULES)}")
    if duplicates not in DUPLICATE_CHOICES:
        raise ValidationError("duplicates", f"must be one of {', '.join(DUPLICATE_CHOICES)}")
    for number, choice in (row_duplicates or {}).items():
        if choice not in DUPLICATE_CHOICES:
            raise ValidationError(
                "duplicates", f"row {number}: must be one of {', '.join(DUPLICATE_CHOICES)}"
            )
    if within is not None and kind not in WITHIN:
        raise ValidationError("within", f"{kind} are not imported into a programme or campaign")
    problem = mapping_problem(kind, mapping, within=within is not None)
    if problem:
        raise ValidationError("mapping", problem)
    started = time.monotonic()
    cells = file_reading(kind, table, mapping)
    result = ImportResult(kind, table.name, dry_run, duplicates, within, cells.describe(),
                          rows=len(table.rows))  # fmt: skip
    result.row_duplicates = dict(row_duplicates or {})
    if not dry_run and before_saving is not None:
        before_saving()
    with contextlib.suppress(_DryRun), database.unit_of_work() as session:
        rules = RULES[kind](session, actor)
        rules.cells = cells
        rules.choose_within(within)
        mapped = {key for key in mapping if key is not None}
        touched: list[Any] = []
        for done, row in enumerate(table.rows, start=1):
            try:
                # Every check comes before the row's first write, so a refused row leaves
                # nothing behind and needs no savepoint (one per row doubled the time).
                record = _import_row(rules, row, mapping, mapped, result)
            except ValidationError as exc:
                result.refused.append((row.number, _reason(kind, exc)))
                continue
            if record is not None:
                touched.append(record)
            if progress is not None and (done % 200 == 0 or done == len(table.rows)):
                progress(done, len(table.rows))
        session.flush()
        if dry_run:
            raise _DryRun
        for record in touched:
            if record.id in result.previous:
                result.previous[record.id] = (result.previous[record.id][0], record.version_id)
            else:
                result.versions[record.id] = record.version_id
        result.added = [r.id for r in touched if r.id in result.versions]
        for record in touched:
            if record.id in result.versions:
                result.companions += [
                    (type(c), c.id, c.version_id) for c in rules.companions(record)
                ]
        if result.added_count or result.updated_count:
            sensitive = [field_title(kind, k) for k in mapping if k in SENSITIVE_FIELDS]
            note = f"; with sensitive details: {', '.join(sensitive)}" if sensitive else ""
            audit(session, actor, "import", rules.entity, None,
                  f"{table.name}: {result.summary()}{note}")  # fmt: skip
    result.seconds = time.monotonic() - started
    return result


def _import_row(
    rules: KindRules,
    row: TableRow,
    mapping: Sequence[str | None],
    mapped: set[str],
    result: ImportResult,
) -> Any | None:
    """Add, update or skip one row; the record written, or None. Raises ValidationError."""
    values = {key: row.cell(i) for i, key in enumerate(mapping) if key and row.cell(i)}
    record = None
    if values.get("id"):
        try:
            record_id = int(values["id"])
        except ValueError:
            raise ValidationError("id", f"'{values['id']}' is not a record number") from None
        record = rules.session.get(rules.model, record_id)
        if record is not None and id(record) in rules.added_here:
            # A number from another register that this import has just given to one of its
            # own new records: the row is another record, added like one without an ID.
            record = None
    if record is not None:
        return _update(rules, record, rules.draft(values, rules.draft_of(record), mapped, True),
                       result)  # fmt: skip
    draft = rules.validate(rules.draft(values, None, mapped, False))
    twin = rules.duplicate(draft)
    choice = result.row_duplicates.get(row.number, result.duplicates_rule)
    if twin is not None:
        result.matched.append(
            DuplicateRow(row.number, rules.describe(draft), _record_named(rules, twin), choice)
        )
    if twin is not None and choice == "skip":
        result.duplicates.append((row.number, rules.describe(draft)))
        return None
    if twin is not None and choice == "merge":
        merged = rules.draft(values, rules.draft_of(twin), mapped, False)
        return _update(rules, twin, merged, result)
    created = rules.create(draft)
    rules.added_here.add(id(created))
    rules.remember(created, draft)
    result.added_count += 1
    return created


def _record_named(rules: KindRules, record: Any) -> str:
    """ "Jürgen Müller (#12)"; a record an earlier row of the file adds has no number yet."""
    name = rules.describe(rules.draft_of(record))
    if record.id is None:
        return f"{name} (added by this file)"
    return f"{name} (#{record.id})"


def _update(rules: KindRules, record: Any, draft: Any, result: ImportResult) -> Any | None:
    before = rules.draft_of(record)
    draft = rules.validate(draft)
    if rules.update(record, draft):
        result.updated_count += 1
        if record.id not in result.previous and record.id not in result.versions:
            result.previous[record.id] = (before, 0)
        return record
    result.unchanged += 1
    return None


def _reason(kind: str, error: ValidationError) -> str:
    """ "Family name: is needed": the field as the preview names it, then what is wrong."""
    key = {"organisation_id": "organisation", "city_id": "city", "campaign_id": "campaign",
           "contact_person_id": "contact", "school_id": "school", "person": "family_name"
           }.get(error.field, error.field)  # fmt: skip
    try:
        title = field_title(kind, key).split(" (")[0]
    except StopIteration:
        title = key.replace("_", " ").capitalize()
    return f"{title}: {error.message}"


def undo_import(database: Database, result: ImportResult, *, actor: str) -> None:
    """Put the register back as it was before ``result``'s import, all or nothing: records it
    added are removed, records it updated get their fields back. Refused (ConcurrentEditError)
    when any of them was changed since, or an added one is linked to other records by now."""
    rules_class = RULES[result.kind]
    with database.unit_of_work() as session:
        rules = rules_class(session, actor)
        for record_id, version in result.versions.items():
            record = session.get(rules.model, record_id)
            if record is None:
                continue
            if record.version_id != version:
                raise ConcurrentEditError(
                    f"{rules.describe(rules.draft_of(record))} was changed after the import; "
                    "the import cannot be undone."
                )
            why = rules.removable(record)
            if why:
                raise ConcurrentEditError(f"{why}; the import cannot be undone.")
            rules.remove(record)
        session.flush()
        for model, companion_id, version in result.companions:
            companion = session.get(model, companion_id)
            if companion is None:
                continue
            why = rules.companion_kept(companion, version)
            if why:
                raise ConcurrentEditError(f"{why}; the import cannot be undone.")
            session.delete(companion)
        for record_id, (before, version) in result.previous.items():
            record = session.get(rules.model, record_id)
            if record is None or record.version_id != version:
                raise ConcurrentEditError(
                    f"{rules.plural.capitalize()} #{record_id} was changed after the import; "
                    "the import cannot be undone."
                )
            rules.update(record, before)
        session.flush()
        audit(session, actor, "undo import", rules.entity, None,
              f"{result.source}: import undone")  # fmt: skip
