"""Edit › Preferences › Your name (issue 16: "Accepted by root"): the committee member at this
computer is named in the audit log and on what they accept, in place of the system login, from
the next change on and at the next start."""

from __future__ import annotations

from sqlalchemy import select

from exchangedesk.db.models import AuditEntry
from exchangedesk.domain.people import PersonDraft
from exchangedesk.services.people.edits import create_person
from exchangedesk.ui.dialogs.preferences import PreferencesDialog
from exchangedesk.ui.main_window import MainWindow
from exchangedesk.ui.sharing.follow import MEMBER_KEY


def test_the_name_given_is_the_actor_from_then_on(
    window: MainWindow,
    make_window,
    opened,  # noqa: ANN001
) -> None:
    dialog = PreferencesDialog(window.settings, window, database=window.database)
    assert dialog.member.text() == ""
    dialog.member.setText("  Margaret   Hill ")
    dialog.accept()
    assert window.settings.value(MEMBER_KEY) == "Margaret Hill"
    assert window.database.actor == "Margaret Hill"

    create_person(
        window.database,
        PersonDraft(given_name="Anna", family_name="Smirnova"),
        actor=window.database.actor,
    )
    with window.database.reading() as session:
        actors = set(session.scalars(select(AuditEntry.actor)))
    assert actors == {"Margaret Hill"}

    again = PreferencesDialog(window.settings, window, database=window.database)
    assert again.member.text() == "Margaret Hill"  # shown as stored

    window.database.set_member(None)  # as a new start: the window reads it from the settings
    make_window(opened, window.settings)
    assert window.database.actor == "Margaret Hill"


def test_an_empty_name_falls_back_to_the_login(window: MainWindow) -> None:
    dialog = PreferencesDialog(window.settings, window, database=window.database)
    dialog.member.setText("Margaret Hill")
    dialog.accept()
    dialog = PreferencesDialog(window.settings, window, database=window.database)
    dialog.member.setText("   ")
    dialog.accept()
    assert window.database.actor not in ("", "Margaret Hill")


def test_an_area_built_before_the_name_was_given_uses_it(window: MainWindow) -> None:
    people = window.page("people")  # built now, before the name is given
    dialog = PreferencesDialog(window.settings, window, database=window.database)
    dialog.member.setText("Margaret Hill")
    dialog.accept()
    assert people.edits.actor == "Margaret Hill"
    assert people.people.detail.actor_name() == "Margaret Hill"
