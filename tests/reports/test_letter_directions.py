"""Every letter true for the visit's direction, rendered through the print catalogue (what the
window and ``exchangedesk print`` use) and read back with pdftotext: who invites, who hosts,
where the visit goes. A letter is refused for the wrong direction, and a letter whose facts
are not recorded is refused naming them, or leaves the sentence out — never a blank."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import delete, func, select, update

from exchangedesk import cli
from exchangedesk.db.models import Delegation, DelegationMember, Document, Gift
from exchangedesk.db.opening import open_database
from exchangedesk.domain.enums import Direction, GiftDirection
from exchangedesk.domain.errors import ValidationError
from exchangedesk.services.documents.catalogue import render_document
from exchangedesk.services.documents.catalogue_visits import letter_choices
from reports.conftest import ISSUED, delegation_id, flat, pdf_text

INCOMING = "Teachers, students"  # Volgograd's teachers visit Coventry
OUTGOING = "Lord Mayor's visit"  # Coventry's Lord Mayor travels to Harbin


@pytest.fixture
def writable(demo_copy):  # noqa: ANN001, ANN201
    handle = open_database(demo_copy)
    yield handle.database
    handle.close()


def letter_text(database, title: str, template: str, tmp_path) -> str:  # noqa: ANN001
    # English only: side by side with Russian, pdftotext would interleave the columns.
    done = render_document(
        database,
        "letter",
        delegation_id(database, title),
        template=template,
        language="en",
        issued_on=ISSUED,
    )
    return flat(pdf_text(done.pdf, tmp_path, f"{template}.pdf"))


def register_size(database) -> int:  # noqa: ANN001
    with database.reading() as session:
        return session.scalar(select(func.count()).select_from(Document))


# -- incoming: guests come to Coventry ---------------------------------------------------------


def test_the_invitation_invites_the_guests_to_coventry(demo, tmp_path):
    text = letter_text(demo, INCOMING, "invitation", tmp_path)
    assert "Dear Ms Smirnova," in text  # to the head of the delegation that comes
    assert "invite you and the members of your delegation to visit Coventry" in text
    assert "accommodation and travel within Coventry" in text
    assert "Volgograd" in text and "Harbin" not in text


def test_the_visa_support_letter_says_the_guests_visit_coventry_at_our_invitation(demo, tmp_path):
    text = letter_text(demo, INCOMING, "visa_support", tmp_path)
    assert "will visit Coventry, United Kingdom" in text and "at our invitation" in text
    assert "Embassy or consulate United Kingdom" in text


def test_the_authorities_are_told_of_a_delegation_from_the_partner_staying_here(demo, tmp_path):
    text = letter_text(demo, INCOMING, "authorities", tmp_path)
    assert "Delegation from Volgograd:" in text and "Coventry City Council" in text
    assert "a delegation of 12 from Volgograd, led by Olga Smirnova, will stay in Coventry" in text
    assert "during its stay in Coventry" in text


def test_the_thank_you_letter_welcomed_the_givers_here(demo, tmp_path):
    text = letter_text(demo, "Dresden delegation", "thank_you", tmp_path)
    assert "Dear Frau Vogel," in text and "to Coventry from" in text


# -- outgoing: Coventry's delegation travels to Harbin -----------------------------------------


def test_the_announcement_tells_the_hosts_who_travels_to_harbin(demo, tmp_path):
    text = letter_text(demo, OUTGOING, "announcement", tmp_path)
    assert text.count("Harbin Municipal Foreign Affairs Office") == 1  # the hosts, addressed
    assert "Delegation from Coventry to Harbin:" in text
    assert (
        "a delegation of 5 from Coventry, led by Jennifer Ashworth, will travel to Harbin" in text
    )
    assert "Wei Li" in text and "李伟" in text
    for untrue in ("at our invitation", "invite you", "We shall look after", "Dear Cllr Ashworth"):
        assert untrue not in text, untrue


def test_the_hosts_are_asked_for_visa_invitations_with_the_passports(demo, tmp_path):
    text = letter_text(demo, OUTGOING, "visa_invitation_request", tmp_path)
    assert "Harbin Municipal Foreign Affairs Office" in text
    assert "its delegation from Coventry to Harbin, China" in text
    assert "a letter of invitation from their hosts in Harbin" in text
    assert "500000101" in text  # Jennifer Ashworth's passport: the hosts need it
    assert "at our invitation" not in text and "will visit Harbin" not in text


def test_our_own_authorities_are_told_the_delegation_travels_to_harbin(demo, tmp_path):
    text = letter_text(demo, OUTGOING, "travel_notice", tmp_path)
    assert "Coventry City Council" in text and "Harbin Municipal" not in text
    assert (
        "a delegation of 5 from Coventry, led by Jennifer Ashworth, will travel to Harbin" in text
    )
    assert "Delegation from Harbin" not in text and "during its stay" not in text
    assert "500000101" not in text


def test_the_hosts_are_thanked_for_a_gift_to_our_delegation(writable, tmp_path):
    visit = delegation_id(writable, OUTGOING)
    with writable.unit_of_work() as session:
        session.add(
            Gift(
                direction=GiftDirection.RECEIVED,
                delegation_id=visit,
                title="Ice lantern",
                given_on=dt.date(2027, 4, 7),
            )
        )
    text = letter_text(writable, OUTGOING, "thank_you_hosts", tmp_path)
    assert "Harbin Municipal Foreign Affairs Office" in text
    assert "which you presented to our delegation on 7 April 2027." in text  # no occasion known
    assert "glad to be your guests in Harbin" in text and "welcome" not in text


# -- the wrong direction ----------------------------------------------------------------------

INCOMING_LETTERS = ("invitation", "visa_support", "authorities", "thank_you")
OUTGOING_LETTERS = ("announcement", "visa_invitation_request", "travel_notice", "thank_you_hosts")


@pytest.mark.parametrize(
    ("title", "template"),
    [(OUTGOING, name) for name in INCOMING_LETTERS] + [(INCOMING, n) for n in OUTGOING_LETTERS],
)
def test_a_letter_for_the_other_direction_is_refused_and_not_registered(writable, title, template):
    before = register_size(writable)
    with pytest.raises(ValidationError) as refused:
        render_document(
            writable, "letter", delegation_id(writable, title), template=template, issued_on=ISSUED
        )
    message = str(refused.value)
    assert refused.value.field == "template"
    direction = "outgoing" if title == OUTGOING else "incoming"
    assert f"is an {direction} visit" in message
    assert ", ".join(OUTGOING_LETTERS if title == OUTGOING else INCOMING_LETTERS) in message
    assert register_size(writable) == before


def test_the_menus_offer_each_direction_its_own_letters(tmp_path):
    assert [k.name for k in letter_choices(Direction.INCOMING, None)] == list(INCOMING_LETTERS)
    assert [k.name for k in letter_choices(Direction.OUTGOING, None)] == list(OUTGOING_LETTERS)
    # The committee's own copy decides: an edited announcement declared for both directions.
    own = tmp_path / "templates"
    own.mkdir()
    (own / "announcement.en.txt").write_text(
        "Direction: any\nSubject: Hello\n\nDear friends, {delegation.title}.\n", encoding="utf-8"
    )
    assert "announcement" in [k.name for k in letter_choices("incoming", own)]


def test_the_command_line_refuses_an_invitation_for_an_outgoing_visit(capsys, demo_copy, tmp_path):
    handle = open_database(demo_copy, read_only=True)
    try:
        visit = delegation_id(handle.database, OUTGOING)
    finally:
        handle.close()
    out = tmp_path / "x.pdf"
    code = cli.main(
        ["print", "letter", str(visit), "--template", "invitation", "--out", str(out)]
        + ["--db", str(demo_copy)]
    )
    err = capsys.readouterr().err
    assert code == cli.EXIT_ERROR and not out.exists() and "Traceback" not in err
    assert "'invitation' is a letter for incoming visits" in err and "announcement" in err


# -- facts the register does not hold ---------------------------------------------------------


def _strip(database, title: str, *, members: bool) -> int:  # noqa: ANN001
    visit = delegation_id(database, title)
    with database.unit_of_work() as session:
        session.execute(
            update(Delegation)
            .where(Delegation.id == visit)
            .values(head_person_id=None, purpose=None)
        )
        if not members:
            session.execute(delete(DelegationMember).where(DelegationMember.delegation_id == visit))
    return visit


@pytest.mark.parametrize(
    ("title", "template"), [(INCOMING, "authorities"), (OUTGOING, "travel_notice")]
)
def test_a_letter_listing_no_members_is_refused_naming_them(writable, title, template):
    visit = _strip(writable, title, members=False)
    before = register_size(writable)
    with pytest.raises(ValidationError) as refused:
        render_document(writable, "letter", visit, template=template, issued_on=ISSUED)
    assert "does not record the members of the delegation" in str(refused.value)
    assert "led by" not in str(refused.value)
    assert register_size(writable) == before  # nothing entered in the register


@pytest.mark.parametrize(
    ("title", "template"),
    [
        (INCOMING, "authorities"),
        (INCOMING, "visa_support"),
        (OUTGOING, "announcement"),
        (OUTGOING, "visa_invitation_request"),
        (OUTGOING, "travel_notice"),
    ],
)
def test_an_unknown_head_or_purpose_leaves_the_sentence_out(writable, tmp_path, title, template):
    _strip(writable, title, members=True)
    text = letter_text(writable, title, template, tmp_path)
    for blank in ("led by", "The purpose of the visit is", " , ", " .", ": ."):
        assert blank not in text, blank
    assert "Its members are:" in text or "Passport" in text


def test_an_invitation_without_a_purpose_still_invites(writable, tmp_path):
    visit = delegation_id(writable, INCOMING)
    with writable.unit_of_work() as session:
        session.execute(update(Delegation).where(Delegation.id == visit).values(purpose="  "))
    text = letter_text(writable, INCOMING, "invitation", tmp_path)
    assert "Its purpose" not in text and "to visit Coventry" in text
