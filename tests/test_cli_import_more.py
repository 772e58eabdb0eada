"""``exchangedesk import contributions|host-families|participants``: exports import back
unchanged (exit 0), --programme and --campaign, the reading rule printed, a missing campaign
refused whole (exit 2)."""

from __future__ import annotations

import pytest

import export_support
from exchangedesk import cli

export_demo_file = export_support.export_demo_file
demo_path = export_support.demo_path


def run(capsys, *argv: str) -> tuple[int, str, str]:  # noqa: ANN001
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("kind", ["contributions", "host_families", "participants"])
def test_an_export_imports_back_unchanged_with_exit_0(capsys, demo_path, tmp_path, kind) -> None:  # noqa: ANN001
    out = tmp_path / f"{kind}.xlsx"
    assert run(capsys, "export", kind, "--out", str(out), "--db", str(demo_path))[0] == 0
    code, said, err = run(capsys, "import", kind, str(out), "--db", str(demo_path))
    assert code == 0, err
    assert "0 added, 0 updated" in said and " unchanged, 0 refused" in said


def test_pupils_into_a_programme_and_a_donor_list_into_a_campaign(
    capsys, demo_path, tmp_path
) -> None:  # noqa: ANN001
    pupils = tmp_path / "schueler.csv"
    pupils.write_bytes("Vorname;Nachname;Geburtsdatum\nLukas;Neumann;01.02.2011\n".encode("cp1252"))
    db = ("--db", str(demo_path))
    code, said, err = run(capsys, "import", "participants", str(pupils), *db, "--programme", "3")
    assert code == 0, err
    assert "1 added" in said and "dates day first" in said
    donors = tmp_path / "spenden.csv"
    donors.write_bytes(
        "Spender;Betrag;Währung;Datum\nAnonym;12,50;EUR;03.04.2025\n".encode("cp1252")
    )
    code, said, err = run(capsys, "import", "contributions", str(donors), *db)
    assert code == 2 and "No column names the campaign" in err and "Nothing was imported" in err
    code, said, err = run(capsys, "import", "contributions", str(donors), *db, "--campaign", "3")
    assert code == 0, err
    assert "1 added" in said and "numbers with a decimal comma" in said
    code, _, err = run(capsys, "import", "people", str(donors), *db, "--campaign", "3")
    assert code == 2 and "--campaign is for importing contributions" in err


def test_a_mapping_file_names_the_columns_the_headings_do_not(capsys, demo_path, tmp_path) -> None:  # noqa: ANN001
    source = tmp_path / "liste.csv"
    source.write_text("Spalte 1;Spalte 2;Intern\nNeumann;lukas@example.de;x\n", encoding="utf-8")
    db = ("--db", str(demo_path))
    assert run(capsys, "import", "people", str(source), *db)[0] == 2  # no family name
    mapping = tmp_path / "mapping.json"
    mapping.write_text('{"Spalte 1": "family_name", "spalte 2": "Email", "Intern": null}')
    code, said, err = run(capsys, "import", "people", str(source), *db, "--mapping", str(mapping))
    assert code == 0, err
    assert "1 added" in said and "ignored): Intern" in said
    mapping.write_text('{"Spalte 9": "email"}')
    code, _, err = run(capsys, "import", "people", str(source), *db, "--mapping", str(mapping))
    assert code == 2 and "names a column 'Spalte 9' the file does not have" in err
    mapping.write_text('{"Spalte 2": "shoe size"}')
    code, _, err = run(capsys, "import", "people", str(source), *db, "--mapping", str(mapping))
    assert code == 2 and "'shoe size' (for column 'Spalte 2') is not a field of people" in err
