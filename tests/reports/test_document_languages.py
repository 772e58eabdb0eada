"""Every document in English, German, French and Russian, printed through the catalogue and read
back with pdftotext: its fixed words, footer and dates in that language and none left in
English; every letter in every language; a letter in two languages; and the language chosen
when nobody says (the committee's; a letter's recipient's beside it)."""

# ruff: noqa: F811 - fixtures imported by name

from __future__ import annotations

import datetime as dt
import re

import pytest

from exchangedesk import cli
from exchangedesk.db.models import Gift, Setting
from exchangedesk.db.opening import open_database
from exchangedesk.domain.enums import GiftDirection
from exchangedesk.domain.errors import ValidationError
from exchangedesk.services.documents.catalogue import document_kinds, render_document
from reports.conftest import delegation_id, demo, demo_copy, demo_file, flat, pdf_text  # noqa: F401
from reports.test_printing_catalogue import EXPECTED, a_record

ISSUED = dt.date(2026, 12, 7)
FURNITURE = {  # the footer's page number and the issue date, as each language writes them
    "en": ("Page 1 of", "7 December 2026"),
    "de": ("Seite 1 von", "7. Dezember 2026"),
    "fr": ("Page 1 sur", "7 décembre 2026"),
    "ru": ("Страница 1 из", "7 декабря 2026"),
}
# Fixed English words of the documents that no record of the demo contains.
ENGLISH = (
    "Page 1 of",
    "Issued ",
    "This copy printed",
    "Name, date, signature",
    "Secretary of the committee",
    "Dates of stay",
    "Total weight",
    "Receipt number",
    "Status history",
    "Members of the delegation",
    "Group leaders",
    "Areas of cooperation",
    "Activity by year",
    "All times are local",
    "December",
    "Interpreter",
)
INCOMING = "Teachers, students"
OUTGOING = "Lord Mayor's visit"


def text_of(pdf: bytes, tmp_path) -> str:  # noqa: ANN001
    return flat(pdf_text(pdf, tmp_path)).replace("\u00a0", " ")


@pytest.mark.parametrize("language", list(FURNITURE))
@pytest.mark.parametrize("kind", [k for k in EXPECTED if k != "letter"])
def test_every_document_in_every_language(demo, tmp_path, kind, language):
    record = a_record(demo, EXPECTED[kind])
    printed = render_document(demo, kind, record, issued_on=ISSUED, language=language)
    text = text_of(printed.pdf, tmp_path)
    page, date = FURNITURE[language]
    assert page in text and date in text, f"{kind} in {language}: {text[-300:]}"
    if language != "en":
        left = [word for word in ENGLISH if word in text]
        assert not left, f"{kind} in {language} still prints {left}"


def test_the_german_itinerary_says_seite_and_german_dates(demo, tmp_path):
    visit = delegation_id(demo, INCOMING)
    pdf = render_document(demo, "itinerary", visit, issued_on=ISSUED, language="de").pdf
    text = text_of(pdf, tmp_path)
    assert "Seite 1 von 4" in text and "Page 1 of" not in text
    assert "Ausgestellt am 7. Dezember 2026" in text
    assert re.search(r"Tag 1 · [A-Z][a-z]+tag, \d{1,2}\. [A-Z][a-zä]+ 20\d\d", text)
    assert "REISEPROGRAMM" in text and "Mitglieder der Delegation" in text
    assert "Dolmetschung" in text and "Gastgeber: Helen Bradshaw" in text


def test_the_russian_delegation_list_names_countries_in_russian(demo, tmp_path):
    visit = delegation_id(demo, INCOMING)
    text = text_of(
        render_document(demo, "delegation_list", visit, issued_on=ISSUED, language="ru").pdf,
        tmp_path,
    )
    assert "Россия" in text and "Russia" not in text
    assert "Список членов делегации".upper() in text and "Страница 1 из" in text


# -- letters --------------------------------------------------------------------------------

LETTERS = {
    "invitation": INCOMING,
    "visa_support": INCOMING,
    "authorities": INCOMING,
    "thank_you": "Dresden delegation",
    "announcement": OUTGOING,
    "visa_invitation_request": OUTGOING,
    "travel_notice": OUTGOING,
    "thank_you_hosts": OUTGOING,
}
LETTER_WORDS = {  # (the date line, the closing, English that must not be there)
    "en": ("7 December 2026", "Yours", None),
    "de": ("7. Dezember 2026", "Mit freundlichen Grüßen", "Yours"),
    "fr": ("7 décembre 2026", "Veuillez agréer", "Yours"),
    "ru": ("7 декабря 2026 г.", "С уважением", "Yours"),
}


@pytest.fixture(scope="module")
def lettered(tmp_path_factory, demo_file):  # noqa: ANN001, ANN201
    """The demo with a gift the hosts gave our outgoing delegation, for thank_you_hosts."""
    import shutil

    copy = tmp_path_factory.mktemp("letters") / "demo.sqlite3"
    shutil.copy(demo_file, copy)
    handle = open_database(copy)
    visit = delegation_id(handle.database, OUTGOING)
    with handle.database.unit_of_work() as session:
        session.add(
            Gift(
                direction=GiftDirection.RECEIVED,
                delegation_id=visit,
                title="Ice lantern",
                given_on=dt.date(2027, 4, 7),
            )
        )
    handle.close()
    handle = open_database(copy, read_only=True)
    yield handle.database
    handle.close()


@pytest.mark.parametrize("language", list(LETTER_WORDS))
@pytest.mark.parametrize("template", list(LETTERS))
def test_every_letter_in_every_language(lettered, tmp_path, template, language):
    visit = delegation_id(lettered, LETTERS[template])
    printed = render_document(
        lettered, "letter", visit, template=template, language=language, issued_on=ISSUED
    )
    text = text_of(printed.pdf, tmp_path)
    date, closing, foreign = LETTER_WORDS[language]
    assert f"Coventry, {date}" in text and closing in text
    assert FURNITURE[language][0] in text
    if foreign:
        assert foreign not in text and "On behalf of" not in text and "Dear " not in text


def test_a_russian_letter_names_the_partner_city_in_russian(lettered, tmp_path):
    visit = delegation_id(lettered, INCOMING)
    printed = render_document(
        lettered, "letter", visit, template="invitation", language="ru", issued_on=ISSUED
    )
    text = text_of(printed.pdf, tmp_path)
    assert "между городами Coventry и Волгоград" in text
    assert "Уважаемая г-жа Смирнова!" in text


def test_a_bilingual_letter_holds_both_languages(lettered, tmp_path):
    visit = delegation_id(lettered, INCOMING)
    printed = render_document(
        lettered, "letter", visit, template="authorities", language="de+fr", issued_on=ISSUED
    )
    text = text_of(printed.pdf, tmp_path)
    assert "Mit freundlichen Grüßen" in text and "salutations distinguées" in text
    assert "Sehr geehrte Damen und Herren" in text and "Madame, Monsieur" in text
    assert "7. Dezember 2026" in text and "7 décembre 2026" in text
    assert "Name / Nom" in text and "Leitung / Chef de" in text  # role words of both


def test_a_letter_in_one_language_twice_or_an_unknown_one_is_refused(lettered):
    visit = delegation_id(lettered, INCOMING)
    for asked in ("de+de", "it", "de+fr+ru"):
        with pytest.raises(ValidationError) as refused:
            render_document(lettered, "letter", visit, template="invitation", language=asked)
        assert refused.value.field == "language"


# -- which language when nobody says --------------------------------------------------------


def test_a_document_without_a_language_is_in_the_committees_language(demo_copy, tmp_path):
    handle = open_database(demo_copy)
    database = handle.database
    try:
        incoming = delegation_id(database, INCOMING)
        outgoing = delegation_id(database, OUTGOING)

        def furniture(kind, record):  # noqa: ANN001, ANN202
            pdf = render_document(database, kind, record, issued_on=ISSUED).pdf
            return next(
                lang for lang, (page, _) in FURNITURE.items() if page in text_of(pdf, tmp_path)
            )

        # Coventry's committee writes English, whoever the visit is from.
        assert furniture("itinerary", incoming) == "en"
        assert furniture("delegation_list", outgoing) == "en"
        assert furniture("gift_register", None) == "en"
        with database.unit_of_work() as session:
            session.add(Setting(key="document_language", value="de"))
        for kind, record in (("gift_register", None), ("itinerary", incoming)):
            assert furniture(kind, record) == "de"
        assert furniture("itinerary", outgoing) == "de"
    finally:
        handle.close()


def test_a_language_no_document_has_is_refused_naming_those_there_are(demo):
    with pytest.raises(ValidationError) as refused:
        render_document(demo, "gift_register", None, language="it")
    assert refused.value.field == "language" and "en, de, fr, ru" in str(refused.value)


def test_every_kind_takes_a_language():
    assert all("language" in kind.options for kind in document_kinds())


def test_the_command_line_prints_in_the_language_asked(capsys, demo_copy, tmp_path, demo):
    out = tmp_path / "it.pdf"
    visit = str(delegation_id(demo, INCOMING))
    code = cli.main(
        ["print", "itinerary", visit, "--language", "fr", "--out", str(out), "--db", str(demo_copy)]
        + ["--date", "2026-12-07"]
    )
    assert code == cli.EXIT_OK
    assert "Page 1 sur" in text_of(out.read_bytes(), tmp_path)
    code = cli.main(
        ["print", "itinerary", visit, "--language", "xx", "--out", str(out), "--db", str(demo_copy)]
    )
    err = capsys.readouterr().err
    assert code == cli.EXIT_ERROR and "en, de, fr, ru" in err and "Traceback" not in err
