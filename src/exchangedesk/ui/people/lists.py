"""People & Organisations area: the committee's contacts, never their sensitive details.

The lists are described here (:func:`people_spec`, :func:`organisations_spec`); the pages that
add, edit and merge records are in ``people_pages``.
"""

from __future__ import annotations

from exchangedesk.services.people.lists import (
    OrganisationRow,
    PersonRow,
    list_organisations,
    list_people,
)
from exchangedesk.ui.areas.base import AreaSpec, ListSpec
from exchangedesk.ui.formatting import count_text, country_text, enum_text, language_text
from exchangedesk.ui.i18n import translate
from exchangedesk.ui.models import Column
from exchangedesk.ui.widgets.detail_pane import Detail

ICON = "mdi6.card-account-details-outline"


def _place(city: str | None, country: str | None) -> str:
    return ", ".join(p for p in (city, country_text(country)) if p)


def _person_heading(r: PersonRow) -> str:
    name = " ".join(p for p in (r.salutation, r.name) if p)
    return f"{name} ({r.native_name})" if r.native_name else name


def people_spec() -> ListSpec:
    return ListSpec(
        key="people",
        title=translate("People", "People"),
        icon="mdi6.account-outline",
        load=list_people,
        columns=[
            Column(
                translate("People", "Name"),
                lambda r: f"{r.family_name}, {r.given_name}",
                "name",
                width=24,
            ),
            Column(
                translate("People", "In own script"),
                lambda r: r.native_name or "",
                "native_name",
                width=22,
            ),
            Column(
                translate("People", "Organisation"),
                lambda r: r.organisation or "",
                "organisation",
                width=28,
                stretch=True,
            ),
            Column(translate("People", "Role"), lambda r: r.role or "", "role", width=18),
            Column(translate("People", "City"), lambda r: r.city or "", "city", width=14),
        ],
        heading=_person_heading,
        details=[
            Detail(translate("People", "Name"), lambda r: r.name),
            Detail(translate("People", "In own script"), lambda r: r.native_name or ""),
            Detail(translate("People", "Organisation"), lambda r: r.organisation or ""),
            Detail(translate("People", "Role"), lambda r: r.role or ""),
            Detail(translate("People", "Lives in"), lambda r: _place(r.city, r.country)),
            Detail(translate("People", "Languages"), lambda r: language_text(r.languages)),
            Detail(translate("People", "E-mail"), lambda r: r.email or ""),
            Detail(translate("People", "Phone"), lambda r: r.phone or ""),
        ],
        filter_hint=translate(
            "People", "Filter by name in any script, or organisation — e.g. Ольга or olga"
        ),
        empty_title=translate("People", "No people yet"),
        empty_text=translate(
            "People",
            "People are the mayors, teachers, students, interpreters and volunteers your "
            "committee works with, with their names in Latin letters and in their own script. "
            "Passport and health details are kept apart and never shown in lists.<br><br>"
            "Add the first person with <b>File › New</b> (<nobr>Ctrl+N</nobr>); the demo history "
            "(<nobr><code>exchangedesk demo --db demo.sqlite3</code></nobr>) has some to look at.",
        ),
        select_prompt=translate("People", "Select a person to see their details."),
    )


def organisations_spec() -> ListSpec:
    def place(r: OrganisationRow) -> str:
        return _place(r.city, r.country)

    return ListSpec(
        key="organisations",
        title=translate("People", "Organisations"),
        icon="mdi6.domain",
        load=list_organisations,
        columns=[
            Column(translate("People", "Name"), lambda r: r.name, "name", width=32, stretch=True),
            Column(
                translate("People", "In own script"),
                lambda r: r.native_name or "",
                "native_name",
                width=26,
            ),
            Column(translate("People", "Kind"), lambda r: enum_text(r.kind), "kind", width=12),
            Column(translate("People", "City"), lambda r: r.city or "", "city", width=14),
            Column(
                translate("People", "People"),
                lambda r: count_text(r.people_count),
                "people_count",
                numeric=True,
                width=7,
            ),
        ],
        heading=lambda r: r.name,
        details=[
            Detail(translate("People", "In own script"), lambda r: r.native_name or ""),
            Detail(translate("People", "Kind"), lambda r: enum_text(r.kind)),
            Detail(translate("People", "Where"), place),
            Detail(translate("People", "E-mail"), lambda r: r.email or ""),
            Detail(translate("People", "Phone"), lambda r: r.phone or ""),
            Detail(translate("People", "Website"), lambda r: r.website or ""),
            Detail(translate("People", "People"), lambda r: count_text(r.people_count)),
        ],
        filter_hint=translate("People", "Filter by organisation or city, in any script"),
        empty_title=translate("People", "No organisations yet"),
        empty_text=translate(
            "People",
            "Organisations are the schools, universities, museums, hospitals, unions and "
            "town halls behind your exchanges and gifts.<br><br>Add the first one with "
            "<b>File › New</b> (<nobr>Ctrl+N</nobr>) on this tab; the demo history "
            "(<nobr><code>exchangedesk demo --db demo.sqlite3</code></nobr>) has some to look at.",
        ),
        select_prompt=translate("People", "Select an organisation to see its details."),
    )


def area() -> AreaSpec:
    from exchangedesk.ui.areas import area_spec

    return area_spec("people")
