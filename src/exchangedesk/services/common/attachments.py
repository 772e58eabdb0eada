"""Files attached to a partnership: scans of agreements, letters of intent, photos.

Where the files live: in an ``attachments`` folder beside the SQLite database (so a copy of the
folder carries them along), or in the user's data folder for a server database. Each file is
written under a generated name (a random UUID) — the name it came with is kept only as
metadata, so a hostile or clashing name ("../../etc/passwd", "CON", 300 characters) can never
choose where anything is written. The SHA-256 and the size are recorded and checked again
whenever the file is read back.

Removing an attachment only marks its row (``removed_at``) and keeps the file, so the removal
can be undone at any time; :func:`purge_removed_attachments` deletes marked rows and their
files for good.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import mimetypes
import os
import re
import unicodedata
import uuid
from collections.abc import Iterable, Iterator
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, select

from exchangedesk.db.engine import sqlite_path
from exchangedesk.db.models import Attachment, Partnership
from exchangedesk.db.session import Database
from exchangedesk.db.types import utc_now
from exchangedesk.domain.errors import ExchangeDeskError, ValidationError
from exchangedesk.paths import user_data_dir
from exchangedesk.services.partnerships.support import audit

FOLDER = "attachments"
ORIGINAL_NAME_LENGTH = 500  # the column's length
SAFE_NAME_LENGTH = 120
AGREEMENT = "agreement"
_CHUNK = 1 << 20


class AttachmentMissingError(ExchangeDeskError):
    """The stored file is gone or no longer what was stored (size or SHA-256 differ)."""


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    partnership_id: int | None
    original_name: str
    title: str | None
    media_type: str | None
    size_bytes: int
    sha256: str
    purpose: str | None
    added_at: dt.datetime
    removed_at: dt.datetime | None

    @property
    def shown_name(self) -> str:
        return self.title or self.original_name


def _row(attachment: Attachment) -> AttachmentRow:
    return AttachmentRow(
        id=attachment.id,
        partnership_id=attachment.partnership_id,
        original_name=attachment.original_name,
        title=attachment.title,
        media_type=attachment.media_type,
        size_bytes=attachment.size_bytes,
        sha256=attachment.sha256,
        purpose=attachment.purpose,
        added_at=attachment.created_at,
        removed_at=attachment.removed_at,
    )


def attachments_dir(database: Database) -> Path:
    """The folder the files of this database live in."""
    path = sqlite_path(database.url)
    base = path.resolve().parent if path is not None else user_data_dir()
    return base / FOLDER


# --- names -----------------------------------------------------------------------------------

_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$", re.IGNORECASE)
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')


def clean_original_name(name: str) -> str:
    """The name as given, for display: control characters out, NFC, at most the column's
    length. Kept verbatim otherwise — it is metadata, never a path."""
    text = "".join(ch for ch in unicodedata.normalize("NFC", name or "") if ch.isprintable())
    text = text.strip() or "attachment"
    return text[:ORIGINAL_NAME_LENGTH]


def safe_file_name(original: str) -> str:
    """A file name to offer when the file is saved out or opened: the last part of the
    original name, without characters any system forbids, never a device name (CON, NUL...),
    never hidden or relative, at most 120 characters with its extension kept."""
    name = re.split(r"[/\\]", original or "")[-1]
    name = unicodedata.normalize("NFC", name)
    name = _UNSAFE.sub("_", "".join(ch if ch.isprintable() else "_" for ch in name))
    name = name.strip(" .")
    if not name:
        name = "attachment"
    if _RESERVED.match(name):
        name = f"_{name}"
    if len(name) > SAFE_NAME_LENGTH:
        stem, dot, extension = name.rpartition(".")
        if dot and stem and len(extension) <= 16:
            name = stem[: SAFE_NAME_LENGTH - len(extension) - 1].rstrip(" .") + "." + extension
        else:
            name = name[:SAFE_NAME_LENGTH].rstrip(" .")
    return name


# --- adding ----------------------------------------------------------------------------------


def attach_file(
    database: Database,
    partnership_id: int,
    source: Path,
    *,
    title: str | None = None,
    purpose: str = AGREEMENT,
) -> AttachmentRow:
    """Copy the file at ``source`` into the store and attach it to the partnership."""
    source = Path(source)
    if not source.is_file():
        raise ValidationError("file", f"{source} is not a file that can be read")
    with source.open("rb") as handle:
        return _attach(database, partnership_id, _chunks(handle), source.name, title, purpose)


def attach_bytes(
    database: Database,
    partnership_id: int,
    data: bytes,
    original_name: str,
    *,
    title: str | None = None,
    purpose: str = AGREEMENT,
) -> AttachmentRow:
    return _attach(database, partnership_id, iter([bytes(data)]), original_name, title, purpose)


def _chunks(handle) -> Iterator[bytes]:  # noqa: ANN001 - a binary file
    while chunk := handle.read(_CHUNK):
        yield chunk


def _attach(
    database: Database,
    partnership_id: int,
    chunks: Iterable[bytes],
    original_name: str,
    title: str | None,
    purpose: str,
) -> AttachmentRow:
    with database.reading() as session:
        if session.get(Partnership, partnership_id) is None:
            raise ValidationError("partnership", "that partnership is no longer in the register")
    folder = attachments_dir(database)
    stored_name, size, digest = _store(folder, chunks)
    original = clean_original_name(original_name)
    try:
        with database.unit_of_work() as session:
            attachment = Attachment(
                stored_name=stored_name,
                original_name=original,
                media_type=mimetypes.guess_type(safe_file_name(original))[0],
                size_bytes=size,
                sha256=digest,
                title=(title or "").strip()[:300] or None,
                purpose=purpose,
                partnership_id=partnership_id,
            )
            session.add(attachment)
            session.flush()
            audit(session, "attach", "partnership", partnership_id, original)
            return _row(attachment)
    except BaseException:
        with suppress(OSError):
            (folder / stored_name).unlink()  # no row, no file
        raise


def _store(folder: Path, chunks: Iterable[bytes]) -> tuple[str, int, str]:
    """Write the bytes under a new random name: to a temporary name first, synced, then
    renamed, so a crash never leaves half a file under a name a row points to."""
    folder.mkdir(parents=True, exist_ok=True)
    stored_name = uuid.uuid4().hex
    final = folder / stored_name
    partial = folder / f".{stored_name}.partial"
    digest, size = hashlib.sha256(), 0
    try:
        with partial.open("xb") as out:
            for chunk in chunks:
                digest.update(chunk)
                size += len(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, final)
    except BaseException:
        with suppress(OSError):
            partial.unlink()
        raise
    return stored_name, size, digest.hexdigest()


# --- reading ---------------------------------------------------------------------------------


def list_attachments(database: Database, partnership_id: int) -> list[AttachmentRow]:
    """The partnership's attachments (not removed), oldest first."""
    with database.reading() as session:
        rows = session.scalars(
            select(Attachment)
            .where(Attachment.partnership_id == partnership_id, Attachment.removed_at.is_(None))
            .order_by(Attachment.created_at, Attachment.id)
        )
        return [_row(a) for a in rows]


def get_attachment(database: Database, attachment_id: int) -> AttachmentRow:
    with database.reading() as session:
        return _row(_load(session, attachment_id))


def _load(session, attachment_id: int) -> Attachment:  # noqa: ANN001 - a Session
    attachment = session.get(Attachment, attachment_id)
    if attachment is None:
        raise AttachmentMissingError(f"Attachment #{attachment_id} is no longer in the register.")
    return attachment


_STORED_NAME = re.compile(r"^[0-9a-f]{32}$")


def stored_file(database: Database, attachment_id: int) -> Path:
    """Where the file is kept (read it, never write it). Only a name this module generated is
    followed, so even an edited database cannot point outside the folder."""
    with database.reading() as session:
        attachment = _load(session, attachment_id)
        stored_name, original = attachment.stored_name, attachment.original_name
    if not _STORED_NAME.match(stored_name):
        raise AttachmentMissingError(f"The record of “{original}” names no stored file.")
    return attachments_dir(database) / stored_name


def read_attachment(database: Database, attachment_id: int) -> bytes:
    """The file's bytes, checked against the recorded size and SHA-256."""
    row = get_attachment(database, attachment_id)
    data = _open(database, row, stored_file(database, attachment_id)).read_bytes()
    _verify(row, len(data), hashlib.sha256(data).hexdigest())
    return data


def export_attachment(database: Database, attachment_id: int, destination: Path) -> Path:
    """Copy the file to ``destination`` (a path the user chose), checked on the way."""
    row = get_attachment(database, attachment_id)
    source = _open(database, row, stored_file(database, attachment_id))
    destination = Path(destination)
    digest, size = hashlib.sha256(), 0
    with source.open("rb") as handle, destination.open("wb") as out:
        for chunk in _chunks(handle):
            digest.update(chunk)
            size += len(chunk)
            out.write(chunk)
    try:
        _verify(row, size, digest.hexdigest())
    except AttachmentMissingError:
        destination.unlink(missing_ok=True)
        raise
    return destination


def copy_for_viewing(database: Database, attachment_id: int, folder: Path) -> Path:
    """A copy under a safe form of the original name (so the viewer knows the file type), in
    ``folder`` — the stored file itself is never handed to another program."""
    row = get_attachment(database, attachment_id)
    folder.mkdir(parents=True, exist_ok=True)
    return export_attachment(database, attachment_id, folder / safe_file_name(row.original_name))


def _open(database: Database, row: AttachmentRow, path: Path) -> Path:
    if not path.is_file():
        raise AttachmentMissingError(
            f"The file of “{row.original_name}” is missing from {attachments_dir(database)}."
        )
    return path


def _verify(row: AttachmentRow, size: int, digest: str) -> None:
    if size != row.size_bytes or digest != row.sha256:
        raise AttachmentMissingError(
            f"The stored file of “{row.original_name}” has changed since it was attached "
            "(its size or SHA-256 differ); restore it from a backup."
        )


# --- removing --------------------------------------------------------------------------------


def remove_attachment(database: Database, attachment_id: int) -> None:
    """Mark the attachment removed; the file stays, so :func:`restore_attachment` undoes it."""
    _mark(database, attachment_id, removed=True)


def restore_attachment(database: Database, attachment_id: int) -> None:
    _mark(database, attachment_id, removed=False)


def _mark(database: Database, attachment_id: int, *, removed: bool) -> None:
    with database.unit_of_work() as session:
        attachment = _load(session, attachment_id)
        if (attachment.removed_at is not None) == removed:
            state = "removed" if removed else "attached"
            raise ValidationError("attachment", f"“{attachment.original_name}” is {state} already")
        attachment.removed_at = utc_now() if removed else None
        action = "detach" if removed else "reattach"
        audit(session, action, "partnership", attachment.partnership_id, attachment.original_name)


def purge_removed_attachments(database: Database, *, removed_before: dt.datetime) -> int:
    """Delete for good the attachments removed before the given instant, rows and files
    (no undo reaches that far back). Returns how many."""
    with database.unit_of_work() as session:
        doomed = session.execute(
            select(Attachment.id, Attachment.stored_name).where(
                Attachment.removed_at.is_not(None), Attachment.removed_at < removed_before
            )
        ).all()
        if doomed:
            session.execute(delete(Attachment).where(Attachment.id.in_([i for i, _ in doomed])))
    folder = attachments_dir(database)
    for _id, stored_name in doomed:
        with suppress(FileNotFoundError):
            (folder / stored_name).unlink()
    return len(doomed)
