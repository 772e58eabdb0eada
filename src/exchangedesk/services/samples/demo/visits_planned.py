"""Visits in the coming months, all demo scenarios placed relative to the chosen today: a
twelve-strong Volgograd delegation in Coventry (in ``visit_volgograd``), the Lord Mayor's trip to
Harbin, and an idea for a visit to Dresden's February commemoration."""

from __future__ import annotations

import datetime as dt

from exchangedesk.domain.enums import ApprovalDecision as D
from exchangedesk.domain.enums import DelegationStatus, Direction
from exchangedesk.domain.enums import ItineraryKind as K
from exchangedesk.domain.enums import MemberRole as R
from exchangedesk.services.samples.demo._support import HARBIN_TRIP, SCENARIO, Demo
from exchangedesk.services.samples.demo._visits import (
    approvals,
    budget,
    delegation,
    item,
    leg,
    lodging,
)
from exchangedesk.services.samples.demo.visit_volgograd import build_volgograd_visit

LONDON = "Europe/London"
SHANGHAI = "Asia/Shanghai"


def build_harbin_trip(demo: Demo) -> None:
    leave = demo.days(HARBIN_TRIP)
    day = {n: leave + dt.timedelta(days=n) for n in range(7)}
    visit = delegation(
        demo,
        "harbin_trip",
        "coventry_harbin",
        Direction.OUTGOING,
        "Lord Mayor's visit to Harbin",
        leave,
        day[6],
        DelegationStatus.PLANNED,
        members=(
            ("lord_mayor", R.HEAD),
            ("councillor", R.OFFICIAL),
            ("secretary", R.OFFICIAL),
            ("zh_interpreter", R.INTERPRETER),
            ("uni_rep", R.OFFICIAL, "Step-free access where possible."),
        ),
        purpose="To turn the letter of intent into a friendship-city agreement; university and "
        "business contacts.",
        notes=SCENARIO + " Leaves London in the evening of the first day.",
    )
    owner = {"delegation_id": visit.id}
    item(
        demo,
        owner,
        SHANGHAI,
        day[1],
        "19:30",
        "20:15",
        "Arrival at Harbin Taiping Airport; met by the Foreign Affairs Office",
        K.TRANSPORT,
        host="wang_jun",
    )
    item(
        demo,
        owner,
        SHANGHAI,
        day[2],
        "09:30",
        "11:30",
        "Talks at the Harbin Municipal Foreign Affairs Office",
        K.MEETING,
        host="wang_jun",
        interpreter_needed=True,
        dress_code="Business",
    )
    item(
        demo,
        owner,
        SHANGHAI,
        day[2],
        "12:00",
        "13:30",
        "Lunch hosted by the Foreign Affairs Office",
        K.MEAL,
        host="wang_jun",
    )
    item(
        demo,
        owner,
        SHANGHAI,
        day[2],
        "14:30",
        "17:00",
        "Harbin Institute of Technology: university partnerships",
        K.MEETING,
        venue="Harbin Institute of Technology",
        attendees=("lord_mayor", "uni_rep", "zh_interpreter"),
        interpreter_needed=True,
    )
    item(
        demo,
        owner,
        SHANGHAI,
        day[2],
        "14:30",
        "16:30",
        "Round table with Harbin businesses",
        K.MEETING,
        attendees=("councillor", "secretary"),
        host="zhang_min",
        interpreter_needed=True,
    )
    item(
        demo,
        owner,
        SHANGHAI,
        day[3],
        "09:00",
        "11:30",
        "Saint Sophia Cathedral and Central Street",
        K.VISIT,
        host="zhang_min",
    )
    item(demo, owner, SHANGHAI, day[3], "14:00", "16:30", "Sun Island", K.VISIT, host="zhang_min")
    item(
        demo,
        owner,
        SHANGHAI,
        day[4],
        "10:00",
        "11:00",
        "Signing of the friendship-city agreement (if both councils approve)",
        K.CEREMONY,
        dress_code="Business formal",
        interpreter_needed=True,
        host="wang_jun",
    )
    item(
        demo,
        owner,
        SHANGHAI,
        day[4],
        "12:00",
        "14:00",
        "Official banquet",
        K.MEAL,
        dress_code="Business formal",
        host="wang_jun",
    )
    item(
        demo,
        owner,
        SHANGHAI,
        day[4],
        "15:30",
        "17:00",
        "Meeting Coventry University alumni in Harbin",
        K.MEETING,
        attendees=("uni_rep", "secretary"),
    )
    item(demo, owner, SHANGHAI, day[5], "09:00", "17:00", "Free day", K.FREE_TIME)
    item(demo, owner, SHANGHAI, day[6], "06:00", "06:45", "Transfer to the airport", K.TRANSPORT)
    lodging(
        demo,
        visit,
        "Harbin city-centre hotel (booking pending)",
        day[1],
        day[6],
        (
            ("Single 1", 1, ("lord_mayor",)),
            ("Single 2", 1, ("councillor",)),
            ("Single 3", 1, ("secretary",)),
            ("Single 4", 1, ("zh_interpreter",)),
            ("Single 5", 1, ("uni_rep",)),
        ),
    )
    leg(
        demo,
        visit,
        "Air China",
        "CA 938",
        ("London Heathrow", "Beijing Capital"),
        (LONDON, leave, "21:00"),
        620,
        SHANGHAI,
        seats=5,
    )
    leg(
        demo,
        visit,
        "Air China",
        "CA 1621",
        ("Beijing Capital", "Harbin Taiping"),
        (SHANGHAI, day[1], "17:30"),
        115,
        SHANGHAI,
        seats=5,
    )
    leg(
        demo,
        visit,
        "Air China",
        "CA 1606",
        ("Harbin Taiping", "Beijing Capital"),
        (SHANGHAI, day[6], "08:00"),
        120,
        SHANGHAI,
        seats=5,
    )
    leg(
        demo,
        visit,
        "Air China",
        "CA 937",
        ("Beijing Capital", "London Heathrow"),
        (SHANGHAI, day[6], "13:00"),
        690,
        LONDON,
        seats=5,
    )
    approvals(
        demo,
        visit,
        ("Twinning committee", demo.days(-10), D.APPROVED, None),
        ("Coventry City Council", demo.days(-3), D.DEFERRED, "Until next year's budget is set."),
    )
    budget(
        demo,
        visit,
        ("Flights, 5 return tickets", "4250.00", "GBP"),
        ("Hotel, 5 rooms for 5 nights", "15000.00", "CNY"),
        ("Visas", "755.00", "GBP"),
        ("Interpreter", "900.00", "GBP"),
        ("Gifts", "300.00", "GBP"),
    )


def build_dresden_idea(demo: Demo) -> None:
    """An idea only: the Lord Mayor at Dresden's 13 February commemoration, well clear of the
    Harbin trip."""
    year = demo.today.year
    while dt.date(year, 2, 12) <= demo.days(HARBIN_TRIP + 20):
        year += 1
    delegation(
        demo,
        "dresden_idea",
        "coventry_dresden",
        Direction.OUTGOING,
        "Lord Mayor at Dresden's February commemoration",
        dt.date(year, 2, 12),
        dt.date(year, 2, 14),
        DelegationStatus.IDEA,
        members=(("lord_mayor", R.HEAD),),
        purpose="Remembrance of the bombing of 13 February 1945.",
        notes=SCENARIO,
    )


def build_planned_visits(demo: Demo) -> None:
    build_volgograd_visit(demo)
    build_harbin_trip(demo)
    build_dresden_idea(demo)
