"""The planned visit of twelve teachers, students and museum staff from Volgograd to Coventry,
in about six weeks: a day-by-day programme in Europe/London time, rooms, flights via Istanbul,
budget and approvals. A demo scenario placed relative to the chosen today."""

from __future__ import annotations

import datetime as dt

from exchangedesk.domain.enums import ApprovalDecision as D
from exchangedesk.domain.enums import DelegationStatus, Direction
from exchangedesk.domain.enums import ItineraryKind as K
from exchangedesk.domain.enums import MemberRole as R
from exchangedesk.services.samples.demo._support import SCENARIO, VOLGOGRAD_VISIT, Demo
from exchangedesk.services.samples.demo._visits import (
    approvals,
    budget,
    delegation,
    item,
    leg,
    lodging,
)

LONDON = "Europe/London"
VOLGOGRAD = "Europe/Volgograd"
ISTANBUL = "Europe/Istanbul"

UNIVERSITY_GROUP = (
    "smirnova",
    "kuznetsov",
    "orlova",
    "sokolov",
    "lebedeva",
    "pavlov",
    "novikova",
    "fyodorov",
)
MUSEUM_GROUP = ("volkova", "morozov", "yegorov", "zaitseva")


def build_volgograd_visit(demo: Demo) -> None:
    arrive = demo.days(VOLGOGRAD_VISIT)
    day = {n: arrive + dt.timedelta(days=n) for n in range(5)}
    visit = delegation(
        demo,
        "volgograd_visit",
        "coventry_volgograd",
        Direction.INCOMING,
        "Teachers, students and museum staff from Volgograd",
        arrive,
        day[4],
        DelegationStatus.APPROVED,
        members=(
            ("smirnova", R.HEAD),
            ("kuznetsov", R.INTERPRETER),
            ("volkova", R.OFFICIAL),
            ("morozov", R.OFFICIAL),
            ("orlova", R.OFFICIAL),
            ("sokolov", R.OFFICIAL, "Insulin kept cool; regular meal times."),
            ("lebedeva", R.STUDENT),
            ("pavlov", R.STUDENT),
            ("novikova", R.STUDENT, "Nut-free meals."),
            ("fyodorov", R.STUDENT),
            ("yegorov", R.JOURNALIST),
            ("zaitseva", R.ARTIST, "Vegetarian meals."),
        ),
        purpose="People-to-people visit: university and museum contacts, a joint concert.",
        notes=SCENARIO + " A civil-society visit while the official link is suspended: no civic "
        "reception is planned.",
    )
    owner = {"delegation_id": visit.id}
    # Day 1: arrival
    item(
        demo,
        owner,
        LONDON,
        day[0],
        "12:30",
        "13:15",
        "Coach from Birmingham Airport to the hotel",
        K.TRANSPORT,
        host="secretary",
    )
    item(
        demo,
        owner,
        LONDON,
        day[0],
        "14:00",
        "17:30",
        "Check-in and rest",
        K.FREE_TIME,
        venue="Cathedral Quarter Hotel",
    )
    item(
        demo,
        owner,
        LONDON,
        day[0],
        "19:00",
        "21:00",
        "Welcome dinner with the twinning committee",
        K.MEAL,
        venue="Cathedral Quarter Hotel",
        host="secretary",
        interpreter_needed=True,
        dress_code="Smart casual",
    )
    # Day 2: the cathedral, Volgograd Place, the committee
    item(
        demo,
        owner,
        LONDON,
        day[1],
        "09:30",
        "11:00",
        "Coventry Cathedral: the ruins, the Cross of Nails and the new cathedral",
        K.VISIT,
        venue="Coventry Cathedral",
        address="1 Hill Top, Coventry",
        interpreter_needed=True,
    )
    item(
        demo,
        owner,
        LONDON,
        day[1],
        "11:15",
        "12:00",
        "Volgograd Place and Holy Trinity Church",
        K.VISIT,
        venue="Volgograd Place",
    )
    item(demo, owner, LONDON, day[1], "12:30", "13:45", "Lunch", K.MEAL)
    item(
        demo,
        owner,
        LONDON,
        day[1],
        "14:00",
        "16:00",
        "Meeting with the twinning committee: people-to-people links",
        K.MEETING,
        venue="Herbert Art Gallery & Museum",
        address="Jordan Well, Coventry",
        host="secretary",
        interpreter_needed=True,
    )
    item(demo, owner, LONDON, day[1], "16:30", "18:30", "Free time in the city centre", K.FREE_TIME)
    # Day 3: two groups, then a concert
    item(
        demo,
        owner,
        LONDON,
        day[2],
        "09:00",
        "12:30",
        "Teaching and study at Coventry University",
        K.MEETING,
        venue="Coventry University",
        address="Priory Street, Coventry",
        attendees=UNIVERSITY_GROUP,
        host="uni_rep",
    )
    item(
        demo,
        owner,
        LONDON,
        day[2],
        "09:30",
        "12:30",
        "Collections and archives at the Herbert",
        K.VISIT,
        venue="Herbert Art Gallery & Museum",
        attendees=MUSEUM_GROUP,
        host="ru_interpreter",
        interpreter_needed=True,
    )
    item(demo, owner, LONDON, day[2], "13:00", "14:00", "Lunch", K.MEAL)
    item(
        demo,
        owner,
        LONDON,
        day[2],
        "19:30",
        "21:30",
        "Evening of Russian and English songs",
        K.VISIT,
        venue="Coventry Cathedral",
        notes="Marina Zaitseva sings with a Coventry community choir.",
    )
    # Day 4: museum, remembrance, farewell
    item(
        demo,
        owner,
        LONDON,
        day[3],
        "10:00",
        "12:00",
        "Coventry Transport Museum",
        K.VISIT,
        venue="Coventry Transport Museum",
        address="Millennium Place, Hales Street, Coventry",
    )
    item(demo, owner, LONDON, day[3], "12:30", "13:30", "Lunch", K.MEAL)
    item(
        demo,
        owner,
        LONDON,
        day[3],
        "14:00",
        "15:00",
        "Flowers in the cathedral ruins",
        K.CEREMONY,
        venue="Coventry Cathedral ruins",
        dress_code="Dark clothing",
    )
    item(demo, owner, LONDON, day[3], "15:30", "18:00", "Free afternoon", K.FREE_TIME)
    item(
        demo,
        owner,
        LONDON,
        day[3],
        "19:00",
        "22:00",
        "Farewell dinner",
        K.MEAL,
        host="secretary",
        interpreter_needed=True,
        dress_code="Smart",
    )
    # Day 5: departure
    item(
        demo,
        owner,
        LONDON,
        day[4],
        "08:00",
        "09:30",
        "Breakfast and check-out",
        K.MEAL,
        venue="Cathedral Quarter Hotel",
    )
    item(demo, owner, LONDON, day[4], "10:00", "10:45", "Coach to Birmingham Airport", K.TRANSPORT)

    lodging(
        demo,
        visit,
        "Cathedral Quarter Hotel",
        arrive,
        day[4],
        (
            ("201", 1, ("smirnova",)),
            ("202", 1, ("zaitseva",)),
            ("203", 2, ("volkova", "orlova")),
            ("204", 2, ("lebedeva", "novikova")),
            ("205", 2, ("kuznetsov", "yegorov")),
            ("206", 2, ("morozov", "sokolov")),
            ("207", 2, ("pavlov", "fyodorov")),
        ),
        address="Coventry city centre (fictional hotel)",
        phone="+44 24 7600 0001",
    )
    # No direct flights: via Istanbul both ways.
    leg(
        demo,
        visit,
        "Turkish Airlines",
        "TK 0425",
        ("Volgograd", "Istanbul"),
        (VOLGOGRAD, arrive, "03:50"),
        175,
        ISTANBUL,
        seats=12,
        booking_reference="DEMO-VLG-OUT",
    )
    leg(
        demo,
        visit,
        "Turkish Airlines",
        "TK 1969",
        ("Istanbul", "Birmingham"),
        (ISTANBUL, arrive, "09:05"),
        260,
        LONDON,
        seats=12,
        booking_reference="DEMO-VLG-OUT",
    )
    leg(
        demo,
        visit,
        "Coventry Coaches",
        None,
        ("Birmingham Airport", "Coventry"),
        (LONDON, arrive, "12:30"),
        45,
        LONDON,
        seats=16,
    )
    leg(
        demo,
        visit,
        "Coventry Coaches",
        None,
        ("Coventry", "Birmingham Airport"),
        (LONDON, day[4], "10:00"),
        45,
        LONDON,
        seats=16,
    )
    leg(
        demo,
        visit,
        "Turkish Airlines",
        "TK 1970",
        ("Birmingham", "Istanbul"),
        (LONDON, day[4], "12:40"),
        235,
        ISTANBUL,
        seats=12,
        booking_reference="DEMO-VLG-RET",
    )
    leg(
        demo,
        visit,
        "Turkish Airlines",
        "TK 0426",
        ("Istanbul", "Volgograd"),
        (ISTANBUL, day[4], "20:45"),
        175,
        VOLGOGRAD,
        seats=12,
        booking_reference="DEMO-VLG-RET",
    )

    approvals(
        demo,
        visit,
        ("Twinning committee", demo.days(-55), D.APPROVED, None),
        (
            "Council international office",
            demo.days(-48),
            D.DEFERRED,
            "Advice sought: the official link is suspended.",
        ),
        (
            "Council international office",
            demo.days(-28),
            D.APPROVED,
            "Approved as a people-to-people visit without a civic reception.",
        ),
    )
    budget(
        demo,
        visit,
        ("Hotel, 7 rooms for 4 nights", "3360.00", "GBP"),
        ("Coach hire: airport transfers", "540.00", "GBP"),
        ("Welcome and farewell dinners", "1450.00", "GBP"),
        ("Local interpreter, 2 days", "480.00", "GBP"),
        ("Museum entries and guided tours", "210.00", "GBP"),
        ("Gifts for the guests", "150.00", "GBP"),
        ("Flights for 12 (paid by the guests; for information)", "1080000.00", "RUB"),
    )
