"""A gift saved by someone else while it is open in the editor: the shared stale-edit dialog
(ui/sharing/stale_edit.StaleEditing) names who, nothing of the edit is saved, and Reload
closes the editor (it cannot refill itself) so the gift is opened again from their version."""

from __future__ import annotations

import dataclasses

from gifts_ui import TABLECLOTH_1944, demo_page_fixture, save, select  # noqa: F401

from exchangedesk.db.session import Database
from exchangedesk.services.gifts.register import get_gift, update_gift
from exchangedesk.ui.gifts.editor import GiftEditor
from exchangedesk.ui.gifts.page import GiftsPage
from exchangedesk.ui.sharing.stale_edit import StaleEditDialog


def test_a_stale_gift_edit_opens_the_dialog_and_saves_nothing(
    demo_page: GiftsPage, database: Database
) -> None:
    page = demo_page
    row = select(page, TABLECLOTH_1944)
    page.edit_selected()
    editor = page.dialog
    assert isinstance(editor, GiftEditor)
    theirs = get_gift(database, row.id)
    database.set_member("Boris")
    update_gift(
        database,
        row.id,
        dataclasses.replace(theirs.fields, category="kept by the museum"),
        expected_version=theirs.version,
    )
    database.set_member(None)

    editor.category.setCurrentText("textile, embroidery")
    save(editor)
    dialog = editor.stale_dialog
    assert isinstance(dialog, StaleEditDialog) and dialog.isVisible()
    assert "changed by Boris on " in dialog.headline.text()
    assert editor.isVisible()
    assert get_gift(database, row.id).fields.category == "kept by the museum"

    dialog.reload_button.click()
    assert not editor.isVisible()  # no "discard changes?" question: they chose their version
    assert get_gift(database, row.id).fields.category == "kept by the museum"
