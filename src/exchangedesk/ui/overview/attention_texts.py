"""Home's attention sentences in the window's language, worded from the facts the services
gather (:class:`~exchangedesk.services.overview.items.AttentionFacts`): the services import no
Qt, so they cannot translate, and a sentence assembled in English cannot be translated after
the fact. Counts go through Qt's plural forms (``Home.tr(text, "", n)``), so Russian says
1 конфликт, 3 конфликта, 5 конфликтов; dates through babel in the window's locale.
"""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date, format_skeleton

from exchangedesk.domain.anniversaries import DatePrecision
from exchangedesk.domain.enums import Direction
from exchangedesk.services.overview.items import AttentionItem, AttentionKind
from exchangedesk.ui.formatting import babel_locale, enum_text
from exchangedesk.ui.i18n import Home, translate

NAMES_SHOWN = 4  # people named in a sentence before "and 3 more"


def names_text(names: tuple[str, ...], most: int = NAMES_SHOWN) -> str:
    shown = ", ".join(names[:most])
    if len(names) <= most:
        return shown
    return Home.tr("{0} and %n more", "", len(names) - most).format(shown)


def relative_day(day: dt.date, today: dt.date) -> str:
    """ "today", "tomorrow", "in 3 days", "2 days ago": to follow a verb."""
    days = (day - today).days
    if days == 0:
        return translate("Home", "today")
    if days == 1:
        return translate("Home", "tomorrow")
    if days < 0:
        return Home.tr("%n days ago", "", -days)
    return Home.tr("in %n days", "", days)


def day_text(day: dt.date) -> str:
    """ "18 January 2027", "18. Januar 2027", "18 января 2027 г."."""
    return format_date(day, "long", locale=babel_locale())


def when_text(day: dt.date | None, today: dt.date, precision: DatePrecision) -> str:
    """The "When" column: "Mon 18 Jan" (the year when not this one), "Today", "Tomorrow";
    only the year or the month of a date known no better."""
    if day is None:
        return ""
    if precision is DatePrecision.YEAR:
        return str(day.year)
    locale = babel_locale()
    if precision is DatePrecision.MONTH:
        return format_skeleton("yMMMM", day, locale=locale)
    days = (day - today).days
    if days == 0:
        return translate("Home", "Today")
    if days == 1:
        return translate("Home", "Tomorrow")
    return format_skeleton("MMMEd" if day.year == today.year else "yMMMEd", day, locale=locale)


def full_day_text(day: dt.date) -> str:
    """ "Monday, 18 January 2027": the "When" column's tooltip."""
    return format_date(day, "full", locale=babel_locale())


def title_text(item: AttentionItem, today: dt.date) -> str:
    """The item's one sentence in the list."""
    f, kind = item.facts, item.kind
    if kind is AttentionKind.CONFLICT:
        return Home.tr("“{0}” has %n unresolved conflicts", "", f.count).format(f.subject)
    if kind is AttentionKind.VISA_LETTER:
        return Home.tr("Visa support letters due for “{0}”: {1} of %n members", "", f.total).format(
            f.subject, f.count
        )
    if kind is AttentionKind.CONSENT_MISSING:
        return Home.tr("%n minors in “{0}” without consent", "", f.count).format(f.subject)
    if kind is AttentionKind.VETTING_LAPSED:
        family = f.names[0] if f.names else ""
        return translate("Home", "{0}: vetting lapsed before “{1}”").format(family, f.subject)
    if kind is AttentionKind.VISIT:
        return _visit_title(item, today)
    if kind is AttentionKind.SHIPMENT:
        status = enum_text(f.status).lower()
        return translate("Home", "Shipment {0} to {1}: {2}").format(f.reference, f.cities, status)
    if kind is AttentionKind.UNTHANKED_GIFT:
        giver = f.giver or translate("Home", "the giver")
        return translate("Home", "Thank {0} for “{1}”").format(giver, f.subject)
    if kind is AttentionKind.ANNIVERSARY:
        return _anniversary_title(item)
    return item.title


def _visit_title(item: AttentionItem, today: dt.date) -> str:
    f = item.facts
    when = relative_day(f.day, today) if f.day is not None else ""
    incoming = f.direction is Direction.INCOMING
    if item.record.area == "exchanges":
        text = (
            translate("Home", "Incoming exchange “{0}” arrives {1}")
            if incoming
            else translate("Home", "Outgoing exchange “{0}” leaves {1}")
        )
    else:
        text = (
            translate("Home", "Incoming delegation “{0}” arrives {1}")
            if incoming
            else translate("Home", "Outgoing delegation “{0}” leaves {1}")
        )
    return text.format(f.subject, when)


def _anniversary_title(item: AttentionItem) -> str:
    f = item.facts
    if f.day is None or item.precision is DatePrecision.YEAR:
        year = f.day.year if f.day is not None else ""
        return Home.tr("%n years of {0} in {1}", "", f.years).format(f.cities, year)
    if item.precision is DatePrecision.MONTH:
        month = format_skeleton("yMMMM", f.day, locale=babel_locale())
        return Home.tr("%n years of {0}: {1}", "", f.years).format(f.cities, month)
    return Home.tr("%n years of {0} on {1}", "", f.years).format(f.cities, day_text(f.day))


def explanation_text(item: AttentionItem, today: dt.date) -> str:
    """Why it matters and what to do: the row's tooltip and the line under the list."""
    f, kind = item.facts, item.kind
    if kind is AttentionKind.CONFLICT:
        first = translate("conflict_records", f.conflict.title) if f.conflict else ""
        if f.count > 1:
            return Home.tr(
                "{0} (and %n more). Resolve or accept before confirming.", "", f.count - 1
            ).format(first)
        return translate("Home", "{0}. Resolve or accept before confirming.").format(first)
    if kind is AttentionKind.VISA_LETTER:
        when = relative_day(f.day, today) if f.day is not None else ""
        return translate(
            "Home",
            "No visa support letter in the register for {0}. They arrive {1}; "
            "consulates need weeks.",
        ).format(names_text(f.names), when)
    if kind is AttentionKind.CONSENT_MISSING:
        return translate(
            "Home",
            "No guardian's consent recorded for {0}. A minor cannot be placed with a family "
            "without it.",
        ).format(", ".join(f.names))
    if kind is AttentionKind.VETTING_LAPSED:
        starts = day_text(f.day) if f.day is not None else ""
        if f.until is not None:
            return translate(
                "Home",
                "Their vetting ran out on {0}; the programme starts {1}. Renew it or move the "
                "student.",
            ).format(day_text(f.until), starts)
        return translate(
            "Home",
            "No vetting is recorded for them; the programme starts {0}. Renew it or move the "
            "student.",
        ).format(starts)
    if kind is AttentionKind.VISIT:
        return translate("Home", "{0}. Check the programme, rooms and transport are ready.").format(
            f.cities
        )
    if kind is AttentionKind.SHIPMENT:
        if f.carrier:
            return translate(
                "Home", "For “{0}” ({1}). Follow it until its delivery is confirmed."
            ).format(f.campaign, f.carrier)
        return translate("Home", "For “{0}”. Follow it until its delivery is confirmed.").format(
            f.campaign
        )
    if kind is AttentionKind.UNTHANKED_GIFT:
        if f.occasion:
            return translate(
                "Home", "No thank-you letter for this gift is in the register (received at {0})."
            ).format(f.occasion)
        return translate("Home", "No thank-you letter for this gift is in the register.")
    if kind is AttentionKind.ANNIVERSARY:
        if f.jubilee:
            return translate("Home", "A jubilee: time to plan a ceremony, a visit or a gift.")
        return translate("Home", "A round anniversary: worth a letter to the partner city.")
    return item.explanation
