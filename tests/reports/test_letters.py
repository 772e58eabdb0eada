"""Letters from the shipped templates, rendered from the demo and read back with pdftotext;
passports only where they belong; typed markup prints literally."""

from __future__ import annotations

import dataclasses
import datetime as dt
import typing

import pytest
from sqlalchemy import select, update

from exchangedesk.db.models import Delegation, Person, PersonSensitive
from exchangedesk.db.opening import open_database
from exchangedesk.reports.itinerary import render_itinerary
from exchangedesk.reports.letters import render_letter
from exchangedesk.reports.templates import load_template, template_folders
from exchangedesk.services.documents import letter_data as letters
from exchangedesk.services.documents.itinerary_data import itinerary_data
from reports.conftest import ISSUED, delegation_id, flat, pdf_text, person_id

INJECTIONS = (
    "<font color=red>Red</font>",
    '<img src="/etc/passwd"/>',
    "Smith &amp; Sons",
    "{{ p.__class__ }}",
    "{recipient.salutation}",
)


def render(data, *languages):
    folders = template_folders()
    return render_letter(
        data, [(code, load_template(data.template, code, folders)) for code in languages]
    )


def passports(database) -> list[str]:
    with database.reading() as session:
        return [n for n in session.scalars(select(PersonSensitive.passport_number)) if n]


def test_bilingual_invitation(demo, tmp_path):
    visit = delegation_id(demo, "Teachers, students")
    data = letters.letter_data(demo, "invitation", visit, issued_on=ISSUED)
    text = flat(pdf_text(render(data, "en", "ru"), tmp_path))
    assert "Dear Ms Smirnova," in text and "Уважаемая г-жа Смирнова!" in text
    assert "Olga Smirnova" in text and "Ольга Смирнова" in text
    assert "Coventry, 10 May 2025" in text and "10 мая 2025 г." in text
    assert "12 June 2025" in text and "12 июня 2025 г." in text
    assert "Helen Bradshaw" in text and "Page 1 of 1" in text
    for number in passports(demo):
        assert number not in text


def test_visa_letter_shows_only_the_named_peoples_passports(demo, tmp_path):
    visit = delegation_id(demo, "Teachers, students")
    named = [person_id(demo, "Smirnova"), person_id(demo, "Lebedeva")]
    data = letters.visa_letter_data(demo, visit, named, issued_on=ISSUED)
    text = flat(pdf_text(render(data, "en"), tmp_path))
    with demo.reading() as session:
        numbers = dict(
            session.execute(
                select(PersonSensitive.person_id, PersonSensitive.passport_number)
            ).all()
        )
    for person, number in numbers.items():
        if number:
            assert (number in text) == (person in named), person
    assert "Anastasia Lebedeva" in text and "Анастасия Лебедева" in text
    assert (
        "Visa support: Teachers, students and museum staff from Volgograd, 12–16 June 2025" in text
    )


def test_only_the_visa_letters_data_can_hold_a_passport():
    def names(kind, seen=None):
        seen = seen or set()
        if kind in seen or not dataclasses.is_dataclass(kind):
            return set()
        seen.add(kind)
        found = set()
        hints = typing.get_type_hints(kind)
        for field in dataclasses.fields(kind):
            found.add(field.name)
            for inner in typing.get_args(hints[field.name]) or (hints[field.name],):
                for deeper in typing.get_args(inner) or (inner,):
                    found |= names(deeper, seen)
        return found

    assert not {n for n in names(letters.LetterData) if "passport" in n or "birth" in n}
    assert {"passport_number", "passport_expiry"} <= names(letters.VisaLetterData)


def test_other_letters_data_never_carries_a_passport_number(demo):
    visit = delegation_id(demo, "Teachers, students")
    for template in ("invitation", "authorities"):
        data = letters.letter_data(demo, template, visit, issued_on=ISSUED)
        assert not hasattr(data, "travellers")
        words = repr(data) + repr(dict(data.fields("en")))
        for number in passports(demo):
            assert number not in words


def test_letter_to_the_authorities_lists_the_members(demo, tmp_path):
    visit = delegation_id(demo, "Teachers, students")
    data = letters.letter_data(demo, "authorities", visit, issued_on=ISSUED)
    text = flat(pdf_text(render(data, "en"), tmp_path))
    assert "Coventry City Council" in text and "Dear Sir or Madam," in text
    assert "a delegation of 12 from Volgograd, led by Olga Smirnova" in text
    assert "Ольга Смирнова" in text and "Артём Фёдоров" in text


def test_thank_you_letter_for_a_gift(demo, tmp_path):
    visit = delegation_id(demo, "Dresden delegation")
    data = letters.letter_data(demo, "thank_you", visit, issued_on=ISSUED)
    text = flat(pdf_text(render(data, "en"), tmp_path))
    # The title recorded for her is written in the letter's script, so it is used as it is.
    assert "Dear Frau Vogel," in text
    assert "Thank you for the porcelain plate with a view of the Frauenkirche" in text
    assert "most warmly for the porcelain plate with a view" in text


def test_a_thank_you_letter_needs_a_gift(demo):
    with pytest.raises(letters.ValidationError) as refused:
        letters.letter_data(demo, "thank_you", delegation_id(demo, "Lord Mayor's visit"))
    assert refused.value.field == "gift"


def test_typed_markup_and_template_syntax_print_literally(demo_copy, tmp_path):
    handle = open_database(demo_copy)
    try:
        database = handle.database
        visit = delegation_id(database, "Teachers, students")
        head = person_id(database, "Smirnova")
        with database.unit_of_work() as session:
            session.execute(
                update(Person).where(Person.id == head).values(family_name=INJECTIONS[0])
            )
            session.execute(
                update(Delegation)
                .where(Delegation.id == visit)
                .values(title=" ".join(INJECTIONS[1:]), purpose="a <b>bold</b> & plan")
            )
        data = letters.letter_data(database, "invitation", visit, issued_on=ISSUED)
        itinerary = itinerary_data(database, visit, issued_on=ISSUED)
    finally:
        handle.close()
    for pdf in (render(data, "en", "ru"), render_itinerary(itinerary)):
        text = flat(pdf_text(pdf, tmp_path))
        for typed in (*INJECTIONS, "a <b>bold</b> & plan"):
            assert typed in text, typed


def test_letters_are_the_same_bytes_for_the_same_input(demo):
    data = letters.letter_data(
        demo, "invitation", delegation_id(demo, "Teachers"), issued_on=ISSUED
    )
    assert render(data, "en", "ru") == render(data, "en", "ru")
    later = dataclasses.replace(data, issued_on=dt.date(2025, 5, 11))
    assert render(later, "en") != render(data, "en")
