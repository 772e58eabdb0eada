"""The command line against a real PostgreSQL server (issue 19): `init` on an empty database,
the demo, `check`, a `backup` through pg_dump verified with pg_restore --list, `restore` all or
nothing, and a printed document. Skipped without a server (tests/pg_server.py), required in CI."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from exchangedesk.services.maintenance import server_backups
from test_cli import one_line_error, run

pytestmark = pytest.mark.skipif(
    shutil.which("pg_dump") is None and not list(Path("/usr/lib/postgresql").glob("*/bin/pg_dump")),
    reason="the PostgreSQL client tools (pg_dump, pg_restore) are not installed",
)


def _scalar(url: str, sql: str) -> object:
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            return connection.execute(text(sql)).scalar()
    finally:
        engine.dispose()


def _execute(url: str, sql: str) -> None:
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.begin() as connection:
            connection.execute(text(sql))
    finally:
        engine.dispose()


def test_init_creates_the_schema_in_an_empty_database_once(capsys, pg_empty_url):
    code, out, err = run(capsys, "init", "--db", pg_empty_url)
    assert (code, err) == (0, ""), err
    assert out.startswith("Created a new register at postgresql")
    assert "exd:exd@" not in out  # the password is never printed
    assert _scalar(pg_empty_url, "SELECT count(*) FROM partnerships") == 0

    code, out, _err = run(capsys, "init", "--db", pg_empty_url)
    assert code == 0 and "nothing was changed" in out
    code, out, err = run(capsys, "check", "--db", pg_empty_url)
    assert code == 0, out + err


def test_init_refuses_a_database_that_holds_other_tables(capsys, pg_empty_url):
    _execute(pg_empty_url, "CREATE TABLE invoices (id integer PRIMARY KEY)")
    code, _out, err = run(capsys, "init", "--db", pg_empty_url)
    assert code == 2
    line = one_line_error(err)
    assert "not an ExchangeDesk one" in line and "invoices" in line and "SQLite" not in line
    assert _scalar(pg_empty_url, "SELECT to_regclass('partnerships')") is None


def test_backup_is_a_verified_dump_and_restore_puts_it_back(capsys, pg_empty_url, tmp_path):
    assert run(capsys, "demo", "--db", pg_empty_url)[0] == 0
    partnerships = _scalar(pg_empty_url, "SELECT count(*) FROM partnerships")
    assert partnerships > 0

    code, out, err = run(capsys, "backup", "--db", pg_empty_url, "--dest", str(tmp_path))
    assert (code, err) == (0, ""), err
    dump = Path(out.strip())
    assert dump.parent == tmp_path and dump.suffix == ".dump"
    assert server_backups.verify_dump(dump) >= len(server_backups.REGISTER_TABLES)
    assert not list(tmp_path.glob("*.partial"))

    _execute(pg_empty_url, "DELETE FROM partnership_status_changes")
    _execute(pg_empty_url, "UPDATE partnerships SET notes = 'changed after the backup'")
    code, out, err = run(capsys, "restore", str(dump), "--db", pg_empty_url)
    assert (code, err) == (0, ""), err
    assert "kept as" in out
    assert _scalar(pg_empty_url, "SELECT count(*) FROM partnerships") == partnerships
    changed = "SELECT count(*) FROM partnerships WHERE notes = 'changed after the backup'"
    assert _scalar(pg_empty_url, changed) == 0
    assert _scalar(pg_empty_url, "SELECT count(*) FROM partnership_status_changes") > 0
    assert run(capsys, "check", "--db", pg_empty_url)[0] == 0


def test_a_dump_cut_short_is_refused_and_the_register_is_unchanged(capsys, pg_empty_url, tmp_path):
    assert run(capsys, "demo", "--db", pg_empty_url)[0] == 0
    code, out, _err = run(capsys, "backup", "--db", pg_empty_url, "--dest", str(tmp_path))
    assert code == 0
    dump = Path(out.strip())
    cut = tmp_path / "cut.dump"
    cut.write_bytes(dump.read_bytes()[: dump.stat().st_size // 3])
    _execute(pg_empty_url, "UPDATE partnerships SET notes = 'kept'")

    code, _out, err = run(capsys, "restore", str(cut), "--db", pg_empty_url)
    assert code == 2
    line = one_line_error(err)
    assert "cut.dump" in line
    # Refused before anything was written: not even the safety dump of the current register.
    assert not list(Path(os.environ["XDG_DATA_HOME"]).rglob("*.dump"))
    assert _scalar(pg_empty_url, "SELECT count(*) FROM partnerships WHERE notes <> 'kept'") == 0


def test_a_document_prints_from_the_server(capsys, pg_empty_url, tmp_path):
    assert run(capsys, "demo", "--db", pg_empty_url)[0] == 0
    out_file = tmp_path / "register.pdf"
    code, _out, err = run(
        capsys, "print", "partnership_register", "--db", pg_empty_url, "--out", str(out_file)
    )
    assert code == 0, err
    assert out_file.read_bytes().startswith(b"%PDF")
