"""Documents area: the correspondence register."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from exchangedesk.db.session import Database
from exchangedesk.services.documents import list_documents
from exchangedesk.ui.areas.base import AreaPage, AreaSpec, ListSpec
from exchangedesk.ui.areas.list_page import ListPage
from exchangedesk.ui.formatting import date_text, enum_text, language_text
from exchangedesk.ui.models import Column
from exchangedesk.ui.widgets.detail_pane import Detail

ICON = "mdi6.file-document-multiple-outline"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Documents", text)


def list_spec() -> ListSpec:
    return ListSpec(
        key="documents",
        title=_tr("Documents"),
        icon=ICON,
        load=list_documents,
        columns=[
            Column(_tr("Issued"), lambda r: date_text(r.issued_on), "issued_on", width=12),
            Column(_tr("Kind"), lambda r: enum_text(r.kind), "kind", width=10),
            Column(_tr("Title"), lambda r: r.title, "title", width=34, stretch=True),
            Column(_tr("To"), lambda r: r.recipient or "", "recipient", width=22),
            Column(_tr("Concerning"), lambda r: r.concerning or "", "concerning", width=26),
        ],
        heading=lambda r: r.title,
        details=[
            Detail(_tr("Kind"), lambda r: enum_text(r.kind)),
            Detail(_tr("Issued"), lambda r: date_text(r.issued_on)),
            Detail(_tr("To"), lambda r: r.recipient or ""),
            Detail(_tr("Concerning"), lambda r: r.concerning or ""),
            Detail(_tr("Language"), lambda r: language_text(r.language)),
            Detail(_tr("Template"), lambda r: r.template or ""),
            Detail(_tr("Notes"), lambda r: r.notes or ""),
        ],
        filter_hint=_tr("Filter by title or recipient"),
        empty_title=_tr("The correspondence register is empty"),
        empty_text=_tr(
            "Every letter, invitation, itinerary, manifest and report ExchangeDesk prints is "
            "recorded here: what was sent, to whom and when.<br><br>Entries appear as soon as "
            "documents are printed — printing arrives in a coming version."
        ),
        select_prompt=_tr("Select a document to see its details."),
    )


def make_page(database: Database, parent: QWidget | None = None) -> AreaPage:
    return ListPage(list_spec(), database, parent)


def area() -> AreaSpec:
    return AreaSpec(
        "documents",
        _tr("Documents"),
        ICON,
        make_page,
        _tr("The correspondence register: everything sent out"),
    )
