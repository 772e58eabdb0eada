"""People's names, validation, languages and how letters address them."""

from __future__ import annotations

import unicodedata

import pytest

from exchangedesk.domain.addressing import envelope_name, letter_opening, titled_name
from exchangedesk.domain.languages import (
    all_languages,
    is_language_code,
    language_name,
    parse_languages,
)
from exchangedesk.domain.people import (
    PersonDraft,
    SensitiveDraft,
    clean,
    clean_block,
    is_latin_text,
    name_key_parts,
    person_problems,
    person_search_key,
    validate_person,
)


def test_clean_makes_nfc_and_collapses_white_space() -> None:
    nfd = unicodedata.normalize("NFD", "Zoë")
    assert clean(f"\t{nfd}\u00a0 Müller ") == "Zoë Müller"
    assert clean("   ") is None and clean(None) is None
    assert clean_block("  ul. Mira 1 \n\n Volgograd \n") == "ul. Mira 1\n\nVolgograd"


@pytest.mark.parametrize(
    ("text", "latin"),
    [
        ("O'Brien", True),
        ("Jean-Luc", True),
        ("Łukasz Żółć", True),
        ("Nguyễn", True),
        ("Ольга", False),
        ("Olga Иванова", False),
        ("王", False),
    ],
)
def test_latin_letters(text: str, latin: bool) -> None:
    assert is_latin_text(text) is latin


def test_search_key_and_name_parts_fold_every_script() -> None:
    draft = PersonDraft("Müller", "Zoë", given_name_native="Зоя", family_name_native="Мюллер")
    assert person_search_key(draft) == "zoe|muller|зоя|мюллер"
    assert name_key_parts("ZOË", "") == ("zoe",)


def test_every_problem_is_reported_at_once_by_field() -> None:
    draft = PersonDraft(
        family_name="", given_name="Ольга", email="x", languages=("qq",)
    ).normalised()
    assert [p.field for p in person_problems(draft)] == [
        "family_name",
        "given_name",
        "languages",
        "email",
    ]


def test_validate_returns_the_normalised_draft() -> None:
    draft = validate_person(PersonDraft(" Ivanova ", languages=(" RU", "en", "ru")))
    assert draft.family_name == "Ivanova" and draft.languages == ("ru", "en")
    assert draft.languages_text == "ru,en"


def test_empty_sensitive_draft() -> None:
    assert SensitiveDraft().is_empty
    assert SensitiveDraft(dietary_notes="  ").normalised().is_empty
    assert not SensitiveDraft(passport_number="1").is_empty


def test_languages_by_name_and_code() -> None:
    assert language_name("ru") == "Russian" and language_name("rus") == "Russian"
    assert language_name("sah") == "Yakut"
    assert is_language_code("EN") and not is_language_code("xx")
    assert all_languages()[0].code  # two-letter languages first
    assert len(all_languages()[0].code) == 2
    assert parse_languages("en+ru, en") == ("en", "ru")


@pytest.mark.parametrize(
    ("salutation", "form", "opening", "envelope"),
    [
        ("Ms", "Dear Helen", "Dear Helen", "Ms Helen Bradshaw"),
        (
            "Cllr",
            "The Right Worshipful the Lord Mayor of Coventry",
            "Dear Lord Mayor",
            "The Right Worshipful the Lord Mayor of Coventry",
        ),
        ("Mr", "His Excellency", "Your Excellency", "His Excellency"),
        ("Dr", None, "Dear Dr Bradshaw", "Dr Helen Bradshaw"),
        (None, None, "Dear Helen Bradshaw", "Helen Bradshaw"),
        (None, "Уважаемая Елена Викторовна", "Уважаемая Елена Викторовна", "Helen Bradshaw"),
    ],
)
def test_letters_open_by_the_form_of_address(
    salutation: str | None, form: str | None, opening: str, envelope: str
) -> None:
    names = {"given_name": "Helen", "family_name": "Bradshaw"}
    assert letter_opening(**names, salutation=salutation, form_of_address=form) == opening
    assert envelope_name(**names, salutation=salutation, form_of_address=form) == envelope


def test_a_salutation_is_written_in_the_script_of_the_name_beside_it() -> None:
    names = {"given_name": "Dmitry", "family_name": "Kuznetsov"}
    native = "Дмитрий Кузнецов"
    assert titled_name(**names, salutation="Г-н", native_name=native) == "Г-н Дмитрий Кузнецов"
    assert titled_name(**names, salutation="Г-н") == "Dmitry Kuznetsov"  # never mixed
    assert titled_name(**names, salutation="Dr", native_name=native) == "Dr Dmitry Kuznetsov"
    assert envelope_name(**names, salutation="Г-н", native_name=native) == "Г-н Дмитрий Кузнецов"


def test_names_in_chinese_japanese_korean_are_written_family_name_first() -> None:
    from exchangedesk.domain.people import native_full_name

    assert native_full_name("伟", "李") == "李伟"
    assert native_full_name("민준", "김") == "김민준"
    assert native_full_name("Ольга", "Иванова") == "Ольга Иванова"
    assert native_full_name(None, "Иванова") == "Иванова"
    assert native_full_name(None, None) is None


def test_a_salutation_in_another_script_goes_with_the_name_in_that_script() -> None:
    opening = letter_opening(
        given_name="Dmitry",
        family_name="Kuznetsov",
        salutation="Г-н",
        family_name_native="Кузнецов",
    )
    assert opening == "Г-н Кузнецов"
