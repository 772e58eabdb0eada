"""``exchangedesk privacy consent PERSON_ID``: a person's consents listed, recorded, withdrawn.

Without ``--purpose`` it lists the person's consents. With ``--purpose`` it records a consent
given on ``--on`` (today by default) in the way ``--how`` says, for a minor from the guardian
``--guardian``; with ``--withdraw`` it ends the consent in force on ``--on`` (kept as proof).
Refusals name the option, as the service names the field.
"""

from __future__ import annotations

import argparse
import datetime as dt

from exchangedesk.cli_common import EXIT_ERROR, EXIT_OK, add_common, complain
from exchangedesk.cli_common import db_location as _db
from exchangedesk.domain.privacy import METHOD_WORDS, PURPOSE_WORDS, ConsentMethod, ConsentPurpose

# The service's field → the option that sets it.
OPTIONS = {
    "person": "PERSON_ID",
    "purpose": "--purpose",
    "given_on": "--on",
    "withdrawn_on": "--on",
    "method": "--how",
    "given_by": "--guardian",
    "consent": "--withdraw",
}


def add_consent(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    consent = actions.add_parser(
        "consent",
        help="list, record or withdraw a person's consents (photos, data sharing...)",
        description="Without --purpose: list the person's consents. With --purpose: record "
        "that the person (for a minor: the guardian given with --guardian) consented on --on "
        "(today by default), given as --how says. With --withdraw: end the consent to that "
        "purpose on --on; the record is kept with its end date. Every change goes to the "
        "audit log. Exit 2 when refused, naming the option.",
    )
    consent.add_argument("person", metavar="PERSON_ID", type=int, help="the person's id")
    consent.add_argument(
        "--purpose",
        choices=[p.value for p in ConsentPurpose],
        help="what the consent is for",
    )
    consent.add_argument("--withdraw", action="store_true", help="end the consent in force")
    consent.add_argument("--on", metavar="YYYY-MM-DD", help="the day given or withdrawn")
    consent.add_argument(
        "--how",
        choices=[m.value for m in ConsentMethod],
        default=ConsentMethod.FORM.value,
        help="how it was given: a signed form (default), an e-mail, orally",
    )
    consent.add_argument(
        "--guardian", metavar="ID", type=int, help="for a minor: the guardian who consented"
    )
    consent.add_argument("--notes", help="where the signed form is kept, for example")
    consent.add_argument("--today", metavar="YYYY-MM-DD", help=argparse.SUPPRESS)
    add_common(consent)
    consent.set_defaults(handler=_cmd_consent)


def _day(option: str, text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        raise _Refused(f"{option}: '{text}' is not a date written as YYYY-MM-DD") from None


class _Refused(Exception):
    pass


def _cmd_consent(args: argparse.Namespace) -> int:
    try:
        on = _day("--on", args.on)
        today = _day("--today", args.today) or dt.date.today()
        if args.purpose is None and (args.withdraw or args.on or args.guardian):
            raise _Refused("--purpose: say which consent to record or withdraw")
        if args.withdraw and args.guardian is not None:
            raise _Refused("--guardian: only when recording a consent, not with --withdraw")
    except _Refused as exc:
        complain(f"{exc}. Nothing was changed.")
        return EXIT_ERROR
    from exchangedesk.db.opening import open_database
    from exchangedesk.domain.errors import ValidationError

    opened = open_database(_db(args), read_only=args.purpose is None)
    try:
        try:
            if args.purpose is None:
                return _list(opened.database, args.person)
            purpose = ConsentPurpose(args.purpose)
            if args.withdraw:
                return _withdraw(opened.database, args.person, purpose, on, today)
            return _record(opened.database, args, purpose, on or today, today)
        except ValidationError as exc:
            option = OPTIONS.get(exc.field, exc.field)
            complain(f"{option}: {exc.message.rstrip('.')}. Nothing was changed.")
            return EXIT_ERROR
    finally:
        opened.close()


def _line(consent) -> str:  # noqa: ANN001 - a ConsentRecord
    state = (
        f"withdrawn on {consent.withdrawn_on.isoformat()}" if consent.withdrawn_on else "in force"
    )
    by = f", by {consent.given_by} (guardian)" if consent.given_by else ""
    return (
        f"#{consent.id} {PURPOSE_WORDS[consent.purpose]}: given on "
        f"{consent.given_on.isoformat()} ({METHOD_WORDS[consent.method]}{by}); {state}"
    )


def _list(database, person_id: int) -> int:  # noqa: ANN001
    from exchangedesk.services.privacy.consents import list_consents

    consents = list_consents(database, person_id)
    for consent in consents:
        print(_line(consent))
    asked = {c.purpose for c in consents}
    for purpose in ConsentPurpose:
        if purpose not in asked:
            print(f"{PURPOSE_WORDS[purpose]}: never asked")
    return EXIT_OK


def _record(database, args, purpose, given_on, today) -> int:  # noqa: ANN001
    from exchangedesk.services.privacy.consents import ConsentDraft, record_consent

    made = record_consent(
        database,
        args.person,
        ConsentDraft(purpose, given_on, ConsentMethod(args.how), args.guardian, args.notes),
        actor=database.actor,
        today=today,
    )
    print(f"Recorded for person #{args.person}: {_line(made)}")
    return EXIT_OK


def _withdraw(database, person_id, purpose, on, today) -> int:  # noqa: ANN001
    from exchangedesk.domain.errors import ValidationError
    from exchangedesk.services.privacy.consents import consent_in_force, withdraw_consent

    consent = consent_in_force(database, person_id, purpose)
    if consent is None:
        raise ValidationError(
            "purpose", f"person #{person_id} has no consent to “{PURPOSE_WORDS[purpose]}” in force"
        )
    ended = withdraw_consent(database, consent.id, on=on, actor=database.actor, today=today)
    print(f"Withdrawn for person #{person_id}: {_line(ended)}")
    return EXIT_OK
