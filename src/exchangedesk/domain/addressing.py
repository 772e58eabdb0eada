"""How a letter addresses a person: the opening line and the name on the envelope.

A person has a *salutation* (a short title: "Ms", "Dr", "Cllr") and may have a *form of
address*, which secretaries use in two ways: a ready opening ("Dear Helen") or a formal style
("The Right Worshipful the Lord Mayor of Coventry", "His Excellency"). The rules:

* a form of address that already is an opening ("Dear …", "Sehr geehrte …", "Уважаем…") is used
  as it stands;
* a formal style gives the opening that style calls for ("Dear Lord Mayor", "Your Excellency");
* otherwise the opening is "Dear" + salutation + family name, or the full name when there is no
  salutation (never a guess from the gender); a salutation in another script ("Г-н") goes with
  the family name in that script and no English "Dear" ("Г-н Кузнецов") — a full opening in
  that language belongs in the form of address ("Уважаемый Дмитрий Петрович");
* the envelope line is the formal style when there is one, else salutation and full name.
"""

from __future__ import annotations

from exchangedesk.domain.people import is_latin_text
from exchangedesk.domain.text import fold

# Folded beginnings of a form of address that is itself a letter's opening.
_OPENINGS = ("dear ", "my dear ", "sehr geehrte", "liebe ", "cher ", "chere ", "уважаем")
_OPENINGS += ("дорог", "querid", "estimad", "gentile ", "caro ", "cara ", "szanown")

# A formal style (folded, found anywhere in the form of address) → the opening it calls for.
# The first match wins, so the more precise styles come first.
_STYLES = (
    ("lord mayor", "Dear Lord Mayor"),
    ("lady mayoress", "Dear Lady Mayoress"),
    ("excellency", "Your Excellency"),
    ("your worship", "Your Worship"),
    ("worshipful", "Dear Mayor"),
    ("mayor", "Dear Mayor"),
    ("ambassador", "Dear Ambassador"),
)


def _is_opening(form_of_address: str) -> bool:
    return fold(form_of_address).startswith(_OPENINGS)


def letter_opening(
    *,
    given_name: str | None,
    family_name: str | None,
    salutation: str | None = None,
    form_of_address: str | None = None,
    family_name_native: str | None = None,
) -> str:
    """The line a letter begins with, without the comma."""
    form = (form_of_address or "").strip()
    if form:
        if _is_opening(form):
            return form.rstrip(",")
        folded = fold(form)
        for style, opening in _STYLES:
            if style in folded:
                return opening
    if salutation and not is_latin_text(salutation):
        return f"{salutation} {family_name_native or family_name}".strip()
    if salutation and family_name:
        return f"Dear {salutation} {family_name}"
    name = " ".join(p for p in (given_name, family_name) if p)
    return f"Dear {name}" if name else "Dear Sir or Madam"


def envelope_name(
    *,
    given_name: str | None,
    family_name: str | None,
    salutation: str | None = None,
    form_of_address: str | None = None,
    native_name: str | None = None,
) -> str:
    """The name line of the address block."""
    form = (form_of_address or "").strip()
    if form and not _is_opening(form):
        return form
    return titled_name(
        given_name=given_name,
        family_name=family_name,
        salutation=salutation,
        native_name=native_name,
    )


def titled_name(
    *,
    given_name: str | None,
    family_name: str | None,
    salutation: str | None = None,
    native_name: str | None = None,
) -> str:
    """Salutation and full name written in one script: "Dr Helen Bradshaw", "Г-н Дмитрий
    Кузнецов". A salutation in another script than Latin goes with the native name; without
    one it is left out rather than printed as "Г-н Dmitry Kuznetsov"."""
    latin = " ".join(p for p in (given_name, family_name) if p)
    if salutation and not is_latin_text(salutation):
        return f"{salutation} {native_name}" if native_name else latin
    return " ".join(p for p in (salutation, latin) if p)
