"""exchangedesk print for every document of the catalogue: registers, reports, aid documents."""

# ruff: noqa: F811 - fixtures imported by name

from __future__ import annotations

import pytest

from demo_registers import demo_register, export_demo_file, pg_demo_template  # noqa: F401
from exchangedesk import cli
from exchangedesk.services.documents.catalogue import render_document
from reports.conftest import ISSUED, delegation_id, demo, demo_file, demo_location  # noqa: F401
from reports.test_printing_catalogue import EXPECTED, a_record
from test_cli_print import run, text_of


@pytest.mark.parametrize("kind", [k for k in EXPECTED if k not in ("itinerary", "letter")])
def test_every_document_prints_the_same_bytes_as_the_window(
    capsys, demo, demo_register, tmp_path, kind
):
    record = a_record(demo, EXPECTED[kind])
    out = tmp_path / f"{kind}.pdf"
    argv = ["print", kind, *([record] if record is not None else []), "--out", out]
    code, printed, err = run(capsys, *argv, "--db", demo_register, "--date", "2025-05-10")
    assert code == 0, err
    if kind == "participant_list":  # the demo's pupils without a data-sharing consent (issue 22)
        assert err.startswith("warning: No consent recorded"), err
    else:
        assert err == "", err
    assert printed.strip().endswith(f"written to {out}")
    window = render_document(demo, kind, record, issued_on=ISSUED)
    assert out.read_bytes() == window.pdf
    assert window.title in printed


def test_an_annual_report_for_a_range_of_years(capsys, demo_register, tmp_path):
    out = tmp_path / "report.pdf"
    code, printed, err = run(
        capsys,
        "print",
        "partnership_report",
        1,
        "--years",
        "1943-1970",
        "--out",
        out,
        "--db",
        demo_register,
    )
    assert (code, err) == (0, ""), err
    assert "report 1943–1970" in printed
    assert "Coventry – Volgograd in 1943–1970" in text_of(out)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("manifest", 9999), "there is no shipment with the number 9999"),
        (("packing_list", 9999), "there is no shipment with the number 9999"),
        (("donation_receipt", 9999), "there is no contribution with the number 9999"),
        (("campaign_report", 9999), "there is no aid campaign with the number 9999"),
        (("partnership_report", 9999), "there is no partnership with the number 9999"),
        (("delegation_list", 9999), "there is no delegation with the number 9999"),
        (("manifest",), "manifest needs the id of a shipment"),
        (("gift_register", 3), "gift_register lists every record and takes no id"),
        (("partnership_report", 1, "--years", "last year"), "--years: 'last year' is not"),
        (("partnership_report", 1, "--years", "2020-2010"), "run backwards"),
        (("manifest", 1, "--template", "invitation"), "--template does not apply to manifest"),
    ],
)
def test_a_wrong_id_or_option_is_one_clear_line(capsys, demo_register, tmp_path, argv, message):
    out = tmp_path / "x.pdf"
    code, _, err = run(capsys, "print", *argv, "--out", out, "--db", demo_register)
    assert code == cli.EXIT_ERROR and message in err, err
    assert "Traceback" not in err and len(err.splitlines()) == 1 and not out.exists()
