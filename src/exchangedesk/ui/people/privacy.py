"""Person › Export personal data… and Person › Erase…: the detail pane's two privacy actions.

Both run the services of :mod:`exchangedesk.services.people.privacy` and
:mod:`~exchangedesk.services.people.privacy_erasure`; the export of one person takes well under
a second, so it runs in place. An erasure is not an undoable edit — it is the point that the
data cannot come back — so the page clears the undo history after it (an undo of an earlier
edit would otherwise write the person's old name back).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from exchangedesk.db.session import Database
from exchangedesk.services.people.privacy import ExportFiles, export_personal_data
from exchangedesk.services.people.privacy_erasure import ErasureResult, erase_person, plan_erasure
from exchangedesk.ui.dialogs import confirm
from exchangedesk.ui.i18n import translate


def choose_folder(parent: QWidget, name: str) -> Path | None:
    """Where the files go; tests replace this function."""
    chosen = QFileDialog.getExistingDirectory(
        parent, translate("PersonPrivacy", "Export personal data of {0} into…").format(name)
    )
    return Path(chosen) if chosen else None


def export_to_folder(
    parent: QWidget, database: Database, person_id: int, name: str, actor: str
) -> ExportFiles | None:
    folder = choose_folder(parent, name)
    if folder is None:
        return None
    return export_personal_data(database, person_id, folder, actor=actor)


def erase_after_asking(parent: QWidget, database: Database, person_id: int) -> ErasureResult | None:
    """Say what will go and what stays, and erase only when the user confirms."""
    plan = plan_erasure(database, person_id)
    lines = [
        translate(
            "PersonPrivacy",
            "Erase the personal data of {0}? Their names, contact and sensitive details and "
            "the files about them are removed for good; they become “Erased person {1}”.",
        ).format(plan.name, plan.person_id)
    ]
    if plan.kept_rows:
        kept = ", ".join(f"{count} {what}" for what, count in plan.kept_rows.items())
        lines.append(
            translate(
                "PersonPrivacy", "Kept without their name, so totals do not change: {0}."
            ).format(kept)
        )
    copies = [letter for letter in plan.letters if letter.has_copy]
    if plan.letters:
        lines.append(
            translate(
                "PersonPrivacy", "Letters in the register: {0} ({1} kept copies deleted)."
            ).format(len(plan.letters), len(copies))
        )
    lines.append(
        translate("PersonPrivacy", "This cannot be undone, and the undo history is cleared.")
    )
    if not confirm.ask(
        parent,
        translate("PersonPrivacy", "Erase personal data"),
        "\n\n".join(lines),
        translate("PersonPrivacy", "Erase"),
        translate("PersonPrivacy", "Keep"),
    ):
        return None
    return erase_person(database, person_id)
