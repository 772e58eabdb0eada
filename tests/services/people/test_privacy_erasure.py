"""A person erased: no byte of them left in the file, the figures of every report unchanged,
and an older backup restored does not bring them back."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import func, select, text

from exchangedesk.db.models import (
    Attachment,
    AuditEntry,
    Contribution,
    DelegationMember,
    Document,
    Partnership,
    Person,
    PersonSensitive,
)
from exchangedesk.db.opening import open_database
from exchangedesk.db.search_index import people_containing
from exchangedesk.services.aid.campaigns import campaign_totals
from exchangedesk.services.common.attachments import attach_bytes, attachments_dir
from exchangedesk.services.delegations.detail import delegation_detail
from exchangedesk.services.maintenance.upkeep import backup_database, restore_database
from exchangedesk.services.people.privacy_erasure import (
    NOT_RECORDED,
    erase_person,
    erasure_log_path,
    plan_erasure,
    replay_erasures,
)
from privacy_sample import HELEN, OLGA, demo, file_bytes, identifying, remaining

# About the bytes of the SQLite file, its WAL and its backups (issue 22): SQLite only.
pytestmark = pytest.mark.sqlite_only(reason="the SQLite file's bytes")


@pytest.fixture
def register(database):
    demo(database)
    return database


def _checkpointed_bytes(database, path) -> bytes:
    with database.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return file_bytes(path)


def test_no_byte_of_the_person_remains_in_the_file_or_a_new_backup(register, db_path) -> None:
    needles = identifying(register, HELEN)
    assert {"Helen", "Bradshaw", "secretary@example.org", "+44 24 7600 0000", "500000103"} <= set(
        needles
    )
    assert remaining(_checkpointed_bytes(register, db_path), needles)  # the check can see them
    erase_person(register, HELEN)
    assert remaining(_checkpointed_bytes(register, db_path), needles) == []
    backup = backup_database(db_path)
    assert remaining(backup.read_bytes(), needles) == []


def test_names_in_both_scripts_and_in_letter_titles_are_gone(register, db_path) -> None:
    needles = identifying(register, OLGA)
    assert {"Olga", "Smirnova", "Ольга", "Смирнова", "75 0000101"} <= set(needles)
    result = erase_person(register, OLGA)
    assert remaining(_checkpointed_bytes(register, db_path), needles) == []
    assert "Visa support letter for Erased person 24" in {letter.title for letter in result.letters}
    with register.reading() as session:
        person = session.get(Person, OLGA)
        assert person.display_name == "Erased person 24"
        assert session.get(PersonSensitive, OLGA) is None
        assert person.email is None and person.phone is None and person.notes is None
        # Gone from the people search index, found under the new name.
        assert OLGA not in set(session.scalars(people_containing("smirnova")))
        assert OLGA in set(session.scalars(people_containing("erased person 24")))
        letters = session.scalar(select(func.count()).where(Document.recipient_person_id == OLGA))
        assert letters == 3  # the register still says three letters were sent


def test_figures_stay_the_same(register) -> None:
    with register.reading() as session:
        delegations = list(
            session.scalars(
                select(DelegationMember.delegation_id).where(DelegationMember.person_id == HELEN)
            )
        )
        campaigns = set(
            session.scalars(
                select(Contribution.campaign_id).where(Contribution.donor_person_id == HELEN)
            )
        )
    assert delegations and campaigns
    members = {d: len(delegation_detail(register, d).members) for d in delegations}
    totals = {c: campaign_totals(register, c) for c in campaigns}
    erase_person(register, HELEN)
    assert {d: len(delegation_detail(register, d).members) for d in delegations} == members
    assert {c: campaign_totals(register, c) for c in campaigns} == totals


def test_the_audit_log_says_an_erasure_happened_not_who(register) -> None:
    erase_person(register, OLGA)
    with register.reading() as session:
        entry = session.execute(
            select(AuditEntry.actor, AuditEntry.summary).where(
                AuditEntry.action == "erase", AuditEntry.entity_id == OLGA
            )
        ).one()
        summaries = " ".join(session.scalars(select(AuditEntry.summary)).all())
    assert entry.actor == NOT_RECORDED
    assert entry.summary == "Personal data of Erased person 24 erased"
    assert "Smirnova" not in summaries


def test_kept_copies_of_letters_are_deleted_and_noted(register) -> None:
    with register.reading() as session:
        partnership = session.scalar(select(Partnership.id).order_by(Partnership.id))
        letter = session.scalar(
            select(Document.id).where(Document.recipient_person_id == OLGA).order_by(Document.id)
        )
    copy = attach_bytes(register, partnership, b"%PDF letter to Olga Smirnova", "letter.pdf")
    with register.unit_of_work() as session:
        session.get(Document, letter).attachment_id = copy.id
    with register.reading() as session:
        stored = attachments_dir(register) / session.get(Attachment, copy.id).stored_name
    assert stored.exists()
    plan = plan_erasure(register, OLGA)
    assert plan.files == 1 and any(letter.has_copy for letter in plan.letters)
    result = erase_person(register, OLGA)
    assert result.files_deleted == 1 and not stored.exists()
    with register.reading() as session:
        assert session.get(Attachment, copy.id) is None
        kept = session.get(Document, letter)
        assert kept.attachment_id is None and "kept copy" in kept.notes


def test_a_letter_about_them_to_someone_else_keeps_its_recipient(register) -> None:
    with register.unit_of_work() as session:
        template = session.scalar(select(Document).where(Document.recipient_person_id == OLGA))
        about = Document(
            kind=template.kind,
            title="Visa support letter for Olga Smirnova",
            issued_on=template.issued_on,
            recipient_text="Embassy of the United Kingdom",
        )
        session.add(about)
        session.flush()
        about_id = about.id
    plan = plan_erasure(register, OLGA)
    assert about_id in {letter.document_id for letter in plan.letters}
    erase_person(register, OLGA)
    with register.reading() as session:
        kept = session.execute(
            select(Document.recipient_text, Document.title).where(Document.id == about_id)
        ).one()
    assert tuple(kept) == (
        "Embassy of the United Kingdom",
        "Visa support letter for Erased person 24",
    )


def test_an_older_backup_restored_is_erased_again(register, opened, db_path) -> None:
    needles = identifying(register, OLGA)
    older = backup_database(db_path)
    erase_person(register, OLGA)
    assert erasure_log_path(register).read_text().split()[0] == str(OLGA)
    assert "Smirnova" not in erasure_log_path(register).read_text()
    opened.close()  # restoring needs the instance lock
    restore_database(older, db_path)
    reopened = open_database(db_path)
    try:
        with reopened.database.reading() as session:
            assert session.get(Person, OLGA).display_name == "Erased person 24"
        assert replay_erasures(reopened.database) == []  # already done by the restore
        assert remaining(_checkpointed_bytes(reopened.database, db_path), needles) == []
    finally:
        reopened.close()


def test_replay_leaves_a_different_person_with_the_same_id_alone(register, db_path) -> None:
    log = erasure_log_path(register)
    log.write_text(f"{OLGA} 1999-01-01T00:00:00+00:00\n", encoding="utf-8")
    assert replay_erasures(register) == []
    with register.reading() as session:
        assert session.get(Person, OLGA).display_name == "Olga Smirnova"


def test_erasing_twice_is_harmless_and_an_unknown_person_is_refused(register) -> None:
    erase_person(register, OLGA)
    digest = hashlib.sha256(str(plan_erasure(register, OLGA)).encode()).hexdigest()
    erase_person(register, OLGA)
    assert hashlib.sha256(str(plan_erasure(register, OLGA)).encode()).hexdigest() == digest
    with pytest.raises(Exception, match="no person #9999"):
        erase_person(register, 9999)
    with register.reading() as session:
        assert session.execute(text("PRAGMA secure_delete")).scalar() == 1
