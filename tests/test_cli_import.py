"""``exchangedesk import pairs FILE``: exit 0 when every row is in, 1 when rows were refused
(the rest saved), 2 when nothing could be imported; a dry run leaves no trace."""

from __future__ import annotations

import dataclasses
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from exchangedesk.db.lock import InstanceLock
from exchangedesk.db.opening import open_database
from exchangedesk.interchange.import_report import report_csv
from exchangedesk.services.partnerships.pairs_import import RowNote, import_pairs
from test_cli import one_line_error, run

HEADER = "city1,country1,lat1,lng1,city2,country2,lat2,lng2"
CLEAN = [
    "Coventry,England,52.41,-1.51,Volgograd,Russia,48.71,44.51",  # row 2
    "Coventry,United Kingdom,52.41,-1.51,Dresden,Germany,51.05,13.74",  # row 3
]
WITH_REFUSALS = [
    *CLEAN,
    "Volgograd,Russia,48.71,44.51,Coventry,United Kingdom,52.41,-1.51",  # row 4: merged
    "Nienburg,Germany,52.64,9.25,Nienburg,Germany,52.64,9.25",  # row 5: self-twinned
    'Ningbo,China,29.86,121.62,"Varna, Bulgaria",,43.21,27.91',  # row 6: repaired
    "Ningbo,China,29.86,121.62,Springfield,,1,2",  # row 7: no country
]


def write_csv(path: Path, lines: Sequence[str], header: str = HEADER) -> Path:
    path.write_text("\n".join([header, *lines]) + "\n", encoding="utf-8")
    return path


def counts(location: Path | str) -> tuple[int, int, int]:
    """(cities, partnerships, audit entries), read without the program's own code: from the
    SQLite file, or from the server database (the PostgreSQL half)."""
    url = location if isinstance(location, str) else f"sqlite:///{location}"
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            return tuple(  # type: ignore[return-value]
                connection.execute(text(f"SELECT count(*) FROM {table}")).scalar()
                for table in ("cities", "partnerships", "audit_log")
            )
    finally:
        engine.dispose()


@pytest.fixture
def empty_db(db_location: Path | str) -> Path | str:
    """An existing database at the current schema, nothing in it (on both backends)."""
    open_database(db_location).close()
    return db_location


# Decided before anything is read or written, or about the screen only: once, on SQLite.
ONCE = pytest.mark.sqlite_only("refused or shown before the register is touched")


# --- exit codes --------------------------------------------------------------------------------


def test_every_row_imported_exits_0(capsys, tmp_path, empty_db) -> None:  # noqa: ANN001
    code, out, err = run(
        capsys, "import", "pairs", str(write_csv(tmp_path / "p.csv", CLEAN)), "--db", str(empty_db)
    )
    assert (code, err) == (0, "")
    assert "p.csv: 2 rows (saved)" in out
    assert "Partnerships: 2 created" in out
    assert out.rstrip().endswith("Every row was imported and saved.")
    assert counts(empty_db) == (3, 2, 1)


def test_refused_rows_exit_1_and_the_rest_is_saved(capsys, tmp_path, empty_db) -> None:  # noqa: ANN001
    path = write_csv(tmp_path / "p.csv", WITH_REFUSALS)
    code, out, err = run(capsys, "import", "pairs", str(path), "--db", str(empty_db))
    assert (code, err) == (1, "")
    assert "Refused rows: 2 (1 no country, 1 self-twinned)" in out
    assert "  row 5: self-twinned: 'Nienburg' and 'Nienburg' (DE) are one city" in out
    assert "  row 7: country2 is empty" in out
    assert "Repaired rows: 1\n  row 6: country2 was empty; took BG from 'Varna, Bulgaria'" in out
    assert "1 duplicate rows merged" in out
    assert "2 rows refused, listed above with their row numbers; every other row was " in out
    assert "imported and saved." in out
    assert counts(empty_db) == (5, 3, 1)  # Coventry–Volgograd, –Dresden, Ningbo–Varna


def test_a_missing_column_exits_2_names_it_and_changes_nothing(
    capsys,  # noqa: ANN001
    tmp_path: Path,
    empty_db: Path,
) -> None:
    path = write_csv(tmp_path / "p.csv", CLEAN, header=HEADER.replace(",lat2", ",latitude2"))
    before = counts(empty_db)
    code, out, err = run(capsys, "import", "pairs", str(path), "--db", str(empty_db))
    assert (code, out) == (2, "")
    line = one_line_error(err)
    assert "Column 'lat2' is missing from the header (row 1)" in line
    assert line.endswith("Nothing was imported.")
    assert counts(empty_db) == before


def test_a_file_that_cannot_be_imported_does_not_even_create_the_database(
    capsys,  # noqa: ANN001
    tmp_path: Path,
) -> None:
    target = tmp_path / "new.sqlite3"
    bad = write_csv(tmp_path / "p.csv", CLEAN, header="city,country")
    code, _out, err = run(capsys, "import", "pairs", str(bad), "--db", str(target))
    assert code == 2 and "missing from the header" in one_line_error(err)
    assert not target.exists()


def test_a_missing_file_exits_2_naming_it(capsys, tmp_path: Path) -> None:  # noqa: ANN001
    target = tmp_path / "new.sqlite3"
    missing = tmp_path / "nowhere.csv"
    code, out, err = run(capsys, "import", "pairs", str(missing), "--db", str(target))
    assert (code, out) == (2, "")
    line = one_line_error(err)
    assert f"cannot read '{missing}': No such file or directory" in line
    assert "Nothing was imported" in line
    assert not target.exists()


@ONCE
def test_an_unknown_kind_lists_the_known_ones(capsys, tmp_path, empty_db) -> None:  # noqa: ANN001
    path = write_csv(tmp_path / "p.csv", CLEAN)
    code, out, err = run(capsys, "import", "weather", str(path), "--db", str(empty_db))
    assert (code, out) == (2, "")
    assert "cannot import 'weather': the kinds that can be imported are: pairs, people" in (
        one_line_error(err)
    )
    assert counts(empty_db) == (0, 0, 0)


@pytest.mark.sqlite_only("the one-instance lock is a file beside a SQLite register")
def test_a_database_open_elsewhere_is_left_alone(capsys, tmp_path, empty_db) -> None:  # noqa: ANN001
    path = write_csv(tmp_path / "p.csv", CLEAN)
    with InstanceLock(empty_db):  # another ExchangeDesk has it open
        code, out, err = run(capsys, "import", "pairs", str(path), "--db", str(empty_db))
    assert (code, out) == (2, "")
    line = one_line_error(err)
    assert "the database is open in ExchangeDesk by" in line
    assert "Close it there, then run the import again. Nothing was imported." in line
    assert counts(empty_db) == (0, 0, 0)


@ONCE
def test_read_only_is_refused(capsys, tmp_path, empty_db) -> None:  # noqa: ANN001
    path = write_csv(tmp_path / "p.csv", CLEAN)
    code, _out, err = run(
        capsys, "--read-only", "import", "pairs", str(path), "--db", str(empty_db)
    )
    assert code == 2 and "cannot run with --read-only" in one_line_error(err)
    assert counts(empty_db) == (0, 0, 0)


# --- dry run -----------------------------------------------------------------------------------


def test_a_dry_run_writes_nothing_and_says_so(capsys, tmp_path, empty_db) -> None:  # noqa: ANN001
    path = write_csv(tmp_path / "p.csv", WITH_REFUSALS)
    code, out, err = run(capsys, "import", "pairs", str(path), "--db", str(empty_db), "--dry-run")
    assert (code, err) == (1, "")  # a script can check a file before importing it
    assert "p.csv: 6 rows (dry run, nothing saved)" in out
    assert "Partnerships: 3 created" in out  # what would happen
    assert out.rstrip().endswith("Dry run: nothing was saved. 2 rows would be refused.")
    assert counts(empty_db) == (0, 0, 0)


def test_a_clean_dry_run_exits_0(capsys, tmp_path, empty_db) -> None:  # noqa: ANN001
    path = write_csv(tmp_path / "p.csv", CLEAN)
    code, out, _err = run(capsys, "import", "pairs", str(path), "--db", str(empty_db), "--dry-run")
    assert code == 0
    assert out.rstrip().endswith("Dry run: nothing was saved. Every row can be imported.")
    assert counts(empty_db) == (0, 0, 0)


def test_a_dry_run_into_a_new_file_leaves_no_file(capsys, tmp_path: Path) -> None:  # noqa: ANN001
    target = tmp_path / "new.sqlite3"
    path = write_csv(tmp_path / "p.csv", CLEAN)
    code, out, _err = run(capsys, "import", "pairs", str(path), "--db", str(target), "--dry-run")
    assert code == 0 and "Partnerships: 2 created" in out
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.csv"]


def test_a_dry_run_then_the_real_import(capsys, tmp_path, empty_db) -> None:  # noqa: ANN001
    path = write_csv(tmp_path / "p.csv", CLEAN)
    run(capsys, "import", "pairs", str(path), "--db", str(empty_db), "--dry-run")
    assert run(capsys, "import", "pairs", str(path), "--db", str(empty_db))[0] == 0
    code, out, _err = run(capsys, "import", "pairs", str(path), "--db", str(empty_db))
    assert code == 0  # again: everything is already there, nothing new
    assert "Partnerships: 0 created, 2 already in the database" in out
    assert counts(empty_db) == (3, 2, 2)


# --- what is shown and written -----------------------------------------------------------------


@ONCE
def test_long_lists_are_cut_on_screen_but_whole_in_the_report(
    capsys,  # noqa: ANN001
    tmp_path: Path,
    empty_db: Path,
) -> None:
    lines = [f"Town{n},Germany,50,10,Town{n},Germany,50,10" for n in range(14)]  # rows 2-15
    path = write_csv(tmp_path / "p.csv", [*lines, *CLEAN])
    text_report, csv_report = tmp_path / "report.txt", tmp_path / "report.csv"
    code, out, _err = run(
        capsys, "import", "pairs", str(path), "--db", str(empty_db), "--report", str(text_report)
    )
    assert code == 1
    assert "  row 11: self-twinned" in out and "  row 12:" not in out
    assert "  ... and 4 more" in out
    assert f"Full report written to {text_report}" in out
    text = text_report.read_text(encoding="utf-8")
    assert all(f"  row {n}: self-twinned: 'Town{n - 2}'" in text for n in range(2, 16))
    assert "Country spellings read: 4" in text
    assert "'England' read as United Kingdom (GB), by alias" in text

    run(capsys, "import", "pairs", str(path), "--db", str(empty_db), "--report", str(csv_report))
    raw = csv_report.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfsection,row,kind,message\r\n")  # Excel reads UTF-8
    rows = raw.decode("utf-8-sig").splitlines()
    assert "summary,,saved,yes" in rows
    refused = [r for r in rows if r.startswith("refused,")]
    assert len(refused) == 14 and refused[0].startswith("refused,2,self-twinned,")


@ONCE
def test_a_report_folder_that_does_not_exist_stops_before_importing(
    capsys,  # noqa: ANN001
    tmp_path: Path,
    empty_db: Path,
) -> None:
    path = write_csv(tmp_path / "p.csv", CLEAN)
    report = tmp_path / "no-such-folder" / "r.txt"
    code, _out, err = run(
        capsys, "import", "pairs", str(path), "--db", str(empty_db), "--report", str(report)
    )
    assert code == 2 and "that folder does not exist" in one_line_error(err)
    assert counts(empty_db) == (0, 0, 0)


def test_a_report_cell_never_becomes_a_formula(database, tmp_path: Path) -> None:  # noqa: ANN001
    report = import_pairs(database, write_csv(tmp_path / "p.csv", CLEAN), dry_run=True)
    report = dataclasses.replace(report, warnings=(RowNote(2, '=HYPERLINK("x")', "-1"),))
    assert 'warning,2,\'-1,"\'=HYPERLINK(""x"")"' in report_csv(report).splitlines()


def test_progress_goes_to_a_terminal_only(capsys, tmp_path, db_path, monkeypatch) -> None:  # noqa: ANN001
    path = write_csv(tmp_path / "p.csv", CLEAN)
    code, _out, err = run(capsys, "import", "pairs", str(path), "--db", str(db_path), "--dry-run")
    assert code == 0 and err == ""  # piped into a log: no progress
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    code, _out, err = run(capsys, "import", "pairs", str(path), "--db", str(db_path), "--dry-run")
    assert code == 0
    assert "\rImporting p.csv:   0%" in err and "\rImporting p.csv: 100%" in err
    assert err.endswith("\r\033[K")  # the line is cleared before the summary


# --- the real list -----------------------------------------------------------------------------


# Once, on SQLite: the same import on the server is
# tests/services/partnerships/test_import_pairs.py's real-file test, run on both backends; the
# whole file twice more would add a minute to CI for the same SQL.
@pytest.mark.slow
def test_the_real_twin_cities_file(capsys, shared_data: Path, db_path: Path) -> None:  # noqa: ANN001
    started = time.perf_counter()
    code, out, err = run(
        capsys, "import", "pairs", str(shared_data / "twin_cities.csv"), "--db", str(db_path)
    )
    seconds = time.perf_counter() - started
    assert err == ""
    assert code == 1  # three self-twinned rows (Nienburg, Stryi, Dobřany) are refused
    assert "twin_cities.csv: 25,917 rows (saved)" in out
    assert "Refused rows: 3 (3 self-twinned)" in out
    assert "  row 12069: self-twinned: 'Nienburg' and 'Nienburg' (DE) are one city" in out
    # Munster/Münster (1,133 km), Fürth/Furth, Lohne/Löhne... are spelt alike but far apart:
    # kept as two towns each, so their pairs are no longer merged (issue 17).
    assert "Check: 25,917 rows = 24,692 created + 0 already there + 1,222 merged + 3 refused" in out
    assert "3 rows refused, listed above with their row numbers" in out
    cities, partnerships, audit = counts(db_path)
    assert (partnerships, audit) == (24_692, 1) and cities > 17_000
    with capsys.disabled():
        print(f"\nimport pairs twin_cities.csv into an empty database: {seconds:.1f} s")
