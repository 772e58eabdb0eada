"""Edit › Privacy › Retention review…: what is kept past its time, rule by rule, with the
person, why and the last day it could be kept; the secretary ticks what to act on and
Apply to chosen clears the fields (or erases the inactive people) after asking.

``apply_retention`` reviews again before acting and acts only on what is still due, so a list
left open while a visit was recorded does not clear that visitor's passport; the dialog then
says what was done and what was no longer due, and lists afresh.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from exchangedesk.db.session import Database
from exchangedesk.domain.errors import ExchangeDeskError
from exchangedesk.domain.privacy import RetentionRule
from exchangedesk.services.privacy.retention import RetentionItem, retention_review
from exchangedesk.services.privacy.retention_apply import RetentionResult, apply_retention
from exchangedesk.ui.dialogs import confirm
from exchangedesk.ui.formatting import date_text, privacy_text
from exchangedesk.ui.people.labels import field_label

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


def what_text(item: RetentionItem) -> str:
    if item.erases:
        return RetentionReviewDialog.tr_("erase the person")
    return RetentionReviewDialog.tr_("clear {0}").format(
        ", ".join(field_label(f).lower() for f in item.fields)
    )


class RetentionReviewDialog(QDialog):
    applied = Signal(object)  # the RetentionResult

    def __init__(
        self, database: Database, parent: QWidget | None = None, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("retention-review")
        self.setWindowTitle(self.tr("Retention review"))
        self.database, self.today = database, today
        self.items: list[RetentionItem] = []
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("retention-items")
        self.tree.setHeaderLabels(
            [self.tr("Person"), self.tr("What is done"), self.tr("Why"), self.tr("Last day")]
        )
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemChanged.connect(lambda *_: self._enable())
        self.outcome = QLabel()
        self.outcome.setObjectName("retention-outcome")
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)
        self.outcome.hide()
        self.all_button = QPushButton(self.tr("Choose &all"))
        self.none_button = QPushButton(self.tr("Choose &none"))
        self.again_button = QPushButton(self.tr("Re&view again"))
        self.apply_button = QPushButton(self.tr("A&pply to chosen…"))
        self.apply_button.setObjectName("apply-retention")
        self.all_button.clicked.connect(lambda: self.choose_all(True))
        self.none_button.clicked.connect(lambda: self.choose_all(False))
        self.again_button.clicked.connect(self.reload)
        self.apply_button.clicked.connect(self.apply_chosen)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.all_button, self.none_button, self.again_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.outcome)
        layout.addLayout(row)
        layout.addWidget(close)
        self.resize(900, 520)
        self._task = None
        self._generation = 0
        self.reload()

    @staticmethod
    def tr_(text: str) -> str:
        from exchangedesk.ui.i18n import translate

        return translate("RetentionReviewDialog", text)

    # --- the list -----------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        """The review is being read in the background now."""
        return self._task is not None and self._task.is_running

    def reload(self) -> None:
        """Read the review off the GUI thread: on a federation's register (200,000 people) it
        takes seconds, and the dialog must open and stay responsive meanwhile."""
        from exchangedesk.ui.tasks import Task

        today = self.today or dt.date.today()
        self._generation += 1
        generation, database = self._generation, self.database
        self.intro.setText(self.tr("Reading the register…"))
        for button in (self.all_button, self.none_button, self.again_button, self.apply_button):
            button.setEnabled(False)
        task = Task(lambda _control: retention_review(database, today=today), self)
        task.result.connect(lambda review: self._arrived(generation, review, today))
        task.error.connect(lambda error: self._failed(generation, error))
        self._task = task
        task.start()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self.again_button.setEnabled(True)
        self.intro.setText(self.tr("The review could not be read: {0}").format(error))

    def _arrived(self, generation: int, review, today: dt.date) -> None:  # noqa: ANN001
        if generation != self._generation:
            return  # a newer reading was asked for meanwhile
        self.again_button.setEnabled(True)
        p = review.periods
        self.items = list(review.items)
        self.intro.setText(
            self.tr(
                "Kept no longer than needed: passport data {0} months after the last visit, "
                "minors' medical notes {1} months after the exchange, people with no activity "
                "{2} years (Edit › Preferences). Tick what to act on."
            ).format(p.passport_months, p.minor_medical_months, p.inactive_years)
            if self.items
            else self.tr("Nothing is kept past its time on {0}.").format(date_text(today))
        )
        self.tree.blockSignals(True)
        self.tree.clear()
        for rule in RetentionRule:
            listed = review.of(rule)
            if not listed:
                continue
            heading = QTreeWidgetItem([f"{privacy_text(rule)} ({len(listed)})"])
            font = heading.font(0)
            font.setBold(True)
            heading.setFont(0, font)
            heading.setFirstColumnSpanned(True)
            self.tree.addTopLevelItem(heading)
            for item in listed:
                child = QTreeWidgetItem(
                    [
                        f"{item.name} (#{item.person_id})",
                        what_text(item),
                        item.reason,
                        date_text(item.kept_until),
                    ]
                )
                child.setData(0, ITEM_ROLE, item)
                child.setToolTip(2, item.reason)  # the column is cut short in a small window
                child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                child.setCheckState(0, Qt.CheckState.Checked)
                heading.addChild(child)
            heading.setFirstColumnSpanned(True)
            heading.setExpanded(True)
        self.tree.blockSignals(False)
        self._enable()

    def _children(self) -> list[QTreeWidgetItem]:
        found = []
        for index in range(self.tree.topLevelItemCount()):
            heading = self.tree.topLevelItem(index)
            found.extend(heading.child(row) for row in range(heading.childCount()))
        return found

    def chosen(self) -> list[RetentionItem]:
        return [
            child.data(0, ITEM_ROLE)
            for child in self._children()
            if child.checkState(0) == Qt.CheckState.Checked
        ]

    def choose_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for child in self._children():
            child.setCheckState(0, state)

    def choose(self, person_id: int, rule: RetentionRule, on: bool) -> None:
        for child in self._children():
            item = child.data(0, ITEM_ROLE)
            if item.key == (rule, person_id):
                child.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _enable(self) -> None:
        some = bool(self.items)
        for button in (self.all_button, self.none_button):
            button.setEnabled(some)
        self.apply_button.setEnabled(bool(self.chosen()) and not self.database.read_only)

    # --- acting -------------------------------------------------------------------------

    def apply_chosen(self) -> RetentionResult | None:
        chosen = self.chosen()
        if not chosen or self.database.read_only:
            return None
        clears = [i for i in chosen if not i.erases]
        erases = [i for i in chosen if i.erases]
        lines = []
        if clears:
            lines.append(self.tr("Clear the listed data of {0} people.").format(len(clears)))
        if erases:
            lines.append(
                self.tr(
                    "Erase {0} people with no activity: names, contact and sensitive details "
                    "go for good, and the undo history is cleared."
                ).format(len(erases))
            )
        lines.append(self.tr("The review is run again first; only what is still due is acted on."))
        if not confirm.ask(
            self,
            self.tr("Apply the retention review"),
            "\n\n".join(lines),
            self.tr("Apply"),
            self.tr("Keep"),
        ):
            return None
        try:
            result = apply_retention(
                self.database,
                [i.key for i in chosen],
                actor=self.database.actor,
                today=self.today or dt.date.today(),
            )
        except ExchangeDeskError as exc:
            self.show_outcome(self.tr("Nothing was done: {0}").format(exc))
            return None
        self.show_outcome(self.outcome_text(result))
        self.reload()
        self.applied.emit(result)
        return result

    def outcome_text(self, result: RetentionResult) -> str:
        parts = [
            self.tr("{0}: {1} removed.").format(
                i.name, " and ".join(field_label(f).lower() for f in i.fields)
            )
            for i in result.cleared
        ]
        if result.erased:
            parts.append(
                self.tr("Erased: {0}.").format(", ".join(f"#{pid}" for pid in result.erased))
            )
        if result.skipped:
            parts.append(self.tr("{0} no longer due, left as they are.").format(result.skipped))
        return " ".join(parts) or self.tr("Nothing was due any more.")

    def show_outcome(self, text: str) -> None:
        self.outcome.setText(text)
        self.outcome.show()
