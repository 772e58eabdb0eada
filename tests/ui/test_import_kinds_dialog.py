"""File › Import › List…: a donor list into a chosen campaign, with the number and date rule
the file follows shown in the preview; pupils into a chosen programme, and the file's own
Programme column when "as each row names it" is chosen."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

import export_support
from exchangedesk.db.models import Contribution, Participant
from exchangedesk.db.opening import open_database
from exchangedesk.db.session import Database
from exchangedesk.ui.imports.dialog import ImportListDialog

export_demo_file = export_support.export_demo_file
demo_path = export_support.demo_path


@pytest.fixture
def demo(demo_path: Path):  # noqa: ANN201
    handle = open_database(demo_path)
    yield handle.database
    handle.close()


def _count(database: Database, model: type) -> int:
    with database.reading() as session:
        return session.scalar(select(func.count()).select_from(model))


def _dialog(qtbot, demo: Database, kind: str) -> ImportListDialog:  # noqa: ANN001
    dialog = ImportListDialog(demo)
    qtbot.addWidget(dialog)
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(kind))
    return dialog


def _import(qtbot, dialog: ImportListDialog) -> None:  # noqa: ANN001
    assert dialog.import_button.isEnabled(), dialog.message.text()
    with qtbot.waitSignal(dialog.run_ended, timeout=30_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)


def test_a_donor_list_into_the_campaign_chosen(qtbot, demo, tmp_path) -> None:  # noqa: ANN001
    source = tmp_path / "spenden.csv"
    source.write_bytes(
        "Spender;Betrag;Währung;Datum\nAnonym;1.234,50;EUR;03.04.2025\n"
        "Helen Bradshaw;12,5;GBP;4/5/2025\n".encode("cp1252")
    )
    dialog = _dialog(qtbot, demo, "contributions")
    assert not dialog.within_box.isHidden() and dialog.within_label.text() == "&Campaign:"
    dialog.open_file(str(source))
    assert dialog.mapping_view.mapping() == ["donor", "amount", "currency", "received_on"]
    assert "No column names the campaign" in dialog.message.text()
    assert not dialog.import_button.isEnabled()
    titles = [dialog.within_box.itemText(i) for i in range(dialog.within_box.count())]
    assert "English books for the Elbtal-Gymnasium library (2025)" in titles
    dialog.choose_within(3)
    assert dialog.message.text() == "2 rows to import. Try a dry run first."
    rule = dialog.cell_rule.text()
    assert "decimal comma" in rule and "day first" in rule and not dialog.cell_rule.isHidden()
    before = _count(demo, Contribution)
    _import(qtbot, dialog)
    assert "Imported: 2 added" in dialog.message.text()
    with demo.reading() as session:
        added = session.scalars(
            select(Contribution).where(Contribution.id.in_(dialog.result.added))
        )
        assert sorted(c.amount for c in added) == [Decimal("12.5"), Decimal("1234.5")]
    assert _count(demo, Contribution) == before + 2


def test_pupils_into_a_programme_or_as_the_file_names_it(qtbot, demo, tmp_path) -> None:  # noqa: ANN001
    source = tmp_path / "pupils.csv"
    source.write_text("Given name,Family name\nLukas,Neumann\n", encoding="utf-8")
    dialog = _dialog(qtbot, demo, "participants")
    assert dialog.within_label.text() == "&Programme:"
    dialog.open_file(str(source))
    assert dialog.cell_rule.isHidden()  # no column becomes a number or a date
    dialog.choose_within(3)
    before = _count(demo, Participant)
    _import(qtbot, dialog)
    assert _count(demo, Participant) == before + 1
    # Another kind hides the choice.
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("people"))
    assert dialog.within_box.isHidden()
