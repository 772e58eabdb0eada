"""Partnership pairs survive the round trip too: exported in the pairs layout from the demo,
imported with the pairs import into an empty register, exported again, the files equal.

CSV only: the pairs import reads the reference list's CSV layout (twin_cities.csv), not XLSX."""

from __future__ import annotations

from pathlib import Path

import export_support
from exchangedesk.db.opening import open_database
from exchangedesk.db.session import Database
from exchangedesk.services.exports import export_to_file
from exchangedesk.services.partnerships.pairs_import import import_pairs

export_demo_file = export_support.export_demo_file


def test_pairs_exported_import_into_an_empty_register_and_export_the_same(
    export_demo_file: Path, database: Database, tmp_path: Path
) -> None:
    first, second = tmp_path / "pairs.csv", tmp_path / "again.csv"
    handle = open_database(export_demo_file, read_only=True, take_lock=False)
    try:
        export_to_file(handle.database, "pairs", first, "csv")
    finally:
        handle.close()
    rows = export_support.read_csv(first)
    assert rows[0] == ["city1", "country1", "lat1", "lng1", "city2", "country2", "lat2", "lng2"]
    assert len(rows) > 10

    report = import_pairs(database, first)
    assert report.refused == () and report.duplicates_merged == ()
    assert report.partnerships_created == len(rows) - 1
    export_to_file(database, "pairs", second, "csv")
    assert export_support.read_csv(second) == rows
