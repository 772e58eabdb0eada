"""Shared fixtures: every test gets a fresh database built by the migrations, never create_all."""

from __future__ import annotations

import os

# Before anything imports Qt: without a display the whole run would abort.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests read the English source texts whatever the machine's locale (tests that want German,
# French or Russian install it themselves, see tests/ui/test_translations.py).
os.environ["EXCHANGEDESK_LANGUAGE"] = "en"

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from exchangedesk.db.opening import OpenedDatabase, open_database  # noqa: E402
from exchangedesk.db.session import Database  # noqa: E402

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "committee.sqlite3"


@pytest.fixture
def opened(db_path: Path) -> Iterator[OpenedDatabase]:
    handle = open_database(db_path)
    yield handle
    handle.close()


@pytest.fixture
def database(opened: OpenedDatabase) -> Database:
    return opened.database


@pytest.fixture
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip(f"reference data not found at {SHARED_DATA}")
    return SHARED_DATA
