"""Made-up letter data for the template editor: every field a template can use, filled with
names in several scripts, so a preview shows how a real letter will look without touching the
register or anyone's real data (and no real passport number ever appears)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from exchangedesk.domain.enums import Direction, MemberRole
from exchangedesk.services.documents.itinerary_data import CityName, Letterhead
from exchangedesk.services.documents.letter_data import (
    Addressee,
    GiftLine,
    LetterData,
    LetterMember,
    Signatory,
    VisaLetterData,
    VisaTraveller,
)

SAMPLE_DAY = dt.date(2025, 5, 10)

_MEMBERS = (
    LetterMember("Anna Ivanova", "Анна Иванова", MemberRole.HEAD, "Volgograd City Duma"),
    LetterMember("Boris Petrov", "Борис Петров", MemberRole.INTERPRETER, None),
    LetterMember("Eleni Papadopoulou", "Ελένη Παπαδοπούλου", MemberRole.ARTIST, None),
)


def sample_letter(template: str, issued_on: dt.date = SAMPLE_DAY) -> LetterData:
    """Sample data for ``template``: a gift only for a thank-you letter, travellers with
    made-up passports only for a visa support letter — as the real letters have them."""
    from exchangedesk.reports.templates import shipped_template_dir, template_directions
    from exchangedesk.services.documents.letter_data import LETTER_TEMPLATES, letter_kind

    kind = letter_kind(template) if template in LETTER_TEMPLATES else None
    # The sample visit goes the way the letter is written for (outgoing: we travel there).
    declared = template_directions(template, [shipped_template_dir()]) or {"incoming"}
    direction = Direction.INCOMING if "incoming" in declared else Direction.OUTGOING
    common = {
        "template": template,
        "issued_on": issued_on,
        "letterhead": Letterhead(
            "Coventry Twinning Committee",
            "Coventry",
            None,
            ("Council House, Earl Street, Coventry CV1 5RR", "twinning@example.org"),
        ),
        "recipient": Addressee(
            person_id=1,
            organisation_id=None,
            name="Dr Anna Ivanova",
            name_native="Анна Иванова",
            address_lines=("Volgograd City Duma", "pr. Lenina 10", "Volgograd 400066", "Russia"),
            languages=("ru",),
            given_name="Anna",
            family_name="Ivanova",
            family_name_native="Иванова",
            title="Dr",
            gender="female",
        ),
        "signatory": Signatory("Margaret Hughes", None, "Secretary", "Coventry Twinning Committee"),
        "delegation_id": 1,
        "partnership_id": 1,
        "delegation_title": "Teachers and students from Volgograd",
        "purpose": "A week of lessons, concerts and visits to schools",
        "direction": direction,
        "arrival_on": issued_on + dt.timedelta(days=40),
        "departure_on": issued_on + dt.timedelta(days=47),
        "head": "Anna Ivanova",
        "home": CityName("Coventry", None, "GB", "Europe/London"),
        "partner": CityName("Volgograd", "Волгоград", "RU", "Europe/Volgograd"),
        "partnership_signed_on": dt.date(1944, 1, 1),
        "members": _MEMBERS,
        "gift": GiftLine(1, "Embroidered tablecloth", "Anniversary", issued_on, "Volgograd")
        if kind is not None and kind.gift
        else None,
    }
    if kind is not None and kind.passports:
        travellers = tuple(
            VisaTraveller(
                person_id=index,
                name=member.name,
                name_native=member.name_native,
                role=member.role,
                date_of_birth=dt.date(1980 + index, 3, index),
                nationality="Russia",
                passport_number=f"SAMPLE{index:04d}",
                passport_expiry=dt.date(2030, 1, 1),
            )
            for index, member in enumerate(_MEMBERS, start=1)
        )
        return VisaLetterData(**common, travellers=travellers)
    return LetterData(**common)


def sample_fields(template: str, language: str) -> Mapping[str, str]:
    return sample_letter(template).fields(language)
