"""The city picker: the register's cities first, the gazetteer (loaded in the background, never
blocking the window) after them with the "Stalingrad → Volgograd" hint, and a city typed in by
hand — none of them saved until the partnership is."""

from __future__ import annotations

import threading
import time

import pytest
from partnership_ui import kinds, type_text
from PySide6.QtCore import QModelIndex, Qt

from exchangedesk.db.session import Database
from exchangedesk.services.partnerships.gazetteer import CityDraft, default_gazetteer
from exchangedesk.ui.widgets.city_picker import (
    CityPicker,
    CitySuggestions,
    GazetteerLoader,
    Suggestion,
    SuggestionKind,
)
from partnership_fakes import FakeGazetteer, city_count
from qt_checks import ModelChecker
from sample_committee import SampleIds

LOCAL, GAZETTEER = SuggestionKind.LOCAL, SuggestionKind.GAZETTEER
LOADING, BY_HAND = SuggestionKind.LOADING, SuggestionKind.BY_HAND


@pytest.fixture
def picker(qtbot, database: Database, sample: SampleIds):  # noqa: ANN001, ANN201
    def make(gazetteer) -> CityPicker:  # noqa: ANN001
        widget = CityPicker(database, lambda: gazetteer)
        qtbot.addWidget(widget)
        widget.show()
        return widget

    return make


def test_the_window_does_not_wait_for_the_gazetteer(qtbot, picker) -> None:  # noqa: ANN001
    gate = threading.Event()
    fake = FakeGazetteer(gate=gate)
    widget = picker(fake)
    type_text(widget.edit, "Волгоград")
    rows = widget.search_now()  # returns at once although the gazetteer is still loading
    assert [r.kind for r in rows] == [LOCAL, LOADING, BY_HAND]
    assert rows[0].text == "Volgograd (Волгоград)" and "in your register" in rows[0].detail
    assert rows[1].text == "loading gazetteer…"
    assert not fake.searches
    gate.set()  # the load finishes: the list is searched again by itself
    qtbot.waitUntil(lambda: LOADING not in kinds(widget), timeout=10_000)
    assert kinds(widget) == [LOCAL, BY_HAND]  # the gazetteer's Volgograd is the register's


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("harb", "Harbin (哈尔滨)"),
        ("哈尔滨", "Harbin (哈尔滨)"),
        ("哈爾濱", "哈爾濱 → Harbin (哈尔滨)"),
        ("kyiv", "Kyiv (Київ)"),
        ("Kiev", "Kiev → Kyiv (Київ)"),
    ],
)
def test_gazetteer_hits_with_country_population_and_hint(
    qtbot, picker, typed: str, shown: str
) -> None:  # noqa: ANN001
    fake = FakeGazetteer()
    fake.load()
    widget = picker(fake)
    type_text(widget.edit, typed)
    qtbot.waitUntil(lambda: GAZETTEER in kinds(widget))  # after the pause in typing
    (hit,) = [s for s in widget.model.suggestions() if s.kind is GAZETTEER]
    assert hit.text == shown
    assert "inhabitants" in hit.detail and ("China" in hit.detail or "Ukraine" in hit.detail)


def test_a_local_city_found_by_another_name_says_so(qtbot, picker) -> None:  # noqa: ANN001
    fake = FakeGazetteer()
    fake.load()
    widget = picker(fake)
    widget.edit.setText("eisenhuttenstadt")
    (local, by_hand) = widget.search_now()
    assert (local.kind, local.text) == (LOCAL, "Eisenhüttenstadt")
    assert by_hand.kind is BY_HAND


def test_choosing_holds_a_draft_and_saves_nothing(qtbot, picker, database: Database) -> None:  # noqa: ANN001
    fake = FakeGazetteer()
    fake.load()
    widget = picker(fake)
    before = city_count(database)
    widget.edit.setText("Harbin")
    hit = next(s for s in widget.search_now() if s.kind is GAZETTEER)
    with qtbot.waitSignal(widget.changed):
        widget.choose(hit)
    draft = widget.value()
    assert isinstance(draft, CityDraft) and draft.geonames_id == 2037013
    assert widget.edit.text() == "Harbin (哈尔滨), China"
    assert "offline gazetteer" in widget.note.text() and "5,242,897" in widget.note.text()
    assert widget.city_name == "Harbin"
    assert city_count(database) == before
    # typing again forgets the choice
    type_text(widget.edit, "x")
    assert widget.value() is None and widget.unresolved


def test_a_local_city_is_chosen_by_its_id(qtbot, picker) -> None:  # noqa: ANN001
    fake = FakeGazetteer()
    fake.load()
    widget = picker(fake)
    widget.edit.setText("Kemi")
    local = next(s for s in widget.search_now() if s.kind is LOCAL)
    widget.choose(local)
    assert widget.value() == local.payload.id and widget.note.text() == "In your register"


def test_enter_a_city_by_hand(qtbot, picker) -> None:  # noqa: ANN001
    fake = FakeGazetteer()
    fake.load()
    widget = picker(fake)
    asked: list[str] = []

    def answer(typed: str) -> CityDraft:
        asked.append(typed)
        return CityDraft(name="Suzdal", country_code="RU", native_name="Суздаль")

    widget.ask_city_by_hand = answer
    widget.edit.setText("Suzdal")
    by_hand = widget.search_now()[-1]
    assert by_hand.text == "Enter a city by hand…"
    widget.choose(by_hand)
    assert asked == ["Suzdal"]
    assert widget.value().name == "Suzdal" and widget.edit.text() == "Suzdal (Суздаль), Russia"
    assert widget.note.text() == "New to the register, entered by hand"


def test_picking_from_the_popup_with_the_keyboard(qtbot, picker) -> None:  # noqa: ANN001
    fake = FakeGazetteer()
    fake.load()
    widget = picker(fake)
    widget.activateWindow()
    widget.edit.setFocus()
    qtbot.waitUntil(widget.edit.hasFocus)
    type_text(widget.edit, "Stalingrad")
    popup = widget.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    suggestions = widget.model.suggestions()
    row = next(i for i, s in enumerate(suggestions) if s.kind is GAZETTEER)
    assert suggestions[row].text == "Stalingrad → Volgograd (Волгоград)"
    popup.setCurrentIndex(widget.completer.completionModel().index(row, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: widget.value() is not None)
    assert widget.edit.text() == "Volgograd (Волгоград), Russia"
    assert not popup.isVisible()


def test_the_suggestions_model_passes_the_model_tester(
    qtbot, picker, model_checker: ModelChecker
) -> None:  # noqa: ANN001
    fake = FakeGazetteer()
    fake.load()
    widget = picker(fake)
    model_checker.check(widget.model)
    widget.edit.setText("Volgo")
    widget.search_now()
    widget.edit.setText("哈")
    widget.search_now()
    model = widget.model
    assert model.rowCount() >= 2
    last = model.index(model.rowCount() - 1, 0)
    assert isinstance(last.data(CitySuggestions.SUGGESTION_ROLE), Suggestion)
    assert model.flags(last) & Qt.ItemFlag.ItemIsSelectable
    assert not model.flags(QModelIndex())
    assert model_checker.failures() == []


def test_the_real_gazetteer_in_the_background(qtbot, picker) -> None:  # noqa: ANN001
    """With the real offline gazetteer: ~0.5 s from its cache, ~6 s the first time on this
    machine (measured, not asserted)."""
    gazetteer = default_gazetteer()
    widget = picker(gazetteer)
    started = time.perf_counter()
    widget.edit.setText("Königsberg")
    widget.search_now()
    loader = GazetteerLoader.of(gazetteer)
    qtbot.waitUntil(lambda: GAZETTEER in kinds(widget), timeout=60_000)
    print(f"gazetteer ready after {time.perf_counter() - started:.2f} s ({loader.seconds})")
    first = next(s for s in widget.model.suggestions() if s.kind is GAZETTEER)
    assert first.text == "Königsberg → Kaliningrad (Калининград)"
    assert "Russia" in first.detail
