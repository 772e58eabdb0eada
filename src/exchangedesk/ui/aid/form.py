"""What the aid editors share: a form whose fields carry their message lines, a banner for
what belongs to no field, Save and Cancel, and the rule that Cancel asks before throwing typed
work away.

A subclass builds its fields with :meth:`field` (the name is the service's field name, so a
refusal lands beside the right widget), gives :meth:`draft`, and is handed ``save`` — a call
that goes through the page's undo stack and raises the service's error when refused.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from exchangedesk.domain.errors import (
    ConcurrentEditError,
    ExchangeDeskError,
    StaleEditError,
    ValidationError,
)
from exchangedesk.ui.dialogs import confirm
from exchangedesk.ui.dialogs.record_fields import DateField, FieldMessages, error_colour
from exchangedesk.ui.i18n import translate
from exchangedesk.ui.sharing.stale_edit import StaleEditing


def decimal_text(value: Decimal | str | None) -> str:
    """A stored Decimal as the user would type it in the window's language: 12.5000 → 12.5
    (12,5 where the decimal sign is a comma), 200.000 → 200."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        return value
    return format(value.normalize(), "f").replace(".", decimal_point())


def decimal_point() -> str:
    return QLocale().decimalPoint() or "."


_GROUPED = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$")  # 2,500.00
_GROUPED_DOTS = re.compile(r"^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$")  # 2.500,00
_DECIMAL_COMMA = re.compile(r"^[+-]?\d*,\d+$")  # 12,50
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']")  # any width of space; the Swiss apostrophe


def typed_number(text: str) -> Decimal | str:
    """What was typed, as a Decimal when it reads as one; otherwise the text itself, so the
    form (or the service) names the field and says what is wrong with it.

    Spaces of any width group thousands ("1 234,50" as French writes it). Where the window's
    language writes a decimal comma (German, French, Russian) "12,50" is 12.50 and dots may
    group thousands ("1.234,50"); a lone decimal point ("12.50", pasted from elsewhere) still
    reads as one. In English commas are taken as thousands separators only where they group
    three digits ("2,500.00"): "12,50" is refused rather than read as 1250.
    """
    cleaned = _SPACES.sub("", text)
    if decimal_point() == ",":
        if _GROUPED_DOTS.match(cleaned):
            cleaned = cleaned.replace(".", "")
        if _DECIMAL_COMMA.match(cleaned):
            cleaned = cleaned.replace(",", ".")
    elif _GROUPED.match(cleaned):
        cleaned = cleaned.replace(",", "")
    try:
        number = Decimal(cleaned) if cleaned else ""
    except InvalidOperation:
        return text.strip()
    if isinstance(number, Decimal) and not number.is_finite():  # "NaN", "Infinity"
        return text.strip()
    return number


def amount_example() -> str:
    """ "1,234.50", "1.234,50", "1 234,50": how an amount is typed in the window's language."""
    return QLocale().toString(1234.5, "f", 2)


# The amount fields of the editors built on AidFormDialog, by the name of their draft field.
AMOUNT_FIELDS = ("amount", "target_amount", "unit_value")


def amount_field_title(name: str) -> str:
    return {
        "amount": translate("AmountField", "Amount"),
        "target_amount": translate("AmountField", "Target amount"),
        "unit_value": translate("AmountField", "Unit value"),
        "estimated_value": translate("AmountField", "Estimated value"),
    }.get(name, name)


def amount_problem(name: str, text: str) -> str:
    """The message beside an amount field that does not read as a number, naming the field."""
    return translate("AmountField", "{0}: “{1}” is not a number; type it like {2}.").format(
        amount_field_title(name), text.strip(), amount_example()
    )


def notes_box(lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class AidFormDialog(StaleEditing, QDialog):
    """A record editor: fields with messages, a banner, Save/Cancel; a save over someone
    else's newer one opens the stale-edit dialog (:class:`StaleEditing`)."""

    what = "record"  # "the contribution": for the discard question

    def __init__(self, save: Callable[[Any], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.saved: Any = None  # what the service returned, once saved
        self.messages = FieldMessages()
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(f"color: {error_colour()}; font-weight: bold;")
        self.banner.hide()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.banner)
        self.body.addLayout(self.form)
        self._initial: Any = None

    def field(self, label: str, name: str, widget: QWidget) -> QWidget:
        self.form.addRow(label, self.messages.wrap(name, widget))
        return widget

    def finish_layout(self) -> None:
        """Call at the end of the subclass's __init__, once the fields are filled."""
        self.body.addWidget(self.buttons)
        self._initial = self.state()

    # --- to override ----------------------------------------------------------------------

    def draft(self) -> Any:
        raise NotImplementedError

    def state(self) -> Any:
        """What "changed" compares; the draft by default."""
        try:
            return repr(self.draft())
        except ExchangeDeskError:
            return None

    def check_typed(self) -> bool:
        """Refuse what the form itself can tell is wrong (a date that is no date); True if
        everything can go to the service."""
        return True

    # --- saving ---------------------------------------------------------------------------

    def date_unreadable(self, name: str, field: DateField) -> bool:
        if field.invalid:
            self.messages.show(
                name, self.tr("“{0}” is not a date; try 28 Aug 2002.").format(field.edit.text())
            )
            field.setFocus()
            return True
        return False

    def amount_unreadable(self) -> bool:
        """Refuse an amount field whose text is no number, in the window's language and with
        the locale's own example, before the service's English would."""
        for name in AMOUNT_FIELDS:
            edit = self.messages.widget(name)
            if not isinstance(edit, QLineEdit) or not edit.text().strip():
                continue
            if isinstance(typed_number(edit.text()), str):
                self.messages.show(name, amount_problem(name, edit.text()))
                edit.setFocus()
                return True
        return False

    def accept(self) -> None:
        self.messages.clear()
        self.banner.hide()
        if self.amount_unreadable() or not self.check_typed():
            return
        try:
            self.saved = self._save(self.draft())
        except ValidationError as refused:
            self.refused(refused)
            return
        except StaleEditError as stale:
            self.show_banner(str(stale))
            self.show_stale(stale)
            return
        except ConcurrentEditError as raced:
            self.show_banner(str(raced))
            return
        except ExchangeDeskError as failed:
            self.show_banner(self.tr("Not saved: {0}").format(failed))
            return
        super().accept()

    def refused(self, refused: ValidationError) -> None:
        if self.messages.knows(refused.field):
            self.messages.show(refused.field, refused.message)
            widget = self.messages.widget(refused.field)
            if widget is not None:
                widget.setFocus()
        else:
            self.show_banner(refused.message)

    def show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()

    @property
    def changed(self) -> bool:
        return self.state() != self._initial

    def reject(self) -> None:
        if self.changed and not confirm.ask(
            self,
            self.tr("Discard changes?"),
            self.tr("{0} has unsaved changes.").format(self.what),
            self.tr("Discard"),
            self.tr("Keep editing"),
        ):
            return
        super().reject()
