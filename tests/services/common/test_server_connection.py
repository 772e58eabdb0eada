"""The parts of a server connection checked field by field, and a refused connection sorted
into what the person can correct (the words psycopg and the server use)."""

from __future__ import annotations

import pytest

from exchangedesk.domain.errors import ValidationError
from exchangedesk.services.common import server_connection as server


def test_the_address_from_the_fields_has_no_password_and_its_url_one_only_when_typed() -> None:
    address = server.server_address(" db.federation.example ", " ", "twinning", "anna")
    assert address == server.ServerAddress("db.federation.example", 5432, "twinning", "anna")
    assert address.url().password is None  # empty: the driver reads ~/.pgpass
    assert (
        address.url("s3cret")
        .render_as_string(hide_password=False)
        .endswith("anna:s3cret@db.federation.example:5432/twinning")
    )
    assert address.shown() == "anna@db.federation.example:5432/twinning"


@pytest.mark.parametrize(
    ("fields", "field", "says"),
    [
        (("", "5432", "r", "u"), "Host", "is needed"),
        (("a b", "5432", "r", "u"), "Host", "cannot contain spaces"),
        (("h", "54x", "r", "u"), "Port", "'54x' is not a number"),
        (("h", "70000", "r", "u"), "Port", "between 1 and 65535"),
        (("h", "5432", " ", "u"), "Database", "is needed"),
        (("h", "5432", "r", ""), "User", "is needed"),
    ],
)
def test_a_bad_field_is_named(fields, field, says) -> None:  # noqa: ANN001
    with pytest.raises(ValidationError) as caught:
        server.server_address(*fields)
    assert caught.value.field == field and says in caught.value.message


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        (
            'connection failed: connection to server at "10.0.0.5", port 5432 failed: FATAL:  '
            'password authentication failed for user "anna"',
            server.WRONG_PASSWORD,
        ),
        ("connection failed: fe_sendauth: no password supplied", server.WRONG_PASSWORD),
        ('connection failed: FATAL:  database "twinning" does not exist', server.NO_DATABASE),
        ('connection failed: FATAL:  role "anna" does not exist', server.UNKNOWN_USER),
        (
            'connection failed: connection to server at "127.0.0.1", port 1 failed: Connection '
            "refused Is the server running on that host and accepting TCP/IP connections?",
            server.UNREACHABLE,
        ),
        (
            'failed to resolve host "nowhere.example": [Errno -2] Name or service not known',
            server.UNREACHABLE,
        ),
        ("connection failed: timeout expired", server.UNREACHABLE),
        ('FATAL:  no pg_hba.conf entry for host "10.1.1.1", user "anna"', server.REFUSED),
    ],
)
def test_a_refused_connection_is_sorted_by_what_to_correct(message: str, kind: str) -> None:
    problem = server.problem_of(RuntimeError(message))
    assert problem.kind == kind
    assert problem.detail == " ".join(message.split())
