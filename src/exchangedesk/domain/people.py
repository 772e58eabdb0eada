"""People and organisations as the committee records them: drafts, name rules, validation.

A draft is what an editor or an import hands to the services: plain values, checked here before
anything is written. Names are kept as typed but in Unicode NFC with their spaces collapsed, so
"Zoë" typed with a combining diaeresis is stored as the same text as "Zoë" typed with one key.
The ``search_key`` of a person holds the folded forms of every name (Latin and own script), in
the order given, family, native given, native family — the layout the lists, the demo and the
duplicate check all read.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, fields, replace

from exchangedesk.domain.enums import OrganisationKind
from exchangedesk.domain.errors import ValidationError
from exchangedesk.domain.text import fold, search_key

# Column sizes of the schema (db/models/people.py), repeated so a draft is refused with a
# message instead of a database error.
NAME_LENGTH = 200
ORGANISATION_NAME_LENGTH = 300
SALUTATION_LENGTH = 60
GENDER_LENGTH = 20
LANGUAGES_LENGTH = 200
EMAIL_LENGTH = 200
PHONE_LENGTH = 60
WEBSITE_LENGTH = 300
PASSPORT_LENGTH = 40

# What secretaries type most; the field stays free text ("Г-н", "Frau Dr.", "Prof.").
SALUTATIONS = ("Ms", "Mr", "Mrs", "Miss", "Mx", "Dr", "Prof.", "Cllr", "Rev.", "Sir", "Dame")
# "As stated": suggestions only, any short text is accepted.
GENDERS = ("female", "male", "non-binary", "not stated")

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_PHONE_CHARS = re.compile(r"^\+?[0-9 ()./\-]+((ext\.?|x)\s*[0-9]+)?$", re.IGNORECASE)
_PASSPORT = re.compile(r"^[0-9A-Za-z][0-9A-Za-z \-]*$")
_WEBSITE = re.compile(r"^(https?://)?[^\s/.]+(\.[^\s/.]+)+(/\S*)?$", re.IGNORECASE)


def clean(text: str | None) -> str | None:
    """NFC, runs of white space (tabs, no-break spaces) made one space, ends trimmed; an empty
    result is None, so "  " never counts as a filled field."""
    if text is None:
        return None
    collapsed = " ".join(unicodedata.normalize("NFC", text).split())
    return collapsed or None


def clean_block(text: str | None) -> str | None:
    """Like :func:`clean` for multi-line text (addresses, notes): line breaks are kept."""
    if text is None:
        return None
    lines = [" ".join(line.split()) for line in unicodedata.normalize("NFC", text).splitlines()]
    joined = "\n".join(lines).strip("\n")
    return joined or None


def is_latin_text(text: str) -> bool:
    """Every letter is a Latin letter (with any diacritics); marks, digits, spaces and
    punctuation such as O'Brien's apostrophe or Jean-Luc's hyphen do not count."""
    for char in text:
        if char.isalpha() and not unicodedata.name(char, "").startswith("LATIN"):
            return False
    return True


_FAMILY_FIRST = ("CJK UNIFIED", "CJK COMPATIBILITY", "HANGUL", "HIRAGANA", "KATAKANA")


def native_full_name(given: str | None, family: str | None) -> str | None:
    """The name in its own script as it is written there: Chinese, Japanese and Korean names
    family name first and without a space (李伟, 김민준), others given name first."""
    if (
        given
        and family
        and any(unicodedata.name(char, "").startswith(_FAMILY_FIRST) for char in given + family)
    ):
        return f"{family}{given}"
    return " ".join(p for p in (given, family) if p) or None


# --- drafts --------------------------------------------------------------------------------


@dataclass(frozen=True)
class PersonDraft:
    """Everything about a person except the sensitive details."""

    family_name: str
    given_name: str = ""
    given_name_native: str | None = None
    family_name_native: str | None = None
    salutation: str | None = None
    form_of_address: str | None = None
    organisation_id: int | None = None
    role: str | None = None
    gender: str | None = None
    languages: tuple[str, ...] = ()  # ISO 639 codes, alpha-2 where one exists
    email: str | None = None
    phone: str | None = None
    address: str | None = None
    city_id: int | None = None
    notes: str | None = None

    def normalised(self) -> PersonDraft:
        return replace(
            self,
            family_name=clean(self.family_name) or "",
            given_name=clean(self.given_name) or "",
            given_name_native=clean(self.given_name_native),
            family_name_native=clean(self.family_name_native),
            salutation=clean(self.salutation),
            form_of_address=clean(self.form_of_address),
            role=clean(self.role),
            gender=clean(self.gender),
            languages=tuple(dict.fromkeys(c.strip().lower() for c in self.languages if c.strip())),
            email=clean(self.email),
            phone=clean(self.phone),
            address=clean_block(self.address),
            notes=clean_block(self.notes),
        )

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.given_name, self.family_name) if p)

    @property
    def native_name(self) -> str | None:
        return native_full_name(self.given_name_native, self.family_name_native)

    @property
    def languages_text(self) -> str | None:
        """The stored form: comma-separated codes."""
        return ",".join(self.languages) or None


@dataclass(frozen=True)
class SensitiveDraft:
    """Passport, health and family details; never part of a list or the normal detail view."""

    date_of_birth: dt.date | None = None
    nationality: str | None = None  # ISO 3166-1 alpha-2
    passport_number: str | None = None
    passport_expiry: dt.date | None = None
    dietary_notes: str | None = None
    medical_notes: str | None = None
    emergency_contact_name: str | None = None
    emergency_contact_phone: str | None = None
    guardian_id: int | None = None

    def normalised(self) -> SensitiveDraft:
        nationality = clean(self.nationality)
        passport = clean(self.passport_number)
        return replace(
            self,
            nationality=nationality.upper() if nationality else None,
            passport_number=passport.upper() if passport else None,
            dietary_notes=clean_block(self.dietary_notes),
            medical_notes=clean_block(self.medical_notes),
            emergency_contact_name=clean(self.emergency_contact_name),
            emergency_contact_phone=clean(self.emergency_contact_phone),
        )

    @property
    def is_empty(self) -> bool:
        return all(getattr(self, f.name) in (None, "") for f in fields(self))


@dataclass(frozen=True)
class OrganisationDraft:
    name: str
    native_name: str | None = None
    kind: OrganisationKind = OrganisationKind.OTHER
    city_id: int | None = None
    address: str | None = None
    email: str | None = None
    phone: str | None = None
    website: str | None = None
    notes: str | None = None

    def normalised(self) -> OrganisationDraft:
        return replace(
            self,
            name=clean(self.name) or "",
            native_name=clean(self.native_name),
            address=clean_block(self.address),
            email=clean(self.email),
            phone=clean(self.phone),
            website=clean(self.website),
            notes=clean_block(self.notes),
        )


# --- search keys ---------------------------------------------------------------------------


def person_search_key(draft: PersonDraft) -> str:
    """The folded names a person is found by: given, family, then both in the own script."""
    return search_key(
        draft.given_name, draft.family_name, draft.given_name_native, draft.family_name_native
    )


def organisation_search_key(draft: OrganisationDraft) -> str:
    return search_key(draft.name, draft.native_name)


def name_key_parts(given: str | None, family: str | None) -> tuple[str, ...]:
    """The folded parts a same-name check looks for in a search key ("Zoë", "Müller" →
    ("zoe", "muller")); empty parts are left out."""
    return tuple(part for part in (fold(given), fold(family)) if part)


# --- validation ----------------------------------------------------------------------------


def _length(field: str, value: str | None, limit: int, problems: list[ValidationError]) -> None:
    if value is not None and len(value) > limit:
        problems.append(ValidationError(field, f"is too long ({len(value)} of {limit} characters)"))


def _email(field: str, value: str | None, problems: list[ValidationError]) -> None:
    if value and not _EMAIL.match(value):
        problems.append(ValidationError(field, f"“{value}” is not an e-mail address"))


def _phone(field: str, value: str | None, problems: list[ValidationError]) -> None:
    if not value:
        return
    digits = sum(ch.isdigit() for ch in value)
    if not _PHONE_CHARS.match(value) or digits < 3:
        problems.append(
            ValidationError(
                field, f"“{value}” is not a phone number (digits, spaces, + ( ) - / . only)"
            )
        )


def person_problems(draft: PersonDraft) -> list[ValidationError]:
    """Every problem of a (normalised) person draft, one per field, in form order."""
    from exchangedesk.domain.languages import is_language_code

    problems: list[ValidationError] = []
    if not draft.family_name:
        problems.append(
            ValidationError("family_name", "is needed (in Latin letters; one name goes here)")
        )
    for field in ("given_name", "family_name"):
        value = getattr(draft, field)
        if value and not is_latin_text(value):
            problems.append(
                ValidationError(
                    field,
                    "takes the name in Latin letters; the name in its own script goes in the "
                    "“own script” field beside it",
                )
            )
        _length(field, value, NAME_LENGTH, problems)
    if draft.given_name_native and not draft.family_name_native:
        problems.append(
            ValidationError("family_name_native", "is needed when the given name is written")
        )
    _length("given_name_native", draft.given_name_native, NAME_LENGTH, problems)
    _length("family_name_native", draft.family_name_native, NAME_LENGTH, problems)
    _length("salutation", draft.salutation, SALUTATION_LENGTH, problems)
    _length("form_of_address", draft.form_of_address, NAME_LENGTH, problems)
    _length("role", draft.role, NAME_LENGTH, problems)
    _length("gender", draft.gender, GENDER_LENGTH, problems)
    unknown = [code for code in draft.languages if not is_language_code(code)]
    if unknown:
        problems.append(
            ValidationError("languages", f"unknown ISO 639 language code {', '.join(unknown)}")
        )
    elif len(draft.languages_text or "") > LANGUAGES_LENGTH:
        problems.append(ValidationError("languages", "too many languages for one person"))
    _email("email", draft.email, problems)
    _length("email", draft.email, EMAIL_LENGTH, problems)
    _phone("phone", draft.phone, problems)
    _length("phone", draft.phone, PHONE_LENGTH, problems)
    return problems


def sensitive_problems(
    draft: SensitiveDraft, *, person_id: int | None = None, today: dt.date | None = None
) -> list[ValidationError]:
    from exchangedesk.domain.countries import country_name

    today = today or dt.date.today()
    problems: list[ValidationError] = []
    if draft.date_of_birth and draft.date_of_birth > today:
        problems.append(ValidationError("date_of_birth", "is in the future"))
    if draft.nationality and (
        len(draft.nationality) != 2 or country_name(draft.nationality) == draft.nationality
    ):
        problems.append(
            ValidationError("nationality", f"“{draft.nationality}” is not a country code")
        )
    if draft.passport_number and not _PASSPORT.match(draft.passport_number):
        problems.append(
            ValidationError("passport_number", "takes letters, digits, spaces and hyphens only")
        )
    _length("passport_number", draft.passport_number, PASSPORT_LENGTH, problems)
    if (
        draft.passport_expiry
        and draft.date_of_birth
        and draft.passport_expiry <= draft.date_of_birth
    ):
        problems.append(ValidationError("passport_expiry", "is before the date of birth"))
    _length("emergency_contact_name", draft.emergency_contact_name, NAME_LENGTH, problems)
    _phone("emergency_contact_phone", draft.emergency_contact_phone, problems)
    _length("emergency_contact_phone", draft.emergency_contact_phone, PHONE_LENGTH, problems)
    if person_id is not None and draft.guardian_id == person_id:
        problems.append(ValidationError("guardian_id", "a person cannot be their own guardian"))
    return problems


def organisation_problems(draft: OrganisationDraft) -> list[ValidationError]:
    problems: list[ValidationError] = []
    if not draft.name:
        problems.append(ValidationError("name", "is needed"))
    _length("name", draft.name, ORGANISATION_NAME_LENGTH, problems)
    _length("native_name", draft.native_name, ORGANISATION_NAME_LENGTH, problems)
    if not isinstance(draft.kind, OrganisationKind):
        problems.append(ValidationError("kind", "is not a kind of organisation"))
    _email("email", draft.email, problems)
    _length("email", draft.email, EMAIL_LENGTH, problems)
    _phone("phone", draft.phone, problems)
    _length("phone", draft.phone, PHONE_LENGTH, problems)
    if draft.website and not _WEBSITE.match(draft.website):
        problems.append(ValidationError("website", f"“{draft.website}” is not a web address"))
    _length("website", draft.website, WEBSITE_LENGTH, problems)
    return problems


def _first(problems: list[ValidationError]) -> None:
    if problems:
        raise problems[0]


def validate_person(draft: PersonDraft) -> PersonDraft:
    """The normalised draft, or the first :class:`ValidationError`."""
    draft = draft.normalised()
    _first(person_problems(draft))
    return draft


def validate_sensitive(draft: SensitiveDraft, *, person_id: int | None = None) -> SensitiveDraft:
    draft = draft.normalised()
    _first(sensitive_problems(draft, person_id=person_id))
    return draft


def validate_organisation(draft: OrganisationDraft) -> OrganisationDraft:
    draft = draft.normalised()
    _first(organisation_problems(draft))
    return draft
