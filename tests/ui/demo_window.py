"""Fixtures shared by the window tests that look at the demo register in every language
(tests/ui/test_translations.py, tests/ui/test_small_screen.py). Import them by name."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from exchangedesk.db.opening import OpenedDatabase, open_database
from exchangedesk.services.samples.demo import build_demo
from exchangedesk.ui.i18n import install_language


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    opened = open_database(path)
    try:
        build_demo(opened.database)
    finally:
        opened.close()
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[OpenedDatabase]:
    copy = tmp_path / "demo.sqlite3"
    shutil.copy2(demo_file, copy)
    handle = open_database(copy)
    yield handle
    handle.close()


@pytest.fixture
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    """The language installed as make_application would; English again afterwards."""
    code = request.param
    assert install_language(code)
    yield code
    install_language("en")
