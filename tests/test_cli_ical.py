"""exchangedesk ical DELEGATION_ID --out FILE.ics [--member PERSON_ID] --db PATH: the file is
written whole, and every refusal is one line on stderr, exit 2, with no file left behind."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import icalendar
import pytest
from sqlalchemy import select

import pg_server
from exchangedesk import cli
from exchangedesk.db import models as m
from exchangedesk.db.opening import open_database
from exchangedesk.interchange import ical

TODAY = dt.date(2026, 2, 20)


@pytest.fixture(scope="module")
def demo_db(
    backend: str, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Path | str, dict[str, int], dict[str, int]]]:
    """The demo, read by every test here: a SQLite file, or a server database (PostgreSQL half)."""
    from exchangedesk.services.samples.demo import build_demo

    server = request.getfixturevalue("pg") if backend == "postgresql" else None
    if server is not None:
        url = server.migrated()
        location: Path | str = pg_server.plain(url)
    else:
        location = tmp_path_factory.mktemp("ical") / "demo.sqlite3"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("ical-home")))
        handle = open_database(location)
        try:
            build_demo(handle.database, today=TODAY)
            with handle.database.reading() as session:
                visits = dict(session.execute(select(m.Delegation.title, m.Delegation.id)).all())
                people = dict(session.execute(select(m.Person.family_name, m.Person.id)).all())
        finally:
            handle.close()
    yield location, visits, people
    if server is not None:
        server.release(url.database)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def refused(code: int, err: str) -> str:
    assert code == 2
    assert "Traceback" not in err
    [line] = err.splitlines()
    assert line.startswith("exchangedesk: ")
    return line


VOLGOGRAD = "Teachers, students and museum staff from Volgograd"


def test_a_delegation_and_one_members_calendar(capsys, demo_db, tmp_path):
    path, visits, people = demo_db
    everyone, one = tmp_path / "visit.ics", tmp_path / "lebedeva.ics"
    code, out, err = run(
        capsys, "ical", str(visits[VOLGOGRAD]), "--out", str(everyone), "--db", str(path)
    )
    assert (code, err) == (0, "")
    assert out == f"19 items of “{VOLGOGRAD}” written to {everyone}\n"
    code, out, _ = run(
        capsys,
        "--db",
        str(path),
        "ical",
        str(visits[VOLGOGRAD]),
        "--member",
        str(people["Lebedeva"]),
        "--out",
        str(one),
    )
    assert code == 0 and out.startswith("18 items of")  # not the museum group's morning
    titles = [
        str(e["SUMMARY"]) for e in icalendar.Calendar.from_ical(one.read_bytes()).walk("VEVENT")
    ]
    assert "Collections and archives at the Herbert" not in titles
    assert "Teaching and study at Coventry University" in titles


def test_an_unknown_delegation_or_a_non_member_is_refused_with_nothing_written(
    capsys, demo_db, tmp_path
):
    path, visits, people = demo_db
    target = tmp_path / "out.ics"
    code, _, err = run(capsys, "ical", "999", "--out", str(target), "--db", str(path))
    assert (
        refused(code, err)
        == "exchangedesk: There is no delegation number 999. No file was written."
    )
    code, _, err = run(
        capsys,
        "ical",
        str(visits[VOLGOGRAD]),
        "--member",
        str(people["Ashworth"]),
        "--out",
        str(target),
        "--db",
        str(path),
    )
    assert "Jennifer Ashworth is not a member of" in refused(code, err)
    code, _, err = run(capsys, "ical", "seven", "--out", str(target), "--db", str(path))
    assert code == 2 and "invalid int value" in err
    assert list(tmp_path.iterdir()) == []


def test_paths_that_cannot_be_written(capsys, demo_db, tmp_path, monkeypatch):
    path, visits, _ = demo_db
    visit = str(visits[VOLGOGRAD])
    code, _, err = run(
        capsys, "ical", visit, "--out", str(tmp_path / "missing" / "x.ics"), "--db", str(path)
    )
    assert "does not exist" in refused(code, err)
    code, _, err = run(capsys, "ical", visit, "--out", str(tmp_path), "--db", str(path))
    assert "it is a folder" in refused(code, err)
    a_file = tmp_path / "plain.txt"
    a_file.write_text("not a folder")
    code, _, err = run(capsys, "ical", visit, "--out", str(a_file / "x.ics"), "--db", str(path))
    assert "is not a folder" in refused(code, err)

    # the disk fills up while writing: the old calendar stays as it was, no temporary file
    target = tmp_path / "visit.ics"
    target.write_bytes(b"the calendar exported last week")

    def full_disk(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(ical.os, "replace", full_disk)
    code, _, err = run(capsys, "ical", visit, "--out", str(target), "--db", str(path))
    assert refused(code, err) == (
        f"exchangedesk: cannot write '{target}': No space left on device. No file was written."
    )
    assert target.read_bytes() == b"the calendar exported last week"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plain.txt", "visit.ics"]


def test_a_missing_database_is_not_created_by_an_export(capsys, tmp_path):
    code, _, err = run(
        capsys,
        "ical",
        "1",
        "--out",
        str(tmp_path / "x.ics"),
        "--db",
        str(tmp_path / "none.sqlite3"),
    )
    refused(code, err)
    assert list(tmp_path.iterdir()) == []


def test_the_export_runs_while_the_window_holds_the_database(capsys, demo_db, tmp_path):
    path, visits, _ = demo_db
    window = open_database(path)  # takes the one-instance lock, as the GUI does
    try:
        code, _, err = run(
            capsys,
            "ical",
            str(visits[VOLGOGRAD]),
            "--out",
            str(tmp_path / "v.ics"),
            "--db",
            str(path),
        )
    finally:
        window.close()
    assert (code, err) == (0, "")
