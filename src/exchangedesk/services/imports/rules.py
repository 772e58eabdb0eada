"""What every importable kind tells the import: how a row becomes a draft, how the register is
searched for the record it names, and how a record is written and put back.

The import (services/imports/run.py) is the same loop for every kind; a kind is one small
class deriving from :class:`KindRules` in a module beside it (people.py, organisations.py,
contributions.py, host_families.py, participants.py). Each kind's checks are its editor's, so
an imported record is one the editor could have saved.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

from sqlalchemy.orm import Session

from exchangedesk.domain.errors import ValidationError
from exchangedesk.domain.text import fold
from exchangedesk.interchange.cell_values import CellReader


class KindRules:
    """One kind's rules, created inside the import's unit of work (lookups read once)."""

    entity: ClassVar[str]  # for the audit log: "person"
    model: ClassVar[type]
    plural: ClassVar[str]  # "people"

    def __init__(self, session: Session) -> None:
        self.session = session
        # How the file writes numbers and dates (set by the import for the whole file), and
        # the programme or campaign chosen for every row of the kinds imported into one.
        self.cells = CellReader()
        self.within: int | None = None
        self.added_here: set[int] = set()  # id() of the records this import created

    # A draft from the row's mapped values (only non-empty cells are in ``values``). ``base``
    # is the record's draft when the row updates one; ``mapped`` are the fields with a column;
    # ``clear`` says whether a mapped but empty cell empties the field (yes for a row with an
    # ID from our export, no when merging a list into a duplicate).
    def draft(self, values: dict[str, str], base: Any, mapped: set[str], clear: bool) -> Any:
        raise NotImplementedError

    def validate(self, draft: Any) -> Any:
        """The normalised draft, or the :class:`ValidationError` of its first problem."""
        raise NotImplementedError

    def draft_of(self, record: Any) -> Any:
        raise NotImplementedError

    def duplicate(self, draft: Any) -> Any | None:
        """A record already in the register that this draft names (the People editor's folded
        comparison), or None."""
        raise NotImplementedError

    def describe(self, draft: Any) -> str:
        raise NotImplementedError

    def create(self, draft: Any) -> Any:
        raise NotImplementedError

    def update(self, record: Any, draft: Any) -> list[str]:
        """Write the draft onto the record; the names of the fields that changed."""
        raise NotImplementedError

    def remember(self, record: Any, draft: Any) -> None:
        """A record added by this import: later rows of the same file find it as a duplicate."""

    def removable(self, record: Any) -> str | None:
        """Why the record (added by the import) cannot be removed any more, or None."""
        raise NotImplementedError

    def remove(self, record: Any) -> None:
        self.session.delete(record)

    def choose_within(self, record_id: int | None) -> None:
        """The programme or campaign chosen for the file (only kinds imported into one)."""
        self.within = record_id

    def companion_kept(self, companion: Any, version: int) -> str | None:
        """Why a companion (see :meth:`companions`) cannot be removed on undo, or None."""
        return None

    def companions(self, record: Any) -> list[Any]:
        """Records this import added along with ``record`` (a participant's new person), to be
        removed with it on undo."""
        return []


class NameIndex:
    """Records by folded name, for a column that names a city or an organisation."""

    def __init__(self, rows: Iterable[tuple[int, str | None]], what: str, field: str) -> None:
        self.what, self.field = what, field
        self._ids: dict[str, set[int]] = {}
        for record_id, name in rows:
            if name:
                self._ids.setdefault(fold(name).strip(), set()).add(record_id)

    def find(self, name: str, current: int | None) -> int:
        """The id the name stands for; the record's present one when it bears that name."""
        ids = self._ids.get(fold(name).strip(), set())
        if current is not None and current in ids:
            return current
        if not ids:
            raise ValidationError(
                self.field, f"'{name}' is not in the register; add the {self.what} first"
            )
        if len(ids) > 1:
            raise ValidationError(
                self.field,
                f"'{name}' names {len(ids)} {self.what}s in the register; choose one in the "
                "record after the import",
            )
        return next(iter(ids))


def text(values: dict[str, str], key: str, base: str | None, mapped: set[str], clear: bool) -> Any:
    """The field's new text: the cell if given; else emptied or kept as ``clear`` says."""
    if values.get(key):
        return values[key]
    if key in mapped and clear:
        return None
    return base
