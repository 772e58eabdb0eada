"""Importing the committee's own lists (people, organisations, contributions, host families,
participants) from CSV or XLSX.

The entry points, for the window, the command line and any hook that must run first (a backup
before an import is written: pass ``before_saving`` to :func:`run_import`):

* :func:`read_import_file` reads the file (interchange/table_file.py) and guesses the mapping;
* :func:`run_import` imports it, or with ``dry_run`` only counts what would happen;
* :func:`undo_import` takes a finished import back, all or nothing;
* :func:`import_targets` lists the programmes or campaigns a list of participants or
  contributions can go into (``within`` of :func:`run_import`).

Partnership pairs have their own import (services/partnerships/pairs_import.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from exchangedesk.db.session import Database
from exchangedesk.interchange.import_fields import Mapping, guess_mapping
from exchangedesk.interchange.table_file import TableFile, read_table_file
from exchangedesk.services.imports.run import (
    DUPLICATE_CHOICES,
    DuplicateRow,
    ImportResult,
    import_kinds,
    run_import,
    undo_import,
)


@dataclass(frozen=True)
class ImportFile:
    table: TableFile
    mapping: Mapping  # the guess from the headings, one entry per column


def import_targets(database: Database, kind: str) -> list[tuple[int, str]]:
    """The programmes (participants) or campaigns (contributions) a list can go into, as
    (id, "title (year)"), newest first; [] for the other kinds."""
    from sqlalchemy import select

    from exchangedesk.db.models import AidCampaign, ExchangeProgramme

    model = {"participants": ExchangeProgramme, "contributions": AidCampaign}.get(kind)
    if model is None:
        return []
    with database.reading() as session:
        rows = session.execute(
            select(model.id, model.title, model.starts_on).order_by(
                model.starts_on.desc(), model.id.desc()
            )
        )
        return [(i, f"{title} ({starts.year})") for i, title, starts in rows]


def read_import_file(path: Path, kind: str, sheet: str | None = None) -> ImportFile:
    """The file's table and the mapping its headings suggest for ``kind``."""
    table = read_table_file(path, sheet)
    return ImportFile(table, guess_mapping(kind, table.headers))


__all__ = [
    "DUPLICATE_CHOICES",
    "DuplicateRow",
    "ImportFile",
    "ImportResult",
    "import_kinds",
    "import_targets",
    "read_import_file",
    "run_import",
    "undo_import",
]
