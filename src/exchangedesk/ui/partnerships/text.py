"""How partnership facts read in the window, through the translations: a status step
("Terminated by Kyiv"), who acted, a coming anniversary ("80 years — in 2024")."""

from __future__ import annotations

import datetime as dt

from exchangedesk.domain.anniversaries import Anniversary, DatePrecision
from exchangedesk.domain.enums import ActingSide, PartnershipStatus
from exchangedesk.services.partnerships.support import acting_city
from exchangedesk.ui.formatting import enum_text
from exchangedesk.ui.i18n import Partnerships, translate
from exchangedesk.ui.widgets.partial_date import partial_date_text


def step_headline(
    to_status: PartnershipStatus | None,
    from_status: PartnershipStatus | None,
    side: ActingSide | None,
    city_a: str,
    city_b: str,
) -> str:
    """The same phrase as ``services.partnership_support.status_headline``, translated."""
    if to_status is None:
        return ""
    to_status = PartnershipStatus(to_status)
    active = to_status is PartnershipStatus.ACTIVE
    if active and from_status is PartnershipStatus.SUSPENDED:
        word = translate("Partnerships", "Resumed")
    elif active and from_status is PartnershipStatus.TERMINATED:
        word = translate("Partnerships", "Renewed")
    else:
        word = enum_text(to_status)
    city = acting_city(side, city_a, city_b)
    if city is not None:
        if active and from_status not in (
            PartnershipStatus.SUSPENDED,
            PartnershipStatus.TERMINATED,
        ):
            return translate("Partnerships", "Active — {0} alone").format(city)
        if to_status is PartnershipStatus.LETTER_OF_INTENT:
            return translate("Partnerships", "Letter of intent from {0}").format(city)
        return translate("Partnerships", "{0} by {1}").format(word, city)
    ending = to_status in (PartnershipStatus.SUSPENDED, PartnershipStatus.TERMINATED)
    if side is ActingSide.BOTH and ending:
        return translate("Partnerships", "{0} by both cities").format(word)
    return word


def side_text(side: ActingSide, city_a: str, city_b: str) -> str:
    if side is ActingSide.BOTH:
        return translate("Partnerships", "both cities together")
    if side is ActingSide.UNKNOWN:
        return translate("Partnerships", "who acted is not recorded")
    return translate("Partnerships", "{0} alone").format(acting_city(side, city_a, city_b))


def anniversary_text(anniversary: Anniversary, today: dt.date) -> str:
    """ "80 years — 20 Apr 2024, in 3 months", "80 years — in 2024 (day not recorded)"."""
    years = Partnerships.tr("%Ln years", "", anniversary.years)
    when = partial_date_text(anniversary.on, anniversary.precision)
    if anniversary.precision is DatePrecision.DAY:
        days = (anniversary.on - today).days
        if days == 0:
            return translate("Partnerships", "{0} — today, {1}").format(years, when)
        if days > 0:
            return translate("Partnerships", "{0} — {1}, {2}").format(years, when, _in(days))
        return translate("Partnerships", "{0} — {1}").format(years, when)
    note = (
        translate("Partnerships", "day not recorded")
        if anniversary.precision is DatePrecision.MONTH
        else translate("Partnerships", "date not recorded")
    )
    return translate("Partnerships", "{0} — in {1} ({2})").format(years, when, note)


def _in(days: int) -> str:
    if days < 14:
        return Partnerships.tr("in %Ln days", "", days)
    if days < 60:
        return Partnerships.tr("in %Ln weeks", "", days // 7)
    return Partnerships.tr("in %Ln months", "", round(days / 30.4))


def time_ago(day: dt.date, today: dt.date) -> str:
    """ "today", "3 days ago", "5 months ago", "54 years ago"; "in 2 months" ahead."""
    days = (today - day).days
    if days < 0:
        return _in(-days)
    if days == 0:
        return translate("Partnerships", "today")
    if days < 31:
        return Partnerships.tr("%Ln days ago", "", days)
    years = today.year - day.year - ((today.month, today.day) < (day.month, day.day))
    if years <= 0:
        return Partnerships.tr("%Ln months ago", "", max(1, round(days / 30.4)))
    return Partnerships.tr("%Ln years ago", "", years)
