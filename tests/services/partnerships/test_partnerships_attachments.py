"""Agreement scans attached to a partnership: stored under generated names beside the
database, read back against their SHA-256, removable and restorable."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from pathlib import Path

import pytest
from sqlalchemy import select

from exchangedesk.db.models import Attachment
from exchangedesk.db.session import Database
from exchangedesk.domain.errors import ValidationError
from exchangedesk.paths import user_data_dir
from exchangedesk.services.common.attachments import (
    AttachmentMissingError,
    attach_bytes,
    attach_file,
    attachments_dir,
    copy_for_viewing,
    export_attachment,
    list_attachments,
    purge_removed_attachments,
    read_attachment,
    remove_attachment,
    restore_attachment,
    safe_file_name,
    stored_file,
)
from sample_committee import SampleIds

SCAN = b"%PDF-1.4\n% agreement of 1944\n" + bytes(range(256)) * 40


def _files_under(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()}


def test_a_file_is_stored_under_a_generated_name_beside_the_database(
    database: Database, sample: SampleIds, db_location: Path | str, tmp_path: Path
) -> None:
    source = tmp_path / "Agreement Coventry–Stalingrad 1944.pdf"
    source.write_bytes(SCAN)
    row = attach_file(database, sample.coventry_volgograd, source, title="The 1944 agreement")
    folder = attachments_dir(database)
    # A server database has no folder of its own: its files go to the user's data folder.
    home = db_location.parent.resolve() if isinstance(db_location, Path) else user_data_dir()
    assert folder == home / "attachments"
    stored = stored_file(database, row.id)
    assert stored.parent == folder and len(stored.name) == 32 and stored.name.isalnum()
    assert row.original_name == "Agreement Coventry–Stalingrad 1944.pdf"
    assert (row.size_bytes, row.sha256) == (len(SCAN), hashlib.sha256(SCAN).hexdigest())
    assert row.media_type == "application/pdf"
    assert read_attachment(database, row.id) == SCAN
    assert [a.id for a in list_attachments(database, sample.coventry_volgograd)] == [row.id]
    assert not list(folder.glob(".*partial"))  # no temporary file left behind


@pytest.mark.parametrize(
    "hostile",
    [
        "../../etc/passwd",
        "..\\..\\Windows\\system.ini",
        "/tmp/absolute.pdf",
        "CON",
        "nul.txt",
        "x" * 300 + ".pdf",
        "line\nbreak\x00.pdf",
        "",
        ".",
    ],
)
def test_a_hostile_name_never_chooses_where_the_file_is_written(
    database: Database, sample: SampleIds, tmp_path: Path, hostile: str
) -> None:
    outside_before = _files_under(tmp_path) - _files_under(attachments_dir(database))
    row = attach_bytes(database, sample.coventry_volgograd, SCAN, hostile)
    stored = stored_file(database, row.id)
    assert stored.parent == attachments_dir(database)
    assert len(stored.name) == 32 and all(c in "0123456789abcdef" for c in stored.name)
    outside_after = _files_under(tmp_path) - _files_under(attachments_dir(database))
    assert outside_after == outside_before  # nothing written anywhere else
    assert read_attachment(database, row.id) == SCAN
    assert len(row.original_name) <= 500 and "\n" not in row.original_name
    # the name offered when it is saved out or opened is safe on every system
    offered = safe_file_name(row.original_name)
    assert "/" not in offered and "\\" not in offered and offered not in ("", ".", "..")
    assert len(offered) <= 120 and offered.isprintable()
    assert offered.split(".")[0].upper() not in ("CON", "NUL")


def test_safe_names_keep_what_they_can() -> None:
    assert safe_file_name("../../etc/passwd") == "passwd"
    assert safe_file_name("CON") == "_CON"
    assert safe_file_name("Соглашение 1944.pdf") == "Соглашение 1944.pdf"
    long = safe_file_name("x" * 300 + ".pdf")
    assert long.endswith(".pdf") and len(long) == 120
    assert safe_file_name('a<b>c:"d|e?*.pdf') == "a_b_c__d_e__.pdf"


def test_read_back_checks_the_sha256(database: Database, sample: SampleIds) -> None:
    row = attach_bytes(database, sample.coventry_volgograd, SCAN, "scan.pdf")
    stored = stored_file(database, row.id)
    damaged = bytearray(SCAN)
    damaged[100] ^= 0xFF  # same size, other bytes
    os.chmod(stored, 0o600)
    stored.write_bytes(bytes(damaged))
    with pytest.raises(AttachmentMissingError, match="changed since it was attached"):
        read_attachment(database, row.id)
    stored.unlink()
    with pytest.raises(AttachmentMissingError, match="missing"):
        read_attachment(database, row.id)


def test_export_and_copy_for_viewing(database: Database, sample: SampleIds, tmp_path: Path) -> None:
    row = attach_bytes(database, sample.coventry_volgograd, SCAN, "../../Договор.pdf")
    saved_as = export_attachment(database, row.id, tmp_path / "chosen.pdf")
    assert saved_as.read_bytes() == SCAN
    viewing = copy_for_viewing(database, row.id, tmp_path / "view")
    assert viewing == tmp_path / "view" / "Договор.pdf" and viewing.read_bytes() == SCAN


def test_a_stored_name_edited_in_the_database_is_not_followed(
    database: Database, sample: SampleIds
) -> None:
    row = attach_bytes(database, sample.coventry_volgograd, SCAN, "scan.pdf")
    with database.unit_of_work() as session:
        session.get(Attachment, row.id).stored_name = "../../committee.sqlite3"
    with pytest.raises(AttachmentMissingError, match="names no stored file"):
        read_attachment(database, row.id)


def test_removal_keeps_the_file_and_can_be_undone(database: Database, sample: SampleIds):
    row = attach_bytes(database, sample.coventry_volgograd, SCAN, "scan.pdf")
    remove_attachment(database, row.id)
    assert list_attachments(database, sample.coventry_volgograd) == []
    assert stored_file(database, row.id).is_file()
    with pytest.raises(ValidationError, match="removed already"):
        remove_attachment(database, row.id)
    restore_attachment(database, row.id)
    assert [a.id for a in list_attachments(database, sample.coventry_volgograd)] == [row.id]
    assert read_attachment(database, row.id) == SCAN


def test_purge_deletes_rows_and_files_removed_long_enough_ago(
    database: Database, sample: SampleIds
) -> None:
    kept = attach_bytes(database, sample.coventry_volgograd, SCAN, "kept.pdf")
    gone = attach_bytes(database, sample.coventry_volgograd, SCAN, "gone.pdf")
    gone_file = stored_file(database, gone.id)
    remove_attachment(database, gone.id)
    assert (
        purge_removed_attachments(database, removed_before=dt.datetime(2000, 1, 1, tzinfo=dt.UTC))
        == 0
    )
    later = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=1)
    assert purge_removed_attachments(database, removed_before=later) == 1
    assert not gone_file.exists() and stored_file(database, kept.id).is_file()
    with database.reading() as session:
        assert session.scalars(select(Attachment.id)).all() == [kept.id]


def test_attaching_to_a_missing_partnership_writes_nothing(database: Database, tmp_path: Path):
    with pytest.raises(ValidationError, match="no longer in the register"):
        attach_bytes(database, 4711, SCAN, "scan.pdf")
    folder = attachments_dir(database)
    assert not folder.exists() or not any(folder.iterdir())
    with pytest.raises(ValidationError, match="not a file"):
        attach_file(database, 4711, tmp_path / "nothing-here.pdf")
