"""A date that may be known only to the month or the year — most old agreements are remembered
as "1944" — and how such a date reads: "1944", "Nov 1941", "20 Apr 1944"."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QSizePolicy, QWidget

from exchangedesk.domain.anniversaries import DatePrecision, normalised

FORMATS = {
    DatePrecision.DAY: "d MMM yyyy",
    DatePrecision.MONTH: "MMM yyyy",
    DatePrecision.YEAR: "yyyy",
}


def partial_date_text(day: dt.date | None, precision: DatePrecision = DatePrecision.DAY) -> str:
    """Never "1 Jan 1944" for a date known only by its year."""
    if day is None:
        return ""
    shown = QDate(day.year, day.month, day.day)
    return QLocale().toString(shown, FORMATS[DatePrecision(precision)])


def precision_names() -> dict[DatePrecision | None, str]:
    translate = QCoreApplication.translate
    return {
        DatePrecision.DAY: translate("PartialDate", "Exact day"),
        DatePrecision.MONTH: translate("PartialDate", "Month only"),
        DatePrecision.YEAR: translate("PartialDate", "Year only"),
        None: translate("PartialDate", "Not known"),
    }


class PartialDateEdit(QWidget):
    """How much is known (exact day, month only, year only, not known) and the date itself,
    shown only as far as it is known."""

    changed = Signal()

    def __init__(
        self,
        *,
        optional: bool = True,
        precisions: tuple[DatePrecision, ...] = tuple(DatePrecision),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        names = precision_names()
        self.precision = QComboBox()
        for precision in precisions:
            self.precision.addItem(names[precision], precision)
        if optional:
            self.precision.addItem(names[None], None)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setMinimumDate(QDate(1000, 1, 1))
        self.date.setDate(QDate.currentDate())
        # Its own width only, also when the date beside it is hidden ("Not known").
        self.precision.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.precision)
        layout.addWidget(self.date, 1)
        layout.addStretch(0)
        # The choice first, always shown: with the date (hidden when "Not known") as the proxy,
        # Tab skipped the choice, and with the date hidden it could not leave the field.
        self.setFocusProxy(self.precision)
        self.precision.currentIndexChanged.connect(self._precision_changed)
        self.date.dateChanged.connect(lambda _d: self.changed.emit())
        self._precision_changed()

    def current_precision(self) -> DatePrecision | None:
        data = self.precision.currentData()
        return None if data is None else DatePrecision(data)  # Qt hands back the plain str

    def value(self) -> tuple[dt.date | None, DatePrecision]:
        """The date (the first day of what is known) and its precision; None if not known."""
        precision = self.current_precision()
        if precision is None:
            return None, DatePrecision.DAY
        return normalised(self.date.date().toPython(), precision), precision

    def set_value(self, day: dt.date | None, precision: DatePrecision = DatePrecision.DAY) -> None:
        wanted = None if day is None else DatePrecision(precision)
        index = self.precision.findData(wanted)
        self.precision.setCurrentIndex(index if index >= 0 else 0)
        if day is not None:
            self.date.setDate(QDate(day.year, day.month, day.day))

    def _precision_changed(self) -> None:
        precision = self.current_precision()
        # Hidden rather than greyed out: a greyed "26 Nov 2026" still reads like a date.
        self.date.setVisible(precision is not None)
        self.date.setDisplayFormat(FORMATS[precision or DatePrecision.DAY])
        self.changed.emit()
