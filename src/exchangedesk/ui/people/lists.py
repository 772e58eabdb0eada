"""People & Organisations area: the committee's contacts, never their sensitive details.

The lists are described here (:func:`people_spec`, :func:`organisations_spec`); the pages that
add, edit and merge records are in ``people_pages``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from exchangedesk.services.people.lists import (
    OrganisationRow,
    PersonRow,
    list_organisations,
    list_people,
)
from exchangedesk.ui.areas.base import AreaSpec, ListSpec
from exchangedesk.ui.formatting import count_text, country_text, enum_text, language_text
from exchangedesk.ui.models import Column
from exchangedesk.ui.widgets.detail_pane import Detail

ICON = "mdi6.card-account-details-outline"


def _tr(text: str) -> str:
    return QCoreApplication.translate("People", text)


def _place(city: str | None, country: str | None) -> str:
    return ", ".join(p for p in (city, country_text(country)) if p)


def _person_heading(r: PersonRow) -> str:
    name = " ".join(p for p in (r.salutation, r.name) if p)
    return f"{name} ({r.native_name})" if r.native_name else name


def people_spec() -> ListSpec:
    return ListSpec(
        key="people",
        title=_tr("People"),
        icon="mdi6.account-outline",
        load=list_people,
        columns=[
            Column(_tr("Name"), lambda r: f"{r.family_name}, {r.given_name}", "name", width=24),
            Column(_tr("In own script"), lambda r: r.native_name or "", "native_name", width=22),
            Column(
                _tr("Organisation"),
                lambda r: r.organisation or "",
                "organisation",
                width=28,
                stretch=True,
            ),
            Column(_tr("Role"), lambda r: r.role or "", "role", width=18),
            Column(_tr("City"), lambda r: r.city or "", "city", width=14),
        ],
        heading=_person_heading,
        details=[
            Detail(_tr("Name"), lambda r: r.name),
            Detail(_tr("In own script"), lambda r: r.native_name or ""),
            Detail(_tr("Organisation"), lambda r: r.organisation or ""),
            Detail(_tr("Role"), lambda r: r.role or ""),
            Detail(_tr("Lives in"), lambda r: _place(r.city, r.country)),
            Detail(_tr("Languages"), lambda r: language_text(r.languages)),
            Detail(_tr("E-mail"), lambda r: r.email or ""),
            Detail(_tr("Phone"), lambda r: r.phone or ""),
        ],
        filter_hint=_tr("Filter by name in any script, or organisation — e.g. Ольга or olga"),
        empty_title=_tr("No people yet"),
        empty_text=_tr(
            "People are the mayors, teachers, students, interpreters and volunteers your "
            "committee works with, with their names in Latin letters and in their own script. "
            "Passport and health details are kept apart and never shown in lists.<br><br>"
            "Add the first person with <b>File › New</b> (<nobr>Ctrl+N</nobr>); the demo history "
            "(<nobr><code>exchangedesk demo --db demo.sqlite3</code></nobr>) has some to look at."
        ),
        select_prompt=_tr("Select a person to see their details."),
    )


def organisations_spec() -> ListSpec:
    def place(r: OrganisationRow) -> str:
        return _place(r.city, r.country)

    return ListSpec(
        key="organisations",
        title=_tr("Organisations"),
        icon="mdi6.domain",
        load=list_organisations,
        columns=[
            Column(_tr("Name"), lambda r: r.name, "name", width=32, stretch=True),
            Column(_tr("In own script"), lambda r: r.native_name or "", "native_name", width=26),
            Column(_tr("Kind"), lambda r: enum_text(r.kind), "kind", width=12),
            Column(_tr("City"), lambda r: r.city or "", "city", width=14),
            Column(
                _tr("People"),
                lambda r: count_text(r.people_count),
                "people_count",
                numeric=True,
                width=7,
            ),
        ],
        heading=lambda r: r.name,
        details=[
            Detail(_tr("In own script"), lambda r: r.native_name or ""),
            Detail(_tr("Kind"), lambda r: enum_text(r.kind)),
            Detail(_tr("Where"), place),
            Detail(_tr("E-mail"), lambda r: r.email or ""),
            Detail(_tr("Phone"), lambda r: r.phone or ""),
            Detail(_tr("Website"), lambda r: r.website or ""),
            Detail(_tr("People"), lambda r: count_text(r.people_count)),
        ],
        filter_hint=_tr("Filter by organisation or city, in any script"),
        empty_title=_tr("No organisations yet"),
        empty_text=_tr(
            "Organisations are the schools, universities, museums, hospitals, unions and "
            "town halls behind your exchanges and gifts.<br><br>Add the first one with "
            "<b>File › New</b> (<nobr>Ctrl+N</nobr>) on this tab; the demo history "
            "(<nobr><code>exchangedesk demo --db demo.sqlite3</code></nobr>) has some to look at."
        ),
        select_prompt=_tr("Select an organisation to see its details."),
    )


def area() -> AreaSpec:
    from exchangedesk.ui.areas import area_spec

    return area_spec("people")
