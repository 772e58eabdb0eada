"""What the Gifts area needs beside the register itself: the list's filters, photos filed
under a gift, the thank-you letter linked from the correspondence register, the undo of a
custody move and of a deletion — each leaving the register exactly as it was."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from aid_support import Committee, committee_fixture, table_rows  # noqa: F401 - fixtures

from exchangedesk.db.models import Document
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import DocumentKind, GiftDirection
from exchangedesk.domain.errors import ConcurrentEditError, ValidationError
from exchangedesk.services.common.attachments import read_attachment, remove_attachment
from exchangedesk.services.gifts.records import (
    add_gift_photo,
    delete_gift,
    find_delegations,
    find_partnerships,
    gift_partnerships,
    gift_photos,
    link_names,
    link_thank_you,
    register_letters,
    restore_gift,
    thank_you_letters,
    unlink_thank_you,
    withdraw_move,
)
from exchangedesk.services.gifts.register import (
    GiftFields,
    GiftFilter,
    Party,
    create_gift,
    get_gift,
    gift_categories,
    gift_history,
    list_gifts,
    move_gift,
)


def _gift(
    database: Database, committee: Committee, title: str, direction: GiftDirection, **more: object
) -> int:
    values: dict[str, object] = {"partnership_id": committee.coventry_volgograd, **more}
    fields = GiftFields(
        direction=direction,
        title=title,
        giver=Party(city_id=committee.volgograd),
        receiver=Party(city_id=committee.coventry),
        **values,  # type: ignore[arg-type]
    )
    return create_gift(database, fields).id


@pytest.fixture
def gifts(database: Database, committee: Committee) -> dict[str, int]:
    return {
        "samovar": _gift(
            database, committee, "Samovar", GiftDirection.RECEIVED, category="Metalwork"
        ),
        "plate": _gift(
            database, committee, "Porcelain plate", GiftDirection.RECEIVED, category="porcelain"
        ),
        "cloth": _gift(
            database,
            committee,
            "Tablecloth",
            GiftDirection.GIVEN,
            category="textile",
            partnership_id=committee.coventry_dresden,
        ),
    }


def _letter(database: Database, title: str, gift_id: int | None = None) -> int:
    with database.unit_of_work() as session:
        document = Document(
            kind=DocumentKind.LETTER,
            title=title,
            issued_on=dt.date(1970, 8, 1),
            recipient_text="Volgograd city council",
            gift_id=gift_id,
        )
        session.add(document)
        session.flush()
        return document.id


def _titles(database: Database, filters: GiftFilter) -> list[str]:
    return sorted(r.title for r in list_gifts(database, filters=filters).rows)


def test_the_list_narrows_by_each_choice(
    database: Database, committee: Committee, gifts: dict[str, int]
) -> None:
    _letter(database, "Thank you for the plate", gifts["plate"])
    assert _titles(database, GiftFilter(direction=GiftDirection.GIVEN)) == ["Tablecloth"]
    assert _titles(database, GiftFilter(category="METALWORK")) == ["Samovar"]
    assert _titles(database, GiftFilter(partnership_id=committee.coventry_dresden)) == [
        "Tablecloth"
    ]
    assert _titles(database, GiftFilter(unthanked_only=True)) == ["Samovar"]
    rows = {r.title: r for r in list_gifts(database).rows}
    assert rows["Samovar"].owes_thanks and not rows["Porcelain plate"].owes_thanks
    assert not rows["Tablecloth"].owes_thanks  # given: no thank-you is owed
    assert gift_categories(database) == ["Metalwork", "porcelain", "textile"]
    assert [name for _id, name in gift_partnerships(database)] == [
        "Coventry – Dresden",
        "Coventry – Volgograd",
    ]
    assert find_partnerships(database, "volg") == [
        (committee.coventry_volgograd, "Coventry – Volgograd")
    ]
    assert find_partnerships(database, "Волгоград") == find_partnerships(database, "volg")
    assert len(find_partnerships(database, "coventry")) == 2
    assert find_delegations(database, "nothing") == []
    assert not GiftFilter().active and GiftFilter(unthanked_only=True).active


def test_a_thank_you_letter_is_linked_and_unlinked(
    database: Database, gifts: dict[str, int]
) -> None:
    letter = _letter(database, "Thank you for the samovar")
    assert [x.title for x in register_letters(database, "samovar")] == ["Thank you for the samovar"]
    assert link_thank_you(database, gifts["samovar"], letter).thanked
    assert [x.id for x in thank_you_letters(database, gifts["samovar"])] == [letter]
    before = table_rows(database)
    with pytest.raises(ValidationError) as refused:
        link_thank_you(database, gifts["plate"], letter)
    assert refused.value.field == "document" and "Samovar" in refused.value.message
    assert table_rows(database) == before
    assert not unlink_thank_you(database, gifts["samovar"], letter).thanked
    assert thank_you_letters(database, gifts["samovar"]) == []


def test_photos_are_filed_under_the_gift(
    database: Database, gifts: dict[str, int], tmp_path: Path
) -> None:
    picture = tmp_path / "samovar.png"
    picture.write_bytes(b"\x89PNG not really")
    photo = add_gift_photo(database, gifts["samovar"], picture)
    assert photo.media_type == "image/png" and photo.partnership_id is None
    assert [p.id for p in gift_photos(database, gifts["samovar"])] == [photo.id]
    assert read_attachment(database, photo.id) == b"\x89PNG not really"
    remove_attachment(database, photo.id)
    assert gift_photos(database, gifts["samovar"]) == []
    with pytest.raises(ValidationError) as refused:
        add_gift_photo(database, gifts["samovar"], tmp_path / "missing.png")
    assert refused.value.field == "photo"


def test_a_move_just_made_can_be_taken_back(database: Database, gifts: dict[str, int]) -> None:
    move_gift(database, gifts["samovar"], dt.date(1970, 7, 24), "Council House")
    history = move_gift(database, gifts["samovar"], dt.date(1990, 1, 1), "Herbert Art Gallery")
    after = withdraw_move(database, gifts["samovar"], history.now.id)  # type: ignore[union-attr]
    assert [m.location for m in after.moves] == ["Council House"]
    with pytest.raises(ValidationError):
        withdraw_move(database, gifts["plate"], after.moves[0].id)


def _as_kept(database: Database) -> dict[str, object]:
    """Every row bar the audit log (which says what happened) and the letters' updated_at
    (which says they were touched); the letters by id and the gift they name."""
    rows: dict[str, object] = {
        name: r
        for name, r in table_rows(database).items()
        if name not in ("audit_log", "documents")
    }
    with database.reading() as session:
        rows["letters"] = [(d.id, d.gift_id) for d in session.query(Document)]
    return rows


def test_a_deleted_gift_comes_back_whole(
    database: Database, gifts: dict[str, int], tmp_path: Path
) -> None:
    samovar = gifts["samovar"]
    move_gift(database, samovar, dt.date(1970, 7, 24), "Council House", "Lord Mayor")
    picture = tmp_path / "samovar.jpg"
    picture.write_bytes(b"jpeg")
    add_gift_photo(database, samovar, picture)
    _letter(database, "Thank you for the samovar", samovar)
    before = _as_kept(database)
    detail = get_gift(database, samovar)
    with pytest.raises(ConcurrentEditError):
        delete_gift(database, samovar, expected_version=detail.version + 1)
    removed = delete_gift(database, samovar, expected_version=detail.version)
    assert samovar not in [r.id for r in list_gifts(database).rows]
    restored = restore_gift(database, removed)
    assert restored.thanked and restored.kept_at == "Council House"
    assert [m.custodian for m in gift_history(database, samovar).moves] == ["Lord Mayor"]
    assert len(gift_photos(database, samovar)) == 1

    assert _as_kept(database) == before
    with pytest.raises(ValidationError):
        restore_gift(database, removed)


def test_the_editor_gets_names_for_what_a_gift_points_to(
    database: Database, committee: Committee, gifts: dict[str, int]
) -> None:
    names = link_names(database, get_gift(database, gifts["samovar"]).fields)
    assert names.get("giver.city_id") == "Volgograd"
    assert names.get("receiver.city_id") == "Coventry"
    assert names.get("partnership_id") == "Coventry – Volgograd"
    assert names.get("giver.person_id") is None


def test_the_partnership_choices_cost_one_statement_however_many_there_are(
    database: Database, gifts: dict[str, int]
) -> None:
    """Issue 18: asking each partnership's name in turn cost 40,202 statements on the federation
    register; the choices are one joined query."""
    from sqlalchemy import event

    seen: list[str] = []

    def count(_conn, _cursor, statement, *_rest) -> None:  # noqa: ANN001
        seen.append(statement)

    event.listen(database.engine, "before_cursor_execute", count)
    try:
        choices = gift_partnerships(database)
    finally:
        event.remove(database.engine, "before_cursor_execute", count)
    assert len(choices) == 2
    assert len([s for s in seen if s.lstrip().upper().startswith("SELECT")]) == 1, seen
