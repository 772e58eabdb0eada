"""The wheel carries what an installed ExchangeDesk needs at run time: the Alembic environment
and revisions, and the resources folder, inside the package where paths.py looks for them."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    uv = shutil.which("uv")
    if uv is None:
        pytest.skip("uv is not on PATH, so the wheel cannot be built here")
    done = subprocess.run(
        [uv, "build", "--wheel", "--out-dir", str(out), str(REPOSITORY)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    (built,) = out.glob("exchangedesk-*.whl")
    return built


@pytest.mark.slow
def test_the_wheel_ships_migrations_and_resources(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "exchangedesk/migrations/env.py" in names
    assert "exchangedesk/migrations/script.py.mako" in names
    revisions = {n for n in names if n.startswith("exchangedesk/migrations/versions/")}
    assert "exchangedesk/migrations/versions/0001_initial_schema_for_the_whole_domain.py" in (
        revisions
    )
    shipped = {
        p.relative_to(REPOSITORY).as_posix()
        for p in (REPOSITORY / "migrations" / "versions").glob("*.py")
    }
    assert {f"exchangedesk/{name}" for name in shipped} <= revisions  # every revision ships
    assert any(n.startswith("exchangedesk/resources/") for n in names)
    for code in ("en", "de", "fr", "ru"):  # the window's translations (issue 20)
        assert f"exchangedesk/translations/exchangedesk_{code}.qm" in names
    assert not any(n.startswith(("migrations/", "resources/", "tests/")) for n in names)


@pytest.mark.slow
def test_the_unpacked_wheel_migrates_a_database_from_its_own_files(wheel, tmp_path):
    unpacked = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(unpacked)
    probe = textwrap.dedent(
        """
        import sys
        from exchangedesk import paths
        from exchangedesk.db.opening import open_database

        assert paths.migrations_dir().is_relative_to(sys.argv[1]), paths.migrations_dir()
        assert paths.resources_dir().is_relative_to(sys.argv[1]), paths.resources_dir()
        open_database(sys.argv[2]).close()
        print("ok")
        """
    )
    env = {**os.environ, "PYTHONPATH": str(unpacked)}
    done = subprocess.run(
        [sys.executable, "-c", probe, str(unpacked), str(tmp_path / "new.sqlite3")],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=tmp_path,
    )
    assert (done.returncode, done.stdout.strip()) == (0, "ok"), done.stderr
