"""Aid area: appeals for partner cities, money collected, and shipments — the lists' columns
and texts; the page with its panes and dialogs is in :mod:`exchangedesk.ui.aid.page`."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from exchangedesk.db.session import Database
from exchangedesk.services.aid.lists import CampaignRow, list_campaigns, list_shipments
from exchangedesk.ui.areas.base import AreaPage, AreaSpec, ListSpec
from exchangedesk.ui.formatting import count_text, date_text, enum_text, money_text
from exchangedesk.ui.i18n import translate
from exchangedesk.ui.models import Column
from exchangedesk.ui.widgets.detail_pane import Detail

ICON = "mdi6.hand-heart-outline"


def _collected(r: CampaignRow) -> str:
    return ", ".join(money_text(m.amount, m.currency) for m in r.collected)


def _period(r: CampaignRow) -> str:
    if r.ends_on is None:
        return translate("Aid", "since {0}").format(date_text(r.starts_on))
    return f"{date_text(r.starts_on)} – {date_text(r.ends_on)}"


EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "Aid",
    "Aid campaigns are appeals your committee runs for a partner city: the money citizens "
    "and organisations give, receipts, and the shipments it pays for, traced from donor to "
    "delivery.<br><br>Start one with <b>New campaign…</b> (Ctrl+N); the demo history "
    "(<nobr><code>exchangedesk demo --db demo.sqlite3</code></nobr>) has the 1942 collection.",
)


def campaigns_spec() -> ListSpec:
    return ListSpec(
        key="aid-campaigns",
        title=translate("Aid", "Campaigns"),
        icon=ICON,
        load=list_campaigns,
        columns=[
            # The campaign's name first and never squeezed: the counts are in the pane's tables.
            Column(
                translate("Aid", "Campaign"), lambda r: r.title, "title", width=26, stretch=True
            ),
            Column(translate("Aid", "For"), lambda r: r.beneficiary_city, "beneficiary", width=11),
            Column(
                translate("Aid", "Started"), lambda r: date_text(r.starts_on), "starts_on", width=11
            ),
            Column(translate("Aid", "Collected"), _collected, None, numeric=True, width=14),
        ],
        heading=lambda r: r.title,
        details=[
            Detail(translate("Aid", "For"), lambda r: r.beneficiary_city),
            Detail(translate("Aid", "Period"), _period),
            Detail(
                translate("Aid", "Target"),
                lambda r: money_text(r.target.amount, r.target.currency) if r.target else "",
            ),
            Detail(
                translate("Aid", "Collected"),
                lambda r: "\n".join(money_text(m.amount, m.currency) for m in r.collected),
            ),
            Detail(translate("Aid", "Contributions"), lambda r: count_text(r.contribution_count)),
            Detail(translate("Aid", "Shipments"), lambda r: count_text(r.shipment_count)),
            Detail(translate("Aid", "Purpose"), lambda r: r.purpose or ""),
        ],
        filter_hint=translate("Aid", "Filter by campaign or beneficiary city"),
        empty_title=translate("Aid", "No aid campaigns yet"),
        empty_text=translate("Aid", EMPTY_TEXT),
        select_prompt=translate("Aid", "Select a campaign to see what it collected."),
    )


def shipments_spec() -> ListSpec:
    return ListSpec(
        key="aid-shipments",
        title=translate("Aid", "Shipments"),
        icon="mdi6.truck-outline",
        load=list_shipments,
        columns=[
            Column(translate("Aid", "Reference"), lambda r: r.reference, "reference", width=12),
            Column(
                translate("Aid", "Campaign"),
                lambda r: r.campaign,
                "campaign",
                width=30,
                stretch=True,
            ),
            Column(translate("Aid", "Carrier"), lambda r: r.carrier or "", "carrier", width=18),
            Column(translate("Aid", "Status"), lambda r: enum_text(r.status), "status", width=11),
            Column(
                translate("Aid", "Lines"),
                lambda r: count_text(r.line_count),
                "line_count",
                numeric=True,
                width=6,
            ),
        ],
        heading=lambda r: r.reference,
        details=[
            Detail(translate("Aid", "Campaign"), lambda r: r.campaign),
            Detail(translate("Aid", "For"), lambda r: r.beneficiary_city),
            Detail(translate("Aid", "Carrier"), lambda r: r.carrier or ""),
            Detail(translate("Aid", "Tracking"), lambda r: r.tracking_reference or ""),
            Detail(translate("Aid", "Status"), lambda r: enum_text(r.status)),
            Detail(translate("Aid", "Lines"), lambda r: count_text(r.line_count)),
            Detail(translate("Aid", "Notes"), lambda r: r.notes or ""),
        ],
        filter_hint=translate("Aid", "Filter by reference, carrier, campaign or city"),
        empty_title=translate("Aid", "No shipments yet"),
        empty_text=translate("Aid", EMPTY_TEXT),
        select_prompt=translate("Aid", "Select a shipment to see its details."),
    )


def make_page(database: Database, parent: QWidget | None = None) -> AreaPage:
    from exchangedesk.ui.aid.page import AidPage  # the page and its dialogs, on demand

    return AidPage([campaigns_spec(), shipments_spec()], database, parent)


def area() -> AreaSpec:
    from exchangedesk.ui.areas import area_spec

    return area_spec("aid")
