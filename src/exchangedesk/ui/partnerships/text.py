"""How partnership facts read in the window, through the translations: a status step
("Terminated by Kyiv"), who acted, a coming anniversary ("80 years — in 2024")."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from exchangedesk.domain.anniversaries import Anniversary, DatePrecision
from exchangedesk.domain.enums import ActingSide, PartnershipStatus
from exchangedesk.services.partnerships.support import acting_city
from exchangedesk.ui.formatting import enum_text, plural
from exchangedesk.ui.widgets.partial_date import partial_date_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("Partnerships", text)


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
        word = _tr("Resumed")
    elif active and from_status is PartnershipStatus.TERMINATED:
        word = _tr("Renewed")
    else:
        word = enum_text(to_status)
    city = acting_city(side, city_a, city_b)
    if city is not None:
        if active and from_status not in (
            PartnershipStatus.SUSPENDED,
            PartnershipStatus.TERMINATED,
        ):
            return _tr("Active — {0} alone").format(city)
        if to_status is PartnershipStatus.LETTER_OF_INTENT:
            return _tr("Letter of intent from {0}").format(city)
        return _tr("{0} by {1}").format(word, city)
    ending = to_status in (PartnershipStatus.SUSPENDED, PartnershipStatus.TERMINATED)
    if side is ActingSide.BOTH and ending:
        return _tr("{0} by both cities").format(word)
    return word


def side_text(side: ActingSide, city_a: str, city_b: str) -> str:
    if side is ActingSide.BOTH:
        return _tr("both cities together")
    if side is ActingSide.UNKNOWN:
        return _tr("who acted is not recorded")
    return _tr("{0} alone").format(acting_city(side, city_a, city_b))


def anniversary_text(anniversary: Anniversary, today: dt.date) -> str:
    """ "80 years — 20 Apr 2024, in 3 months", "80 years — in 2024 (day not recorded)"."""
    years = plural(anniversary.years, _tr("{0} year"), _tr("{0} years"))
    when = partial_date_text(anniversary.on, anniversary.precision)
    if anniversary.precision is DatePrecision.DAY:
        days = (anniversary.on - today).days
        if days == 0:
            return _tr("{0} — today, {1}").format(years, when)
        if days > 0:
            return _tr("{0} — {1}, {2}").format(years, when, _in(days))
        return _tr("{0} — {1}").format(years, when)
    note = (
        _tr("day not recorded")
        if anniversary.precision is DatePrecision.MONTH
        else _tr("date not recorded")
    )
    return _tr("{0} — in {1} ({2})").format(years, when, note)


def _in(days: int) -> str:
    if days < 14:
        return plural(days, _tr("in {0} day"), _tr("in {0} days"))
    if days < 60:
        return plural(days // 7, _tr("in {0} week"), _tr("in {0} weeks"))
    return plural(round(days / 30.4), _tr("in {0} month"), _tr("in {0} months"))


def time_ago(day: dt.date, today: dt.date) -> str:
    """ "today", "3 days ago", "5 months ago", "54 years ago"; "in 2 months" ahead."""
    days = (today - day).days
    if days < 0:
        return _in(-days)
    if days == 0:
        return _tr("today")
    if days < 31:
        return plural(days, _tr("{0} day ago"), _tr("{0} days ago"))
    years = today.year - day.year - ((today.month, today.day) < (day.month, day.day))
    if years <= 0:
        return plural(max(1, round(days / 30.4)), _tr("{0} month ago"), _tr("{0} months ago"))
    return plural(years, _tr("{0} year ago"), _tr("{0} years ago"))
