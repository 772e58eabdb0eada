"""A long register says how far its layout has got and can be stopped (issue 15, point 8)."""

from __future__ import annotations

import dataclasses
import io

import pytest

from exchangedesk.cli_documents import progress_line
from exchangedesk.reports.partnership_register import PartnershipRegisterRenderer
from exchangedesk.reports.progress import LayoutCancelled
from exchangedesk.services.documents.catalogue import render_document
from exchangedesk.services.documents.report_data import partnership_register_data
from reports.conftest import ISSUED, flat, pdf_text


@pytest.fixture(scope="module")
def long_register(demo):
    """The demo's register with its partnerships repeated to 600 lines (about 30 pages)."""
    data = partnership_register_data(demo, issued_on=ISSUED)
    rows = data.partnerships
    many = tuple(dataclasses.replace(rows[i % len(rows)], id=i + 1) for i in range(600))
    return dataclasses.replace(data, partnerships=many)


def test_every_page_is_reported_with_the_share_placed(long_register, tmp_path):
    heard: list[tuple[int, float | None]] = []
    pdf = PartnershipRegisterRenderer(long_register).render(
        progress=lambda pages, share: heard.append((pages, share))
    )
    pages = [p for p, _ in heard]
    assert pages == list(range(1, len(pages) + 1)) and len(pages) >= 20
    shares = [s for _, s in heard if s is not None]
    assert shares == sorted(shares) and 0 < shares[0] < 0.2 and shares[-1] > 0.9
    text = flat(pdf_text(pdf, tmp_path))
    assert f"Page {len(pages)} of {len(pages)}" in text  # the map page is the last reported
    # The same bytes with or without someone listening.
    assert pdf == PartnershipRegisterRenderer(long_register).render()


def test_raising_cancelled_stops_the_layout(long_register):
    seen: list[int] = []

    def stop_at_three(pages: int, share: float | None) -> None:
        seen.append(pages)
        if pages == 3:
            raise LayoutCancelled

    with pytest.raises(LayoutCancelled):
        PartnershipRegisterRenderer(long_register).render(progress=stop_at_three)
    assert seen == [1, 2, 3]


def test_the_catalogue_passes_progress_to_the_registers(demo):
    heard: list[int] = []
    render_document(
        demo, "partnership_register", None, issued_on=ISSUED, progress=lambda p, s: heard.append(p)
    )
    assert heard and heard[0] == 1


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_command_line_shows_one_rewritten_line_on_a_terminal_only():
    assert progress_line(io.StringIO()) is None  # a file or a pipe gets no progress
    screen = Terminal()
    show = progress_line(screen)
    show(1, None)
    show(412, 0.41)
    written = screen.getvalue()
    assert "\rLaying out page 1…" in written and "\rLaying out page 412 (41%)…" in written
    assert "\n" not in written
