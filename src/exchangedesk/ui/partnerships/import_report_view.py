"""The report of an import, as the secretary reads it: one sentence of outcome, the counts, and
a tab per list (refused, repaired, warnings, merged duplicates, other spellings, countries), each
row with the spreadsheet row number it came from."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from exchangedesk.interchange.import_report import country_note
from exchangedesk.services.partnerships.pairs_import import CountryReading, ImportReport, RowNote
from exchangedesk.ui.formatting import count_text
from exchangedesk.ui.i18n import translate
from exchangedesk.ui.models import Column, RowsTableModel
from exchangedesk.ui.widgets.tables import make_table

# Short lists get their rows as tall as their text; a long one stays one line a row (its full
# text is in the tooltip), so that 1,000 merged duplicates still scroll at once.
WRAP_UP_TO = 300


def _columns() -> list[Column]:
    return [
        Column(
            translate("ImportReport", "Row"),
            lambda n: "" if n.row is None else str(n.row),
            numeric=True,
            width=6,
        ),
        Column(translate("ImportReport", "Reason"), lambda n: n.kind, width=14),
        Column(translate("ImportReport", "What happened"), lambda n: n.message, stretch=True),
    ]


def _how_read(reading: CountryReading) -> str:
    if reading.code is None:
        return translate("ImportReport", "not read")
    return {
        "name": translate("ImportReport", "name"),
        "alias": translate("ImportReport", "other name"),
        "code": translate("ImportReport", "ISO code"),
        "qualifier": translate("ImportReport", "bracket dropped"),
        "region": translate("ImportReport", "region, country"),
        "fuzzy": translate("ImportReport", "guessed"),
    }.get(reading.method or "", reading.method or "")


class ImportReportView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        font = QFont(self.headline.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.headline.setFont(font)
        self.counts = QFormLayout()
        self.counts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.titles = {
            "refused": self.tr("Refused"),
            "repaired": self.tr("Repaired"),
            "warning": self.tr("Warnings"),
            "duplicate": self.tr("Duplicates merged"),
            "spelling": self.tr("Other spellings"),
            "country": self.tr("Countries"),
        }
        self.models: dict[str, RowsTableModel] = {}
        self.tables: dict[str, QTableView] = {}
        for key, title in self.titles.items():
            model = RowsTableModel(_columns(), self)
            table = make_table(model, _columns())
            table.setStyleSheet("QTableView::item { padding: 3px 4px; }")  # wrapped rows breathe
            self.models[key], self.tables[key] = model, table
            self.tabs.addTab(table, title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.headline)
        layout.addLayout(self.counts)
        layout.addWidget(self.tabs, 1)

    def show_report(self, report: ImportReport) -> None:
        self.headline.setText(self.headline_text(report))
        while self.counts.rowCount():
            self.counts.removeRow(0)
        for label, text in self.count_lines(report):
            value = QLabel(text)
            value.setWordWrap(True)
            self.counts.addRow(label, value)
        countries = [  # an empty country is a repaired or refused row, listed there
            RowNote(c.first_row, country_note(c), _how_read(c)) for c in report.countries if c.text
        ]
        lists: dict[str, Sequence[RowNote]] = {
            "refused": report.refused,
            "repaired": report.repaired,
            "warning": report.warnings,
            "duplicate": report.duplicates_merged,
            "spelling": report.spellings_matched,
            "country": countries,
        }
        for index, (key, notes) in enumerate(lists.items()):
            table = self.tables[key]
            self.models[key].set_rows(notes)
            table.setColumnHidden(1, not any(note.kind for note in notes))
            wrap = len(notes) <= WRAP_UP_TO
            table.setWordWrap(wrap)
            table.verticalHeader().setSectionResizeMode(
                QHeaderView.ResizeMode.ResizeToContents if wrap else QHeaderView.ResizeMode.Fixed
            )
            self.tabs.setTabText(index, f"{self.titles[key]} ({count_text(len(notes))})")
            self.tabs.setTabEnabled(index, bool(notes))
        first = next((i for i in range(self.tabs.count()) if self.tabs.isTabEnabled(i)), 0)
        self.tabs.setCurrentIndex(first)

    def headline_text(self, report: ImportReport) -> str:
        partnerships = self.tr("%Ln partnerships", "", report.partnerships_created)
        cities = self.tr("%Ln cities", "", report.cities_created)
        refused = self.tr("%Ln rows", "", len(report.refused))
        if report.dry_run:
            text = self.tr(
                "Dry run: nothing was saved. Importing this file would add {0} and {1}."
            ).format(partnerships, cities)
            if report.refused:
                text += " " + self.tr("{0} would be refused.").format(refused)
            return text
        if report.refused:
            return self.tr(
                "Imported {0} and {1}. {2} refused, listed below with their row numbers; "
                "everything else is saved."
            ).format(partnerships, cities, refused)
        return self.tr("Imported {0} and {1}. Every row is in the register.").format(
            partnerships, cities
        )

    def count_lines(self, report: ImportReport) -> list[tuple[str, str]]:
        n = count_text
        rows = n(report.rows)
        if report.blank_rows:
            rows += " " + self.tr("({0} blank rows skipped)").format(n(report.blank_rows))
        read = [c for c in report.countries if c.text]
        guessed = sum(1 for c in read if c.method == "fuzzy")
        kinds = ", ".join(f"{n(k)} {kind}" for kind, k in sorted(report.refused_by_kind().items()))
        return [
            (self.tr("File"), report.source),
            (self.tr("Rows read"), rows),
            (
                self.tr("Partnerships"),
                self.tr("{0} new · {1} already in the register · {2} duplicate rows merged").format(
                    n(report.partnerships_created),
                    n(report.partnerships_matched),
                    n(len(report.duplicates_merged)),
                ),
            ),
            (
                self.tr("Cities"),
                self.tr(
                    "{0} new · {1} already in the register · {2} other spellings matched"
                ).format(
                    n(report.cities_created),
                    n(report.cities_matched),
                    n(len(report.spellings_matched)),
                ),
            ),
            (
                self.tr("Countries"),
                self.tr("{0} spellings read as {1} countries · {2} guessed · {3} unknown").format(
                    n(len(read)),
                    n(len(report.country_codes)),
                    n(guessed),
                    n(len(report.unknown_countries)),
                ),
            ),
            (self.tr("Rows refused"), n(len(report.refused)) + (f" ({kinds})" if kinds else "")),
            (self.tr("Time"), self.tr("{0} s").format(f"{report.seconds:.1f}")),
        ]
