"""The partnership list's columns: the status as its latest step tells it ("Terminated by
Kyiv"), the signing as far as it is known ("1944"), and the last contact with a sleeping icon
for a dormant partnership."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
)

from exchangedesk.services.partnerships.lists import PartnershipRow, list_partnerships
from exchangedesk.ui.areas.base import ListSpec
from exchangedesk.ui.formatting import country_text, enum_text
from exchangedesk.ui.i18n import translate
from exchangedesk.ui.models import ROW_ROLE, Column
from exchangedesk.ui.partnerships.text import step_headline
from exchangedesk.ui.theme import icon
from exchangedesk.ui.widgets.partial_date import partial_date_text

ICON = "mdi6.handshake-outline"
DORMANT_ICON = "mdi6.sleep"


def _city(name: str, native: str | None) -> str:
    return f"{name} ({native})" if native and native != name else name


def status_text(r: PartnershipRow) -> str:
    """ "Terminated by Kyiv" rather than only "Terminated"."""
    if r.acting_side is None:
        return enum_text(r.status)
    return step_headline(r.status, r.previous_status, r.acting_side, r.city_a, r.city_b)


def contact_text(r: PartnershipRow) -> str:
    """The day; a dormant partnership also gets an icon and a tooltip (DormantDelegate)."""
    day = partial_date_text(r.last_contact)
    return day or (translate("Partnerships", "none") if r.dormant else "")


def list_spec(load: Callable[..., Any] = list_partnerships) -> ListSpec:
    def a(r: PartnershipRow) -> str:
        return _city(r.city_a, r.city_a_native)

    def b(r: PartnershipRow) -> str:
        return _city(r.city_b, r.city_b_native)

    return ListSpec(
        key="partnerships",
        title=translate("Partnerships", "Partnerships"),
        icon=ICON,
        load=load,
        columns=[
            # The kind is in the pane and the filter; the list keeps to what tells rows apart.
            Column(translate("Partnerships", "City"), a, "city_a", width=14),
            Column(translate("Partnerships", "Partner city"), b, "city_b", width=22, stretch=True),
            Column(
                translate("Partnerships", "Country"),
                lambda r: country_text(r.country_b),
                "country_b",
                width=11,
            ),
            Column(translate("Partnerships", "Status"), status_text, "status", width=18),
            Column(
                translate("Partnerships", "Signed"),
                lambda r: partial_date_text(r.signed_on, r.signed_precision),
                "signed_on",
                width=8,
            ),
            Column(
                translate("Partnerships", "Last contact"), contact_text, "last_contact", width=14
            ),
        ],
        heading=lambda r: f"{r.city_a} – {r.city_b}",
        details=[],
        filter_hint=translate(
            "Partnerships", "Filter by city, in any script — e.g. Volgograd or Волгоград"
        ),
        empty_title=translate("Partnerships", "No partnerships yet"),
        empty_text=translate(
            "Partnerships",
            "Partnerships link your town with its twins, sister and partner cities: who signed, "
            "when, and how the relationship stands today. Delegations, exchanges and gifts all "
            "belong to a partnership.<br><br>Add the first one with <b>File › New</b> "
            "(Ctrl+N), import a list of pairs with <b>File › Import</b>, or explore the demo "
            "history first: <nobr><code>exchangedesk demo --db demo.sqlite3</code></nobr>.",
        ),
        select_prompt=translate("Partnerships", "Select a partnership to see its details."),
    )


class DormantDelegate(QStyledItemDelegate):
    """The last-contact cell of a dormant partnership carries a sleeping icon and says why."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        row = index.data(ROW_ROLE)
        if getattr(row, "dormant", False):
            option.icon = icon(DORMANT_ICON)
            option.features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration

    def helpEvent(  # noqa: N802
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex,
    ) -> bool:
        row = index.data(ROW_ROLE)
        if event.type() == QEvent.Type.ToolTip and getattr(row, "dormant", False):
            QToolTip.showText(event.globalPos(), dormant_tooltip(row), view)
            return True
        return super().helpEvent(event, view, option, index)


def dormant_tooltip(row: PartnershipRow) -> str:
    if row.last_contact is None:
        return translate(
            "Partnerships", "Dormant: nothing recorded with this partnership for years"
        )
    return translate("Partnerships", "Dormant: the last contact was on {0}").format(
        partial_date_text(row.last_contact)
    )
