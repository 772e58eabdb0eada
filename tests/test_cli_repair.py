"""``exchangedesk check --repair --out NEW --db PATH``: PATH never touched; a sound file copies
whole with nothing lost (exit 0); a file with a damaged page is salvaged table by table, what
was lost said per table (exit 1), and the copy passes the integrity check."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from exchangedesk import cli
from exchangedesk.db.opening import open_database
from register_sample import add_sample, corrupt_middle, sha256


def _register(path: Path) -> Path:
    handle = open_database(path)
    add_sample(handle.database)
    handle.close()
    return path


def test_a_sound_file_is_copied_whole_and_the_search_index_rebuilt(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    db = _register(tmp_path / "committee.sqlite3")
    with sqlite3.connect(db) as connection:  # the derived search index emptied by accident
        connection.execute("DELETE FROM people_search")
    connection.close()
    before = sha256(db)
    out = tmp_path / "repaired.sqlite3"
    code = cli.main(["check", "--repair", "--out", str(out), "--db", str(db)])
    text = capsys.readouterr().out
    assert code == 0, text
    assert sha256(db) == before
    assert "Nothing was lost." in text and "found no problems" in text
    assert "rebuilt the people search index" in text
    with sqlite3.connect(out) as copy:
        people = copy.execute("SELECT count(*) FROM people").fetchone()[0]
        found = copy.execute("SELECT count(*) FROM people_search").fetchone()[0]
    copy.close()
    assert people > 0 and found == people
    assert cli.main(["check", "--repair", "--out", str(out), "--db", str(db)]) == 2  # never over


def test_a_damaged_page_is_salvaged_into_a_new_file_and_the_loss_said(
    tmp_path: Path,
    capsys,  # noqa: ANN001
) -> None:
    db = _register(tmp_path / "committee.sqlite3")
    corrupt_middle(db)
    before = sha256(db)
    assert cli.main(["check", "--db", str(db)]) == 1
    capsys.readouterr()
    out = tmp_path / "repaired.sqlite3"
    code = cli.main(["check", "--repair", "--out", str(out), "--db", str(db)])
    text = capsys.readouterr().out
    assert sha256(db) == before  # the damaged file is only read
    assert "table by table" in text, text
    assert code in (0, 1)
    assert "Traceback" not in text
    with sqlite3.connect(out) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    copy.close()
    if code == 1:
        assert "Lost from" in text or "problem(s)" in text
