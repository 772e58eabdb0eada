"""Opening a database at this program's schema does not import Alembic (a quarter of the
window's start-up imports), and the head it reads from the revision files is Alembic's."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from exchangedesk.db import migrate
from exchangedesk.db.opening import _head_from_files, open_database


def test_the_head_read_from_the_files_is_alembics():
    assert _head_from_files() == migrate.head_revision()


def test_opening_an_up_to_date_database_leaves_alembic_unloaded(tmp_path: Path):
    path = tmp_path / "committee.sqlite3"
    open_database(path).close()  # created and migrated: Alembic runs here, in this process
    script = (
        "import sys\n"
        "from exchangedesk.db.opening import open_database\n"
        f"open_database({str(path)!r}).close()\n"
        "print(sorted(m for m in ('alembic', 'mako', 'pygments') if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert (done.returncode, done.stdout.strip()) == (0, "[]"), done.stderr
