"""What the gifts register keeps beside each gift: its photos, its thank-you letter (a document
of the correspondence register that names it), the names its editor shows for the records it
points to — and taking a gift out of the register again in a way that can be put back.

Photos are kept in the attachment store exactly like a partnership's files (a generated name,
SHA-256 checked on reading, removal only marks them); here they are filed under the gift.
"""

from __future__ import annotations

import datetime as dt
import mimetypes
from collections.abc import Iterable
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import inspect, select, update
from sqlalchemy.orm import Session, aliased

from exchangedesk.db.models import (
    Attachment,
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
from exchangedesk.domain.enums import DocumentKind
from exchangedesk.domain.errors import ValidationError
from exchangedesk.domain.text import fold
from exchangedesk.services.common.attachments import (
    AttachmentRow,
    _row,
    _store,
    attachments_dir,
    clean_original_name,
    safe_file_name,
)
from exchangedesk.services.common.editing import audit, check_version, editing, existing
from exchangedesk.services.gifts.register import (
    GiftDetail,
    GiftFields,
    GiftHistory,
    _history,
    get_gift,
)

PHOTO = "photo"
PHOTO_PATTERNS = ("*.jpg", "*.jpeg", "*.png", "*.tif", "*.tiff", "*.webp", "*.heic", "*.gif")


# --- photos ------------------------------------------------------------------------------------


def add_gift_photo(
    database: Database, gift_id: int, source: Path, *, title: str | None = None
) -> AttachmentRow:
    """Copy the picture at ``source`` into the attachment store, filed under the gift."""
    source = Path(source)
    if not source.is_file():
        raise ValidationError("photo", f"{source} is not a file that can be read")
    with database.reading() as session:
        existing(session, Gift, gift_id, "Gift")
    folder = attachments_dir(database)
    with source.open("rb") as handle:
        stored_name, size, digest = _store(folder, iter(lambda: handle.read(1 << 20), b""))
    original = clean_original_name(source.name)
    try:
        with editing(database) as session:
            existing(session, Gift, gift_id, "Gift")
            photo = Attachment(
                stored_name=stored_name,
                original_name=original,
                media_type=mimetypes.guess_type(safe_file_name(original))[0],
                size_bytes=size,
                sha256=digest,
                title=(title or "").strip()[:300] or None,
                purpose=PHOTO,
                gift_id=gift_id,
            )
            session.add(photo)
            session.flush()
            audit(session, "attach", "gift", gift_id, original)
            return _row(photo)
    except BaseException:
        with suppress(OSError):
            (folder / stored_name).unlink()  # no row, no file
        raise


def gift_photos(database: Database, gift_id: int) -> list[AttachmentRow]:
    """The gift's photos (not removed), oldest first. Remove and restore them with
    ``attachments.remove_attachment`` / ``restore_attachment``."""
    with database.reading() as session:
        rows = session.scalars(
            select(Attachment)
            .where(Attachment.gift_id == gift_id, Attachment.removed_at.is_(None))
            .order_by(Attachment.created_at, Attachment.id)
        )
        return [_row(a) for a in rows]


# --- thank-you letters ---------------------------------------------------------------------------


@dataclass(frozen=True)
class RegisterLetter:
    """An entry of the correspondence register, as offered for a thank-you letter."""

    id: int
    kind: DocumentKind
    title: str
    issued_on: dt.date
    recipient: str | None
    gift_id: int | None  # the gift it thanks for already, if any
    gift_title: str | None


def _letters(session: Session, *conditions: Any, limit: int | None = None) -> list[RegisterLetter]:
    recipient = Document.recipient_text
    statement = (
        select(
            Document.id,
            Document.kind,
            Document.title,
            Document.issued_on,
            recipient,
            Person.given_name,
            Person.family_name,
            Organisation.name,
            Document.gift_id,
            Gift.title,
        )
        .outerjoin(Person, Document.recipient_person_id == Person.id)
        .outerjoin(Organisation, Document.recipient_organisation_id == Organisation.id)
        .outerjoin(Gift, Document.gift_id == Gift.id)
        .where(*conditions)
        .order_by(Document.issued_on.desc(), Document.id.desc())
    )
    if limit is not None:
        statement = statement.limit(limit)
    letters = []
    for row in session.execute(statement):
        person = " ".join(p for p in (row[5], row[6]) if p) or None
        letters.append(
            RegisterLetter(row[0], row[1], row[2], row[3], row[4] or person or row[7], *row[8:])
        )
    return letters


def thank_you_letters(database: Database, gift_id: int) -> list[RegisterLetter]:
    """The register entries that name the gift: its thank-you letter(s), the latest first."""
    with database.reading() as session:
        return _letters(session, Document.gift_id == gift_id)


def register_letters(
    database: Database, text: str = "", *, limit: int = 50
) -> list[RegisterLetter]:
    """Register entries to choose a thank-you letter from: those whose title or recipient
    has ``text``, the latest first; letters first of all, as that is what a thank-you is."""
    conditions: list[Any] = []
    for word in text.split():
        pattern = f"%{word}%"
        conditions.append(
            Document.title.ilike(pattern)
            | Document.recipient_text.ilike(pattern)
            | Person.family_name.ilike(pattern)
            | Organisation.name.ilike(pattern)
        )
    with database.reading() as session:
        found = _letters(session, *conditions, limit=limit)
    return sorted(found, key=lambda letter: letter.kind is not DocumentKind.LETTER)


def link_thank_you(database: Database, gift_id: int, document_id: int) -> GiftDetail:
    """Record that the register entry ``document_id`` is the gift's thank-you letter. A letter
    already thanking for another gift is refused (an entry names one gift)."""
    with editing(database) as session:
        existing(session, Gift, gift_id, "Gift")
        document = session.get(Document, document_id)
        if document is None:
            raise ValidationError("document", "That entry is no longer in the register.")
        if document.gift_id not in (None, gift_id):
            other = session.scalar(select(Gift.title).where(Gift.id == document.gift_id))
            raise ValidationError(
                "document", f"“{document.title}” is already the thank-you for “{other}”."
            )
        document.gift_id = gift_id
        audit(session, "link", "gift", gift_id, f"thank-you letter: {document.title}")
    return get_gift(database, gift_id)


def unlink_thank_you(database: Database, gift_id: int, document_id: int) -> GiftDetail:
    """The register entry no longer counts as the gift's thank-you (the entry itself stays)."""
    with editing(database) as session:
        existing(session, Gift, gift_id, "Gift")
        document = session.get(Document, document_id)
        if document is None or document.gift_id != gift_id:
            raise ValidationError("document", "That entry does not name this gift.")
        document.gift_id = None
        audit(session, "unlink", "gift", gift_id, f"thank-you letter: {document.title}")
    return get_gift(database, gift_id)


# --- custody: the undo of a move just made ------------------------------------------------------


def withdraw_move(database: Database, gift_id: int, move_id: int) -> GiftHistory:
    """Take back the custody entry ``move_gift`` has just added — the undo of that move, and
    nothing else: the register offers no way to change or delete an older entry."""
    with editing(database) as session:
        move = session.get(GiftCustody, move_id)
        if move is None or move.gift_id != gift_id:
            raise ValidationError("move", "That move is no longer in the gift's history.")
        session.delete(move)
        session.flush()
        return _history(session, gift_id)


# --- the names an editor shows ------------------------------------------------------------------


@dataclass(frozen=True)
class LinkNames:
    """Names for the records a gift points to, keyed like GiftFields (``giver.city_id``...)."""

    names: dict[str, str]

    def get(self, key: str) -> str | None:
        return self.names.get(key)


def partnership_name(session: Session, partnership_id: int) -> str | None:
    partnership = session.get(Partnership, partnership_id)
    if partnership is None:
        return None
    a, b = session.get(City, partnership.city_a_id), session.get(City, partnership.city_b_id)
    return f"{a.name if a else '?'} – {b.name if b else '?'}"


def link_names(database: Database, fields: GiftFields) -> LinkNames:
    names: dict[str, str] = {}
    with database.reading() as session:
        for side, party in (("giver", fields.giver), ("receiver", fields.receiver)):
            if party.city_id and (city := session.get(City, party.city_id)):
                names[f"{side}.city_id"] = city.name
            if party.organisation_id and (org := session.get(Organisation, party.organisation_id)):
                names[f"{side}.organisation_id"] = org.name
            if party.person_id and (person := session.get(Person, party.person_id)):
                names[f"{side}.person_id"] = f"{person.given_name} {person.family_name}"
        if fields.partnership_id and (name := partnership_name(session, fields.partnership_id)):
            names["partnership_id"] = name
        if fields.delegation_id and (delegation := session.get(Delegation, fields.delegation_id)):
            names["delegation_id"] = delegation.title
    return LinkNames(names)


def gift_partnerships(database: Database) -> list[tuple[int, str]]:
    """The partnerships gifts are recorded for, by name: the list filter's choices."""
    # One joined query: asking for each partnership's name in turn cost 40,202 statements and
    # 4.5-5.6 s on the federation register (13,398 partnerships with gifts); this takes ~20 ms.
    city_a, city_b = aliased(City), aliased(City)
    with_gifts = select(Gift.partnership_id).where(Gift.partnership_id.is_not(None)).distinct()
    statement = (
        select(Partnership.id, city_a.name, city_b.name)
        .join(city_a, Partnership.city_a_id == city_a.id)
        .join(city_b, Partnership.city_b_id == city_b.id)
        .where(Partnership.id.in_(with_gifts))
    )
    with database.reading() as session:
        found = [(i, f"{a} – {b}") for i, a, b in session.execute(statement)]
    return sorted(found, key=lambda pair: pair[1].casefold())


def find_partnerships(database: Database, text: str, *, limit: int = 20) -> list[tuple[int, str]]:
    """Partnerships with every word of ``text`` in either city's names (any script, folded),
    for the editor's lookup."""
    city_a, city_b = aliased(City), aliased(City)
    statement = (
        select(Partnership.id, city_a.name, city_b.name)
        .join(city_a, Partnership.city_a_id == city_a.id)
        .join(city_b, Partnership.city_b_id == city_b.id)
    )
    for word in (fold(w) for w in text.split()):
        if word:
            statement = statement.where(
                city_a.search_key.contains(word, autoescape=True)
                | city_b.search_key.contains(word, autoescape=True)
            )
    statement = statement.order_by(city_b.name, Partnership.id).limit(limit)
    with database.reading() as session:
        return [(i, f"{a} – {b}") for i, a, b in session.execute(statement)]


def find_delegations(database: Database, text: str, *, limit: int = 20) -> list[tuple[int, str]]:
    """Delegations with ``text`` in their title, the latest first: a gift's occasion."""
    statement = select(Delegation.id, Delegation.title, Delegation.arrival_on)
    for word in text.split():
        statement = statement.where(Delegation.title.ilike(f"%{word}%"))
    statement = statement.order_by(Delegation.arrival_on.desc()).limit(limit)
    with database.reading() as session:
        return [(i, f"{title} ({day.year})") for i, title, day in session.execute(statement)]


# --- taking a gift out of the register, and putting it back ------------------------------------


@dataclass(frozen=True)
class RemovedGift:
    """Everything deleting a gift took away, so :func:`restore_gift` can put it back as it was:
    the gift, its custody entries and photos (same ids), and which letters named it."""

    gift_id: int
    title: str
    gift: dict[str, Any]
    custody: tuple[dict[str, Any], ...]
    photos: tuple[dict[str, Any], ...]
    letters: tuple[int, ...]


def _columns(record: Any) -> dict[str, Any]:
    return {c.key: getattr(record, c.key) for c in inspect(record).mapper.column_attrs}


def delete_gift(database: Database, gift_id: int, *, expected_version: int) -> RemovedGift:
    """Take the gift out of the register with its custody history and photos (their files
    stay in the store, so the deletion can be undone); its letters stay, no longer naming it."""
    with editing(database) as session:
        gift = existing(session, Gift, gift_id, "Gift")
        check_version(gift, expected_version, f"Gift '{gift.title}'")
        photos = session.scalars(select(Attachment).where(Attachment.gift_id == gift_id)).all()
        letters = session.scalars(select(Document.id).where(Document.gift_id == gift_id)).all()
        removed = RemovedGift(
            gift_id,
            gift.title,
            _columns(gift),
            tuple(_columns(c) for c in gift.custody),
            tuple(_columns(p) for p in photos),
            tuple(letters),
        )
        session.execute(update(Document).where(Document.gift_id == gift_id).values(gift_id=None))
        for photo in photos:
            session.delete(photo)
        session.delete(gift)
        audit(session, "delete", "gift", gift_id, gift.title)
    return removed


def restore_gift(database: Database, removed: RemovedGift) -> GiftDetail:
    """Put a deleted gift back as it was (the undo of :func:`delete_gift`)."""
    with editing(database) as session:
        if session.get(Gift, removed.gift_id) is not None:
            raise ValidationError("gift", f"“{removed.title}” is in the register already.")
        session.add(Gift(**removed.gift))
        session.flush()
        session.add_all(GiftCustody(**values) for values in removed.custody)
        session.add_all(Attachment(**values) for values in removed.photos)
        _relink(session, removed.gift_id, removed.letters)
        audit(session, "restore", "gift", removed.gift_id, removed.title)
    return get_gift(database, removed.gift_id)


def _relink(session: Session, gift_id: int, letters: Iterable[int]) -> None:
    ids = list(letters)
    if ids:
        session.execute(
            update(Document)
            .where(Document.id.in_(ids), Document.gift_id.is_(None))
            .values(gift_id=gift_id)
        )
