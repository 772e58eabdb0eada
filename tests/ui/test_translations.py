"""Every shipped language is finished and is what the window shows (issue 20).

Per language: (a) every message of its .ts is translated with the source's placeholders and
mnemonic; (b) the committed .ts and .qm are what lupdate and lrelease make of the sources now;
(c) the main window on the demo register, every area visited, shows no menu, action, button,
label, tab or column header still in its English source words; (e) Qt's own message box
buttons come translated. And (d) Russian counts take the one/few/many forms.
"""

from __future__ import annotations

import functools
import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import demo_window
import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QMenu,
    QMessageBox,
    QTabBar,
    QWidget,
)

from exchangedesk.db.opening import OpenedDatabase
from exchangedesk.ui.i18n import Home

# The demo register, copied per test, and the language installed (tests/ui/demo_window.py).
demo_file, demo, language = demo_window.demo_file, demo_window.demo, demo_window.language

LANGUAGES = ("de", "fr", "ru")
REPOSITORY = Path(__file__).resolve().parents[2]
TRANSLATIONS = REPOSITORY / "src" / "exchangedesk" / "translations"

# Words the same in both languages: shown untranslated they are still right. Each with why.
SAME_WORDS = {
    "de": {
        "Status": "the German word is Status",
        "Name": "the German word is Name",
        "Delegation": "the German word is Delegation",
        "Organisation": "the German word is Organisation (beside Organisation/Einrichtung)",
        "Person": "the German word is Person",
        "Region": "the German word is Region",
        "Budget": "the German word is Budget",
        "Start": "German says Start for the home page",
        "Hotel": "the German word is Hotel",
        "Sport": "the German word is Sport",
        "Museum": "the German word is Museum",
        "Journalist": "the German word is Journalist",
        "Website": "German uses Website",
        "Format:": "the German word is Format",
        "A4": "a paper size",
        "US Letter": "a paper size's name",
        "ExchangeDesk": "the program's name",
        "EUR": "a currency code",
    },
    "fr": {
        "Organisation": "the French word is organisation",
        "Organisations": "the French word is organisations",
        "Date": "the French word is date",
        "Dates": "the French word is dates",
        "Participants": "the French word is participants",
        "Programme": "the French word is programme",
        "Notes": "the French word is notes",
        "Message": "the French word is message",
        "Total": "the French word is total",
        "Budget": "the French word is budget",
        "Transport": "the French word is transport",
        "Culture": "the French word is culture",
        "Sport": "the French word is sport",
        "Région": "same in both",
        "Source": "the French word is source",
        "Format:": "the French word is format",
        "A4": "a paper size",
        "US Letter": "a paper size's name",
        "ExchangeDesk": "the program's name",
        "EUR": "a currency code",
    },
    "ru": {
        "A4": "a paper size",
        "US Letter": "a paper size's name",
        "ExchangeDesk": "the program's name",
        "EUR": "a currency code",
    },
}
CANCEL = {"de": "Abbrechen", "fr": "Annuler", "ru": "Отмена"}


def _script(name: str):  # noqa: ANN202
    spec = importlib.util.spec_from_file_location(name, REPOSITORY / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@functools.cache
def _stale_files() -> tuple[str, ...]:
    """What scripts/update_translations.py --check says is out of date (run once: ~5 s)."""
    if shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) is None:
        pytest.skip("pyside6-lupdate is not in this environment")
    done = subprocess.run(
        [sys.executable, str(REPOSITORY / "scripts" / "update_translations.py"), "--check"],
        capture_output=True,
        text=True,
        cwd=REPOSITORY,
    )
    return tuple(re.findall(r"out of date: (\S+)", done.stdout)) + (
        ("(failed: " + done.stderr + ")",) if done.returncode not in (0, 1) else ()
    )


def _sources() -> set[str]:
    tree = ET.parse(TRANSLATIONS / "exchangedesk_de.ts")
    return {_plain(m.findtext("source") or "") for m in tree.iter("message")}


def _plain(text: str) -> str:
    """A text as it reads on screen: no mnemonic marker, no shortcut after a tab."""
    return re.sub(r"&(?!&)", "", text).replace("&&", "&").split("\t")[0].strip()


# --- (a) and (b): the files ---------------------------------------------------------------


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_message_finished_and_marked(code: str) -> None:
    problems = _script("ts_translate").problems(code)
    assert problems == [], f"{len(problems)} problems in {code}, first: {problems[:5]}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_committed_files_are_what_lupdate_and_lrelease_make(code: str) -> None:
    stale = [name for name in _stale_files() if f"_{code}." in name or "(" in name]
    generated = [name for name in _stale_files() if name.endswith(".py")]
    assert stale + generated == [], "run scripts/update_translations.py and commit the result"


# --- (c): the window ----------------------------------------------------------------------


def _menu_texts(menu: QMenu) -> Iterator[str]:
    yield menu.title()
    for action in menu.actions():
        if action.menu() is not None:
            yield from _menu_texts(action.menu())
        elif not action.isSeparator():
            yield action.text()
            yield action.toolTip() if action.toolTip() != action.text().replace("&", "") else ""


def _visible_texts(window: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of every menu, action, button, label, tab and column header shown."""
    for action in window.menuBar().actions():
        if action.menu() is not None:
            for text in _menu_texts(action.menu()):
                yield "menu", text
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QAbstractButton):
            yield type(widget).__name__, widget.text()
            yield "tooltip", widget.toolTip()
        elif isinstance(widget, QLabel) and not widget.text().lstrip().startswith("<"):
            yield "label", widget.text()
        elif isinstance(widget, QGroupBox):
            yield "group", widget.title()
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                yield "tab", widget.tabText(index)
        elif isinstance(widget, QListWidget):
            for row in range(widget.count()):
                yield "list", widget.item(row).text()
        elif isinstance(widget, QHeaderView) and widget.orientation().name == "Horizontal":
            model = widget.model()
            if model is not None:
                for column in range(model.columnCount()):
                    yield "header", str(model.headerData(column, widget.orientation()) or "")


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_no_english_left_in_any_area(language: str, make_window, demo: OpenedDatabase) -> None:  # noqa: ANN001
    window = make_window(demo)
    english = _sources() - set(SAME_WORDS[language])
    left: set[tuple[str, str]] = set()
    for spec in window.areas:
        window.show_area(spec.key)
        QApplication.processEvents()
        for where, text in _visible_texts(window):
            shown = _plain(text)
            if shown and shown in english:
                left.add((spec.key, f"{where}: {shown}"))
    assert sorted(left) == [], f"{len(left)} English texts in {language}: {sorted(left)}"


# --- (d) and (e) --------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["ru"], indirect=True)
def test_russian_counts_take_one_few_many(language: str) -> None:
    shown = [Home.tr("%Ln partnerships", "", n) for n in (1, 3, 5)]
    assert [text.split()[0] for text in shown] == ["1", "3", "5"]
    assert len({text.split(maxsplit=1)[1] for text in shown}) == 3, shown


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_qt_message_box_buttons_translated(language: str, qtbot) -> None:  # noqa: ANN001
    box = QMessageBox(QMessageBox.Icon.Question, "?", "?")
    qtbot.addWidget(box)
    box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    cancel = box.button(QMessageBox.StandardButton.Cancel)
    assert _plain(cancel.text()) == CANCEL[language]
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == CANCEL[language]
