"""Fixtures for the persistence tests."""

from __future__ import annotations

import shutil
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from exchangedesk.db import migrate
from exchangedesk.db.opening import open_database
from exchangedesk.db.session import Database
from register_sample import Sample, add_sample


@pytest.fixture
def sample(database: Database) -> Sample:
    return add_sample(database)


@pytest.fixture
def closed_db(db_path: Path) -> Iterator[Path]:
    """A migrated database file holding the sample, closed again (no program has it open)."""
    handle = open_database(db_path)
    try:
        add_sample(handle.database)
    finally:
        handle.close()
    yield db_path


@pytest.fixture
def extra_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Install a revision after the real head (body given by the test) on top of a copy of
    the real migrations folder, and point the runner at that copy. The new revision's id is
    :func:`next_revision` of the real head ("0003" after "0002")."""

    def install(upgrade_body: str) -> Path:
        folder = tmp_path / "migrations"
        shutil.copytree(migrate.migrations_dir(), folder)
        body = textwrap.indent(textwrap.dedent(upgrade_body).strip(), "    ")
        head = migrate.head_revision()
        revision = next_revision(head)
        (folder / "versions" / f"{revision}_test_revision.py").write_text(
            "import sqlalchemy as sa\n"
            "from alembic import op\n\n"
            f'revision = "{revision}"\n'
            f'down_revision = "{head}"\n'
            "branch_labels = None\n"
            "depends_on = None\n\n\n"
            f"def upgrade():\n{body}\n\n\n"
            "def downgrade():\n    pass\n"
        )
        monkeypatch.setattr(migrate, "migrations_dir", lambda: folder)
        assert migrate.head_revision() == revision
        return folder

    return install


def next_revision(head: str) -> str:
    return f"{int(head[:4]) + 1:04d}"  # "0011_perf2": revisions named after a branch start with digits
