"""exchangedesk privacy consent: a person's consents listed, recorded and withdrawn (kept with
the end date), audited; a minor's consent without the guardian, a bad date or a second consent
in force refused naming the option, nothing changed."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from exchangedesk import cli
from exchangedesk.db.models import AuditEntry, PrivacyConsent
from exchangedesk.db.opening import open_database
from privacy_sample import OLGA, demo

TODAY = "2026-12-06"  # the demo's today (privacy_sample.TODAY)
LENA, HER_GUARDIAN = 51, 48  # a minor of the demo's exchange and the guardian recorded for her


@pytest.fixture
def demo_file(db_location):  # noqa: ANN001, ANN201
    """The privacy demo in this test's database: a SQLite file, or a server database."""
    path = db_location
    opened = open_database(path)
    try:
        demo(opened.database)
    finally:
        opened.close()
    return path


def run(capsys, *argv):  # noqa: ANN001, ANN002, ANN201
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def consents(path, person_id: int) -> list[tuple[str, dt.date, dt.date | None, str]]:  # noqa: ANN001
    opened = open_database(path, read_only=True)
    try:
        with opened.database.reading() as s:
            rows = s.scalars(
                select(PrivacyConsent)
                .where(PrivacyConsent.person_id == person_id)
                .order_by(PrivacyConsent.id)
            ).all()
            return [(r.purpose.value, r.given_on, r.withdrawn_on, r.method.value) for r in rows]
    finally:
        opened.close()


def audit_summaries(path) -> list[str]:  # noqa: ANN001
    opened = open_database(path, read_only=True)
    try:
        with opened.database.reading() as s:
            return list(
                s.scalars(select(AuditEntry.summary).where(AuditEntry.entity == "privacy_consent"))
            )
    finally:
        opened.close()


def test_record_list_and_withdraw_an_adults_consent(capsys, demo_file) -> None:  # noqa: ANN001
    base = ("privacy", "consent", OLGA, "--db", demo_file, "--today", TODAY)
    code, out, err = run(capsys, *base)
    assert (code, err) == (0, "")
    assert "Photos in publications: never asked" in out
    code, out, err = run(
        capsys, *base, "--purpose", "photos", "--on", "2026-12-01", "--how", "email"
    )
    assert (code, err) == (0, ""), err
    assert "Photos in publications: given on 2026-12-01 (e-mail); in force" in out
    assert consents(demo_file, OLGA) == [("photos", dt.date(2026, 12, 1), None, "email")]
    code, out, _ = run(capsys, *base)
    assert "in force" in out and "Photos in publications: never asked" not in out
    code, out, err = run(capsys, *base, "--purpose", "photos", "--withdraw", "--on", "2026-12-05")
    assert (code, err) == (0, ""), err
    assert "withdrawn on 2026-12-05" in out
    assert consents(demo_file, OLGA) == [
        ("photos", dt.date(2026, 12, 1), dt.date(2026, 12, 5), "email")
    ]
    summaries = audit_summaries(demo_file)
    assert any(f"person #{OLGA} to photos recorded" in s for s in summaries)
    assert any(f"person #{OLGA} to photos withdrawn on 2026-12-05" in s for s in summaries)


def test_refusals_name_the_option_and_change_nothing(capsys, demo_file) -> None:  # noqa: ANN001
    base = ("privacy", "consent", LENA, "--db", demo_file, "--today", TODAY)
    before = consents(demo_file, LENA)
    code, _out, err = run(capsys, *base, "--purpose", "kept_after_visit")
    assert code == 2 and err.startswith("exchangedesk: --guardian:") and "guardian" in err, err
    assert "Nothing was changed" in err
    code, _out, err = run(capsys, *base, "--purpose", "kept_after_visit", "--guardian", OLGA)
    assert code == 2 and "recorded guardian" in err and err.startswith("exchangedesk: --guardian:")
    code, _out, err = run(capsys, *base, "--purpose", "photos", "--guardian", HER_GUARDIAN)
    assert code == 2 and err.startswith("exchangedesk: --purpose:") and "already in force" in err
    code, _out, err = run(capsys, *base, "--purpose", "photos", "--on", "1 May")
    assert code == 2 and err.startswith("exchangedesk: --on:") and "YYYY-MM-DD" in err
    code, _out, err = run(capsys, *base, "--purpose", "medical_kept", "--withdraw")
    assert code == 2 and err.startswith("exchangedesk: --purpose:") and "no consent" in err
    code, _out, err = run(capsys, *base, "--withdraw")
    assert code == 2 and err.startswith("exchangedesk: --purpose:")
    code, _out, err = run(capsys, "privacy", "consent", 99999, "--db", demo_file)
    assert code == 2 and err.startswith("exchangedesk: PERSON_ID:") and "no person #99999" in err
    assert consents(demo_file, LENA) == before
    code, out, err = run(capsys, *base, "--purpose", "kept_after_visit", "--guardian", HER_GUARDIAN)
    assert (code, err) == (0, "") and "(guardian)" in out and "signed form" in out
