"""File › Import › Partnership pairs (CSV): the import runs in the background with progress, a
cancel leaves the register as it was, the report lists refused rows by row number, and the
Partnerships list shows what came in."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from exchangedesk.db.models import AuditEntry, City, Partnership
from exchangedesk.db.opening import open_database
from exchangedesk.db.session import Database
from exchangedesk.services.partnerships import pairs_import as imports
from exchangedesk.ui.main_window import MainWindow
from exchangedesk.ui.partnerships import import_pairs as dialog_module
from exchangedesk.ui.partnerships.import_pairs import ImportPairsDialog
from qt_checks import ModelChecker

HEADER = "city1,country1,lat1,lng1,city2,country2,lat2,lng2"
ROWS = [
    "Coventry,England,52.41,-1.51,Volgograd,Russia,48.71,44.51",  # row 2
    "Coventry,United Kingdom,52.41,-1.51,Dresden,Germany,51.05,13.74",  # row 3
    "Volgograd,Russia,48.71,44.51,Coventry,United Kingdom,52.41,-1.51",  # row 4: merged
    "Nienburg,Germany,52.64,9.25,Nienburg,Germany,52.64,9.25",  # row 5: self-twinned
    'Ningbo,China,29.86,121.62,"Varna, Bulgaria",,43.21,27.91',  # row 6: repaired
    "Ningbo,China,29.86,121.62,Springfield,,1,2",  # row 7: no country
]


def write_csv(path: Path, lines: Sequence[str] = ROWS, header: str = HEADER) -> Path:
    path.write_text("\n".join([header, *lines]) + "\n", encoding="utf-8")
    return path


def counts(database: Database) -> tuple[int, int, int]:
    with database.reading() as session:
        return tuple(  # type: ignore[return-value]
            session.scalar(select(func.count()).select_from(model))
            for model in (City, Partnership, AuditEntry)
        )


def column(dialog: ImportPairsDialog, key: str, col: int) -> list[str]:
    model = dialog.report_view.models[key]
    return [model.index(row, col).data() for row in range(model.rowCount())]


def run_import(qtbot, dialog: ImportPairsDialog, path: Path, *, dry_run: bool = False) -> None:  # noqa: ANN001
    dialog.path_edit.setText(str(path))
    dialog.dry_run.setChecked(dry_run)
    with qtbot.waitSignal(dialog.run_ended, timeout=30_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)


@pytest.fixture
def dialog(qtbot, database: Database) -> ImportPairsDialog:  # noqa: ANN001
    widget = ImportPairsDialog(database)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def open_from_menu(window: MainWindow) -> ImportPairsDialog:
    file_menu = window.menuBar().actions()[0].menu()
    import_menu = next(a.menu() for a in file_menu.actions() if a.text() == "&Import")
    entry = next(a for a in import_menu.actions() if a is window.actions_.import_pairs)
    assert entry.text() == "&Partnership pairs (CSV)…" and entry.isEnabled()
    entry.trigger()
    found = window.findChild(ImportPairsDialog)
    assert found is not None and found.isVisible()
    return found


# --- running -----------------------------------------------------------------------------------


def test_a_small_import_runs_in_the_background_with_progress(
    qtbot,  # noqa: ANN001
    dialog: ImportPairsDialog,
    database: Database,
    tmp_path: Path,
    model_checker: ModelChecker,
) -> None:
    seen: list[tuple[int, int]] = []
    workers: list[threading.Thread] = []
    real = imports.import_pairs

    def watched(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        workers.append(threading.current_thread())
        return real(*args, **kwargs)

    dialog_module.import_pairs, saved = watched, dialog_module.import_pairs
    try:
        dialog.progress.valueChanged.connect(
            lambda value: seen.append((value, dialog.progress.maximum()))
        )
        run_import(qtbot, dialog, write_csv(tmp_path / "pairs.csv"))
    finally:
        dialog_module.import_pairs = saved

    assert workers and workers[0] is not threading.main_thread()
    assert seen and seen[-1] == (12, 12)  # every row read and matched: 2 × 6
    assert not dialog.progress.isVisible() and dialog.report_view.isVisible()
    assert dialog.report is not None and dialog.report.saved
    assert counts(database) == (5, 3, 1)
    assert dialog.save_button.isVisible() and dialog.close_button.isDefault()
    for model in dialog.report_view.models.values():
        model_checker.check(model)
    assert not model_checker.failures()


def test_cancel_leaves_the_database_untouched(
    qtbot,  # noqa: ANN001
    dialog: ImportPairsDialog,
    database: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reached, release = threading.Event(), threading.Event()
    real = imports.import_pairs

    def held(database, path, **kwargs):  # noqa: ANN001, ANN003, ANN202
        report_progress = kwargs["progress"]

        def progress(done: int, total: int) -> None:
            report_progress(done, total)
            if done == total // 2:  # every row read, nothing matched or written yet
                reached.set()
                release.wait(10)  # until the test has pressed Cancel

        return real(database, path, **{**kwargs, "progress": progress})

    monkeypatch.setattr(dialog_module, "import_pairs", held)
    dialog.path_edit.setText(str(write_csv(tmp_path / "pairs.csv")))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(reached.is_set, timeout=10_000)
    assert dialog.running and dialog.cancel_button.isVisible()
    assert not dialog.close_button.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Escape asks to cancel; the dialog stays
    assert dialog.isVisible() and not dialog.cancel_button.isEnabled()
    assert "Cancelling" in dialog.progress_label.text()
    with qtbot.waitSignal(dialog.run_ended, timeout=10_000):
        release.set()
    assert dialog.message.text() == "Import cancelled. Nothing was saved."
    assert dialog.report is None and not dialog.save_button.isVisible()
    assert counts(database) == (0, 0, 0)  # the rows were written, then rolled back
    assert dialog.import_button.isEnabled()  # and it can be tried again
    run_import(qtbot, dialog, tmp_path / "pairs.csv")
    assert counts(database) == (5, 3, 1)


# --- the report --------------------------------------------------------------------------------


def test_the_report_lists_refused_rows_with_their_row_numbers(
    qtbot,  # noqa: ANN001
    dialog: ImportPairsDialog,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    run_import(qtbot, dialog, write_csv(tmp_path / "pairs.csv"))
    view = dialog.report_view
    assert view.headline.text() == (
        "Imported 3 partnerships and 5 cities. 2 rows refused, listed below with their row "
        "numbers; everything else is saved."
    )
    assert view.tabs.tabText(0) == "Refused (2)" and view.tabs.currentIndex() == 0
    assert column(dialog, "refused", 0) == ["5", "7"]
    assert column(dialog, "refused", 1) == ["self-twinned", "no country"]
    assert column(dialog, "refused", 2)[1].startswith("country2 is empty")
    assert column(dialog, "repaired", 0) == ["6"]
    assert column(dialog, "duplicate", 0) == ["4"]
    assert column(dialog, "duplicate", 2) == ["same pair as row 2"]
    assert not view.tables["duplicate"].isColumnHidden(2)
    assert view.tables["duplicate"].isColumnHidden(1)  # no reasons to show there
    assert not view.tabs.isTabEnabled(2)  # "Warnings (0)": nothing to open
    countries = column(dialog, "country", 2)
    assert "'England' read as United Kingdom (GB), by alias; 1 cell" in countries
    assert not any(text.startswith("''") for text in countries)  # the empty one is a repair
    labels = {
        view.counts.itemAt(row, view.counts.ItemRole.LabelRole).widget().text(): view.counts.itemAt(
            row, view.counts.ItemRole.FieldRole
        )
        .widget()
        .text()
        for row in range(view.counts.rowCount())
    }
    assert labels["Rows refused"] == "2 (1 no country, 1 self-twinned)"
    assert labels["Partnerships"].startswith("3 new · 0 already in the register · 1 duplicate")

    target = tmp_path / "report.csv"
    monkeypatch.setattr(dialog_module, "ask_report_path", lambda parent, suggested: str(target))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == f"Report saved to {target}"
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert [line.split(",")[:3] for line in lines if line.startswith("refused,")] == [
        ["refused", "5", "self-twinned"],
        ["refused", "7", "no country"],
    ]


def test_a_dry_run_saves_nothing_and_says_so(
    qtbot,  # noqa: ANN001
    dialog: ImportPairsDialog,
    database: Database,
    tmp_path: Path,
) -> None:
    announced: list[object] = []
    dialog.imported.connect(announced.append)
    run_import(qtbot, dialog, write_csv(tmp_path / "pairs.csv"), dry_run=True)
    assert dialog.report_view.headline.text() == (
        "Dry run: nothing was saved. Importing this file would add 3 partnerships and 5 cities. "
        "2 rows would be refused."
    )
    assert counts(database) == (0, 0, 0) and announced == []
    assert dialog.import_button.isDefault()  # the real import is one Enter away


def test_a_file_that_cannot_be_imported_is_explained_in_the_dialog(
    qtbot,  # noqa: ANN001
    dialog: ImportPairsDialog,
    database: Database,
    tmp_path: Path,
) -> None:
    bad = write_csv(tmp_path / "pairs.csv", header=HEADER.replace(",lat2", ",latitude2"))
    run_import(qtbot, dialog, bad)
    text = dialog.message.text()
    assert text.startswith("This file cannot be imported, and nothing was saved: ")
    assert "Column 'lat2' is missing from the header (row 1)" in text
    assert not dialog.report_view.isVisible() and counts(database) == (0, 0, 0)

    dialog.path_edit.setText(str(tmp_path / "nowhere.csv"))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert not dialog.running
    assert dialog.message.text().startswith("There is no file at ")


def test_choose_puts_the_file_in_and_remembers_its_folder(
    qtbot,  # noqa: ANN001
    dialog: ImportPairsDialog,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = write_csv(tmp_path / "pairs.csv")
    asked: list[str] = []

    def pick(parent, folder: str) -> str:  # noqa: ANN001
        asked.append(folder)
        return str(path)

    monkeypatch.setattr(dialog_module, "ask_csv_path", pick)
    assert not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    assert dialog.path_edit.text() == str(path) and dialog.import_button.isEnabled()
    assert asked == ["", str(tmp_path)]


# --- in the window -----------------------------------------------------------------------------


def test_the_partnerships_list_refreshes_after_an_import(
    qtbot,  # noqa: ANN001
    window: MainWindow,
    tmp_path: Path,
) -> None:
    window.show_area("partnerships")
    page = window.page("partnerships")
    assert page.showing_placeholder and page.model.total == 0
    dialog = open_from_menu(window)
    assert dialog.isModal()
    run_import(qtbot, dialog, write_csv(tmp_path / "pairs.csv"))
    assert page.model.total == 3 and not page.showing_placeholder
    assert window.current_area == "partnerships"
    assert window.statusBar().currentMessage() == "pairs.csv: 3 partnerships added"
    cities = {page.model.index(row, 0).data() for row in range(page.model.rowCount())}
    assert cities == {"Coventry", "Ningbo"}
    dialog.close()


def test_a_read_only_database_disables_the_import(make_window, opened, db_path) -> None:  # noqa: ANN001
    read_only = open_database(db_path, read_only=True)
    try:
        window = make_window(read_only)
        action = window.actions_.import_pairs
        assert not action.isEnabled()
        assert action.toolTip() == "A database opened read-only cannot take an import"
    finally:
        read_only.close()
