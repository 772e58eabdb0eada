"""Editor fields shared by the people and organisation editors.

* :class:`LookupField` — type part of a name, pick a record found by a service search (an
  organisation, a city, a person): the list comes from SQL as you type, never all records.
* :class:`LanguagesField` — languages picked by name, kept as ISO 639 codes.
* :class:`DateField` — an optional date, typed or picked from a calendar (ui/widgets/date_field).
* :class:`FieldMessages` — the message under a field when a save is refused, by field name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from exchangedesk.domain.languages import all_languages, language_name
from exchangedesk.ui.theme import is_dark
from exchangedesk.ui.widgets.date_field import DateField as DateField  # where editors look
from exchangedesk.ui.widgets.date_field import parse_date as parse_date

SEARCH_DELAY_MS = 150  # a pause in typing before the database is asked
AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Choice:
    id: Any  # a record's id, or a code (a country's)
    label: str


class ChoiceListModel(QAbstractListModel):
    """The records a lookup found, as one list."""

    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices: list[Choice] = []

    def set_choices(self, choices: Sequence[Choice]) -> None:
        self.beginResetModel()
        self._choices = list(choices)
        self.endResetModel()

    def choice(self, row: int) -> Choice | None:
        return self._choices[row] if 0 <= row < len(self._choices) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._choices)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        choice = self.choice(index.row()) if index.isValid() else None
        if choice is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return choice.label
        if role == self.ID_ROLE:
            return choice.id
        return None


class LookupField(QWidget):
    """A line to type in and a list of matching records to pick from."""

    chosen = Signal(object)  # the id picked, or None when the field no longer names one

    def __init__(
        self,
        search: Callable[[str], Sequence[Choice]],
        placeholder: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._search = search
        self._id: Any | None = None
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.setClearButtonEnabled(True)
        self.model = ChoiceListModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.edit.setCompleter(self.completer)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.edit.textEdited.connect(self._typed)
        self.completer.activated[QModelIndex].connect(self._picked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)

    @property
    def chosen_id(self) -> Any | None:
        return self._id

    @property
    def text(self) -> str:
        return self.edit.text().strip()

    @property
    def unresolved(self) -> bool:
        """Something is typed but no record was picked for it."""
        return self._id is None and bool(self.text)

    def set_choice(self, record_id: Any | None, label: str | None) -> None:
        self._id = record_id
        self.edit.setText(label or "" if record_id is not None else "")
        self.edit.setCursorPosition(0)

    def choose(self, choice: Choice) -> None:
        """Pick *choice* as if the user had picked it from the list."""
        self.set_choice(choice.id, choice.label)
        self.chosen.emit(choice.id)

    def search_now(self) -> list[Choice]:
        self._timer.stop()
        found = list(self._search(self.text)) if self.text else []
        self.model.set_choices(found)
        if found and self.edit.hasFocus():
            self.completer.complete()
        return found

    def _typed(self, _text: str) -> None:
        if self._id is not None:
            self._id = None
            self.chosen.emit(None)
        self._timer.start()

    def _picked(self, index: QModelIndex) -> None:
        choice = self.model.choice(index.row())
        if choice is not None:
            # The completer writes the label itself after this signal; set ours the same.
            QTimer.singleShot(0, lambda: self.choose(choice))


_CODE = re.compile(r"\(([a-z]{2,3})\)$")


class LanguagesField(QWidget):
    """Chosen languages as removable buttons, and a line to add one by its name."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._codes: list[str] = []
        self.chips = QHBoxLayout()
        self.chips.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("Add a language: type its name, e.g. Russian"))
        labels = [language.label for language in all_languages()]
        self.completer = QCompleter(QStringListModel(labels, self), self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setMaxVisibleItems(12)
        self.edit.setCompleter(self.completer)
        self.completer.activated[str].connect(self._picked)
        self.edit.returnPressed.connect(lambda: self.add_text(self.edit.text()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(self.chips)
        layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)
        self._rebuild()

    def codes(self) -> tuple[str, ...]:
        return tuple(self._codes)

    def set_codes(self, codes: Sequence[str]) -> None:
        self._codes = list(dict.fromkeys(codes))
        self._rebuild()

    def add(self, code: str) -> None:
        if code and code not in self._codes:
            self._codes.append(code)
            self._rebuild()
            self.changed.emit()

    def remove(self, code: str) -> None:
        if code in self._codes:
            self._codes.remove(code)
            self._rebuild()
            self.changed.emit()

    def add_text(self, text: str) -> bool:
        """Add the language a line names: "Russian (ru)", "Russian", "ru"."""
        text = text.strip()
        match = _CODE.search(text)
        wanted = text.casefold()
        code = match.group(1) if match else None
        for language in all_languages():
            if code is None and wanted in (language.name.casefold(), language.code):
                code = language.code
                break
        if code is None:
            return False
        self.add(code)
        QTimer.singleShot(0, self.edit.clear)  # after the completer has written its text
        return True

    def _picked(self, label: str) -> None:
        self.add_text(label)

    def _rebuild(self) -> None:
        while self.chips.count():
            item = self.chips.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for code in self._codes:
            chip = QToolButton()
            chip.setText(f"{language_name(code)}  ×")
            chip.setToolTip(self.tr("Remove {0} ({1})").format(language_name(code), code))
            chip.setAutoRaise(False)
            chip.setObjectName(f"language-{code}")
            chip.clicked.connect(lambda _checked=False, c=code: self.remove(c))
            self.chips.addWidget(chip)
        if not self._codes:
            none = QLabel(self.tr("No languages yet"))
            none.setEnabled(False)
            self.chips.addWidget(none)
        self.chips.addStretch(1)


def error_colour() -> str:
    """Red that reads on the window background in either colour scheme."""
    return "#f2b8b5" if is_dark() else "#b3261e"


class FieldMessages:
    """The message line under each field, found by the field's name in the draft."""

    def __init__(self) -> None:
        self._labels: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}

    def wrap(self, field: str, widget: QWidget, *, focus: QWidget | None = None) -> QWidget:
        """*widget* with its (hidden) message line below it, for a form row. *focus* is where
        the cursor goes when the field is refused, if not *widget* itself (a message hung
        under a row of two fields) — given here rather than as a focus proxy of *widget*,
        which puts a second stop in the Tab chain and traps Tab between the two."""
        label = QLabel()
        label.setObjectName(f"message-{field}")
        label.setWordWrap(True)
        label.setStyleSheet(f"color: {error_colour()};")
        label.hide()
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        layout.addWidget(label)
        if widget.minimumHeight() == widget.maximumHeight():
            # A fixed-height box (a short notes field) takes no more room than it needs.
            box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._labels[field] = label
        self._widgets[field] = focus if focus is not None else widget
        return box

    def knows(self, field: str) -> bool:
        return field in self._labels

    def widget(self, field: str) -> QWidget | None:
        return self._widgets.get(field)

    def show(self, field: str, message: str) -> None:
        label = self._labels.get(field)
        if label is not None:
            label.setText(message)
            label.show()

    def message(self, field: str) -> str:
        label = self._labels.get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    def shown(self) -> dict[str, str]:
        return {f: label.text() for f, label in self._labels.items() if not label.isHidden()}

    def clear(self) -> None:
        for label in self._labels.values():
            label.hide()
            label.clear()
