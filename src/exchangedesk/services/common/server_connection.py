"""Connecting to a shared PostgreSQL register by its parts (host, port, database, user), as
File › Connect to a server… asks for them (issue 19).

A failed connection is sorted into what a person can act on: the server not reachable, the
password refused, the user unknown, the database missing (which can be created, as
``exchangedesk init`` would, when the user may). The password is only ever passed through:
an empty one lets the driver read ``~/.pgpass`` as for every connection.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import NullPool

from exchangedesk.domain.errors import ValidationError

DRIVER = "postgresql+psycopg"
DEFAULT_PORT = 5432
TIMEOUT_SECONDS = 5  # a server that does not answer is reported, not waited on for minutes
MAINTENANCE_DATABASE = "postgres"  # where CREATE DATABASE is sent from


@dataclass(frozen=True)
class ServerAddress:
    """Where a shared register is; never holds the password (that is what may be remembered)."""

    host: str
    port: int
    database: str
    user: str

    def shown(self) -> str:
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def url(self, password: str = "") -> URL:
        return URL.create(
            DRIVER,
            username=self.user,
            password=password or None,
            host=self.host,
            port=self.port,
            database=self.database,
        )


def server_address(host: str, port: str | int, database: str, user: str) -> ServerAddress:
    """The address from the dialog's fields; a bad field is named in the error."""
    host, database, user = host.strip(), database.strip(), user.strip()
    if not host:
        raise ValidationError("Host", "is needed (the server's name or address)")
    if re.search(r"\s", host):
        raise ValidationError("Host", "cannot contain spaces")
    try:
        number = int(str(port).strip() or DEFAULT_PORT)
    except ValueError:
        raise ValidationError("Port", f"'{port}' is not a number") from None
    if not 1 <= number <= 65535:
        raise ValidationError("Port", "must be between 1 and 65535")
    if not database:
        raise ValidationError("Database", "is needed (the register's name on the server)")
    if not user:
        raise ValidationError("User", "is needed")
    return ServerAddress(host, number, database, user)


# What went wrong, in the terms of the fields the user filled in.
UNREACHABLE = "unreachable"
WRONG_PASSWORD = "password"
UNKNOWN_USER = "user"
NO_DATABASE = "database"
REFUSED = "refused"  # the server refused for another reason (pg_hba.conf, a limit)


@dataclass(frozen=True)
class ConnectionProblem:
    kind: str
    detail: str  # the server's or driver's own words, for the "details" of a message


def _kind(message: str) -> str:
    lowered = message.lower()
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return WRONG_PASSWORD
    if re.search(r'database ".*" does not exist', lowered):
        return NO_DATABASE
    if re.search(r'role ".*" does not exist', lowered):
        return UNKNOWN_USER
    if any(
        words in lowered
        for words in (
            "connection refused",
            "could not translate host name",
            "name or service not known",
            "timeout expired",
            "no route to host",
            "network is unreachable",
            "could not connect",
        )
    ):
        return UNREACHABLE
    return REFUSED


def problem_of(exc: BaseException) -> ConnectionProblem:
    """The kind of a failed connection, from the driver's message (psycopg gives no SQLSTATE
    for a refusal during the start of a connection)."""
    detail = " ".join(str(getattr(exc, "orig", None) or exc).split())
    return ConnectionProblem(_kind(detail), detail)


def _connect_args() -> dict[str, object]:
    return {"connect_timeout": TIMEOUT_SECONDS}


def probe(address: ServerAddress, password: str = "") -> ConnectionProblem | None:
    """None when the database answers with these credentials; else what is wrong."""
    engine = create_engine(address.url(password), poolclass=NullPool, connect_args=_connect_args())
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except SQLAlchemyError as exc:
        return problem_of(exc)
    finally:
        engine.dispose()
    return None


def create_database(address: ServerAddress, password: str = "") -> ConnectionProblem | None:
    """Create the missing database (as its owner, the connecting user); None when done. The
    register's schema is then made by opening it, as ``exchangedesk init`` does."""
    maintenance = address.url(password).set(database=MAINTENANCE_DATABASE)
    engine = create_engine(
        maintenance, poolclass=NullPool, isolation_level="AUTOCOMMIT", connect_args=_connect_args()
    )
    name = address.database.replace('"', '""')
    try:
        with engine.connect() as connection:
            connection.execute(
                text(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'")
            )
    except SQLAlchemyError as exc:
        return problem_of(exc)
    finally:
        engine.dispose()
    return None
