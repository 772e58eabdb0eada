"""Every change the Gifts page makes, each one command on the window's undo stack: a new gift
(undone by deleting it, redone by putting that same gift back), an edit, a deletion, a custody
move, a thank-you letter linked or unlinked, a photo added or removed."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QUndoStack
from PySide6.QtWidgets import QFileDialog, QWidget

from exchangedesk.db.session import Database
from exchangedesk.domain.errors import ExchangeDeskError
from exchangedesk.services.common.attachments import (
    copy_for_viewing,
    get_attachment,
    remove_attachment,
    restore_attachment,
)
from exchangedesk.services.gifts.records import (
    PHOTO_PATTERNS,
    RemovedGift,
    add_gift_photo,
    delete_gift,
    link_thank_you,
    restore_gift,
    unlink_thank_you,
    withdraw_move,
)
from exchangedesk.services.gifts.register import (
    GiftDetail,
    GiftFields,
    GiftHistory,
    create_gift,
    gift_history,
    move_gift,
    update_gift,
)
from exchangedesk.ui.undo import push_edit


class GiftCommands:
    """Mixed into the page, which provides the database, the undo stack, how to refresh the
    list and pane after an edit, and how to warn."""

    database: Database
    _stack: Callable[[], QUndoStack]
    _after_edit: Callable[..., None]
    _warn: Callable[[str, BaseException], None]
    tr: Callable[[str], str]
    _viewing_folder: tempfile.TemporaryDirectory[str] | None = None

    def _widget(self) -> QWidget:
        return cast(QWidget, self)

    def _push(
        self, text: str, apply: Callable[[], Any], revert: Callable[[], Any], gift_id: int | None
    ) -> Any:
        return push_edit(
            self._stack(),
            text,
            apply=apply,
            revert=revert,
            after=lambda: self._after_edit(gift_id),
            message_parent=self._widget(),
        )

    # --- the gift itself -----------------------------------------------------------------

    def save_new(self, fields: GiftFields) -> GiftDetail:
        state: dict[str, Any] = {}

        def apply() -> GiftDetail:
            removed: RemovedGift | None = state.get("removed")
            saved = (
                restore_gift(self.database, removed)
                if removed
                else create_gift(self.database, fields)
            )
            state["id"], state["version"] = saved.id, saved.version
            return saved

        def revert() -> None:
            state["removed"] = delete_gift(
                self.database, state["id"], expected_version=state["version"]
            )

        saved = push_edit(
            self._stack(),
            self.tr("New gift “{0}”").format(fields.title.strip()),
            apply=apply,
            revert=revert,
            after=lambda: self._after_edit(state.get("id")),
            message_parent=self._widget(),
        )
        return saved

    def save_edit(self, detail: GiftDetail, fields: GiftFields) -> GiftDetail:
        state = {"version": detail.version}

        def saving(values: GiftFields) -> Callable[[], GiftDetail]:
            def run() -> GiftDetail:
                saved = update_gift(
                    self.database, detail.id, values, expected_version=state["version"]
                )
                state["version"] = saved.version
                return saved

            return run

        return self._push(
            self.tr("Edit “{0}”").format(detail.fields.title),
            saving(fields),
            saving(detail.fields),
            detail.id,
        )

    def delete_record(self, detail: GiftDetail) -> None:
        state: dict[str, Any] = {"version": detail.version}

        def apply() -> None:
            state["removed"] = delete_gift(
                self.database, detail.id, expected_version=state["version"]
            )

        def revert() -> None:
            state["version"] = restore_gift(self.database, state["removed"]).version

        self._push(self.tr("Delete “{0}”").format(detail.fields.title), apply, revert, detail.id)

    # --- custody, thanks and photos ------------------------------------------------------

    def save_move(
        self, gift: GiftDetail, since_on: dt.date | None, location: str, custodian: str, note: str
    ) -> GiftHistory:
        state: dict[str, int] = {}

        def apply() -> GiftHistory:
            before = {m.id for m in self._moves(gift.id)}
            history = move_gift(self.database, gift.id, since_on, location, custodian, note)  # type: ignore[arg-type]
            state["move"] = next(m.id for m in history.moves if m.id not in before)
            return history

        return self._push(
            self.tr("Move “{0}” to {1}").format(gift.fields.title, " ".join(location.split())),
            apply,
            lambda: withdraw_move(self.database, gift.id, state["move"]),
            gift.id,
        )

    def _moves(self, gift_id: int) -> tuple[Any, ...]:
        return gift_history(self.database, gift_id).moves

    def link_letter(self, gift: GiftDetail, document_id: int) -> None:
        self._push(
            self.tr("Thank-you letter for “{0}”").format(gift.fields.title),
            lambda: link_thank_you(self.database, gift.id, document_id),
            lambda: unlink_thank_you(self.database, gift.id, document_id),
            gift.id,
        )

    def unlink_letter(self, gift: GiftDetail, document_id: int) -> None:
        try:
            self._push(
                self.tr("Unlink the thank-you letter of “{0}”").format(gift.fields.title),
                lambda: unlink_thank_you(self.database, gift.id, document_id),
                lambda: link_thank_you(self.database, gift.id, document_id),
                gift.id,
            )
        except ExchangeDeskError as failed:
            self._warn(self.tr("The letter was not unlinked"), failed)

    def choose_photos(self, gift: GiftDetail) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self._widget(),
            self.tr("Photos of “{0}”").format(gift.fields.title),
            "",
            self.tr("Pictures ({0});;All files (*)").format(" ".join(PHOTO_PATTERNS)),
        )
        self.add_photos(gift, [Path(p) for p in paths])

    def add_photos(self, gift: GiftDetail, paths: list[Path]) -> None:
        for path in paths:
            state: dict[str, int] = {}

            def apply(path: Path = path, state: dict[str, int] = state) -> None:
                if "photo" in state:
                    restore_attachment(self.database, state["photo"])
                else:
                    state["photo"] = add_gift_photo(self.database, gift.id, path).id

            def revert(state: dict[str, int] = state) -> None:
                remove_attachment(self.database, state["photo"])

            try:
                self._push(
                    self.tr("Add photo {0} to “{1}”").format(path.name, gift.fields.title),
                    apply,
                    revert,
                    gift.id,
                )
            except (ExchangeDeskError, OSError) as failed:
                self._warn(self.tr("{0} was not added").format(path.name), failed)

    def remove_photo(self, gift: GiftDetail, photo_id: int) -> None:
        try:
            name = get_attachment(self.database, photo_id).shown_name
            self._push(
                self.tr("Remove photo {0}").format(name),
                lambda: remove_attachment(self.database, photo_id),
                lambda: restore_attachment(self.database, photo_id),
                gift.id,
            )
        except ExchangeDeskError as failed:
            self._warn(self.tr("The photo was not removed"), failed)

    def open_photo(self, photo_id: int) -> None:
        if self._viewing_folder is None:  # removed with its copies when the program ends
            self._viewing_folder = tempfile.TemporaryDirectory(prefix="exchangedesk-view-")
        try:
            copy = copy_for_viewing(
                self.database, photo_id, Path(self._viewing_folder.name) / str(photo_id)
            )
        except (ExchangeDeskError, OSError) as failed:
            self._warn(self.tr("The photo cannot be opened"), failed)
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))
