"""Where ExchangeDesk finds its shipped files and keeps the user's data.

One place answers "where is X", so the same code works from a source checkout (editable install,
where ``migrations/`` and ``resources/`` sit at the top of the repository) and from an installed
wheel (where the build copied them inside the package).
"""

from __future__ import annotations

from pathlib import Path

import platformdirs

from exchangedesk.domain.errors import DatabaseError

APP_NAME = "ExchangeDesk"
_PACKAGE_DIR = Path(__file__).resolve().parent


def _shipped_dir(name: str) -> Path:
    inside = _PACKAGE_DIR / name  # installed wheel (hatch force-include)
    if inside.is_dir():
        return inside
    checkout = _PACKAGE_DIR.parent.parent / name  # src/exchangedesk -> repository root
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"ExchangeDesk is incomplete: the '{name}' folder was not found")


def migrations_dir() -> Path:
    return _shipped_dir("migrations")


def resources_dir() -> Path:
    return _shipped_dir("resources")


def resource(*parts: str) -> Path:
    """Path of one shipped resource, e.g. ``resource("templates", "invitation.txt")``."""
    return resources_dir().joinpath(*parts)


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database_path() -> Path:
    """The register used when no ``--db`` is given. On a new account its folder does not exist
    yet (``~/.local/share/ExchangeDesk``, ``%LOCALAPPDATA%\\ExchangeDesk``, ``~/Library/Application
    Support/ExchangeDesk``); it is ours, so it is made here, with its parents. A folder the user
    names with ``--db`` is never created: a typo there should be reported, not obeyed."""
    folder = user_data_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise DatabaseError(
            f"Cannot create the data folder '{folder}' for the default register: {reason}. "
            "Give another place with --db PATH."
        ) from exc
    return folder / "exchangedesk.sqlite3"


def default_backup_dir(database: Path) -> Path:
    """Backups sit beside the database in a folder of their own, so they travel with it."""
    return database.parent / "backups"
