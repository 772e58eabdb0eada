"""``exchangedesk import``: a verified backup is taken before the import writes, named on
stdout and listed by ``exchangedesk backups`` with what it was taken before; none on a dry run."""

from __future__ import annotations

from pathlib import Path

from exchangedesk import cli

PAIRS = (
    "city1,country1,lat1,lng1,city2,country2,lat2,lng2\n"
    "Coventry,England,52.41,-1.51,Volgograd,Russia,48.71,44.51\n"
)


def test_an_import_from_the_command_line_backs_up_first(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    db = tmp_path / "committee.sqlite3"
    people = tmp_path / "people.csv"
    people.write_text("Given name;Family name\nOlga;Ivanova\n", encoding="utf-8")
    pairs = tmp_path / "pairs.csv"
    pairs.write_text(PAIRS, encoding="utf-8")
    assert cli.main(["import", "people", str(people), "--db", str(db), "--dry-run"]) == 0
    assert not (tmp_path / "backups").exists()
    capsys.readouterr()

    assert cli.main(["import", "people", str(people), "--db", str(db)]) == 0
    assert cli.main(["import", "pairs", str(pairs), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert out.count("A verified backup was taken before the import: ") == 2
    assert cli.main(["backups", "--db", str(db)]) == 0
    listing = capsys.readouterr().out
    assert "taken before import of pairs.csv" in listing
    assert "taken before import of people.csv" in listing
