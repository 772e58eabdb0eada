"""Merge two records of one person: pick the other record, choose which one stays, see exactly
what will happen (worked out by ``preview_merge`` on the real data), then merge.

The merge can be undone (Edit › Undo): the dialog says so in its confirmation.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from exchangedesk.db.session import Database
from exchangedesk.domain.errors import ConcurrentEditError, ValidationError
from exchangedesk.services.people.lists import PersonDetail, find_people, get_person
from exchangedesk.services.people.merge import MergeReport, preview_merge
from exchangedesk.ui.dialogs import confirm
from exchangedesk.ui.dialogs.record_fields import Choice, LookupField, error_colour
from exchangedesk.ui.formatting import language_text
from exchangedesk.ui.models import Column, RowsTableModel
from exchangedesk.ui.people.labels import field_label, link_label
from exchangedesk.ui.widgets.tables import make_table

# merge(survivor_id, duplicate_id, survivor_version, duplicate_version, *, backed_up) -> report
MergeCall = Callable[..., MergeReport]

SENSITIVE_TABLE = "person_sensitive"


@dataclass(frozen=True)
class ComparedField:
    field: str
    kept: str
    other: str
    outcome: str


def _shown(detail: PersonDetail, field: str) -> str:
    draft = detail.draft
    if field == "organisation_id":
        return detail.organisation or ""
    if field == "city_id":
        return detail.city or ""
    if field == "languages":
        return language_text(",".join(draft.languages))
    value = getattr(draft, field)
    return " ".join(str(value).split()) if value else ""


class MergePeopleDialog(QDialog):
    def __init__(
        self,
        database: Database,
        person: PersonDetail,
        *,
        merge: MergeCall,
        other_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("merge-people")
        self.setWindowTitle(self.tr("Merge two records of one person"))
        self.database, self.first, self._merge = database, person, merge
        self.second: PersonDetail | None = None
        self.report: MergeReport | None = None  # the preview, then the merge's own report
        self.merged: MergeReport | None = None

        intro = QLabel(
            self.tr(
                "When one person was entered twice, merge the two records: everything linked "
                "to the record that goes — delegations, itineraries, rooms, exchanges, gifts, "
                "donations, letters — moves to the record that stays. Empty fields are filled "
                "from the other record; where both say something different, the record that "
                "stays keeps its own (notes are put together)."
            )
        )
        intro.setWordWrap(True)
        self.other = LookupField(
            lambda text: [
                Choice(p.id, p.label) for p in find_people(database, text, exclude_id=person.id)
            ],
            self.tr("Type the other record's name, in any script"),
        )
        self.other.chosen.connect(self._other_chosen)
        self.keep_first, self.keep_second = QRadioButton(), QRadioButton()
        self.keep_first.setChecked(True)
        self.keep_first.toggled.connect(lambda _on: self._refresh())
        swap = QHBoxLayout()
        swap.addWidget(self.keep_first)
        swap.addWidget(self.keep_second)
        swap.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Merge {0} with:").format(person.name), self.other)
        form.addRow(self.tr("Record that stays:"), swap)

        self.model = RowsTableModel(
            [
                Column(self.tr("Field"), lambda r: r.field, width=24),
                Column(self.tr("Stays"), lambda r: r.kept, width=24),
                Column(self.tr("Goes"), lambda r: r.other, width=24),
                Column(self.tr("After the merge"), lambda r: r.outcome, width=30, stretch=True),
            ],
            self,
        )
        self.table = make_table(self.model, self.model.columns)
        self.table.setSelectionMode(self.table.SelectionMode.NoSelection)
        self.links = QLabel()
        self.links.setObjectName("merge-links")
        self.links.setWordWrap(True)
        self.links.setTextFormat(Qt.TextFormat.PlainText)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {error_colour()}; font-weight: bold")
        self.problem.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = QPushButton(self.tr("Merge…"))
        self.merge_button.setObjectName("merge-button")
        self.buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.clicked.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.links)
        layout.addWidget(self.problem)
        self.note = QLabel()  # "Writing a backup before the merge…" while it is written
        self.note.hide()
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.resize(900, 620)
        if other_id is not None:
            other = get_person(database, other_id)
            self.other.choose(Choice(other.id, other.name))
        self._refresh()

    # --- which record stays ---------------------------------------------------------------

    @property
    def survivor(self) -> PersonDetail | None:
        if self.second is None:
            return None
        return self.first if self.keep_first.isChecked() else self.second

    @property
    def duplicate(self) -> PersonDetail | None:
        if self.second is None:
            return None
        return self.second if self.keep_first.isChecked() else self.first

    def _other_chosen(self, person_id: int | None) -> None:
        self.second = get_person(self.database, person_id) if person_id is not None else None
        self._refresh()

    def _refresh(self) -> None:
        self.problem.hide()
        self.keep_first.setText(self.tr("{0} (#{1})").format(self.first.name, self.first.id))
        second = self.second
        self.keep_second.setText(
            self.tr("{0} (#{1})").format(second.name, second.id) if second else "—"
        )
        self.keep_second.setEnabled(second is not None)
        self.merge_button.setEnabled(second is not None)
        if self.survivor is None or self.duplicate is None:
            self.report = None
            self.model.set_rows([])
            self.links.setText(self.tr("Choose the other record to see what the merge will do."))
            return
        try:
            self.report = preview_merge(self.database, self.survivor.id, self.duplicate.id)
        except (ConcurrentEditError, ValidationError) as exc:
            self.report = None
            self.model.set_rows([])
            self._show_problem(str(exc))
            return
        self.model.set_rows(self._compared(self.report))
        self.links.setText(self._links_text(self.report))

    # --- the preview ----------------------------------------------------------------------

    def _compared(self, report: MergeReport) -> list[ComparedField]:
        assert self.survivor is not None and self.duplicate is not None
        filled = {f for t, f in report.filled if t == "people"}
        combined = {f for t, f in report.combined if t == "people"}
        rows = []
        for field in (
            "given_name",
            "family_name",
            "given_name_native",
            "family_name_native",
            "salutation",
            "form_of_address",
            "organisation_id",
            "role",
            "gender",
            "languages",
            "email",
            "phone",
            "address",
            "city_id",
            "notes",
        ):
            kept, other = _shown(self.survivor, field), _shown(self.duplicate, field)
            if not kept and not other:
                continue
            if field in filled:
                outcome = self.tr("taken from the record that goes: {0}").format(other)
            elif field in combined:
                outcome = self.tr("both notes kept, one after the other")
            elif other and kept != other:
                outcome = self.tr("⚠ differs — “{0}” stays").format(kept)
            else:
                outcome = kept
            rows.append(ComparedField(field_label(field), kept, other, outcome))
        hidden = self.tr("hidden")
        if any(m.table == SENSITIVE_TABLE and m.column == "person_id" for m in report.moved):
            rows.append(
                ComparedField(
                    self.tr("Sensitive details"),
                    self.tr("none recorded"),
                    hidden,
                    self.tr("taken from the record that goes"),
                )
            )
        for table, field in report.filled + report.combined:
            if table == SENSITIVE_TABLE:
                rows.append(
                    ComparedField(
                        field_label(field), "", hidden, self.tr("taken from the record that goes")
                    )
                )
        for conflict in report.conflicts:
            if conflict.table == SENSITIVE_TABLE:
                rows.append(
                    ComparedField(
                        field_label(conflict.field),
                        hidden,
                        hidden,
                        self.tr("⚠ differs — the value of the record that stays is kept"),
                    )
                )
        return rows

    def _links_text(self, report: MergeReport) -> str:
        moved = [
            f"{link_label(move.table, move.column)}: {move.count}"
            for move in report.moved
            if move.table != SENSITIVE_TABLE or move.column != "person_id"
        ]
        lines = [
            self.tr("Moving to the record that stays: {0}.").format(", ".join(moved))
            if moved
            else self.tr("The record that goes has no links to move.")
        ]
        collapsed: dict[str, int] = {}
        for link in report.collapsed:
            label = link_label(link.table, link.column)
            collapsed[label] = collapsed.get(label, 0) + 1
        if collapsed:
            both = ", ".join(f"{label}: {n}" for label, n in collapsed.items())
            lines.append(self.tr("Both records had these; one of each is kept: {0}.").format(both))
        if report.guardian_cleared:
            lines.append(
                self.tr(
                    "The record that goes was entered as the other's guardian; that is cleared."
                )
            )
        lines.append(self.tr("The merge can be undone with Edit › Undo."))
        return "\n".join(lines)

    # --- merging --------------------------------------------------------------------------

    def merge(self) -> None:
        survivor, duplicate = self.survivor, self.duplicate
        if survivor is None or duplicate is None:
            return
        if not confirm.ask(
            self,
            self.tr("Merge two records"),
            self.tr(
                "Merge {0} (#{1}) into {2} (#{3})?\n\n{0} (#{1}) will be removed and everything "
                "linked to it will belong to {2}. You can undo this with Edit › Undo (Ctrl+Z)."
            ).format(duplicate.name, duplicate.id, survivor.name, survivor.id),
            self.tr("Merge"),
            self.tr("Cancel"),
        ):
            return
        self._back_up_then_merge(survivor, duplicate)

    def _back_up_then_merge(self, survivor: PersonDetail, duplicate: PersonDetail) -> None:
        """A verified backup first, written off the GUI thread (a large register takes
        seconds to copy), then the merge; a failed backup means no merge."""
        from exchangedesk.services.maintenance.backups import before_merge
        from exchangedesk.services.people.merge import merge_words
        from exchangedesk.ui.tasks import Task

        hook = before_merge(self.database)
        why = merge_words(self.database, survivor.id, duplicate.id)
        self.merge_button.setEnabled(False)
        self.problem.hide()
        self.note.setText(self.tr("Writing a backup before the merge…"))
        self.note.show()
        task = Task(lambda _control: hook(why), self)
        task.result.connect(lambda _none: self._merge_now(survivor, duplicate))
        task.error.connect(self._backup_failed)
        self.backup_task = task
        task.start()

    def _backup_failed(self, error: BaseException) -> None:
        self.note.hide()
        self.merge_button.setEnabled(True)
        self._show_problem(str(error))  # the hook words it: nothing was merged

    def _merge_now(self, survivor: PersonDetail, duplicate: PersonDetail) -> None:
        self.note.hide()
        self.merge_button.setEnabled(True)
        try:
            self.merged = self._merge(
                survivor.id, duplicate.id, survivor.version, duplicate.version, backed_up=True
            )
        except (ConcurrentEditError, ValidationError) as exc:
            self._show_problem(str(exc))
            return
        self.accept()

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
