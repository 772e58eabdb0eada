"""Every partnership edit as a pair of service calls — the change and its way back — for the
window's undo stack (``exchangedesk.ui.undo.push_edit``) or any other caller.

Undo and redo are version-checked like any save: each command remembers, in a shared
:class:`EditBook`, the id and version its own last call left the partnership at. Commands on the
same partnership share one :class:`Tracked` entry, so undoing an edit and then the creation
before it still finds the version it expects, and a creation that is undone and redone (which
gives the partnership a new id) is followed by the commands recorded after it. If someone else
saved the partnership in between, the undo is refused with ConcurrentEditError and nothing is
changed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from exchangedesk.db.session import Database
from exchangedesk.services.common.attachments import (
    AttachmentRow,
    attach_file,
    remove_attachment,
    restore_attachment,
)
from exchangedesk.services.partnerships.history import (
    StatusChangeDraft,
    change_status,
    withdraw_status_change,
)
from exchangedesk.services.partnerships.records import (
    PartnershipDraft,
    SavedPartnership,
    create_partnership,
    delete_partnership,
    remove_unused_cities,
    update_partnership,
)
from exchangedesk.services.partnerships.support import Edit


@dataclass
class Tracked:
    """One partnership as the undo stack knows it."""

    id: int
    version: int


@dataclass
class EditBook:
    """The partnerships the window's commands have touched, by their current id."""

    _tracked: dict[int, Tracked] = field(default_factory=dict)

    def track(self, partnership_id: int, version: int) -> Tracked:
        """The entry for a partnership just read from the database (its version is the
        freshest one known)."""
        tracked = self._tracked.get(partnership_id)
        if tracked is None:
            tracked = self._tracked[partnership_id] = Tracked(partnership_id, version)
        else:
            tracked.version = version
        return tracked

    def moved(self, tracked: Tracked, new_id: int) -> None:
        if self._tracked.get(tracked.id) is tracked:
            del self._tracked[tracked.id]
        tracked.id = new_id
        self._tracked[new_id] = tracked

    def clear(self) -> None:
        self._tracked.clear()


def creation(
    database: Database, book: EditBook, draft: PartnershipDraft, *, today: dt.date | None = None
) -> Edit:
    """A new partnership; undone by removing it (and the cities it added)."""
    state: dict[str, object] = {}

    def apply() -> SavedPartnership:
        saved = create_partnership(database, draft, today=today)
        tracked = state.get("tracked")
        if isinstance(tracked, Tracked):
            book.moved(tracked, saved.id)
            tracked.version = saved.version_id
        else:
            state["tracked"] = book.track(saved.id, saved.version_id)
        state["cities"] = saved.created_cities
        return saved

    def revert() -> None:
        tracked = state["tracked"]
        assert isinstance(tracked, Tracked)
        delete_partnership(
            database,
            tracked.id,
            expected_version=tracked.version,
            cities=state.get("cities", ()),  # type: ignore[arg-type]
        )

    return Edit(apply, revert)


def modification(
    database: Database,
    book: EditBook,
    partnership_id: int,
    version: int,
    before: PartnershipDraft,
    after: PartnershipDraft,
) -> Edit:
    """The editor's changes; undone by saving ``before`` back."""
    tracked = book.track(partnership_id, version)
    created: list[int] = []

    def save(draft: PartnershipDraft) -> SavedPartnership:
        saved = update_partnership(database, tracked.id, draft, expected_version=tracked.version)
        tracked.version = saved.version_id
        return saved

    def apply() -> SavedPartnership:
        saved = save(after)
        created[:] = saved.created_cities
        return saved

    def revert() -> None:
        save(before)
        remove_unused_cities(database, created)  # cities the edit added, now unused again

    return Edit(apply, revert)


def status_change(
    database: Database,
    book: EditBook,
    partnership_id: int,
    version: int,
    draft: StatusChangeDraft,
    *,
    today: dt.date | None = None,
) -> Edit:
    """A new step of the history; undone by taking that step back."""
    tracked = book.track(partnership_id, version)
    step: dict[str, int] = {}

    def apply():  # noqa: ANN202
        changed = change_status(
            database, tracked.id, draft, expected_version=tracked.version, today=today
        )
        tracked.version = changed.version_id
        step["id"] = changed.change_id
        return changed

    def revert() -> None:
        tracked.version = withdraw_status_change(
            database, tracked.id, step["id"], expected_version=tracked.version
        )

    return Edit(apply, revert)


def attaching(
    database: Database, partnership_id: int, source: Path, *, title: str | None = None
) -> Edit:
    """A file attached; undone by removing it (the file is kept), redone by restoring it."""
    attached: list[AttachmentRow] = []

    def apply() -> AttachmentRow:
        if attached:
            restore_attachment(database, attached[0].id)
            return attached[0]
        row = attach_file(database, partnership_id, source, title=title)
        attached.append(row)
        return row

    return Edit(apply, lambda: remove_attachment(database, attached[0].id))


def removing_attachment(database: Database, attachment_id: int) -> Edit:
    return Edit(
        lambda: remove_attachment(database, attachment_id),
        lambda: restore_attachment(database, attachment_id),
    )
