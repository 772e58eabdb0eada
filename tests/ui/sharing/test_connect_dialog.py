"""File › Connect to a server…, against the real test server (issue 19; skipped without one,
like the PostgreSQL half, tests/pg_server.py): a register opened by its parts, the connection
remembered without the password, faults said in words, a missing database created on request."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

import pg_server
from exchangedesk.db.models import Partnership
from exchangedesk.ui.main_window import MainWindow
from exchangedesk.ui.sharing import connect_dialog
from exchangedesk.ui.sharing.connect_dialog import REMEMBERED, ConnectDialog


def _open_dialog(window: MainWindow) -> ConnectDialog:
    window.actions_.connect_server.trigger()
    dialog = window.connect_dialog
    assert isinstance(dialog, ConnectDialog) and dialog.isVisible()
    return dialog


def _fill(dialog: ConnectDialog, url: str, **changed: str) -> None:
    parts = make_url(url)
    fields = {
        "host": parts.host,
        "port": str(parts.port),
        "database": parts.database,
        "user": parts.username,
        "password": parts.password or "",
        **changed,
    }
    for name, value in fields.items():
        getattr(dialog, name).setText(value)


def test_a_server_register_opens_in_the_window_and_only_the_address_is_remembered(
    window: MainWindow,
    pg_url: str,
    settings,
    private_settings: Path,  # noqa: ANN001
) -> None:
    dialog = _open_dialog(window)
    # The test server trusts local connections, so any password opens it; this one is looked
    # for in every settings file afterwards.
    _fill(dialog, pg_url, password="not-stored-9f3")
    dialog.remember.setChecked(True)
    dialog.connect_button.click()

    assert not dialog.isVisible()
    assert window.database.url.get_backend_name() == "postgresql"
    assert window.database.url.database == make_url(pg_url).database
    assert "PostgreSQL" in window.windowTitle()
    assert "not-stored-9f3" not in window.location_label.text() + window.windowTitle()
    with window.database.reading() as session:
        assert session.scalar(select(func.count()).select_from(Partnership)) == 0

    parts = make_url(pg_url)
    assert settings.value(REMEMBERED) == {
        "host": parts.host,
        "port": parts.port,
        "database": parts.database,
        "user": parts.username,
    }
    settings.sync()
    for stored in [Path(settings.fileName()), *private_settings.rglob("*")]:
        if stored.is_file():
            assert "not-stored-9f3" not in stored.read_text(errors="replace"), stored

    again = _open_dialog(window)  # the remembered address is filled in, the password is not
    assert (again.host.text(), again.database.text(), again.user.text()) == (
        parts.host,
        parts.database,
        parts.username,
    )
    assert again.password.text() == "" and again.remember.isChecked()
    again.reject()


def test_faults_are_said_in_words_and_the_window_keeps_its_register(
    window: MainWindow, pg: pg_server.Server
) -> None:
    before = window.database.url
    dialog = _open_dialog(window)
    url = pg_server.plain(pg.url)

    _fill(dialog, url, database="  ")
    dialog.connect_button.click()
    assert dialog.problem.text() == "Database: is needed (the register's name on the server)"

    _fill(dialog, url, port="http")
    dialog.connect_button.click()
    assert dialog.problem.text() == "Port: 'http' is not a number"

    _fill(dialog, url, port="1")  # nothing listens on port 1
    dialog.connect_button.click()
    assert "does not answer on port 1" in dialog.problem.text()

    _fill(dialog, url, user="nobody_here")
    dialog.connect_button.click()
    assert dialog.problem.text() == "The server has no user called nobody_here."

    assert dialog.isVisible() and window.database.url == before
    dialog.reject()


def test_a_missing_database_is_created_on_request_and_opened_empty(
    window: MainWindow,
    pg: pg_server.Server,
    pg_data_home: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    name = pg.new_name("connect")
    asked: list[str] = []

    def answer(box: QMessageBox, *, create: bool):  # noqa: ANN202
        asked.append(box.text())
        wanted = QMessageBox.ButtonRole.AcceptRole if create else QMessageBox.ButtonRole.RejectRole
        return next(b for b in box.buttons() if box.buttonRole(b) == wanted)

    dialog = _open_dialog(window)
    _fill(dialog, pg_server.plain(pg.url), database=name)
    monkeypatch.setattr(connect_dialog, "show_box", lambda box: answer(box, create=False))
    dialog.connect_button.click()
    assert asked and f"has no database called {name}" in asked[0]
    assert dialog.problem.text() == f"The server has no database called {name}."
    assert pg.probe()  # still nothing made: the next answer creates it

    monkeypatch.setattr(connect_dialog, "show_box", lambda box: answer(box, create=True))
    try:
        dialog.connect_button.click()
        assert not dialog.isVisible()
        assert window.database.url.database == name
        with window.database.reading() as session:  # the schema was made, as init does
            assert session.scalar(select(func.count()).select_from(Partnership)) == 0
    finally:
        window.opened.close()
        pg.drop(name)
