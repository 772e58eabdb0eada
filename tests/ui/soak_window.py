"""An afternoon in one process: the real main window on the demo register, used over and over.

Run by ``test_soak.py`` in a process of its own (a crash there is a failed test with its output,
not the end of the whole test run), or by hand::

    uv run python tests/ui/soak_window.py --rounds 300 --folder /tmp/soak

Each round visits every area in the navigation order and selects a row in each list shown (a
different one each round); every other round it refreshes each page as F5 does, and every fifth
it opens the partnership editor and cancels it, then saves an edit through the undo stack and
undoes it. At chosen rounds it writes
the process's resident memory and the reference counts of None, True and False, and at the end
one JSON line with all of it on stdout.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QThreadPool, QTimer  # noqa: E402
from PySide6.QtWidgets import QAbstractItemView, QApplication  # noqa: E402

from exchangedesk.db.opening import open_database  # noqa: E402
from exchangedesk.services.samples.demo import build_demo  # noqa: E402
from exchangedesk.ui.app import make_application  # noqa: E402
from exchangedesk.ui.main_window import MainWindow  # noqa: E402

TODAY = dt.date(2026, 11, 26)
# Bounded to about a minute in the normal test run: every round changes area nine times and
# selects rows; a refresh (F5) every other round; the editor and an undone edit every fifth.
REFRESH_EVERY = 2
EDIT_EVERY = 5


def rss_mb() -> float:
    """Resident memory now (not the peak): VmRSS from /proc on Linux."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def turn_event_loop() -> None:
    """One pass of a real event loop, as the running application has between two user actions.
    (``processEvents`` alone never deletes what ``deleteLater`` left: the old widgets of every
    refreshed pane would seem to leak.)"""
    loop = QEventLoop()
    QTimer.singleShot(0, loop.quit)
    loop.exec()


def settle(app: QApplication) -> None:
    """Let queued work finish: background loads on the pool, then their results on this thread."""
    for _ in range(2):
        QThreadPool.globalInstance().waitForDone(10_000)
        turn_event_loop()


def select_rows(page, round_no: int) -> int:  # noqa: ANN001
    """Select one row in every list visible on the page; how many lists had one."""
    selected = 0
    for view in page.findChildren(QAbstractItemView):
        model = view.model()
        if not view.isVisible() or model is None or model.rowCount() == 0:
            continue
        view.setCurrentIndex(model.index(round_no % model.rowCount(), 0))
        selected += 1
    return selected


def edit_and_undo(window: MainWindow, app: QApplication, round_no: int) -> None:
    """Partnerships: the editor opened and cancelled untouched, then an edit saved and undone."""
    page = window.page("partnerships")
    page.table.selectRow(0)
    settle(app)
    page.edit_selected()
    page.editor.reject()  # untouched: closes without asking (and is deleted)
    page.edit_selected()
    editor = page.editor
    before = editor.notes.toPlainText()
    editor.notes.setPlainText(f"{before}\nSoak round {round_no}")
    editor.accept()
    settle(app)
    depth = window.undo_stack.count()
    window.undo_stack.undo()
    settle(app)
    if window.undo_stack.index() != depth - 1:
        raise AssertionError(f"round {round_no}: the edit was not undone")
    if page.editor is not None:
        raise AssertionError(f"round {round_no}: the editor did not close on save")


def refcounts() -> dict[str, int]:
    return {
        "None": sys.getrefcount(None),
        "True": sys.getrefcount(True),
        "False": sys.getrefcount(False),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=300)
    parser.add_argument("--folder", type=Path, required=True)
    parser.add_argument("--sample-every", type=int, default=25)
    args = parser.parse_args(argv)
    args.folder.mkdir(parents=True, exist_ok=True)

    app = make_application()
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(args.folder / "settings"))
    QCoreApplication.setOrganizationName("ExchangeDeskSoak")
    opened = open_database(args.folder / "demo.sqlite3")
    build_demo(opened.database, today=TODAY)
    window = MainWindow(
        opened, QSettings(str(args.folder / "window.ini"), QSettings.Format.IniFormat)
    )
    window.show()
    settle(app)

    started = time.monotonic()
    samples: list[dict[str, float | int]] = []
    area_changes = 0
    edits = 0
    lists_selected = 0
    first_refs = refcounts()
    for round_no in range(1, args.rounds + 1):
        for row in range(window.nav.count()):
            window.nav.setCurrentRow(row)
            area_changes += 1
            turn_event_loop()
            page = window.current_page
            lists_selected += select_rows(page, round_no)
            if round_no % REFRESH_EVERY == 0:
                page.refresh()  # as F5 does
            settle(app)
        if round_no % EDIT_EVERY == 0:
            edit_and_undo(window, app, round_no)
            edits += 1
        if round_no == 1 or round_no % args.sample_every == 0 or round_no == args.rounds:
            gc.collect()
            samples.append(
                {
                    "round": round_no,
                    "seconds": round(time.monotonic() - started, 1),
                    "rss_mb": round(rss_mb(), 1),
                    **refcounts(),
                }
            )
    window.close()
    settle(app)
    print(
        json.dumps(
            {
                "rounds": args.rounds,
                "area_changes": area_changes,
                "lists_selected": lists_selected,
                "edits_undone": edits,
                "refcounts_at_start": first_refs,
                "samples": samples,
            }
        )
    )
    opened.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
