"""Every document prints whatever length of text its fields hold (issue 15): an item's notes of
10,000 characters, a purpose of many pages, a name of 5,000 characters written straight into
the database — in Latin, Cyrillic, Greek and CJK. A row taller than a page splits across pages
instead of failing with ReportLab's LayoutError and leaving no file."""

# ruff: noqa: F811 - fixtures imported by name

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import Session

from exchangedesk.db.models import (
    AidCampaign,
    City,
    Contribution,
    Delegation,
    DelegationMember,
    ExchangeProgramme,
    Gift,
    HostFamily,
    ItineraryItem,
    Participant,
    Partnership,
    Person,
    Placement,
    Shipment,
    ShipmentLine,
)
from exchangedesk.db.opening import open_database
from exchangedesk.db.session import Database
from exchangedesk.services.documents.catalogue import RECORDS, document_kinds, render_document
from reports.conftest import ISSUED, demo_file, pdf_text  # noqa: F401

WORDS = (
    "Partnership", "Zusammenarbeit", "Émile", "Волгоград", "делегация", "Ковентри",
    "Θεσσαλονίκη", "αντιπροσωπεία", "哈尔滨", "友好城市", "代表团", "København", "Łódź",
)  # fmt: skip
NAME_IN_DATABASE = 5000  # what an import or another program may have written past the form
BLOCK = 10_000  # notes the services accept (itinerary items, schedules) and other free text
LONG_BLOCK = BLOCK  # aid and gift texts are accepted up to 100,000; see the module docstring

# (object, attribute, longest): the fields each document prints, with the longest text the
# services accept (or, for names, what could be in the database anyway).
Field = tuple[object, str, int]
Targets = Callable[[Session, int | None], list[Field]]


def _delegation(session: Session, record: int | None) -> Delegation:
    return session.get(Delegation, record)


def _head(session: Session, record: int | None) -> Person:
    member = session.scalars(
        select(DelegationMember)
        .where(DelegationMember.delegation_id == record)
        .order_by(DelegationMember.id)
    ).first()
    return session.get(Person, member.person_id)


def itinerary(session: Session, record: int | None) -> list[Field]:
    visit = _delegation(session, record)
    item = session.scalars(
        select(ItineraryItem).where(ItineraryItem.delegation_id == record).order_by("id")
    ).first()
    return [
        (item, "notes", BLOCK),
        (item, "title", 300),
        (item, "venue", 300),
        (item, "address", 2000),
        (item, "dress_code", 200),
        (visit, "purpose", BLOCK),
        (_head(session, record), "family_name", NAME_IN_DATABASE),
    ]


def letter(session: Session, record: int | None) -> list[Field]:
    visit = _delegation(session, record)
    return [
        (visit, "purpose", BLOCK),
        (visit, "title", 300),
        (_head(session, record), "family_name", NAME_IN_DATABASE),
    ]


def delegation_list(session: Session, record: int | None) -> list[Field]:
    person = _head(session, record)
    return [
        (person, "family_name", NAME_IN_DATABASE),
        (person, "given_name_native", NAME_IN_DATABASE),
        (_delegation(session, record), "title", 300),
    ]


def partnership(session: Session, record: int | None) -> list[Field]:
    pair = session.get(Partnership, record or 1)
    partner = session.get(City, pair.city_b_id)
    return [
        (partner, "name", NAME_IN_DATABASE),
        (partner, "native_name", 200),
        (pair, "signatories", BLOCK),
        (pair, "notes", BLOCK),
    ]


def programme(session: Session, record: int | None) -> list[Field]:
    exchange = session.get(ExchangeProgramme, record)
    participant = session.scalars(
        select(Participant).where(Participant.programme_id == record).order_by(Participant.id)
    ).first()
    person = session.get(Person, participant.person_id)
    family_id = session.scalars(
        select(Placement.host_family_id).where(Placement.participant_id == participant.id)
    ).first()
    fields: list[Field] = [
        (person, "family_name", NAME_IN_DATABASE),
        (exchange, "title", 300),
        (person, "medical_notes", BLOCK),
        (person, "dietary_notes", BLOCK),
        (person, "allergies", 300),
        (person, "emergency_contact_name", 200),
    ]
    if family_id is not None:
        family = session.get(HostFamily, family_id)
        fields += [(family, "name", 200), (family, "address", 2000), (family, "pets", 200)]
    return fields


def shipment(session: Session, record: int | None) -> list[Field]:
    line = session.scalars(
        select(ShipmentLine).where(ShipmentLine.shipment_id == record).order_by(ShipmentLine.id)
    ).first()
    return [
        (line, "item", 300),
        (line, "box_code", 60),
        (line, "unit", 30),
        (session.get(Shipment, record), "notes", LONG_BLOCK),
        (session.get(Shipment, record), "carrier", 200),
    ]


def contribution(session: Session, record: int | None) -> list[Field]:
    gift = session.get(Contribution, record)
    return [
        (gift, "donor_text", 300),
        (gift, "notes", LONG_BLOCK),
        (session.get(AidCampaign, gift.campaign_id), "title", 300),
    ]


def campaign(session: Session, record: int | None) -> list[Field]:
    appeal = session.get(AidCampaign, record)
    return [(appeal, "purpose", LONG_BLOCK), (appeal, "title", 300)]


def gifts(session: Session, record: int | None) -> list[Field]:
    gift = session.scalars(select(Gift).order_by(Gift.id)).first()
    return [
        (gift, "title", 300),
        (gift, "description", LONG_BLOCK),
        (gift, "occasion", 300),
        (gift, "to_text", 300),
    ]


TARGETS: dict[str, Targets] = {
    "itinerary": itinerary,
    "letter": letter,
    "delegation_list": delegation_list,
    "partnership_report": partnership,
    "placement_letters": programme,
    "participant_list": programme,
    "emergency_sheet": programme,
    "packing_list": shipment,
    "manifest": shipment,
    "donation_receipt": contribution,
    "campaign_report": campaign,
    "partnership_register": partnership,
    "gift_register": gifts,
}


def a_record(database: Database, record: str) -> int | None:
    with database.reading() as session:
        if record == "delegation":
            return session.scalars(
                select(Delegation.id).where(Delegation.title.startswith("Teachers, students"))
            ).one()
        if record == "programme":
            return session.scalars(
                select(ExchangeProgramme.id).where(ExchangeProgramme.title.like("Dresden%"))
            ).one()
        if record == "contribution":
            return session.scalars(select(Contribution.id).order_by(Contribution.id)).first()
        if record == "campaign":
            return session.scalars(
                select(Contribution.campaign_id).order_by(Contribution.id)
            ).first()
        if record == "shipment":
            return session.scalars(
                select(ShipmentLine.shipment_id).order_by(ShipmentLine.id)
            ).first()
        return 1 if record == "partnership" else None


@pytest.fixture(scope="module")
def scratch(demo_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """A writable copy of the demo whose fields each example overwrites."""
    path = tmp_path_factory.mktemp("long") / "demo.sqlite3"
    shutil.copy(demo_file, path)
    handle = open_database(path)
    yield handle.database
    handle.close()


@pytest.fixture(scope="module")
def records(scratch: Database) -> dict[str, int | None]:
    """The record each kind prints, found before any example renames it."""
    return {kind: a_record(scratch, kind) for kind in RECORDS}


@st.composite
def long_text(draw: st.DrawFn, longest: int) -> str:
    """Mixed-script text up to ``longest`` characters: words, or one unbroken run (a name
    pasted without spaces, CJK, which has none)."""
    length = draw(st.integers(1, longest) | st.just(longest))
    words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=6))
    glue = draw(st.sampled_from((" ", "", "\n")))
    seed = glue.join(words) + glue
    text = (seed * (length // len(seed) + 1))[:length].strip()
    return text or words[0]


def test_every_document_kind_has_long_fields():
    assert set(TARGETS) == {kind.name for kind in document_kinds()}


def squeezed(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("kind", [kind for kind in document_kinds()], ids=lambda k: k.name)
@settings(
    max_examples=3,
    deadline=None,
    derandomize=True,
    database=None,
    phases=[Phase.explicit, Phase.generate],  # shrinking re-renders for minutes
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_every_document_prints_fields_at_any_length(scratch, records, tmp_path, kind, data):
    record = records[kind.record]
    written: list[str] = []
    with scratch.unit_of_work() as session:
        for target, attribute, longest in TARGETS[kind.name](session, record):
            value = data.draw(long_text(longest), label=f"{type(target).__name__}.{attribute}")
            setattr(target, attribute, value)
            written.append(value)
    options = {"template": "invitation"} if kind.name == "letter" else {}
    printed = render_document(scratch, kind.name, record, issued_on=ISSUED, **options)
    assert printed.pdf.startswith(b"%PDF")
    text = squeezed(pdf_text(printed.pdf, tmp_path)).casefold()
    starts = [squeezed(value)[:12].casefold() for value in written]
    found = [start for start in starts if start in text]
    # Not every document prints every field (the register leaves out notes); each prints some.
    assert found, f"none of {starts} in the {kind.name}"
