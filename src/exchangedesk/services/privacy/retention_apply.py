"""Acting on the retention review, only when the secretary has confirmed: the listed sensitive
fields are cleared, the listed inactive people erased (by the erasure of
:mod:`~exchangedesk.services.people.privacy_erasure`, so nothing of them is left anywhere).

The review is run again here and only what is still past its time is acted on: a list left
open in a window while someone recorded a new visit does not clear that visitor's passport.
Each clearing is written to the audit log with who confirmed it; erasures record, as every
erasure does, that they happened without who asked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from exchangedesk.db.models import PersonSensitive
from exchangedesk.db.session import Database
from exchangedesk.domain.privacy import RULE_WORDS, RetentionRule
from exchangedesk.services.people.edits import audit
from exchangedesk.services.people.privacy_erasure import erase_person
from exchangedesk.services.privacy.retention import RetentionItem, review


@dataclass(frozen=True)
class RetentionResult:
    cleared: tuple[RetentionItem, ...]  # sensitive fields cleared
    erased: tuple[int, ...]  # people erased
    skipped: int  # asked for but no longer past their time


def apply_retention(
    database: Database,
    keys: Iterable[tuple[RetentionRule, int]],
    *,
    actor: str,
    today: dt.date | None = None,
) -> RetentionResult:
    """Clear or erase what *keys* (``RetentionItem.key``) name, as far as it is still due."""
    today = today or dt.date.today()
    wanted = set(keys)
    cleared: list[RetentionItem] = []
    to_erase: list[int] = []
    with database.unit_of_work() as session:
        due = [i for i in review(session, today).items if i.key in wanted]
        for item in due:
            if item.erases:
                to_erase.append(item.person_id)
                continue
            sensitive = session.get(PersonSensitive, item.person_id)
            if sensitive is None:
                continue
            for field in item.fields:
                setattr(sensitive, field, None)
            cleared.append(item)
            audit(
                session,
                actor,
                "retention",
                "person",
                item.person_id,
                f"{RULE_WORDS[item.rule]}: {', '.join(item.fields)} of person "
                f"#{item.person_id} cleared ({item.reason}; confirmed by {actor})",
            )
    erased = []
    for person_id in dict.fromkeys(to_erase):
        erase_person(database, person_id, today=today)
        erased.append(person_id)
    if erased:
        with database.unit_of_work() as session:
            audit(
                session,
                actor,
                "retention",
                "person",
                None,
                f"Retention review: {len(erased)} people with no activity erased "
                f"(confirmed by {actor})",
            )
    return RetentionResult(tuple(cleared), tuple(erased), len(wanted) - len(due))
