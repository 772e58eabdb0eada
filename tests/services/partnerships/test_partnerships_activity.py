"""Activity per year, last contact, dormancy and the list's filters, with a fixed today."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import event

from exchangedesk.db.models import AidCampaign, Contribution, Delegation, Gift, Setting
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import (
    DelegationStatus,
    Direction,
    GiftDirection,
    PartnershipKind,
    PartnershipStatus,
)
from exchangedesk.domain.errors import ValidationError
from exchangedesk.services.common.paging import ListQuery
from exchangedesk.services.partnerships.activity import (
    ActivityYear,
    activity_by_year,
    dormancy_years,
    partnership_activity,
    set_dormancy_years,
)
from exchangedesk.services.partnerships.lists import (
    PartnershipFilter,
    list_partnerships,
    partnership_countries,
)
from sample_committee import SampleIds

TODAY = dt.date(2025, 6, 10)


@pytest.fixture
def busy(database: Database, sample: SampleIds) -> SampleIds:
    """The sample plus activity that only reaches Coventry–Volgograd through a link: a gift
    handed over during a delegation, an aid campaign with two contributions, and a cancelled
    visit that must not count."""
    with database.unit_of_work() as s:
        s.add(
            Gift(
                direction=GiftDirection.RECEIVED,
                title="Sword of Stalingrad replica",
                given_on=dt.date(1945, 4, 2),
                delegation_id=sample.churchill_visit,
            )
        )
        campaign = AidCampaign(
            title="Hospital beds",
            beneficiary_city_id=s.get(Delegation, sample.churchill_visit).partnership.city_b_id,
            partnership_id=sample.coventry_volgograd,
            starts_on=dt.date(1970, 1, 5),
        )
        s.add(campaign)
        s.flush()
        for day in (dt.date(1970, 2, 1), dt.date(1971, 3, 1)):
            s.add(
                Contribution(
                    campaign_id=campaign.id,
                    donor_text="Rotary",
                    amount=Decimal("10"),
                    currency="GBP",
                    received_on=day,
                )
            )
        s.add(
            Delegation(
                partnership_id=sample.coventry_volgograd,
                direction=Direction.INCOMING,
                title="Called off",
                arrival_on=dt.date(2024, 5, 1),
                departure_on=dt.date(2024, 5, 3),
                status=DelegationStatus.CANCELLED,
            )
        )
    return sample


def test_counts_per_year_for_each_kind(database: Database, busy: SampleIds) -> None:
    activity = partnership_activity(database, busy.coventry_volgograd, today=TODAY)
    assert activity.years == (
        ActivityYear(1971, contributions=1),
        ActivityYear(1970, exchanges=1, aid_campaigns=1, contributions=1),
        ActivityYear(1969, exchanges=1, documents=1),  # the invitation, via its programme
        ActivityYear(1945, visits=1, gifts=1),  # the gift, via its delegation
    )
    assert activity.years[1].total == 3
    assert activity.last_contact == dt.date(1971, 3, 1)


def test_one_grouped_query_per_kind_for_any_number_of_partnerships(
    database: Database, busy: SampleIds
) -> None:
    statements: list[str] = []
    listener = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(database.engine, "before_cursor_execute", listener)
    try:
        with database.reading() as session:
            counts = activity_by_year(
                session,
                [busy.coventry_volgograd, busy.coventry_dresden, busy.kemi_volgograd, 4711],
            )
    finally:
        event.remove(database.engine, "before_cursor_execute", listener)
    statements = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(statements) == 6  # visits, exchanges, gifts, aid, contributions, documents
    assert counts[busy.kemi_volgograd] == (ActivityYear(1959, visits=1, documents=1),)
    assert counts[busy.coventry_dresden] == (
        ActivityYear(2031, visits=1),  # planned, still counted in its year
        ActivityYear(1960, documents=1),
    )
    assert counts[4711] == ()


def test_dormancy_with_a_fixed_today(database: Database, busy: SampleIds) -> None:
    # Coventry–Volgograd: last contact 1971, active: dormant.
    assert partnership_activity(database, busy.coventry_volgograd, today=TODAY).dormant
    # Coventry–Dresden: quiet since 1960 but a visit is planned for 2031: not dormant.
    dresden = partnership_activity(database, busy.coventry_dresden, today=TODAY)
    assert (dresden.last_contact, dresden.dormant) == (dt.date(1960, 12, 31), False)
    # Kemi–Volgograd is suspended: quiet on purpose.
    assert not partnership_activity(database, busy.kemi_volgograd, today=TODAY).dormant
    # Saarlouis–Eisenhüttenstadt: nothing known at all, so no verdict.
    unknown = partnership_activity(database, busy.saarlouis_eisenhuettenstadt, today=TODAY)
    assert (unknown.last_contact, unknown.dormant) == (None, False)
    # Back in 1973 Coventry–Volgograd was not dormant yet (the 1971 contribution) ...
    assert not partnership_activity(
        database, busy.coventry_volgograd, today=dt.date(1973, 1, 1)
    ).dormant
    # ... and with a 60-year threshold it is not dormant today either.
    set_dormancy_years(database, 60)
    assert partnership_activity(database, busy.coventry_volgograd, today=TODAY).dormancy_years == 60
    assert not partnership_activity(database, busy.coventry_volgograd, today=TODAY).dormant


def test_the_dormancy_setting(database: Database) -> None:
    assert dormancy_years(database) == 5  # default when the settings table has no key
    set_dormancy_years(database, 8)
    assert dormancy_years(database) == 8
    for wrong in (0, 101, "5", True):
        with pytest.raises(ValidationError) as refused:
            set_dormancy_years(database, wrong)  # type: ignore[arg-type]
        assert refused.value.field == "dormancy_years"
    with database.unit_of_work() as session:
        session.get(Setting, "dormancy_years").value = "five"
    assert dormancy_years(database) == 5  # a hand-edited value falls back, never breaks


def test_the_list_shows_last_contact_and_dormancy(database: Database, busy: SampleIds) -> None:
    rows = {r.id: r for r in list_partnerships(database, today=TODAY).rows}
    assert rows[busy.coventry_volgograd].last_contact == dt.date(1971, 3, 1)
    assert rows[busy.coventry_volgograd].dormant is True
    assert rows[busy.coventry_dresden].dormant is False
    dormant = list_partnerships(database, filters=PartnershipFilter(dormant_only=True), today=TODAY)
    assert [r.id for r in dormant.rows] == [busy.coventry_volgograd] and dormant.total == 1
    by_contact = list_partnerships(database, ListQuery(sort="last_contact"), today=TODAY).rows
    assert [r.last_contact for r in by_contact] == [
        dt.date(1959, 5, 10),
        dt.date(1960, 12, 31),
        dt.date(1971, 3, 1),
        None,  # unknown last, as in every list
    ]


def test_the_page_only_summary_agrees_with_the_joined_one(
    database: Database, busy: SampleIds
) -> None:
    # The default list computes activity for its page's rows only; sorting by last contact
    # joins the summary of every partnership. Both must say the same of every row.
    def facts(query: ListQuery) -> dict[int, tuple]:
        rows = list_partnerships(database, query, today=TODAY).rows
        return {r.id: (r.last_contact, r.dormant) for r in rows}

    assert facts(ListQuery()) == facts(ListQuery(sort="last_contact"))
    one_row = list_partnerships(database, ListQuery(limit=1), today=TODAY)
    assert len(one_row.rows) == 1 and one_row.total == 4
    assert facts(ListQuery(limit=1)).items() <= facts(ListQuery()).items()


def test_filters_by_status_kind_and_country_combine_with_the_text(
    database: Database, sample: SampleIds
) -> None:
    def ids(text: str = "", **choices) -> set[int]:  # noqa: ANN003
        page = list_partnerships(database, ListQuery(text=text), PartnershipFilter(**choices))
        assert page.total == len(page.rows)
        return {r.id for r in page.rows}

    active = frozenset({PartnershipStatus.ACTIVE})
    assert ids(statuses=active) == {sample.coventry_volgograd, sample.coventry_dresden}
    assert ids(kinds=frozenset({PartnershipKind.FRIENDSHIP_CITY})) == {sample.kemi_volgograd}
    assert ids(country="ru") == {sample.coventry_volgograd, sample.kemi_volgograd}
    assert ids(country="FI") == {sample.kemi_volgograd}  # city A counts too
    assert ids("волгоград", statuses=active) == {sample.coventry_volgograd}
    assert ids("eisenhuttenstadt", country="DE") == {sample.saarlouis_eisenhuettenstadt}
    assert ids("dresden", country="RU") == set()
    assert PartnershipFilter(country="RU").active and not PartnershipFilter().active


def test_countries_for_the_filter_bar(database: Database, sample: SampleIds) -> None:
    assert partnership_countries(database) == ["DE", "FI", "GB", "RU"]
