"""A new account: no data folder yet, no settings, nothing (issue 12).

The README's start command must open the window on a newly created default register, and a
command without ``--db`` must work there too. Each test runs the program in a process of its own
with an empty HOME and no XDG variables, as a secretary's first login would.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import platformdirs
import pytest

from exchangedesk.db import migrate
from exchangedesk.domain.errors import DatabaseError
from exchangedesk.paths import default_database_path

REPOSITORY = Path(__file__).resolve().parents[1]
DEFAULT_DB = Path(".local", "share", "ExchangeDesk", "exchangedesk.sqlite3")  # under HOME, Linux


def new_account(home: Path) -> dict[str, str]:
    """The environment of a first login: HOME empty, no XDG_* folders named. uv keeps using the
    machine's package cache (a new account would download it; the test must not)."""
    home.mkdir()
    env = {key: value for key, value in os.environ.items() if not key.startswith("XDG_")}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES="qt.qpa.*=false")
    uv = shutil.which("uv")
    if uv is not None and "UV_CACHE_DIR" not in env:
        cache = subprocess.run([uv, "cache", "dir"], capture_output=True, text=True, check=True)
        env["UV_CACHE_DIR"] = cache.stdout.strip()
    return env


def start_command() -> list[str]:
    """The README's start command, `uv run --frozen exchangedesk`; where uv is not installed
    (a wheel installed by pip), the entry point it would run."""
    uv = shutil.which("uv")
    if uv is not None and (REPOSITORY / "uv.lock").is_file():
        return [uv, "run", "--frozen", "exchangedesk"]
    return [str(Path(sys.executable).with_name("exchangedesk"))]


def revision_of(path: Path) -> str | None:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        try:
            return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        except sqlite3.OperationalError:  # the table is not made yet
            return None


def test_the_start_command_on_a_new_account_opens_the_window(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = new_account(home)
    database = home / DEFAULT_DB
    process = subprocess.Popen(
        start_command(),
        cwd=REPOSITORY,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and process.poll() is None:
            if database.is_file() and revision_of(database) == migrate.head_revision():
                break
            time.sleep(0.25)
        time.sleep(2)  # the window is built on the open database: it must still be running
        still_running = process.poll() is None
    finally:
        process.terminate()
        out, err = process.communicate(timeout=30)
    assert still_running, f"the program ended with {process.returncode}:\n{out}\n{err}"
    assert database.is_file(), f"no default register was made:\n{err}"
    assert revision_of(database) == migrate.head_revision()
    assert "does not exist" not in err and "Traceback" not in err, err


def test_the_window_paints_its_first_list_on_a_new_account(tmp_path: Path) -> None:
    """The same start, measured by the start-up probe: the window shows the new register's home
    screen and its first list, painted, then ends by itself."""
    env = new_account(tmp_path / "home")
    done = subprocess.run(
        [*start_command(), "--startup-probe"],
        cwd=REPOSITORY,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    probe = json.loads(done.stdout.strip().splitlines()[-1])
    assert probe["database"] == str(tmp_path / "home" / DEFAULT_DB)
    assert probe["stages_ms"]["first_list_painted"] > 0


def test_a_command_without_db_on_a_new_account_uses_the_new_default(tmp_path: Path) -> None:
    env = new_account(tmp_path / "home")
    pairs = tmp_path / "pairs.csv"
    pairs.write_text(
        "city1,country1,lat1,lng1,city2,country2,lat2,lng2\n"
        "Coventry,United Kingdom,52.4081,-1.5106,Volgograd,Russia,48.7080,44.5133\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-m", "exchangedesk", "import", "pairs", str(pairs)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    database = tmp_path / "home" / DEFAULT_DB
    with sqlite3.connect(database) as connection:
        assert connection.execute("SELECT count(*) FROM partnerships").fetchone() == (1,)


def test_the_default_folder_is_made_with_its_parents(tmp_path, monkeypatch) -> None:
    """Whatever the platform's convention (a deep AppData or Library path), the folder and
    every missing parent are made."""
    deep = tmp_path / "Users" / "olga" / "AppData" / "Local" / "ExchangeDesk"
    monkeypatch.setattr(platformdirs, "user_data_dir", lambda *args, **kwargs: str(deep))
    assert default_database_path() == deep / "exchangedesk.sqlite3"
    assert deep.is_dir()


def test_a_default_folder_that_cannot_be_made_is_said_in_words(tmp_path, monkeypatch) -> None:
    blocker = tmp_path / "share"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setattr(
        platformdirs, "user_data_dir", lambda *args, **kwargs: str(blocker / "ExchangeDesk")
    )
    with pytest.raises(DatabaseError, match="Cannot create the data folder .* --db PATH"):
        default_database_path()
