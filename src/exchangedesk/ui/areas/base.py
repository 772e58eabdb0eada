"""What every area page offers the main window, and the description of an area's list."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QSettings, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from exchangedesk.db.session import Database
from exchangedesk.services.common.paging import ListQuery, Page
from exchangedesk.ui.models import Column
from exchangedesk.ui.widgets.detail_pane import Detail


class AreaPage(QWidget):
    """One page of the main window's stack. The window talks to pages only through this."""

    status_changed = Signal()  # the row counts in the status bar need updating
    message = Signal(str)  # a passing message for the status bar
    open_area = Signal(str)  # asks the window to show another area, by key

    has_filter = False  # the page has a filter field for Find (Ctrl+F)

    # The page has an editor for a new record (Ctrl+N): it overrides create_record().
    can_create = False

    # The window's undo stack; set by the window before the page is shown. Pages push their
    # edits on it with exchangedesk.ui.undo.push_edit.
    undo_stack: QUndoStack | None = None

    def set_undo_stack(self, stack: QUndoStack) -> None:
        self.undo_stack = stack

    def create_record(self) -> None:
        """Open the editor for a new record of this area (File › New, Ctrl+N)."""

    def status_text(self) -> str:
        return ""

    def focus_filter(self) -> bool:
        """Put the cursor in the page's filter; False if the page has none."""
        return False

    def refresh(self) -> None:
        """Read the database again (after an edit elsewhere, or F5)."""

    def refresh_live(self) -> None:
        """Someone else changed the register: read it again, keeping what the user looks at
        (pages whose refresh already keeps the selection need not override this)."""
        self.refresh()

    def refresh_icons(self) -> None:
        """The colour scheme changed: redraw icon-font glyphs in the new text colour."""

    def item_models(self) -> list[QAbstractItemModel]:
        return []

    def save_state(self, settings: QSettings) -> None:
        pass

    def restore_state(self, settings: QSettings) -> None:
        pass


@dataclass(frozen=True)
class ListSpec:
    """Everything a generic list page needs to show one service list."""

    key: str  # also the QSettings group, e.g. "partnerships"
    title: str  # "Partnerships"
    icon: str  # qtawesome name
    load: Callable[[Database, ListQuery], Page[Any]]
    columns: Sequence[Column]
    heading: Callable[[Any], str]  # the detail pane's title for a row
    details: Sequence[Detail]
    filter_hint: str  # placeholder of the filter field
    empty_title: str
    empty_text: str  # rich text: what the area is for and how the first record arrives
    select_prompt: str  # shown in the detail pane when nothing is selected


@dataclass(frozen=True)
class AreaSpec:
    """An entry of the navigation bar."""

    key: str
    title: str
    icon: str
    make_page: Callable[[Database, QWidget | None], AreaPage]
    description: str = ""  # tooltip of the navigation entry
