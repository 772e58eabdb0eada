"""The two questions a committee is asked about aid, answered as readable pages:

* "Where did my money go?" — for a donor, every gift, the shipments it paid for, where each
  shipment stands, and how much reached the city;
* "What reached the city?" — for a campaign, the shipments delivered with their goods and
  values, what paid for them, and what was lost or is still on the way.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from exchangedesk.db.session import Database
from exchangedesk.domain.errors import ExchangeDeskError
from exchangedesk.domain.money import Money
from exchangedesk.services.aid.contributions import Donor
from exchangedesk.services.aid.traceability import (
    CityDelivery,
    DonorTrace,
    what_reached_the_city,
    where_did_my_money_go,
)
from exchangedesk.services.people.lists import find_people
from exchangedesk.services.people.organisations import find_organisations
from exchangedesk.ui.dialogs.record_fields import Choice, LookupField
from exchangedesk.ui.formatting import date_text, enum_text, money_text
from exchangedesk.ui.i18n import translate

PERSON, ORGANISATION, NAMED, ANONYMOUS = range(4)


def _money(amounts: Iterable[Money]) -> str:
    return ", ".join(money_text(m.amount, m.currency) for m in amounts) or "—"


def _e(text: object) -> str:
    return html.escape(str(text))


def donor_trace_html(trace: DonorTrace) -> str:
    if not trace.contributions:
        return translate(
            "Traceability", "<p>No contribution from <b>{0}</b> is recorded.</p>"
        ).format(_e(trace.donor_name))
    parts = [
        f"<h2>{_e(trace.donor_name)}</h2>",
        translate(
            "Traceability", "<p>Gave <b>{0}</b> in all; <b>{1}</b> of it has reached the city.</p>"
        ).format(_e(_money(trace.given)), _e(_money(trace.reached_city))),
    ]
    for gift in trace.contributions:
        receipt = (
            translate("Traceability", ", receipt {0}").format(_e(gift.receipt_number))
            if gift.receipt_number
            else ""
        )
        parts.append(
            translate("Traceability", "<h3>{0} on {1}{2}</h3><p>to <i>{3}</i>, for {4}</p>").format(
                _e(money_text(gift.amount.amount, gift.amount.currency)),
                _e(date_text(gift.received_on)),
                receipt,
                _e(gift.campaign),
                _e(gift.beneficiary_city),
            )
        )
        if gift.allocations:
            rows = "".join(
                f"<tr><td>{_e(a.shipment_reference)}</td><td align='right'>{_e(money_text(a.amount.amount, a.amount.currency))}</td><td>{_e(enum_text(a.status))}</td><td>{_e(date_text(a.status_since))}</td></tr>"
                for a in gift.allocations
            )
            parts.append(
                "<table cellspacing='0' cellpadding='4' border='1' style='border-collapse:"
                "collapse'><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>{}"
                "</table>".format(
                    translate("Traceability", "Shipment"),
                    translate("Traceability", "Spent on it"),
                    translate("Traceability", "Status"),
                    translate("Traceability", "Since"),
                    rows,
                )
            )
        left = gift.unallocated
        if left.amount > 0:
            parts.append(
                translate("Traceability", "<p>{0} not yet spent on a shipment.</p>").format(
                    _e(money_text(left.amount, left.currency))
                )
            )
        if gift.lost.amount > 0:
            parts.append(
                translate(
                    "Traceability", "<p><b>{0}</b> went on goods that were lost on the way.</p>"
                ).format(_e(money_text(gift.lost.amount, gift.lost.currency)))
            )
    return "".join(parts)


def city_delivery_html(delivery: CityDelivery) -> str:
    parts = [
        translate("Traceability", "<h2>What reached {0}</h2><p><i>{1}</i></p>").format(
            _e(delivery.beneficiary_city), _e(delivery.campaign)
        )
    ]
    if not delivery.shipments:
        parts.append(
            translate("Traceability", "<p>No shipment of this campaign has been delivered yet.</p>")
        )
    else:
        parts.append(
            translate(
                "Traceability",
                "<p>Goods worth <b>{0}</b>, paid with <b>{1}</b> of the money given.</p>",
            ).format(_e(_money(delivery.goods_value)), _e(_money(delivery.funded)))
        )
    for shipment in delivery.shipments:
        when = date_text(shipment.delivered_on)
        confirmed = (
            translate("Traceability", "; delivery confirmed {0}").format(
                _e(date_text(shipment.confirmed_on))
            )
            if shipment.confirmed_on
            else translate("Traceability", "; confirmation not yet received")
        )
        parts.append(
            translate("Traceability", "<h3>{0} — delivered {1}{2}</h3>").format(
                _e(shipment.reference), _e(when), confirmed
            )
        )
        if shipment.carrier:
            parts.append(
                translate("Traceability", "<p>Carried by {0}.</p>").format(_e(shipment.carrier))
            )
        rows = "".join(
            "<tr><td>{}</td><td align='right'>{} {}</td><td align='right'>{}</td>"
            "<td>{}</td></tr>".format(
                _e(line.item),
                _e(format(line.quantity.normalize(), "f")),
                _e(line.unit),
                _e(money_text(line.value.amount, line.value.currency)),
                _e(line.box_code or ""),
            )
            for line in shipment.lines
        )
        parts.append(
            "<table cellspacing='0' cellpadding='4' border='1' style='border-collapse:"
            "collapse'><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>{}"
            "</table>".format(
                translate("Traceability", "Goods"),
                translate("Traceability", "Quantity"),
                translate("Traceability", "Value"),
                translate("Traceability", "Box"),
                rows,
            )
        )
        parts.append(
            translate("Traceability", "<p>Value {0}; paid with {1}.</p>").format(
                _e(_money(shipment.goods_value)), _e(_money(shipment.funded))
            )
        )
    if delivery.on_the_way:
        parts.append(
            translate("Traceability", "<p>Still on the way: {0}.</p>").format(
                _e(", ".join(delivery.on_the_way))
            )
        )
    if delivery.lost:
        parts.append(
            translate("Traceability", "<p><b>Lost:</b> {0}.</p>").format(
                _e(", ".join(delivery.lost))
            )
        )
    return "".join(parts)


def _browser() -> QTextBrowser:
    browser = QTextBrowser()
    browser.setObjectName("trace")
    browser.setOpenLinks(False)
    return browser


class CityDeliveryDialog(QDialog):
    """What reached the city, for one campaign."""

    def __init__(self, database: Database, campaign_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("What reached the city?"))
        self.browser = _browser()
        try:
            self.browser.setHtml(city_delivery_html(what_reached_the_city(database, campaign_id)))
        except ExchangeDeskError as failed:
            self.browser.setPlainText(str(failed))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(720, 640)


class DonorTraceDialog(QDialog):
    """Where a donor's money went: pick the donor, read the answer."""

    def __init__(
        self, database: Database, donor: Donor | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.database = database
        self.setWindowTitle(self.tr("Where did my money go?"))
        self.kind = QComboBox()
        for label in (
            self.tr("A person"),
            self.tr("An organisation"),
            self.tr("A name in words"),
            self.tr("Anonymous gifts"),
        ):
            self.kind.addItem(label)
        self.person = LookupField(
            lambda text: [Choice(p.id, p.label) for p in find_people(database, text)],
            self.tr("Type part of the donor's name"),
        )
        self.organisation = LookupField(
            lambda text: [Choice(o.id, o.label) for o in find_organisations(database, text)],
            self.tr("Type part of the organisation's name"),
        )
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("The name as written on the gift"))
        self.stack = QStackedWidget()
        for widget in (self.person, self.organisation, self.text, QWidget()):
            self.stack.addWidget(widget)
        self.kind.currentIndexChanged.connect(self.stack.setCurrentIndex)
        self.person.chosen.connect(lambda _id: self.show_trace())
        self.organisation.chosen.connect(lambda _id: self.show_trace())
        self.text.returnPressed.connect(self.show_trace)
        self.kind.currentIndexChanged.connect(lambda i: i == ANONYMOUS and self.show_trace())
        show = QPushButton(self.tr("Show"))
        show.clicked.connect(self.show_trace)
        row = QHBoxLayout()
        row.addWidget(self.kind)
        row.addWidget(self.stack, 1)
        row.addWidget(show)
        self.browser = _browser()
        self.browser.setHtml(self.tr("<p>Choose a donor to see where the money went.</p>"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(720, 640)
        if donor is not None:
            self.show_donor(donor)

    def donor(self) -> Donor | None:
        kind = self.kind.currentIndex()
        if kind == PERSON:
            return Donor(person_id=self.person.chosen_id) if self.person.chosen_id else None
        if kind == ORGANISATION:
            chosen = self.organisation.chosen_id
            return Donor(organisation_id=chosen) if chosen else None
        if kind == NAMED:
            return Donor(text=self.text.text()) if self.text.text().strip() else None
        return Donor(anonymous=True)

    def show_donor(self, donor: Donor) -> None:
        """Open on a donor chosen elsewhere (the contribution selected in a campaign)."""
        if donor.anonymous:
            self.kind.setCurrentIndex(ANONYMOUS)
        elif donor.person_id is not None:
            self.kind.setCurrentIndex(PERSON)
            self.person.set_choice(donor.person_id, "…")
        elif donor.organisation_id is not None:
            self.kind.setCurrentIndex(ORGANISATION)
            self.organisation.set_choice(donor.organisation_id, "…")
        else:
            self.kind.setCurrentIndex(NAMED)
            self.text.setText(donor.text or "")
        trace = self.show_trace()
        if trace is not None and trace.contributions:
            for field in (self.person, self.organisation):
                if field.chosen_id is not None and field.edit.text() == "…":
                    field.set_choice(field.chosen_id, trace.donor_name)

    def show_trace(self) -> DonorTrace | None:
        donor = self.donor()
        if donor is None:
            self.browser.setHtml(self.tr("<p>Choose a donor to see where the money went.</p>"))
            return None
        try:
            trace = where_did_my_money_go(self.database, donor)
        except ExchangeDeskError as failed:
            self.browser.setPlainText(str(failed))
            return None
        self.browser.setHtml(donor_trace_html(trace))
        return trace
