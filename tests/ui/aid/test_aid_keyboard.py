"""Issue 16: a contribution recorded by keyboard alone. Ctrl+F puts the cursor in the filter,
Tab goes on to the campaign list (Down selects the campaign), on to the campaign's pane and
its "Add…" button (Space); in the editor the donor's kind is chosen with the arrows, the
fields are reached with Tab, and Save with Tab and Space. The database then holds it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from keys import focused, press, tab_to, type_text, wait_active, wait_closed
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from exchangedesk.db.session import Database
from exchangedesk.services.aid.contributions import get_contribution
from exchangedesk.services.aid.lists import list_contributions
from exchangedesk.ui.aid.contribution_editor import NAMED, ContributionEditor
from exchangedesk.ui.aid.page import AidPage
from exchangedesk.ui.main_window import MainWindow
from sample_committee import SampleIds


def test_a_contribution_is_recorded_by_keyboard_alone(
    filled_window: MainWindow,
    database: Database,
    sample: SampleIds,
    qtbot,  # noqa: ANN001
) -> None:
    before = {row.id for row in list_contributions(database, campaign_id=sample.aid_1942).rows}
    filled_window.show_area("aid")
    page = filled_window.page("aid")
    assert isinstance(page, AidPage)
    wait_active(qtbot, filled_window)

    # Find (Ctrl+F), then Tab into the list of campaigns (the sample has one).
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.campaigns.filter_bar.isAncestorOf(focused()) or focused() is (
        page.campaigns.filter_bar
    )
    tab_to(qtbot, page.campaigns.table)
    # Tabbing in selects the row the focus is on: the campaign shows in the pane at once.
    qtbot.waitUntil(lambda: page.campaign_pane.detail is not None)
    assert page.campaign_pane.detail.id == sample.aid_1942

    # On to the pane's "Add…" button of the contributions, pressed with Space.
    tab_to(qtbot, page.campaign_pane.add_gift_button)
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: isinstance(page.dialog, ContributionEditor))
    editor: ContributionEditor = page.dialog
    wait_active(qtbot, editor)

    # The donor first: "A name in words" by the arrows, then the words.
    assert focused() is editor.donor_kind
    while editor.donor_kind.currentIndex() < NAMED:
        press(qtbot, Qt.Key.Key_Down)
    assert editor.donor_kind.currentIndex() == NAMED
    tab_to(qtbot, editor.donor_text)
    type_text(qtbot, "Workers' collection at the Standard works")
    tab_to(qtbot, editor.amount)
    type_text(qtbot, "2,500.00")
    tab_to(qtbot, editor.currency)  # Tab selects what is there (the committee's currency)
    type_text(qtbot, "EUR")
    tab_to(qtbot, editor.received_on)
    type_text(qtbot, "28 Aug 1942")
    tab_to(qtbot, editor.notes)
    type_text(qtbot, "Collected in the canteen")

    save = editor.buttons.button(QDialogButtonBox.StandardButton.Save)
    tab_to(qtbot, save)
    press(qtbot, Qt.Key.Key_Space)
    wait_closed(qtbot, editor)

    rows = list_contributions(database, campaign_id=sample.aid_1942).rows
    new = [row for row in rows if row.id not in before]
    assert len(new) == 1
    saved = get_contribution(database, new[0].id).fields
    assert saved.donor.text == "Workers' collection at the Standard works"
    assert saved.amount == Decimal("2500.00")
    assert saved.currency == "EUR"
    assert saved.received_on == dt.date(1942, 8, 28)
    assert saved.notes == "Collected in the canteen"
