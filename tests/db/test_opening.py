"""Every SQLite connection gets the same settings, and opening refuses what it cannot safely use
with one clear sentence, leaving the file exactly as it was (byte for byte, nothing beside it).

Permission tests: root ignores permission bits, so as root the "real" variants make the file or
folder immutable with ``chattr +i`` (skipped where the filesystem refuses it); as anyone else they
use chmod. The "os.access" variants always run and stand in for the permission by monkeypatching
``os.access``, which is what opening asks.
"""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from exchangedesk import __version__
from exchangedesk.db import migrate
from exchangedesk.db.engine import BUSY_TIMEOUT_MS, make_engine, resolve_url
from exchangedesk.db.lock import InstanceLock
from exchangedesk.db.opening import open_database
from exchangedesk.domain.errors import DatabaseError, DatabaseLockedError, NewerDatabaseError
from register_sample import add_sample, corrupt_middle, folder_state, sha256

EXPECTED_PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": 2,  # FULL
    "foreign_keys": 1,
    "busy_timeout": BUSY_TIMEOUT_MS,
    "secure_delete": 1,
}


def _pragmas(conn) -> dict:
    return {name: conn.exec_driver_sql(f"PRAGMA {name}").scalar() for name in EXPECTED_PRAGMAS}


@pytest.mark.sqlite_only(reason="not yet on PostgreSQL (issue 19)")
def test_every_connection_gets_the_sqlite_settings(opened):
    engine = opened.database.engine
    # Three connections open at once are three different SQLite connections from the pool.
    with engine.connect() as a, engine.connect() as b, engine.connect() as c:
        assert len({id(x.connection.driver_connection) for x in (a, b, c)}) == 3
        for conn in (a, b, c):
            assert _pragmas(conn) == EXPECTED_PRAGMAS
    with opened.database.unit_of_work() as session:
        assert _pragmas(session.connection()) == EXPECTED_PRAGMAS
    engine.dispose()  # fresh connections after the pool is emptied get them too
    with engine.connect() as conn:
        assert _pragmas(conn) == EXPECTED_PRAGMAS


@pytest.mark.sqlite_only(reason="not yet on PostgreSQL (issue 19)")
def test_the_settings_are_asked_for_not_left_to_this_builds_defaults(opened, monkeypatch):
    # Debian's SQLite already defaults to synchronous=FULL and secure_delete=ON, so the values
    # above alone would not notice a listener that forgot them; the statements do.
    engine = opened.database.engine
    engine.dispose()
    seen: list[str] = []
    real_connect = sqlite3.connect

    def traced_connect(*args, **kwargs):
        conn = real_connect(*args, **kwargs)
        conn.set_trace_callback(seen.append)
        return conn

    monkeypatch.setattr(engine.dialect.loaded_dbapi, "connect", traced_connect)
    with engine.connect() as conn:
        conn.exec_driver_sql("SELECT 1")
    issued = {statement.upper().replace(" ", "") for statement in seen}
    for pragma in (
        "PRAGMA JOURNAL_MODE=WAL",
        "PRAGMA SYNCHRONOUS=FULL",
        "PRAGMA FOREIGN_KEYS=ON",
        f"PRAGMA BUSY_TIMEOUT={BUSY_TIMEOUT_MS}",
        "PRAGMA SECURE_DELETE=ON",
    ):
        assert pragma.replace(" ", "") in issued, pragma


def test_read_only_connections_get_the_settings_and_cannot_write(closed_db):
    handle = open_database(closed_db, read_only=True)
    try:
        with handle.database.engine.connect() as conn:
            assert _pragmas(conn) == EXPECTED_PRAGMAS
            with pytest.raises(Exception, match="readonly"):
                conn.exec_driver_sql("DELETE FROM cities")
    finally:
        handle.close()


# ------------------------------------------------------------------------------ bad input


def _refused(path: Path, match: str, **open_args) -> str:
    """Open *path*, expect a refusal matching *match*; prove nothing in its folder changed."""
    before = folder_state(path.parent)
    with pytest.raises(DatabaseError, match=match) as refusal:
        open_database(path, **open_args)
    assert folder_state(path.parent) == before
    message = str(refusal.value)
    assert "\n" not in message
    return message


def test_a_text_file_is_not_a_database(tmp_path):
    notes = tmp_path / "minutes.txt"
    notes.write_text("Minutes of the twinning committee, 12 March\n" * 50)
    message = _refused(notes, "not an ExchangeDesk database")
    assert "not an SQLite file" in message and str(notes) in message


def test_a_pdf_is_not_a_database(tmp_path):
    pdf = tmp_path / "agreement.pdf"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" * 40)
    _refused(pdf, "not an SQLite file")


def test_a_truncated_database_is_damaged(closed_db):
    data = closed_db.read_bytes()
    closed_db.write_bytes(data[: len(data) // 2])
    message = _refused(closed_db, "is damaged")
    assert "restore" in message


def test_a_database_corrupted_in_its_middle_pages_is_damaged(closed_db):
    corrupt_middle(closed_db)
    message = _refused(closed_db, "is damaged")
    assert "has not been changed" in message
    # Read-only is refused the same way: damage is not a reason to read half a register.
    _refused(closed_db, "is damaged", read_only=True)


def test_a_row_breaking_a_check_rule_is_not_damage(closed_db):
    # Opening refuses damaged files; a rule broken by some outside tool is for 'check' to
    # report, and the secretary must still be able to open the register to mend it.
    with sqlite3.connect(closed_db) as conn:
        conn.execute("PRAGMA ignore_check_constraints=ON")
        conn.execute("UPDATE delegations SET departure_on = '1945-04-01'")
    conn.close()
    open_database(closed_db).close()


def test_an_sqlite_file_of_another_program_is_refused(tmp_path):
    other = tmp_path / "photos.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE photo (id INTEGER PRIMARY KEY, name TEXT)")
    conn.close()
    _refused(other, "not an ExchangeDesk one")


def test_a_folder_is_not_a_database(tmp_path):
    with pytest.raises(DatabaseError, match="is a folder"):
        open_database(tmp_path)


def test_a_missing_folder_is_named(tmp_path):
    with pytest.raises(DatabaseError, match="folder .* does not exist"):
        open_database(tmp_path / "no such folder" / "db.sqlite3")


def test_a_database_from_a_newer_exchangedesk_is_refused_and_left_untouched(closed_db):
    with sqlite3.connect(closed_db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f00dfeed1234'")
        conn.execute("UPDATE settings SET value = '9.9.0' WHERE key = 'schema_written_by'")
    conn.close()
    assert not closed_db.with_name(closed_db.name + "-wal").exists()
    for read_only in (False, True):
        before = folder_state(closed_db.parent)
        with pytest.raises(NewerDatabaseError) as refusal:
            open_database(closed_db, read_only=read_only)
        message = str(refusal.value)
        assert "9.9.0" in message and __version__ in message
        assert "f00dfeed1234" in message and migrate.head_revision() in message
        assert folder_state(closed_db.parent) == before  # no -wal, -shm or new lock file


@pytest.fixture
def permissions(monkeypatch):
    """Make a file or folder read-only for the program, by one of two mechanisms."""
    undo: list[Path] = []

    def make_read_only(target: Path, how: str) -> None:
        if how == "os.access":
            real_access = os.access

            def access(path, mode, *args, **kwargs):
                if Path(path) == target and mode & os.W_OK:
                    return False
                return real_access(path, mode, *args, **kwargs)

            monkeypatch.setattr(os, "access", access)
        elif os.geteuid() != 0:
            target.chmod(0o555 if target.is_dir() else 0o444)
            undo.append(target)
        else:
            done = subprocess.run(["chattr", "+i", str(target)], capture_output=True)
            if done.returncode != 0:
                pytest.skip(f"running as root and chattr +i is refused here: {done.stderr!r}")
            undo.append(target)

    yield make_read_only
    for target in undo:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(target)], check=True)
        else:
            target.chmod(0o755 if target.is_dir() else 0o644)


@pytest.mark.parametrize("how", ["real", "os.access"])
def test_a_read_only_file_is_refused_with_the_read_only_way_out(closed_db, permissions, how):
    permissions(closed_db, how)
    message = _refused(closed_db, "is read-only")
    assert "--read-only" in message
    handle = open_database(closed_db, read_only=True)
    try:
        with handle.database.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM cities").scalar() == 2
    finally:
        handle.close()


@pytest.mark.parametrize("how", ["real", "os.access"])
def test_a_read_only_folder_is_refused_and_read_only_opening_works_there(
    closed_db, permissions, how
):
    (closed_db.parent / "committee.sqlite3.lock").unlink()
    permissions(closed_db.parent, how)
    message = _refused(closed_db, "folder .* is read-only")
    assert "--read-only" in message
    before = folder_state(closed_db.parent)
    handle = open_database(closed_db, read_only=True)
    try:
        with handle.database.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM cities").scalar() == 2
    finally:
        handle.close()
    assert folder_state(closed_db.parent) == before


def test_a_new_database_in_a_read_only_folder_is_refused(tmp_path, permissions):
    permissions(tmp_path, "os.access")
    with pytest.raises(DatabaseError, match="Cannot create .* folder .* is read-only"):
        open_database(tmp_path / "new.sqlite3")
    assert list(tmp_path.iterdir()) == []


HOLD_OPEN = textwrap.dedent(
    """
    import sys
    from exchangedesk.db.opening import open_database

    handle = open_database(sys.argv[1])
    print("open", flush=True)
    sys.stdin.read()  # hold it until the test closes our stdin
    handle.close()
    """
)


def test_a_second_instance_is_told_who_has_the_file_and_can_still_read_it(closed_db):
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_OPEN, str(closed_db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        digest = sha256(closed_db)
        with pytest.raises(DatabaseLockedError) as refusal:
            open_database(closed_db)
        message = str(refusal.value)
        assert socket.gethostname() in message
        assert f"process {holder.pid}" in message
        assert "read-only" in message
        assert sha256(closed_db) == digest
        handle = open_database(closed_db, read_only=True)  # while the lock is held
        try:
            with handle.database.engine.connect() as conn:
                assert conn.exec_driver_sql("SELECT count(*) FROM cities").scalar() == 2
        finally:
            handle.close()
    finally:
        holder.stdin.close()
        assert holder.wait(timeout=30) == 0
    open_database(closed_db).close()  # the lock went with the holder


def test_the_lock_also_holds_within_one_process(closed_db):
    # flock locks belong to an open file, so a second open in the same process conflicts too.
    with (
        InstanceLock(closed_db),
        pytest.raises(DatabaseLockedError, match=f"process {os.getpid()}"),
    ):
        open_database(closed_db)


def test_an_unknown_url_scheme_is_named(tmp_path):
    with pytest.raises(DatabaseError, match="Unknown database URL scheme 'foo'"):
        open_database("foo://x")
    assert list(tmp_path.iterdir()) == []


def test_a_path_with_uri_characters_opens_the_right_file(tmp_path):
    # '#', '?' and '%' are legal in folder names; unescaped in an SQLite URI, the program
    # read a stray file named "Aid " instead (and backed up an empty database).
    folder = tmp_path / "Aid #2 50% ?"
    folder.mkdir()
    path = folder / "register.sqlite3"
    handle = open_database(path)
    add_sample(handle.database)
    handle.close()
    for read_only in (False, True):
        handle = open_database(path, read_only=read_only)
        try:
            with handle.database.engine.connect() as conn:
                assert conn.exec_driver_sql("SELECT count(*) FROM cities").scalar() == 2
        finally:
            handle.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder.name]


def test_read_only_engine_sees_a_live_writers_committed_rows(closed_db):
    writer = open_database(closed_db)
    reader = make_engine(resolve_url(closed_db), read_only=True)
    try:
        with writer.database.engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO settings (key, value) VALUES ('home_city', '1')")
        with reader.connect() as conn:
            rows = conn.exec_driver_sql("SELECT value FROM settings WHERE key = 'home_city'")
            assert rows.scalar() == "1"
    finally:
        reader.dispose()
        writer.close()
