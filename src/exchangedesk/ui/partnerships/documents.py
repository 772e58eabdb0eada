"""The Partnerships page's document actions: attach scans, open a copy, save a copy as,
remove (undoable: the file is kept, see ``services.attachments``)."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import cast

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QUndoStack
from PySide6.QtWidgets import QFileDialog, QWidget

from exchangedesk.db.session import Database
from exchangedesk.domain.errors import ExchangeDeskError
from exchangedesk.services.common.attachments import (
    copy_for_viewing,
    export_attachment,
    get_attachment,
    safe_file_name,
)
from exchangedesk.services.partnerships import edits
from exchangedesk.services.partnerships.records import PartnershipDetail
from exchangedesk.ui.undo import push_edit

SCAN_PATTERNS = "*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.docx *.odt"


class DocumentActions:
    """Mixed into the page, which provides the database, the undo stack, the partnership shown
    and how to refresh and warn."""

    database: Database
    _current: Callable[[], PartnershipDetail | None]
    _stack: Callable[[], QUndoStack]
    _after_edit: Callable[..., None]
    _warn: Callable[[str, BaseException], None]
    tr: Callable[[str], str]

    _viewing_folder: tempfile.TemporaryDirectory[str] | None = None

    def _widget(self) -> QWidget:
        return cast(QWidget, self)

    def _viewing(self) -> Path:
        """A private folder for the copies handed to viewers, removed when the program ends."""
        if self._viewing_folder is None:
            self._viewing_folder = tempfile.TemporaryDirectory(prefix="exchangedesk-view-")
        return Path(self._viewing_folder.name)

    def choose_files(self) -> None:
        detail = self._current()
        if detail is None or self.database.read_only:
            return
        paths, _filter = QFileDialog.getOpenFileNames(
            self._widget(),
            self.tr("Attach to {0}").format(detail.cities),
            "",
            self.tr("Scans and documents ({0});;All files (*)").format(SCAN_PATTERNS),
        )
        self.attach_files(detail, [Path(p) for p in paths])

    def attach_files(self, detail: PartnershipDetail, paths: list[Path]) -> None:
        for path in paths:
            edit = edits.attaching(self.database, detail.id, path)
            try:
                push_edit(
                    self._stack(),
                    self.tr("Attach {0} to {1}").format(path.name, detail.cities),
                    apply=edit.apply,
                    revert=edit.revert,
                    after=lambda: self._after_edit(detail.id),
                    message_parent=self._widget(),
                )
            except (ExchangeDeskError, OSError) as failed:
                self._warn(self.tr("{0} was not attached").format(path.name), failed)

    def open_attachment(self, attachment_id: int) -> None:
        try:
            copy = copy_for_viewing(
                self.database, attachment_id, self._viewing() / str(attachment_id)
            )
        except (ExchangeDeskError, OSError) as failed:
            self._warn(self.tr("The document cannot be opened"), failed)
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))

    def save_attachment(self, attachment_id: int, destination: Path | None = None) -> Path | None:
        try:
            row = get_attachment(self.database, attachment_id)
            if destination is None:
                chosen, _filter = QFileDialog.getSaveFileName(
                    self._widget(),
                    self.tr("Save a copy of {0}").format(row.original_name),
                    safe_file_name(row.original_name),
                )
                if not chosen:
                    return None
                destination = Path(chosen)
            return export_attachment(self.database, attachment_id, destination)
        except (ExchangeDeskError, OSError) as failed:
            self._warn(self.tr("The document was not saved"), failed)
            return None

    def remove_attachment(self, attachment_id: int) -> None:
        try:
            row = get_attachment(self.database, attachment_id)
            edit = edits.removing_attachment(self.database, attachment_id)
            push_edit(
                self._stack(),
                self.tr("Remove {0}").format(row.shown_name),
                apply=edit.apply,
                revert=edit.revert,
                after=lambda: self._after_edit(row.partnership_id),
                message_parent=self._widget(),
            )
        except ExchangeDeskError as failed:
            self._warn(self.tr("The document was not removed"), failed)
