"""Starting the desktop application: the QApplication, the database, the main window."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from exchangedesk import __version__
from exchangedesk.paths import APP_NAME

if TYPE_CHECKING:  # Qt is imported when the window is wanted, not when the module is
    from PySide6.QtWidgets import QApplication, QWidget

    from exchangedesk.ui.main_window import MainWindow
    from exchangedesk.ui.startup_probe import StartupProbe
    from exchangedesk.ui.tasks import Task

ORGANISATION = "ExchangeDesk"  # QSettings: ~/.config/ExchangeDesk/ExchangeDesk.conf on Linux
EXIT_CANNOT_OPEN = 2  # the same code the command line uses for an unusable database


def make_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, named so that QSettings finds the user's settings."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from exchangedesk.paths import resource

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("exchangedesk")

    from exchangedesk.ui.i18n import chosen_language, install_language

    # Before any window is built: texts are translated as widgets are made.
    install_language(chosen_language())
    from exchangedesk.ui.fonts import register_fallback_fonts

    register_fallback_fonts()
    from exchangedesk.ui.gc_guard import collect_on_gui_thread

    collect_on_gui_thread(app)  # never destroy Qt objects on a worker thread
    app_icon = resource("icons", "exchangedesk.svg")
    if app_icon.is_file():
        app.setWindowIcon(QIcon(str(app_icon)))
    return app


def run(
    db_location: str | Path | None, read_only: bool = False, probe: StartupProbe | None = None
) -> int:
    """Open the database and show the main window until it is closed; the exit code.
    A ``probe`` (``--startup-probe``) stamps each stage and ends the program once painted."""
    from exchangedesk.ui.main_window import MainWindow
    from exchangedesk.ui.opening import open_interactively

    mark = probe.mark if probe is not None else lambda _stage: None
    mark("imports")
    app = make_application()
    mark("qapplication")
    opened = open_interactively(db_location, read_only=read_only)
    if opened is None:
        return EXIT_CANNOT_OPEN
    mark("database_open")
    window = MainWindow(opened)
    page_check: Task | None = None
    try:
        if probe is not None:
            probe.watch(window)
        window.show()
        mark("window_shown")
        if not opened.pages_checked:
            page_check = check_pages_later(window)
        return app.exec()
    finally:
        from PySide6.QtCore import QThreadPool

        if page_check is not None:
            page_check.cancel()  # a walk of a large file ends at once instead of holding the exit

        # Background work (home's attention search, a page check, a document being rendered)
        # may still be reading: let it end before its database closes under it.
        QThreadPool.globalInstance().waitForDone(30_000)
        window.opened.close()  # may differ from ``opened`` after File › Open database…
        tear_down(app, window)


def tear_down(app: QApplication, *windows: QWidget) -> None:
    """Free every Qt object while the QApplication is still whole, then the application.

    Left to the interpreter's exit, Python frees modules' objects in no set order: icons held in
    qtawesome's cache were then destroyed after the QApplication, and the process crashed in
    ``QIcon::~QIcon`` as it ended (one exit in two on a new register; seen with gdb, issue 12).
    """
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    from exchangedesk.ui.theme import release_icons

    for window in windows:
        window.close()
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    release_icons()
    gc.collect()  # on this, the GUI thread, while Qt is whole (see ui/gc_guard.py)
    app.shutdown()


def check_pages_later(window: MainWindow) -> Task | None:
    """Walk every page of a large database on a worker thread once the window is up (opening
    skipped that walk, see ``db.opening.CHECK_PAGES_ON_OPEN_MB``), and say so if it is damaged."""
    from PySide6.QtCore import QCoreApplication

    from exchangedesk.db.engine import sqlite_path
    from exchangedesk.db.opening import verify_pages
    from exchangedesk.ui.tasks import Task

    path = sqlite_path(window.database.url)
    if path is None:
        return None

    def report(problem: str | None) -> None:
        if not problem:
            return
        from PySide6.QtWidgets import QMessageBox

        from exchangedesk.ui import opening

        translate = QCoreApplication.translate
        box = QMessageBox(window)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(translate("Opening", "The database file is damaged"))
        box.setText(translate("Opening", "The database file is damaged"))
        box.setInformativeText(
            translate(
                "Opening",
                "A check of '{0}' found broken pages. Records stored there cannot be read or "
                "saved. Close ExchangeDesk and restore the latest backup with "
                "'exchangedesk restore'.",
            ).format(path)
        )
        box.setDetailedText(translate("Opening", "What SQLite reported: {0}").format(problem))
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        opening.show_box(box)

    task = Task(lambda control: verify_pages(path, stop=lambda: control.cancelled), window)
    task.result.connect(report)
    task.start()
    return task
