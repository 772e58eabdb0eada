"""The areas of the main window, in the order of the navigation bar (DESIGN.md §5).

The navigation bar needs only each area's title, icon and tooltip; an area's module (and the
services, editors and libraries it imports) is loaded when its page is first built. Importing
all nine modules at start-up cost about 0.8 s before the home screen could paint.
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from exchangedesk.db.session import Database
from exchangedesk.ui.areas.base import AreaPage, AreaSpec

# key (and module), translation context, title, icon, tooltip (marked for lupdate)
_NAVIGATION = (
    (
        "home",
        "Home",
        QT_TRANSLATE_NOOP("Home", "Home"),
        "mdi6.home-outline",
        QT_TRANSLATE_NOOP("Home", "Overview and what needs attention"),
    ),
    (
        "partnerships",
        "Partnerships",
        QT_TRANSLATE_NOOP("Partnerships", "Partnerships"),
        "mdi6.handshake-outline",
        QT_TRANSLATE_NOOP("Partnerships", "Twin towns, sister and partner cities"),
    ),
    (
        "delegations",
        "Delegations",
        QT_TRANSLATE_NOOP("Delegations", "Delegations"),
        "mdi6.account-group-outline",
        QT_TRANSLATE_NOOP("Delegations", "Visits received and sent"),
    ),
    (
        "exchanges",
        "Exchanges",
        QT_TRANSLATE_NOOP("Exchanges", "Exchanges"),
        "mdi6.school-outline",
        QT_TRANSLATE_NOOP("Exchanges", "Student and youth exchange programmes"),
    ),
    (
        "gifts",
        "Gifts",
        QT_TRANSLATE_NOOP("Gifts", "Gifts"),
        "mdi6.gift-outline",
        QT_TRANSLATE_NOOP("Gifts", "Gifts given and received"),
    ),
    (
        "aid",
        "Aid",
        QT_TRANSLATE_NOOP("Aid", "Aid"),
        "mdi6.hand-heart-outline",
        QT_TRANSLATE_NOOP("Aid", "Humanitarian aid campaigns and shipments"),
    ),
    (
        "people",
        "People",
        QT_TRANSLATE_NOOP("People", "People & Organisations"),
        "mdi6.card-account-details-outline",
        QT_TRANSLATE_NOOP("People", "Contacts: people and the organisations they belong to"),
    ),
    (
        "calendar",
        "Calendar",
        QT_TRANSLATE_NOOP("Calendar", "Calendar"),
        "mdi6.calendar-month-outline",
        QT_TRANSLATE_NOOP(
            "Calendar", "Visits, exchanges, reminders and anniversaries by month or by week"
        ),
    ),
    (
        "documents",
        "Documents",
        QT_TRANSLATE_NOOP("Documents", "Documents"),
        "mdi6.file-document-multiple-outline",
        QT_TRANSLATE_NOOP("Documents", "The correspondence register: everything sent out"),
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
