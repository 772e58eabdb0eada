"""Aid area: appeals for partner cities, money collected, and shipments — the lists' columns
and texts; the page with its panes and dialogs is in :mod:`exchangedesk.ui.aid.page`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from exchangedesk.db.session import Database
from exchangedesk.services.aid.lists import CampaignRow, list_campaigns, list_shipments
from exchangedesk.ui.areas.base import AreaPage, AreaSpec, ListSpec
from exchangedesk.ui.formatting import count_text, date_text, enum_text, money_text
from exchangedesk.ui.models import Column
from exchangedesk.ui.widgets.detail_pane import Detail

ICON = "mdi6.hand-heart-outline"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Aid", text)


def _collected(r: CampaignRow) -> str:
    return ", ".join(money_text(m.amount, m.currency) for m in r.collected)


def _period(r: CampaignRow) -> str:
    if r.ends_on is None:
        return _tr("since {0}").format(date_text(r.starts_on))
    return f"{date_text(r.starts_on)} – {date_text(r.ends_on)}"


EMPTY_TEXT = (
    "Aid campaigns are appeals your committee runs for a partner city: the money citizens "
    "and organisations give, receipts, and the shipments it pays for, traced from donor to "
    "delivery.<br><br>Start one with <b>New campaign…</b> (Ctrl+N); the demo history "
    "(<nobr><code>exchangedesk demo --db demo.sqlite3</code></nobr>) has the 1942 collection."
)


def campaigns_spec() -> ListSpec:
    return ListSpec(
        key="aid-campaigns",
        title=_tr("Campaigns"),
        icon=ICON,
        load=list_campaigns,
        columns=[
            # The campaign's name first and never squeezed: the counts are in the pane's tables.
            Column(_tr("Campaign"), lambda r: r.title, "title", width=26, stretch=True),
            Column(_tr("For"), lambda r: r.beneficiary_city, "beneficiary", width=11),
            Column(_tr("Started"), lambda r: date_text(r.starts_on), "starts_on", width=11),
            Column(_tr("Collected"), _collected, None, numeric=True, width=14),
        ],
        heading=lambda r: r.title,
        details=[
            Detail(_tr("For"), lambda r: r.beneficiary_city),
            Detail(_tr("Period"), _period),
            Detail(
                _tr("Target"),
                lambda r: money_text(r.target.amount, r.target.currency) if r.target else "",
            ),
            Detail(
                _tr("Collected"),
                lambda r: "\n".join(money_text(m.amount, m.currency) for m in r.collected),
            ),
            Detail(_tr("Contributions"), lambda r: count_text(r.contribution_count)),
            Detail(_tr("Shipments"), lambda r: count_text(r.shipment_count)),
            Detail(_tr("Purpose"), lambda r: r.purpose or ""),
        ],
        filter_hint=_tr("Filter by campaign or beneficiary city"),
        empty_title=_tr("No aid campaigns yet"),
        empty_text=_tr(EMPTY_TEXT),
        select_prompt=_tr("Select a campaign to see what it collected."),
    )


def shipments_spec() -> ListSpec:
    return ListSpec(
        key="aid-shipments",
        title=_tr("Shipments"),
        icon="mdi6.truck-outline",
        load=list_shipments,
        columns=[
            Column(_tr("Reference"), lambda r: r.reference, "reference", width=12),
            Column(_tr("Campaign"), lambda r: r.campaign, "campaign", width=30, stretch=True),
            Column(_tr("Carrier"), lambda r: r.carrier or "", "carrier", width=18),
            Column(_tr("Status"), lambda r: enum_text(r.status), "status", width=11),
            Column(
                _tr("Lines"),
                lambda r: count_text(r.line_count),
                "line_count",
                numeric=True,
                width=6,
            ),
        ],
        heading=lambda r: r.reference,
        details=[
            Detail(_tr("Campaign"), lambda r: r.campaign),
            Detail(_tr("For"), lambda r: r.beneficiary_city),
            Detail(_tr("Carrier"), lambda r: r.carrier or ""),
            Detail(_tr("Tracking"), lambda r: r.tracking_reference or ""),
            Detail(_tr("Status"), lambda r: enum_text(r.status)),
            Detail(_tr("Lines"), lambda r: count_text(r.line_count)),
            Detail(_tr("Notes"), lambda r: r.notes or ""),
        ],
        filter_hint=_tr("Filter by reference, carrier, campaign or city"),
        empty_title=_tr("No shipments yet"),
        empty_text=_tr(EMPTY_TEXT),
        select_prompt=_tr("Select a shipment to see its details."),
    )


def make_page(database: Database, parent: QWidget | None = None) -> AreaPage:
    from exchangedesk.ui.aid.page import AidPage  # the page and its dialogs, on demand

    return AidPage([campaigns_spec(), shipments_spec()], database, parent)


def area() -> AreaSpec:
    from exchangedesk.ui.areas import area_spec

    return area_spec("aid")
