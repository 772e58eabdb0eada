"""Delegations that already happened (or were called off): Clementine Churchill in Stalingrad
(April 1945), Coventry's council delegation of November 1954, the Kemi tree planting of 1959,
a school choir cancelled in 2022 and the Dresden delegation of last November."""

from __future__ import annotations

import datetime as dt

from exchangedesk.domain.enums import ApprovalDecision as D
from exchangedesk.domain.enums import DelegationStatus, Direction, MemberRole
from exchangedesk.domain.enums import ItineraryKind as K
from exchangedesk.services.samples.demo._support import SCENARIO, Demo
from exchangedesk.services.samples.demo._visits import (
    approvals,
    budget,
    delegation,
    item,
    leg,
    lodging,
)

VOLGOGRAD = "Europe/Volgograd"
LONDON = "Europe/London"


def build_clementine_1945(demo: Demo) -> None:
    day1, day2 = dt.date(1945, 4, 15), dt.date(1945, 4, 16)
    visit = delegation(
        demo,
        "clementine_1945",
        "coventry_volgograd",
        Direction.OUTGOING,
        "Clementine Churchill in Stalingrad",
        day1,
        day2,
        DelegationStatus.COMPLETED,
        members=(
            ("clementine", MemberRole.HEAD),
            ("mabel_johnson", MemberRole.OFFICIAL),
            ("grace_hamblin", MemberRole.OTHER),
        ),
        purpose="To see what the Red Cross Aid to Russia Fund had paid for, on a tour of the "
        "Soviet Union from early April to May 1945 at the Soviet government's invitation.",
        notes="Not a Coventry civic delegation: filed under Coventry–Stalingrad because it "
        "belongs to the same wartime story of British aid to the city. She was in Stalingrad "
        "in April 1945; the days and hours stored here are approximate.",
    )
    owner = {"delegation_id": visit.id}
    item(
        demo,
        owner,
        VOLGOGRAD,
        day1,
        "10:00",
        "13:00",
        "Tour of the ruined city centre",
        K.VISIT,
        interpreter_needed=True,
    )
    item(
        demo,
        owner,
        VOLGOGRAD,
        day1,
        "15:00",
        "17:30",
        "Hospital equipped with help from the Aid to Russia Fund",
        K.VISIT,
        interpreter_needed=True,
        notes="The Fund helped to set up two hospitals in Stalingrad.",
    )
    item(
        demo,
        owner,
        VOLGOGRAD,
        day2,
        "10:00",
        "11:00",
        "Message in the city's visitors' book",
        K.CEREMONY,
        notes="She wrote that she would never forget the city, where new life and hope were "
        "rising among the ruins.",
    )


def build_council_1954(demo: Demo) -> None:
    day = dt.date(1954, 11, 5)
    visit = delegation(
        demo,
        "council_1954",
        "coventry_volgograd",
        Direction.OUTGOING,
        "Coventry council delegation in Stalingrad",
        day,
        day,
        DelegationStatus.COMPLETED,
        purpose="Friendship visit; presented a plaque with Coventry's arms.",
        notes="Only the day of the meeting is recorded; the members' names are not.",
    )
    item(
        demo,
        {"delegation_id": visit.id},
        VOLGOGRAD,
        day,
        "11:00",
        "13:00",
        "Meeting of the Stalingrad city executive committee",
        K.MEETING,
        interpreter_needed=True,
        notes="The meeting prepared an appeal to the United Nations against atomic and hydrogen "
        "weapons; the Coventry delegation presented its plaque there. Hours approximate.",
    )


def build_kemi_1959(demo: Demo) -> None:
    day1, day3 = dt.date(1959, 5, 12), dt.date(1959, 5, 14)
    visit = delegation(
        demo,
        "kemi_1959",
        "kemi_volgograd",
        Direction.OUTGOING,
        "Kemi delegation plants trees on Mamayev Kurgan",
        day1,
        day3,
        DelegationStatus.COMPLETED,
        members=(
            ("virtanen", MemberRole.HEAD),
            ("heikkinen", MemberRole.OFFICIAL),
            ("laine", MemberRole.OFFICIAL),
        ),
        purpose="Friendship visit to Stalingrad.",
        notes="The year and the tree planting are recorded; the days and the members are "
        "illustrative (the members are fictional).",
    )
    owner = {"delegation_id": visit.id}
    item(
        demo,
        owner,
        VOLGOGRAD,
        day1,
        "17:00",
        "19:00",
        "Welcome at the city soviet",
        K.MEETING,
        interpreter_needed=True,
    )
    item(
        demo,
        owner,
        VOLGOGRAD,
        day1 + dt.timedelta(days=1),
        "10:00",
        "12:30",
        "Tree planting on Mamayev Kurgan",
        K.CEREMONY,
        venue="Mamayev Kurgan",
        notes="The hill where the memorial complex was being built from 1959.",
    )
    item(demo, owner, VOLGOGRAD, day3, "09:00", "10:00", "Farewell and departure", K.TRANSPORT)


def build_choir_2022(demo: Demo) -> None:
    visit = delegation(
        demo,
        "choir_2022",
        "coventry_volgograd",
        Direction.OUTGOING,
        "School choir to Volgograd",
        dt.date(2022, 5, 10),
        dt.date(2022, 5, 14),
        DelegationStatus.CANCELLED,
        members=(("cov_teacher", MemberRole.HEAD),),
        purpose="Concerts with a Volgograd school choir.",
        notes=SCENARIO + " Called off when the council suspended the link in March 2022.",
    )
    approvals(
        demo,
        visit,
        ("Twinning committee", dt.date(2021, 12, 7), D.APPROVED, None),
        (
            "Coventry City Council",
            dt.date(2022, 3, 22),
            D.REJECTED,
            "The link with Volgograd is suspended.",
        ),
    )
    budget(
        demo,
        visit,
        ("Coach deposit (forfeited)", "120.00", "GBP"),
        ("Flights (refunded)", "0.00", "GBP"),
    )


def build_dresden_last_november(demo: Demo) -> None:
    """Dresden guests at the commemoration of the 14 November 1940 air raid, last year."""
    year = demo.today.year - 1
    arrive, depart = dt.date(year, 11, 13), dt.date(year, 11, 16)
    day = {n: arrive + dt.timedelta(days=n) for n in range(4)}
    visit = delegation(
        demo,
        "dresden_last_november",
        "coventry_dresden",
        Direction.INCOMING,
        "Dresden delegation at the November commemoration",
        arrive,
        depart,
        DelegationStatus.COMPLETED,
        members=(
            ("vogel", MemberRole.HEAD),
            ("richter", MemberRole.OFFICIAL),
            ("schubert", MemberRole.OFFICIAL),
        ),
        purpose="Remembrance of the 14 November 1940 air raid; planning the school exchange.",
        notes=SCENARIO,
    )
    owner = {"delegation_id": visit.id}
    item(demo, owner, LONDON, day[0], "19:00", "21:00", "Welcome dinner", K.MEAL, host="secretary")
    item(
        demo,
        owner,
        LONDON,
        day[1],
        "10:30",
        "11:30",
        "Commemoration in the cathedral ruins",
        K.CEREMONY,
        venue="Coventry Cathedral ruins",
        address="Priory Row, Coventry",
        dress_code="Dark clothing",
        host="lord_mayor",
    )
    item(
        demo,
        owner,
        LONDON,
        day[1],
        "14:30",
        "15:30",
        "Exchange of gifts at the Council House",
        K.CEREMONY,
        venue="Council House",
        host="lord_mayor",
    )
    item(
        demo,
        owner,
        LONDON,
        day[2],
        "10:00",
        "12:00",
        "Planning next year's school exchange",
        K.MEETING,
        attendees=("schubert", "richter"),
        host="cov_teacher",
    )
    item(
        demo, owner, LONDON, day[3], "08:30", "09:30", "Transfer to Birmingham Airport", K.TRANSPORT
    )
    lodging(
        demo,
        visit,
        "Cathedral Quarter Hotel",
        arrive,
        depart,
        (("101", 1, ("vogel",)), ("102", 1, ("richter",)), ("103", 1, ("schubert",))),
        address="Coventry city centre (fictional hotel)",
    )
    leg(
        demo,
        visit,
        "Lufthansa",
        None,
        ("Dresden", "Frankfurt"),
        ("Europe/Berlin", arrive, "11:00"),
        65,
        "Europe/Berlin",
        seats=3,
    )
    leg(
        demo,
        visit,
        "Lufthansa",
        None,
        ("Frankfurt", "Birmingham"),
        ("Europe/Berlin", arrive, "14:30"),
        90,
        LONDON,
        seats=3,
    )
    leg(
        demo,
        visit,
        "Lufthansa",
        None,
        ("Birmingham", "Frankfurt"),
        (LONDON, depart, "11:30"),
        85,
        "Europe/Berlin",
        seats=3,
    )
    leg(
        demo,
        visit,
        "Lufthansa",
        None,
        ("Frankfurt", "Dresden"),
        ("Europe/Berlin", depart, "17:10"),
        60,
        "Europe/Berlin",
        seats=3,
    )
    approvals(demo, visit, ("Twinning committee", dt.date(year, 9, 15), D.APPROVED, None))
    budget(
        demo,
        visit,
        ("Hotel, 3 rooms for 3 nights", "1080.00", "GBP"),
        ("Welcome dinner", "420.00", "GBP"),
    )


def build_past_visits(demo: Demo) -> None:
    build_clementine_1945(demo)
    build_council_1954(demo)
    build_kemi_1959(demo)
    build_choir_2022(demo)
    build_dresden_last_november(demo)
