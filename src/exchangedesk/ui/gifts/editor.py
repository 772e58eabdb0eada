"""The gift editor: given or received, what the gift is, when and on what occasion (a
delegation's visit, an anniversary), who gave it and who received it, its category and
estimated value, and the partnership it belongs to.

The dialog only collects :class:`GiftFields`; ``save`` (given by the page) saves them through
the undo stack. A refusal is shown beside its field — a currency that is not ISO 4217, more
decimals than the currency has — and the value and currency are checked as soon as they are
typed, before Save is pressed. Cancel saves nothing (and asks first if something was typed).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from exchangedesk.db.session import Database
from exchangedesk.domain.anniversaries import DatePrecision
from exchangedesk.domain.enums import GiftDirection
from exchangedesk.domain.errors import (
    ConcurrentEditError,
    ExchangeDeskError,
    StaleEditError,
    ValidationError,
)
from exchangedesk.domain.money import Money
from exchangedesk.services.gifts.records import (
    LinkNames,
    find_delegations,
    find_partnerships,
    link_names,
)
from exchangedesk.services.gifts.register import GiftDetail, GiftFields
from exchangedesk.ui.aid.form import amount_problem, decimal_text, typed_number
from exchangedesk.ui.dialogs import confirm
from exchangedesk.ui.dialogs.record_fields import Choice, FieldMessages, LookupField, error_colour
from exchangedesk.ui.gifts.party import PartyField
from exchangedesk.ui.sharing.stale_edit import StaleEditing
from exchangedesk.ui.widgets.partial_date import PartialDateEdit


def _value_text(value: Decimal | str | None) -> str:
    return decimal_text(value)  # "12,5" where the window's language writes a decimal comma


class GiftEditor(StaleEditing, QDialog):
    def __init__(
        self,
        database: Database,
        save: Callable[[GiftFields], Any],
        detail: GiftDetail | None = None,
        *,
        categories: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self._save = save
        self.detail = detail
        self.setWindowTitle(
            self.tr("New gift")
            if detail is None
            else self.tr("Edit “{0}”").format(detail.fields.title)
        )
        self.messages = FieldMessages()
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(f"color: {error_colour()}; font-weight: bold;")
        self.banner.hide()

        self.given = QRadioButton(self.tr("Given by us"))
        self.received = QRadioButton(self.tr("Received by us"))
        self.direction = QButtonGroup(self)
        self.direction.addButton(self.given)
        self.direction.addButton(self.received)
        direction_row = QWidget()
        row = QHBoxLayout(direction_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.given)
        row.addWidget(self.received)
        row.addStretch(1)

        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("What it is, e.g. Samovar, Embroidered tablecloth"))
        self.given_on = PartialDateEdit(precisions=(DatePrecision.DAY, DatePrecision.YEAR))
        self.delegation = LookupField(
            lambda text: [Choice(i, n) for i, n in find_delegations(database, text)],
            self.tr("The visit it was given on, if any: type part of its title"),
        )
        self.occasion = QLineEdit()
        self.occasion.setPlaceholderText(self.tr("e.g. 50th anniversary of the partnership"))
        self.giver = PartyField(database, "giver")
        self.receiver = PartyField(database, "receiver")
        self.description = QPlainTextEdit()
        # Tab moves on to Category, as in every other field: a tab character in a gift's
        # description is never wanted, and without this the keyboard was trapped here.
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.category = QComboBox()
        self.category.setEditable(True)
        self.category.addItem("")
        self.category.addItems(list(categories))
        self.category.lineEdit().setPlaceholderText(self.tr("e.g. textile, artwork, book, plaque"))
        self.value = QLineEdit()
        self.value.setPlaceholderText(self.tr("e.g. 250.00"))
        self.value.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.currency = QLineEdit()
        self.currency.setPlaceholderText(self.tr("e.g. GBP"))
        self.currency.setMaxLength(3)
        self.currency.setFixedWidth(self.fontMetrics().horizontalAdvance("e.g. GBP") + 20)
        self.currency.setToolTip(self.tr("The ISO 4217 code of the currency: GBP, EUR, RUB…"))
        # The value and its currency side by side; their messages below, the full width.
        value_row = QWidget()
        column = QVBoxLayout(value_row)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        row = QHBoxLayout()
        self.value.setFixedWidth(self.fontMetrics().horizontalAdvance("0" * 14) + 16)
        row.addWidget(self.value)
        row.addWidget(self.currency)
        row.addStretch(1)
        column.addLayout(row)
        for field, widget in (("estimated_value", self.value), ("currency", self.currency)):
            # Where the message hangs; a refusal puts the cursor in the field itself. Not by a
            # focus proxy: Qt then made each anchor a Tab stop that led back to its field, and
            # Tab went value, currency, value, currency… for ever.
            anchor = QWidget()
            anchor.setFixedHeight(0)
            column.addWidget(self.messages.wrap(field, anchor, focus=widget))
        self.partnership = LookupField(
            lambda text: [Choice(i, n) for i, n in find_partnerships(database, text)],
            self.tr("Type part of a city's name, then pick the partnership"),
        )

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("The gift was"), self.messages.wrap("direction", direction_row))
        form.addRow(self.tr("Gift"), self.messages.wrap("title", self.title))
        form.addRow(self.tr("Date"), self.messages.wrap("given_on", self.given_on))
        form.addRow(self.tr("Occasion"), self.messages.wrap("occasion", self.occasion))
        form.addRow(
            self.tr("During the visit"), self.messages.wrap("delegation_id", self.delegation)
        )
        form.addRow(self.tr("From"), self.messages.wrap("giver", self.giver))
        form.addRow(self.tr("To"), self.messages.wrap("receiver", self.receiver))
        form.addRow(self.tr("Description"), self.messages.wrap("description", self.description))
        form.addRow(self.tr("Category"), self.messages.wrap("category", self.category))
        form.addRow(self.tr("Estimated value"), value_row)
        form.addRow(self.tr("Partnership"), self.messages.wrap("partnership_id", self.partnership))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(640)

        self._fill(detail)
        self._initial = self.fields()
        self.value.editingFinished.connect(self.check_value)
        self.currency.editingFinished.connect(self.check_value)
        self.currency.textEdited.connect(self._upper_case)
        self.title.setFocus()

    # --- filling and reading -------------------------------------------------------------

    def _fill(self, detail: GiftDetail | None) -> None:
        if detail is None:
            self.received.setChecked(True)
            self.given_on.set_value(None)
            return
        f = detail.fields
        names: LinkNames = link_names(self.database, f)
        (self.given if f.direction is GiftDirection.GIVEN else self.received).setChecked(True)
        self.title.setText(f.title)
        if f.given_on is not None and (f.given_on.month, f.given_on.day) == (1, 1):
            self.given_on.set_value(f.given_on, DatePrecision.YEAR)  # year only: see gift_list
        else:
            self.given_on.set_value(f.given_on)
        self.occasion.setText(f.occasion or "")
        self.delegation.set_choice(f.delegation_id, names.get("delegation_id"))
        self.giver.set_party(f.giver, names)
        self.receiver.set_party(f.receiver, names)
        self.description.setPlainText(f.description or "")
        self.category.setCurrentText(f.category or "")
        self.value.setText(_value_text(f.estimated_value))
        self.currency.setText(f.currency or "")
        self.partnership.set_choice(f.partnership_id, names.get("partnership_id"))

    def fields(self) -> GiftFields:
        given_on, _precision = self.given_on.value()
        return GiftFields(
            direction=GiftDirection.GIVEN if self.given.isChecked() else GiftDirection.RECEIVED,
            title=self.title.text(),
            giver=self.giver.value(),
            receiver=self.receiver.value(),
            given_on=given_on,
            occasion=self.occasion.text(),
            delegation_id=self.delegation.chosen_id,
            partnership_id=self.partnership.chosen_id,
            description=self.description.toPlainText(),
            category=self.category.currentText(),
            estimated_value=typed_number(self.value.text()) if self.value.text().strip() else None,
            currency=self.currency.text().strip() or None,
        )

    @property
    def changed(self) -> bool:
        return self.fields() != self._initial

    def _upper_case(self, text: str) -> None:
        if text != text.upper():
            position = self.currency.cursorPosition()
            self.currency.setText(text.upper())
            self.currency.setCursorPosition(position)

    def check_value(self) -> bool:
        """The value and its currency, checked as the service will check them; the message
        goes beside the field at fault. True when they are fine (or both empty)."""
        for field in ("estimated_value", "currency"):
            line = self.findChild(QLabel, f"message-{field}")
            if line is not None:
                line.hide()
        value, currency = self.value.text().strip(), self.currency.text().strip()
        if not value and not currency:
            return True
        if not value:
            self.messages.show("estimated_value", self.tr("Give the value, or clear the currency."))
            return False
        typed = typed_number(value)
        if isinstance(typed, str):
            self.messages.show("estimated_value", amount_problem("estimated_value", value))
            return False
        try:
            Money.parse(typed, currency, "estimated_value", allow_zero=True)
        except ValidationError as refused:
            self.messages.show(refused.field, refused.message)
            return False
        return True

    # --- saving --------------------------------------------------------------------------

    def accept(self) -> None:
        self.messages.clear()
        self.banner.hide()
        for name, field in (
            ("giver", self.giver),
            ("receiver", self.receiver),
            ("delegation_id", self.delegation),
            ("partnership_id", self.partnership),
        ):
            if field.unresolved:
                self.messages.show(name, self.tr("Pick it from the suggestions, or clear it."))
                if isinstance(field, PartyField):
                    field.focus_lookup()
                else:
                    field.setFocus()
                return
        try:
            self._save(self.fields())
        except ValidationError as refused:
            self._refused(refused)
            return
        except StaleEditError as stale:
            self._show_banner(str(stale))
            self.show_stale(stale)
            return
        except ConcurrentEditError as raced:
            self._show_banner(str(raced))
            return
        except ExchangeDeskError as failed:
            self._show_banner(self.tr("Not saved: {0}").format(failed))
            return
        super().accept()

    def _refused(self, refused: ValidationError) -> None:
        if self.messages.knows(refused.field):
            self.messages.show(refused.field, refused.message)
            widget = self.messages.widget(refused.field)
            if isinstance(widget, PartyField):
                widget.focus_lookup()
            elif widget is not None:
                widget.setFocus()
        else:
            self._show_banner(str(refused))

    def _show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()

    def reject(self) -> None:
        if self.changed and not confirm.ask(
            self,
            self.tr("Discard changes?"),
            self.tr("The gift has unsaved changes."),
            self.tr("Discard"),
            self.tr("Keep editing"),
        ):
            return
        super().reject()
