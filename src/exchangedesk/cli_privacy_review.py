"""``exchangedesk privacy review`` and ``privacy retention``: what is kept past its time, and
how long data is kept.

``review`` lists, rule by rule, the person and why; with ``--apply`` it says what it would do
and exits 1; only ``--apply --yes`` clears the listed fields and erases the listed inactive
people (the secretary's confirmation, written to the audit log). ``retention`` shows the
periods, and sets those given.
"""

from __future__ import annotations

import argparse
import datetime as dt

from exchangedesk.cli_common import EXIT_ERROR, EXIT_OK, EXIT_PROBLEMS, add_common, complain
from exchangedesk.cli_common import db_location as _db
from exchangedesk.domain.privacy import RULE_WORDS, RetentionRule

PERIOD_OPTIONS = (
    ("passport_months", "--passport-months", "months passport data is kept after the last visit"),
    (
        "minor_medical_months",
        "--medical-months",
        "months a minor's medical notes are kept after the exchange",
    ),
    ("inactive_years", "--inactive-years", "years without activity before a person is erased"),
)


def add_review(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    review = actions.add_parser(
        "review",
        help="list personal data kept past its time; --apply --yes clears or erases it",
        description="List what the retention periods say is kept too long: passport data "
        "after the last visit, minors' medical notes after the exchange, people with no "
        "activity. Exit 0 when nothing is listed, 1 when something is. With --apply it says "
        "what would be done; with --apply --yes it does it (fields cleared, inactive people "
        "erased as by 'privacy erase') and records who confirmed in the audit log.",
    )
    review.add_argument(
        "--rule",
        action="append",
        choices=[r.value for r in RetentionRule],
        help="only this rule (repeatable)",
    )
    review.add_argument("--apply", action="store_true", help="act on the list")
    review.add_argument("--yes", action="store_true", help="with --apply: do it without asking")
    review.add_argument("--today", metavar="YYYY-MM-DD", help=argparse.SUPPRESS)
    add_common(review)
    review.set_defaults(handler=_cmd_review)
    retention = actions.add_parser(
        "retention",
        help="show or set how long personal data is kept",
        description="Show the retention periods; set those given.",
    )
    for name, option, text in PERIOD_OPTIONS:
        retention.add_argument(option, dest=name, type=int, metavar="N", help=text)
    add_common(retention)
    retention.set_defaults(handler=_cmd_retention)


def _today(args: argparse.Namespace) -> dt.date | None:
    if not args.today:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(args.today)
    except ValueError:
        complain(f"--today: '{args.today}' is not a date written as YYYY-MM-DD")
        return None


def _cmd_review(args: argparse.Namespace) -> int:
    from exchangedesk.db.opening import open_database
    from exchangedesk.services.people.edits import default_actor
    from exchangedesk.services.privacy.retention import retention_review
    from exchangedesk.services.privacy.retention_apply import apply_retention

    today = _today(args)
    if today is None:
        return EXIT_ERROR
    if args.yes and not args.apply:
        complain("--yes only goes with --apply. Nothing was changed.")
        return EXIT_ERROR
    opened = open_database(_db(args), read_only=not args.apply)
    try:
        review = retention_review(opened.database, today=today)
        rules = {RetentionRule(r) for r in args.rule} if args.rule else set(RetentionRule)
        items = [i for i in review.items if i.rule in rules]
        if not items:
            print(f"Nothing is kept past its time on {today.isoformat()}.")
            return EXIT_OK
        for rule in RetentionRule:
            listed = [i for i in items if i.rule is rule]
            if listed:
                print(f"{RULE_WORDS[rule]} ({len(listed)}):")
            for item in listed:
                what = "erase the person" if item.erases else "clear " + ", ".join(item.fields)
                print(f"  #{item.person_id} {item.name}: {item.reason} -> {what}")
        if not args.apply:
            return EXIT_PROBLEMS
        if not args.yes:
            print("Nothing was changed. Run again with --apply --yes to do this.")
            return EXIT_PROBLEMS
        result = apply_retention(
            opened.database, [i.key for i in items], actor=default_actor(), today=today
        )
    finally:
        opened.close()
    print(f"Done: {len(result.cleared)} record(s) cleared, {len(result.erased)} person(s) erased.")
    return EXIT_OK


def _cmd_retention(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from exchangedesk.db.opening import open_database
    from exchangedesk.domain.errors import ValidationError
    from exchangedesk.services.privacy.settings import retention_periods, save_periods

    changes = {
        name: getattr(args, name)
        for name, _option, _text in PERIOD_OPTIONS
        if getattr(args, name) is not None
    }
    opened = open_database(_db(args), read_only=not changes)
    try:
        periods = retention_periods(opened.database)
        if changes:
            try:
                periods = save_periods(opened.database, replace(periods, **changes))
            except ValidationError as exc:
                option = next(o for n, o, _t in PERIOD_OPTIONS if n == exc.field)
                complain(f"{option}: {exc.message}. Nothing was changed.")
                return EXIT_ERROR
    finally:
        opened.close()
    print(f"Passport data: kept {periods.passport_months} months after the last visit")
    print(f"Minors' medical notes: kept {periods.minor_medical_months} months after the exchange")
    print(f"People with no activity: erased after {periods.inactive_years} years")
    return EXIT_OK
