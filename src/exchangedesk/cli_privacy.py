"""``exchangedesk privacy export|erase PERSON_ID``: a person's data given to them, or erased."""

from __future__ import annotations

import argparse
from pathlib import Path

from exchangedesk.cli_common import EXIT_ERROR, EXIT_OK, EXIT_PROBLEMS, add_common, complain
from exchangedesk.cli_common import db_location as _db


def add_privacy(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    privacy = sub.add_parser(
        "privacy",
        help="a person's data: given to them (export), erased (erase); what is kept too "
        "long (review, retention)",
        description="Give a person everything the register holds about them, or erase it.",
    )
    actions = privacy.add_subparsers(dest="privacy_action", metavar="ACTION", required=True)
    export = actions.add_parser(
        "export",
        help="write everything held about a person as JSON and PDF",
        description="Write person-ID-personal-data.json and .pdf into DIR: every field, "
        "sensitive ones included, and every record naming the person. The export is written "
        "to the audit log. Exit 2 when the person or the folder cannot be used.",
    )
    export.add_argument("person", metavar="PERSON_ID", type=int, help="the person's id")
    export.add_argument("--out", metavar="DIR", required=True, help="the folder to write into")
    add_common(export)
    export.set_defaults(handler=_cmd_export)
    erase = actions.add_parser(
        "erase",
        help="erase a person's data, keeping the figures of reports unchanged",
        description='Anonymise the person in place ("Erased person ID"): sensitive and contact '
        "details, stored files about them and every copy of their names are removed; "
        "memberships, contributions and register entries stay so totals do not change. "
        "Without --yes it only lists what would be done and exits 1. Cannot be undone; older "
        "backups still hold the data until rotated out, and a restore erases it again.",
    )
    erase.add_argument("person", metavar="PERSON_ID", type=int, help="the person's id")
    erase.add_argument("--yes", action="store_true", help="erase without asking")
    add_common(erase)
    erase.set_defaults(handler=_cmd_erase)
    from exchangedesk.cli_privacy_consent import add_consent
    from exchangedesk.cli_privacy_review import add_review

    add_review(actions)
    add_consent(actions)


def _cmd_export(args: argparse.Namespace) -> int:
    from exchangedesk.db.opening import open_database
    from exchangedesk.domain.errors import ValidationError
    from exchangedesk.services.people.privacy import export_personal_data

    out = Path(args.out).expanduser()
    if out.exists() and not out.is_dir():
        complain(f"cannot write into '{out}': it is a file; give a folder")
        return EXIT_ERROR
    opened = open_database(_db(args))  # not read-only: the export is written to the audit log
    try:
        files = export_personal_data(opened.database, args.person, out, actor=opened.database.actor)
    except ValidationError as exc:
        complain(f"{exc.message}. Nothing was written.")
        return EXIT_ERROR
    finally:
        opened.close()
    print(
        f"Personal data of person #{args.person}: {files.rows} records in {files.sections} sections"
    )
    print(files.json_path)
    print(files.pdf_path)
    return EXIT_OK


def _cmd_erase(args: argparse.Namespace) -> int:
    from exchangedesk.db.opening import open_database
    from exchangedesk.domain.errors import ValidationError
    from exchangedesk.services.people.privacy_erasure import erase_person, plan_erasure

    opened = open_database(_db(args))
    try:
        try:
            plan = plan_erasure(opened.database, args.person)
        except ValidationError as exc:
            complain(f"{exc.message}. Nothing was erased.")
            return EXIT_ERROR
        if not args.yes:
            print(f"Erasing person #{plan.person_id} ({plan.name}) would:")
            print("  remove their sensitive and contact details and every copy of their names")
            print(f"  delete {plan.files} stored file(s) about them")
            for what, count in plan.kept_rows.items():
                print(f"  keep {count} {what}, anonymised, so totals stay the same")
            for letter in plan.letters:
                copy = " (its kept copy is deleted)" if letter.has_copy else ""
                print(f"  letter #{letter.document_id} of {letter.issued_on}: {letter.title}{copy}")
            print("Nothing was erased. Run again with --yes to erase.")
            return EXIT_PROBLEMS
        result = erase_person(opened.database, args.person)
    finally:
        opened.close()
    print(f"Person #{result.person_id} erased: now 'Erased person {result.person_id}'.")
    print(f"{result.files_deleted} file(s) deleted, {result.texts_rewritten} text(s) rewritten.")
    for letter in result.letters:
        print(f"  letter #{letter.document_id} of {letter.issued_on} kept: {letter.title}")
    return EXIT_OK
