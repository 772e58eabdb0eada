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

from exchangedesk.domain.enums import label
from exchangedesk.reports.itinerary import city_text
from exchangedesk.reports.report_kit import ReportRenderer, number_text, short_day

if TYPE_CHECKING:
    from decimal import Decimal

    from exchangedesk.domain.money import Money
    from exchangedesk.reports.data.aid import Box, ShipmentDocumentData

LOOSE = "Not in a box"


def weight_text(weight: Decimal | None, complete: bool = True) -> str:
    if weight is None:
        return "—"
    text = f"{number_text(weight)} kg"
    return text if complete else f"at least {text}"


def values_text(values: tuple[Money, ...]) -> str:
    return "\n".join(str(money) for money in values) or "—"


class ShipmentDocumentRenderer(ReportRenderer):
    def __init__(self, data: ShipmentDocumentData, *, manifest: bool, paper: str = "a4") -> None:
        super().__init__(data.letterhead, data.issued_on, paper=paper)
        self.data = data
        self.manifest = manifest
        self.kind_label = "Shipment manifest" if manifest else "Packing list"

    def title(self) -> str:
        what = "Manifest" if self.manifest else "Packing list"
        return f"{what} {self.data.reference}"

    def story(self) -> list[Flowable]:
        d = self.data
        story = self.heading_block(
            f"{self.kind_label} {d.reference}", f"{d.campaign} — for {city_text(d.beneficiary)}"
        )
        sender = d.letterhead.committee + (f", {d.sender_city}" if d.sender_city else "")
        boxes = [box for box in d.boxes if box.code is not None]
        facts = [
            ("Shipment", d.reference),
            ("From", sender),
            ("For", city_text(d.beneficiary)),
            ("Carrier", d.carrier),
            ("Tracking reference", d.tracking_reference),
            ("Status", label(d.status)),
            ("Dispatched", short_day(d.dispatched_on)),
            ("Delivered", short_day(d.delivered_on)),
            ("Contents", contents_text(d.line_count, len(boxes), len(boxes) < len(d.boxes))),
            ("Total weight", weight_text(d.weight_kg, d.weight_complete)),
        ]
        if self.manifest:
            facts.append(("Total value", ", ".join(str(m) for m in d.value) or "—"))
        facts.append(("Notes", d.notes))
        story.append(self.facts(facts))
        # The signatures never stand alone on a last page: the status history (manifest) or
        # the last box (packing list) goes with them.
        closing: list[Flowable] = []
        if not d.boxes:
            story.append(self.nothing("No lines are recorded for this shipment yet."))
        elif self.manifest:
            story += self.manifest_lines()
            story += self.box_summary()
            closing = self.history()
        else:
            for box in d.boxes[:-1]:
                story += self.packing_box(box)
            closing = self.packing_box(d.boxes[-1], keep=False)
        signatures = self.signatures(
            "Packed and dispatched by", "Carrier", "Received in good order by"
        )
        story += self.closing(closing, signatures)
        return story

    # -- packing list -------------------------------------------------------------------------

    def packing_box(self, box: Box, *, keep: bool = True) -> list[Flowable]:
        s = self.styles
        name = f"Box or pallet {box.code}" if box.code else LOOSE
        count = len(box.lines)
        subtitle = (
            f"{count} line{'s' if count != 1 else ''} · "
            f"weight {weight_text(box.weight_kg, box.weight_complete)}"
        )
        rows = [
            [
                str(number),
                line.item,
                number_text(line.quantity),
                line.unit,
                weight_text(line.weight_kg),
                short_day(line.expires_on),
                "☐",
            ]
            for number, line in enumerate(box.lines, start=1)
        ]
        totals = [
            ["", "Box total", "", "", weight_text(box.weight_kg, box.weight_complete), "", ""]
        ]
        table = self.table(
            ["No.", "Item", "Quantity", "Unit", "Weight", "Use by", "Checked"],
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
        d = self.data
        rows = []
        number = 0
        for box in d.boxes:
            for line in box.lines:
                number += 1
                rows.append(
                    [
                        str(number),
                        box.code or "loose",
                        line.item,
                        f"{number_text(line.quantity)} {line.unit}",
                        str(line.unit_value),
                        str(line.value.rounded()),
                        weight_text(line.weight_kg),
                    ]
                )
        totals = [
            [
                "",
                "",
                "Total",
                "",
                "",
                values_text(tuple(m.rounded() for m in d.value)),
                weight_text(d.weight_kg, d.weight_complete),
            ]
        ]
        return [
            *self.section("Contents"),
            self.table(
                ["No.", "Box", "Item", "Quantity", "Unit value", "Value", "Weight"],
                rows,
                [9, 18, None, 24, 26, 28, 20],
                right=(3, 4, 5, 6),
                totals=totals,
                small=(0,),
            ),
        ]

    def box_summary(self) -> list[Flowable]:
        d = self.data
        rows = [
            [
                box.code or LOOSE,
                len(box.lines),
                values_text(tuple(m.rounded() for m in box.value)),
                weight_text(box.weight_kg, box.weight_complete),
            ]
            for box in d.boxes
        ]
        totals = [
            [
                "All boxes",
                d.line_count,
                values_text(tuple(m.rounded() for m in d.value)),
                weight_text(d.weight_kg, d.weight_complete),
            ]
        ]
        return [
            *self.section("Totals per box or pallet"),
            self.table(
                ["Box or pallet", "Lines", "Value", "Weight"],
                rows,
                [None, 20, 40, 30],
                right=(1, 2, 3),
                totals=totals,
            ),
        ]

    def history(self) -> list[Flowable]:
        d = self.data
        if not d.history:
            return []
        rows = [
            [
                short_day(step.occurred_on),
                ("Correction: back to " if step.is_reversal else "") + label(step.status),
                step.note,
            ]
            for step in d.history
        ]
        return [
            *self.section("Status history"),
            self.table(["Date", "Status", "Note"], rows, [28, 50, None]),
        ]


def render_packing_list(data: ShipmentDocumentData, *, paper: str = "a4") -> bytes:
    return ShipmentDocumentRenderer(data, manifest=False, paper=paper).render()


def render_manifest(data: ShipmentDocumentData, *, paper: str = "a4") -> bytes:
    return ShipmentDocumentRenderer(data, manifest=True, paper=paper).render()


def contents_text(lines: int, boxes: int, loose: bool) -> str:
    """ "3 lines in 2 boxes or pallets and loose", "3 lines, loose (not in boxes)": never
    "in 0 boxes"."""
    count = f"{lines} line{'s' if lines != 1 else ''}"
    if boxes == 0:
        return f"{count}, loose (not in boxes or on pallets)" if lines else count
    packed = (
        f"{count} in {boxes} box{'es' if boxes != 1 else ''} or pallet{'s' if boxes != 1 else ''}"
    )
    return packed + (", some loose" if loose else "")
