"""Gifts given and received: the register (entering and correcting gifts), their custody
history — every place a gift has been kept, only ever added to — and the received gifts that
still owe a thank-you letter."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, aliased

from exchangedesk.db.models import (
    City,
    Delegation,
    Document,
    Gift,
    GiftCustody,
    Organisation,
    Partnership,
    Person,
)
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import GiftDirection
from exchangedesk.domain.errors import ValidationError
from exchangedesk.domain.money import Money
from exchangedesk.services.common.editing import (
    audit,
    check_date,
    check_version,
    clean_text,
    editing,
    existing,
    referenced,
)
from exchangedesk.services.common.paging import (
    FIRST_PAGE,
    ListQuery,
    Page,
    fetch_page,
    filter_terms,
    folded_match,
    text_match,
)


@dataclass(frozen=True)
class GiftRow:
    id: int
    title: str
    direction: GiftDirection
    given_on: dt.date | None
    occasion: str | None
    giver: str | None  # in words: the text typed, else the organisation, person or city
    receiver: str | None
    category: str | None
    estimated_value: Decimal | None
    currency: str | None
    kept_at: str | None  # the latest custody entry: where the gift is now
    description: str | None
    thanked: bool = False  # a document in the correspondence register names the gift

    @property
    def owes_thanks(self) -> bool:
        """Received, and no thank-you letter in the register yet."""
        return self.direction is GiftDirection.RECEIVED and not self.thanked


@dataclass(frozen=True)
class GiftFilter:
    """The choices beside the list's text filter."""

    direction: GiftDirection | None = None
    category: str | None = None
    partnership_id: int | None = None
    unthanked_only: bool = False  # received gifts still owed a thank-you letter

    @property
    def active(self) -> bool:
        return self != NO_GIFT_FILTER


NO_GIFT_FILTER = GiftFilter()

FromCity = aliased(City, name="from_city")
ToCity = aliased(City, name="to_city")
FromOrg = aliased(Organisation, name="from_org")
ToOrg = aliased(Organisation, name="to_org")
FromPerson = aliased(Person, name="from_person")
ToPerson = aliased(Person, name="to_person")

KEPT_AT = (
    select(GiftCustody.location)
    .where(GiftCustody.gift_id == Gift.id)
    .order_by(GiftCustody.since_on.desc(), GiftCustody.id.desc())
    .limit(1)
    .correlate(Gift)
    .scalar_subquery()
)
THANKED = select(Document.id).where(Document.gift_id == Gift.id).correlate(Gift).exists()


def _party(text: Any, organisation: Any, person: Any, city: Any) -> Any:
    """Who gave or received, in words: the text typed, else organisation, person or city."""
    return func.coalesce(
        text, organisation.name, person.given_name + " " + person.family_name, city.name
    )


GIVER = _party(Gift.from_text, FromOrg, FromPerson, FromCity)
RECEIVER = _party(Gift.to_text, ToOrg, ToPerson, ToCity)

SORT_COLUMNS = {
    "title": Gift.title,
    "direction": Gift.direction,
    "given_on": Gift.given_on,
    "giver": GIVER,
    "receiver": RECEIVER,
    "category": Gift.category,
    "kept_at": KEPT_AT,
    "thanked": THANKED,
}


def _joined(*columns: Any) -> Select[Any]:
    """A select of gifts with their givers and receivers joined, so GIVER/RECEIVER work."""
    return (
        select(*columns)
        .select_from(Gift)
        .outerjoin(FromCity, Gift.from_city_id == FromCity.id)
        .outerjoin(ToCity, Gift.to_city_id == ToCity.id)
        .outerjoin(FromOrg, Gift.from_organisation_id == FromOrg.id)
        .outerjoin(ToOrg, Gift.to_organisation_id == ToOrg.id)
        .outerjoin(FromPerson, Gift.from_person_id == FromPerson.id)
        .outerjoin(ToPerson, Gift.to_person_id == ToPerson.id)
    )


def list_gifts(
    database: Database, query: ListQuery = FIRST_PAGE, filters: GiftFilter = NO_GIFT_FILTER
) -> Page[GiftRow]:
    """Gifts matching the filter in their title, occasion or category, or by giver or
    receiver (any name, any script), and the choices of ``filters``; the latest first."""
    statement = _joined(
        Gift.id,
        Gift.title,
        Gift.direction,
        Gift.given_on,
        Gift.occasion,
        GIVER,
        RECEIVER,
        Gift.category,
        Gift.estimated_value,
        Gift.currency,
        KEPT_AT,
        Gift.description,
        THANKED,
    )
    statement = _chosen(statement, filters)
    statement = filter_terms(
        statement,
        query,
        lambda term: or_(
            text_match(
                term, Gift.title, Gift.occasion, Gift.category, Gift.from_text, Gift.to_text
            ),
            folded_match(
                term,
                FromCity.search_key,
                ToCity.search_key,
                FromOrg.search_key,
                ToOrg.search_key,
                FromPerson.search_key,
                ToPerson.search_key,
            ),
        ),
    )
    with database.reading() as session:
        return fetch_page(
            session,
            statement,
            query,
            sort_columns=SORT_COLUMNS,
            default_sort=[Gift.given_on.is_(None), Gift.given_on.desc()],
            tiebreak=Gift.id,
            make_row=lambda record: GiftRow(*record),
        )


def _chosen(statement: Select[Any], filters: GiftFilter) -> Select[Any]:
    if filters.direction is not None:
        statement = statement.where(Gift.direction == GiftDirection(filters.direction))
    if filters.category:
        statement = statement.where(func.lower(Gift.category) == filters.category.lower())
    if filters.partnership_id is not None:
        statement = statement.where(Gift.partnership_id == filters.partnership_id)
    if filters.unthanked_only:
        statement = statement.where(Gift.direction == GiftDirection.RECEIVED, ~THANKED)
    return statement


def gift_categories(database: Database) -> list[str]:
    """The categories the register uses (textile, plaque...), for the filter and the editor."""
    with database.reading() as session:
        found = session.scalars(select(Gift.category).where(Gift.category.is_not(None)).distinct())
        return sorted({c for c in found if c}, key=str.casefold)


# --- the register: entering gifts, where they are kept, and thank-you letters owed ----------


@dataclass(frozen=True)
class Party:
    """A giver or receiver: any of a city, an organisation and a person, and words for it
    ("830 women of Coventry"). At least one of them."""

    city_id: int | None = None
    organisation_id: int | None = None
    person_id: int | None = None
    text: str | None = None


@dataclass(frozen=True)
class GiftFields:
    direction: GiftDirection
    title: str
    giver: Party = Party()
    receiver: Party = Party()
    given_on: dt.date | None = None  # None when the day is not known
    occasion: str | None = None  # "50th anniversary"
    delegation_id: int | None = None
    partnership_id: int | None = None  # taken from the delegation when not given
    description: str | None = None
    category: str | None = None  # textile, artwork, book, plaque...
    estimated_value: Decimal | str | None = None
    currency: str | None = None  # needed with an estimated value


@dataclass(frozen=True)
class CustodyMove:
    id: int
    since_on: dt.date
    location: str
    custodian: str | None
    note: str | None


@dataclass(frozen=True)
class GiftHistory:
    gift_id: int
    title: str
    moves: tuple[CustodyMove, ...]  # oldest first
    now: CustodyMove | None  # where the gift is kept now: the latest move


@dataclass(frozen=True)
class GiftDetail:
    id: int
    version: int
    fields: GiftFields  # what an editor shows; hand it back changed to update_gift
    giver: str | None
    receiver: str | None
    estimated_value: Money | None
    kept_at: str | None
    thanked: bool  # a document in the correspondence register names the gift


@dataclass(frozen=True)
class UnthankedGift:
    id: int
    title: str
    given_on: dt.date | None
    giver: str | None
    occasion: str | None


def _party(session: Session, party: Party, side: str) -> Party:
    for value, model, what in (
        (party.city_id, City, "city"),
        (party.organisation_id, Organisation, "organisation"),
        (party.person_id, Person, "person"),
    ):
        referenced(session, model, value, side, what)
    return replace(party, text=clean_text(party.text, side))


def _apply(session: Session, record: Gift, fields: GiftFields) -> None:
    try:
        direction = GiftDirection(fields.direction)
    except ValueError:
        raise ValidationError("direction", "Say whether the gift was given or received.") from None
    title = clean_text(fields.title, "title", required=True)
    giver = _party(session, fields.giver, "giver")
    receiver = _party(session, fields.receiver, "receiver")
    delegation = referenced(
        session, Delegation, fields.delegation_id, "delegation_id", "delegation"
    )
    partnership_id = fields.partnership_id
    referenced(session, Partnership, partnership_id, "partnership_id", "partnership")
    if delegation is not None:
        if partnership_id is None:
            partnership_id = delegation.partnership_id
        elif partnership_id != delegation.partnership_id:
            raise ValidationError(
                "partnership_id", "The delegation chosen belongs to another partnership."
            )
    value: Money | None = None
    if fields.estimated_value is not None and fields.estimated_value != "":
        value = Money.parse(
            fields.estimated_value, fields.currency, "estimated_value", allow_zero=True
        )
    record.direction = direction
    record.title = title
    for prefix, party in (("from", giver), ("to", receiver)):
        setattr(record, f"{prefix}_city_id", party.city_id)
        setattr(record, f"{prefix}_organisation_id", party.organisation_id)
        setattr(record, f"{prefix}_person_id", party.person_id)
        setattr(record, f"{prefix}_text", party.text)
    record.given_on = check_date(fields.given_on, "given_on", required=False)
    record.occasion = clean_text(fields.occasion, "occasion")
    record.delegation_id = delegation.id if delegation else None
    record.partnership_id = partnership_id
    record.description = clean_text(fields.description, "description", max_length=100_000)
    record.category = clean_text(fields.category, "category", max_length=100)
    record.estimated_value = value.amount if value else None
    record.currency = value.currency if value else None


def create_gift(database: Database, fields: GiftFields) -> GiftDetail:
    with editing(database) as session:
        record = Gift()
        _apply(session, record, fields)
        session.add(record)
        session.flush()
        return _detail(session, record)


def update_gift(
    database: Database, gift_id: int, fields: GiftFields, *, expected_version: int
) -> GiftDetail:
    with editing(database) as session:
        record = existing(session, Gift, gift_id, "Gift")
        check_version(record, expected_version, f"Gift '{record.title}'")
        _apply(session, record, fields)
        session.flush()
        # Who saved it, so that a colleague's stale edit is told by whom (issue 19).
        audit(session, "update", "gift", record.id, record.title)
        return _detail(session, record)


def get_gift(database: Database, gift_id: int) -> GiftDetail:
    with database.reading() as session:
        return _detail(session, existing(session, Gift, gift_id, "Gift"))


def _detail(session: Session, record: Gift) -> GiftDetail:
    giver, receiver, kept_at = session.execute(
        _joined(GIVER, RECEIVER, KEPT_AT).where(Gift.id == record.id)
    ).one()
    thanked = session.scalar(select(Document.id).where(Document.gift_id == record.id).limit(1))
    sides = {
        prefix: Party(
            getattr(record, f"{prefix}_city_id"),
            getattr(record, f"{prefix}_organisation_id"),
            getattr(record, f"{prefix}_person_id"),
            getattr(record, f"{prefix}_text"),
        )
        for prefix in ("from", "to")
    }
    return GiftDetail(
        id=record.id,
        version=record.version_id,
        fields=GiftFields(
            direction=record.direction,
            title=record.title,
            giver=sides["from"],
            receiver=sides["to"],
            given_on=record.given_on,
            occasion=record.occasion,
            delegation_id=record.delegation_id,
            partnership_id=record.partnership_id,
            description=record.description,
            category=record.category,
            estimated_value=record.estimated_value,
            currency=record.currency,
        ),
        giver=giver,
        receiver=receiver,
        estimated_value=Money(record.estimated_value, record.currency)
        if record.estimated_value is not None and record.currency
        else None,
        kept_at=kept_at,
        thanked=thanked is not None,
    )


def move_gift(
    database: Database,
    gift_id: int,
    since_on: dt.date,
    location: str,
    custodian: str | None = None,
    note: str | None = None,
) -> GiftHistory:
    """Record that the gift has been kept at ``location`` since ``since_on``. The history is
    only ever added to; a move found later in the archives may be dated before the latest one
    and takes its place in date order."""
    day = check_date(since_on, "since_on")
    place = clean_text(location, "location", required=True)
    keeper = clean_text(custodian, "custodian")
    text = clean_text(note, "note", max_length=100_000)
    with editing(database) as session:
        existing(session, Gift, gift_id, "Gift")
        session.add(
            GiftCustody(gift_id=gift_id, since_on=day, location=place, custodian=keeper, note=text)
        )
        session.flush()
        return _history(session, gift_id)


def gift_history(database: Database, gift_id: int) -> GiftHistory:
    """Every place the gift has been kept, oldest first, and where it is now."""
    with database.reading() as session:
        existing(session, Gift, gift_id, "Gift")
        return _history(session, gift_id)


def _history(session: Session, gift_id: int) -> GiftHistory:
    title = session.scalar(select(Gift.title).where(Gift.id == gift_id)) or ""
    moves = tuple(
        CustodyMove(c.id, c.since_on, c.location, c.custodian, c.note)
        for c in session.scalars(
            select(GiftCustody)
            .where(GiftCustody.gift_id == gift_id)
            .order_by(GiftCustody.since_on, GiftCustody.id)
        )
    )
    return GiftHistory(gift_id, title, moves, moves[-1] if moves else None)


def unthanked_gifts(database: Database, *, limit: int = 50) -> tuple[UnthankedGift, ...]:
    """Received gifts with no thank-you letter yet (no document in the correspondence register
    names them), the latest first: for the home page."""
    thanked = select(Document.id).where(Document.gift_id == Gift.id).exists()
    statement = (
        _joined(Gift.id, Gift.title, Gift.given_on, GIVER, Gift.occasion)
        .where(Gift.direction == GiftDirection.RECEIVED, ~thanked)
        .order_by(Gift.given_on.is_(None), Gift.given_on.desc(), Gift.id.desc())
        .limit(limit)
    )
    with database.reading() as session:
        return tuple(UnthankedGift(*row) for row in session.execute(statement))
