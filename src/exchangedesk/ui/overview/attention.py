"""Home's "Needs attention" list: the items of :mod:`exchangedesk.services.overview.attention` grouped by
kind, each group with its count, each row with an icon, a sentence and its date."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from exchangedesk.domain.anniversaries import DatePrecision
from exchangedesk.services.overview.attention import AttentionItem, AttentionKind
from exchangedesk.ui.i18n import translate
from exchangedesk.ui.overview.attention_texts import (
    explanation_text,
    full_day_text,
    title_text,
    when_text,
)
from exchangedesk.ui.theme import icon, is_dark

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1  # the AttentionItem of a row; None on a heading
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
EXPLANATION_ROLE = Qt.ItemDataRole.UserRole + 3  # the item's explanation, in the window's language
EXPANDED_AT_MOST = 12  # items a group shows without being opened


# Icon and tint of each kind: red for what blocks a visit, amber for deadlines, calm otherwise.
KIND_LOOK: dict[AttentionKind, tuple[str, str, str]] = {
    AttentionKind.CONFLICT: ("mdi6.alert-octagon-outline", "#c62828", "#ef7070"),
    AttentionKind.VISA_LETTER: ("mdi6.passport", "#b45f06", "#f0a050"),
    AttentionKind.CONSENT_MISSING: ("mdi6.file-sign", "#b45f06", "#f0a050"),
    AttentionKind.VETTING_LAPSED: ("mdi6.home-alert-outline", "#b45f06", "#f0a050"),
    AttentionKind.VISIT: ("mdi6.airplane-landing", "#1f5fbf", "#7fa8ef"),
    AttentionKind.SHIPMENT: ("mdi6.truck-delivery-outline", "#2e7d4f", "#74c69d"),
    AttentionKind.UNTHANKED_GIFT: ("mdi6.gift-outline", "#7b4fb0", "#b899e0"),
    AttentionKind.ANNIVERSARY: ("mdi6.cake-variant-outline", "#8d6e00", "#e0c050"),
}


def kind_title(kind: AttentionKind) -> str:
    return {
        AttentionKind.CONFLICT: translate("Home", "Unresolved conflicts"),
        AttentionKind.VISA_LETTER: translate("Home", "Visa support letters due"),
        AttentionKind.CONSENT_MISSING: translate("Home", "Guardians' consents missing"),
        AttentionKind.VETTING_LAPSED: translate("Home", "Host families whose vetting has lapsed"),
        AttentionKind.VISIT: translate("Home", "Visits in the next six weeks"),
        AttentionKind.SHIPMENT: translate("Home", "Aid shipments still on their way"),
        AttentionKind.UNTHANKED_GIFT: translate("Home", "Gifts not yet thanked for"),
        AttentionKind.ANNIVERSARY: translate("Home", "Anniversaries in the next twelve months"),
    }[kind]


def kind_icon(kind: AttentionKind):  # noqa: ANN201 - a QIcon
    name, light, dark = KIND_LOOK[kind]
    return icon(name, QColor(dark if is_dark() else light))


def date_text(
    day: dt.date | None, today: dt.date, precision: DatePrecision = DatePrecision.DAY
) -> str:
    """Like "Thu 10 Dec", with the year when it is not this one; "Today" and "Tomorrow";
    only the year or the month of a date known no better. In the window's language."""
    return when_text(day, today, precision)


class AttentionModel(QStandardItemModel):
    """Two levels: a heading per kind ("Visa support letters due (2)"), then its items."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        self.setHorizontalHeaderLabels(
            [translate("Home", "What needs attention"), translate("Home", "When")]
        )
        self.items: list[AttentionItem] = []

    def set_items(self, items: list[AttentionItem], today: dt.date) -> None:
        self.items = list(items)
        self.removeRows(0, self.rowCount())
        groups: dict[AttentionKind, list[AttentionItem]] = {}
        for item in items:
            groups.setdefault(item.kind, []).append(item)
        for kind in AttentionKind:  # the services' order: what blocks a visit first
            found = groups.get(kind)
            if not found:
                continue
            heading = QStandardItem(kind_icon(kind), f"{kind_title(kind)} ({len(found)})")
            bold = QFont(heading.font())
            bold.setBold(True)
            heading.setFont(bold)
            heading.setData(kind, KIND_ROLE)
            heading.setEditable(False)
            spacer = QStandardItem()
            spacer.setEditable(False)
            for entry in found:
                sentence = QStandardItem(kind_icon(kind), title_text(entry, today))
                explanation = explanation_text(entry, today)
                sentence.setToolTip(explanation)
                sentence.setData(explanation, EXPLANATION_ROLE)
                sentence.setData(entry, ITEM_ROLE)
                sentence.setData(kind, KIND_ROLE)
                sentence.setEditable(False)
                when = QStandardItem(date_text(entry.on, today, entry.precision))
                precise = entry.on is not None and entry.precision is DatePrecision.DAY
                when.setToolTip(full_day_text(entry.on) if precise else "")
                when.setData(entry, ITEM_ROLE)
                when.setEditable(False)
                heading.appendRow([sentence, when])
            self.appendRow([heading, spacer])

    def item_at(self, index: QModelIndex | QPersistentModelIndex) -> AttentionItem | None:
        """The attention item of a row (None on a heading)."""
        found = index.data(ITEM_ROLE) if index.isValid() else None
        return found if isinstance(found, AttentionItem) else None

    def explanation_at(self, index: QModelIndex | QPersistentModelIndex) -> str:
        """The worded explanation of a row's item ("" on a heading)."""
        if not index.isValid():
            return ""
        return str(index.siblingAtColumn(0).data(EXPLANATION_ROLE) or "")

    def count_of(self, kind: AttentionKind) -> int:
        return sum(1 for i in self.items if i.kind is kind)


class AttentionView(QTreeView):
    """The list; Enter or a double-click on an item asks to open its record."""

    open_record = Signal(str, int)  # area key, record id

    def __init__(self, model: AttentionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attention")
        self.setModel(model)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setExpandsOnDoubleClick(False)  # a double-click opens the record instead
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.doubleClicked.connect(self.open_index)

    def expand_small_groups(self, most: int = EXPANDED_AT_MOST) -> None:
        """Open every group of a few items; a long one (a federation's 170 coming visits)
        stays closed under its heading and count, so the other groups remain in sight."""
        model = self.model()
        for row in range(model.rowCount()):
            heading = model.index(row, 0)
            self.setExpanded(heading, model.rowCount(heading) <= most)

    def open_index(self, index: QModelIndex) -> bool:
        item = index.data(ITEM_ROLE) if index.isValid() else None
        if not isinstance(item, AttentionItem):
            return False
        self.open_record.emit(item.record.area, item.record.id)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.open_index(
            self.currentIndex()
        ):
            return
        super().keyPressEvent(event)
