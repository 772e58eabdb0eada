"""Screenshots of every area, for looking at the application as a user would.

    uv run exchangedesk demo --db /tmp/demo.sqlite3
    xvfb-run -a -s "-screen 0 1024x700x24" uv run python scripts/screenshots.py /tmp/demo.sqlite3 /tmp/shots

Every area at the small laptop size (1024x700) and the default window size (1200x760), each
with its first record selected: 1024x700-partnerships.png, 1200x760-partnerships.png, ...

Works offscreen too (QT_QPA_PLATFORM=offscreen), with the window grabbed instead of the screen.
Uses a throw-away settings file, so the user's remembered window state is not touched.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QTableView

from exchangedesk.ui.app import make_application
from exchangedesk.ui.main_window import MainWindow
from exchangedesk.ui.opening import open_interactively

SIZES = ((1024, 700), (1200, 760))  # a small laptop; the default window


def main(database: str, out_dir: str) -> int:
    app = make_application()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    opened = open_interactively(database)
    if opened is None:
        return 2
    settings = QSettings(str(out / "screenshots.ini"), QSettings.Format.IniFormat)
    settings.clear()
    window = MainWindow(opened, settings)
    window.show()

    def shot(name: str) -> None:
        app.processEvents()
        window.grab().save(str(out / f"{name}.png"))

    steps = []

    def select_first(key: str) -> None:
        """The first row of every list on the page, so the detail panes show a record."""
        page = window.page(key)
        for table in page.findChildren(QTableView):
            model = table.model()
            if table.isVisible() and model is not None and model.rowCount():
                if table.selectionModel().hasSelection():
                    continue
                table.selectRow(0)

    def step(size: tuple[int, int], key: str) -> None:
        def run() -> None:
            window.resize(*size)
            window.show_area(key)
            select_first(key)
            for _ in range(20):  # the page's lists load and lay out before the grab
                app.processEvents()
            shot(f"{size[0]}x{size[1]}-{key}")

        steps.append(run)

    for size in SIZES:
        for spec in window.areas:
            step(size, spec.key)

    def next_step(index: int = 0) -> None:
        if index < len(steps):
            steps[index]()
            QTimer.singleShot(400, lambda: next_step(index + 1))
        else:
            window.close()
            app.quit()

    QTimer.singleShot(500, next_step)
    app.exec()
    window.opened.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "screenshots"))
