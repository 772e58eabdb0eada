"""The itinerary of a delegation, or the personal itinerary of one member.

Cover with the partnership (both cities in Latin letters and their own script), dates, head of
delegation and members; then the programme day by day in the local time of each item — the zone
is named beside the time whenever it is not the visit's main zone —, accommodation and rooms,
travel legs in local times at each end, and whom to call.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Paragraph,
)

from exchangedesk.domain.enums import Direction
from exchangedesk.reports.base import DocumentRenderer
from exchangedesk.reports.itinerary_parts import StayTravelContacts
from exchangedesk.reports.language import ENGLISH, DocumentLanguage
from exchangedesk.reports.language.local_times import (
    ClockChange,
    change_text,
    clock_changes,
    length_text,
    offset_text,
    real_length,
    span_text,
    spans_change,
    zone_place,
    zone_text,
)
from exchangedesk.reports.page import PageFurniture
from exchangedesk.reports.styles import Table, plain_table, ruled_table

if TYPE_CHECKING:
    from exchangedesk.reports.data.itinerary import (
        CityName,
        ItineraryData,
        ProgrammeItem,
    )


def day_text(day: dt.date, *, weekday: bool = True, lang: DocumentLanguage = ENGLISH) -> str:
    """ "Monday 15 April 1945" (or without the weekday), in ``lang``."""
    return lang.day(day, weekday=weekday)


def city_text(city: CityName) -> str:
    return f"{city.name} ({city.native})" if city.native else city.name


def person_text(name: str, native: str | None) -> str:
    return f"{name} ({native})" if native else name


def render_itinerary(data: ItineraryData, *, paper: str = "a4", language: str = "en") -> bytes:
    return ItineraryRenderer(data, paper=paper, language=language).render()


class ItineraryRenderer(StayTravelContacts, DocumentRenderer):
    def __init__(self, data: ItineraryData, *, paper: str = "a4", language: str = "en") -> None:
        super().__init__(paper=paper, language=language)
        self.data = data
        # The zone of the city the visit goes to carries that city's name ("Harbin time"
        # rather than "Shanghai time"); other zones keep the name of their own city.
        host = data.home if data.direction is Direction.INCOMING else data.partner
        self.places = {host.timezone: host.name} if host.timezone else {}

    def title(self) -> str:
        if self.data.member is not None:
            return self._(
                "Personal itinerary of {name}: {title}",
                name=self.data.member.name,
                title=self.data.title,
            )
        return self._("Itinerary: {title}", title=self.data.title)

    def issued_on(self) -> dt.date:
        return self.data.issued_on

    def furniture(self) -> PageFurniture:
        head = self.data.letterhead
        city = f"{head.city} · {head.city_native}" if head.city_native else head.city
        return PageFurniture(
            committee=head.committee,
            city=city,
            contact_lines=head.contact_lines,
            running_title=self.title(),
            footer_note=self._("Issued {date}", date=self.lang.date(self.data.issued_on)),
        )

    def story(self) -> list[Flowable]:
        story = self.cover()
        story += self.programme()
        story += self.accommodation()
        story += self.travel()
        story += self.contacts()
        return story

    # -- cover ------------------------------------------------------------------------------

    def cover(self) -> list[Flowable]:
        d, s = self.data, self.styles
        kind = self._("Personal itinerary") if d.member else self._("Itinerary")
        home, partner = d.home, d.partner
        story: list[Flowable] = [
            self.para(kind.upper(), s.label),
            self.gap(1),
            self.para(d.title, s.title),
            self.para(f"{home.name} – {partner.name}", s.subtitle),
        ]
        if home.native or partner.native:
            story.append(
                self.para(
                    f"{home.native or home.name} – {partner.native or partner.name}", s.subtitle
                )
            )
        story.append(self.gap(6))
        where = home if d.direction is Direction.INCOMING else partner
        facts = [
            (self._("Dates"), self._period(d.arrival_on, d.departure_on)),
            (
                self._("Visit"),
                self._("Incoming visit to {city}", city=city_text(where))
                if d.direction is Direction.INCOMING
                else self._("Visit to {city}", city=city_text(where)),
            ),
        ]
        if d.head is not None:
            facts.append(
                (self._("Head of delegation"), person_text(d.head.name, d.head.name_native))
            )
        if d.member is not None:
            facts.append((self._("Prepared for"), person_text(d.member.name, d.member.name_native)))
            facts.append((self._("Role"), self.lang.label(d.member.role)))
        if d.purpose:
            facts.append((self._("Purpose"), d.purpose))
        facts.append(
            (
                self._("Times"),
                self._(
                    "All times are local. Unless marked otherwise they are {zone}.",
                    zone=self._main_zone_text(),
                ),
            )
        )
        rows = [[self.para(name, s.label), self.para(value, s.body)] for name, value in facts]
        story.append(
            Table(
                rows,
                colWidths=[38 * mm, None],
                style=plain_table([("BOTTOMPADDING", (0, 0), (-1, -1), 4)]),
            )
        )
        if d.members:
            story += [
                self.para(self._("Members of the delegation"), s.heading),
                self.members_table(),
            ]
            story.append(self.gap(6))  # the programme follows on (a heading never ends a page)
        else:
            story.append(self.gap(4))
        return story

    def _period(self, first: dt.date, last: dt.date) -> str:
        if first == last:
            return self.lang.day(first)
        return f"{self.lang.day(first)} – {self.lang.day(last)}"

    def _sample_moment(self) -> dt.datetime:
        from zoneinfo import ZoneInfo

        for item in self.data.items:
            if item.zone == self.data.main_zone:
                return item.starts
        noon = dt.datetime.combine(self.data.arrival_on, dt.time(12))
        return noon.replace(tzinfo=ZoneInfo(self.data.main_zone))

    def _main_zone_text(self) -> str:
        """ "London time, UTC+1", or with the changes during the visit: "London time, UTC+1
        until Sunday 26 October 2025, then UTC+0" (the cover must not promise one offset)."""
        changes = self.main_changes
        if not changes:
            return zone_text(self.data.main_zone, self._sample_moment(), self.places, self.lang)
        pieces = [
            self._("{offset} until {date}", offset=offset_text(c.before), date=self.lang.day(c.day))
            for c in changes
        ]
        pieces.append(self._("then {offset}", offset=offset_text(changes[-1].after)))
        return self._(
            "{place} time, {offset}",
            place=zone_place(self.data.main_zone, self.places),
            offset=", ".join(pieces),
        )

    @functools.cached_property
    def main_changes(self) -> list[ClockChange]:
        d = self.data
        return clock_changes(d.main_zone, d.arrival_on, d.departure_on)

    def members_table(self) -> Table:
        s = self.styles
        header = [
            "",
            self._("Name"),
            self._("In own script"),
            self._("Role"),
            self._("Organisation"),
        ]
        rows: list[list] = [[self.para(h, s.cell_bold) for h in header]]
        for number, member in enumerate(self.data.members, start=1):
            rows.append(
                [
                    self.para(str(number), s.cell_small),
                    self.para(member.name, s.cell),
                    self.para(member.name_native, s.cell),
                    self.para(self.lang.label(member.role), s.cell),
                    self.para(member.organisation, s.cell),
                ]
            )
        widths = [8 * mm, 40 * mm, 36 * mm, 28 * mm, None]  # "Dolmetschung" on one line
        return Table(rows, colWidths=widths, repeatRows=1, style=ruled_table())

    # -- programme --------------------------------------------------------------------------

    def programme(self) -> list[Flowable]:
        s = self.styles
        # The programme follows the cover on its page; its heading moves on with the first day.
        story: list[Flowable] = [CondPageBreak(50 * mm), self.para(self._("Programme"), s.heading)]
        days = self.data.days
        if not days:
            story.append(self.para(self._("No programme items are recorded yet."), s.body))
            return story
        first_day = self.data.arrival_on
        for day, items in days:
            number = (day - first_day).days + 1
            date = self.lang.day(day)
            heading = (
                self._("Day {number} · {date}", number=number, date=date) if number >= 1 else date
            )
            story.append(CondPageBreak(40 * mm))
            story.append(self.para(heading, s.subheading))
            for change in self._changes_on(day, items):
                story.append(self.para(change_text(change, self.places, self.lang), s.small))
            story.append(self.day_table(items))
        return story

    def day_table(self, items: list[ProgrammeItem]) -> Table:
        s = self.styles
        rows: list[list] = []
        for item in items:
            time_cell: list[Flowable] = [self.para(span_text(item.starts, item.ends), s.cell_bold)]
            if spans_change(item.starts, item.ends):
                # The wall clocks do not tell how long it lasts: say it.
                length = length_text(real_length(item.starts, item.ends), self.lang)
                time_cell.append(self.para(length, s.cell_small))
            if item.zone != self.data.main_zone:
                time_cell.append(
                    self.para(
                        zone_text(item.zone, item.starts, self.places, self.lang), s.cell_small
                    )
                )
            if item.ends.date() != item.starts.date():
                ends = self._("ends {date}", date=self.lang.day(item.ends.date()))
                time_cell.append(self.para(ends, s.cell_small))
            rows.append([time_cell, self.item_cell(item), self.place_cell(item)])
        return Table(rows, colWidths=self._programme_widths, style=ruled_table(header=False))

    @functools.cached_property
    def _programme_widths(self) -> list:
        # "01:30 BST–01:15 GMT" needs a wider time column than "10:00–13:00"; one width for
        # every day so the columns line up through the programme.
        marked = any(span_text(i.starts, i.ends) != self._plain_span(i) for i in self.data.items)
        return [(37 if marked else 27) * mm, None, 58 * mm]

    @staticmethod
    def _plain_span(item: ProgrammeItem) -> str:
        return f"{item.starts:%H:%M}–{item.ends:%H:%M}"

    def _changes_on(self, day: dt.date, items: list[ProgrammeItem]) -> list[ClockChange]:
        """The clock changes of that day in the zones of its items (the main zone's always)."""
        zones = {self.data.main_zone, *(item.zone for item in items)}
        found = [c for zone in sorted(zones) for c in self._zone_changes(zone) if c.day == day]
        return sorted(found, key=lambda c: c.instant)

    def _zone_changes(self, zone: str) -> list[ClockChange]:
        if zone == self.data.main_zone:
            return self.main_changes
        d = self.data
        return clock_changes(zone, d.arrival_on, d.departure_on)

    def item_cell(self, item: ProgrammeItem) -> list[Flowable]:
        s = self.styles
        cell: list[Flowable] = [
            self.para(item.title, s.cell_bold),
            self.para(self.lang.label(item.kind), s.cell_small),
        ]
        details = []
        if item.host:
            details.append((self._("Host"), item.host))
        if item.interpreter_needed:
            details.append((self._("Interpreter"), self._("needed")))
        if item.dress_code:
            details.append((self._("Dress code"), item.dress_code))
        if item.attendees:
            details.append((self._("Only"), ", ".join(item.attendees)))
        for name, value in details:
            name = self._("{label}:", label=name)  # French puts a space before the colon
            text = f"{self.markup(name, bold=True)} {self.markup(value)}"
            cell.append(Paragraph(text, s.cell))
        if item.notes:
            cell.append(self.para(item.notes, s.cell_small))
        return cell

    def place_cell(self, item: ProgrammeItem) -> list[Flowable]:
        s = self.styles
        cell: list[Flowable] = []
        if item.venue:
            cell.append(self.para(item.venue, s.cell))
        if item.address:
            cell.append(self.para(item.address, s.cell_small))
        return cell
