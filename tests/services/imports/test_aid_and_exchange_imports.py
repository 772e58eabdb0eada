"""Importing donor lists, host families and participants as the committee receives them: a
German Excel CSV with decimal commas and day-first dates, a French list, a school's list of
pupils for one programme. Refused rows name the row and the field; undo takes everything back,
the people a participant list added included."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

import export_support
from exchangedesk.db.models import (
    AuditEntry,
    Contribution,
    HostFamily,
    Participant,
    Person,
    PersonSensitive,
)
from exchangedesk.db.opening import open_database
from exchangedesk.db.session import Database
from exchangedesk.domain.errors import ValidationError
from exchangedesk.services.imports import read_import_file, run_import, undo_import

export_demo_file = export_support.export_demo_file
demo_path = export_support.demo_path
BOOKS, DRESDEN_PUPILS = 3, 3  # the demo's campaign and programme ids


@pytest.fixture
def demo(demo_path: Path):  # noqa: ANN201
    handle = open_database(demo_path)
    yield handle.database
    handle.close()


def _count(database: Database, model: type) -> int:
    with database.reading() as session:
        return session.scalar(select(func.count()).select_from(model))


def _import(database: Database, kind: str, path: Path, **options):  # noqa: ANN003, ANN202
    read = read_import_file(path, kind)
    return run_import(database, kind, read.table, read.mapping, actor="secretary", **options)


def test_a_german_donor_list_with_decimal_commas_and_day_first_dates(demo, tmp_path) -> None:  # noqa: ANN001
    path = tmp_path / "spenden.csv"
    path.write_bytes(
        "Spender;Betrag;Währung;Datum;Aktion\r\n"
        "Helen Bradshaw;1.234,50;GBP;03.04.2025;English books for the Elbtal-Gymnasium library\r\n"
        "Coventry Cathedral;12,5;EUR;4/5/2025;\r\n"
        "Anonym;5;GBP;13/04/2025;\r\n"
        "Bücherfreunde Dresden e.V.;7,50;EUR;14.04.2025;\r\n"
        "Unbekannter Verein;zehn;GBP;01.01.2025;\r\n"
        "Edith Cole;7,50;GBP;31.02.2025;\r\n"
        "Edith Cole;7,50;GBP;01.03.2025;Coventry appeal for Stalingrad\r\n".encode("cp1252")
    )
    before = _count(demo, Contribution)
    result = _import(demo, "contributions", path, within=BOOKS)
    assert "decimal comma" in result.reading and "day first" in result.reading
    assert result.refused == [
        (6, "Amount: 'zehn' is not a number"),
        (7, "Received on: '31.02.2025' is not a day of the calendar (read day first)"),
        (8, "Campaign: 'Coventry appeal for Stalingrad' is not the campaign chosen for the file"),
    ]
    assert result.added_count == 4 and _count(demo, Contribution) == before + 4
    with demo.reading() as session:
        added = {c.id: c for c in session.scalars(select(Contribution))}
        helen, cathedral, anonymous, friends = (added[i] for i in result.added)
        assert (helen.amount, helen.received_on, helen.donor_person_id is not None) == (
            Decimal("1234.50"), dt.date(2025, 4, 3), True,
        )  # fmt: skip
        assert cathedral.donor_organisation_id is not None
        assert (cathedral.amount, cathedral.received_on) == (Decimal("12.5"), dt.date(2025, 5, 4))
        assert anonymous.anonymous and anonymous.donor_text is None
        assert friends.donor_text == "Bücherfreunde Dresden e.V."  # a name in words
        assert {c.campaign_id for c in (helen, cathedral, anonymous, friends)} == {BOOKS}
    again = _import(demo, "contributions", path, within=BOOKS)  # the same list twice
    assert again.added_count == 0 and len(again.duplicates) == 4
    undo_import(demo, result, actor="secretary")
    assert _count(demo, Contribution) == before


def test_a_donor_list_needs_a_campaign_and_amounts_of_its_currency(database, tmp_path) -> None:  # noqa: ANN001
    path = tmp_path / "donors.csv"
    path.write_text("Donor,Amount,Currency,Date\nA. Smith,12.50,GBP,2025-01-02\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="No column names the campaign"):
        _import(database, "contributions", path)
    with pytest.raises(ValidationError, match="no aid campaign #99"):
        _import(database, "contributions", path, within=99)


def test_a_french_list_of_host_families(demo, tmp_path) -> None:  # noqa: ANN001
    path = tmp_path / "familles.csv"
    path.write_text(
        "Nom,Ville,Lits,Fumeurs,Vérifié le,Vérifié par,Latitude,Longitude,Contact\n"
        'Famille Dupont,Coventry,2,non,15/03/2024,Mairie,"52,41","-1,51",Helen Bradshaw\n'
        "Famille Martin,Coventry,trois,oui,,,,,\n"
        "Famille Petit,Coventry,1,peut-être,,,,,\n"
        "Famille Durand,Atlantis,1,non,,,,,\n"
        "Famille Leroy,Coventry,1,non,01/01/2024,,,,\n",
        encoding="utf-8",
    )
    before = _count(demo, HostFamily)
    result = _import(demo, "host-families", path)
    assert result.refused == [
        (3, "Beds: 'trois' is not a number"),
        (4, "Smokers: 'peut-être' is neither yes nor no"),
        (5, "City: 'Atlantis' is not in the register; add the city first"),
        (6, "Vetted by: Say who vetted the family."),
    ]
    assert _count(demo, HostFamily) == before + 1
    with demo.reading() as session:
        dupont = session.get(HostFamily, result.added[0])
        assert (dupont.capacity, dupont.smokers, dupont.vetted_on) == (
            2,
            False,
            dt.date(2024, 3, 15),
        )
        assert (dupont.latitude, dupont.longitude) == (52.41, -1.51)
        assert dupont.vetting_valid_until == dt.date(2027, 3, 14)
        assert dupont.contact_person_id is not None


def test_a_schools_list_of_pupils_for_one_programme_and_its_undo(demo, tmp_path) -> None:  # noqa: ANN001
    path = tmp_path / "schueler.csv"
    path.write_bytes(
        "Vorname;Nachname;Geburtsdatum;Schule;Allergien;E-Mail\n"
        "Emma;Becker;12.03.2010;Elbtal-Gymnasium Dresden;;\n"
        "Lukas;Neumann;01.02.2011;Elbtal-Gymnasium Dresden;Nüsse;lukas@example.de\n"
        "Otto;Später;01.01.2090;;;\n"
        "Eva;Klein;01.01.2010;Atlantis-Schule;;\n".encode("cp1252")
    )
    people = _count(demo, Person)
    participants = _count(demo, Participant)
    result = _import(demo, "participants", path, within=DRESDEN_PUPILS)
    assert result.duplicates == [(2, "Emma Becker")]  # in the programme already
    assert result.refused == [
        (4, "Date of birth: The date of birth cannot be in the future."),
        (5, "School: 'Atlantis-Schule' is not in the register; add the organisation first"),
    ]
    assert result.added_count == 1 and _count(demo, Person) == people + 1
    with demo.reading() as session:
        lukas = session.get(Participant, result.added[0])
        assert (lukas.programme_id, lukas.confirmed) == (DRESDEN_PUPILS, False)
        details = session.get(PersonSensitive, lukas.person_id)
        assert (details.date_of_birth, details.allergies) == (dt.date(2011, 2, 1), "Nüsse")
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "import").order_by(AuditEntry.id.desc())
        ).first()
        assert entry.summary.endswith(
            "with sensitive details: Date of birth (sensitive), Allergies (sensitive)"
        )
    undo_import(demo, result, actor="secretary")  # the pupil and the person added for him
    assert (_count(demo, Participant), _count(demo, Person)) == (participants, people)


def test_a_participant_list_without_a_programme_is_refused_whole(database, tmp_path) -> None:  # noqa: ANN001
    path = tmp_path / "pupils.csv"
    path.write_text("Given name,Family name\nAnna,Meyer\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="No column names the programme"):
        _import(database, "participants", path)
    with pytest.raises(ValidationError, match="no exchange programme #7"):
        _import(database, "participants", path, within=7)


def test_a_receipt_number_twice_is_refused_by_row_even_when_creating_duplicates(
    demo, tmp_path
) -> None:  # noqa: ANN001, E501
    path = tmp_path / "receipts.csv"
    path.write_text(
        "Donor,Amount,Currency,Received,Receipt number,Receipt issued\n"
        "A. Smith,10,GBP,2025-04-01,R-1,2025-04-02\n"
        "B. Jones,20,GBP,2025-04-01,R-1,2025-04-02\n"
        "C. Brown,30,GBP,2025-04-01,2002-2/001,2025-04-02\n",  # the demo's Coventry Cathedral
        encoding="utf-8",
    )
    result = _import(demo, "contributions", path, within=BOOKS, duplicates="create")
    assert result.added_count == 1
    assert result.refused == [
        (3, "Receipt number: Receipt number R-1 is already used by another gift."),
        (4, "Receipt number: Receipt number 2002-2/001 is already used by another gift."),
    ]
