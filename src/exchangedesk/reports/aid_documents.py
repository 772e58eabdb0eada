"""A shipment's packing list and manifest.

* The packing list goes into the boxes' paperwork and with whoever unpacks them: one section
  per box or pallet with what is in it, quantities, units, weights and expiry dates, and a
  column to tick on arrival.
* The manifest travels with the consignment and is signed at both ends: sender, consignee,
  carrier, every line with its box, quantity, unit, unit value and value, totals per box and
  for the whole shipment (per currency: currencies are never added together), total weight,
  and the status history.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, KeepTogether

from exchangedesk.reports.itinerary import city_text
from exchangedesk.reports.language import ENGLISH, N_, DocumentLanguage
from exchangedesk.reports.report_kit import ReportRenderer

if TYPE_CHECKING:
    from decimal import Decimal

    from exchangedesk.domain.money import Money
    from exchangedesk.reports.data.aid import Box, ShipmentDocumentData

LOOSE = N_("Not in a box")


def weight_text(
    weight: Decimal | None, complete: bool = True, lang: DocumentLanguage = ENGLISH
) -> str:
    if weight is None:
        return "—"
    text = lang._("{weight} kg", weight=lang.number(weight))
    return text if complete else lang._("at least {weight}", weight=text)


def values_text(values: tuple[Money, ...], lang: DocumentLanguage = ENGLISH) -> str:
    return "\n".join(lang.money(money) for money in values) or "—"


class ShipmentDocumentRenderer(ReportRenderer):
    def __init__(
        self,
        data: ShipmentDocumentData,
        *,
        manifest: bool,
        paper: str = "a4",
        language: str | None = None,
    ) -> None:
        super().__init__(data.letterhead, data.issued_on, paper=paper, language=language)
        self.data = data
        self.manifest = manifest
        self.kind_label = N_("Shipment manifest") if manifest else N_("Packing list")

    def title(self) -> str:
        if self.manifest:
            return self._("Manifest {reference}", reference=self.data.reference)
        return self._("Packing list {reference}", reference=self.data.reference)

    def weight(self, weight: Decimal | None, complete: bool = True) -> str:
        return weight_text(weight, complete, self.lang)

    def values(self, values: tuple[Money, ...]) -> str:
        return values_text(values, self.lang)

    def story(self) -> list[Flowable]:
        d = self.data
        story = self.heading_block(
            f"{self._(self.kind_label)} {d.reference}",
            self._("{campaign} — for {city}", campaign=d.campaign, city=city_text(d.beneficiary)),
        )
        _, day = self._, self.lang.short_day
        sender = d.letterhead.committee + (f", {d.sender_city}" if d.sender_city else "")
        boxes = [box for box in d.boxes if box.code is not None]
        facts = [
            (_("Shipment"), d.reference),
            (_("From"), sender),
            (_("For"), city_text(d.beneficiary)),
            (_("Carrier"), d.carrier),
            (_("Tracking reference"), d.tracking_reference),
            (_("Status"), self.lang.label(d.status)),
            (_("Dispatched"), day(d.dispatched_on)),
            (_("Delivered"), day(d.delivered_on)),
            (
                _("Contents"),
                contents_text(d.line_count, len(boxes), len(boxes) < len(d.boxes), self.lang),
            ),
            (_("Total weight"), self.weight(d.weight_kg, d.weight_complete)),
        ]
        if self.manifest:
            facts.append((_("Total value"), ", ".join(self.lang.money(m) for m in d.value) or "—"))
        facts.append((_("Notes"), d.notes))
        story.append(self.facts(facts))
        # The signatures never stand alone on a last page: the status history (manifest) or
        # the last box (packing list) goes with them.
        closing: list[Flowable] = []
        if not d.boxes:
            story.append(self.nothing(_("No lines are recorded for this shipment yet.")))
        elif self.manifest:
            story += self.manifest_lines()
            story += self.box_summary()
            closing = self.history()
        else:
            for box in d.boxes[:-1]:
                story += self.packing_box(box)
            closing = self.packing_box(d.boxes[-1], keep=False)
        signatures = self.signatures(
            _("Packed and dispatched by"), _("Carrier"), _("Received in good order by")
        )
        story += self.closing(closing, signatures)
        return story

    # -- packing list -------------------------------------------------------------------------

    def packing_box(self, box: Box, *, keep: bool = True) -> list[Flowable]:
        s = self.styles
        _ = self._
        name = _("Box or pallet {code}", code=box.code) if box.code else _(LOOSE)
        count = len(box.lines)
        subtitle = self.n_(
            "{n} line · weight {weight}",
            "{n} lines · weight {weight}",
            count,
            weight=self.weight(box.weight_kg, box.weight_complete),
        )
        rows = [
            [
                str(number),
                line.item,
                self.lang.number(line.quantity),
                line.unit,
                self.weight(line.weight_kg),
                self.lang.short_day(line.expires_on),
                "☐",
            ]
            for number, line in enumerate(box.lines, start=1)
        ]
        totals = [
            ["", _("Box total"), "", "", self.weight(box.weight_kg, box.weight_complete), "", ""]
        ]
        table = self.table(
            [_("No."), _("Item"), _("Quantity"), _("Unit"), _("Weight"), _("Use by")]
            + [_("Checked")],
            rows,
            [9, None, 20, 16, 22, 22, 19],
            right=(2, 4),
            totals=totals,
            small=(0,),
        )
        heading = [self.gap(2), self.para(name, s.subheading), self.para(subtitle, s.small)]
        if count <= 12 and keep:
            return [KeepTogether([*heading, self.gap(1), table])]
        return [*heading, self.gap(1), table]

    # -- manifest -----------------------------------------------------------------------------

    def manifest_lines(self) -> list[Flowable]:
        d, _ = self.data, self._
        rows = []
        number = 0
        for box in d.boxes:
            for line in box.lines:
                number += 1
                rows.append(
                    [
                        str(number),
                        box.code or _("loose"),
                        line.item,
                        f"{self.lang.number(line.quantity)} {line.unit}",
                        self.lang.money(line.unit_value),
                        self.lang.money(line.value.rounded()),
                        self.weight(line.weight_kg),
                    ]
                )
        totals = [
            [
                "",
                "",
                _("Total"),
                "",
                "",
                self.values(tuple(m.rounded() for m in d.value)),
                self.weight(d.weight_kg, d.weight_complete),
            ]
        ]
        return [
            *self.section(_("Contents")),
            self.table(
                [_("No."), _("Box"), _("Item"), _("Quantity"), _("Unit value"), _("Value")]
                + [_("Weight")],
                rows,
                [9, 18, None, 24, 26, 28, 20],
                right=(3, 4, 5, 6),
                totals=totals,
                small=(0,),
            ),
        ]

    def box_summary(self) -> list[Flowable]:
        d, _ = self.data, self._
        rows = [
            [
                box.code or _(LOOSE),
                self.lang.number(len(box.lines)),
                self.values(tuple(m.rounded() for m in box.value)),
                self.weight(box.weight_kg, box.weight_complete),
            ]
            for box in d.boxes
        ]
        totals = [
            [
                _("All boxes"),
                self.lang.number(d.line_count),
                self.values(tuple(m.rounded() for m in d.value)),
                self.weight(d.weight_kg, d.weight_complete),
            ]
        ]
        return [
            *self.section(_("Totals per box or pallet")),
            self.table(
                [_("Box or pallet"), _("Lines"), _("Value"), _("Weight")],
                rows,
                [None, 20, 40, 30],
                right=(1, 2, 3),
                totals=totals,
            ),
        ]

    def history(self) -> list[Flowable]:
        d, _ = self.data, self._
        if not d.history:
            return []
        rows = [
            [
                self.lang.short_day(step.occurred_on),
                _("Correction: back to {status}", status=self.lang.label(step.status))
                if step.is_reversal
                else self.lang.label(step.status),
                step.note,
            ]
            for step in d.history
        ]
        return [
            *self.section(_("Status history")),
            self.table([_("Date"), _("Status"), _("Note")], rows, [28, 50, None]),
        ]


def render_packing_list(
    data: ShipmentDocumentData, *, paper: str = "a4", language: str | None = None
) -> bytes:
    return ShipmentDocumentRenderer(data, manifest=False, paper=paper, language=language).render()


def render_manifest(
    data: ShipmentDocumentData, *, paper: str = "a4", language: str | None = None
) -> bytes:
    return ShipmentDocumentRenderer(data, manifest=True, paper=paper, language=language).render()


def contents_text(lines: int, boxes: int, loose: bool, lang: DocumentLanguage = ENGLISH) -> str:
    """ "3 lines in 2 boxes or pallets and loose", "3 lines, loose (not in boxes)": never
    "in 0 boxes"."""
    count = lang.n_("{n} line", "{n} lines", lines)
    if boxes == 0:
        return (
            lang._("{lines}, loose (not in boxes or on pallets)", lines=count) if lines else count
        )
    packed = lang.n_(
        "{lines} in {n} box or pallet", "{lines} in {n} boxes or pallets", boxes, lines=count
    )
    return lang._("{contents}, some loose", contents=packed) if loose else packed
