"""New document…: choose what to print (a kind of the catalogue), for which record, and for a
letter its template, language and recipient; the preview takes it from there."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from exchangedesk.db.session import Database
from exchangedesk.services.common.paging import ListQuery
from exchangedesk.services.documents.catalogue import DocumentKindInfo, document_kinds
from exchangedesk.ui.documents import own_templates_for
from exchangedesk.ui.formatting import date_text, language_text
from exchangedesk.ui.i18n import translate

PICK_LIMIT = 100  # the newest matches; typing narrows the list down


def _record_choices(
    database: Database, record: str, text: str, directions: dict[int, str] | None = None
) -> list[tuple[str, int]]:
    """(label, id) of the records matching ``text``; for delegations, ``directions`` is filled
    with each one's direction, so the letters offered can follow the delegation chosen."""
    query = ListQuery(text=text, limit=PICK_LIMIT)
    if record == "delegation":
        from exchangedesk.services.delegations.lists import list_delegations

        rows = list_delegations(database, query).rows
        if directions is not None:
            directions.update({row.id: str(row.direction) for row in rows})
        return [
            (f"{row.title} — {row.cities}, {date_text(row.arrival_on)}", row.id) for row in rows
        ]
    if record == "partnership":
        from exchangedesk.services.partnerships.lists import list_partnerships

        return [
            (f"{row.city_a} – {row.city_b}", row.id)
            for row in list_partnerships(database, query).rows
        ]
    return []


def _people(database: Database, text: str) -> list[tuple[str, int]]:
    from exchangedesk.services.people.lists import list_people

    rows = list_people(database, ListQuery(text=text, limit=PICK_LIMIT)).rows
    return [(f"{row.given_name} {row.family_name}", row.id) for row in rows]


class PickerRow(QWidget):
    """A filter field beside a combo box of matching records."""

    def __init__(self, hint: str, load, first: str | None = None) -> None:  # noqa: ANN001
        super().__init__()
        self._load = load
        self._first = first
        self.filter = QLineEdit(placeholderText=hint, clearButtonEnabled=True)
        self.filter.setMaximumWidth(180)
        self.combo = QComboBox()
        self.combo.setMinimumContentsLength(36)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.combo, 1)
        self.filter.textChanged.connect(self.reload)

    def set_first(self, first: str | None) -> None:
        self._first = first
        self.reload()

    def reload(self) -> None:
        chosen = self.combo.currentData()
        self.combo.clear()
        if self._first is not None:
            self.combo.addItem(self._first, None)
        for label, value in self._load(self.filter.text().strip()):
            self.combo.addItem(label, value)
        index = self.combo.findData(chosen)
        self.combo.setCurrentIndex(max(index, 0))

    def value(self) -> int | None:
        return self.combo.currentData()


class NewDocumentDialog(QDialog):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.setWindowTitle(self.tr("New document"))
        self.kinds = [kind for kind in document_kinds() if kind.record in ("delegation",
                      "partnership", "none")]  # fmt: skip
        self.kind_box = QComboBox()
        for info in self.kinds:
            self.kind_box.addItem(translate("catalogue", info.label), info.name)
        self.about = QLabel(wordWrap=True)
        self.about.setStyleSheet("color: palette(placeholder-text);")
        self.record = PickerRow(self.tr("Filter…"), lambda text: [])
        self.person = PickerRow(self.tr("Filter people…"), lambda text: _people(database, text))
        self.directions: dict[int, str] = {}  # delegation id -> "incoming" / "outgoing"
        self.template_box = QComboBox()
        self.language_box = QComboBox()
        self.paper_box = QComboBox()
        self.paper_box.addItem(self.tr("A4"), "a4")
        self.paper_box.addItem(self.tr("US Letter"), "letter")
        self.date_box = QDateEdit(QDate.currentDate(), calendarPopup=True)
        self.date_box.setDisplayFormat("d MMMM yyyy")

        self.form = QFormLayout()
        self.form.addRow(self.tr("&Document:"), self.kind_box)
        self.form.addRow("", self.about)
        self.record_label = QLabel()
        self.form.addRow(self.record_label, self.record)
        self.template_label = QLabel(self.tr("&Template:"), buddy=self.template_box)
        self.form.addRow(self.template_label, self.template_box)
        self.language_label = QLabel(self.tr("&Language:"), buddy=self.language_box)
        self.form.addRow(self.language_label, self.language_box)
        self.person_label = QLabel()
        self.form.addRow(self.person_label, self.person)
        self.form.addRow(self.tr("&Paper:"), self.paper_box)
        self.form.addRow(self.tr("&Issued on:"), self.date_box)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.preview_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.preview_button.setText(self.tr("Preview…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)

        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self.template_box.currentIndexChanged.connect(self._fill_languages)
        self.template_box.currentIndexChanged.connect(self._can_go)
        self.record.combo.currentIndexChanged.connect(self._fill_templates)
        self.record.combo.currentIndexChanged.connect(self._can_go)
        self._kind_changed()
        self.resize(640, self.sizeHint().height())

    @property
    def info(self) -> DocumentKindInfo:
        return self.kinds[self.kind_box.currentIndex()]

    def choose_template(self, name: str) -> None:
        self.template_box.setCurrentIndex(self.template_box.findData(name))

    def choose_kind(self, name: str) -> None:
        self.kind_box.setCurrentIndex(self.kind_box.findData(name))

    def _kind_changed(self) -> None:
        info = self.info
        self.about.setText(translate("catalogue", info.description))
        needs_record = info.record != "none"
        self.record_label.setText(
            self.tr("&Delegation:") if info.record == "delegation" else self.tr("&Partnership:")
        )
        self.record_label.setBuddy(self.record.combo)
        self.record._load = lambda text: _record_choices(
            self.database, info.record, text, self.directions
        )
        self.record.reload()
        letter = "template" in info.options
        personal = "member_id" in info.options
        self.person_label.setText(self.tr("&Recipient:") if letter else self.tr("&Only for:"))
        self.person_label.setBuddy(self.person.combo)
        self.person.set_first(
            self.tr("The usual recipient of this letter")
            if letter
            else self.tr("The whole delegation")
        )
        for widget, shown in (
            (self.record_label, needs_record),
            (self.record, needs_record),
            (self.template_label, letter),
            (self.template_box, letter),
            (self.language_label, letter),
            (self.language_box, letter),
            (self.person_label, personal),
            (self.person, personal),
        ):
            widget.setVisible(shown)
        self._fill_templates()
        self._fill_languages()
        self._can_go()

    def _fill_templates(self) -> None:
        """Only the letters written for the chosen delegation's direction; the choice is kept
        while it still fits."""
        from exchangedesk.services.documents.catalogue_visits import letter_choices

        direction = self.directions.get(self.record.value() or -1)
        kinds = letter_choices(direction, own_templates_for(self.database)) if direction else []
        names = [kind.name for kind in kinds]
        offered = [self.template_box.itemData(i) for i in range(self.template_box.count())]
        if names == offered:
            return
        chosen = self.template_box.currentData()
        self.template_box.blockSignals(True)
        self.template_box.clear()
        for kind in kinds:
            self.template_box.addItem(translate("letter_data", kind.label), kind.name)
        self.template_box.setCurrentIndex(max(self.template_box.findData(chosen), 0))
        self.template_box.blockSignals(False)
        self._fill_languages()
        self._can_go()

    def _fill_languages(self) -> None:
        from exchangedesk.reports.templates import available_languages, template_folders

        folders = template_folders(own_templates_for(self.database))
        languages = available_languages(self.template_box.currentData() or "", folders)
        self.language_box.clear()
        self.language_box.addItem(self.tr("English, and the recipient's language beside it"), None)
        for code in languages:
            self.language_box.addItem(language_text(code), code)
        for code in languages:
            if code != "en" and "en" in languages:
                self.language_box.addItem(language_text(f"en+{code}"), f"en+{code}")

    def _can_go(self) -> None:
        needs = self.info.record != "none"
        letter = "template" in self.info.options
        self.preview_button.setEnabled(
            (not needs or self.record.value() is not None)
            and (not letter or self.template_box.currentData() is not None)
        )

    def choice(self) -> tuple[str, int | None, dict[str, Any]]:
        """(kind, record id, options) for :func:`exchangedesk.ui.documents.show_document`."""
        info = self.info
        options: dict[str, Any] = {
            "paper": self.paper_box.currentData(),
            "issued_on": self.date_box.date().toPython(),
        }
        if "member_id" in info.options and self.person.value() is not None:
            options["member_id"] = self.person.value()
        if "template" in info.options:
            options["template"] = self.template_box.currentData()
            if self.language_box.currentData():
                options["language"] = self.language_box.currentData()
        record = self.record.value() if info.record != "none" else None
        return info.name, record, options
