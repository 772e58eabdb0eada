"""The delegation list for the authorities, rendered from the demo and read back."""

# ruff: noqa: F811 - fixtures imported by name

from __future__ import annotations

import dataclasses

from sqlalchemy import select

from exchangedesk.db.models import PersonSensitive
from exchangedesk.reports.itinerary import day_text
from exchangedesk.services.documents.catalogue import render_document
from exchangedesk.services.documents.report_data import ListedMember, delegation_list_data
from reports.conftest import ISSUED, delegation_id, demo, demo_file  # noqa: F401
from reports.report_support import (  # noqa: F401
    CHINESE_PERSON,
    GREEK_PERSON,
    HOSTILE,
    assert_covered,
    polyglot,
    polyglot_file,
    printed_literally,
    read_back,
)


def test_members_in_every_script_with_birth_dates_and_nationality(polyglot, tmp_path):
    visit = delegation_id(polyglot, "Teachers, students")
    printed = render_document(polyglot, "delegation_list", visit, issued_on=ISSUED)
    text = read_back(printed.pdf, tmp_path)
    assert "LIST OF DELEGATION MEMBERS" in text
    assert "SMIRNOVA Olga Ольга Смирнова 8 Mar 1969 Russia Head" in text
    assert GREEK_PERSON in text and CHINESE_PERSON in text
    assert "Volgograd (Волгоград) → Coventry" in text
    data = delegation_list_data(polyglot, visit, issued_on=ISSUED)
    assert f"{day_text(data.arrival_on)} – {day_text(data.departure_on)}" in text
    assert "Issued 10 May 2025" in text
    for typed in HOSTILE[:2]:
        assert printed_literally(typed, text), typed  # the purpose prints literally
    assert len(data.members) == 13 and f"Members {len(data.members)}" in text
    assert_covered(*(m.name_native for m in data.members), data.title, data.purpose)


def test_no_passport_number_is_ever_printed(polyglot, tmp_path):
    with polyglot.reading() as session:
        numbers = [n for n in session.scalars(select(PersonSensitive.passport_number)) if n]
    assert numbers
    for title in ("Teachers, students", "Lord Mayor's visit"):
        pdf = render_document(polyglot, "delegation_list", delegation_id(polyglot, title)).pdf
        text = read_back(pdf, tmp_path)
        assert not [n for n in numbers if n in text]
    fields = {field.name for field in dataclasses.fields(ListedMember)}
    assert not {name for name in fields if "passport" in name}


def test_same_input_same_bytes(demo):
    visit = delegation_id(demo, "Teachers, students")
    first = render_document(demo, "delegation_list", visit, issued_on=ISSUED)
    again = render_document(demo, "delegation_list", visit, issued_on=ISSUED)
    assert first.pdf == again.pdf
    assert first.file_name == f"delegation-list-{visit}-2025-05-10.pdf"
