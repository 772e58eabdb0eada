"""``exchangedesk import people|organisations``: exit codes 0/1/2, --dry-run, --refused, the
round trip of ``exchangedesk export``, and the refused pairs written to a CSV."""

from __future__ import annotations

from pathlib import Path

import pytest

import demo_registers
import export_support
from exchangedesk import cli
from export_support import read_csv

export_demo_file = export_support.export_demo_file
demo_register = demo_registers.demo_register
pg_demo_template = demo_registers.pg_demo_template


def run(capsys, *argv: str) -> tuple[int, str, str]:  # noqa: ANN001
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("kind", ["people", "organisations"])
@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_export_imports_back_unchanged_with_exit_0(
    capsys, demo_register, tmp_path, kind, suffix
) -> None:  # noqa: ANN001, E501
    out = tmp_path / f"{kind}{suffix}"
    assert run(capsys, "export", kind, "--out", str(out), "--db", str(demo_register))[0] == 0
    code, said, err = run(capsys, "import", kind, str(out), "--db", str(demo_register))
    assert code == 0, err
    assert "0 added, 0 updated" in said and " unchanged, 0 refused" in said


def test_some_refused_exit_1_and_the_refused_rows_file(capsys, tmp_path, db_location) -> None:  # noqa: ANN001
    db = db_location
    source = tmp_path / "gaeste.csv"
    source.write_bytes(
        "Vorname;Nachname;E-Mail\nJürgen;Müller;jm@example.de\nAnna;;a@example.de\n"
        "Karl;Schmidt;kein@\n".encode("cp1252")
    )
    refused = tmp_path / "fix-me.csv"
    args = ("import", "people", str(source), "--db", str(db), "--refused", str(refused))
    code, said, _ = run(capsys, *args, "--dry-run")
    assert code == 1 and "1 would be added" in said and "dry run" in said
    assert "row 3: refused: Family name: is needed" in said and "row 4: refused: Email:" in said
    code, said, _ = run(capsys, *args)
    assert code == 1 and "1 added" in said
    rows = read_csv(refused)
    assert rows[0] == ["Vorname", "Nachname", "E-Mail", "Refused because"]
    assert rows[1][:3] == ["Anna", "", "a@example.de"] and rows[1][3].startswith("row 3: Family")
    assert rows[2][3].startswith("row 4: Email:")
    # Corrected in the spreadsheet and imported again: the reason column is left out.
    fixed = refused.read_text(encoding="utf-8-sig").replace(",,a@example.de", ",Berg,a@example.de")
    fixed = fixed.replace("kein@", "karl@example.de")
    refused.write_text(fixed, encoding="utf-8-sig")
    code, said, _ = run(capsys, "import", "people", str(refused), "--db", str(db))
    assert code == 0 and "2 added" in said and "ignored): Refused because" in said


def test_nothing_imported_exits_2(capsys, tmp_path, db_location) -> None:  # noqa: ANN001
    db = db_location
    bad = tmp_path / "bad.csv"
    bad.write_text("Email\nx@example.org\n", encoding="utf-8")
    code, _, err = run(capsys, "import", "people", str(bad), "--db", str(db))
    assert code == 2 and "family name" in err and "Nothing was imported" in err
    all_refused = tmp_path / "orgs.csv"
    all_refused.write_text("Name,Kind\nA,Castle\nB,Spaceship\n", encoding="utf-8")
    code, said, _ = run(capsys, "import", "organisations", str(all_refused), "--db", str(db))
    assert code == 2 and "row 2: refused: Kind: 'Castle' is not a kind" in said
    code, _, err = run(capsys, "import", "people", str(tmp_path / "none.csv"), "--db", str(db))
    assert code == 2 and "cannot read" in err
    code, _, err = run(capsys, "import", "gifts", str(bad), "--db", str(db))
    assert code == 2 and "pairs, people, organisations" in err


def test_a_named_sheet_and_kind_spelt_with_underscore(capsys, demo_register, tmp_path) -> None:  # noqa: ANN001
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["nothing here"])
    sheet = book.create_sheet("Schulen")
    sheet.append(["Bezeichnung", "Art", "Webseite"])
    sheet.append(["Kreuzschule", "School", "https://kreuzschule.de"])
    path = tmp_path / "schulen.xlsx"
    book.save(path)
    args = ("import", "Organisations", str(path), "--sheet", "Schulen", "--db", str(demo_register))
    code, said, _ = run(capsys, *args)
    assert code == 0 and "1 added" in said


def test_refused_pairs_are_written_too(capsys, tmp_path: Path, db_location) -> None:  # noqa: ANN001
    source = tmp_path / "pairs.csv"
    source.write_text(
        "city1,country1,lat1,lng1,city2,country2,lat2,lng2\n"
        "Coventry,GB,52.41,-1.51,Volgograd,RU,48.71,44.51\n"
        "Nienburg,DE,52.64,9.21,Nienburg,DE,52.64,9.21\n",
        encoding="utf-8",
    )
    out = tmp_path / "pairs-refused.csv"
    db = db_location
    code, said, _ = run(
        capsys, "import", "pairs", str(source), "--db", str(db), "--refused", str(out)
    )
    assert code == 1 and f"Refused rows written to {out}" in said
    rows = read_csv(out)
    assert rows[1][0] == "Nienburg" and rows[1][-1].startswith("row 3: ")
