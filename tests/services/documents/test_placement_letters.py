"""Placement letters say only what is recorded: one letter per guardian naming all their
children, the family's and the group leaders' telephones where they are known, and no promise
of a number ("at any hour", "telephone below") where none is."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, update

from exchangedesk.db import models as m
from exchangedesk.db.session import Database
from exchangedesk.services.documents.catalogue import Request
from exchangedesk.services.documents.catalogue_exchanges import placement_letters
from exchangedesk.services.samples.demo import build_demo
from reports.conftest import flat, pdf_text

ISSUED = dt.date(2026, 11, 26)


@pytest.fixture
def dresden_pupils(database: Database) -> int:
    """The demo's 2027 exchange: Lena and Paul Schröder (guardian Birgit Schröder) with the
    Hughes family, Mia Hoffmann with the O'Briens; no telephones recorded."""
    build_demo(database, today=ISSUED)
    with database.reading() as session:
        return session.scalars(
            select(m.ExchangeProgramme.id).where(m.ExchangeProgramme.title.startswith("Dresden"))
        ).one()


def letters(database: Database, programme: int, tmp_path) -> list[str]:  # noqa: ANN001
    done = placement_letters(database, Request(programme, "a4", ISSUED, (), None, None, None, None))
    pages = pdf_text(done.pdf, tmp_path).split("\f")
    return [flat(page) for page in pages if page.strip()]


def _set_phones(database: Database, programme: int) -> None:
    with database.unit_of_work() as session:
        contact = session.scalars(
            select(m.HostFamily.contact_person_id).where(m.HostFamily.name == "The Hughes family")
        ).one()
        session.execute(
            update(m.Person).where(m.Person.id == contact).values(phone="+44 24 7655 0101")
        )
        leader = session.scalars(
            select(m.Person.id)
            .join(m.ProgrammeLeader, m.ProgrammeLeader.person_id == m.Person.id)
            .where(m.ProgrammeLeader.programme_id == programme, m.Person.family_name == "Lehmann")
        ).one()
        session.execute(
            update(m.Person).where(m.Person.id == leader).values(phone="+49 351 555 0199")
        )


def test_one_letter_to_a_guardian_names_all_their_children(database, dresden_pupils, tmp_path):
    pages = letters(database, dresden_pupils, tmp_path)
    to_birgit = [
        page for page in pages if page.startswith("Coventry") and "Birgit Schröder" in page
    ]
    assert len(to_birgit) == 1  # not one letter per child
    assert "Lena Schröder and Paul Schröder will stay with The Hughes family" in to_birgit[0]
    assert sum("will stay with" in page for page in pages) == 2  # Birgit's and Mia's mother's
    assert len(pages) == 4  # two families, two guardians


def test_no_telephone_is_promised_where_none_is_recorded(database, dresden_pupils, tmp_path):
    text = " ".join(letters(database, dresden_pupils, tmp_path))
    assert "at any hour" not in text and "telephone" not in text.lower()
    assert "The family's address is below." in text
    assert "The group leaders are named below." in text


def test_the_telephones_recorded_are_printed(database, dresden_pupils, tmp_path):
    _set_phones(database, dresden_pupils)
    pages = letters(database, dresden_pupils, tmp_path)
    to_birgit = next(page for page in pages if "Birgit Schröder" in page)
    assert "The family's address and telephone are below." in to_birgit
    assert "Telephone +44 24 7655 0101" in to_birgit
    assert "can be called at any hour on the numbers below" in to_birgit
    assert "Frank Lehmann: +49 351 555 0199" in to_birgit
    to_mias_mother = next(page for page in pages if "Mia Hoffmann will stay" in page)
    # The O'Briens have no number yet: their address is given, no telephone promised.
    assert "The family's address is below." in to_mias_mother
    assert "Telephone" not in to_mias_mother
    hughes = next(page for page in pages if "Thank you for hosting Lena" in page)
    assert "Frank Lehmann: +49 351 555 0199" in hughes and "at any hour" in hughes
