"""exchangedesk privacy export|erase: a person's data given to them, or erased."""

from __future__ import annotations

import json

import pytest

from exchangedesk import cli
from exchangedesk.db.models import Person
from exchangedesk.db.opening import open_database
from privacy_sample import HELEN, OLGA, demo, file_bytes, remaining


@pytest.fixture
def demo_file(db_location):
    """The privacy demo in this test's database: a SQLite file, or a server database."""
    path = db_location
    opened = open_database(path)
    try:
        demo(opened.database)
    finally:
        opened.close()
    return path


def run(capsys, *argv):
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def name_of(path, person_id) -> str:
    opened = open_database(path, read_only=True)
    try:
        with opened.database.reading() as session:
            return session.get(Person, person_id).display_name
    finally:
        opened.close()


def test_export_writes_the_json_and_the_pdf(capsys, demo_file, tmp_path) -> None:
    out = tmp_path / "for-olga"
    code, printed, err = run(capsys, "privacy", "export", OLGA, "--out", out, "--db", demo_file)
    assert (code, err) == (0, "")
    document = json.loads((out / f"person-{OLGA}-personal-data.json").read_text("utf-8"))
    assert document["sections"]["people.id"]["rows"][0]["family_name"] == "Smirnova"
    assert (out / f"person-{OLGA}-personal-data.pdf").read_bytes().startswith(b"%PDF")
    assert str(out / f"person-{OLGA}-personal-data.pdf") in printed


@pytest.mark.sqlite_only("refused before anything is read: once is enough")
def test_export_of_an_unknown_person_says_so(capsys, demo_file, tmp_path) -> None:
    code, _, err = run(capsys, "privacy", "export", 999, "--out", tmp_path / "x", "--db", demo_file)
    assert code == 2 and "there is no person #999" in err and "Traceback" not in err


def test_erase_without_yes_only_lists_what_it_would_do(capsys, demo_file) -> None:
    code, printed, _ = run(capsys, "privacy", "erase", OLGA, "--db", demo_file)
    assert code == 1
    assert "Visa support letter for Olga Smirnova" in printed and "Nothing was erased" in printed
    assert name_of(demo_file, OLGA) == "Olga Smirnova"


@pytest.mark.sqlite_only("reads the file's bytes; the server's pages are not the file's")
def test_erase_with_yes_leaves_no_trace_in_the_file(capsys, demo_file) -> None:
    code, printed, err = run(capsys, "privacy", "erase", HELEN, "--yes", "--db", demo_file)
    assert (code, err) == (0, "")
    assert f"now 'Erased person {HELEN}'" in printed
    assert name_of(demo_file, HELEN) == f"Erased person {HELEN}"
    needles = ["Helen", "Bradshaw", "secretary@example.org", "+44 24 7600 0000", "500000103"]
    assert remaining(file_bytes(demo_file), needles) == []
