"""The retention review in the window: Edit › Privacy › Retention review… lists the demo's
expired passport data (who, what, why, last day), acts only on what is ticked and after asking,
says what was removed; Home says how many people's data is due; Edit › Preferences sets the
periods and shows the service's refusal under the field."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMenu
from sqlalchemy import select

from exchangedesk.db.models import AuditEntry, Person, PersonSensitive
from exchangedesk.db.session import Database
from exchangedesk.domain.privacy import RetentionRule
from exchangedesk.services.privacy.settings import retention_periods
from exchangedesk.ui.dialogs import confirm
from exchangedesk.ui.dialogs.preferences import PreferencesDialog
from exchangedesk.ui.main_window import MainWindow
from exchangedesk.ui.privacy.review import RetentionReviewDialog
from privacy_sample import TODAY, demo


@pytest.fixture
def demo_window(make_window, opened, database: Database) -> MainWindow:  # noqa: ANN001
    demo(database)
    return make_window(opened)


def loaded(qtbot, dialog: RetentionReviewDialog) -> RetentionReviewDialog:  # noqa: ANN001
    """The review is read in the background: wait for it to be listed."""
    qtbot.waitUntil(lambda: not dialog.loading, timeout=20_000)
    return dialog


def vogel(database: Database) -> tuple[int, str | None]:
    with database.reading() as s:
        person = s.scalars(select(Person).filter_by(family_name="Vogel")).one()
        return person.id, s.get(PersonSensitive, person.id).passport_number


def test_the_menu_opens_the_review_of_the_demos_expired_passport(
    demo_window: MainWindow, qtbot
) -> None:  # noqa: ANN001
    edit = demo_window.menuBar().findChild(QMenu, "edit-menu")
    privacy = demo_window.findChild(QMenu, "privacy-menu")
    assert privacy.menuAction() in edit.actions()
    assert privacy is not None and privacy.title() == "Pri&vacy"
    assert [a.text() for a in privacy.actions()] == ["&Retention review…"]
    demo_window.retention_review_action.trigger()
    dialog = demo_window.findChild(RetentionReviewDialog)
    assert dialog is not None and dialog.isVisible()
    loaded(qtbot, dialog)
    heading = dialog.tree.topLevelItem(0)
    assert heading.text(0) == "Passport data after the last visit (1)"
    row = heading.child(0)
    assert row.text(0).startswith("Katrin Vogel")
    assert "passport number" in row.text(1).lower()
    assert "last visit ended on 2025-11-16" in row.text(2)
    assert row.text(3) == "16 May 2026"
    dialog.reject()


def test_apply_asks_acts_only_on_the_chosen_and_says_what_went(
    demo_window: MainWindow, database: Database, monkeypatch, qtbot
) -> None:  # noqa: ANN001
    answers: list[bool] = [False]
    asked: list[str] = []

    def ask(parent, title, text, yes, no) -> bool:  # noqa: ANN001
        asked.append(text)
        return answers[0]

    monkeypatch.setattr(confirm, "ask", ask)
    dialog = RetentionReviewDialog(database, demo_window, today=TODAY)
    assert dialog.loading and not dialog.apply_button.isEnabled()  # opened at once
    assert dialog.intro.text() == "Reading the register…"
    loaded(qtbot, dialog)
    person_id, passport = vogel(database)
    assert passport is not None
    dialog.choose_all(False)
    assert not dialog.apply_button.isEnabled()
    dialog.choose(person_id, RetentionRule.PASSPORT, True)
    assert dialog.apply_button.isEnabled()
    assert dialog.apply_chosen() is None  # "Keep"
    assert "run again first" in asked[-1] and vogel(database)[1] == passport
    answers[0] = True
    result = dialog.apply_chosen()
    loaded(qtbot, dialog)
    assert result is not None and [i.person_id for i in result.cleared] == [person_id]
    assert vogel(database)[1] is None
    assert dialog.outcome.text().startswith("Katrin Vogel: passport number and") and (
        not dialog.outcome.isHidden()
    )
    assert "Nothing is kept past its time" in dialog.intro.text()  # listed afresh
    with database.reading() as s:
        summaries = list(
            s.scalars(select(AuditEntry.summary).where(AuditEntry.action == "retention"))
        )
    assert any("passport_number" in text for text in summaries)
    dialog.reject()


def test_home_says_how_many_peoples_data_is_due(demo_window: MainWindow, qtbot) -> None:  # noqa: ANN001
    home = demo_window.page("home")
    notice = home.retention_notice
    home.today = TODAY
    with qtbot.waitSignal(notice.loaded, timeout=20_000):
        home.load_attention()
    assert notice.count >= 1 and notice.isVisible()
    expected = (
        "1 person's data is due for review"
        if notice.count == 1
        else f"{notice.count} people's data is due for review"
    )
    assert notice.label.text() == expected
    notice.button.click()
    assert demo_window.findChild(RetentionReviewDialog) is not None


def test_an_empty_register_shows_no_notice(window: MainWindow, qtbot) -> None:  # noqa: ANN001
    home = window.page("home")
    with qtbot.waitSignal(home.retention_notice.loaded, timeout=20_000):
        home.load_attention()
    assert home.retention_notice.count == 0 and not home.retention_notice.isVisible()


def test_preferences_set_the_periods_and_show_a_refusal_under_the_field(
    window: MainWindow, database: Database, settings
) -> None:  # noqa: ANN001
    dialog = PreferencesDialog(settings, window, database=database)
    dialog.periods["passport_months"].setText("0")
    dialog.accept()
    assert dialog.result() == 0  # still open
    assert "from 1 to 120" in dialog.messages.message("passport_months")
    assert retention_periods(database).passport_months == 6
    dialog.periods["passport_months"].setText("12")
    dialog.periods["inactive_years"].setText("ten")
    dialog.accept()
    assert "whole number of years" in dialog.messages.message("inactive_years")
    dialog.periods["inactive_years"].setText("7")
    dialog.accept()
    assert dialog.result() == 1
    saved = retention_periods(database)
    assert (saved.passport_months, saved.inactive_years) == (12, 7)
