"""exchangedesk print: itineraries and letters to PDF, letters entered in the register."""

# The demo fixtures live in tests/reports/conftest.py and are imported here by name.
# ruff: noqa: F811

from __future__ import annotations

import shutil
import subprocess

import pytest
from sqlalchemy import select

from demo_registers import demo_register, export_demo_file, pg_demo_template  # noqa: F401
from exchangedesk import cli
from exchangedesk.db.models import Attachment, Document
from exchangedesk.db.opening import open_database
from exchangedesk.services.common.attachments import read_attachment
from reports.conftest import (  # noqa: F401 - fixtures
    delegation_id,
    demo,
    demo_file,
    demo_location,
    person_id,
)


def run(capsys, *argv):
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def text_of(path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    done = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True)
    return " ".join(done.stdout.decode().split())


def test_itinerary_same_bytes_every_time(capsys, demo, demo_register, tmp_path):
    visit = delegation_id(demo, "Teachers, students")
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    for out in (first, second):
        code, printed, err = run(
            capsys,
            "print",
            "itinerary",
            visit,
            "--out",
            out,
            "--db",
            demo_register,
            "--date",
            "2025-05-10",
        )
        assert (code, err) == (0, ""), err
    assert "written to" in printed
    assert first.read_bytes() == second.read_bytes()
    assert "Page 1 of" in text_of(first)


def test_personal_itinerary_on_letter_paper(capsys, demo, demo_register, tmp_path):
    visit = delegation_id(demo, "Teachers, students")
    out = tmp_path / "mine.pdf"
    code, printed, _ = run(
        capsys,
        "print",
        "itinerary",
        visit,
        "--member",
        person_id(demo, "Volkova"),
        "--paper",
        "letter",
        "--out",
        out,
        "--db",
        demo_register,
    )
    assert code == 0 and "for Elena Volkova" in printed
    text = text_of(out)
    assert "Personal itinerary" in text and "Teaching and study" not in text


def test_a_letter_is_printed_and_entered_in_the_register(capsys, demo, demo_register, tmp_path):
    visit = delegation_id(demo, "Teachers, students")
    head = person_id(demo, "Smirnova")
    out = tmp_path / "invitation.pdf"
    code, printed, err = run(
        capsys,
        "print",
        "letter",
        visit,
        "--template",
        "invitation",
        "--out",
        out,
        "--db",
        demo_register,
        "--date",
        "2025-05-10",
    )
    assert (code, err) == (0, ""), err
    assert "register entry" in printed
    text = text_of(out)
    assert "Dear Ms Smirnova," in text and "Уважаемая г-жа Смирнова!" in text
    handle = open_database(demo_register, read_only=True)
    try:
        with handle.database.reading() as session:
            entry = session.scalars(select(Document).order_by(Document.id.desc())).first()
            assert (entry.template, entry.language, entry.recipient_person_id) == (
                "invitation",
                "en+ru",
                head,
            )
            assert entry.delegation_id == visit and entry.partnership_id is not None
            assert str(entry.issued_on) == "2025-05-10"
            if entry.attachment_id is not None:  # the attachment store is installed
                stored = session.get(Attachment, entry.attachment_id)
                # Beside the file, or in the data folder for a server register.
                assert read_attachment(handle.database, stored.id) == out.read_bytes()
                assert stored.stored_name != out.name
    finally:
        handle.close()


def test_visa_letter_for_one_person_in_english_only(capsys, demo, demo_register, tmp_path):
    visit = delegation_id(demo, "Teachers, students")
    out = tmp_path / "visa.pdf"
    code, _, err = run(
        capsys,
        "print",
        "letter",
        visit,
        "--template",
        "visa_support",
        "--member",
        person_id(demo, "Lebedeva"),
        "--language",
        "en",
        "--out",
        out,
        "--db",
        demo_register,
    )
    assert (code, err) == (0, ""), err
    text = text_of(out)
    assert "Anastasia Lebedeva" in text and "Olga Smirnova Ольга" not in text


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (("--template", "nope"), "no letter template named 'nope'"),
        (("--template", "invitation", "--language", "it"), "exists in de, en, fr, ru"),
        (("--template", "../../etc/passwd"), "no letter template"),
        ((), "needs --template"),
    ],
)
def test_refusals_write_no_file(capsys, demo, demo_register, tmp_path, extra, message):
    out = tmp_path / "x.pdf"
    visit = delegation_id(demo, "Teachers, students")
    code, _, err = run(
        capsys, "print", "letter", visit, *extra, "--out", out, "--db", demo_register
    )
    assert code == cli.EXIT_ERROR and message in err and "Traceback" not in err
    assert len(err.splitlines()) == 1 and not out.exists()


def test_unknown_delegation_or_member(capsys, demo, demo_register, tmp_path):
    out = tmp_path / "x.pdf"
    code, _, err = run(capsys, "print", "itinerary", 9999, "--out", out, "--db", demo_register)
    assert code == cli.EXIT_ERROR and "delegation" in err and not out.exists()
    visit = delegation_id(demo, "Teachers, students")
    code, _, err = run(
        capsys,
        "print",
        "itinerary",
        visit,
        "--member",
        person_id(demo, "Ashworth"),
        "--out",
        out,
        "--db",
        demo_register,
    )
    assert code == cli.EXIT_ERROR and "not a member" in err and not out.exists()
