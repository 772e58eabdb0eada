"""A verified backup after a period of edits: only when the register changed, only once the
period has passed, never two at once, said in the status bar; a failure said in words."""

from __future__ import annotations

from pathlib import Path

import pytest

from exchangedesk.db.session import Database
from exchangedesk.domain.people import PersonDraft
from exchangedesk.services.maintenance.backups import list_backups
from exchangedesk.services.people.edits import create_person
from exchangedesk.ui.backups.auto import SETTING, AutoBackup


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def auto(qtbot, database: Database, settings, clock: Clock) -> AutoBackup:  # noqa: ANN001
    return AutoBackup(lambda: database, settings, clock=clock, check_every_ms=3_600_000)


@pytest.mark.sqlite_only("the window backs up SQLite files")
def test_a_changed_register_is_backed_up_once_the_period_has_passed(
    qtbot,
    auto: AutoBackup,
    database: Database,
    db_path: Path,
    clock: Clock,  # noqa: ANN001
) -> None:
    assert not auto.check()  # nothing changed
    create_person(database, PersonDraft("Ivanova", "Olga"), actor="s")
    clock.now += 29 * 60
    assert not auto.check()  # changed, but not 30 minutes yet
    clock.now += 60
    messages: list[str] = []
    auto.message.connect(messages.append)
    with qtbot.waitSignal(auto.backed_up, timeout=10_000) as written:
        assert auto.check()
        assert not auto.check()  # never two at once
    [info] = list_backups(db_path)
    assert info.path == written.args[0] and info.verified and info.label == "after-edits"
    assert messages and messages[0].startswith("Backed up at ")
    clock.now += 31 * 60
    assert not auto.check()  # nothing changed since that backup


@pytest.mark.sqlite_only("the window backs up SQLite files")
def test_the_period_is_a_setting_and_a_failure_is_said_in_words(
    qtbot,
    auto: AutoBackup,
    database: Database,
    db_path: Path,
    clock: Clock,
    settings,  # noqa: ANN001
) -> None:
    settings.setValue(SETTING, 5)
    create_person(database, PersonDraft("Ivanova", "Olga"), actor="s")
    (db_path.parent / "backups").write_text("a file where the folder should be")
    clock.now += 5 * 60
    messages: list[str] = []
    auto.message.connect(messages.append)
    with qtbot.waitSignal(auto.failed, timeout=10_000):
        assert auto.check()
    assert messages[0].startswith("The automatic backup failed: ")
    assert "Traceback" not in messages[0] and "Errno" not in messages[0]
    assert "The register itself is saved" in messages[0]
    assert database.changed  # still to be copied: tried again after another period
    assert not auto.check()


def test_the_window_shows_the_backup_in_its_status_bar(
    qtbot,
    window,
    database: Database,
    backend: str,  # noqa: ANN001
) -> None:
    window.settings.setValue(SETTING, 0)  # 0: off
    create_person(database, PersonDraft("Ivanova", "Olga"), actor="s")
    assert not window.auto_backup.check()
    if backend != "sqlite":
        return
    window.settings.setValue(SETTING, 30)
    window.auto_backup._last -= 31 * 60
    with qtbot.waitSignal(window.auto_backup.backed_up, timeout=10_000):
        assert window.auto_backup.check()
    assert window.statusBar().currentMessage().startswith("Backed up at ")


def test_preferences_set_the_period_and_refuse_nonsense_under_the_field(
    qtbot,
    database: Database,
    settings,  # noqa: ANN001
) -> None:
    from exchangedesk.ui.backups.auto import minutes_between
    from exchangedesk.ui.dialogs.preferences import PreferencesDialog

    dialog = PreferencesDialog(settings, database=database)
    qtbot.addWidget(dialog)
    assert dialog.backup_minutes.text() == "30"  # the default until set
    for nonsense in ("ten", "-5", "1441", "2.5"):
        dialog.backup_minutes.setText(nonsense)
        dialog.accept()
        assert dialog.result() == 0, nonsense  # still open, nothing stored
        assert "whole number of minutes from 0" in dialog.messages.message("backup_minutes")
        assert settings.value(SETTING) is None
    dialog.backup_minutes.setText("0")  # off
    dialog.accept()
    assert dialog.result() == 1
    assert minutes_between(settings) == 0
    again = PreferencesDialog(settings, database=database)
    qtbot.addWidget(again)
    assert again.backup_minutes.text() == "0"
