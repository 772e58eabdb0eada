"""Every way back to an older backup replays the erasure log (issue 22): 'restore --latest'
and the restore offered for a damaged file (both through restore_over), not only
'restore BACKUP' and File › Backups…."""

from __future__ import annotations

import pytest

from exchangedesk.db.models import Person
from exchangedesk.db.opening import open_database
from exchangedesk.services.maintenance.backups import restore_latest, restore_over
from exchangedesk.services.maintenance.upkeep import backup_database
from exchangedesk.services.people.privacy_erasure import erase_person
from privacy_sample import OLGA, demo, file_bytes, identifying, remaining

pytestmark = pytest.mark.sqlite_only(reason="backups of a file are SQLite's")


def _name_after(db_path) -> str:  # noqa: ANN001
    reopened = open_database(db_path)
    try:
        with reopened.database.reading() as session:
            return session.get(Person, OLGA).display_name
    finally:
        reopened.close()


def test_restore_latest_erases_again_who_was_erased_since(opened, database, db_path) -> None:  # noqa: ANN001
    demo(database)
    needles = identifying(database, OLGA)
    older = backup_database(db_path)
    assert remaining(older.read_bytes(), needles)  # the backup still holds her
    erase_person(database, OLGA)
    opened.close()
    done = restore_latest(db_path)
    assert done.backup.path == older
    assert _name_after(db_path).startswith("Erased person")
    reopened = open_database(db_path)
    with reopened.database.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    reopened.close()
    assert remaining(file_bytes(db_path), needles) == []


def test_the_restore_offered_for_a_damaged_file_erases_again(opened, database, db_path) -> None:  # noqa: ANN001
    demo(database)
    older = backup_database(db_path)
    erase_person(database, OLGA)
    opened.close()
    db_path.write_bytes(b"SQLite format 3\x00" + b"\xa5" * 8000)  # damaged beyond opening
    kept = restore_over(older, db_path)
    assert kept is not None and kept.exists()
    assert _name_after(db_path).startswith("Erased person")
