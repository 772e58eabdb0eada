"""Screenshots of every area, for looking at the application as a user would.

    uv run exchangedesk demo --db /tmp/demo.sqlite3
    xvfb-run -a -s "-screen 0 1400x900x24" uv run python scripts/screenshots.py /tmp/demo.sqlite3 /tmp/shots
    EXCHANGEDESK_LANGUAGE=de ... scripts/screenshots.py /tmp/demo.sqlite3 /tmp/shots 1200x760

Works offscreen too (QT_QPA_PLATFORM=offscreen), with the window grabbed instead of the screen.
Uses a throw-away settings file, so the user's remembered window state is not touched.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer

from exchangedesk.ui.app import make_application
from exchangedesk.ui.main_window import MainWindow
from exchangedesk.ui.opening import open_interactively


def main(database: str, out_dir: str, size: str = "1366x820") -> int:
    app = make_application()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    opened = open_interactively(database)
    if opened is None:
        return 2
    settings = QSettings(str(out / "screenshots.ini"), QSettings.Format.IniFormat)
    settings.clear()
    window = MainWindow(opened, settings)
    width, height = (int(n) for n in size.split("x"))
    window.resize(width, height)
    window.show()

    def shot(name: str) -> None:
        app.processEvents()
        window.grab().save(str(out / f"{name}.png"))

    steps = []

    def step(key: str, name: str | None = None, then=None) -> None:
        def run() -> None:
            window.show_area(key)
            if then is not None:
                then()
            QTimer.singleShot(150, lambda: shot(name or key))

        steps.append(run)

    def select_first(key: str):
        def run() -> None:
            page = window.page(key)
            getattr(page, "current", page).table.selectRow(0)

        return run

    for spec in window.areas:
        step(spec.key)
    for key in ("partnerships", "delegations", "exchanges", "gifts", "aid", "documents"):
        step(key, f"{key}-selected", select_first(key))

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
    sys.exit(main(*sys.argv[1:4]) if len(sys.argv) > 2 else main(sys.argv[1], "screenshots"))
