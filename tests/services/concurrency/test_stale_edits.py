"""An edit saved over someone else's newer save is refused, naming who saved and when."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import select

from exchangedesk.db.models import AuditEntry
from exchangedesk.domain.errors import StaleEditError
from exchangedesk.domain.people import PersonDraft
from exchangedesk.services.people.edits import create_person, update_person
from exchangedesk.services.people.lists import get_person


def _olga() -> PersonDraft:
    return PersonDraft(family_name="Ivanova", given_name="Olga", role="Interpreter")


def _expected_name(database, member: str) -> str:
    """The audit name: the member alone on SQLite, beside the server role on PostgreSQL."""
    if database.is_sqlite:
        return member
    with database.engine.connect() as connection:
        role = connection.exec_driver_sql("SELECT current_user").scalar_one()
    return f"{member} ({role})"


def test_a_save_over_a_newer_save_is_refused_naming_who_and_when(staff):
    anna, boris = staff("Anna"), staff("Boris")
    made = create_person(anna, _olga(), actor=anna.actor).person
    annas = get_person(anna, made.id)
    boriss = get_person(boris, made.id)

    theirs = dataclasses.replace(boriss.draft, role="Head interpreter")
    update_person(boris, made.id, theirs, expected_version=boriss.version, actor=boris.actor)

    mine = dataclasses.replace(annas.draft, phone="+7 8442 11 11 11")
    with pytest.raises(StaleEditError) as refused:
        update_person(anna, made.id, mine, expected_version=annas.version, actor=anna.actor)

    error = refused.value
    assert error.changed_by == _expected_name(boris, "Boris")
    assert error.changed_at is not None
    assert f"changed by {error.changed_by} on {error.changed_at:%d %b %Y at %H:%M} UTC" in str(
        error
    )
    differing = {f.label: (f.yours, f.theirs) for f in error.fields if f.differs}
    assert differing == {
        "Role": ("Interpreter", "Head interpreter"),
        "Phone": ("+7 8442 11 11 11", ""),
    }
    # Nothing of Anna's edit was saved; Boris's stays.
    now = get_person(anna, made.id)
    assert (now.draft.role, now.draft.phone, now.version) == ("Head interpreter", None, 2)


def test_the_audit_log_names_the_database_user(staff):
    anna = staff("Anna")
    made = create_person(anna, _olga(), actor=anna.actor).person
    with anna.reading() as session:
        actors = session.scalars(
            select(AuditEntry.actor).where(AuditEntry.entity_id == made.id)
        ).all()
    assert actors == [_expected_name(anna, "Anna")]
    if not anna.is_sqlite:
        assert actors[0].endswith(f"({anna.url.username})")


def test_without_a_member_the_log_names_the_login_or_os_user(staff, monkeypatch):
    import getpass

    monkeypatch.setattr(getpass, "getuser", lambda: "secretary")
    someone = staff("")
    expected = "secretary" if someone.is_sqlite else someone.url.username
    assert someone.actor == expected


def test_an_unchanged_save_is_not_refused_and_moves_no_version(staff):
    anna, boris = staff("Anna"), staff("Boris")
    made = create_person(anna, _olga(), actor=anna.actor).person
    first = get_person(boris, made.id)
    saved = update_person(
        boris, made.id, first.draft, expected_version=first.version, actor=boris.actor
    )
    assert saved.person.version == first.version
