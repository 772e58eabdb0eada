"""The vocabulary of personal-data keeping: what a person consents to, how the consent was
given, and the retention periods with the date arithmetic the review needs. Pure: no database.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from enum import StrEnum


class ConsentPurpose(StrEnum):
    """What needs a person's (or for a minor, the guardian's) consent."""

    PHOTOS = "photos"  # photos of them in publications, the newsletter, the website
    PARTNER_SHARING = "partner_sharing"  # their data passed to the partner committee or school
    MEDICAL_KEPT = "medical_kept"  # medical notes kept after the exchange has ended
    KEPT_AFTER_VISIT = "kept_after_visit"  # contact details kept for future visits


PURPOSE_WORDS = {
    ConsentPurpose.PHOTOS: "Photos in publications",
    ConsentPurpose.PARTNER_SHARING: "Data shared with the partner committee",
    ConsentPurpose.MEDICAL_KEPT: "Medical notes kept after the exchange",
    ConsentPurpose.KEPT_AFTER_VISIT: "Contact details kept after the visit",
}


class ConsentMethod(StrEnum):
    """How the consent reached the committee: what the secretary would show as proof."""

    FORM = "form"  # a signed form
    EMAIL = "email"
    ORALLY = "orally"


METHOD_WORDS = {
    ConsentMethod.FORM: "signed form",
    ConsentMethod.EMAIL: "e-mail",
    ConsentMethod.ORALLY: "orally",
}


class RetentionRule(StrEnum):
    PASSPORT = "passport"  # passport data, after the person's last visit has ended
    MINOR_MEDICAL = "minor_medical"  # a minor's medical notes, after their exchange has ended
    INACTIVE = "inactive"  # people with no activity at all


RULE_WORDS = {
    RetentionRule.PASSPORT: "Passport data after the last visit",
    RetentionRule.MINOR_MEDICAL: "Minors' medical notes after the exchange",
    RetentionRule.INACTIVE: "People with no activity",
}


@dataclass(frozen=True)
class RetentionPeriods:
    """How long data is kept. Defaults: passport data six months after the last visit (long
    enough for expense claims and a return visit's paperwork); a minor's medical and dietary
    notes three months after the exchange (its follow-up); a person with no activity for five
    years (the time after which a partnership counts as dormant)."""

    passport_months: int = 6
    minor_medical_months: int = 3
    inactive_years: int = 5

    LIMITS = {"passport_months": 120, "minor_medical_months": 120, "inactive_years": 50}


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day *months* later; the 31st becomes the month's last day (31 August + 6 months
    is 28 or 29 February)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def kept_until(ended: dt.date, months: int) -> dt.date:
    """The last day the data may be kept: the day it ended plus the period, that day included."""
    return add_months(ended, months)


def is_past(ended: dt.date, months: int, today: dt.date) -> bool:
    """Past its time only after the last day it may be kept."""
    return today > kept_until(ended, months)
