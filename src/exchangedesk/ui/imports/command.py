"""A finished import as one step on the window's undo stack (Edit › Undo).

Undo removes the records the import added and gives the ones it updated their fields back,
all or nothing (services.imports.undo_import); it is refused, with the reason, once one of them
was changed or linked to other records since. Redo imports the same rows again with the same
mapping (the records added get new numbers).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from exchangedesk.db.session import Database
from exchangedesk.interchange.table_file import TableFile
from exchangedesk.services.imports import ImportResult, run_import, undo_import
from exchangedesk.ui.undo import ServiceCommand


def push_import(
    stack: QUndoStack,
    database: Database,
    result: ImportResult,
    table: TableFile,
    mapping: Sequence[str | None],
    *,
    actor: str,
    after: Callable[[], None] | None = None,
    parent: QWidget | None = None,
) -> ServiceCommand:
    """Put an import that was saved on the stack (it is not run again by the push)."""
    latest = [result]

    def revert() -> None:
        undo_import(database, latest[0], actor=actor)

    def apply() -> None:
        latest[0] = run_import(
            database, result.kind, table, mapping, actor=actor,
            duplicates=result.duplicates_rule, within=result.within,
        )  # fmt: skip

    text = stack.tr("Import of {0} ({1})").format(result.source, result.summary())
    command = ServiceCommand(text, apply, revert, after, message_parent=parent)
    stack.push(command)
    return command
