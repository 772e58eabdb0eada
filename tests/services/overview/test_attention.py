"""What needs attention: each kind built on its own, with the days on both sides of each window."""

from __future__ import annotations

import datetime as dt

from exchangedesk.db.models import (
    Consent,
    Delegation,
    DelegationMember,
    Document,
    ExchangeProgramme,
    HostFamily,
    Participant,
    Partnership,
    PersonSensitive,
    Placement,
)
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import (
    DelegationStatus,
    Direction,
    DocumentKind,
    MemberRole,
    PartnershipKind,
    PartnershipStatus,
    PlacementStatus,
    ProgrammeStatus,
)
from exchangedesk.services.overview.attention import (
    AttentionKind,
    RecordRef,
    needs_attention,
    reminders_between,
)
from exchangedesk.services.overview.deadlines import (
    lapsed_vettings,
    missing_consents,
    visa_letters_due,
)
from exchangedesk.services.samples.demo import build_demo
from sample_committee import SampleIds, city, person

TODAY = dt.date(2027, 3, 1)


def day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(days=offset)


def partnership(s, a: str, a_country: str, b: str, b_country: str, signed=None) -> Partnership:  # noqa: ANN001
    record = Partnership(
        city_a=city(a, a_country),
        city_b=city(b, b_country),
        kind=PartnershipKind.TWIN_TOWN,
        status=PartnershipStatus.ACTIVE,
        signed_on=signed,
    )
    s.add(record)
    return record


def delegation(s, link, title, arrives, *, direction=Direction.INCOMING, status=None, days=4):  # noqa: ANN001
    record = Delegation(
        partnership=link,
        direction=direction,
        title=title,
        arrival_on=arrives,
        departure_on=arrives + dt.timedelta(days=days),
        status=status or DelegationStatus.PLANNED,
    )
    s.add(record)
    return record


def programme(s, link, title, starts, *, status=ProgrammeStatus.PLANNED) -> ExchangeProgramme:  # noqa: ANN001
    record = ExchangeProgramme(
        partnership=link,
        title=title,
        direction=Direction.INCOMING,
        starts_on=starts,
        ends_on=starts + dt.timedelta(days=10),
        status=status,
    )
    s.add(record)
    return record


def ids_of(database: Database, model: type, *titles: str) -> list[int]:
    with database.reading() as s:
        return [s.query(model).filter_by(title=t).one().id for t in titles]


def titles(items) -> list[str]:  # noqa: ANN001
    return [i.title for i in items]


def test_visits_starting_today_up_to_six_weeks_ahead(database: Database):
    with database.unit_of_work() as s:
        link = partnership(s, "Coventry", "GB", "Volgograd", "RU")
        delegation(s, link, "Arrives today", day(0))
        delegation(s, link, "Arrives in six weeks", day(42), direction=Direction.OUTGOING)
        delegation(s, link, "Arrives a day too late", day(43))
        delegation(s, link, "Arrived yesterday", day(-1))
        delegation(s, link, "Cancelled", day(10), status=DelegationStatus.CANCELLED)
        programme(s, link, "Exchange in six weeks", day(42))
        programme(s, link, "Exchange completed", day(3), status=ProgrammeStatus.COMPLETED)
    visits = [i for i in needs_attention(database, today=TODAY) if i.kind is AttentionKind.VISIT]
    assert [(i.on, i.record.area) for i in visits] == [
        (day(0), "delegations"),
        (day(42), "delegations"),
        (day(42), "exchanges"),
    ]
    assert visits[0].title == "Incoming delegation “Arrives today” arrives today"
    assert "leaves in 42 days" in visits[1].title
    assert "Coventry – Volgograd" in visits[0].explanation
    [programme_id] = ids_of(database, ExchangeProgramme, "Exchange in six weeks")
    assert visits[2].record == RecordRef("exchanges", programme_id)


def _with_expiring_passport(s, visit: Delegation) -> None:  # noqa: ANN001
    """A member whose passport expires on arrival: a conflict nobody has accepted."""
    traveller = person("Anna", "Smirnova")
    s.add(traveller)
    s.flush()
    s.add(PersonSensitive(person_id=traveller.id, passport_expiry=visit.arrival_on))
    visit.members.append(DelegationMember(person=traveller, role=MemberRole.OFFICIAL))


def test_unresolved_conflicts_of_visits_within_twelve_weeks(database: Database):
    with database.unit_of_work() as s:
        link = partnership(s, "Coventry", "GB", "Volgograd", "RU")
        for title, arrives, status in (
            ("Last day of the window", day(84), None),
            ("Beyond the window", day(85), None),
            ("Under way", day(-2), DelegationStatus.UNDER_WAY),
            ("Completed", day(5), DelegationStatus.COMPLETED),
            ("Ended yesterday", day(-5), None),
        ):
            visit = delegation(s, link, title, arrives, status=status)
            _with_expiring_passport(s, visit)
        delegation(s, link, "No conflicts", day(20))
    conflicts = [
        i for i in needs_attention(database, today=TODAY) if i.kind is AttentionKind.CONFLICT
    ]
    assert [i.title.split("”")[0] for i in conflicts] == ["“Under way", "“Last day of the window"]
    assert "unresolved conflict" in conflicts[0].title
    assert "passport" in conflicts[0].explanation.lower()
    assert conflicts[1].on == day(84) and conflicts[1].record.area == "delegations"


def test_visa_letters_due_for_members_no_letter_covers(database: Database):
    with database.unit_of_work() as s:
        abroad = partnership(s, "Coventry", "GB", "Volgograd", "RU")
        home = partnership(s, "Saarlouis", "DE", "Eisenhüttenstadt", "DE")
        anna, boris, clara = (
            person("Anna", "Smirnova"),
            person("Boris", "Yegorov"),
            person("Clara", "Weiß"),
        )
        s.add_all([anna, boris, clara])
        due = delegation(s, abroad, "Due", day(56))
        due.members += [DelegationMember(person=anna), DelegationMember(person=boris)]
        late = delegation(s, abroad, "Beyond eight weeks", day(57))
        late.members.append(DelegationMember(person=anna))
        domestic = delegation(s, home, "Domestic", day(10))
        domestic.members.append(DelegationMember(person=clara))
        outgoing = delegation(s, abroad, "Outgoing", day(10), direction=Direction.OUTGOING)
        outgoing.members.append(DelegationMember(person=clara))
        covered = delegation(s, abroad, "Covered by one letter", day(3))
        covered.members += [DelegationMember(person=anna), DelegationMember(person=clara)]
        s.flush()
        s.add(  # a letter entered by hand for one member
            Document(
                kind=DocumentKind.LETTER,
                title="Visa support letter for Anna Smirnova",
                issued_on=day(-3),
                delegation_id=due.id,
                recipient_person_id=anna.id,
            )
        )
        s.add(  # the printed letter to the consulate names every member
            Document(
                kind=DocumentKind.LETTER,
                template="visa_support",
                title="Letter to the Visa Officer",
                issued_on=day(-3),
                delegation_id=covered.id,
                recipient_text="The Visa Officer",
            )
        )
        s.add(  # an invitation is not a visa letter
            Document(
                kind=DocumentKind.LETTER,
                template="invitation",
                title="Invitation",
                issued_on=day(-3),
                delegation_id=due.id,
                recipient_person_id=boris.id,
            )
        )
    [item] = visa_letters_due(database, TODAY)
    assert item.title == "Visa support letters due for “Due”: 1 of 2 members"
    assert "Boris Yegorov" in item.explanation and "Anna" not in item.explanation
    assert item.on == day(56 - 28)  # due four weeks before arrival
    [due_id] = ids_of(database, Delegation, "Due")
    assert item.record == RecordRef("delegations", due_id)
    # Three days before arrival the letter is overdue: it is due today.
    soon = [i for i in visa_letters_due(database, day(54)) if i.record.id == due_id]
    assert [i.on for i in soon] == [day(54)]


def _participant(s, prog, given: str, born: dt.date | None, *, consent=False):  # noqa: ANN001
    pupil = person(given, "Krüger")
    s.add(pupil)
    s.flush()
    if born is not None:
        s.add(PersonSensitive(person_id=pupil.id, date_of_birth=born))
    record = Participant(programme_id=prog.id, person=pupil)
    s.add(record)
    s.flush()
    if consent:
        s.add(
            Consent(participant_id=record.id, given_by_id=pupil.id, given_on=day(-9), covers="all")
        )
    return record


def test_minors_without_consent_in_exchanges_within_twelve_weeks(database: Database):
    starts = day(84)
    with database.unit_of_work() as s:
        link = partnership(s, "Coventry", "GB", "Dresden", "DE")
        prog = programme(s, link, "School exchange", starts)
        later = programme(s, link, "Too far ahead", day(85))
        s.flush()
        _participant(s, prog, "Jonas", dt.date(starts.year - 18, starts.month, starts.day + 1))
        _participant(s, prog, "Lena", dt.date(starts.year - 18, starts.month, starts.day))
        _participant(s, prog, "Mia", dt.date(starts.year - 15, 1, 1), consent=True)
        _participant(s, prog, "Paul", None)  # no date of birth: cannot tell
        _participant(s, later, "Tim", dt.date(starts.year - 15, 1, 1))
    [item] = missing_consents(database, TODAY)
    assert item.title == "1 minor in “School exchange” without consent"
    assert "Jonas Krüger" in item.explanation and "Lena" not in item.explanation
    assert item.on == starts - dt.timedelta(weeks=2)
    assert item.record.area == "exchanges"
    assert [r.kind for r in reminders_between(database, TODAY, day(100), today=TODAY)] == [
        AttentionKind.CONSENT_MISSING
    ]
    assert reminders_between(database, TODAY, day(60), today=TODAY) == []


def test_host_families_whose_vetting_lapses_before_the_programme(database: Database):
    starts = day(30)
    with database.unit_of_work() as s:
        link = partnership(s, "Coventry", "GB", "Dresden", "DE")
        prog = programme(s, link, "School exchange", starts)
        s.flush()
        families = {
            "Lapsed the day before": starts - dt.timedelta(days=1),
            "Valid on the first day": starts,
            "Never vetted": None,
            "Withdrawn placement": dt.date(2020, 1, 1),
        }
        for name, until in families.items():
            family = HostFamily(name=name, capacity=2, vetting_valid_until=until)
            s.add(family)
            pupil = _participant(s, prog, name.split()[0], None)
            status = (
                PlacementStatus.WITHDRAWN
                if name.startswith("Withdrawn")
                else PlacementStatus.ACCEPTED
            )
            s.flush()
            s.add(Placement(participant_id=pupil.id, host_family_id=family.id, status=status))
    items = lapsed_vettings(database, TODAY)
    assert titles(items) == [
        "Lapsed the day before: vetting lapsed before “School exchange”",
        "Never vetted: vetting lapsed before “School exchange”",
    ]
    lapsed = starts - dt.timedelta(days=1)
    assert f"ran out on {lapsed.day} {lapsed:%b %Y}" in items[0].explanation
    assert "No vetting is recorded" in items[1].explanation


def test_anniversaries_jubilees_first_then_by_date(database: Database):
    with database.unit_of_work() as s:
        partnership(s, "Coventry", "GB", "Kiel", "DE", signed=dt.date(2012, 4, 10))  # 15 in April
        partnership(s, "Coventry", "GB", "Dresden", "DE", signed=dt.date(1977, 11, 5))  # 50 in Nov
        partnership(
            s, "Coventry", "GB", "Lidice", "CZ", signed=dt.date(2003, 5, 1)
        )  # 24: not round
    items = [
        i for i in needs_attention(database, today=TODAY) if i.kind is AttentionKind.ANNIVERSARY
    ]
    assert titles(items) == [
        "50 years of Coventry – Dresden on 5 November 2027",
        "15 years of Coventry – Kiel on 10 April 2027",
    ]
    assert "jubilee" in items[0].explanation.lower()
    assert items[0].record.area == "partnerships"


def test_open_shipments_and_unthanked_gifts_point_to_their_records(
    database: Database, sample: SampleIds
):
    items = needs_attention(database, today=TODAY)
    kinds = {i.kind for i in items}
    assert {AttentionKind.SHIPMENT, AttentionKind.UNTHANKED_GIFT} <= kinds
    shipment = next(i for i in items if i.kind is AttentionKind.SHIPMENT)
    assert shipment.record.area == "aid" and "delivered" in shipment.title
    gift = next(i for i in items if i.kind is AttentionKind.UNTHANKED_GIFT)
    assert gift.record.area == "gifts" and gift.title.startswith("Thank ")


def test_the_demo_needs_attention_of_every_kind(database: Database):
    build_demo(database, today=TODAY)
    items = needs_attention(database, today=TODAY)
    kinds = [i.kind for i in items]
    assert kinds == sorted(kinds, key=list(AttentionKind).index)  # grouped, in kind order
    assert set(kinds) == set(AttentionKind)
    for item in items:
        assert item.title and item.explanation and item.record.id > 0


def test_the_conflict_check_stops_at_its_limit_soonest_first(
    database: Database, monkeypatch
) -> None:  # noqa: ANN001
    import exchangedesk.services.overview.attention as attention

    monkeypatch.setattr(attention, "CONFLICT_CHECK_LIMIT", 1)
    with database.unit_of_work() as s:
        link = partnership(s, "Coventry", "GB", "Volgograd", "RU")
        for title, arrives in (("Later", day(30)), ("Sooner", day(20))):
            _with_expiring_passport(s, delegation(s, link, title, arrives))
    conflicts = attention.coming_conflicts(database, TODAY)
    assert [i.title.split("”")[0] for i in conflicts] == ["“Sooner"]
