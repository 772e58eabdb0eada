"""The Conflicts tab of a delegation: every clash the conflict service finds, with an icon for
how serious it is, its explanation, and whether (and why) it was accepted. Accept… asks for a
note; Withdraw takes an acceptance back. Both go through the undo stack."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from exchangedesk.domain.conflicts import Conflict, ConflictReport, Severity
from exchangedesk.ui.i18n import translate
from exchangedesk.ui.theme import icon, is_dark
from exchangedesk.ui.widgets.focus import FocusRingButton

AnyIndex = QModelIndex | QPersistentModelIndex
CONFLICT_ROLE = Qt.ItemDataRole.UserRole + 1

_GLYPHS = {
    Severity.ERROR: ("mdi6.alert-octagon", "#b3261e", "#f2b8b5"),
    Severity.WARNING: ("mdi6.alert", "#9a6700", "#f0c36d"),
    Severity.INFO: ("mdi6.information-outline", "#3c6e9f", "#9ec5ef"),
}
ACCEPTED_GLYPH = ("mdi6.check-circle-outline", "#2e7d32", "#8fd19e")


def severity_icon(conflict: Conflict) -> Any:
    glyph, light, dark = ACCEPTED_GLYPH if conflict.accepted else _GLYPHS[conflict.severity]
    return icon(glyph, QColor(dark if is_dark() else light))


def conflict_text(conflict: Conflict) -> str:
    heading = translate("conflict_records", conflict.kind.title)
    # "In two places at once: Olga … is in two places at once" said it twice: a message that
    # already names the kind stands alone.
    repeated = heading.casefold() in conflict.message.casefold()
    text = conflict.message if repeated else f"{heading}: {conflict.message}"
    if conflict.accepted is not None:
        text += "\n" + translate("Delegations", "Accepted by {0}: {1}").format(
            conflict.accepted.actor, conflict.accepted.note
        )
    return text


class ConflictListModel(QAbstractListModel):
    """The conflicts of one report, blocking ones first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._conflicts: list[Conflict] = []

    def set_report(self, report: ConflictReport | None) -> None:
        self.beginResetModel()
        order = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
        self._conflicts = sorted(
            report.conflicts if report is not None else (),
            key=lambda c: (c.accepted is not None, order[c.severity]),
        )
        self.endResetModel()

    def conflict(self, row: int) -> Conflict | None:
        return self._conflicts[row] if 0 <= row < len(self._conflicts) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._conflicts)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        conflict = self.conflict(index.row()) if index.isValid() else None
        if conflict is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return conflict_text(conflict)
        if role == Qt.ItemDataRole.ToolTipRole:
            return conflict.message
        if role == Qt.ItemDataRole.DecorationRole:
            return severity_icon(conflict)
        if role == CONFLICT_ROLE:
            return conflict
        return None


class WrappedTextDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text at the list's width (the default measure forgets the
    icon's room and cuts the last line short with "…")."""

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:  # noqa: N802
        view = self.parent()
        width = view.viewport().width() if isinstance(view, QListView) else option.rect.width()
        text_width = max(120, width - option.decorationSize.width() - 36)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        bounds = option.fontMetrics.boundingRect(
            QRect(0, 0, text_width, 10_000), int(Qt.TextFlag.TextWordWrap), text
        )
        return QSize(width, bounds.height() + 16)


class ConflictsTab(QWidget):
    accept_requested = Signal(object)  # the Conflict
    withdraw_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ConflictListModel(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        # Long explanations wrap to the pane's width instead of scrolling sideways.
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setItemDelegate(WrappedTextDelegate(self.list))
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.list.setStyleSheet("QListView::item { padding: 6px 4px; }")
        self.accept_button = FocusRingButton(icon("mdi6.check"), self.tr("Accept…"))
        self.accept_button.setToolTip(
            self.tr("Keep the plan as it is: the conflict stops blocking confirmation")
        )
        self.withdraw_button = FocusRingButton(icon("mdi6.undo-variant"), self.tr("Withdraw"))
        self.withdraw_button.setToolTip(self.tr("The conflict blocks confirmation again"))
        self.accept_button.clicked.connect(lambda: self._request(self.accept_requested))
        self.withdraw_button.clicked.connect(lambda: self._request(self.withdraw_requested))
        self.list.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        # Tabbing into the list makes a row current without selecting it, which left Accept…
        # greyed out for a keyboard user: the row with the focus is the one chosen.
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self._read_only = False
        self._update_buttons()

    def showEvent(self, event) -> None:  # noqa: ANN001, N802
        super().showEvent(event)
        # Row heights depend on the width the wrapped text gets: measure again once shown.
        self.list.scheduleDelayedItemsLayout()

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802
        super().resizeEvent(event)
        self.list.scheduleDelayedItemsLayout()

    def selected(self) -> Conflict | None:
        rows = self.list.selectionModel().selectedRows()
        return self.model.conflict(rows[0].row()) if rows else None

    def select_key(self, key: str) -> bool:
        for row in range(self.model.rowCount()):
            conflict = self.model.conflict(row)
            if conflict is not None and conflict.key == key:
                self.list.setCurrentIndex(self.model.index(row))
                return True
        return False

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        selection = self.list.selectionModel()
        if current.isValid() and not selection.isSelected(current):
            selection.select(current, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _request(self, signal: Signal) -> None:
        conflict = self.selected()
        if conflict is not None:
            signal.emit(conflict)

    def set_report(self, report: ConflictReport | None, *, read_only: bool) -> None:
        self._read_only = read_only
        selected = self.selected()
        self.model.set_report(report)
        if selected is not None:
            self.select_key(selected.key)
        blocking = len(report.blocking) if report is not None else 0
        total = len(report.conflicts) if report is not None else 0
        if total == 0:
            self.summary.setText(
                self.tr(
                    "No conflicts found: nobody is double-booked, every "
                    "item lies within the visit, rooms are within capacity."
                )
            )
        elif blocking == 0:
            self.summary.setText(
                self.tr(
                    "{0} found; none blocks confirming (resolved, accepted or information only)."
                ).format(total)
            )
        else:
            self.summary.setText(
                self.tr(
                    "{0} of {1} block confirming. Change the plan (Programme, Members) or "
                    "accept a conflict with a note."
                ).format(blocking, total)
            )
        self._update_buttons()

    def _update_buttons(self) -> None:
        conflict = self.selected()
        can_edit = not self._read_only and conflict is not None
        self.accept_button.setEnabled(
            can_edit and conflict.accepted is None and conflict.severity is not Severity.INFO  # type: ignore[union-attr]
        )
        self.withdraw_button.setEnabled(can_edit and conflict.accepted is not None)  # type: ignore[union-attr]

    def refresh_icons(self) -> None:
        self.accept_button.setIcon(icon("mdi6.check"))
        self.withdraw_button.setIcon(icon("mdi6.undo-variant"))
        self.model.layoutChanged.emit()
