"""An exchange programme's documents rendered from the demo and read back with pdftotext:
names in Latin and Cyrillic print, placement letters go to families and guardians, and medical
and dietary notes print on the emergency sheet only."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from exchangedesk.db import models as m
from exchangedesk.db.session import Database
from exchangedesk.services.documents.catalogue import Request
from exchangedesk.services.documents.catalogue_exchanges import (
    emergency_sheet,
    participant_list,
    placement_letters,
)
from exchangedesk.services.samples.demo import build_demo
from reports.conftest import flat, pdf_text

ISSUED = dt.date(2026, 11, 26)


@pytest.fixture
def demo(database: Database) -> dict[int, int]:
    build_demo(database, today=ISSUED)
    with database.reading() as session:
        return {
            starts.year: pid
            for pid, starts in session.execute(
                select(m.ExchangeProgramme.id, m.ExchangeProgramme.starts_on)
            )
        }


def _request(programme_id: int) -> Request:
    return Request(programme_id, "a4", ISSUED, (), None, None, None, None)


def test_the_participant_list_names_everyone_without_their_needs(database, demo, tmp_path):
    done = participant_list(database, _request(demo[2027]))
    text = flat(pdf_text(done.pdf, tmp_path))
    for name in ("Lena Schröder", "Jonas Krüger", "Emma Becker", "The Hughes family"):
        assert name in text
    # Emma turns 18 during the stay: her ages, not her birthday, for everyone to read
    assert "17–18" in text and "18 on" not in text
    assert "Nut allergy" not in text and "nuts" not in text
    assert done.file_name.endswith(".pdf")


def test_the_1970_return_visit_prints_names_in_cyrillic(database, demo, tmp_path):
    text = flat(pdf_text(participant_list(database, _request(demo[1970])).pdf, tmp_path))
    assert "Lyudmila Grigorieva" in text and "Людмила Григорьева" in text
    assert "The Bennett family" in text


def test_the_emergency_sheet_is_the_one_place_needs_print(database, demo, tmp_path):
    text = flat(pdf_text(emergency_sheet(database, _request(demo[2027])).pdf, tmp_path))
    # Cells wrap over lines, so look for what fits on one.
    assert "adrenaline" in text and "Allergies: nuts" in text and "Allergies: cats" in text
    assert "Guardian: Birgit Schröder" in text and "+49 351" in text


def test_placement_letters_go_to_each_family_and_guardian(database, demo, tmp_path):
    done = placement_letters(database, _request(demo[2027]))
    text = flat(pdf_text(done.pdf, tmp_path))
    # Families: Hughes (Lena and Paul) and O'Brien (Mia); one letter to each guardian (Lena
    # and Paul's mother gets one naming both).
    assert "Thank you for hosting Lena Schröder and Paul Schröder" in text
    assert "Thank you for hosting Mia Hoffmann" in text
    assert text.count("will stay with") == 2
    assert "Jonas Krüger" not in text  # only a suggestion: nobody's arrangement yet
    assert "adrenaline" not in text
