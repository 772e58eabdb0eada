"""``exchangedesk export``: kinds, formats, the filter, sensitive details and the audit log."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

import demo_registers
import export_support
from exchangedesk import cli
from exchangedesk.db.models import AuditEntry
from exchangedesk.db.opening import open_database
from export_support import read_csv, read_xlsx

# The demo register's fixtures (built once per run, copied per test). demo_register is on both
# backends; demo_path (SQLite only) serves the refusals decided before the register is read.
export_demo_file = export_support.export_demo_file
demo_register = demo_registers.demo_register
pg_demo_template = demo_registers.pg_demo_template
demo_path = export_support.demo_path


def run(capsys, *argv: str) -> tuple[int, str, str]:  # noqa: ANN001
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _audited(path: Path) -> int:
    handle = open_database(path, read_only=True)
    try:
        with handle.database.reading() as session:
            return session.scalar(
                select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "export")
            )
    finally:
        handle.close()


@pytest.mark.parametrize("kind", ["host_families", "host-families", "shipment_lines"])
def test_export_accepts_dash_and_underscore(capsys, demo_register, tmp_path, kind) -> None:  # noqa: ANN001
    out = tmp_path / "x.xlsx"
    code, said, err = run(capsys, "export", kind, "--out", str(out), "--db", str(demo_register))
    assert code == 0, err
    assert "written to" in said
    assert len(read_xlsx(out)) > 1


def test_export_csv_with_filter(capsys, demo_register, tmp_path) -> None:  # noqa: ANN001
    out = tmp_path / "cities.csv"
    code, said, _ = run(
        capsys,
        "export",
        "cities",
        "--format",
        "csv",
        "--out",
        str(out),
        "--filter",
        "volgograd",
        "--db",
        str(demo_register),
    )
    assert code == 0
    rows = read_csv(out)
    assert len(rows) >= 2 and all("Volgograd" in ",".join(r) for r in rows[1:])
    assert said.startswith(f"{len(rows) - 1} row")


def test_sensitive_only_with_the_flag_and_audited(capsys, demo_register, tmp_path) -> None:  # noqa: ANN001
    plain, full = tmp_path / "plain.csv", tmp_path / "full.xlsx"
    assert run(capsys, "export", "people", "--out", str(plain), "--db", str(demo_register))[0] == 0
    assert "Passport number" not in read_csv(plain)[0]
    assert _audited(demo_register) == 0
    code, said, _ = run(
        capsys, "export", "people", "--out", str(full), "--sensitive", "--db", str(demo_register)
    )
    assert code == 0 and "audited" in said
    assert {"Passport number", "Date of birth", "Medical notes"} <= set(read_xlsx(full)[0])
    assert _audited(demo_register) == 1


def test_sensitive_export_refused_read_only(capsys, demo_register, tmp_path) -> None:  # noqa: ANN001
    out = tmp_path / "x.csv"
    code, _, err = run(
        capsys,
        "--read-only",
        "export",
        "people",
        "--out",
        str(out),
        "--sensitive",
        "--db",
        str(demo_register),
    )
    assert code == 2 and "audit log" in err
    assert not out.exists()


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["export", "weather", "--out", "{out}.csv"], "no export of 'weather'"),
        (["export", "people", "--out", "{out}.txt"], "--format"),
        (["export", "people", "--out", "{missing}/x.csv"], "folder that exists"),
    ],
)
def test_export_refusals_are_one_sentence(capsys, demo_path, tmp_path, argv, says) -> None:  # noqa: ANN001
    argv = [a.format(out=tmp_path / "x", missing=tmp_path / "nope") for a in argv]
    code, _, err = run(capsys, *argv, "--db", str(demo_path))
    assert code == 2
    assert says in err and "Traceback" not in err


def test_print_accepts_dash_for_underscore(capsys, demo_path, tmp_path) -> None:  # noqa: ANN001
    out = tmp_path / "r.pdf"
    code, _, err = run(capsys, "print", "gift-register", "--out", str(out), "--db", str(demo_path))
    assert code == 0, err
    assert out.read_bytes().startswith(b"%PDF")


def test_import_people_from_a_german_excel_csv(capsys, demo_register, tmp_path) -> None:  # noqa: ANN001
    source = tmp_path / "gaeste.csv"
    source.write_bytes(
        "Vorname;Nachname;E-Mail;Telefon\nJürgen;Müller;jm@example.de;+49 351 123\n;Ohne;;\n"
        "Anna;;a@example.de;\n".encode("cp1252")
    )
    args = ("import", "people", str(source), "--db", str(demo_register))
    code, said, _ = run(capsys, *args, "--dry-run")
    assert code == 1 and "row 4: refused: Family name: is needed" in said
    assert "2 would be added" in said and "read as Windows-1252, separated by ';'" in said
    code, said, _ = run(capsys, *args)
    assert code == 1 and "2 added" in said
    code, said, _ = run(capsys, *args)
    assert "row 2: already in the register: Jürgen Müller" in said and "0 added" in said
    out = tmp_path / "people.xlsx"
    export = (
        "export",
        "people",
        "--out",
        str(out),
        "--filter",
        "muller",
        "--db",
        str(demo_register),
    )
    assert run(capsys, *export)[0] == 0
    assert "+49 351 123" in [row[11] for row in read_xlsx(out)]


def test_a_city_imported_as_a_formula_is_stored_as_given_and_exported_as_text(
    capsys,  # noqa: ANN001
    tmp_path,  # noqa: ANN001
    db_location,  # noqa: ANN001
) -> None:
    evil = '=HYPERLINK("http://x","y")'
    source = tmp_path / "pairs.csv"
    source.write_text(
        "city1,country1,lat1,lng1,city2,country2,lat2,lng2\n"
        '"=HYPERLINK(""http://x"",""y"")",GB,,,Volgograd,RU,,\n',
        encoding="utf-8",
    )
    db = db_location
    assert run(capsys, "import", "pairs", str(source), "--db", str(db))[0] == 0
    for name in ("cities.csv", "cities.xlsx"):
        assert (
            run(capsys, "export", "cities", "--out", str(tmp_path / name), "--db", str(db))[0] == 0
        )
    assert evil in [row[1] for row in read_xlsx(tmp_path / "cities.xlsx")]  # no space inserted
    assert "'" + evil in [row[1] for row in read_csv(tmp_path / "cities.csv")]
