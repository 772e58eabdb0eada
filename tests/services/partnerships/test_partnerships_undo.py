"""Every partnership edit can be undone and redone through the pair of service calls the
window pushes on its undo stack, in any order the stack runs them, version-checked."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from exchangedesk.db.session import Database
from exchangedesk.domain.enums import ActingSide, CooperationArea, PartnershipStatus
from exchangedesk.domain.errors import ConcurrentEditError
from exchangedesk.services.common.attachments import list_attachments
from exchangedesk.services.partnerships.edits import (
    EditBook,
    attaching,
    creation,
    modification,
    removing_attachment,
    status_change,
)
from exchangedesk.services.partnerships.gazetteer import city_from_hit
from exchangedesk.services.partnerships.history import StatusChangeDraft
from exchangedesk.services.partnerships.lists import list_partnerships
from exchangedesk.services.partnerships.records import (
    PartnershipDraft,
    get_partnership,
    update_partnership,
)
from exchangedesk.services.partnerships.support import PartnershipGoneError
from partnership_fakes import HARBIN, city_count, city_id
from sample_committee import SampleIds

TODAY = dt.date(2025, 6, 10)


def _ids(database: Database) -> set[int]:
    return {r.id for r in list_partnerships(database).rows}


def test_creation_undone_removes_it_and_its_new_city_redone_brings_both_back(
    database: Database, sample: SampleIds
) -> None:
    book = EditBook()
    before_ids, before_cities = _ids(database), city_count(database)
    edit = creation(
        database,
        book,
        PartnershipDraft(city_a=city_id(database, "Coventry"), city_b=city_from_hit(HARBIN)),
        today=TODAY,
    )
    first = edit.apply()
    assert city_count(database) == before_cities + 1
    edit.revert()
    assert (_ids(database), city_count(database)) == (before_ids, before_cities)
    second = edit.apply()  # redo: a new record, with a new id
    assert get_partnership(database, second.id).cities == "Coventry – Harbin"
    assert second.id not in before_ids and city_count(database) == before_cities + 1
    edit.revert()
    assert _ids(database) == before_ids
    with pytest.raises(PartnershipGoneError):
        get_partnership(database, first.id)


def test_a_chain_of_edits_undone_and_redone_in_stack_order(
    database: Database, sample: SampleIds
) -> None:
    book = EditBook()
    create = creation(
        database,
        book,
        PartnershipDraft(city_a=city_id(database, "Kemi"), city_b=city_id(database, "Dresden")),
        today=TODAY,
    )
    saved = create.apply()
    opened = get_partnership(database, saved.id)
    edit = modification(
        database,
        book,
        saved.id,
        opened.version_id,
        opened.draft(),
        replace(opened.draft(), areas=frozenset({CooperationArea.SPORT}), notes="Football"),
    )
    edit.apply()
    step = status_change(
        database,
        book,
        saved.id,
        get_partnership(database, saved.id).version_id,
        StatusChangeDraft(PartnershipStatus.SUSPENDED, TODAY, acting_side=ActingSide.PARTNER),
        today=TODAY,
    )
    step.apply()
    assert get_partnership(database, saved.id).status_headline == "Suspended by Dresden"

    # undo all three, newest first
    step.revert()
    assert get_partnership(database, saved.id).status is PartnershipStatus.ACTIVE
    edit.revert()
    assert get_partnership(database, saved.id).notes is None
    create.revert()
    assert saved.id not in _ids(database)

    # redo all three, oldest first: the partnership comes back under a new id and the later
    # commands follow it there
    again = create.apply()
    edit.apply()
    step.apply()
    detail = get_partnership(database, again.id)
    assert (detail.notes, detail.areas, detail.status) == (
        "Football",
        (CooperationArea.SPORT,),
        PartnershipStatus.SUSPENDED,
    )


def test_undo_is_refused_when_someone_else_saved_in_between(
    database: Database, sample: SampleIds
) -> None:
    book = EditBook()
    opened = get_partnership(database, sample.coventry_dresden)
    edit = modification(
        database,
        book,
        opened.id,
        opened.version_id,
        opened.draft(),
        replace(opened.draft(), notes="mine"),
    )
    edit.apply()
    theirs = get_partnership(database, opened.id)
    update_partnership(
        database,
        opened.id,
        replace(theirs.draft(), notes="theirs"),
        expected_version=theirs.version_id,
    )
    with pytest.raises(ConcurrentEditError):
        edit.revert()
    assert get_partnership(database, opened.id).notes == "theirs"


def test_the_first_apply_is_the_version_checked_save(database: Database, sample: SampleIds):
    opened = get_partnership(database, sample.coventry_dresden)
    update_partnership(
        database,
        opened.id,
        replace(opened.draft(), notes="someone else"),
        expected_version=opened.version_id,
    )
    edit = modification(
        database, EditBook(), opened.id, opened.version_id, opened.draft(), opened.draft()
    )
    with pytest.raises(ConcurrentEditError):
        edit.apply()


def test_an_undone_edit_removes_the_city_it_added(database: Database, sample: SampleIds):
    opened = get_partnership(database, sample.kemi_volgograd)
    before = city_count(database)
    edit = modification(
        database,
        EditBook(),
        opened.id,
        opened.version_id,
        opened.draft(),
        replace(opened.draft(), city_b=city_from_hit(HARBIN)),
    )
    edit.apply()
    assert get_partnership(database, opened.id).city_b.name == "Harbin"
    edit.revert()
    assert get_partnership(database, opened.id).city_b.name == "Volgograd"
    assert city_count(database) == before


def test_attaching_and_removing_files_undo_and_redo(
    database: Database, sample: SampleIds, tmp_path: Path
) -> None:
    source = tmp_path / "agreement.pdf"
    source.write_bytes(b"%PDF scan")
    attach = attaching(database, sample.coventry_volgograd, source)
    row = attach.apply()
    attach.revert()
    assert list_attachments(database, sample.coventry_volgograd) == []
    attach.apply()  # redo restores the same attachment, it does not copy the file again
    assert [a.id for a in list_attachments(database, sample.coventry_volgograd)] == [row.id]
    remove = removing_attachment(database, row.id)
    remove.apply()
    assert list_attachments(database, sample.coventry_volgograd) == []
    remove.revert()
    assert [a.id for a in list_attachments(database, sample.coventry_volgograd)] == [row.id]
