"""Every area fits a small laptop screen (1024x700) in every shipped language (issue 16).

On the demo register, with the first record of every list selected and every tab of its pane
shown once: the window never asks for more than 1024x700 and never grows past it. Before,
the Delegations pane's button rows (and the placement board's, the itinerary's headings) did
not wrap, and the window grew to 1072 px in English and 1283 px in Russian.

And the list column that says with whom a committee is twinned stays readable: Partnerships'
partner city once shrank to "ner" at the default window size.
"""

from __future__ import annotations

import demo_window
import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QTableView, QTabWidget, QWidget

from exchangedesk.db.opening import OpenedDatabase

# The demo register, copied per test, and the language installed (tests/ui/demo_window.py).
demo_file, demo, language = demo_window.demo_file, demo_window.demo, demo_window.language

SMALL = QSize(1024, 700)  # a small laptop
DEFAULT = QSize(1200, 760)  # the window's own first size
TYPICAL_PARTNER = "Volgograd (Волгоград)"  # a name as the list shows it, native beside


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def _select_first_records(page: QWidget) -> None:
    for table in page.findChildren(QTableView):
        model = table.model()
        shown = table.isVisible() and model is not None and model.rowCount()
        if shown and not table.selectionModel().hasSelection():
            table.selectRow(0)
            _settle()


def _too_big(window: QWidget, where: str) -> list[str]:
    hint = window.minimumSizeHint()
    found = []
    if hint.width() > SMALL.width() or hint.height() > SMALL.height():
        found.append(f"{where}: the window asks for {hint.width()}x{hint.height()}")
    if window.width() > SMALL.width() or window.height() > SMALL.height():
        found.append(f"{where}: the window grew to {window.width()}x{window.height()}")
    return found


@pytest.mark.parametrize("language", ["en", "de", "fr", "ru"], indirect=True)
def test_every_area_fits_1024x700(language: str, make_window, demo: OpenedDatabase) -> None:  # noqa: ANN001
    window = make_window(demo)
    window.resize(SMALL)
    _settle()
    assert (window.width(), window.height()) == (SMALL.width(), SMALL.height())
    problems: list[str] = []
    for spec in window.areas:
        window.show_area(spec.key)
        _settle()
        page = window.page(spec.key)
        _select_first_records(page)
        problems += _too_big(window, spec.key)
        for tabs in page.findChildren(QTabWidget):
            if not tabs.isVisible():
                continue
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                _settle()
                _select_first_records(page)
                problems += _too_big(window, f"{spec.key} › {tabs.tabText(index)}")
            tabs.setCurrentIndex(0)
    assert problems == [], f"{language}: " + "; ".join(dict.fromkeys(problems))


@pytest.mark.parametrize("language", ["en", "de", "ru"], indirect=True)
@pytest.mark.parametrize("size", [DEFAULT, SMALL], ids=["1200x760", "1024x700"])
def test_partner_city_column_stays_readable(
    language: str,
    size: QSize,
    make_window,  # noqa: ANN001
    demo: OpenedDatabase,
) -> None:
    window = make_window(demo)
    window.resize(size)
    window.show_area("partnerships")
    _settle()
    page = window.page("partnerships")
    _settle()
    headers = [column.header for column in page.spec.columns]
    partner = next(n for n, c in enumerate(page.spec.columns) if c.stretch)
    assert page.model.rowCount() > 0
    needed = page.table.fontMetrics().horizontalAdvance(TYPICAL_PARTNER) + 12
    width = page.table.columnWidth(partner)
    assert width >= needed, f"{headers[partner]} is {width} px; {TYPICAL_PARTNER} needs {needed}"
    # Its header reads in full too, not "ner".
    header = page.table.horizontalHeader()
    assert header.fontMetrics().horizontalAdvance(headers[partner]) + 8 <= width
