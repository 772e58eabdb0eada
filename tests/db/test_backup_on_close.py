"""The automatic backup when the window closes a changed register: verified before it takes
its place, none without a change, and thinned out with age."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import text

from exchangedesk.db import backup, migrate
from exchangedesk.db.backup import MANIFEST
from exchangedesk.db.opening import open_database
from exchangedesk.services.maintenance.backups import list_backups


def _on_close(folder: Path) -> list[Path]:
    return sorted(folder.glob("*-on-close-*"))


def test_closing_a_changed_register_writes_one_verified_backup(db_path: Path):
    open_database(db_path).close()
    handle = open_database(db_path)
    handle.backup_on_close = True
    with handle.database.unit_of_work() as session:
        session.execute(text("INSERT INTO settings (key, value) VALUES ('note', 'changed')"))
    handle.close()
    (written,) = _on_close(db_path.parent / "backups")
    assert handle.close_backup == written and handle.close_backup_error is None
    (info,) = list_backups(db_path)
    assert info.verified and info.revision == migrate.head_revision()
    assert info.taken_before == "when the register was closed after changes"
    assert sorted(p.name for p in written.parent.iterdir() if p.name != MANIFEST) == [
        written.name
    ]  # no .partial


def test_no_change_or_no_request_means_no_backup(db_path: Path):
    open_database(db_path).close()
    handle = open_database(db_path)
    handle.backup_on_close = True
    with handle.database.reading() as session:
        session.execute(text("SELECT 1"))
    handle.close()
    handle = open_database(db_path)  # the command line does not ask for one
    with handle.database.unit_of_work() as session:
        session.execute(text("INSERT INTO settings (key, value) VALUES ('note', 'changed')"))
    handle.close()
    assert _on_close(db_path.parent / "backups") == []


def test_a_copy_with_broken_references_never_takes_its_place(db_path: Path):
    open_database(db_path).close()
    handle = open_database(db_path)
    handle.backup_on_close = True
    raw = handle.database.engine.raw_connection()
    try:  # a row some other tool wrote, its partnership missing
        raw.driver_connection.execute("PRAGMA foreign_keys=OFF")
        raw.driver_connection.execute("INSERT INTO partnership_areas VALUES (900, 'culture')")
    finally:
        raw.close()
    handle.database.changed = True
    handle.close()
    assert handle.close_backup is None
    assert "broken references" in (handle.close_backup_error or "")
    assert list((db_path.parent / "backups").iterdir()) == []


def test_automatic_backups_thin_out_with_age(tmp_path: Path):
    database = tmp_path / "committee.sqlite3"
    folder = tmp_path / "backups"
    folder.mkdir()
    now = datetime(2026, 12, 6, 12, tzinfo=UTC)
    ages = [timedelta(hours=h) for h in range(0, 72, 4)]  # every 4 h for three days
    ages += [timedelta(days=d) for d in range(3, 400, 1)]  # then daily for over a year
    for age in ages:
        stamp = (now - age).strftime("%Y%m%dT%H%M%S%fZ")
        (folder / f"committee-on-close-{stamp}.sqlite3").write_bytes(b"")
    (folder / "committee-backup-20200101T000000000000Z.sqlite3").write_bytes(b"")  # by hand
    kept = backup._rotate_tiered(database, folder, "on-close", now)
    taken = [datetime.strptime(p.name[19:-8], "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC) for p in kept]
    assert len(kept) == len(_on_close(folder))
    assert taken[:5] == [now - age for age in ages[:5]]  # the newest five, however close
    assert len({t.date() for t in taken if now - t <= timedelta(days=7)}) == 8
    assert len(kept) < 40  # a year of closes costs a few dozen files, not hundreds
    assert all(now - t <= timedelta(days=366) for t in taken)  # older than a year: gone
    assert (folder / "committee-backup-20200101T000000000000Z.sqlite3").exists()


def test_the_tiers_stay_sane_when_the_clock_was_put_back(tmp_path: Path):
    """Backups stamped after "now" (the clock moved backwards since) are kept, not judged by a
    negative age, and the backups of the days before are thinned as usual."""
    database = tmp_path / "committee.sqlite3"
    folder = tmp_path / "backups"
    folder.mkdir()
    now = datetime(2026, 12, 6, 12, tzinfo=UTC)
    future = [now + timedelta(days=d) for d in (1, 30, 400)]  # the clock was years ahead
    past = [now - timedelta(days=d) for d in range(1, 60)]
    for when in future + past:
        stamp = when.strftime("%Y%m%dT%H%M%S%fZ")
        (folder / f"committee-on-close-{stamp}.sqlite3").write_bytes(b"")
    kept = backup._rotate_tiered(database, folder, "on-close", now)
    taken = [datetime.strptime(p.name[19:-8], "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC) for p in kept]
    assert set(future) <= set(taken)
    assert now - timedelta(days=1) in taken  # yesterday: the newest of its day
    assert len([t for t in taken if t < now]) < len(past)  # the past still thins out


def test_everything_from_today_is_kept(tmp_path: Path):
    database = tmp_path / "committee.sqlite3"
    folder = tmp_path / "backups"
    folder.mkdir()
    now = datetime(2026, 12, 6, 23, 30, tzinfo=UTC)
    today = [now - timedelta(minutes=30 * n) for n in range(backup.KEEP_NEWEST * 3)]
    for when in today:
        stamp = when.strftime("%Y%m%dT%H%M%S%fZ")
        (folder / f"committee-after-edits-{stamp}.sqlite3").write_bytes(b"")
    kept = backup._rotate_tiered(database, folder, "after-edits", now)
    assert len(kept) == len(today)
