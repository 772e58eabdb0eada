"""Exchanges area: student and youth exchange programmes.

The list of programmes on the left; beside it the programme itself in tabs — overview with the
reciprocal programme, participants, host families, the placement board and the reciprocity
ledger. New (Ctrl+N), editing, consents, links and placements all go through the window's
undo stack (:mod:`exchange_commands`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from exchangedesk.services.exchanges.lists import ProgrammeRow, list_programmes
from exchangedesk.ui.areas.base import AreaSpec, ListSpec
from exchangedesk.ui.formatting import (
    count_text,
    date_text,
    enum_text,
    language_text,
    period_text,
)
from exchangedesk.ui.models import Column
from exchangedesk.ui.widgets.detail_pane import Detail

ICON = "mdi6.school-outline"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Exchanges", text)


def list_spec() -> ListSpec:
    def dates(r: ProgrammeRow) -> str:
        return period_text(r.starts_on, r.ends_on)

    return ListSpec(
        key="exchanges",
        title=_tr("Exchanges"),
        icon=ICON,
        load=list_programmes,
        columns=[
            Column(_tr("Dates"), dates, "starts_on", width=22),
            Column(_tr("Programme"), lambda r: r.title, "title", width=34, stretch=True),
            Column(_tr("Direction"), lambda r: enum_text(r.direction), "direction", width=10),
            Column(_tr("Partnership"), lambda r: r.cities, "cities", width=22),
            Column(_tr("Status"), lambda r: enum_text(r.status), "status", width=11),
            Column(
                _tr("Participants"),
                lambda r: count_text(r.participant_count),
                "participant_count",
                numeric=True,
                width=10,
            ),
        ],
        heading=lambda r: r.title,
        details=[
            Detail(_tr("Partnership"), lambda r: r.cities),
            Detail(_tr("Direction"), lambda r: enum_text(r.direction)),
            Detail(_tr("Sending institution"), lambda r: r.sending_organisation or ""),
            Detail(_tr("Host institution"), lambda r: r.host_organisation or ""),
            Detail(_tr("Starts"), lambda r: date_text(r.starts_on)),
            Detail(_tr("Ends"), lambda r: date_text(r.ends_on)),
            Detail(_tr("Language"), lambda r: language_text(r.language)),
            Detail(_tr("Status"), lambda r: enum_text(r.status)),
            Detail(_tr("Participants"), lambda r: count_text(r.participant_count)),
            Detail(_tr("Return visit of"), lambda r: r.return_of or ""),
            Detail(_tr("Notes"), lambda r: r.notes or ""),
        ],
        filter_hint=_tr("Filter by programme, partner city or institution"),
        empty_title=_tr("No exchange programmes yet"),
        empty_text=_tr(
            "Exchanges are the student and youth programmes between schools, colleges and "
            "universities of partner cities: participants, host families, placements and the "
            "return visit.<br><br>Press <b>New…</b> (Ctrl+N) to add the first programme, or see "
            "the demo history (<nobr><code>exchangedesk demo --db demo.sqlite3</code></nobr>)."
        ),
        select_prompt=_tr("Select a programme to see its details."),
    )


def area() -> AreaSpec:
    from exchangedesk.ui.areas import area_spec

    return area_spec("exchanges")
