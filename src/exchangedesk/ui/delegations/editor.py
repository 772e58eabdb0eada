"""The delegation editor: which partnership, incoming or outgoing, title, purpose, arrival and
departure, notes. The status is not edited here: it moves with the workflow buttons."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from exchangedesk.db.session import Database
from exchangedesk.domain.enums import Direction
from exchangedesk.domain.errors import ExchangeDeskError
from exchangedesk.services.common.paging import ListQuery
from exchangedesk.services.delegations.detail import DelegationDetail, delegation_detail
from exchangedesk.services.delegations.edits import DelegationDraft, draft_of
from exchangedesk.services.partnerships.lists import list_partnerships
from exchangedesk.ui.aid.form import AidFormDialog, notes_box
from exchangedesk.ui.dialogs.record_fields import Choice, DateField, LookupField
from exchangedesk.ui.formatting import enum_text

PARTNERSHIP_CHOICES = 20


def partnership_choices(database: Database, text: str) -> list[Choice]:
    """Partnerships with every typed word in a city's name (any script), for the lookup."""
    page = list_partnerships(database, ListQuery(text=text, limit=PARTNERSHIP_CHOICES))
    return [Choice(row.id, row.cities) for row in page.rows]


class DelegationEditor(AidFormDialog):
    def __init__(
        self,
        database: Database,
        save: Callable[[DelegationDraft], Any],
        detail: DelegationDetail | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(save, parent)
        self.database = database
        self.detail = detail
        self.what = self.tr("The delegation")
        self.setWindowTitle(
            self.tr("New delegation")
            if detail is None
            else self.tr("Edit {0}").format(detail.title)
        )
        self.partnership = LookupField(
            lambda text: partnership_choices(database, text),
            self.tr("Type a partner city's name, e.g. Volgograd, then pick the partnership"),
        )
        self.direction = QComboBox()
        self.direction.addItem(self.tr("Incoming — we receive the visit"), Direction.INCOMING)
        self.direction.addItem(self.tr("Outgoing — we send the delegation"), Direction.OUTGOING)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Teachers and students from Volgograd"))
        self.purpose = notes_box(3)
        self.purpose.setPlaceholderText(self.tr("What the visit is for"))
        self.arrival_on = DateField()
        self.arrival_on.edit.setPlaceholderText(self.tr("e.g. 12 May 2027"))
        self.departure_on = DateField()
        self.departure_on.edit.setPlaceholderText(self.tr("the day they leave"))
        self.notes = notes_box(3)

        self.field(self.tr("Partnership"), "partnership_id", self.partnership)
        self.field(self.tr("Direction"), "direction", self.direction)
        self.field(self.tr("Title"), "title", self.title)
        self.field(self.tr("Purpose"), "purpose", self.purpose)
        self.field(self.tr("Arrival"), "arrival_on", self.arrival_on)
        self.field(self.tr("Departure"), "departure_on", self.departure_on)
        self.field(self.tr("Notes"), "notes", self.notes)
        self.setMinimumWidth(560)
        if detail is not None:
            self._fill(detail)
        self.finish_layout()

    def _fill(self, detail: DelegationDetail) -> None:
        draft = draft_of(detail)
        self.partnership.set_choice(draft.partnership_id, detail.cities)
        self.direction.setCurrentIndex(self.direction.findData(draft.direction))
        self.title.setText(draft.title)
        self.purpose.setPlainText(draft.purpose or "")
        self.arrival_on.set_value(draft.arrival_on)
        self.departure_on.set_value(draft.departure_on)
        self.notes.setPlainText(draft.notes or "")

    def reload_saved(self) -> None:
        """Continue from the version saved now (after a stale save): the fields are filled
        from it, and the next save is checked against it."""
        if self.detail is None:
            return
        try:
            self.detail = delegation_detail(self.database, self.detail.id)
        except ExchangeDeskError as gone:
            self.show_banner(str(gone))
            return
        self._fill(self.detail)
        self._initial = self.state()
        self.banner.hide()

    def draft(self) -> DelegationDraft:
        return DelegationDraft(
            partnership_id=self.partnership.chosen_id,
            direction=Direction(self.direction.currentData()),
            title=self.title.text(),
            arrival_on=self.arrival_on.value(),
            departure_on=self.departure_on.value(),
            purpose=self.purpose.toPlainText(),
            notes=self.notes.toPlainText(),
        )

    def check_typed(self) -> bool:
        if self.partnership.unresolved:
            self.messages.show(
                "partnership_id",
                self.tr(
                    "Pick the partnership from the suggestions (add new ones under Partnerships)."
                ),
            )
            self.partnership.setFocus()
            return False
        return not (
            self.date_unreadable("arrival_on", self.arrival_on)
            or self.date_unreadable("departure_on", self.departure_on)
        )


def direction_text(direction: Direction) -> str:
    return enum_text(direction)
