"""The Dresden school exchange's pupils still waiting for a family and the Coventry families
with free beds, so that the placement board of the demo has something to suggest."""

from __future__ import annotations

import datetime as dt

from exchangedesk.db.models import HostFamily
from exchangedesk.services.samples.demo._support import FICTIONAL, Demo

# Pupils still waiting for a family, so that the placement board has something to suggest:
# Emma turns 18 during the stay, Leon is allergic to cats. (key, given, family, gender,
# languages, allergies, guardian's given name, guardian's key)
NOT_YET_PLACED = (
    ("emma_becker", "Emma", "Becker", "female", "de, en, fr", None, "Anja", "anja_becker"),
    ("leon_wagner", "Leon", "Wagner", "male", "de, en", "cats", "Thomas", "thomas_wagner"),
    ("sophie_klein", "Sophie", "Klein", "female", "de, en", None, "Claudia", "claudia_klein"),
)


def unplaced_pupils(demo: Demo, start: dt.date) -> None:
    eighteenth = start + dt.timedelta(days=3)
    born = {
        "emma_becker": _years_before(eighteenth, 18),
        "leon_wagner": _years_before(start, 16) - dt.timedelta(days=100),
        "sophie_klein": _years_before(start, 15) - dt.timedelta(days=30),
    }
    for key, given, family, gender, languages, _allergies, parent, guardian in NOT_YET_PLACED:
        demo.person(guardian, parent, family, city="dresden", role="Parent")
        demo.person(
            key, given, family, city="dresden", org="dresden_school", role="Pupil",
            gender=gender, languages=languages, notes=FICTIONAL,
        )  # fmt: skip
    demo.flush()
    for key, *_, allergies, _parent, guardian in NOT_YET_PLACED:
        demo.sensitive(
            key,
            date_of_birth=born[key],
            nationality="DE",
            guardian=guardian,
            allergies=allergies,
            emergency_contact_name=demo.people[guardian].display_name,
            emergency_contact_phone="+49 351 0000000",
        )


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def more_families(demo: Demo) -> dict[str, HostFamily]:
    """Families with free beds, so that the placement board has choices to suggest: one
    speaking German, one with a dog and smokers, one newly vetted near the academy."""
    vetted = {"vetted_by": "Coventry City Council (enhanced DBS check)"}
    return {
        "walker": HostFamily(
            name="The Walker family",
            address="Radford, Coventry",
            latitude=52.4262,
            longitude=-1.5263,
            capacity=2,
            languages="en,de",
            vetted_on=demo.days(-90),
            vetting_valid_until=demo.days(-90 + 3 * 365),
            **vetted,
        ),
        "nowak": HostFamily(
            name="The Nowak family",
            address="Foleshill, Coventry",
            latitude=52.4297,
            longitude=-1.4947,
            capacity=1,
            languages="en,pl",
            pets="dog",
            smokers=True,
            vetted_on=demo.days(-700),
            vetting_valid_until=demo.days(-700 + 3 * 365),
            **vetted,
        ),
        "ahmed": HostFamily(
            name="The Ahmed family",
            address="Earlsdon, Coventry",
            latitude=52.3995,
            longitude=-1.5305,
            capacity=3,
            languages="en,ur,de",
            allergies_managed="nuts, gluten",
            vetted_on=demo.days(-30),
            vetting_valid_until=demo.days(-30 + 3 * 365),
            **vetted,
        ),
    }
