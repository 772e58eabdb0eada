"""Lists of the register as spreadsheets (CSV or XLSX): one kind of record per file.

Each kind has a builder (one small module per area) that reads plain rows; this module drops
the sensitive columns unless they were asked for, keeps the rows that match the filter the
user typed (every word, folded, as the lists on screen do), and hands the rows to
:mod:`exchangedesk.interchange.spreadsheets`. An export that includes sensitive details is
entered in the audit log, naming who exported what, never the values.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from exchangedesk.db.session import Database
from exchangedesk.domain.errors import ValidationError
from exchangedesk.domain.text import fold
from exchangedesk.interchange.spreadsheets import FORMATS, TEXT, Sheet, csv_value, write_sheet
from exchangedesk.services.exports import aid, delegations, exchanges, gifts, partnerships, people
from exchangedesk.services.exports._support import Builder


@dataclass(frozen=True)
class ExportKind:
    name: str  # as typed on the command line: "host-families"
    title: str  # the worksheet's name
    build: Builder

    @property
    def has_sensitive(self) -> bool:
        return self.name in _SENSITIVE_KINDS


_KINDS = (
    ExportKind("partnerships", "Partnerships", partnerships.partnerships),
    ExportKind("cities", "Cities", partnerships.cities),
    ExportKind("pairs", "Pairs", partnerships.pairs),  # re-imports with `import pairs`
    ExportKind("people", "People", people.people),
    ExportKind("organisations", "Organisations", people.organisations),
    ExportKind("delegations", "Delegations", delegations.delegations),
    ExportKind("members", "Delegation members", delegations.members),
    ExportKind("itinerary", "Itinerary", delegations.itinerary),
    ExportKind("programmes", "Exchange programmes", exchanges.programmes),
    ExportKind("participants", "Participants", exchanges.participants),
    ExportKind("host-families", "Host families", exchanges.host_families),
    ExportKind("placements", "Placements", exchanges.placements),
    ExportKind("gifts", "Gifts", gifts.gifts),
    ExportKind("campaigns", "Aid campaigns", aid.campaigns),
    ExportKind("contributions", "Contributions", aid.contributions),
    ExportKind("shipments", "Shipments", aid.shipments),
    ExportKind("shipment-lines", "Shipment lines", aid.shipment_lines),
    ExportKind("documents", "Correspondence register", gifts.documents),
)
_SENSITIVE_KINDS = frozenset({"people", "members", "participants"})
_BY_NAME = {kind.name: kind for kind in _KINDS}


def kind_key(name: str) -> str:
    """'host_families', 'Host-Families' and 'host families' all name the kind 'host-families'."""
    return "-".join(name.strip().lower().replace("_", "-").split())


def export_kinds() -> tuple[ExportKind, ...]:
    return _KINDS


def export_kind(name: str) -> ExportKind:
    found = _BY_NAME.get(kind_key(name))
    if found is None:
        raise ValidationError(
            "kind", f"there is no export of '{name}'; kinds: " + ", ".join(_BY_NAME)
        )
    return found


@dataclass(frozen=True)
class ExportResult:
    path: Path
    kind: str
    rows: int
    sensitive: bool


def export_sheet(
    database: Database,
    kind: str,
    *,
    text_filter: str = "",
    sensitive: bool = False,
    actor: str | None = None,
    audit_note: str = "",
    record_ids: Collection[int] | None = None,
) -> Sheet:
    """The rows of one kind as a sheet; sensitive columns only when asked, and then audited.
    ``record_ids`` keeps only those records (by the ID in the first column): the rows a list
    on screen shows, with every filter it has."""
    chosen = export_kind(kind)
    sensitive = sensitive and chosen.has_sensitive
    if sensitive:
        # The audit entry is written in the same unit of work that reads the details: no
        # sensitive export without its entry (a read-only database refuses both).
        from exchangedesk.services.people.edits import audit

        with database.unit_of_work() as session:
            table = chosen.build(session, True)
            sheet = _sheet(chosen, table, text_filter, record_ids, sensitive=True)
            who = actor or database.actor
            where = f" {audit_note}" if audit_note else ""
            audit(
                session,
                who,
                "export",
                chosen.name,
                None,
                f"Sensitive details in {len(sheet.rows)} rows of {chosen.name} exported by "
                f"{who}{where}",
            )
        return sheet
    with database.reading() as session:
        table = chosen.build(session, False)
        return _sheet(chosen, table, text_filter, record_ids, sensitive=False)


def export_to_file(
    database: Database,
    kind: str,
    out: Path,
    file_format: str,
    *,
    text_filter: str = "",
    sensitive: bool = False,
    actor: str | None = None,
    record_ids: Collection[int] | None = None,
) -> ExportResult:
    if file_format not in FORMATS:
        raise ValidationError("format", f"'{file_format}' is not a format; use csv or xlsx")
    sheet = export_sheet(
        database,
        kind,
        text_filter=text_filter,
        sensitive=sensitive,
        actor=actor,
        audit_note=f"to {out.name} ({file_format})",
        record_ids=record_ids,
    )
    write_sheet(sheet, out, file_format)
    chosen = export_kind(kind)
    return ExportResult(out, chosen.name, len(sheet.rows), sensitive and chosen.has_sensitive)


def _sheet(
    kind: ExportKind,
    table,  # noqa: ANN001
    text_filter: str,
    record_ids: Collection[int] | None,
    *,
    sensitive: bool,
) -> Sheet:
    keep = [i for i, column in enumerate(table.columns) if sensitive or not column.sensitive]
    columns = [table.columns[i] for i in keep]
    words = [fold(word) for word in text_filter.split() if fold(word)]
    # The filter looks only at what the list shows, never at sensitive details.
    shown = [i for i in keep if not table.columns[i].sensitive]
    rows = []
    wanted = set(record_ids) if record_ids is not None else None
    for row in table.rows:
        if wanted is not None and row[0] not in wanted:
            continue
        if words:
            haystack = " ".join(fold(csv_value(row[i], TEXT)) for i in shown if row[i] is not None)
            if not all(word in haystack for word in words):
                continue
        rows.append(tuple(row[i] for i in keep))
    return Sheet(kind.title, columns, rows)


__all__ = [
    "ExportKind",
    "ExportResult",
    "export_kind",
    "export_kinds",
    "export_sheet",
    "export_to_file",
    "kind_key",
]
