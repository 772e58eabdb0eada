"""Issue 16: no editor traps the keyboard or hides a field from it. For the editor of every
area, Tab from the field that has the focus when it opens goes round the whole dialog and
comes back: on the way it stops once at every input that is shown and enabled, and at Save.

A trap (Tab bouncing between two fields, as the gift's value and currency did) shows as an
input visited twice before the walk comes round; a skipped field (the gift's giver kind) as
an input never visited."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from keys import press, wait_active
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
    QWidget,
)

from exchangedesk.db.session import Database
from exchangedesk.services.delegations.detail import delegation_detail
from exchangedesk.ui.aid.campaign_editor import CampaignEditor
from exchangedesk.ui.aid.contribution_editor import ContributionEditor
from exchangedesk.ui.aid.shipment_editor import ShipmentEditor
from exchangedesk.ui.delegations.editor import DelegationEditor
from exchangedesk.ui.delegations.member_dialog import MemberDialog
from exchangedesk.ui.exchanges.host_family_editor import HostFamilyEditor
from exchangedesk.ui.exchanges.participant_editor import ParticipantEditor
from exchangedesk.ui.exchanges.programme_editor import ProgrammeEditor
from exchangedesk.ui.gifts.editor import GiftEditor
from exchangedesk.ui.partnerships.editor import PartnershipEditor
from exchangedesk.ui.people.organisation_editor import OrganisationEditor
from exchangedesk.ui.people.person_editor import PersonEditor
from sample_committee import SampleIds

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QAbstractButton)
LIMIT = 120  # far more presses than the longest editor has fields


def _nothing(_draft: object, *_more: object) -> None:
    return None


EDITORS: dict[str, Callable[[Database, SampleIds], QDialog]] = {
    "delegation": lambda db, _s: DelegationEditor(db, _nothing),
    "member": lambda db, s: MemberDialog(db, delegation_detail(db, s.churchill_visit), _nothing),
    "partnership": lambda db, _s: PartnershipEditor(db, _nothing),
    "person": lambda db, _s: PersonEditor(db, person=None, save=_nothing, actor="test"),
    "organisation": lambda db, _s: OrganisationEditor(db, organisation=None, save=_nothing),
    "gift": lambda db, _s: GiftEditor(db, _nothing),
    "campaign": lambda db, _s: CampaignEditor(db, _nothing),
    "contribution": lambda db, s: ContributionEditor(db, _nothing, s.aid_1942, "Aid 1942"),
    "shipment": lambda _db, s: ShipmentEditor(_nothing, s.aid_1942, "Aid 1942", "GBP"),
    "exchange programme": lambda db, _s: ProgrammeEditor(db, programme=None, save=_nothing),
    "participant": lambda db, _s: ParticipantEditor(db, draft=None, names={}, save=_nothing),
    "host family": lambda db, _s: HostFamilyEditor(db, family=None, city_id=None, save=_nothing),
}


def _input_of(widget: QWidget) -> QWidget:
    """The field a focused widget belongs to: a combo box's or date's own line edit is
    the combo box or the date."""
    parent = widget.parentWidget()
    if isinstance(widget, QLineEdit) and isinstance(parent, QComboBox | QAbstractSpinBox):
        return parent
    return widget


def _expected(dialog: QDialog) -> list[QWidget]:
    """Every input a person can see and use, by Tab: shown, enabled, taking Tab focus.
    Of a group of radio buttons Tab stops at the checked one only (arrows move in it)."""
    found = []
    for widget in dialog.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or widget is not _input_of(widget):
            continue
        if not (widget.isVisibleTo(dialog) and widget.isEnabled()):
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if isinstance(widget, QRadioButton) and not widget.isChecked():
            continue  # Tab stops at the checked one of its group; arrows move within it
        found.append(widget)
    return found


def _describe(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
    return f"{type(widget).__name__}({widget.objectName() or text!s:.24})"


@pytest.mark.parametrize("area", sorted(EDITORS))
def test_tab_goes_round_every_editor_once(
    area: str,
    database: Database,
    sample: SampleIds,
    qtbot,  # noqa: ANN001
) -> None:
    dialog = EDITORS[area](database, sample)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_active(qtbot, dialog)
    start = _input_of(QApplication.focusWidget())
    assert dialog.isAncestorOf(start), f"{area}: the focus is not in the editor when it opens"
    visited = [start]
    for _ in range(LIMIT):
        press(qtbot, Qt.Key.Key_Tab)
        now = _input_of(QApplication.focusWidget())
        if now is start:
            break
        assert now not in visited, (
            f"{area}: Tab came back to {_describe(now)} before going round: "
            + " → ".join(_describe(w) for w in visited + [now])
        )
        visited.append(now)
    else:
        pytest.fail(f"{area}: Tab never came back to where it started")
    buttons = dialog.findChild(QDialogButtonBox)
    ok = buttons.button(QDialogButtonBox.StandardButton.Save) or buttons.button(
        QDialogButtonBox.StandardButton.Ok
    )
    assert ok in visited, f"{area}: Tab never reaches {ok.text()}"
    skipped = [w for w in _expected(dialog) if w not in visited]
    assert not skipped, f"{area}: Tab never stops at " + ", ".join(map(_describe, skipped))
    dialog.done(0)  # no "discard changes?" question: nothing was typed
