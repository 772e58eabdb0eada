"""exchangedesk privacy review|retention: the demo's expired passport data listed, cleared only
with --apply --yes; periods shown and set, bad ones refused by option name."""

from __future__ import annotations

import pytest

from exchangedesk import cli
from exchangedesk.db.models import Person, PersonSensitive
from exchangedesk.db.opening import open_database
from privacy_sample import demo

TODAY = "2026-12-06"  # the demo's today (privacy_sample.TODAY)


@pytest.fixture
def demo_file(db_location):  # noqa: ANN001, ANN201
    """The privacy demo in this test's database: a SQLite file, or a server database."""
    path = db_location
    opened = open_database(path)
    try:
        demo(opened.database)
    finally:
        opened.close()
    return path


def run(capsys, *argv):  # noqa: ANN001, ANN002, ANN201
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def vogel_passport(path) -> str | None:  # noqa: ANN001
    opened = open_database(path, read_only=True)
    try:
        with opened.database.reading() as s:
            vogel = s.query(Person).filter_by(family_name="Vogel").one()
            return s.get(PersonSensitive, vogel.id).passport_number
    finally:
        opened.close()


def test_review_lists_then_applies_only_when_confirmed(capsys, demo_file) -> None:  # noqa: ANN001
    code, out, err = run(capsys, "privacy", "review", "--db", demo_file, "--today", TODAY)
    assert (code, err) == (1, "")
    assert "Passport data after the last visit (1):" in out and "Katrin Vogel" in out
    assert "2025-11-16" in out
    code, out, _ = run(capsys, "privacy", "review", "--apply", "--db", demo_file, "--today", TODAY)
    assert code == 1 and "Nothing was changed" in out
    assert vogel_passport(demo_file) == "C01X00T47"
    code, out, _ = run(capsys, "privacy", "review", "--yes", "--db", demo_file)
    assert code == 2
    code, out, _ = run(
        capsys, "privacy", "review", "--apply", "--yes", "--db", demo_file, "--today", TODAY
    )
    assert code == 0 and "1 record(s) cleared" in out
    assert vogel_passport(demo_file) is None
    code, out, _ = run(capsys, "privacy", "review", "--db", demo_file, "--today", TODAY)
    assert code == 0 and "Nothing is kept past its time" in out


def test_retention_periods_are_shown_set_and_checked(capsys, demo_file) -> None:  # noqa: ANN001
    code, out, _ = run(capsys, "privacy", "retention", "--db", demo_file)
    assert code == 0 and "kept 6 months after the last visit" in out
    code, out, _ = run(capsys, "privacy", "retention", "--passport-months", "18", "--db", demo_file)
    assert code == 0 and "kept 18 months" in out
    # 18 months after 16 November 2025 is 16 May 2027: nothing is due any more.
    code, out, _ = run(capsys, "privacy", "review", "--db", demo_file, "--today", TODAY)
    assert code == 0
    code, _, err = run(capsys, "privacy", "retention", "--inactive-years", "0", "--db", demo_file)
    assert code == 2 and "--inactive-years" in err and "Traceback" not in err
