"""Other windows learn that the register changed: PRAGMA data_version on SQLite (across
processes), LISTEN/NOTIFY from the 0007 triggers on PostgreSQL; a lost server in words."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from exchangedesk.db.change_notices import ChangeNews, PostgresWatcher, watcher_for
from exchangedesk.db.opening import open_database
from exchangedesk.domain.errors import ConnectionLostError
from exchangedesk.domain.people import PersonDraft
from exchangedesk.services.people.edits import create_person
from exchangedesk.services.people.lists import list_people

PATIENCE_S = 20  # how long a poll loop waits for news before the test fails (never on a pass)


def _news(watcher, until=lambda news: news.changed) -> ChangeNews:
    deadline = time.monotonic() + PATIENCE_S
    while time.monotonic() < deadline:
        news = watcher.poll()
        if until(news):
            return news
        time.sleep(0.02)
    pytest.fail("no news within the patience of the test")


ADD_IN_ANOTHER_PROCESS = """
import sys
from exchangedesk.db.opening import open_database
from exchangedesk.domain.people import PersonDraft
from exchangedesk.services.people.edits import create_person
handle = open_database(sys.argv[1], take_lock=False)
create_person(handle.database, PersonDraft(family_name="Kuznetsova"), actor="other")
handle.close()
"""


def test_a_change_committed_by_another_process_is_noticed(shared_location):
    handle = open_database(shared_location, take_lock=False)
    watcher = watcher_for(handle.database.url)
    try:
        assert not watcher.poll().changed  # nothing happened yet
        subprocess.run([sys.executable, "-c", ADD_IN_ANOTHER_PROCESS, shared_location], check=True)
        news = _news(watcher)
        assert news.tables & {"*", "people"}
        assert not news.reconnected and news.lost is None
        assert not watcher.poll().changed  # each change is news once
    finally:
        watcher.close()
        handle.close()


def test_postgresql_names_the_tables_that_changed(pg_database_url):
    location = pg_database_url.render_as_string(hide_password=False)
    anna, boris = open_database(location), open_database(location)
    watcher = watcher_for(anna.database.url)
    try:
        assert isinstance(watcher, PostgresWatcher)
        create_person(boris.database, PersonDraft(family_name="Volkova"), actor="Boris")
        news = _news(watcher)
        # The person and their audit entry, one transaction: one notice per table.
        assert news.tables == {"people", "audit_log"}
    finally:
        watcher.close()
        anna.close()
        boris.close()


def test_a_consent_recorded_elsewhere_is_news_on_postgresql(pg_database_url):
    """privacy_consents came after 0008's triggers; 0010_privacy3 gives it one."""
    import datetime as dt

    from exchangedesk.domain.privacy import ConsentMethod, ConsentPurpose
    from exchangedesk.services.privacy.consents import ConsentDraft, record_consent

    location = pg_database_url.render_as_string(hide_password=False)
    anna, boris = open_database(location), open_database(location)
    watcher = watcher_for(anna.database.url)
    try:
        made = create_person(boris.database, PersonDraft(family_name="Volkova"), actor="Boris")
        _news(watcher)  # the person's own notice
        draft = ConsentDraft(ConsentPurpose.PHOTOS, dt.date(2026, 5, 2), ConsentMethod.EMAIL)
        record_consent(boris.database, made.person.id, draft, actor="Boris")
        news = _news(watcher, until=lambda n: "privacy_consents" in n.tables)
        assert "privacy_consents" in news.tables
    finally:
        watcher.close()
        anna.close()
        boris.close()


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_a_dropped_listener_says_so_in_words_then_reconnects(pg_database_url):
    location = pg_database_url.render_as_string(hide_password=False)
    handle = open_database(location)
    clock = FakeClock()
    watcher = PostgresWatcher(handle.database.url, clock=clock)
    admin = create_engine(pg_database_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
            )
        lost = _news(watcher, until=lambda news: news.lost is not None)
        assert "connection to the shared database" in lost.lost
        assert "Traceback" not in lost.lost and "psycopg" not in lost.lost
        clock.now += 10  # the retry interval has passed
        back = watcher.poll()
        assert back.reconnected and back.changed and back.lost is None
        # The program's own pooled connections were terminated too: pool_pre_ping replaces
        # them, so the next list is read without the user seeing anything.
        assert list_people(handle.database).total == 0
    finally:
        admin.dispose()
        watcher.close()
        handle.close()


def test_a_server_that_is_not_there_is_a_message_not_a_traceback(pg_database_url):
    location = pg_database_url.render_as_string(hide_password=False)
    handle = open_database(location)
    try:
        gone = make_url(location).set(port=1)  # nothing listens on port 1
        handle.database.engine.dispose()
        handle.database.engine = create_engine(gone, pool_pre_ping=True)
        handle.database.__post_init__()  # sessions on the unreachable engine
        before = handle.database.connection_losses
        with pytest.raises(ConnectionLostError) as refused:
            list_people(handle.database)
        message = str(refused.value)
        assert "was lost" in message and "Nothing of what you were doing was saved" in message
        assert "SELECT" not in message and "psycopg" not in message
        assert handle.database.connection_losses == before + 1
    finally:
        handle.close()
