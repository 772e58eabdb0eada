"""Opening a database from the window, with the questions a person can answer.

The checks themselves live in :mod:`exchangedesk.db.opening`; here a refusal becomes a message
box that says what is wrong, and a database held by another ExchangeDesk becomes the offer to
open it read-only.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.exc import SQLAlchemyError

from exchangedesk.db.faults import explain as explain_fault
from exchangedesk.db.opening import OpenedDatabase, open_database
from exchangedesk.domain.errors import (
    DamagedDatabaseError,
    DatabaseLockedError,
    EmptyWithBackupsError,
    ExchangeDeskError,
    ReadOnlyFolderError,
)
from exchangedesk.services.maintenance.backups import BackupInfo, newest_verified, restore_over
from exchangedesk.ui.i18n import translate


def show_box(box: QMessageBox) -> QMessageBox.StandardButton | object:
    """Run a message box and return the button pressed (tests replace this function)."""
    box.exec()
    return box.clickedButton()


def open_interactively(
    location: str | Path | None,
    read_only: bool = False,
    parent: QWidget | None = None,
    *,
    replace_empty: bool = False,
) -> OpenedDatabase | None:
    """The opened database, or None once the user has been told why it could not be opened
    (or chose not to open it read-only, not to restore, not to start afresh)."""
    try:
        opened = open_database(location, read_only=read_only, replace_empty=replace_empty)
        opened.backup_on_close = True  # the window's register gets a verified copy on close
        return opened
    except DatabaseLockedError as exc:
        if not _offer_read_only(exc, parent):
            return None
        return open_interactively(location, read_only=True, parent=parent)
    except ReadOnlyFolderError as exc:
        if not _offer_read_only_folder(exc, parent):
            return None
        return open_interactively(location, read_only=True, parent=parent)
    except DamagedDatabaseError as exc:
        then = _offer_restore(exc, Path(exc.path), parent)
        if then is None:
            return None
        # The register restored in place, or the salvaged copy beside it.
        return open_interactively(
            location if then == Path(exc.path) else then, read_only=read_only, parent=parent
        )
    except EmptyWithBackupsError as exc:
        choice = _ask_about_empty(exc, Path(exc.path), parent)
        if choice is None:
            return None
        return open_interactively(
            location, read_only=read_only, parent=parent, replace_empty=choice == "new"
        )
    except ExchangeDeskError as exc:
        explain_error(translate("Opening", "The database cannot be opened"), exc, parent)
        return None
    except (SQLAlchemyError, OSError) as exc:
        plain = explain_fault(
            exc, where=location, outcome=translate("Opening", "Nothing was changed.")
        )
        if plain is None:
            raise
        explain_error(translate("Opening", "The database cannot be opened"), plain, parent)
        return None


def explain_error(title: str, error: BaseException, parent: QWidget | None = None) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(title)
    box.setText(title)
    box.setInformativeText(str(error))
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    show_box(box)


def _offer_read_only(error: DatabaseLockedError, parent: QWidget | None) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Opening", "The database is in use"))
    box.setText(
        translate("Opening", "This database is open in another ExchangeDesk: {0}.").format(
            error.holder
        )
    )
    box.setInformativeText(
        translate(
            "Opening",
            "Two programs writing the same file can lose each other's work. Open it read-only "
            "to look without changing anything, or close it in the other program first.",
        )
    )
    read_only = box.addButton(
        translate("Opening", "Open read-only"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(read_only)
    return show_box(box) is read_only


def _when(info: BackupInfo) -> str:
    return info.taken_at.astimezone().strftime("%d %B %Y, %H:%M")


def _restore(info: BackupInfo, path: Path, parent: QWidget | None) -> bool:
    try:
        restore_over(info.path, path)
    except ExchangeDeskError as exc:
        explain_error(translate("Opening", "The backup could not be restored"), exc, parent)
        return False
    return True


def _newest(path: Path) -> BackupInfo | None:
    try:
        return newest_verified(path)
    except ExchangeDeskError:
        return None


def _offer_restore(error: DamagedDatabaseError, path: Path, parent: QWidget | None) -> Path | None:
    """What to open next: *path* once the newest verified backup has been put in its place,
    a new repaired copy when the user chose to salvage, None to open nothing."""
    info = _newest(path)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("Opening", "The database is damaged"))
    box.setText(translate("Opening", "'{0}' is damaged and cannot be opened.").format(path.name))
    salvage_words = translate(
        "Opening",
        "Salvaging copies what can still be read into a new file beside it and opens that; "
        "the damaged file is only read.",
    )
    restore = None
    if info is None:
        box.setInformativeText(
            str(error)
            + " "
            + translate("Opening", "No verified backup of it was found in '{0}'.").format(
                _backup_folder(path)
            )
            + " "
            + salvage_words
        )
    else:
        box.setInformativeText(
            translate(
                "Opening",
                "The newest verified backup is from {0} (taken {1}): '{2}'. Restoring it brings "
                "the register back as it was then; the damaged file is kept beside it as "
                "'{3}.damaged-…', never overwritten.",
            ).format(_when(info), info.taken_before, info.path.name, path.name)
            + " "
            + salvage_words
        )
        box.setDetailedText(str(error))
        restore = box.addButton(
            translate("Opening", "Restore this backup"), QMessageBox.ButtonRole.AcceptRole
        )
    salvage = box.addButton(
        translate("Opening", "Salvage into a new file"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(restore or salvage)
    answer = show_box(box)
    if restore is not None and answer is restore:
        return path if _restore(info, path, parent) else None
    if answer is salvage:
        return _salvage(path, parent)
    return None


def _salvage(path: Path, parent: QWidget | None) -> Path | None:
    """``check --repair`` into NAME-repaired-DATE.sqlite3 beside the damaged file; what was
    saved and lost is told before the copy opens."""
    import datetime as dt

    from exchangedesk.services.maintenance.repair import repair_copy
    from exchangedesk.ui.backups.check import repair_text

    day = dt.date.today().isoformat()
    out, number = path.with_name(f"{path.stem}-repaired-{day}{path.suffix}"), 1
    while out.exists():
        number += 1
        out = path.with_name(f"{path.stem}-repaired-{day}-{number}{path.suffix}")
    try:
        report = repair_copy(path, out)
    except ExchangeDeskError as exc:
        explain_error(translate("Opening", "Nothing could be salvaged"), exc, parent)
        return None
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(translate("Opening", "Salvaged into a new file"))
    box.setText(
        translate("Opening", "'{0}' was salvaged into '{1}', which opens now.").format(
            path.name, out.name
        )
    )
    box.setInformativeText("\n".join(repair_text(report)))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    show_box(box)
    return out


def _backup_folder(path: Path) -> Path:
    return path.parent / "backups"


def _ask_about_empty(
    error: EmptyWithBackupsError, path: Path, parent: QWidget | None
) -> str | None:
    """'restored' once the newest verified backup is in place, 'new' to start afresh, or None."""
    info = _newest(path)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Opening", "The database file is empty"))
    box.setText(
        translate("Opening", "'{0}' is empty (0 bytes), but backups of it exist.").format(path.name)
    )
    if info is not None:
        text = translate(
            "Opening",
            "The newest verified backup is from {0} (taken {1}). Restore it, or start a new, "
            "empty register in this file (the backups stay where they are).",
        ).format(_when(info), info.taken_before)
    else:
        text = translate(
            "Opening",
            "None of the {0} backup(s) passed verification. Start a new, empty register in "
            "this file (the backups stay where they are), or close and look at them first.",
        ).format(len(error.backups))
    box.setInformativeText(text)
    restore = None
    if info is not None:
        restore = box.addButton(
            translate("Opening", "Restore this backup"), QMessageBox.ButtonRole.AcceptRole
        )
    new = box.addButton(
        translate("Opening", "Start a new register"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    if restore is not None:
        box.setDefaultButton(restore)
    pressed = show_box(box)
    if restore is not None and pressed is restore:
        return "restored" if _restore(info, path, parent) else None  # type: ignore[arg-type]
    return "new" if pressed is new else None


def _offer_read_only_folder(error: ReadOnlyFolderError, parent: QWidget | None) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Opening", "The database cannot be changed here"))
    box.setText(str(error))
    box.setInformativeText(
        translate("Opening", "Open it read-only to look and print without changing anything.")
    )
    read_only = box.addButton(
        translate("Opening", "Open read-only"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(read_only)
    return show_box(box) is read_only
