"""Exchanges area: student and youth exchange programmes.

The list of programmes on the left; beside it the programme itself in tabs — overview with the
reciprocal programme, participants, host families, the placement board and the reciprocity
ledger. New (Ctrl+N), editing, consents, links and placements all go through the window's
undo stack (:mod:`exchange_commands`)."""

from __future__ import annotations

from exchangedesk.services.exchanges.lists import ProgrammeRow, list_programmes
from exchangedesk.ui.areas.base import AreaSpec, ListSpec
from exchangedesk.ui.formatting import (
    count_text,
    date_text,
    enum_text,
    language_text,
    period_text,
)
from exchangedesk.ui.i18n import translate
from exchangedesk.ui.models import Column
from exchangedesk.ui.widgets.detail_pane import Detail

ICON = "mdi6.school-outline"


def list_spec() -> ListSpec:
    def dates(r: ProgrammeRow) -> str:
        return period_text(r.starts_on, r.ends_on)

    return ListSpec(
        key="exchanges",
        title=translate("Exchanges", "Exchanges"),
        icon=ICON,
        load=list_programmes,
        columns=[
            Column(translate("Exchanges", "Dates"), dates, "starts_on", width=22),
            Column(
                translate("Exchanges", "Programme"),
                lambda r: r.title,
                "title",
                width=34,
                stretch=True,
            ),
            Column(
                translate("Exchanges", "Direction"),
                lambda r: enum_text(r.direction),
                "direction",
                width=10,
            ),
            Column(translate("Exchanges", "Partnership"), lambda r: r.cities, "cities", width=22),
            Column(
                translate("Exchanges", "Status"), lambda r: enum_text(r.status), "status", width=11
            ),
            Column(
                translate("Exchanges", "Participants"),
                lambda r: count_text(r.participant_count),
                "participant_count",
                numeric=True,
                width=10,
            ),
        ],
        heading=lambda r: r.title,
        details=[
            Detail(translate("Exchanges", "Partnership"), lambda r: r.cities),
            Detail(translate("Exchanges", "Direction"), lambda r: enum_text(r.direction)),
            Detail(
                translate("Exchanges", "Sending institution"),
                lambda r: r.sending_organisation or "",
            ),
            Detail(translate("Exchanges", "Host institution"), lambda r: r.host_organisation or ""),
            Detail(translate("Exchanges", "Starts"), lambda r: date_text(r.starts_on)),
            Detail(translate("Exchanges", "Ends"), lambda r: date_text(r.ends_on)),
            Detail(translate("Exchanges", "Language"), lambda r: language_text(r.language)),
            Detail(translate("Exchanges", "Status"), lambda r: enum_text(r.status)),
            Detail(
                translate("Exchanges", "Participants"), lambda r: count_text(r.participant_count)
            ),
            Detail(translate("Exchanges", "Return visit of"), lambda r: r.return_of or ""),
            Detail(translate("Exchanges", "Notes"), lambda r: r.notes or ""),
        ],
        filter_hint=translate("Exchanges", "Filter by programme, partner city or institution"),
        empty_title=translate("Exchanges", "No exchange programmes yet"),
        empty_text=translate(
            "Exchanges",
            "Exchanges are the student and youth programmes between schools, colleges and "
            "universities of partner cities: participants, host families, placements and the "
            "return visit.<br><br>Press <b>New…</b> (Ctrl+N) to add the first programme, or see "
            "the demo history (<nobr><code>exchangedesk demo --db demo.sqlite3</code></nobr>).",
        ),
        select_prompt=translate("Exchanges", "Select a programme to see its details."),
    )


def area() -> AreaSpec:
    from exchangedesk.ui.areas import area_spec

    return area_spec("exchanges")
