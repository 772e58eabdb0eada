"""The command line: exit codes scripts can rely on, one-line errors on stderr, and the headless
commands demo, check, backup and restore."""

from __future__ import annotations

import importlib
import sqlite3
import subprocess
import sys
import types
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import text

from exchangedesk import __version__, cli
from exchangedesk.db import migrate
from exchangedesk.db.lock import InstanceLock
from exchangedesk.db.opening import open_database
from exchangedesk.domain.errors import DatabaseError, ExchangeDeskError
from register_sample import add_sample, folder_state, sha256

HEAD = migrate.head_revision()


@pytest.fixture
def filled(db_path: Path) -> Path:
    handle = open_database(db_path)
    try:
        add_sample(handle.database)
    finally:
        handle.close()
    return db_path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_line_error(err: str) -> str:
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("exchangedesk: ")
    return lines[0]


# ------------------------------------------------------------------------- entry and errors


def test_version(capsys):
    assert run(capsys, "--version") == (0, f"ExchangeDesk {__version__}\n", "")


def test_the_installed_entry_points_start(tmp_path):
    script = Path(sys.executable).with_name("exchangedesk")
    commands = [[sys.executable, "-m", "exchangedesk", "--version"], [str(script), "--version"]]
    for command in commands:
        done = subprocess.run(command, capture_output=True, text=True, timeout=60, cwd=tmp_path)
        assert (done.returncode, done.stdout, done.stderr) == (
            0,
            f"ExchangeDesk {__version__}\n",
            "",
        ), command


def test_an_unknown_url_scheme_in_a_real_process(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "exchangedesk", "check", "--db", "foo://x"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert done.returncode == 2 and done.stdout == ""
    assert "Unknown database URL scheme 'foo'" in one_line_error(done.stderr)


@pytest.mark.parametrize("command", ["check", "backup", "demo"])
def test_an_unknown_url_scheme_in_process(capsys, command):
    code, out, err = run(capsys, command, "--db", "foo://x")
    assert code == 2 and out == ""
    assert "Unknown database URL scheme 'foo' in 'foo://x'" in one_line_error(err)


def test_debug_shows_the_traceback_instead(capsys):
    with pytest.raises(DatabaseError, match="Unknown database URL scheme"):
        cli.main(["--debug", "check", "--db", "foo://x"])


def test_an_unexpected_error_is_still_one_line(capsys, filled, monkeypatch):
    from exchangedesk.services.maintenance import upkeep as maintenance

    def broken(database):
        raise RuntimeError("the printer caught fire")

    monkeypatch.setattr(maintenance, "check_database", broken)
    code, _, err = run(capsys, "check", "--db", str(filled))
    assert code == 2
    line = one_line_error(err)
    assert "RuntimeError: the printer caught fire" in line and "--debug" in line


def test_a_usage_error_exits_2(capsys):
    code, _, err = run(capsys, "check", "--no-such-option")
    assert code == 2 and "unrecognized arguments" in err


# ---------------------------------------------------------------------------------- check


@pytest.mark.parametrize("order", ["before", "after"])
def test_check_a_sound_database_exits_0_and_names_the_schema(capsys, filled, order):
    argv = ["--db", str(filled), "check"] if order == "before" else ["check", "--db", str(filled)]
    before = folder_state(filled.parent)
    code, out, err = run(capsys, *argv)
    assert (code, err) == (0, "")
    assert f"Database: {filled}" in out
    assert f"Schema: {HEAD} (this program: {HEAD}), last upgraded by ExchangeDesk" in out
    assert out.rstrip().endswith("No problems found.")
    assert folder_state(filled.parent) == before


def test_check_exits_1_and_lists_each_problem(capsys, filled):
    conn = sqlite3.connect(filled)
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute(
        "INSERT INTO delegation_members (delegation_id, person_id, role, created_at, updated_at)"
        " VALUES (999, 1, 'official', '2024-01-01', '2024-01-01')"
    )
    conn.commit()
    conn.close()
    digest = sha256(filled)
    code, out, err = run(capsys, "check", "--db", str(filled))
    assert (code, err) == (1, "")
    assert "1 problem(s) found:" in out
    assert (
        "  - foreign keys: 1 row(s) of delegation_members (ids 2) refer to missing rows in "
        "delegations" in out
    )
    assert sha256(filled) == digest


def test_check_refuses_a_newer_database_naming_both_versions(capsys, filled):
    conn = sqlite3.connect(filled)
    conn.execute("UPDATE alembic_version SET version_num = 'f00dfeed1234'")
    conn.execute("UPDATE settings SET value = '9.9.0' WHERE key = 'schema_written_by'")
    conn.commit()
    conn.close()
    before = folder_state(filled.parent)
    code, _, err = run(capsys, "check", "--db", str(filled))
    assert code == 2
    line = one_line_error(err)
    assert "9.9.0" in line and __version__ in line
    assert folder_state(filled.parent) == before


def test_check_of_a_missing_file_does_not_create_it(capsys, tmp_path):
    missing = tmp_path / "typo.sqlite3"
    code, _, err = run(capsys, "check", "--db", str(missing))
    assert code == 2 and "does not exist" in one_line_error(err)
    assert list(tmp_path.iterdir()) == []


# ------------------------------------------------------------------------- backup, restore


def test_backup_prints_the_path_of_a_backup_that_exists(capsys, filled, tmp_path):
    code, out, err = run(capsys, "backup", "--db", str(filled), "--dest", str(tmp_path / "bk"))
    assert (code, err) == (0, "")
    written = Path(out.strip())
    assert out.count("\n") == 1 and written.is_file() and written.parent == tmp_path / "bk"


def test_backup_keeps_as_many_as_asked(capsys, filled):
    for _ in range(3):
        assert run(capsys, "--db", str(filled), "backup", "--keep", "2")[0] == 0
    assert len(list((filled.parent / "backups").glob("*.sqlite3"))) == 2
    assert run(capsys, "backup", "--db", str(filled), "--keep", "0")[0] == 2


def test_restore_puts_a_backup_back(capsys, filled):
    code, out, _ = run(capsys, "backup", "--db", str(filled))
    saved = out.strip()
    conn = sqlite3.connect(filled)
    conn.execute("DELETE FROM itinerary_items")
    conn.commit()
    conn.close()
    code, out, err = run(capsys, "restore", saved, "--db", str(filled))
    assert (code, err) == (0, "")
    assert f"Restored {saved} to {filled}." in out
    assert "The database it replaced was kept as " in out
    conn = sqlite3.connect(filled)
    assert conn.execute("SELECT count(*) FROM itinerary_items").fetchone() == (1,)
    conn.close()


def test_restore_while_the_database_is_open_elsewhere(capsys, filled):
    saved = run(capsys, "backup", "--db", str(filled))[1].strip()
    digest = sha256(filled)
    with InstanceLock(filled):
        code, _, err = run(capsys, "restore", saved, "--db", str(filled))
    assert code == 2 and "already open" in one_line_error(err)
    assert sha256(filled) == digest


# ------------------------------------------------------------------------------------ demo


@dataclass(frozen=True)
class FakeSummary:
    cities: int
    partnerships: int


class FakeRefused(ExchangeDeskError):
    pass


ONE_CITY = text(
    "INSERT INTO cities (name, country_code, search_key, created_at, updated_at, version_id) "
    "VALUES ('Coventry', 'GB', 'coventry', '2024-01-01', '2024-01-01', 1)"
)


@pytest.fixture
def fake_demo(monkeypatch):
    """A stand-in for exchangedesk.services.samples.demo, so the command is tested on its own."""
    module = types.ModuleType("exchangedesk.services.samples.demo")
    module.DemoRefused = FakeRefused
    module.calls = []

    def build_demo(database, *, today=None):
        module.calls.append(database)
        with database.unit_of_work() as session:
            session.execute(ONE_CITY)
        return FakeSummary(cities=1, partnerships=0)

    module.build_demo = build_demo
    monkeypatch.setitem(sys.modules, "exchangedesk.services.samples.demo", module)
    return module


def test_demo_creates_a_new_database_and_prints_the_counts(capsys, tmp_path, fake_demo):
    target = tmp_path / "demo.sqlite3"
    code, out, err = run(capsys, "demo", "--db", str(target))
    assert (code, err) == (0, "")
    assert out == f"Demo history written to {target}:\n  cities: 1\n  partnerships: 0\n"
    assert len(fake_demo.calls) == 1
    assert run(capsys, "check", "--db", str(target))[0] == 0  # migrated, sound


def test_demo_refuses_a_non_empty_file_and_leaves_it_alone(capsys, filled, fake_demo):
    before = folder_state(filled.parent)
    code, out, err = run(capsys, "demo", "--db", str(filled))
    assert code == 1 and out == ""
    assert "already exists and is not empty" in one_line_error(err)
    assert folder_state(filled.parent) == before
    assert fake_demo.calls == []


def test_demo_refused_by_the_service_exits_1(capsys, tmp_path, fake_demo):
    def refuse(database, *, today=None):
        raise FakeRefused("the database already holds a register")

    fake_demo.build_demo = refuse
    code, _, err = run(capsys, "demo", "--db", str(tmp_path / "demo.sqlite3"))
    assert code == 1 and "already holds a register" in one_line_error(err)


def test_a_failed_demo_leaves_no_half_made_file(capsys, tmp_path, fake_demo):
    def broken(database, *, today=None):
        raise RuntimeError("ran out of tablecloths")

    fake_demo.build_demo = broken
    code, _, err = run(capsys, "demo", "--db", str(tmp_path / "demo.sqlite3"))
    assert code == 2 and "ran out of tablecloths" in one_line_error(err)
    assert list(tmp_path.iterdir()) == []


def test_demo_needs_a_db_of_its_own(capsys, fake_demo):
    code, _, err = run(capsys, "demo")
    assert code == 2 and "demo needs --db PATH" in one_line_error(err)


def _real_demo():
    try:
        module = importlib.import_module("exchangedesk.services.samples.demo")
    except ImportError:
        module = None
    if not hasattr(module, "build_demo"):
        pytest.skip("exchangedesk.services.samples.demo (build_demo) has not landed yet")
    return module


def test_the_real_demo_builds_a_database_that_passes_check(capsys, tmp_path):
    _real_demo()
    target = tmp_path / "demo.sqlite3"
    code, out, err = run(capsys, "demo", "--db", str(target))
    assert (code, err) == (0, "")
    assert out.startswith(f"Demo history written to {target}:\n")
    counts = [line for line in out.splitlines()[1:] if line.startswith("  ")]
    assert counts and all(line.split(": ")[1].isdigit() for line in counts)
    code, out, err = run(capsys, "check", "--db", str(target))
    assert (code, err) == (0, ""), out
    before = folder_state(tmp_path)
    code, _, err = run(capsys, "demo", "--db", str(target))
    assert code == 1 and "already exists" in one_line_error(err)
    assert folder_state(tmp_path) == before
