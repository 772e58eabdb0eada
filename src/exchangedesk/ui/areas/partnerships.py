"""Partnerships area: the register of twin towns, sister, partner and friendship cities."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from exchangedesk.db.session import Database
from exchangedesk.services.partnerships import PartnershipRow, list_partnerships
from exchangedesk.ui.areas.base import AreaPage, AreaSpec, ListSpec
from exchangedesk.ui.areas.list_page import ListPage
from exchangedesk.ui.formatting import country_text, date_text, enum_text
from exchangedesk.ui.models import Column
from exchangedesk.ui.widgets.detail_pane import Detail

ICON = "mdi6.handshake-outline"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Partnerships", text)


def _city(name: str, native: str | None) -> str:
    return f"{name} ({native})" if native and native != name else name


def list_spec() -> ListSpec:
    def a(r: PartnershipRow) -> str:
        return _city(r.city_a, r.city_a_native)

    def b(r: PartnershipRow) -> str:
        return _city(r.city_b, r.city_b_native)

    return ListSpec(
        key="partnerships",
        title=_tr("Partnerships"),
        icon=ICON,
        load=list_partnerships,
        columns=[
            Column(_tr("City"), a, "city_a", width=24),
            Column(_tr("Partner city"), b, "city_b", width=24, stretch=True),
            Column(
                _tr("Partner country"), lambda r: country_text(r.country_b), "country_b", width=16
            ),
            Column(_tr("Kind"), lambda r: enum_text(r.kind), "kind", width=14),
            Column(_tr("Status"), lambda r: enum_text(r.status), "status", width=14),
            Column(_tr("Signed"), lambda r: date_text(r.signed_on), "signed_on", width=12),
        ],
        heading=lambda r: f"{r.city_a} – {r.city_b}",
        details=[
            Detail(_tr("City"), lambda r: f"{a(r)}, {country_text(r.country_a)}"),
            Detail(_tr("Partner city"), lambda r: f"{b(r)}, {country_text(r.country_b)}"),
            Detail(_tr("Kind"), lambda r: enum_text(r.kind)),
            Detail(_tr("Status"), lambda r: enum_text(r.status)),
            Detail(_tr("Signed"), lambda r: date_text(r.signed_on)),
            Detail(_tr("Ended"), lambda r: date_text(r.ended_on)),
            Detail(_tr("Signatories"), lambda r: r.signatories or ""),
            Detail(_tr("Notes"), lambda r: r.notes or ""),
        ],
        filter_hint=_tr("Filter by city, in any script — e.g. Volgograd or Волгоград"),
        empty_title=_tr("No partnerships yet"),
        empty_text=_tr(
            "Partnerships link your town with its twins, sister and partner cities: who signed, "
            "when, and how the relationship stands today. Delegations, exchanges and gifts all "
            "belong to a partnership.<br><br>To explore first, create a database with the demo "
            "history: <nobr><code>exchangedesk demo --db demo.sqlite3</code></nobr>. Adding and importing "
            "partnerships arrives in a coming version."
        ),
        select_prompt=_tr("Select a partnership to see its details."),
    )


def make_page(database: Database, parent: QWidget | None = None) -> AreaPage:
    return ListPage(list_spec(), database, parent)


def area() -> AreaSpec:
    return AreaSpec(
        "partnerships",
        _tr("Partnerships"),
        ICON,
        make_page,
        _tr("Twin towns, sister and partner cities"),
    )
