"""One member of staff making edits in a process of their own, for the two-client tests.

Each step reads a person, waits for the other client to have read too (a barrier, so the two
really race), then appends a token of its own to the person's notes, saved against the version
it read. Even steps pick the same person for both clients, so one of them must be refused;
odd steps pick at random. What was accepted and what was refused goes to a JSON file."""

from __future__ import annotations

import dataclasses
import json
import random
import sys
from pathlib import Path

BARRIER_TIMEOUT_S = 60  # only if the other process died; never reached in a passing run


def run_client(
    location: str, member: str, seed: int, steps: int, people: list[int], barrier, out: str
) -> None:
    from exchangedesk.db.opening import open_database
    from exchangedesk.domain.errors import ConcurrentEditError
    from exchangedesk.services.people.edits import update_person
    from exchangedesk.services.people.lists import get_person

    rng = random.Random(seed)
    handle = open_database(location, take_lock=False)
    database = handle.database
    database.set_member(member)
    results = []
    try:
        for step in range(steps):
            forced = step % 2 == 0
            person_id = people[(step // 2) % len(people)] if forced else rng.choice(people)
            before = get_person(database, person_id)
            barrier.wait(BARRIER_TIMEOUT_S)
            token = f"{member}-{step}"
            notes = f"{before.draft.notes or ''} {token}".strip()
            draft = dataclasses.replace(before.draft, notes=notes)
            try:
                saved = update_person(
                    database,
                    person_id,
                    draft,
                    expected_version=before.version,
                    actor=database.actor,
                )
            except ConcurrentEditError as refused:
                results.append(
                    dict(
                        step=step,
                        person=person_id,
                        token=token,
                        forced=forced,
                        accepted=False,
                        error=type(refused).__name__,
                        message=str(refused),
                    )
                )
            else:
                results.append(
                    dict(
                        step=step,
                        person=person_id,
                        token=token,
                        forced=forced,
                        accepted=True,
                        version=saved.person.version,
                    )
                )
    finally:
        handle.close()
        Path(out).write_text(json.dumps(results), encoding="utf-8")


if __name__ == "__main__":  # pragma: no cover - only the tests start it, through multiprocessing
    sys.exit("run through tests/services/concurrency/test_two_clients.py")
