"""File › Print (Ctrl+P): the documents that can be printed for what the area shows.

Each area offers the documents of the record selected in it — a delegation's itinerary, a
partnership's annual report, a shipment's manifest — plus "Other documents…", the Documents
area's chooser of every kind. The documents themselves come from the print catalogue
(services/documents/register/catalogue.py) through the preview window, the same bytes as ``exchangedesk print``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QWidget

from exchangedesk.ui.i18n import translate


@dataclass(frozen=True)
class PrintChoice:
    label: str
    kind: str  # a kind of the print catalogue
    record_id: int | None
    options: dict[str, Any] = field(default_factory=dict)


def _selected(page: Any) -> Any | None:
    pick = getattr(page, "selected_row", None)
    return pick() if callable(pick) else None


def print_choices(area: str, page: Any, *, today: dt.date | None = None) -> list[PrintChoice]:
    """What Ctrl+P offers on ``page`` (the area ``area``), most used first."""
    today = today or dt.date.today()
    if area == "aid":
        current = page.tabs.currentWidget()  # campaigns or shipments
        row = _selected(current)
        if row is None:
            return []
        if current.spec.key == "aid-shipments":
            return [
                PrintChoice(translate("Printing", "Shipment manifest"), "manifest", row.id),
                PrintChoice(translate("Printing", "Packing list"), "packing_list", row.id),
            ]
        return [
            PrintChoice(translate("Printing", "Aid campaign report"), "campaign_report", row.id)
        ]
    if area == "gifts":
        return [PrintChoice(translate("Printing", "Register of gifts"), "gift_register", None)]
    row = _selected(page)
    if area == "partnerships":
        register = PrintChoice(
            translate("Printing", "Register of partnerships"), "partnership_register", None
        )
        if row is None:
            return [register]
        year = today.year - 1  # the report a committee writes is for the year just ended
        return [
            PrintChoice(
                translate("Printing", "Annual report {0}").format(year),
                "partnership_report",
                row.id,
                {"years": (year, year)},
            ),
            register,
        ]
    if row is None:
        return []
    if area == "delegations":
        return [
            PrintChoice(translate("Printing", "Itinerary"), "itinerary", row.id),
            PrintChoice(
                translate("Printing", "Delegation list for the authorities"),
                "delegation_list",
                row.id,
            ),
            *_letters(page, row),
        ]
    if area == "exchanges":
        return [
            PrintChoice(translate("Printing", "Placement letters"), "placement_letters", row.id),
            PrintChoice(
                translate("Printing", "Participant list for the schools"),
                "participant_list",
                row.id,
            ),
            PrintChoice(
                translate("Printing", "Emergency contact sheet"), "emergency_sheet", row.id
            ),
        ]
    return []


def _letters(page: Any, row: Any) -> list[PrintChoice]:
    """The letters whose templates are written for this delegation's direction (an outgoing
    visit is never offered an invitation from us to ourselves); thank-you letters only where
    a gift is the reason, so they are left to Documents › New document."""
    from exchangedesk.services.documents.catalogue_visits import letter_choices

    database = getattr(page, "database", None)
    own = None
    if database is not None:
        from exchangedesk.ui.documents import own_templates_for

        own = own_templates_for(database)
    return [
        PrintChoice(translate("letter_data", kind.label), "letter", row.id, {"template": kind.name})
        for kind in letter_choices(row.direction, own)
        if not kind.gift
    ]


def open_print_menu(window: Any) -> QMenu:
    """Pop up, over the main window, the menu of what can be printed in its current area;
    choosing a document opens its preview (print, save as PDF)."""
    menu = QMenu(window)
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    for choice in print_choices(window.current_area, window.current_page):
        action = menu.addAction(choice.label)
        action.triggered.connect(lambda _checked=False, c=choice: preview(window, c))
    if menu.actions():
        menu.addSeparator()
    menu.addAction(translate("Printing", "Other documents…"), lambda: _other_document(window))
    menu.popup(window.mapToGlobal(window.rect().center()))
    return menu


def preview(window: Any, choice: PrintChoice) -> QWidget:
    from exchangedesk.ui.documents import show_document

    return show_document(window, window.database, choice.kind, choice.record_id, **choice.options)


def _other_document(window: Any) -> None:
    """The Documents area's chooser of every kind of document."""
    window.show_area("documents")
    window.page("documents").create_record()
