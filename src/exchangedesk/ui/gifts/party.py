"""Who gave a gift, or received it: a city, an organisation or a person picked from the
register, and — or only — words for it ("830 women of Coventry")."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from exchangedesk.db.session import Database
from exchangedesk.services.gifts.records import LinkNames
from exchangedesk.services.gifts.register import Party
from exchangedesk.services.partnerships.gazetteer import find_cities
from exchangedesk.services.people.lists import find_people
from exchangedesk.services.people.organisations import find_organisations
from exchangedesk.ui.dialogs.record_fields import Choice, LookupField

CITY, ORGANISATION, PERSON, WORDS = "city_id", "organisation_id", "person_id", None


class PartyField(QWidget):
    changed = Signal()

    def __init__(self, database: Database, side: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.side = side  # "giver" or "receiver"
        self._kept = Party()  # what was loaded, so ids this field does not show are kept
        self._loading = False
        self.kind = QComboBox()
        self.kind.addItem(self.tr("A city"), CITY)
        self.kind.addItem(self.tr("An organisation"), ORGANISATION)
        self.kind.addItem(self.tr("A person"), PERSON)
        self.kind.addItem(self.tr("Only in words"), WORDS)
        self.record = LookupField(self._search, self.tr("Type part of the name, then pick it"))
        self.words = QLineEdit()
        self.words.setClearButtonEnabled(True)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.kind)
        top.addWidget(self.record, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addLayout(top)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        self.words_label = QLabel(self.tr("In words:"))
        self.words_label.setBuddy(self.words)
        self.words_label.setFixedWidth(self.kind.sizeHint().width())
        self.words_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        bottom.addWidget(self.words_label)
        bottom.addWidget(self.words, 1)
        layout.addLayout(bottom)
        # The kind first, as the fields read: with the lookup line as the proxy, Qt's Tab
        # entered the field at the proxy and passed over the kind before it, so "Only in
        # words" could not be chosen by keyboard. A refusal goes to the lookup line itself
        # (focus_lookup).
        self.setFocusProxy(self.kind)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.record.chosen.connect(lambda _id: self.changed.emit())
        self.words.textChanged.connect(lambda _t: self.changed.emit())
        self._kind_changed()

    def _search(self, text: str) -> list[Choice]:
        kind = self.kind.currentData()
        if kind == CITY:
            return [Choice(c.id, c.label) for c in find_cities(self.database, text)]
        if kind == ORGANISATION:
            return [Choice(o.id, o.label) for o in find_organisations(self.database, text)]
        if kind == PERSON:
            return [Choice(p.id, p.label) for p in find_people(self.database, text)]
        return []

    def _kind_changed(self) -> None:
        if not self._loading:
            self._kept = Party()  # another kind chosen: the loaded records no longer apply
        words_only = self.kind.currentData() is WORDS
        self.record.setVisible(not words_only)
        self.record.set_choice(None, None)
        self.words.setPlaceholderText(
            self.tr("e.g. 830 women of Coventry")
            if words_only
            else self.tr("optional, e.g. 830 women of Coventry")
        )
        self.changed.emit()

    def set_party(self, party: Party, names: LinkNames) -> None:
        self._loading = True
        self._kept = party
        # Show the most particular record: a person before an organisation before a city.
        for kind in (PERSON, ORGANISATION, CITY):
            record_id = getattr(party, kind)
            if record_id is not None:
                self.kind.setCurrentIndex(self.kind.findData(kind))
                self.record.set_choice(record_id, names.get(f"{self.side}.{kind}") or "?")
                break
        else:
            self.kind.setCurrentIndex(self.kind.findData(WORDS) if party.text else 0)
        self.words.setText(party.text or "")
        self._loading = False

    def value(self) -> Party:
        kind = self.kind.currentData()
        party = replace(self._kept, text=self.words.text())
        if kind is not WORDS:
            party = replace(party, **{kind: self.record.chosen_id})
        return party

    def focus_lookup(self) -> None:
        """The cursor where the name is typed (or the words, when there is no record)."""
        (self.words if self.kind.currentData() is WORDS else self.record).setFocus()

    @property
    def unresolved(self) -> bool:
        return self.kind.currentData() is not WORDS and self.record.unresolved
