"""A copy of the demo with names in every script and hostile text typed into fields the
registers and reports print, and the checks every document test makes on its PDF."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, update

from exchangedesk.db.models import (
    AidCampaign,
    City,
    Contribution,
    Delegation,
    DelegationMember,
    Gift,
    GiftCustody,
    Person,
    Shipment,
    ShipmentLine,
)
from exchangedesk.db.opening import open_database
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import MemberRole
from exchangedesk.reports.fonts import default_chain
from reports.conftest import ISSUED, flat, pdf_text, pdf_tool

HOSTILE = ("<font color=red>Red</font>", "{{ p.__class__ }}", '<img src="/etc/passwd"/>')
GREEK_PERSON = "Παύλος Γεωργίου"
CHINESE_PERSON = "李伟"
GREEK_DONOR = "Ελληνική κοινότητα · Общество дружбы · 友谊协会"
MIXED_ITEM = "Blankets · Одеяла · Κουβέρτες · 毛毯"
GREEK_CITY = "Κίελο"  # Kiel, as Greek writes it
CHINESE_RECEIVER = "哈尔滨市人民政府"
GREEK_KEEPER = "Δημοτικό Μουσείο"


@pytest.fixture(scope="session")
def polyglot_file(demo_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo with Greek and Chinese names beside its Cyrillic ones, and hostile text."""
    path = tmp_path_factory.mktemp("polyglot") / "demo.sqlite3"
    shutil.copy(demo_file, path)
    handle = open_database(path)
    try:
        with handle.database.unit_of_work() as session:
            visit = session.scalars(
                select(Delegation).where(Delegation.title.startswith("Teachers, students"))
            ).one()
            visit.purpose = f"Concert {HOSTILE[0]} and {HOSTILE[1]}"
            yegorov = session.scalars(select(Person).where(Person.family_name == "Yegorov")).one()
            yegorov.given_name_native, yegorov.family_name_native = GREEK_PERSON.split()
            li = session.scalars(select(Person).where(Person.family_name == "Li")).one()
            session.add(
                DelegationMember(delegation_id=visit.id, person_id=li.id, role=MemberRole.OTHER)
            )
            session.execute(update(City).where(City.name == "Kiel").values(native_name=GREEK_CITY))
            session.execute(
                update(City).where(City.name == "Kemi").values(name=f"Kemi {HOSTILE[0]}")
            )
            session.execute(
                update(Contribution)
                .where(Contribution.donor_text == "German Saturday school in Coventry")
                .values(donor_text=GREEK_DONOR)
            )
            session.execute(
                update(AidCampaign)
                .where(AidCampaign.title.startswith("Coventry collection after the Elbe"))
                .values(purpose=f"Drying out homes {HOSTILE[2]} {HOSTILE[1]}")
            )
            dresden = session.scalars(
                select(Shipment).where(Shipment.reference == "DRS-2002-01")
            ).one()
            dresden.notes = f"Customs note {HOSTILE[1]} {HOSTILE[0]}"
            session.execute(
                update(ShipmentLine)
                .where(ShipmentLine.item == "Rubber boots")
                .values(item=MIXED_ITEM)
            )
            samovar = session.scalars(select(Gift).where(Gift.title == "Samovar")).one()
            samovar.occasion = f"Visit {HOSTILE[0]} {HOSTILE[1]}"
            plate = session.scalars(select(Gift).where(Gift.title.startswith("Porcelain"))).one()
            plate.to_text = CHINESE_RECEIVER
            session.add(
                GiftCustody(
                    gift_id=samovar.id,
                    since_on=dt.date(2024, 3, 1),
                    location=GREEK_KEEPER,
                    custodian="Олег Петров",
                )
            )
    finally:
        handle.close()
    return path


@pytest.fixture(scope="session")
def polyglot(polyglot_file: Path) -> Iterator[Database]:
    handle = open_database(polyglot_file, read_only=True)
    yield handle.database
    handle.close()


def read_back(pdf: bytes, tmp_path: Path) -> str:
    """The PDF's text as pdftotext gives it, on single spaces; and the font checks every
    document passes: only the chain's fonts, all embedded; "Page X of Y" on every page."""
    assert pdf.startswith(b"%PDF")
    fonts = pdf_tool("pdffonts", pdf, tmp_path).splitlines()[2:]
    assert fonts
    for line in fonts:
        assert "Kurinto" in line or "EDSans" in line, line
        assert " yes " in line, line  # embedded (and subset)
    pages = int(pdf_tool("pdfinfo", pdf, tmp_path).split("Pages:")[1].split()[0])
    layout = pdf_text(pdf, tmp_path)
    for page in range(1, pages + 1):
        assert f"Page {page} of {pages}" in layout
    # In the order it was drawn, each table cell whole: a phrase wrapped inside a narrow cell
    # reads as one, where the layout would interleave it with the cells beside it.
    path = tmp_path / "raw.pdf"
    path.write_bytes(pdf)
    done = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    )
    return flat(done.stdout.decode("utf-8"))


def printed_literally(typed: str, text: str) -> bool:
    """``typed`` appears as characters (a narrow column may break it anywhere, even inside a
    word, so spaces are not compared)."""
    return "".join(typed.split()) in "".join(text.split())


def assert_covered(*texts: str | None) -> None:
    """Every character of the text has a glyph in a font of the chain (no black boxes)."""
    chain = default_chain()
    for text in texts:
        if text:
            assert chain.missing(text) == "", text


__all__ = [
    "HOSTILE",
    "ISSUED",
    "assert_covered",
    "polyglot",
    "polyglot_file",
    "printed_literally",
    "read_back",
]
