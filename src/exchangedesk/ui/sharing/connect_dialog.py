"""File › Connect to a server…: a shared register on PostgreSQL by host, port, database and
user (issue 19).

The password is typed here and passed on, never written to the settings: "Remember this
connection" keeps host, port, database and user only. Left empty, the driver looks the password
up in ``~/.pgpass``. What goes wrong is said in the words of the field to correct; a database
that does not exist yet can be created, empty, as ``exchangedesk init`` would.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from exchangedesk.db.opening import OpenedDatabase
from exchangedesk.domain.errors import ValidationError
from exchangedesk.services.common import server_connection as server
from exchangedesk.ui.opening import open_interactively, show_box

REMEMBERED = "server/connection"  # host, port, database, user; never the password


class ConnectDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connect-dialog")
        self.setWindowTitle(self.tr("Connect to a server"))
        self.settings = settings
        self.opened: OpenedDatabase | None = None

        intro = QLabel(
            self.tr(
                "A register several staff share, on a PostgreSQL server. Your administrator "
                "gives you these details."
            )
        )
        intro.setWordWrap(True)
        self.host = QLineEdit()
        self.port = QLineEdit(str(server.DEFAULT_PORT))
        self.port.setMaxLength(5)
        self.database = QLineEdit()
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("empty: taken from ~/.pgpass"))
        self.remember = QCheckBox(self.tr("Remember this connection (without the password)"))
        self.problem = QLabel()
        self.problem.setObjectName("connect-problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: palette(highlight); font-weight: bold")
        self.problem.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("Pass&word:"), self.password)
        self.fields = {
            "Host": self.host,
            "Port": self.port,
            "Database": self.database,
            "User": self.user,
            "Password": self.password,
        }

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.connect_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.connect_button.setText(self.tr("&Connect"))
        self.buttons.accepted.connect(self.try_connect)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._fill_remembered()

    # --- remembered fields --------------------------------------------------------------

    def _fill_remembered(self) -> None:
        value = self.settings.value(REMEMBERED)
        if not isinstance(value, dict):
            self.host.setText("localhost")
            return
        self.host.setText(str(value.get("host", "")))
        self.port.setText(str(value.get("port", server.DEFAULT_PORT)))
        self.database.setText(str(value.get("database", "")))
        self.user.setText(str(value.get("user", "")))
        self.remember.setChecked(True)

    def _remember(self, address: server.ServerAddress) -> None:
        if self.remember.isChecked():
            self.settings.setValue(
                REMEMBERED,
                {
                    "host": address.host,
                    "port": address.port,
                    "database": address.database,
                    "user": address.user,
                },
            )
        else:
            self.settings.remove(REMEMBERED)

    # --- connecting ---------------------------------------------------------------------

    def say(self, text: str, field: str | None = None) -> None:
        self.problem.setText(text)
        self.problem.show()
        if field in self.fields:
            self.fields[field].setFocus()
            self.fields[field].selectAll()

    def address(self) -> server.ServerAddress | None:
        try:
            return server.server_address(
                self.host.text(), self.port.text(), self.database.text(), self.user.text()
            )
        except ValidationError as exc:
            self.say(self._field_message(exc), exc.field)
            return None

    def _field_message(self, exc: ValidationError) -> str:
        labels = {
            "Host": self.tr("Server"),  # the server, not a host family (glossary)
            "Port": self.tr("Port"),
            "Database": self.tr("Database"),
            "User": self.tr("User"),
        }
        return f"{labels.get(exc.field, exc.field)}: {exc.message}"

    def try_connect(self) -> None:
        """Check the details with the server; open the register when they are right."""
        address = self.address()
        if address is None:
            return
        password = self.password.text()
        self.problem.hide()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            problem = server.probe(address, password)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if problem is not None and problem.kind == server.NO_DATABASE:
            if not self._offer_creation(address, password):
                return
            problem = None
        if problem is not None:
            self.say(self.explain(problem, address), self._field_of(problem.kind))
            self.problem.setToolTip(problem.detail)
            return
        url = address.url(password).render_as_string(hide_password=False)
        opened = open_interactively(url, parent=self)
        if opened is None:
            return
        self._remember(address)
        self.opened = opened
        self.accept()

    @staticmethod
    def _field_of(kind: str) -> str | None:
        return {
            server.WRONG_PASSWORD: "Password",
            server.UNKNOWN_USER: "User",
            server.UNREACHABLE: "Host",
            server.NO_DATABASE: "Database",
        }.get(kind)

    def explain(self, problem: server.ConnectionProblem, address: server.ServerAddress) -> str:
        if problem.kind == server.UNREACHABLE:
            return self.tr(
                "The server {0} does not answer on port {1}. Check the host and port, and that "
                "this computer may reach the server (network, VPN, firewall)."
            ).format(address.host, address.port)
        if problem.kind == server.WRONG_PASSWORD:
            return self.tr(
                "The server refused the password for {0}. Type it again (an empty password is "
                "looked up in ~/.pgpass)."
            ).format(address.user)
        if problem.kind == server.UNKNOWN_USER:
            return self.tr("The server has no user called {0}.").format(address.user)
        if problem.kind == server.NO_DATABASE:
            return self.tr("The server has no database called {0}.").format(address.database)
        return self.tr("The server refused the connection: {0}").format(problem.detail)

    def _offer_creation(self, address: server.ServerAddress, password: str) -> bool:
        """True once the missing database exists (created now, empty)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("No such database"))
        box.setText(
            self.tr("The server {0} has no database called {1}.").format(
                address.host, address.database
            )
        )
        box.setInformativeText(
            self.tr(
                "Create it now as a new, empty register owned by {0}? Staff can then connect "
                "to it. If the register should already be there, check its name instead."
            ).format(address.user)
        )
        create = box.addButton(self.tr("Create the register"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if show_box(box) is not create:
            self.say(
                self.tr("The server has no database called {0}.").format(address.database),
                "Database",
            )
            return False
        problem = server.create_database(address, password)
        if problem is not None:
            self.say(
                self.tr("The database {0} could not be created: {1}").format(
                    address.database, problem.detail
                ),
                "Database",
            )
            return False
        return True
