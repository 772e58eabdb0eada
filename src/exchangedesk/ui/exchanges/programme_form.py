"""What the exchange editors (programme, participant, host family, consent) share: a form
whose fields carry their own message line, a problem line for refusals that name no field,
Save/Cancel, and "discard changes?" when an edited form is closed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from exchangedesk.domain.errors import ConcurrentEditError, ValidationError
from exchangedesk.ui.dialogs import confirm
from exchangedesk.ui.dialogs.record_fields import FieldMessages, error_colour


class ExchangeForm(QDialog):
    """Subclasses build their rows with :meth:`row`, then call :meth:`finish`; ``draft()``
    reads the form, ``check()`` returns field problems found before asking the service."""

    def __init__(self, title: str, save: Callable[[Any], Any], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._save = save
        self.saved: Any = None
        self.messages = FieldMessages()
        self.problem = QLabel()
        self.problem.setObjectName("editor-problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {error_colour()}; font-weight: bold")
        self.problem.hide()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._original: Any = None

    def row(self, label: str, field: str, widget: QWidget) -> QWidget:
        self.form.addRow(label, self.messages.wrap(field, widget))
        return widget

    def finish(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self._original = self.draft()

    def draft(self) -> Any:
        raise NotImplementedError

    def check(self) -> dict[str, str]:
        return {}

    def save(self) -> None:
        self.messages.clear()
        self.problem.hide()
        problems = self.check()
        if problems:
            for field, message in problems.items():
                self.messages.show(field, message)
            return
        try:
            self.saved = self._save(self.draft())
        except ValidationError as exc:
            if self.messages.knows(exc.field):
                self.messages.show(exc.field, exc.message)
                widget = self.messages.widget(exc.field)
                if widget is not None:
                    widget.setFocus(Qt.FocusReason.OtherFocusReason)
            else:
                self.show_problem(exc.message)
            return
        except ConcurrentEditError as exc:
            self.show_problem(str(exc))
            return
        self.accept()

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def reject(self) -> None:
        if (
            self._original is not None
            and self.draft() != self._original
            and not confirm.ask(
                self,
                self.tr("Discard changes?"),
                self.tr("You have changed this form. Close without saving?"),
                self.tr("Discard changes"),
                self.tr("Keep editing"),
            )
        ):
            return
        super().reject()
