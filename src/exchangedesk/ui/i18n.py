"""The window's language: which one, and the translators that bring it in (issue 20).

Every translatable text is marked so that ``pyside6-lupdate`` finds it *with the context the
program asks for at run time*: ``self.tr("…")`` inside a QObject class (context: the class name)
or ``translate("Context", "…")`` anywhere else. A helper such as ``def _tr(s): return
translate("X", s)`` is not seen by lupdate at all (or lands in an empty context), so its texts
would stay English: call ``translate`` directly. Counts go through Qt's plural forms,
``self.tr("%Ln letters", "", n)`` (or ``Home.tr`` below), so Russian gets its one/few/many.
``scripts/update_translations.py`` refreshes the .ts files and builds the .qm files.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QTranslator,
)

translate = QCoreApplication.translate


# Contexts for counted texts outside any QObject: lupdate reads ``translate(c, s, "", n)`` as no
# plural at all (and drops it when ``n`` is an attribute), but ``Home.tr(s, "", n)`` right.
class Home(QObject):
    """Texts of the overview (context "Home")."""


class Partnerships(QObject):
    """Texts of the partnerships area (context "Partnerships")."""


SOURCE_LANGUAGE = "en"
# Each in its own words: someone who cannot read the current language still finds theirs.
LANGUAGES = {"en": "English", "de": "Deutsch", "fr": "Français", "ru": "Русский"}
SETTING = "interface/language"  # "" follows the system's locale
ENVIRONMENT = "EXCHANGEDESK_LANGUAGE"  # for tests and one-off runs; wins over the setting
TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "translations"

_installed: list[QTranslator] = []  # Qt keeps no reference: without this they are collected


def system_language() -> str:
    """The first shipped language among the system's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG)."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def chosen_language(settings: QSettings | None = None) -> str:
    """The environment override, else Edit › Preferences' choice, else the system's."""
    wanted = os.environ.get(ENVIRONMENT, "").strip().lower()
    if not wanted:
        stored = (settings if settings is not None else QSettings()).value(SETTING, "")
        wanted = str(stored or "").strip().lower()
    return wanted if wanted in LANGUAGES else system_language()


def stored_language(settings: QSettings | None = None) -> str:
    """What Preferences shows: a language code, or "" for the system's."""
    stored = str((settings if settings is not None else QSettings()).value(SETTING, "") or "")
    return stored if stored in LANGUAGES else ""


def store_language(code: str, settings: QSettings | None = None) -> None:
    (settings if settings is not None else QSettings()).setValue(SETTING, code)


def qm_file(code: str) -> Path:
    return TRANSLATIONS_DIR / f"exchangedesk_{code}.qm"


def install_language(code: str) -> bool:
    """Bring in the program's and Qt's own translations (file dialogs, message box buttons,
    the print dialog) for ``code``, and make it the locale of dates and numbers in the window.
    Installing again replaces what was installed. False if the program's file is missing.
    """
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    system = QLocale.system()
    # The system's own locale when its language is the one chosen keeps its country's habits
    # (de_AT, fr_CH), and English on a "C" system keeps it; otherwise the language's country.
    keep = system.name().split("_")[0] == code or (
        code == SOURCE_LANGUAGE and system.language() == QLocale.Language.C
    )
    chosen = QLocale(system) if keep else QLocale(code)
    # The "C" locale leaves out the thousands separator ("24689 people" on Home): numbers read
    # as the committee writes them ("24,689"), whichever locale is kept.
    chosen.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)
    QLocale.setDefault(chosen)
    if app is None:
        return False
    found = code == SOURCE_LANGUAGE  # its file holds only the plural forms ("1 letter")
    own = QTranslator()
    if own.load(str(qm_file(code))):
        app.installTranslator(own)
        _installed.append(own)
        found = True
    qt = QTranslator()
    if code != SOURCE_LANGUAGE and qt.load(
        f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt)
        _installed.append(qt)
    return found
