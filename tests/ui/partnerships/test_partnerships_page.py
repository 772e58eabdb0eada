"""The Partnerships page beyond the editor: status changes on the timeline, the filter bar,
dormancy and anniversaries in the pane, and documents attached, opened, saved and removed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from partnership_ui import listed, partnerships, row_of, save_button, select, type_text
from PySide6.QtCore import QUrl

from exchangedesk.db.session import Database
from exchangedesk.domain.enums import ActingSide, PartnershipKind, PartnershipStatus
from exchangedesk.services.common.attachments import list_attachments
from exchangedesk.services.partnerships.records import get_partnership
from exchangedesk.ui.main_window import MainWindow
from exchangedesk.ui.partnerships import documents as partnership_documents
from exchangedesk.ui.partnerships import lists as partnership_list
from partnership_fakes import FakeGazetteer
from qt_checks import ModelChecker
from sample_committee import SampleIds

TODAY = dt.date(2025, 6, 10)


@pytest.fixture
def page(filled_window: MainWindow):  # noqa: ANN201
    page = partnerships(filled_window, FakeGazetteer())
    page.today = TODAY
    page.detail.today = TODAY
    page.refresh()
    return page


def column(page, header: str) -> list[str]:  # noqa: ANN001
    index = [c.header for c in page.spec.columns].index(header)
    return [page.model.index(row, index).data() for row in range(page.model.rowCount())]


def test_a_status_change_shows_on_the_timeline_and_is_undoable(
    filled_window: MainWindow,
    page,
    database: Database,
    sample: SampleIds,  # noqa: ANN001
) -> None:
    select(page, "Coventry – Dresden")
    assert page.detail.timeline_entries() == []  # no history recorded in the sample
    page.change_status()
    dialog = page.status_dialog
    assert dialog.new_status() is PartnershipStatus.SUSPENDED  # what usually follows
    dialog.set_side(ActingSide.PARTNER)
    dialog.when.set_value(dt.date(2024, 3, 1))
    type_text(dialog.reason, "Dresden council vote")
    assert dialog.preview.text() == "Suspended by Dresden"
    save_button(dialog).click()
    assert not dialog.isVisible()
    (entry,) = page.detail.timeline_entries()
    assert entry.headline_text == "Suspended by Dresden"
    assert "1 Mar 2024" in entry.title.text()
    assert entry.reason.text() == "Dresden alone — Dresden council vote"
    assert "Suspended by Dresden" in page.detail.subheading.text()
    assert column(page, "Status")[row_of(page, "Coventry – Dresden")] == "Suspended by Dresden"
    assert filled_window.undo_stack.undoText() == "Coventry – Dresden: Suspended by Dresden"

    filled_window.undo_stack.undo()
    assert page.detail.timeline_entries() == []
    assert get_partnership(database, sample.coventry_dresden).status is PartnershipStatus.ACTIVE
    filled_window.undo_stack.redo()
    assert [e.headline_text for e in page.detail.timeline_entries()] == ["Suspended by Dresden"]


def test_a_refused_status_change_stays_in_the_dialog(page) -> None:  # noqa: ANN001
    select(page, "Coventry – Dresden")
    page.change_status()
    dialog = page.status_dialog
    dialog.when.set_value(dt.date(2030, 1, 1))  # after the page's today
    save_button(dialog).click()
    assert dialog.isVisible()
    assert "in the future" in dialog.messages.message("changed_on")


def test_a_termination_by_one_side_reads_so_in_the_list_and_pane(page) -> None:  # noqa: ANN001
    select(page, "Kemi – Volgograd")
    page.change_status()
    dialog = page.status_dialog
    dialog.set_status(PartnershipStatus.TERMINATED)
    dialog.set_side(ActingSide.HOME)
    dialog.when.set_value(dt.date(2022, 3, 1))
    save_button(dialog).click()
    assert column(page, "Status")[row_of(page, "Kemi – Volgograd")] == "Terminated by Kemi"
    titles = [e.headline_text for e in page.detail.timeline_entries()]
    assert titles == ["Terminated by Kemi"]
    assert page.detail.anniversaries.text() == "None: the partnership has ended."


def test_the_filter_bar(page, qtbot) -> None:  # noqa: ANN001
    page.status_filter.setCurrentIndex(page.status_filter.findData(PartnershipStatus.SUSPENDED))
    assert listed(page) == ["Kemi – Volgograd"]
    assert page.window().counts_label.text() == "Partnerships: 1 matching the filter"
    page.status_filter.setCurrentIndex(0)
    codes = [page.country_filter.itemData(i) for i in range(page.country_filter.count())]
    assert codes == [None, "FI", "DE", "RU", "GB"]  # by name: Finland, Germany, Russia, UK
    page.country_filter.setCurrentIndex(page.country_filter.findData("RU"))
    assert sorted(listed(page)) == ["Coventry – Volgograd", "Kemi – Volgograd"]
    type_text(page.filter_bar, "кеми")  # no match: Kemi has no Cyrillic name in the sample
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert page.no_match.isVisible() and "кеми" in page.no_match.text()
    page.filter_bar.clear()
    type_text(page.filter_bar, "волгоград")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    page.country_filter.setCurrentIndex(0)
    page.kind_filter.setCurrentIndex(page.kind_filter.findData(PartnershipKind.FRIENDSHIP_CITY))
    assert listed(page) == ["Kemi – Volgograd"]
    page.kind_filter.setCurrentIndex(0)
    page.filter_bar.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    page.dormant_filter.setChecked(True)  # today 2025: Coventry–Volgograd, quiet since 1970
    assert listed(page) == ["Coventry – Volgograd"]
    assert not page.showing_placeholder


def test_dormancy_and_anniversaries_in_the_pane(page) -> None:  # noqa: ANN001
    contact = column(page, "Last contact")
    volgograd = row_of(page, "Coventry – Volgograd")
    assert contact[volgograd] == "3 Aug 1970"
    assert page.model.row_at(volgograd).dormant
    delegate = page.table.itemDelegateForColumn(len(page.spec.columns) - 1)
    assert isinstance(delegate, partnership_list.DormantDelegate)
    assert partnership_list.dormant_tooltip(page.model.row_at(volgograd)) == (
        "Dormant: the last contact was on 3 Aug 1970"
    )
    select(page, "Coventry – Volgograd")
    pane = page.detail
    assert pane.dormant.isVisible() and "more than 5 years" in pane.dormant.text()
    assert pane.last_contact.text() == "Last contact: 3 Aug 1970 (54 years ago)."
    assert "<b>1970</b>" in pane.activity_table.text()
    assert "1 exchange" in pane.activity_table.text()
    # signed 20 Apr 1944: the 82nd anniversary is within twelve months; the 85th is next round
    assert "82 years — 20 Apr 2026, in 10 months" in pane.anniversaries.text()
    assert "Next round one: 85 years — 20 Apr 2029" in pane.anniversaries.text()
    select(page, "Coventry – Dresden")
    assert not pane.dormant.isVisible()  # a visit is planned for 2031
    assert "2031 (planned)" in pane.activity_table.text()


def test_documents_attached_opened_saved_and_removed(
    filled_window: MainWindow,
    page,  # noqa: ANN001
    database: Database,
    sample: SampleIds,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    model_checker: ModelChecker,
) -> None:
    scan = tmp_path / "Agreement 1944.pdf"
    scan.write_bytes(b"%PDF-1.4 the agreement")
    select(page, "Coventry – Volgograd")
    detail = page.detail.detail
    assert page.detail.no_attachments.isVisible()
    page.attach_files(detail, [scan])
    assert [a.original_name for a in page.detail.attachments.rows()] == ["Agreement 1944.pdf"]
    assert not page.detail.no_attachments.isVisible()
    model_checker.check(page.detail.attachments)
    page.detail.attachment_table.selectRow(0)
    assert page.detail.open_button.isEnabled()
    opened: list[QUrl] = []
    monkeypatch.setattr(
        partnership_documents.QDesktopServices, "openUrl", lambda url: opened.append(url) or True
    )
    page.detail.open_button.click()
    (url,) = opened
    viewed = Path(url.toLocalFile())
    assert viewed.name == "Agreement 1944.pdf" and viewed.read_bytes() == scan.read_bytes()
    attachment_id = page.detail.attachments.rows()[0].id
    saved = page.save_attachment(attachment_id, tmp_path / "copy.pdf")
    assert saved.read_bytes() == scan.read_bytes()
    page.remove_attachment(attachment_id)
    assert page.detail.attachments.rows() == []
    assert filled_window.undo_stack.undoText() == "Remove Agreement 1944.pdf"
    filled_window.undo_stack.undo()
    assert [a.id for a in list_attachments(database, sample.coventry_volgograd)] == [attachment_id]
    assert len(page.detail.attachments.rows()) == 1
    filled_window.undo_stack.undo()  # the attaching itself
    assert list_attachments(database, sample.coventry_volgograd) == []
    assert model_checker.failures() == []


@pytest.mark.parametrize("to_status", list(PartnershipStatus))
@pytest.mark.parametrize("from_status", [None, *PartnershipStatus])
@pytest.mark.parametrize("side", list(ActingSide))
def test_the_window_words_every_step_as_the_services_do(
    qapp,
    to_status: PartnershipStatus,
    from_status,
    side: ActingSide,  # noqa: ANN001
) -> None:
    from exchangedesk.services.partnerships.support import status_headline
    from exchangedesk.ui.partnerships.text import step_headline

    assert step_headline(to_status, from_status, side, "Kyiv", "Moscow") == status_headline(
        to_status, from_status, side, "Kyiv", "Moscow"
    )
