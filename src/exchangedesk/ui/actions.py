"""The main window's menus, toolbar and shortcuts, as desktop users expect them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from exchangedesk.ui.i18n import translate
from exchangedesk.ui.theme import icon


@dataclass
class WindowActions:
    open_database: QAction
    connect_server: QAction
    import_pairs: QAction
    import_list: QAction
    back_up: QAction
    backups: QAction
    new_record: QAction
    print_: QAction
    export: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    find: QAction
    preferences: QAction
    refresh: QAction
    about: QAction
    about_qt: QAction
    areas: list[QAction]
    toolbar: QToolBar

    def refresh_icons(self) -> None:
        for action, name in (
            (self.open_database, "mdi6.folder-open-outline"),
            (self.import_pairs, "mdi6.file-import-outline"),
            (self.back_up, "mdi6.database-arrow-down-outline"),
            (self.new_record, "mdi6.plus"),
            (self.print_, "mdi6.printer-outline"),
            (self.export, "mdi6.file-export-outline"),
            (self.quit, "mdi6.exit-to-app"),
            (self.undo, "mdi6.undo"),
            (self.redo, "mdi6.redo"),
            (self.find, "mdi6.magnify"),
            (self.preferences, "mdi6.cog-outline"),
            (self.refresh, "mdi6.refresh"),
            (self.about, "mdi6.information-outline"),
        ):
            action.setIcon(icon(name))


def _action(window: QMainWindow, text: str, shortcut: QKeySequence | str | None = None) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    return action


def build_actions(
    window: QMainWindow, undo_stack: QUndoStack, area_titles: list[str]
) -> WindowActions:
    """Create the actions and their menus; the window connects what they do."""
    standard = QKeySequence.StandardKey
    open_database = _action(
        window, translate("MainWindow", "&Open database…"), QKeySequence(standard.Open)
    )
    connect_server = _action(window, translate("MainWindow", "Connect to a &server…"))
    connect_server.setStatusTip(
        translate("MainWindow", "Open a register several staff share on a PostgreSQL server")
    )
    import_pairs = _action(window, translate("MainWindow", "&Partnership pairs (CSV)…"))
    import_pairs.setStatusTip(
        translate("MainWindow", "Add partnerships from a list of city pairs (twin_cities.csv)")
    )
    import_list = _action(window, translate("MainWindow", "&List from a spreadsheet (CSV, Excel)…"))
    import_list.setStatusTip(
        translate(
            "MainWindow",
            "Add or update people, organisations, donations, host families or participants from "
            "a spreadsheet, with a preview",
        )
    )
    back_up = _action(window, translate("MainWindow", "&Back up now"))
    back_up.setStatusTip(
        translate("MainWindow", "Write a verified copy of the database into its backups folder")
    )
    backups = _action(window, translate("MainWindow", "Bac&kups…"))
    backups.setStatusTip(
        translate("MainWindow", "See the backups of the database, take one, or restore one")
    )
    new_record = _action(window, translate("MainWindow", "&New…"), QKeySequence(standard.New))
    print_ = _action(window, translate("MainWindow", "&Print…"), QKeySequence(standard.Print))
    print_.setStatusTip(
        translate("MainWindow", "Preview, print or save the documents of the record selected")
    )
    export = _action(window, translate("MainWindow", "&Export…"))
    export.setStatusTip(
        translate("MainWindow", "Write the list shown, as filtered, to a CSV or Excel file")
    )
    quit_ = _action(window, translate("MainWindow", "&Quit"), QKeySequence(standard.Quit))
    quit_.setShortcut(QKeySequence("Ctrl+Q"))  # some platforms have no standard Quit key
    quit_.setMenuRole(QAction.MenuRole.QuitRole)

    undo = undo_stack.createUndoAction(window, translate("MainWindow", "&Undo"))
    undo.setShortcuts(QKeySequence.keyBindings(standard.Undo))
    redo = undo_stack.createRedoAction(window, translate("MainWindow", "&Redo"))
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    find = _action(window, translate("MainWindow", "&Find"), QKeySequence(standard.Find))
    find.setStatusTip(translate("MainWindow", "Put the cursor in the list's filter"))

    refresh = _action(window, translate("MainWindow", "&Refresh"), QKeySequence(standard.Refresh))
    refresh.setStatusTip(translate("MainWindow", "Read the database again"))
    areas = []
    # One area is shown at a time: the group keeps exactly one ticked in the View menu.
    area_group = QActionGroup(window)
    area_group.setExclusive(True)
    for index, title in enumerate(area_titles):
        # "People & Organisations": a lone & would underline the O and vanish from the menu.
        shown = title.replace("&", "&&")
        action = _action(window, shown, f"Ctrl+{index + 1}" if index < 9 else None)
        action.setCheckable(True)
        area_group.addAction(action)
        areas.append(action)

    preferences = _action(
        window, translate("MainWindow", "Pre&ferences…"), QKeySequence(standard.Preferences)
    )
    preferences.setStatusTip(
        translate(
            "MainWindow",
            "The window's language, your name, automatic backups, how long personal data is kept",
        )
    )
    preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
    about = _action(window, translate("MainWindow", "&About ExchangeDesk"))
    about.setMenuRole(QAction.MenuRole.AboutRole)
    about_qt = _action(window, translate("MainWindow", "About &Qt"))
    about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)

    bar = window.menuBar()
    file_menu = bar.addMenu(translate("MainWindow", "&File"))
    file_menu.setToolTipsVisible(True)  # disabled entries say why
    file_menu.addActions([new_record, open_database, connect_server])
    file_menu.addMenu(translate("MainWindow", "&Import")).addActions([import_list, import_pairs])
    file_menu.addSeparator()
    file_menu.addActions([back_up, backups, print_, export])
    file_menu.addSeparator()
    file_menu.addAction(quit_)
    edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
    edit_menu.setObjectName("edit-menu")  # found by ui/privacy/menu.py
    edit_menu.addActions([undo, redo])
    edit_menu.addSeparator()
    edit_menu.addAction(find)
    edit_menu.addSeparator()
    edit_menu.addAction(preferences)
    view_menu: QMenu = bar.addMenu(translate("MainWindow", "&View"))
    view_menu.addAction(refresh)
    view_menu.addSeparator()
    view_menu.addActions(areas)
    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    help_menu.setObjectName("help-menu")  # found by ui/help/shortcuts.py and ui/backups/check.py
    help_menu.addActions([about, about_qt])

    toolbar = QToolBar(translate("MainWindow", "Main toolbar"), window)
    toolbar.setObjectName("main-toolbar")  # saveState() needs a name to remember it by
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.setMovable(False)
    toolbar.addActions([new_record, find, refresh])
    toolbar.addSeparator()
    toolbar.addActions([undo, redo])
    for action in (undo, redo):
        # Their text names the step ("Undo Add person …"): beside the icon it widened the
        # button with every step; the icon alone keeps it still, the tooltip tells the step.
        toolbar.widgetForAction(action).setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    toolbar.addSeparator()
    toolbar.addAction(back_up)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
    view_menu.addSeparator()
    view_menu.addAction(toolbar.toggleViewAction())

    actions = WindowActions(
        open_database=open_database,
        connect_server=connect_server,
        import_pairs=import_pairs,
        import_list=import_list,
        back_up=back_up,
        backups=backups,
        new_record=new_record,
        print_=print_,
        export=export,
        quit=quit_,
        undo=undo,
        redo=redo,
        find=find,
        preferences=preferences,
        refresh=refresh,
        about=about,
        about_qt=about_qt,
        areas=areas,
        toolbar=toolbar,
    )
    actions.refresh_icons()
    return actions
