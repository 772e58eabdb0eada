"""Every user edit is one command on the window's undo stack (DESIGN.md §3).

An edit is saved through a service *before* it is pushed: if the service refuses it (a
validation error, someone else's newer save), nothing lands on the stack and the dialog shows
the message beside the field. Only an edit that really happened can be undone.

    result = push_edit(
        stack, "Rename Volgograd",
        apply=lambda: rename_city(db, city_id, "Volgograd"),
        revert=lambda: rename_city(db, city_id, "Stalingrad"),
        after=page.refresh,
    )

``apply`` and ``revert`` call services (each one unit of work); ``after`` refreshes whatever
shows the data. Undo and redo call them again; if one of them is refused at that point (the
record was changed or deleted meanwhile), the user is told and the command is dropped from the
stack, since it no longer describes the database.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from exchangedesk.domain.errors import ExchangeDeskError


class ServiceCommand(QUndoCommand):
    def __init__(
        self,
        text: str,
        apply: Callable[[], Any],
        revert: Callable[[], Any],
        after: Callable[[], None] | None = None,
        *,
        already_applied: bool = True,
        message_parent: QWidget | None = None,
    ) -> None:
        super().__init__(text)
        self._apply = apply
        self._revert = revert
        self._after = after
        self._skip_first_redo = already_applied
        self._message_parent = message_parent
        self.error: ExchangeDeskError | None = None

    def redo(self) -> None:
        if self._skip_first_redo:  # QUndoStack.push calls redo(); the edit is already saved
            self._skip_first_redo = False
            return
        self._run(self._apply, self.tr("Redo"))

    def undo(self) -> None:
        self._run(self._revert, self.tr("Undo"))

    def _run(self, step: Callable[[], Any], verb: str) -> None:
        try:
            step()
        except ExchangeDeskError as exc:
            # Qt would swallow the exception; say what happened and forget the command.
            self.error = exc
            self.setObsolete(True)
            if self._message_parent is not None:
                QMessageBox.warning(
                    self._message_parent,
                    self.tr("{0} not possible").format(verb),
                    self.tr("“{0}” cannot be undone or redone any more:\n{1}").format(
                        self.text(), exc
                    ),
                )
        finally:
            if self._after is not None:
                self._after()

    def tr(self, text: str) -> str:  # QUndoCommand is no QObject
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("ServiceCommand", text)


def push_edit(
    stack: QUndoStack,
    text: str,
    *,
    apply: Callable[[], Any],
    revert: Callable[[], Any],
    after: Callable[[], None] | None = None,
    message_parent: QWidget | None = None,
) -> Any:
    """Save the edit now (raising the service's error if refused), then make it undoable."""
    result = apply()
    stack.push(ServiceCommand(text, apply, revert, after, message_parent=message_parent))
    if after is not None:
        after()
    return result
