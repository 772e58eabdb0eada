"""What each column of an imported list can become, and the guess made from its heading.

Each importable kind has fields (``family_name``, ``email``...) with a title shown in the
preview and the headings that name it in English, German, French and Russian, compared folded
(any case or accents: "PRÉNOM", "prenom" and "Prénom" are one heading). The export's own titles
are among them, so a file written by ``exchangedesk export people`` maps itself.

A mapping is a list with one entry per column of the file: the field it becomes, or None for a
column that is left out. Nothing here touches the database.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from exchangedesk.domain.text import fold
from exchangedesk.interchange.people_table import HEADINGS as PEOPLE_HEADINGS

Mapping = list[str | None]


@dataclass(frozen=True)
class ImportField:
    key: str
    title: str
    headings: tuple[str, ...]  # folded


_ID = ("id", "#", "nr", "nr.", "no", "no.", "number", "nummer", "numero", "номер", "ид")

_PEOPLE = (
    ImportField("id", "ID (updates that record)", _ID),
    ImportField("given_name", "Given name", PEOPLE_HEADINGS["given_name"]),
    ImportField("family_name", "Family name", PEOPLE_HEADINGS["family_name"]),
    ImportField("full_name", "Whole name (split at the last space)", PEOPLE_HEADINGS["full_name"]),
    ImportField("given_name_native", "Given name (native script)",
                ("given name (native)", "vorname (original)", "prenom (original)",
                 "имя (в оригинале)")),
    ImportField("family_name_native", "Family name (native script)",
                ("family name (native)", "nachname (original)", "nom (original)",
                 "фамилия (в оригинале)")),
    ImportField("salutation", "Salutation", PEOPLE_HEADINGS["salutation"]),
    ImportField("form_of_address", "Form of address",
                ("form of address", "briefanrede", "formule d'appel", "форма обращения")),
    ImportField("organisation", "Organisation (by name)",
                ("organisation", "organization", "organisation name", "institution", "school",
                 "verein", "schule", "einrichtung", "etablissement", "ecole", "association",
                 "организация", "школа")),
    ImportField("role", "Role", PEOPLE_HEADINGS["role"]),
    ImportField("languages", "Languages (ISO codes)", PEOPLE_HEADINGS["languages"]),
    ImportField("email", "Email", PEOPLE_HEADINGS["email"]),
    ImportField("phone", "Phone", PEOPLE_HEADINGS["phone"]),
    ImportField("address", "Address", PEOPLE_HEADINGS["address"]),
    ImportField("city", "City (by name)", ("city", "town", "stadt", "ort", "wohnort", "ville",
                                           "город")),
    ImportField("notes", "Notes", PEOPLE_HEADINGS["notes"]),
)  # fmt: skip

_ORGANISATIONS = (
    ImportField("id", "ID (updates that record)", _ID),
    ImportField("name", "Name", ("name", "organisation", "organization", "organisation name",
                                 "bezeichnung", "einrichtung", "nom", "raison sociale",
                                 "название", "наименование", "организация")),
    ImportField("native_name", "Native name", ("native name", "name (native)",
                                               "originalname", "nom d'origine",
                                               "название в оригинале")),
    ImportField("kind", "Kind", ("kind", "type", "category", "art", "typ", "kategorie",
                                 "categorie", "тип", "вид")),
    ImportField("city", "City (by name)", ("city", "town", "stadt", "ort", "ville", "город")),
    ImportField("address", "Address", PEOPLE_HEADINGS["address"]),
    ImportField("email", "Email", PEOPLE_HEADINGS["email"]),
    ImportField("phone", "Phone", PEOPLE_HEADINGS["phone"]),
    ImportField("website", "Website", ("website", "web", "web site", "url", "homepage",
                                       "webseite", "internetseite", "site web", "site",
                                       "сайт", "веб-сайт")),
    ImportField("notes", "Notes", PEOPLE_HEADINGS["notes"]),
)  # fmt: skip

KIND_FIELDS: dict[str, tuple[ImportField, ...]] = {
    "people": _PEOPLE,
    "organisations": _ORGANISATIONS,
}


def import_fields(kind: str) -> tuple[ImportField, ...]:
    return KIND_FIELDS[kind]


def field_title(kind: str, key: str | None) -> str:
    if key is None:
        return "(left out)"
    return next(f.title for f in KIND_FIELDS[kind] if f.key == key)


def _key(heading: str) -> str:
    return " ".join(fold(heading).strip(" :*").split())


def guess_mapping(kind: str, headers: Sequence[str]) -> Mapping:
    """The field each heading names; a field taken by an earlier column is not given twice."""
    by_heading = {h: f.key for f in KIND_FIELDS[kind] for h in f.headings}
    mapping: Mapping = []
    for heading in headers:
        key = by_heading.get(_key(heading))
        mapping.append(key if key is not None and key not in mapping else None)
    if kind == "people" and "given_name" in mapping and "family_name" not in mapping:
        # "Vorname" beside "Name": the German way of heading the family name.
        mapping = ["family_name" if key == "full_name" else key for key in mapping]
    return mapping


def mapping_problem(kind: str, mapping: Sequence[str | None]) -> str | None:
    """Why the mapping cannot import anything (a sentence), or None."""
    taken = [key for key in mapping if key is not None]
    twice = sorted({key for key in taken if taken.count(key) > 1})
    if twice:
        return "Two columns become " + ", ".join(field_title(kind, k) for k in twice) + "."
    if kind == "people" and not {"family_name", "full_name"} & set(taken):
        return (
            "No column becomes the family name: choose 'Family name' (or 'Whole name') for the "
            "column that holds it — a heading such as 'Nachname', 'Nom' or 'Фамилия'."
        )
    if kind == "organisations" and "name" not in taken:
        return "No column becomes the organisation's name: choose 'Name' for the column."
    return None


__all__ = [
    "KIND_FIELDS",
    "ImportField",
    "Mapping",
    "field_title",
    "guess_mapping",
    "import_fields",
    "mapping_problem",
]
