"""What needs the secretary's attention today: the Home page's list and the calendar's reminders.

:func:`needs_attention` gathers, each as a plain :class:`AttentionItem` pointing at its record:

* visits (delegations and exchange programmes) starting in the next six weeks;
* unresolved conflicts of visits that have not ended and start within twelve weeks;
* visa support letters due: members of an incoming delegation from abroad, arriving within
  eight weeks, whom no visa support letter in the correspondence register covers;
* partnership anniversaries in the next twelve months, jubilees first;
* open aid shipments and received gifts with no thank-you letter yet;
* for exchanges starting within twelve weeks: minors without a recorded guardian's consent, and
  host families placed whose vetting lapses before the programme starts.

Every query is bounded by a date window (it runs at start-up, also on a federation database
with 100,000 delegations), and the conflict check, which loads a whole plan per visit, runs for
at most :data:`CONFLICT_CHECK_LIMIT` visits, the soonest first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection

from sqlalchemy import select

from exchangedesk.db.models import Delegation, ExchangeProgramme
from exchangedesk.db.session import Database
from exchangedesk.domain.enums import Direction
from exchangedesk.services.overview import deadlines
from exchangedesk.services.overview.items import (  # noqa: F401 - AttentionItem & co. are this module's API too
    ANNIVERSARY_MONTHS,
    CITY_NAMES,
    CLOSED_DELEGATION,
    CLOSED_PROGRAMME,
    CONFLICT_CHECK_LIMIT,
    CONFLICT_WEEKS,
    VISITS_WEEKS,
    AttentionFacts,
    AttentionItem,
    AttentionKind,
    CityA,
    CityB,
    RecordRef,
    days_text,
    weeks_after,
    with_cities,
)


def needs_attention(
    database: Database,
    *,
    today: dt.date | None = None,
    kinds: Collection[AttentionKind] | None = None,
) -> list[AttentionItem]:
    """Everything above (or only ``kinds``), grouped in :class:`AttentionKind` order, each
    group in its own order. The conflict check is by far the slowest part (it loads every
    coming visit's plan and the holiday calendars), so a caller may ask for it separately."""

    today = today or dt.date.today()
    found: list[AttentionItem] = []
    for kind, gather in (
        (AttentionKind.CONFLICT, coming_conflicts),
        (AttentionKind.VISA_LETTER, deadlines.visa_letters_due),
        (AttentionKind.CONSENT_MISSING, deadlines.missing_consents),
        (AttentionKind.VETTING_LAPSED, deadlines.lapsed_vettings),
        (AttentionKind.VISIT, coming_visits),
        (AttentionKind.SHIPMENT, open_shipment_items),
        (AttentionKind.UNTHANKED_GIFT, unthanked_gift_items),
        (AttentionKind.ANNIVERSARY, anniversary_items),
    ):
        if kinds is None or kind in kinds:
            found.extend(gather(database, today))
    return found


# -- visits -------------------------------------------------------------------------------------


def coming_visits(database: Database, today: dt.date) -> list[AttentionItem]:
    """Delegations and programmes starting today up to six weeks ahead (that day included)."""
    last = weeks_after(today, VISITS_WEEKS)
    delegations = with_cities(
        select(Delegation.id, Delegation.title, Delegation.direction, Delegation.arrival_on)
        .add_columns(*CITY_NAMES)
        .where(
            Delegation.arrival_on.between(today, last),
            Delegation.status.not_in(CLOSED_DELEGATION),
        ),
        Delegation.partnership_id,
    )
    programmes = with_cities(
        select(
            ExchangeProgramme.id,
            ExchangeProgramme.title,
            ExchangeProgramme.direction,
            ExchangeProgramme.starts_on,
        )
        .add_columns(*CITY_NAMES)
        .where(
            ExchangeProgramme.starts_on.between(today, last),
            ExchangeProgramme.status.not_in(CLOSED_PROGRAMME),
        ),
        ExchangeProgramme.partnership_id,
    )
    items = []
    with database.reading() as session:
        for area, noun, statement in (
            ("delegations", "delegation", delegations),
            ("exchanges", "exchange", programmes),
        ):
            for id_, title, direction, starts, a, b in session.execute(statement):
                way = "Incoming" if direction is Direction.INCOMING else "Outgoing"
                verb = "arrives" if direction is Direction.INCOMING else "leaves"
                items.append(
                    AttentionItem(
                        AttentionKind.VISIT,
                        f"{way} {noun} “{title}” {verb} {days_text(starts, today)}",
                        f"{a} – {b}. Check the programme, rooms and transport are ready.",
                        starts,
                        RecordRef(area, id_),
                        facts=AttentionFacts(
                            subject=title, day=starts, cities=f"{a} – {b}", direction=direction
                        ),
                    )
                )
    return sorted(items, key=lambda i: (i.on, i.record.area, i.title, i.record.id))


# -- conflicts ----------------------------------------------------------------------------------


def coming_conflicts(database: Database, today: dt.date) -> list[AttentionItem]:
    """One item per visit that has not ended, starts within twelve weeks and has conflicts
    neither resolved nor accepted."""
    from exchangedesk.services.delegations.conflicts import (
        delegation_conflicts,
        programme_conflicts,
    )

    last = weeks_after(today, CONFLICT_WEEKS)
    delegations = (
        select(Delegation.id, Delegation.title, Delegation.arrival_on)
        .where(
            Delegation.arrival_on <= last,
            Delegation.departure_on >= today,
            Delegation.status.not_in(CLOSED_DELEGATION),
        )
        .order_by(Delegation.arrival_on, Delegation.id)
        .limit(CONFLICT_CHECK_LIMIT)
    )
    programmes = (
        select(ExchangeProgramme.id, ExchangeProgramme.title, ExchangeProgramme.starts_on)
        .where(
            ExchangeProgramme.starts_on <= last,
            ExchangeProgramme.ends_on >= today,
            ExchangeProgramme.status.not_in(CLOSED_PROGRAMME),
        )
        .order_by(ExchangeProgramme.starts_on, ExchangeProgramme.id)
        .limit(CONFLICT_CHECK_LIMIT)
    )
    with database.reading() as session:
        visits: list[tuple[str, int, str, dt.date, Callable]] = [
            ("delegations", id_, title, starts, delegation_conflicts)
            for id_, title, starts in session.execute(delegations)
        ] + [
            ("exchanges", id_, title, starts, programme_conflicts)
            for id_, title, starts in session.execute(programmes)
        ]
    visits.sort(key=lambda v: (v[3], v[1]))
    items = []
    for area, id_, title, starts, check in visits[:CONFLICT_CHECK_LIMIT]:
        blocking = check(database, id_, today=today).blocking
        if not blocking:
            continue
        count = len(blocking)
        others = f" (and {count - 1} more)" if count > 1 else ""
        items.append(
            AttentionItem(
                AttentionKind.CONFLICT,
                f"“{title}” has {count} unresolved conflict{'s' if count > 1 else ''}",
                f"{blocking[0].message.rstrip('.')}{others}. Resolve or accept before confirming.",
                starts,
                RecordRef(area, id_),
                facts=AttentionFacts(subject=title, count=count, conflict=blocking[0].kind),
            )
        )
    return items


# -- aid, gifts, anniversaries ------------------------------------------------------------------


def open_shipment_items(database: Database, today: dt.date) -> list[AttentionItem]:
    from exchangedesk.domain.enums import label
    from exchangedesk.services.aid.lists import open_shipments

    return [
        AttentionItem(
            AttentionKind.SHIPMENT,
            f"Shipment {row.reference} to {row.beneficiary_city}: {label(row.status).lower()}",
            f"For “{row.campaign}”"
            + (f" ({row.carrier})" if row.carrier else "")
            + ". Follow it until its delivery is confirmed.",
            None,
            RecordRef("aid", row.id),
            facts=AttentionFacts(
                reference=row.reference,
                cities=row.beneficiary_city,
                status=row.status,
                campaign=row.campaign,
                carrier=row.carrier or "",
            ),
        )
        for row in open_shipments(database)
    ]


def unthanked_gift_items(database: Database, today: dt.date) -> list[AttentionItem]:
    from exchangedesk.services.gifts.register import unthanked_gifts

    return [
        AttentionItem(
            AttentionKind.UNTHANKED_GIFT,
            f"Thank {gift.giver or 'the giver'} for “{gift.title}”",
            "No thank-you letter for this gift is in the register"
            + (f" (received at {gift.occasion})." if gift.occasion else "."),
            gift.given_on,
            RecordRef("gifts", gift.id),
            facts=AttentionFacts(
                subject=gift.title, giver=gift.giver or "", occasion=gift.occasion or ""
            ),
        )
        for gift in unthanked_gifts(database)
    ]


def anniversary_items(database: Database, today: dt.date) -> list[AttentionItem]:
    """Round anniversaries in the next twelve months: jubilees (10, 25, 50...) first, then the
    other fifth years, each by date."""
    from exchangedesk.services.partnerships.anniversaries import coming_round_anniversaries

    coming = coming_round_anniversaries(database, today=today, months=ANNIVERSARY_MONTHS)
    coming.sort(key=lambda c: (not c.anniversary.jubilee, c.anniversary.on, c.cities))
    items = []
    for c in coming:
        a = c.anniversary
        when = {"year": f"in {a.on.year}", "month": f"in {a.on:%B %Y}"}.get(
            str(a.precision), f"on {a.on.day} {a.on:%B %Y}"
        )
        items.append(
            AttentionItem(
                AttentionKind.ANNIVERSARY,
                f"{a.years} years of {c.cities} {when}",
                "A jubilee: time to plan a ceremony, a visit or a gift."
                if a.jubilee
                else "A round anniversary: worth a letter to the partner city.",
                a.on,
                RecordRef("partnerships", c.partnership_id),
                a.precision,
                AttentionFacts(cities=c.cities, years=a.years, day=a.on, jubilee=bool(a.jubilee)),
            )
        )
    return items


def reminders_between(
    database: Database, first: dt.date, last: dt.date, *, today: dt.date | None = None
) -> list[AttentionItem]:
    """The dated reminders the calendar shows between two days: visa letters due and missing
    consents, as found today."""
    missing_consents, visa_letters_due = deadlines.missing_consents, deadlines.visa_letters_due

    today = today or dt.date.today()
    found = [*visa_letters_due(database, today), *missing_consents(database, today)]
    return [i for i in found if i.on is not None and first <= i.on <= last]


__all__ = [
    "AttentionItem",
    "AttentionKind",
    "RecordRef",
    "needs_attention",
    "reminders_between",
]
