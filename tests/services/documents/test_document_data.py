"""The plain data documents are printed from: local times, personal selections, wording."""

# The demo fixtures live in tests/reports/conftest.py and are imported here by name.
# ruff: noqa: F811

from __future__ import annotations

import datetime as dt

import pytest

from exchangedesk.domain.errors import ValidationError
from exchangedesk.reports.wording import date_words, period_words, salutation
from exchangedesk.services.documents.itinerary_data import itinerary_data, person_names
from exchangedesk.services.documents.letter_data import letter_data, visa_letter_data
from reports.conftest import delegation_id, demo, demo_file, demo_location, person_id  # noqa: F401 - fixtures


def test_items_keep_the_wall_clock_of_where_they_happen(demo):
    data = itinerary_data(demo, delegation_id(demo, "Clementine"))
    first = data.items[0]
    assert first.zone == "Europe/Volgograd" and data.main_zone == "Europe/Volgograd"
    assert (first.starts.hour, first.starts.minute, first.starts.date()) == (
        10,
        0,
        dt.date(1945, 4, 15),
    )
    assert [day for day, _ in data.days] == [dt.date(1945, 4, 15), dt.date(1945, 4, 16)]


def test_travel_legs_are_in_local_time_at_each_end(demo):
    data = itinerary_data(demo, delegation_id(demo, "Teachers, students"))
    first = data.legs[0]
    assert (first.from_place, f"{first.departs:%H:%M}", str(first.departs.tzinfo)) == (
        "Volgograd",
        "03:50",
        "Europe/Volgograd",
    )
    assert str(first.arrives.tzinfo) == "Europe/Istanbul"


def test_a_personal_itinerary_keeps_only_the_members_items_and_room(demo):
    visit = delegation_id(demo, "Teachers, students")
    student = person_id(demo, "Lebedeva")
    whole = itinerary_data(demo, visit)
    mine = itinerary_data(demo, visit, member_id=student)
    assert mine.member is not None and mine.members == ()
    assert {i.id for i in mine.items} == {i.id for i in whole.items if i.attended_by(student)}
    assert len(mine.items) < len(whole.items)
    assert [room.label for stay in mine.stays for room in stay.rooms] == ["204"]


def test_someone_outside_the_delegation_is_refused(demo):
    visit = delegation_id(demo, "Teachers, students")
    with pytest.raises(ValidationError) as refused:
        itinerary_data(demo, visit, member_id=person_id(demo, "Ashworth"))
    assert refused.value.field == "member"
    with pytest.raises(ValidationError) as refused:
        visa_letter_data(demo, visit, [person_id(demo, "Ashworth")])
    assert refused.value.field == "member"
    with pytest.raises(ValidationError):
        itinerary_data(demo, 999_999)


def test_contacts_name_each_person_once_with_their_duties(demo):
    data = itinerary_data(demo, delegation_id(demo, "Teachers, students"))
    duties = {c.name: c.duty for c in data.contacts}
    assert duties["Helen Bradshaw"] == "Committee secretary, Host"
    assert duties["Dmitry Kuznetsov"] == "Interpreter"
    assert data.letterhead.committee == "Coventry Twinning Committee"


def test_visa_letter_reads_passports_of_the_named_people_only(demo):
    visit = delegation_id(demo, "Teachers, students")
    head = person_id(demo, "Smirnova")
    data = visa_letter_data(demo, visit, [head])
    assert [t.person_id for t in data.travellers] == [head]
    assert data.travellers[0].passport_number and data.travellers[0].nationality == "Russia"


def test_letter_fields_are_plain_strings_only(demo):
    data = letter_data(demo, "invitation", delegation_id(demo, "Teachers, students"))
    for language in ("en", "ru"):
        fields = data.fields(language)
        assert all(isinstance(v, str) for v in fields.values())
        with pytest.raises(TypeError):
            fields["recipient.name"] = "changed"  # type: ignore[index]
    assert data.fields("ru")["recipient.salutation"] == "Уважаемая г-жа Смирнова"
    assert "gift.title" not in data.fields("en")


def test_names_in_their_own_script():
    class Person:
        given_name, family_name = "Wei", "Li"
        given_name_native, family_name_native = "伟", "李"

    assert person_names(Person()) == ("Wei Li", "李伟")
    Person.given_name_native, Person.family_name_native = "Ольга", "Смирнова"
    assert person_names(Person()) == ("Wei Li", "Ольга Смирнова")


def test_wording_in_the_letters_language():
    day = dt.date(1945, 4, 15)
    assert date_words(day) == "15 April 1945"
    assert date_words(day, "ru") == "15 апреля 1945\u00a0г."  # kept together
    assert date_words(day, "de") == "15. April 1945"
    assert period_words(day, dt.date(1945, 4, 16)) == "15–16 April 1945"
    assert period_words(dt.date(1945, 3, 30), day) == "30 March – 15 April 1945"
    assert salutation("en", given="Helen", family="Bradshaw", form_of_address="Dear Helen") == (
        "Dear Helen"
    )
    assert salutation("en", given="Olga", family="Smirnova", title="Г-жа", gender="female") == (
        "Dear Ms Smirnova"
    )
    assert salutation("de", given="Thomas", family="Richter", gender="male") == (
        "Sehr geehrter Herr Richter"
    )
    # No title and no stated gender: the full name, never a guess.
    assert salutation("en", given="Sam", family="Lee") == "Dear Sam Lee"
