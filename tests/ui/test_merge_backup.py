"""The backup before a merge (issue 14) is written off the GUI thread, tagged with both
records; the merge runs once it is verified, and a failed backup means no merge."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from keys import closed

from exchangedesk.db import backup
from exchangedesk.db.session import Database
from exchangedesk.domain.people import PersonDraft
from exchangedesk.services.maintenance.backups import list_backups
from exchangedesk.services.people.edits import create_person
from exchangedesk.services.people.lists import find_people
from exchangedesk.ui.dialogs import confirm
from exchangedesk.ui.dialogs.record_fields import Choice
from exchangedesk.ui.people.merge import MergePeopleDialog


def _two_olgas(database: Database) -> tuple[int, int]:
    first = create_person(database, PersonDraft("Ivanova", "Olga"), actor="s").person.id
    second = create_person(database, PersonDraft("Ivanova", "Olga"), actor="s").person.id
    return first, second


def _dialog(window, qtbot, first: int, second: int) -> MergePeopleDialog:  # noqa: ANN001
    window.show_area("people")
    page = window.page("people").people
    page.merge_record(first)
    dialog = page.dialog
    assert isinstance(dialog, MergePeopleDialog)
    dialog.other.choose(Choice(second, "Olga Ivanova"))
    return dialog


@pytest.mark.sqlite_only("backups of a file are SQLite's")
def test_the_merge_backup_is_written_on_a_worker_then_the_merge_runs(
    qtbot,
    window,
    database: Database,
    db_path: Path,
    monkeypatch,  # noqa: ANN001
) -> None:
    first, second = _two_olgas(database)
    monkeypatch.setattr(confirm, "ask", lambda *_args, **_kw: True)
    written_on: list[threading.Thread] = []
    real = backup.snapshot

    def snapshot(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        written_on.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(backup, "snapshot", snapshot)
    dialog = _dialog(window, qtbot, first, second)
    dialog.merge_button.click()
    qtbot.waitUntil(lambda: closed(dialog), timeout=20_000)

    assert len(written_on) == 1 and written_on[0] is not threading.main_thread()
    assert len(find_people(database, "olga ivanova")) == 1
    [taken] = list_backups(db_path)
    assert taken.verified
    assert (
        taken.taken_before
        == f"before merging Olga Ivanova (#{second}) into Olga Ivanova (#{first})"
    )
    window.undo_stack.undo()  # still one undoable command
    assert len(find_people(database, "olga ivanova")) == 2


@pytest.mark.sqlite_only("backups of a file are SQLite's")
def test_a_failed_merge_backup_merges_nothing_and_says_why(
    qtbot,
    window,
    database: Database,
    db_path: Path,
    monkeypatch,  # noqa: ANN001
) -> None:
    first, second = _two_olgas(database)
    monkeypatch.setattr(confirm, "ask", lambda *_args, **_kw: True)
    (db_path.parent / "backups").write_text("a file where the folder should be")
    dialog = _dialog(window, qtbot, first, second)
    dialog.merge_button.click()
    qtbot.waitUntil(lambda: dialog.problem.isVisible(), timeout=20_000)
    assert "nothing was saved" in dialog.problem.text() or "No backup" in dialog.problem.text()
    assert "Traceback" not in dialog.problem.text()
    assert dialog.isVisible() and dialog.merge_button.isEnabled()
    assert len(find_people(database, "olga ivanova")) == 2
    dialog.reject()
