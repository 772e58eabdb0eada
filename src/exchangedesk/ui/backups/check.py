"""Help › Check and repair…: ``exchangedesk check`` and ``check --repair`` from the window.

The check reads every page of the register (seconds for a large one), so it runs in the
background the moment the dialog opens, and its findings are shown in words, one problem a
line. [Repair into a new file…] salvages what can be read into a file the user names (never
the register itself, which is only read), says per table what was saved and lost, and offers to
open the repaired copy in the window.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from exchangedesk.db.engine import sqlite_path
from exchangedesk.ui.i18n import translate
from exchangedesk.ui.tasks import Task


def install(window: QMainWindow) -> QAction:
    """Add Check and repair… to the window's Help menu (above About)."""
    help_menu = window.menuBar().findChild(QMenu, "help-menu")
    action = QAction(translate("MainWindow", "&Check and repair…"), window)
    action.setObjectName("check-and-repair")
    action.setStatusTip(
        translate("MainWindow", "Look for damage and broken rules in the database; repair a copy")
    )
    action.triggered.connect(lambda: open_check(window))
    if help_menu is not None:
        first = help_menu.actions()[0] if help_menu.actions() else None
        help_menu.insertAction(first, action)
        help_menu.insertSeparator(first)
    window.check_action = action  # type: ignore[attr-defined]
    return action


def open_check(window: Any) -> CheckRepairDialog:  # the MainWindow
    from exchangedesk.ui.dialogs import open_dialog

    return open_dialog(CheckRepairDialog(window))


def check_text(report: Any) -> list[str]:  # a CheckReport
    """The check's findings, one line each (the service words them)."""
    lines = [f"• {problem}" for problem in report.problems]
    lines += [
        translate("CheckRepairDialog", "Not checked: {0}.").format(skipped)
        for skipped in report.skipped
    ]
    return lines


def repair_text(report: Any) -> list[str]:  # a RepairReport
    """What the repair did, saved and lost, in words."""
    lines = [
        translate("CheckRepairDialog", "The repaired copy is {0} ({1}).").format(
            report.out, report.method
        )
    ]
    lines += [f"• {done}" for done in report.done]
    lines += [f"• {note}" for note in report.notes]
    for table, what in sorted(report.lost.items()):
        lines.append(translate("CheckRepairDialog", "Lost from {0}: {1}").format(table, what))
    if not report.lost:
        lines.append(translate("CheckRepairDialog", "Nothing was lost."))
    if report.check is not None and report.check.ok:
        lines.append(
            translate("CheckRepairDialog", "The check of the repaired copy found no problems.")
        )
    elif report.check is not None:
        lines.append(
            translate(
                "CheckRepairDialog", "The check of the repaired copy found {0} problem(s):"
            ).format(len(report.check.problems))
        )
        lines += check_text(report.check)
    return lines


def _check(location: str) -> Any:  # on the worker: no widgets
    from exchangedesk.services.maintenance.upkeep import check_database, inspecting

    with inspecting(location) as database:
        return check_database(database)


class CheckRepairDialog(QDialog):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window_ = window
        self.path: Path | None = sqlite_path(window.database.url)
        self.location = str(self.path) if self.path else window.location_text()
        self.repaired: Path | None = None
        self.report: Any = None  # the CheckReport, once the check is done
        self.setWindowTitle(self.tr("Check and repair"))
        self.resize(680, 420)
        self.heading = QLabel(self.tr("Checking {0}…").format(self.location))
        self.heading.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # how long is not known: a busy bar
        self.findings = QPlainTextEdit()
        self.findings.setReadOnly(True)
        self.heading.setBuddy(self.findings)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.repair_button = QPushButton(self.tr("&Repair into a new file…"))
        self.open_button = QPushButton(self.tr("&Open the repaired copy"))
        for button in (self.repair_button, self.open_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.setAutoDefault(False)
            button.setEnabled(False)
        self.open_button.hide()
        self.repair_button.clicked.connect(self.choose_and_repair)
        self.open_button.clicked.connect(self.open_repaired)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.busy)
        layout.addWidget(self.findings, 1)
        layout.addWidget(buttons)
        self.task: Task | None = None
        # The real address (a server's with its password), never shown.
        target = str(self.path) if self.path else window.database.url.render_as_string(False)
        self._start(lambda _control: _check(target), self._checked)

    # --- background work ------------------------------------------------------------------

    @property
    def working(self) -> bool:
        return self.task is not None and self.task.is_running

    def _start(self, work: Any, done: Any) -> None:
        self.busy.show()
        self.repair_button.setEnabled(False)
        task = Task(work, self)
        task.result.connect(done)
        task.error.connect(self._failed)
        task.finished.connect(self.busy.hide)
        self.task = task
        task.start()

    def _checked(self, report: Any) -> None:
        self.report = report
        if report.ok:
            self.heading.setText(self.tr("{0} has no problems.").format(self.location))
        else:
            self.heading.setText(
                self.tr("{0} has {1} problem(s):").format(self.location, len(report.problems))
            )
        self.findings.setPlainText("\n".join(check_text(report)))
        self._offer_repair()

    def _failed(self, error: BaseException) -> None:
        self.heading.setText(self.tr("Nothing was changed."))
        self.findings.setPlainText(str(error))  # the services word their faults
        self._offer_repair()

    def _offer_repair(self) -> None:
        self.repair_button.setEnabled(self.path is not None)
        if self.path is None:
            self.repair_button.setToolTip(
                self.tr("Only a database file can be repaired here; a server has its own tools")
            )

    # --- repair ---------------------------------------------------------------------------

    def suggested_name(self) -> Path:
        assert self.path is not None
        day = dt.date.today().isoformat()
        candidate = self.path.with_name(f"{self.path.stem}-repaired-{day}{self.path.suffix}")
        number = 1
        while candidate.exists():
            number += 1
            candidate = self.path.with_name(
                f"{self.path.stem}-repaired-{day}-{number}{self.path.suffix}"
            )
        return candidate

    def choose_and_repair(self) -> None:
        out, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Repair into a new file"),
            str(self.suggested_name()),
            self.tr("ExchangeDesk databases (*.sqlite3 *.sqlite *.db)"),
        )
        if out:
            self.repair_into(Path(out))

    def repair_into(self, out: Path) -> None:
        from exchangedesk.services.maintenance.repair import repair_copy

        source = self.path
        assert source is not None
        if out.exists():  # the save dialog asked to replace it; a repair never overwrites
            self.findings.setPlainText(
                self.tr("{0} already exists; the repaired copy goes into a new file.").format(out)
            )
            self.repair_button.setEnabled(True)
            return
        self.heading.setText(self.tr("Repairing into {0}…").format(out))
        self._start(lambda _control: repair_copy(source, out), self._repaired)

    def _repaired(self, report: Any) -> None:
        self.repaired = report.out
        self.heading.setText(
            self.tr("The repaired copy is written; {0} itself was not changed.").format(
                self.location
            )
        )
        self.findings.setPlainText("\n".join(repair_text(report)))
        self.repair_button.setEnabled(True)
        self.open_button.setEnabled(True)
        self.open_button.show()
        self.open_button.setDefault(True)

    def open_repaired(self) -> None:
        """Show the repaired copy in the window (the register shown now is closed)."""
        if self.repaired is not None and self.window_.open_location(str(self.repaired)):
            self.accept()
