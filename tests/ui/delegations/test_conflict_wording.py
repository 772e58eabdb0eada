"""A conflict's line in the Conflicts tab says what is wrong once, not twice."""

from __future__ import annotations

from exchangedesk.domain.conflict_records import Conflict, ConflictKind, Severity
from exchangedesk.ui.delegations.conflicts import conflict_text


def test_a_message_that_names_its_kind_is_not_repeated(qapp) -> None:  # noqa: ANN001
    clash = Conflict(
        ConflictKind.TWO_PLACES,
        Severity.ERROR,
        "two_places:x",
        "Olga Smirnova is in two places at once: Dinner and Concert.",
    )
    assert conflict_text(clash) == "Olga Smirnova is in two places at once: Dinner and Concert."


def test_a_message_without_its_kind_gets_the_heading(qapp) -> None:  # noqa: ANN001
    other = Conflict(
        ConflictKind.TWO_PLACES, Severity.ERROR, "k", "Olga Smirnova: Dinner, Concert."
    )
    assert conflict_text(other) == "In two places at once: Olga Smirnova: Dinner, Concert."
