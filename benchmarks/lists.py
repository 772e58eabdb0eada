"""The window's lists, measured in this process on an offscreen QApplication.

* **list open**: what a list costs each time it is (re)loaded — the service call, the model's
  reset and the text of every cell of the first page (what the view asks to paint it).
* **filter keystroke**: the largest list (the one with the most records) is filtered by typing a
  word one letter at a time; each step is one ``set_filter`` call, which is what the filter bar
  sends once typing pauses. The statement log splits off the ``COUNT(*)`` the page needs.
* **scroll to the end**: ``fetchMore`` until the model has every row, as the table view does each
  time the scroll bar reaches the bottom (the window offers no jump to the last page).

The window is built on the database opened read-only, with settings in a temporary file.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.timing import Timing, is_count, repeat, statements, timed

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@dataclass
class ListResults:
    window_build_ms: float = 0.0
    opens: dict[str, Timing] = field(default_factory=dict)  # list key -> reload timings
    totals: dict[str, int] = field(default_factory=dict)  # list key -> records
    largest: str = ""
    filter_word: str = ""
    keystrokes: list[tuple[str, float, float]] = field(default_factory=list)  # text, ms, count ms
    scroll_pages: int = 0
    scroll_seconds: float = 0.0
    scroll_last_page_ms: float = 0.0
    scroll_first_page_ms: float = 0.0
    scroll_rows: int = 0
    scroll_complete: bool = False


def _list_pages(window: Any) -> list[Any]:
    """Every list page of the window, tabs included (duck-typed: a page with a paged model)."""
    found = []
    for page in window.pages:
        for candidate in getattr(page, "lists", None) or [page]:
            model = getattr(candidate, "model", None)
            if hasattr(model, "reload") and hasattr(model, "total"):
                found.append(candidate)
    return found


def _key(page: Any) -> str:
    spec = getattr(page, "spec", None)
    return getattr(spec, "key", None) or page.objectName() or type(page).__name__


def _cell_texts(model: Any) -> int:
    from PySide6.QtCore import Qt

    characters = 0
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            value = model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)
            characters += len(value or "")
    return characters


def measure(db: Path, runs: int, *, scroll_limit_s: float, settings_file: Path) -> ListResults:
    from PySide6.QtCore import QSettings, QThreadPool
    from PySide6.QtWidgets import QApplication

    from exchangedesk.db.opening import open_database
    from exchangedesk.ui.app import make_application
    from exchangedesk.ui.main_window import MainWindow

    app = QApplication.instance() or make_application()
    results = ListResults()
    opened = open_database(db, read_only=True, take_lock=False)
    try:
        settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
        results.window_build_ms, window = timed(lambda: MainWindow(opened, settings))
        pages = _list_pages(window)
        for page in pages:
            model = page.model

            def reopen(model: Any = model) -> None:
                model.reload()
                _cell_texts(model)

            key = _key(page)
            results.opens[key] = repeat(reopen, runs)
            results.totals[key] = model.total
        home = next((p for p in window.pages if p.objectName() == "home"), None)
        if home is not None:
            results.opens["home screen"] = repeat(home.refresh, runs)
        largest = max(pages, key=lambda page: page.model.total)
        results.largest = _key(largest)
        _filter(largest, window.database, runs, results)
        _scroll(largest, scroll_limit_s, results)
        window.close()
        window.deleteLater()
        app.processEvents()
    finally:
        # Home's retention review and attention search run on worker threads: closing the
        # database under a running statement crashed the process (SIGSEGV) once.
        QThreadPool.globalInstance().waitForDone(30_000)
        opened.close()
    return results


def _typed_word(model: Any) -> str:
    """A word the list holds: the first word of the first row's first column, in lower case
    (typed as people type it), so every step of the typing matches something."""
    from PySide6.QtCore import Qt

    text = model.data(model.index(0, 0), Qt.ItemDataRole.DisplayRole) or "a"
    word = "".join(ch for ch in text.split()[0] if ch.isalnum()) or "a"
    return word.lower()[:8]


def _filter(page: Any, database: Any, runs: int, results: ListResults) -> None:
    model = page.model
    model.set_filter("")
    word = _typed_word(model)
    results.filter_word = word
    steps = [word[: n + 1] for n in range(len(word))] + ["zzqx"]  # and one that matches nothing
    for _ in range(runs):
        for text in steps:
            with statements(database.engine) as log:
                ms, _ = timed(lambda text=text: (model.set_filter(text), _cell_texts(model)))
            results.keystrokes.append((text, ms, log.total(is_count)))
        model.set_filter("")


def _scroll(page: Any, limit_s: float, results: ListResults) -> None:
    model = page.model
    model.set_filter("")
    model.reload()
    started = time.perf_counter()
    last = first = 0.0
    pages = 0
    while model.canFetchMore():
        ms, _ = timed(model.fetchMore)
        pages += 1
        last = ms
        first = first or ms
        if time.perf_counter() - started > limit_s:
            break
    results.scroll_pages = pages
    results.scroll_seconds = time.perf_counter() - started
    results.scroll_first_page_ms = first
    results.scroll_last_page_ms = last
    results.scroll_rows = model.rowCount()
    results.scroll_complete = not model.canFetchMore()
