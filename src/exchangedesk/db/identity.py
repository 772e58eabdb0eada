"""Who the audit log names for the changes made through one open database.

On a shared PostgreSQL database the server knows who is connected: ``current_user`` is the
role the member logged in with, so the log names the same person whichever computer they used.
On a SQLite file there is no login: the committee member named in the program's settings, or
else the operating-system user. When several staff share one PostgreSQL role, the member's own
name from the settings is written beside it, so the log still tells them apart.
"""

from __future__ import annotations

import getpass

from sqlalchemy import Engine, text

MAX_ACTOR = 200  # audit_log.actor is a String(200)


def os_user() -> str:
    try:
        return getpass.getuser()[:MAX_ACTOR] or "exchangedesk"
    except Exception:  # no user name in this environment (a service account, a container)
        return "exchangedesk"


def server_user(engine: Engine) -> str | None:
    """The database role the connection logged in as; None for SQLite (no logins)."""
    if engine.dialect.name == "sqlite":
        return None
    with engine.connect() as connection:
        return connection.execute(text("SELECT current_user")).scalar_one()


def audit_name(*, server: str | None, member: str | None, system: str | None = None) -> str:
    """The name written into the audit log: the database user where there is one (with the
    member's own name beside it when that differs), else the member, else the OS user."""
    member = " ".join((member or "").split()) or None
    if server:
        name = server if member in (None, server) else f"{member} ({server})"
    else:
        name = member or system or os_user()
    return name[:MAX_ACTOR]
