"""The itinerary's closing sections: where the delegation sleeps, how it travels (local times
at each end, the zone named), and whom to call. A mixin of :class:`ItineraryRenderer`, kept
apart so the programme's module stays readable."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether

from exchangedesk.reports.language.local_times import zone_text
from exchangedesk.reports.styles import Table, ruled_table

if TYPE_CHECKING:
    from exchangedesk.reports.data.itinerary import ItineraryData


class StayTravelContacts:
    """Needs the renderer's ``data``, ``styles``, ``para``, ``_``, ``lang`` and ``places``."""

    data: ItineraryData
    places: dict[str, str]

    # -- accommodation, travel, contacts ----------------------------------------------------

    def accommodation(self) -> list[Flowable]:
        s = self.styles
        if not self.data.stays:
            return []
        story: list[Flowable] = [self.para(self._("Accommodation"), s.heading)]
        for stay in self.data.stays:
            lines = [
                self.para(stay.name, s.subheading),
                self.para(
                    self._(
                        "{kind} · check-in {first}, check-out {last}",
                        kind=self.lang.label(stay.kind),
                        first=self.lang.day(stay.check_in_on),
                        last=self.lang.day(stay.check_out_on),
                    ),
                    s.body,
                ),
            ]
            if stay.address:
                lines.append(self.para(stay.address, s.body))
            if stay.phone:
                phone = stay.phone.replace(" ", chr(0xA0))
                lines.append(self.para(self._("Telephone {number}", number=phone), s.body))
            if stay.rooms:
                rows: list[list] = [
                    [
                        self.para(self._("Room"), s.cell_bold),
                        self.para(self._("Guests"), s.cell_bold),
                    ]
                ]
                for room in stay.rooms:
                    rows.append(
                        [
                            self.para(room.label, s.cell),
                            self.para(", ".join(room.occupants), s.cell),
                        ]
                    )
                lines.append(
                    Table(rows, colWidths=[30 * mm, None], repeatRows=1, style=ruled_table())
                )
            story.append(KeepTogether(lines))
        return story

    def travel(self) -> list[Flowable]:
        s = self.styles
        if not self.data.legs:
            return []
        _ = self._
        header = [
            _("Departs"),
            _("Arrives"),
            _("From – to"),
            _("Carrier"),
            _("Seats"),
            _("Booking"),
        ]
        rows: list[list] = [[self.para(h, s.cell_bold) for h in header]]
        for leg in self.data.legs:
            rows.append(
                [
                    self._moment_cell(leg.departs),
                    self._moment_cell(leg.arrives),
                    self.para(f"{leg.from_place} – {leg.to_place}", s.cell),
                    self.para(" ".join(x for x in (leg.carrier, leg.number) if x), s.cell),
                    self.para("" if leg.seats is None else str(leg.seats), s.cell),
                    self.para(leg.booking_reference, s.cell_small),
                ]
            )
        widths = [36 * mm, 36 * mm, None, 27 * mm, 14 * mm, 27 * mm]  # "Seats" on one line
        table = Table(rows, colWidths=widths, repeatRows=1, style=ruled_table())
        return [CondPageBreak(50 * mm), self.para(self._("Travel"), s.heading), table]

    def _moment_cell(self, moment: dt.datetime) -> list[Flowable]:
        s = self.styles
        zone = str(getattr(moment.tzinfo, "key", moment.tzinfo))
        when = self.lang.time(moment)
        day = self.lang.short_day(moment.date())
        return [
            self.para(f"{when} · {day}", s.cell_bold),
            self.para(zone_text(zone, moment, self.places, self.lang), s.cell_small),
        ]

    def contacts(self) -> list[Flowable]:
        s = self.styles
        if not self.data.contacts:
            return []
        _ = self._
        header = [_("Name"), _("For this visit"), _("Organisation"), _("Telephone · e-mail")]
        rows: list[list] = [[self.para(h, s.cell_bold) for h in header]]
        for contact in self.data.contacts:
            rows.append(
                [
                    [
                        self.para(contact.name, s.cell),
                        self.para(contact.name_native, s.cell_small),
                    ],
                    self.para(", ".join(self._(d) for d in contact.duty.split(", ")), s.cell),
                    self.para(contact.organisation, s.cell),
                    [self.para(contact.phone, s.cell), self.para(contact.email, s.cell_small)],
                ]
            )
        widths = [44 * mm, 32 * mm, None, 46 * mm]
        table = Table(rows, colWidths=widths, repeatRows=1, style=ruled_table())
        return [CondPageBreak(40 * mm), self.para(self._("Contacts"), s.heading), table]
