"""Documents area: the correspondence register, with New document…, Reprint and the letter
templates."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QWidget

from exchangedesk.db.session import Database
from exchangedesk.domain.enums import DocumentKind
from exchangedesk.services.common.paging import ListQuery
from exchangedesk.services.documents.register import ALL_DOCUMENTS, RegisterFilter, list_documents
from exchangedesk.ui.areas.base import AreaPage, AreaSpec, ListSpec
from exchangedesk.ui.areas.list_page import ListPage
from exchangedesk.ui.dialogs import run_dialog
from exchangedesk.ui.formatting import date_text, enum_text, language_text
from exchangedesk.ui.i18n import translate
from exchangedesk.ui.models import Column
from exchangedesk.ui.theme import icon
from exchangedesk.ui.widgets.detail_pane import Detail
from exchangedesk.ui.widgets.flow_layout import flow_row

ICON = "mdi6.file-document-multiple-outline"
# (label, how many days back; None: any time)
PERIODS = (
    (QT_TRANSLATE_NOOP("Documents", "Any time"), None),
    (QT_TRANSLATE_NOOP("Documents", "Last 30 days"), 30),
    (QT_TRANSLATE_NOOP("Documents", "Last 12 months"), 365),
    (QT_TRANSLATE_NOOP("Documents", "Last 5 years"), 5 * 365),
)


def list_spec(load=list_documents) -> ListSpec:  # noqa: ANN001
    return ListSpec(
        key="documents",
        title=translate("Documents", "Documents"),
        icon=ICON,
        load=load,
        columns=[
            Column(
                translate("Documents", "Issued"),
                lambda r: date_text(r.issued_on),
                "issued_on",
                width=12,
            ),
            Column(translate("Documents", "Kind"), lambda r: enum_text(r.kind), "kind", width=10),
            Column(
                translate("Documents", "Title"), lambda r: r.title, "title", width=34, stretch=True
            ),
            Column(
                translate("Documents", "To"), lambda r: r.recipient or "", "recipient", width=22
            ),
            Column(
                translate("Documents", "Concerning"),
                lambda r: r.concerning or "",
                "concerning",
                width=26,
            ),
            Column(
                translate("Documents", "Language"),
                lambda r: language_text(r.language),
                "language",
                width=12,
            ),
        ],
        heading=lambda r: r.title,
        details=[
            Detail(translate("Documents", "Kind"), lambda r: enum_text(r.kind)),
            Detail(translate("Documents", "Issued"), lambda r: date_text(r.issued_on)),
            Detail(translate("Documents", "To"), lambda r: r.recipient or ""),
            Detail(translate("Documents", "Concerning"), lambda r: r.concerning or ""),
            Detail(translate("Documents", "Language"), lambda r: language_text(r.language)),
            Detail(translate("Documents", "Template"), lambda r: r.template or ""),
            Detail(translate("Documents", "Notes"), lambda r: r.notes or ""),
        ],
        filter_hint=translate("Documents", "Filter by title, recipient or partner city"),
        empty_title=translate("Documents", "The correspondence register is empty"),
        empty_text=translate(
            "Documents",
            "Every letter ExchangeDesk prints is recorded here: what was sent, to whom and "
            "when, with a copy to reprint.<br><br>Choose <b>New document…</b> to print an "
            "itinerary, a letter or a report.",
        ),
        select_prompt=translate("Documents", "Select a document to see its details."),
    )


class DocumentsPage(ListPage):
    """The register list, its kind and period filters, and the document actions."""

    can_create = True

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        self.database = database
        self.filters = ALL_DOCUMENTS
        super().__init__(list_spec(self._load), database, parent)
        self.kind_box = QComboBox()
        self.kind_box.addItem(translate("Documents", "All kinds"), None)
        for kind in DocumentKind:
            self.kind_box.addItem(enum_text(kind), kind)
        self.period_box = QComboBox()
        for label, days in PERIODS:
            self.period_box.addItem(translate("Documents", label), days)
        self.new_button = QPushButton(
            icon("mdi6.file-document-plus-outline"), translate("Documents", "New document…")
        )
        self.reprint_button = QPushButton(
            icon("mdi6.printer-outline"), translate("Documents", "Reprint…")
        )
        self.reprint_button.setToolTip(
            translate(
                "Documents",
                "Show the selected entry again: its kept copy, or the same document made again",
            )
        )
        self.templates_button = QPushButton(
            icon("mdi6.text-box-edit-outline"), translate("Documents", "Templates…")
        )
        self.templates_button.setToolTip(
            translate("Documents", "Edit the committee's letter templates")
        )
        self.reprint_button.setEnabled(False)

        # The filter field shares one row with the register's own filters and actions; in a
        # narrow window (Russian at 1024 px) the actions go onto a line of their own.
        layout = self.layout()
        layout.removeWidget(self.filter_bar)
        filters = QWidget()
        filter_row = QHBoxLayout(filters)
        filter_row.setContentsMargins(0, 0, 12, 0)
        filter_row.addWidget(self.filter_bar, 1)
        for widget in (self.kind_box, self.period_box):
            filter_row.addWidget(widget)
        row = flow_row(filters, self.new_button, self.reprint_button, self.templates_button)
        layout.insertLayout(0, row)

        self.kind_box.currentIndexChanged.connect(self._filters_changed)
        self.period_box.currentIndexChanged.connect(self._filters_changed)
        self.new_button.clicked.connect(self.create_record)
        self.reprint_button.clicked.connect(self.reprint_selected)
        self.templates_button.clicked.connect(self.edit_templates)
        self.table.doubleClicked.connect(lambda _index: self.reprint_selected())
        self.dialogs: list[QWidget] = []  # kept alive while open

    def _load(self, database: Database, query: ListQuery):  # noqa: ANN202
        return list_documents(database, query, self.filters)

    def _filters_changed(self) -> None:
        days = self.period_box.currentData()
        self.filters = RegisterFilter(
            kind=self.kind_box.currentData(),
            issued_from=dt.date.today() - dt.timedelta(days=days) if days else None,
        )
        self.model.reload()

    def _after_load(self) -> None:
        super()._after_load()
        if self.filters != ALL_DOCUMENTS and self.model.total == 0:
            # Nothing matches the chosen kind or period: the register itself is not empty.
            self.stack.setCurrentWidget(self.splitter)
            self.no_match.setText(
                translate("Documents", "No entry of the register matches these filters.")
            )
            self.no_match.show()

    def _selection_changed(self, selected, deselected) -> None:  # noqa: ANN001
        super()._selection_changed(selected, deselected)
        self.reprint_button.setEnabled(self.selected_row() is not None)

    # -- actions ----------------------------------------------------------------------------

    def create_record(self) -> None:
        from exchangedesk.ui.documents import show_document
        from exchangedesk.ui.documents.new_document import NewDocumentDialog

        chooser = NewDocumentDialog(self.database, self)
        if run_dialog(chooser) != NewDocumentDialog.DialogCode.Accepted:
            return
        kind, record, options = chooser.choice()
        dialog = show_document(self, self.database, kind, record, **options)
        self._keep(dialog)

    def reprint_selected(self) -> None:
        from exchangedesk.ui.documents.reprint import reprint

        row = self.selected_row()
        if row is not None:
            self._keep(reprint(self, self.database, row.id))

    def edit_templates(self) -> None:
        from exchangedesk.ui.documents.template_editor import TemplateEditor

        self._keep(TemplateEditor.open(self.database, self))

    def _keep(self, dialog: QWidget | None) -> None:
        if dialog is None:
            return
        self.dialogs.append(dialog)
        # A letter saved or printed from a dialog adds a register entry: show it.
        for signal in ("saved", "printed"):
            if hasattr(dialog, signal):
                getattr(dialog, signal).connect(lambda *_: self.model.reload())
        dialog.finished.connect(lambda *_: self.dialogs.remove(dialog))


def make_page(database: Database, parent: QWidget | None = None) -> AreaPage:
    return DocumentsPage(database, parent)


def area() -> AreaSpec:
    from exchangedesk.ui.areas import area_spec

    return area_spec("documents")
