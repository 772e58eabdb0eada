"""Dialogs that edit records: each collects a draft, shows refusals beside the field, and saves
through a callback that puts the edit on the undo stack.

Every dialog is given its page as parent (so it centres on the window and is modal to it), and
Qt keeps a child until its parent goes. A page lives as long as the window, so a dialog that
was only hidden stayed in memory for the rest of the day: about 1 MB per partnership editor,
found by the soak test (tests/ui/soak_window.py). :func:`open_dialog` and :func:`run_dialog`
are how every area shows a dialog, and both let it go once it has closed.
"""

from __future__ import annotations

from typing import TypeVar

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

D = TypeVar("D", bound=QDialog)


def open_dialog(dialog: D) -> D:
    """Show ``dialog`` modal to its window without waiting for it; it is deleted once closed
    (after its ``finished`` signal has been delivered)."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def run_dialog(dialog: QDialog) -> int:
    """Show ``dialog`` and wait for the answer (its result code); afterwards it is deleted at
    the next turn of the event loop, so the caller can still read what was entered."""
    try:
        return dialog.exec()
    finally:
        if shiboken6.isValid(dialog):  # its parent may have gone while it was open
            dialog.deleteLater()
