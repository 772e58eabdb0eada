"""The areas of the main window, in the order of the navigation bar (DESIGN.md §5).

The navigation bar needs only each area's title, icon and tooltip; an area's module (and the
services, editors and libraries it imports) is loaded when its page is first built. Importing
all nine modules at start-up cost about 0.8 s before the home screen could paint.
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from exchangedesk.db.session import Database
from exchangedesk.ui.areas.base import AreaPage, AreaSpec

# key (and module), translation context, title, icon, tooltip
_NAVIGATION = (
    ("home", "Home", "Home", "mdi6.home-outline", "Overview and what needs attention"),
    (
        "partnerships",
        "Partnerships",
        "Partnerships",
        "mdi6.handshake-outline",
        "Twin towns, sister and partner cities",
    ),
    (
        "delegations",
        "Delegations",
        "Delegations",
        "mdi6.account-group-outline",
        "Visits received and sent",
    ),
    (
        "exchanges",
        "Exchanges",
        "Exchanges",
        "mdi6.school-outline",
        "Student and youth exchange programmes",
    ),
    ("gifts", "Gifts", "Gifts", "mdi6.gift-outline", "Gifts given and received"),
    (
        "aid",
        "Aid",
        "Aid",
        "mdi6.hand-heart-outline",
        "Humanitarian aid campaigns and shipments",
    ),
    (
        "people",
        "People",
        "People & Organisations",
        "mdi6.card-account-details-outline",
        "Contacts: people and the organisations they belong to",
    ),
    (
        "calendar",
        "Calendar",
        "Calendar",
        "mdi6.calendar-month-outline",
        "Visits, exchanges, reminders and anniversaries by month or by week",
    ),
    (
        "documents",
        "Documents",
        "Documents",
        "mdi6.file-document-multiple-outline",
        "The correspondence register: everything sent out",
    ),
)


# The module of each area that makes its page (``make_page``): one package per area.
_PAGE_MODULES = {
    "home": "exchangedesk.ui.overview.home",
    "partnerships": "exchangedesk.ui.partnerships.page",
    "delegations": "exchangedesk.ui.delegations.page",
    "exchanges": "exchangedesk.ui.exchanges.page",
    "gifts": "exchangedesk.ui.gifts.page",
    "aid": "exchangedesk.ui.aid.lists",
    "people": "exchangedesk.ui.people.page",
    "calendar": "exchangedesk.ui.overview.calendar",
    "documents": "exchangedesk.ui.documents.page",
}


def _page_maker(key: str):  # noqa: ANN202
    def make_page(database: Database, parent: QWidget | None = None) -> AreaPage:
        module = importlib.import_module(_PAGE_MODULES[key])
        return module.make_page(database, parent)

    return make_page


def area_spec(key: str) -> AreaSpec:
    for entry_key, context, title, icon, tooltip in _NAVIGATION:
        if entry_key == key:
            translate = QCoreApplication.translate
            return AreaSpec(
                key,
                translate(context, title),
                icon,
                _page_maker(key),
                translate(context, tooltip),
            )
    raise KeyError(key)


def all_areas() -> list[AreaSpec]:
    return [area_spec(entry[0]) for entry in _NAVIGATION]


__all__ = ["AreaPage", "AreaSpec", "all_areas", "area_spec"]
