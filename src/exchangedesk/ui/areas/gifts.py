"""Gifts area: what was given and received, and where each gift is kept now."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from exchangedesk.db.session import Database
from exchangedesk.services.gifts import list_gifts
from exchangedesk.ui.areas.base import AreaPage, AreaSpec, ListSpec
from exchangedesk.ui.areas.list_page import ListPage
from exchangedesk.ui.formatting import date_text, enum_text, money_text
from exchangedesk.ui.models import Column
from exchangedesk.ui.widgets.detail_pane import Detail

ICON = "mdi6.gift-outline"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Gifts", text)


def list_spec() -> ListSpec:
    return ListSpec(
        key="gifts",
        title=_tr("Gifts"),
        icon=ICON,
        load=list_gifts,
        columns=[
            Column(_tr("Date"), lambda r: date_text(r.given_on), "given_on", width=12),
            Column(_tr("Gift"), lambda r: r.title, "title", width=34, stretch=True),
            Column(
                _tr("Given or received"), lambda r: enum_text(r.direction), "direction", width=9
            ),
            Column(_tr("From"), lambda r: r.giver or "", "giver", width=20),
            Column(_tr("To"), lambda r: r.receiver or "", "receiver", width=20),
            Column(_tr("Kept at"), lambda r: r.kept_at or "", "kept_at", width=20),
        ],
        heading=lambda r: r.title,
        details=[
            Detail(_tr("Given or received"), lambda r: enum_text(r.direction)),
            Detail(_tr("Date"), lambda r: date_text(r.given_on)),
            Detail(_tr("Occasion"), lambda r: r.occasion or ""),
            Detail(_tr("From"), lambda r: r.giver or ""),
            Detail(_tr("To"), lambda r: r.receiver or ""),
            Detail(_tr("Category"), lambda r: r.category or ""),
            Detail(_tr("Estimated value"), lambda r: money_text(r.estimated_value, r.currency)),
            Detail(_tr("Kept at now"), lambda r: r.kept_at or ""),
            Detail(_tr("Description"), lambda r: r.description or ""),
        ],
        filter_hint=_tr("Filter by gift, occasion, giver or receiver"),
        empty_title=_tr("No gifts yet"),
        empty_text=_tr(
            "Gifts are what your town gives and receives — a tablecloth embroidered with 830 "
            "names, a plaque, a book — with the occasion, who gave it, and where it is kept "
            "today.<br><br>Recording gifts arrives in a coming version; the demo history "
            "(<nobr><code>exchangedesk demo --db demo.sqlite3</code></nobr>) has the two tablecloths."
        ),
        select_prompt=_tr("Select a gift to see its details."),
    )


def make_page(database: Database, parent: QWidget | None = None) -> AreaPage:
    return ListPage(list_spec(), database, parent)


def area() -> AreaSpec:
    return AreaSpec("gifts", _tr("Gifts"), ICON, make_page, _tr("Gifts given and received"))
