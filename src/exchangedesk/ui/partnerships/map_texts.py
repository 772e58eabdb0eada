"""What the map says when the mouse rests on a line: the partnership and its dates, or a
country pair's count when a federation's lines are summed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from exchangedesk.reports.data.partnership_map import MapLine
from exchangedesk.reports.map.scene import PairLine
from exchangedesk.ui.formatting import country_text, date_text, enum_text
from exchangedesk.ui.i18n import translate


def line_text(line: MapLine, years: int) -> str:
    dates = (
        date_text(line.signed_on)
        if line.signed_on
        else translate("PartnershipMapView", "date of signing unknown")
    )
    if line.ended_on:
        dates = f"{dates} – {date_text(line.ended_on)}"
    kind = f"{enum_text(line.kind)}, {enum_text(line.status).lower()}"
    signed = translate("PartnershipMapView", "Signed {0}").format(dates)
    done = QCoreApplication.translate(
        "PartnershipMapView", "%Ln things done in the last {0} years", "", line.activity
    ).format(years)
    return f"{line.cities}\n{kind}\n{signed}\n{done}"


def pair_text(pair: PairLine) -> str:
    first, second = (country_text(code) for code in pair.countries)
    count = QCoreApplication.translate(
        "PartnershipMapView", "%Ln partnerships ({0})", "", pair.count
    ).format(enum_text(pair.status).lower())
    return f"{first} – {second}\n{count}"
