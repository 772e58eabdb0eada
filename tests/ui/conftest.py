"""Window tests: a QApplication whose settings live in the test's folder, and windows on
fresh databases."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QThreadPool
from PySide6.QtWidgets import QApplication

from exchangedesk.db.opening import OpenedDatabase
from exchangedesk.db.session import Database
from exchangedesk.ui.gc_guard import collect_on_gui_thread
from exchangedesk.ui.main_window import MainWindow
from exchangedesk.ui.theme import release_icons
from qt_checks import ModelChecker
from sample_committee import SampleIds, fill


@pytest.fixture(scope="session", autouse=True)
def qt_torn_down_before_python(qapp: QApplication) -> Iterator[None]:
    """After the last window test: end background work and delete every window still around
    while Qt and Python are both whole, rather than leaving them to the interpreter's exit,
    which destroys objects in no particular order. Meanwhile Python's cycle collector runs on
    this (the GUI) thread only, as in the application (ui/gc_guard.py)."""
    collector = collect_on_gui_thread(qapp)
    yield
    collector.stop()
    QThreadPool.globalInstance().waitForDone(30_000)
    for widget in QApplication.topLevelWidgets():
        if not shiboken6.isValid(widget):  # closing an earlier one took it along
            continue
        widget.close()
        if shiboken6.isValid(widget):  # a dialog deleted on close is gone already
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    release_icons()  # a cached QIcon outliving the QApplication crashes the exit (ui/app.py)
    gc.collect()


@pytest.fixture(scope="session", autouse=True)
def english_installed(qapp: QApplication) -> None:
    """As ui/app.py does at start: English's file carries the plural forms ("1 item")."""
    from exchangedesk.ui.i18n import install_language

    assert install_language("en")


@pytest.fixture(autouse=True)
def private_settings(qapp: QApplication, tmp_path: Path) -> Iterator[Path]:
    """Nothing a test does may reach the real user's settings: every QSettings() a test
    or the code under test creates lands in the test's own folder."""
    folder = tmp_path / "settings"
    folder.mkdir()
    QCoreApplication.setOrganizationName("ExchangeDeskTests")
    QCoreApplication.setApplicationName("ExchangeDeskTests")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
        QSettings.setPath(fmt, QSettings.Scope.SystemScope, str(folder / "system"))
    yield folder
    QThreadPool.globalInstance().waitForDone(10_000)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def sample(database: Database) -> SampleIds:
    return fill(database)


@pytest.fixture
def make_window(qtbot, settings: QSettings) -> Iterator[Callable[..., MainWindow]]:  # noqa: ANN001
    windows: list[MainWindow] = []

    def make(opened: OpenedDatabase, with_settings: QSettings | None = None) -> MainWindow:
        window = MainWindow(opened, with_settings if with_settings is not None else settings)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


@pytest.fixture
def window(make_window, opened: OpenedDatabase) -> MainWindow:  # noqa: ANN001
    return make_window(opened)


@pytest.fixture
def filled_window(make_window, opened: OpenedDatabase, sample: SampleIds) -> MainWindow:  # noqa: ANN001
    return make_window(opened)


@pytest.fixture
def model_checker(qtmodeltester, qtlog) -> ModelChecker:  # noqa: ANN001
    return ModelChecker(qtmodeltester, qtlog)
