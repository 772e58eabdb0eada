"""The partnership editor: two cities, kind, signing (to the day, month or year), areas of
cooperation, signatories and notes — and, for a new partnership, how it stands.

The dialog only collects a draft; ``save`` (given by the page) saves it through the undo stack.
A refusal is shown beside its field — an existing pair with a link to it — and a save that
raced someone else's says so plainly. Cancel saves nothing (and asks first if something was
typed).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from exchangedesk.db.session import Database
from exchangedesk.domain.anniversaries import DatePrecision
from exchangedesk.domain.enums import CooperationArea, PartnershipKind, PartnershipStatus
from exchangedesk.domain.errors import (
    ConcurrentEditError,
    ExchangeDeskError,
    StaleEditError,
    ValidationError,
)
from exchangedesk.services.partnerships.gazetteer import default_gazetteer
from exchangedesk.services.partnerships.records import (
    DuplicatePartnershipError,
    PartnershipDetail,
    PartnershipDraft,
)
from exchangedesk.ui.dialogs import confirm
from exchangedesk.ui.dialogs.record_fields import FieldMessages, error_colour
from exchangedesk.ui.formatting import enum_text
from exchangedesk.ui.sharing.stale_edit import StaleEditing
from exchangedesk.ui.widgets.city_picker import CityPicker, GazetteerLoader
from exchangedesk.ui.widgets.partial_date import PartialDateEdit

LINK = "partnership:"


class PartnershipEditor(StaleEditing, QDialog):
    open_partnership = Signal(int)  # the user followed the link to an existing pair

    def __init__(
        self,
        database: Database,
        save: Callable[[PartnershipDraft], Any],
        detail: PartnershipDetail | None = None,
        *,
        home_city: Any = None,  # a CityRow for the first city of a new partnership
        gazetteer_source: Callable[[], Any] = default_gazetteer,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.detail = detail
        self.setWindowTitle(
            self.tr("New partnership")
            if detail is None
            else self.tr("Edit {0}").format(detail.cities)
        )
        self.messages = FieldMessages()
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(f"color: {error_colour()}; font-weight: bold;")
        self.banner.hide()

        self.city_a = CityPicker(database, gazetteer_source)
        self.city_b = CityPicker(database, gazetteer_source)
        self.kind = QComboBox()
        for kind in PartnershipKind:
            self.kind.addItem(enum_text(kind), kind)
        self.kind.setItemData(
            self.kind.findData(PartnershipKind.PARTNER_CITY),
            self.tr("Economic cooperation only"),
            Qt.ItemDataRole.ToolTipRole,
        )
        self.status = QComboBox()
        for status in PartnershipStatus:
            self.status.addItem(enum_text(status), status)
        self.signed = PartialDateEdit()
        self.ended = PartialDateEdit(precisions=(DatePrecision.DAY,))
        self.areas: dict[CooperationArea, QCheckBox] = {}
        areas_box = QWidget()
        grid = QGridLayout(areas_box)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, area in enumerate(CooperationArea):
            box = QCheckBox(enum_text(area))
            self.areas[area] = box
            grid.addWidget(box, index // 4, index % 4)
        self.signatories = QPlainTextEdit()
        self.signatories.setTabChangesFocus(True)  # Tab moves on; never a trap
        self.signatories.setPlaceholderText(self.tr("Who signed, and in what capacity"))
        self.signatories.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)  # Tab moves on; never a trap
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        for box in (self.signatories, self.notes):
            box.setTabChangesFocus(True)  # Tab goes on to the next field, as in every form

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("City"), self.messages.wrap("city_a", self.city_a))
        form.addRow(self.tr("Partner city"), self.messages.wrap("city_b", self.city_b))
        form.addRow(self.tr("Kind"), self.messages.wrap("kind", self.kind))
        if detail is None:
            form.addRow(self.tr("Status"), self.messages.wrap("status_since", self.status))
        else:
            current = QLabel(
                self.tr("{0} — change it with “Change status…” in the partnership's pane").format(
                    detail.status_headline
                )
            )
            current.setWordWrap(True)
            form.addRow(self.tr("Status"), current)
        form.addRow(self.tr("Signed"), self.messages.wrap("signed_on", self.signed))
        form.addRow(self.tr("Ended"), self.messages.wrap("ended_on", self.ended))
        form.addRow(self.tr("Cooperation"), self.messages.wrap("areas", areas_box))
        form.addRow(self.tr("Signatories"), self.messages.wrap("signatories", self.signatories))
        form.addRow(self.tr("Notes"), self.messages.wrap("notes", self.notes))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(620)

        self._fill(detail, home_city)
        self._initial = self._state()
        # Start reading the gazetteer now, in the background: by the time a name is typed it
        # is usually there.
        GazetteerLoader.of(gazetteer_source()).ensure()
        if detail is None and home_city is not None:
            self.city_b.setFocus()  # the home city is filled in: the partner is what is asked

    # --- filling and reading -------------------------------------------------------------

    def _fill(self, detail: PartnershipDetail | None, home_city: Any) -> None:
        if detail is None:
            self.city_a.set_city(home_city)
            self.status.setCurrentIndex(self.status.findData(PartnershipStatus.ACTIVE))
            self.signed.set_value(None)
            self.ended.set_value(None)
            return
        self.city_a.set_city(detail.city_a)
        self.city_b.set_city(detail.city_b)
        self.kind.setCurrentIndex(self.kind.findData(detail.kind))
        self.signed.set_value(detail.signed_on, detail.signed_precision)
        self.ended.set_value(detail.ended_on)
        for area, box in self.areas.items():
            box.setChecked(area in detail.areas)
        self.signatories.setPlainText(detail.signatories or "")
        self.notes.setPlainText(detail.notes or "")

    def draft(self) -> PartnershipDraft:
        signed_on, precision = self.signed.value()
        ended_on, _ = self.ended.value()
        return PartnershipDraft(
            city_a=self.city_a.value(),
            city_b=self.city_b.value(),
            kind=PartnershipKind(self.kind.currentData()),  # Qt hands back the str
            signed_on=signed_on,
            signed_precision=precision,
            ended_on=ended_on,
            areas=frozenset(area for area, box in self.areas.items() if box.isChecked()),
            signatories=self.signatories.toPlainText(),
            notes=self.notes.toPlainText(),
            status=(
                PartnershipStatus(self.status.currentData())
                if self.detail is None
                else self.detail.status
            ),
        )

    def pair_name(self) -> str:
        """ "Coventry – Harbin", for the undo stack's text."""
        return f"{self.city_a.city_name} – {self.city_b.city_name}"

    def _state(self) -> tuple:
        return (self.draft(), self.city_a.edit.text(), self.city_b.edit.text())

    @property
    def changed(self) -> bool:
        return self._state() != self._initial

    # --- saving --------------------------------------------------------------------------

    def accept(self) -> None:
        self.messages.clear()
        self.banner.hide()
        for name, picker in (("city_a", self.city_a), ("city_b", self.city_b)):
            if picker.unresolved:
                self.messages.show(
                    name, self.tr("Pick the city from the suggestions, or enter it by hand")
                )
                picker.setFocus()
                return
        try:
            self._save(self.draft())
        except DuplicatePartnershipError as refused:
            self._show_duplicate(refused)
            return
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
        field = refused.field
        if self.messages.knows(field):
            self.messages.show(field, refused.message)
            widget = self.messages.widget(field)
            if widget is not None:
                widget.setFocus()
        else:
            self._show_banner(str(refused))

    def _show_duplicate(self, refused: DuplicatePartnershipError) -> None:
        self.messages.show(
            refused.field,
            self.tr('{0}. <a href="{1}{2}">Open that partnership</a>').format(
                html.escape(refused.message), LINK, refused.existing_id
            ),
        )
        line = self.findChild(QLabel, f"message-{refused.field}")
        if line is not None and not line.property("links"):
            line.setTextFormat(Qt.TextFormat.RichText)
            line.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
            line.linkActivated.connect(self._follow)
            line.setProperty("links", True)

    def _follow(self, link: str) -> None:
        if link.startswith(LINK):
            self.open_partnership.emit(int(link[len(LINK) :]))
            super().reject()  # leave without asking: the user chose to go there

    def _show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()

    def reject(self) -> None:
        if self.changed and not self.confirm_discard():
            return
        super().reject()

    def confirm_discard(self) -> bool:
        return confirm.ask(
            self,
            self.tr("Discard changes?"),
            self.tr("The partnership has unsaved changes."),
            self.tr("Discard"),
            self.tr("Keep editing"),
        )
