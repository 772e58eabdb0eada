"""Delegations area: visits received and sent."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from exchangedesk.db.session import Database
from exchangedesk.services.delegations import DelegationRow, list_delegations
from exchangedesk.ui.areas.base import AreaPage, AreaSpec, ListSpec
from exchangedesk.ui.areas.list_page import ListPage
from exchangedesk.ui.formatting import count_text, date_text, enum_text, period_text
from exchangedesk.ui.models import Column
from exchangedesk.ui.widgets.detail_pane import Detail

ICON = "mdi6.account-group-outline"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Delegations", text)


def list_spec() -> ListSpec:
    def dates(r: DelegationRow) -> str:
        return period_text(r.arrival_on, r.departure_on)

    return ListSpec(
        key="delegations",
        title=_tr("Delegations"),
        icon=ICON,
        load=list_delegations,
        columns=[
            Column(_tr("Dates"), dates, "arrival_on", width=22),
            Column(_tr("Title"), lambda r: r.title, "title", width=36, stretch=True),
            Column(_tr("Direction"), lambda r: enum_text(r.direction), "direction", width=10),
            Column(_tr("Partnership"), lambda r: r.cities, "cities", width=24),
            Column(_tr("Status"), lambda r: enum_text(r.status), "status", width=11),
            Column(
                _tr("Members"),
                lambda r: count_text(r.member_count),
                "member_count",
                numeric=True,
                width=8,
            ),
        ],
        heading=lambda r: r.title,
        details=[
            Detail(_tr("Partnership"), lambda r: r.cities),
            Detail(_tr("Direction"), lambda r: enum_text(r.direction)),
            Detail(_tr("Arrival"), lambda r: date_text(r.arrival_on)),
            Detail(_tr("Departure"), lambda r: date_text(r.departure_on)),
            Detail(_tr("Status"), lambda r: enum_text(r.status)),
            Detail(_tr("Head of delegation"), lambda r: r.head or ""),
            Detail(_tr("Members"), lambda r: count_text(r.member_count)),
            Detail(_tr("Purpose"), lambda r: r.purpose or ""),
            Detail(_tr("Notes"), lambda r: r.notes or ""),
        ],
        filter_hint=_tr("Filter by title, partner city or head of delegation"),
        empty_title=_tr("No delegations yet"),
        empty_text=_tr(
            "Delegations are the visits your committee receives and sends: who travels, when, "
            "the programme day by day, rooms and transport. Each belongs to a partnership."
            "<br><br>Planning a visit arrives in a coming version; the demo history "
            "(<nobr><code>exchangedesk demo --db demo.sqlite3</code></nobr>) shows what it will look like."
        ),
        select_prompt=_tr("Select a delegation to see its details."),
    )


def make_page(database: Database, parent: QWidget | None = None) -> AreaPage:
    return ListPage(list_spec(), database, parent)


def area() -> AreaSpec:
    return AreaSpec(
        "delegations",
        _tr("Delegations"),
        ICON,
        make_page,
        _tr("Visits received and sent"),
    )
