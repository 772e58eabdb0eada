"""Pick a city by typing any of its names, in any script: "Volgograd", "Волгоград",
"eisenhuttenstadt", "哈尔滨", "Stalingrad".

Suggestions come from the register's own cities first, then from the offline gazetteer (with
country, population and a "Stalingrad → Volgograd" hint when a former or foreign name matched),
then "Enter a city by hand…". The gazetteer takes about half a second to read from its cache,
several seconds the first time, so it is loaded in the background (``ui.tasks``) and the list
says "loading gazetteer…" until it is there; the window never waits for it.

Nothing is saved here: a gazetteer hit or a city typed in by hand is held as a draft and saved
with the partnership, so a cancelled editor leaves the register untouched.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QCompleter, QLabel, QLineEdit, QVBoxLayout, QWidget

from exchangedesk.db.session import Database
from exchangedesk.domain.text import fold
from exchangedesk.services.partnerships.gazetteer import (
    CityDraft,
    CityRow,
    GazetteerHit,
    city_from_hit,
    default_gazetteer,
    find_cities,
)
from exchangedesk.ui.dialogs import run_dialog
from exchangedesk.ui.formatting import country_text
from exchangedesk.ui.tasks import Task
from exchangedesk.ui.theme import icon, muted_text

SEARCH_DELAY_MS = 150
LOCAL_LIMIT = 5
GAZETTEER_LIMIT = 8
POPUP_WIDTH = 560
AnyIndex = QModelIndex | QPersistentModelIndex


class SuggestionKind(enum.Enum):
    LOCAL = "local"  # a city of the register
    GAZETTEER = "gazetteer"  # a GeoNames city, new to the register
    LOADING = "loading"  # the gazetteer is not there yet
    NOTHING = "nothing"  # nothing matches
    BY_HAND = "by_hand"  # "Enter a city by hand…"


ICONS = {
    SuggestionKind.LOCAL: "mdi6.city-variant-outline",
    SuggestionKind.GAZETTEER: "mdi6.earth",
    SuggestionKind.LOADING: "mdi6.timer-sand",
    SuggestionKind.NOTHING: "mdi6.magnify-close",
    SuggestionKind.BY_HAND: "mdi6.pencil-plus-outline",
}


@dataclass(frozen=True)
class Suggestion:
    kind: SuggestionKind
    text: str  # "Stalingrad → Volgograd (Волгоград)"
    detail: str = ""  # "Russia · 1,013,533 inhabitants · new to the register"
    payload: CityRow | GazetteerHit | None = None

    @property
    def choosable(self) -> bool:
        return self.kind not in (SuggestionKind.LOADING, SuggestionKind.NOTHING)


class CitySuggestions(QAbstractListModel):
    """The pick list under the city field."""

    SUGGESTION_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Suggestion] = []

    def set_suggestions(self, rows: Sequence[Suggestion]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def suggestions(self) -> list[Suggestion]:
        return list(self._rows)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return f"{row.text}   —   {row.detail}" if row.detail else row.text
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.kind is SuggestionKind.GAZETTEER:
                return self.tr("{0} — new to the register, from the offline gazetteer").format(
                    row.detail
                )
            return row.detail or row.text
        if role == Qt.ItemDataRole.DecorationRole:
            return icon(ICONS[row.kind])
        if role == Qt.ItemDataRole.ForegroundRole and not row.choosable:
            return muted_text()
        if role == self.SUGGESTION_ROLE:
            return row
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].choosable:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.NoItemFlags


class GazetteerLoader(QObject):
    """Loads one gazetteer in the background, once, for every picker that asks."""

    ready = Signal()
    failed = Signal(str)

    _loaders: dict[int, GazetteerLoader] = {}

    def __init__(self, gazetteer: Any) -> None:
        super().__init__()
        self.gazetteer = gazetteer
        self.task: Task | None = None
        self.seconds: float | None = None  # how long the load took, for the status bar
        self.error: str | None = None

    @classmethod
    def of(cls, gazetteer: Any) -> GazetteerLoader:
        loader = cls._loaders.get(id(gazetteer))
        if loader is None or loader.gazetteer is not gazetteer:
            loader = cls._loaders[id(gazetteer)] = GazetteerLoader(gazetteer)
        return loader

    @property
    def loading(self) -> bool:
        return self.task is not None and self.task.is_running

    def ensure(self) -> bool:
        """True if the gazetteer can be searched now; otherwise start loading it."""
        if self.gazetteer.is_loaded:
            return True
        if not self.loading:
            self.error = None
            self.task = Task(lambda _control: self.gazetteer.load())
            self.task.result.connect(self._loaded)
            self.task.error.connect(self._failed)
            self.task.start()
        return False

    def _loaded(self, seconds: float) -> None:
        self.seconds = seconds
        self.ready.emit()

    def _failed(self, error: BaseException) -> None:
        self.error = str(error)
        self.failed.emit(self.error)


def population_text(count: int) -> str:
    """ "1,013,533": grouped even where the system locale is plain C (as on servers)."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return f"{count:,}"
    return locale.toString(count)


def _named(name: str, native: str | None) -> str:
    return f"{name} ({native})" if native and native != name else name


class CityPicker(QWidget):
    """A line to type a city's name in, its suggestions, and what was chosen."""

    changed = Signal()  # the chosen city changed (or was cleared by typing)

    def __init__(
        self,
        database: Database,
        gazetteer_source: Callable[[], Any] = default_gazetteer,
        placeholder: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._gazetteer_source = gazetteer_source
        self._value: int | CityDraft | None = None
        self._name = ""
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(
            placeholder or self.tr("Type a name in any language: Volgograd, Волгоград, 哈尔滨…")
        )
        self.edit.setClearButtonEnabled(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"color: {muted_text().name()};")
        self.note.hide()
        self.model = CitySuggestions(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(12)
        self.completer.popup().setMinimumWidth(POPUP_WIDTH)  # room for the country and size
        # setWidget, not QLineEdit.setCompleter: the line shows our label for the choice,
        # not the pick list's text.
        self.completer.setWidget(self.edit)
        self.completer.activated[QModelIndex].connect(self._activated)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.edit.textEdited.connect(self._typed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.note)
        self.setFocusProxy(self.edit)
        self._loader: GazetteerLoader | None = None

    # --- the value -----------------------------------------------------------------------

    def value(self) -> int | CityDraft | None:
        """The city's id if it is in the register, a draft if it is new, None if none."""
        return self._value

    @property
    def city_name(self) -> str:
        """The chosen city's name ("Volgograd"), empty when none is chosen."""
        return self._name if self._value is not None else ""

    @property
    def unresolved(self) -> bool:
        """A name is typed but no city was picked for it."""
        return self._value is None and bool(self.edit.text().strip())

    def set_city(self, city: CityRow | None) -> None:
        """Show a city of the register (the editor of an existing partnership)."""
        if city is None:
            self._set(None, "", "")
        else:
            self._name = city.name
            self._set(city.id, city.label, self.tr("In your register"))

    def set_draft(self, draft: CityDraft, note: str = "") -> None:
        country = country_text(draft.country_code) or draft.country_code
        self._name = draft.name
        self._set(draft, f"{_named(draft.name, draft.native_name)}, {country}", note)

    def _set(self, value: int | CityDraft | None, text: str, note: str) -> None:
        self._timer.stop()
        self._value = value
        self.edit.setText(text)
        self.edit.setCursorPosition(0)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.completer.popup().hide()
        self.changed.emit()

    # --- searching -----------------------------------------------------------------------

    @property
    def gazetteer(self) -> Any:
        return self._gazetteer_source()

    def _typed(self, _text: str) -> None:
        if self._value is not None:
            self._value = None
            self.note.hide()
            self.changed.emit()
        self._timer.start()

    def search_now(self) -> list[Suggestion]:
        """Suggestions for the text typed (also called by the timer after a pause)."""
        self._timer.stop()
        text = self.edit.text().strip()
        rows = self.suggestions_for(text) if text else []
        self.model.set_suggestions(rows)
        if rows and self.edit.hasFocus():
            self.completer.complete()
        return rows

    def suggestions_for(self, text: str) -> list[Suggestion]:
        local = find_cities(self._database, text, limit=LOCAL_LIMIT)
        rows = [self._local(city, text) for city in local]
        loader = GazetteerLoader.of(self.gazetteer)
        if loader.ensure():
            # A hit the register already holds is not offered twice: the same GeoNames id,
            # or (for a city entered without one) the same name in the same country.
            known = {city.geonames_id for city in local if city.geonames_id}
            named = {(fold(city.name), city.country_code) for city in local}
            for hit in self.gazetteer.search(text, limit=GAZETTEER_LIMIT + len(local)):
                if hit.geonames_id in known or (fold(hit.name), hit.country_code) in named:
                    continue
                if len(rows) < LOCAL_LIMIT + GAZETTEER_LIMIT:
                    rows.append(self._gazetteer(hit))
        else:
            self._listen(loader)
            if loader.error:
                message = self.tr("the gazetteer could not be loaded: {0}").format(loader.error)
            else:
                message = self.tr("loading gazetteer…")
            rows.append(Suggestion(SuggestionKind.LOADING, message))
        if not rows:
            rows.append(
                Suggestion(SuggestionKind.NOTHING, self.tr("No city called “{0}”").format(text))
            )
        rows.append(Suggestion(SuggestionKind.BY_HAND, self.tr("Enter a city by hand…")))
        return rows

    def _local(self, city: CityRow, typed: str) -> Suggestion:
        names = (city.name, city.native_name or "", city.transliteration or "")
        other = not any(fold(typed) in fold(name) for name in names if name)
        shown = _named(city.name, city.native_name)
        if other:  # found by a former or foreign name: say which
            shown = f"{typed} → {shown}"
        detail = self.tr("{0} · in your register").format(country_text(city.country_code))
        return Suggestion(SuggestionKind.LOCAL, shown, detail, city)

    def _gazetteer(self, hit: GazetteerHit) -> Suggestion:
        shown = _named(hit.name, hit.native_name)
        if hit.matched_other_name and hit.matched_name != hit.native_name:
            shown = f"{hit.matched_name} → {shown}"
        place = ", ".join(part for part in (hit.region, country_text(hit.country_code)) if part)
        parts = [place]
        if hit.population:
            parts.append(self.tr("{0} inhabitants").format(population_text(hit.population)))
        return Suggestion(SuggestionKind.GAZETTEER, shown, " · ".join(parts), hit)

    def _listen(self, loader: GazetteerLoader) -> None:
        if self._loader is loader:
            return
        self._loader = loader
        loader.ready.connect(self._gazetteer_ready)
        loader.failed.connect(self._gazetteer_ready)

    def _gazetteer_ready(self, *_args: object) -> None:
        if self.unresolved:
            self.search_now()

    # --- choosing ------------------------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        suggestion = index.data(CitySuggestions.SUGGESTION_ROLE)
        if isinstance(suggestion, Suggestion):
            # After the completer's own handling of the key press, or it re-shows the list.
            QTimer.singleShot(0, lambda: self.choose(suggestion))

    def choose(self, suggestion: Suggestion) -> None:
        """Take a suggestion as if it had been picked from the list."""
        payload = suggestion.payload
        if suggestion.kind is SuggestionKind.LOCAL and isinstance(payload, CityRow):
            self.set_city(payload)
        elif suggestion.kind is SuggestionKind.GAZETTEER and isinstance(payload, GazetteerHit):
            facts = [self.tr("New to the register, from the offline gazetteer (GeoNames)")]
            if payload.population:
                facts.append(self.tr("{0} inhabitants").format(population_text(payload.population)))
            if payload.timezone:
                facts.append(payload.timezone)
            self.set_draft(city_from_hit(payload), " · ".join(facts))
        elif suggestion.kind is SuggestionKind.BY_HAND:
            self.enter_by_hand()

    def enter_by_hand(self) -> None:
        typed = self.edit.text().strip() if self._value is None else ""
        draft = self.ask_city_by_hand(typed)
        if draft is not None:
            self.set_draft(draft, self.tr("New to the register, entered by hand"))

    def ask_city_by_hand(self, typed: str) -> CityDraft | None:
        """The small form for a place the gazetteer lacks (tests answer for the user here)."""
        from exchangedesk.ui.partnerships.city_by_hand import CityByHandDialog

        dialog = CityByHandDialog(typed, self)
        return dialog.draft if run_dialog(dialog) else None
