"""The repair (``check --repair --out NEW``) at the level of the service: a damaged table page
costs exactly the rows past it in that table and nothing anywhere else, and the report says so;
a stamp that disagrees with the tables is re-stamped in the copy (the original untouched) so it
opens; a second repair of a repaired file changes nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from exchangedesk.db import migrate
from exchangedesk.db.models import Person
from exchangedesk.db.opening import open_database
from exchangedesk.db.search_index import is_index_table
from exchangedesk.domain.errors import DatabaseError
from exchangedesk.services.maintenance.repair import repair_copy
from exchangedesk.services.maintenance.upkeep import check_database, inspecting
from register_sample import add_sample, sha256

PEOPLE = 1500


@pytest.fixture
def register(db_path: Path) -> Path:
    handle = open_database(db_path)
    add_sample(handle.database)
    with handle.database.unit_of_work() as session:
        session.add_all(
            Person(given_name=f"Given {n:04d}", family_name=f"Family name number {n:04d}")
            for n in range(PEOPLE)
        )
    handle.close()
    return db_path


def _counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(f"file:{path}?immutable=1", uri=True) as connection:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
            if not is_index_table(name)  # their inner segments differ with every rebuild
        ]
        counts = {
            t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables
        }
    connection.close()
    return counts


def _people_ids(path: Path) -> list[int]:
    with sqlite3.connect(f"file:{path}?immutable=1", uri=True) as connection:
        ids = [row[0] for row in connection.execute("SELECT id FROM people ORDER BY id")]
    connection.close()
    return ids


def _damage_a_middle_leaf_of_people(path: Path) -> tuple[int, int]:
    """Overwrite one leaf page of the people table in the middle of its b-tree; return how many
    rows lie in the leaves before it, and how many on it."""
    with sqlite3.connect(path) as connection:
        leaves = connection.execute(
            "SELECT pageno, ncell FROM dbstat WHERE name = 'people' AND pagetype = 'leaf' "
            "ORDER BY path"
        ).fetchall()
        size = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.close()
    assert len(leaves) > 10, "the people table should span many pages"
    middle = len(leaves) // 2
    page = leaves[middle][0]
    data = bytearray(path.read_bytes())
    data[(page - 1) * size : page * size] = b"\xa5" * size
    path.write_bytes(bytes(data))
    return sum(cells for _page, cells in leaves[:middle]), leaves[middle][1]


def test_a_damaged_table_page_loses_only_its_own_rows_and_says_so(
    register: Path, tmp_path: Path
) -> None:
    before = _counts(register)
    ids_before = _people_ids(register)
    before_page, on_page = _damage_a_middle_leaf_of_people(register)
    gone = ids_before[before_page : before_page + on_page]
    digest = sha256(register)

    report = repair_copy(register, tmp_path / "repaired.sqlite3")

    assert sha256(register) == digest  # the damaged file is only read
    assert "table by table" in report.method
    # Every row before the damaged page and every row after it; only its own are lost.
    assert _people_ids(report.out) == ids_before[:before_page] + ids_before[before_page + on_page :]
    assert report.saved["people"] == len(ids_before) - on_page
    assert set(report.lost) == {"people"}, report.lost  # no other table lost a row
    said = report.lost["people"]
    assert "on damaged page(s)" in said and f"after id {gone[0] - 1}" in said, said
    after = _counts(report.out)
    for table, rows in before.items():
        if table != "people":
            assert after[table] == rows, table
    with sqlite3.connect(report.out) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        indexed = copy.execute("SELECT count(*) FROM people_search").fetchone()[0]
    copy.close()
    assert indexed == len(ids_before) - on_page  # the search index rebuilt from what was saved
    assert not report.complete


def _stamp(path: Path, revision: str) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    connection.close()


def test_a_stamp_that_disagrees_with_the_tables_is_re_stamped_in_the_copy(
    register: Path, tmp_path: Path
) -> None:
    _stamp(register, "0005")  # the tables are the newest revision's
    digest = sha256(register)
    with pytest.raises(DatabaseError, match="do not match"):
        open_database(register).close()
    with inspecting(register) as database:
        problems = check_database(database).problems
    assert any("tables are those of revision" in str(p) and "--repair" in str(p) for p in problems)
    assert sha256(register) == digest

    report = repair_copy(register, tmp_path / "repaired.sqlite3")

    assert sha256(register) == digest
    assert report.stamped == "0005"
    assert any("re-stamped" in line and "0005" in line for line in report.done), report.done
    assert report.complete, report.check
    handle = open_database(report.out)  # opens without an upgrade: it is at the head
    handle.close()
    with inspecting(report.out) as database:
        assert check_database(database).schema_revision == migrate.head_revision()


def test_an_older_stamp_with_older_tables_is_left_for_the_upgrade(
    db_path: Path, tmp_path: Path
) -> None:
    handle = open_database(db_path)
    handle.close()
    handle = open_database(db_path)
    migrate.downgrade(handle.database.engine, "0008")
    handle.close()
    report = repair_copy(db_path, tmp_path / "repaired.sqlite3")
    assert not any("re-stamped" in line for line in report.done)
    assert report.stamped == "0008" and not report.notes
    open_database(report.out).close()  # upgraded normally from 0008


def test_a_second_repair_of_a_repaired_file_changes_nothing(register: Path, tmp_path: Path) -> None:
    _stamp(register, "0005")
    first = repair_copy(register, tmp_path / "first.sqlite3")
    second = repair_copy(first.out, tmp_path / "second.sqlite3")
    assert not second.lost and not second.notes
    assert not any("re-stamped" in line for line in second.done)
    assert _counts(second.out) == _counts(first.out)
    assert second.complete
