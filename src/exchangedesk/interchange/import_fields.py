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
from typing import Any

from exchangedesk.domain.text import fold
from exchangedesk.interchange.cell_values import CellReader, reading_rules
from exchangedesk.interchange.people_table import HEADINGS as PEOPLE_HEADINGS

TEXT, NUMBER, DATE, YES_NO = "text", "number", "date", "yes_no"

Mapping = list[str | None]


@dataclass(frozen=True)
class ImportField:
    key: str
    title: str
    headings: tuple[str, ...]  # folded
    value: str = TEXT  # how the cell is read: interchange/cell_values.py (NUMBER, DATE...)


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

_NAME_FIELDS = (
    ImportField("given_name", "Given name", PEOPLE_HEADINGS["given_name"]),
    ImportField("family_name", "Family name", PEOPLE_HEADINGS["family_name"]),
    ImportField("full_name", "Whole name (split at the last space)", PEOPLE_HEADINGS["full_name"]),
)
_CITY = ImportField("city", "City (by name)", ("city", "town", "stadt", "ort", "wohnort", "ville",
                                               "город"))  # fmt: skip
_LANGUAGES = ImportField("languages", "Languages (ISO codes)", PEOPLE_HEADINGS["languages"])
_NOTES = ImportField("notes", "Notes", PEOPLE_HEADINGS["notes"])

_CONTRIBUTIONS = (
    ImportField("id", "ID (updates that record)", _ID),
    ImportField("campaign", "Campaign (by title)",
                ("campaign", "appeal", "aid campaign", "collection", "kampagne", "aktion",
                 "spendenaktion", "sammlung", "campagne", "collecte", "appel", "кампания",
                 "сбор", "акция")),
    ImportField("donor", "Donor (a person, an organisation or a name)",
                ("donor", "from", "given by", "name", "full name", "spender", "spenderin",
                 "spender/in", "name des spenders", "donateur", "donatrice", "donneur",
                 "жертвователь", "донор", "от кого", "фио")),
    ImportField("given_name", "Donor's given name", PEOPLE_HEADINGS["given_name"]),
    ImportField("family_name", "Donor's family name", PEOPLE_HEADINGS["family_name"]),
    ImportField("received_on", "Received on (date)",
                ("received", "received on", "date", "date received", "datum", "eingang",
                 "eingegangen", "eingang am", "date de reception", "recu le", "дата",
                 "дата поступления", "получено"), DATE),
    ImportField("amount", "Amount", ("amount", "sum", "gift", "donation", "betrag", "summe",
                                     "spende", "montant", "somme", "don", "сумма",
                                     "пожертвование"), NUMBER),
    ImportField("currency", "Currency (ISO code)", ("currency", "ccy", "cur", "wahrung",
                                                    "devise", "monnaie", "валюта")),
    ImportField("receipt_number", "Receipt number",
                ("receipt number", "receipt", "receipt no", "receipt no.", "quittung",
                 "quittungsnummer", "spendenquittung", "zuwendungsbestatigung", "recu",
                 "numero de recu", "квитанция", "номер квитанции")),
    ImportField("receipt_issued_on", "Receipt issued on (date)",
                ("receipt issued", "receipt issued on", "receipt date", "quittung vom",
                 "quittung ausgestellt", "ausgestellt am", "recu emis", "recu emis le",
                 "date du recu", "квитанция выдана", "дата квитанции"), DATE),
    _NOTES,
)  # fmt: skip

_HOST_FAMILIES = (
    ImportField("id", "ID (updates that record)", _ID),
    ImportField("name", "Name", ("name", "family", "host family", "familie", "gastfamilie",
                                 "famille", "famille d'accueil", "nom", "семья",
                                 "принимающая семья", "название")),
    ImportField("contact", "Contact (a person, by name)",
                ("contact", "contact person", "ansprechpartner", "ansprechperson", "kontakt",
                 "kontaktperson", "personne de contact", "контакт", "контактное лицо")),
    _CITY,
    ImportField("address", "Address", PEOPLE_HEADINGS["address"]),
    ImportField("latitude", "Latitude", ("latitude", "lat", "breite", "breitengrad",
                                         "широта"), NUMBER),
    ImportField("longitude", "Longitude", ("longitude", "lng", "lon", "long", "lange",
                                           "langengrad", "долгота"), NUMBER),
    ImportField("capacity", "Beds", ("beds", "capacity", "places", "betten", "platze",
                                     "schlafplatze", "lits", "couchages", "кровати", "места",
                                     "мест", "вместимость"), NUMBER),
    _LANGUAGES,
    ImportField("pets", "Pets", ("pets", "animals", "haustiere", "tiere", "animaux",
                                 "animaux domestiques", "животные", "домашние животные")),
    ImportField("smokers", "Smokers (yes or no)", ("smokers", "smoking", "smoker", "raucher",
                                                   "fumeurs", "fumeur", "курящие", "курение"),
                YES_NO),
    ImportField("allergies_managed", "Allergies managed",
                ("allergies managed", "allergies", "allergien", "аллергии")),
    ImportField("vetted_by", "Vetted by", ("vetted by", "checked by", "gepruft von",
                                           "uberpruft von", "verifie par", "проверено кем",
                                           "проверил")),
    ImportField("vetted_on", "Vetted on (date)", ("vetted on", "vetting date", "gepruft am",
                                                  "prufdatum", "verifie le", "дата проверки"),
                DATE),
    ImportField("vetting_valid_until", "Vetting valid until (date)",
                ("vetting valid until", "valid until", "gultig bis", "prufung gultig bis",
                 "valable jusqu'au", "действительно до"), DATE),
    _NOTES,
)  # fmt: skip

_PARTICIPANTS = (
    ImportField("id", "ID (updates that record)", ("participant id", *_ID)),
    ImportField("programme", "Programme (by title)",
                ("programme", "program", "exchange", "programm", "austausch", "echange",
                 "programme d'echange", "программа", "обмен")),
    *_NAME_FIELDS,
    ImportField("school", "School (by name)", ("school", "schule", "ecole", "etablissement",
                                               "college", "школа", "учебное заведение")),
    ImportField("date_of_birth", "Date of birth (sensitive)",
                ("date of birth", "birth date", "birthday", "born", "dob", "geburtsdatum",
                 "geboren", "geboren am", "date de naissance", "ne le", "nee le", "ne(e) le",
                 "дата рождения"), DATE),
    ImportField("gender", "Gender", ("gender", "sex", "geschlecht", "sexe", "пол")),
    _LANGUAGES,
    ImportField("email", "Email", PEOPLE_HEADINGS["email"]),
    ImportField("phone", "Phone", PEOPLE_HEADINGS["phone"]),
    ImportField("sibling_group", "Sibling group", ("sibling group", "siblings", "geschwister",
                                                   "fratrie", "freres et soeurs",
                                                   "братья и сестры")),
    ImportField("dietary_notes", "Dietary notes (sensitive)",
                ("dietary notes", "diet", "dietary", "ernahrung", "essen", "regime",
                 "regime alimentaire", "питание", "диета")),
    ImportField("medical_notes", "Medical notes (sensitive)",
                ("medical notes", "medical", "health", "medizinisch", "gesundheit",
                 "medical", "sante", "медицинские", "здоровье")),
    ImportField("allergies", "Allergies (sensitive)", ("allergies", "allergien", "allergie",
                                                       "аллергии")),
    _NOTES,
)  # fmt: skip

KIND_FIELDS: dict[str, tuple[ImportField, ...]] = {
    "people": _PEOPLE,
    "organisations": _ORGANISATIONS,
    "contributions": _CONTRIBUTIONS,
    "host-families": _HOST_FAMILIES,
    "participants": _PARTICIPANTS,
}
# The kinds imported into one record chosen for the whole file (the command line's
# --programme, --campaign; a choice in the window), and the field naming it row by row.
WITHIN = {"participants": "programme", "contributions": "campaign"}


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
    if (
        kind in ("people", "participants")
        and "given_name" in mapping
        and "family_name" not in mapping
    ):
        # "Vorname" beside "Name": the German way of heading the family name.
        mapping = ["family_name" if key == "full_name" else key for key in mapping]
    return mapping


def chosen_mapping(
    kind: str, headers: Sequence[str], guessed: Sequence[str | None], chosen: dict[str, Any]
) -> Mapping:
    """The guess with the columns ``chosen`` names changed: heading → field (its key,
    "family_name", or its title, "Family name"), or None/"" to leave the column out (the
    command line's ``--mapping FILE``). A heading the file lacks or a field the kind does not
    have raises ValueError with a sentence naming it."""
    fields = KIND_FIELDS[kind]
    by_name = {f.key: f.key for f in fields} | {fold(f.title): f.key for f in fields}
    by_heading = {_key(h): i for i, h in enumerate(headers)}
    mapping = list(guessed)
    for heading, wanted in chosen.items():
        index = by_heading.get(_key(str(heading)))
        if index is None:
            raise ValueError(
                f"the mapping names a column '{heading}' the file does not have; its columns: "
                + ", ".join(headers)
            )
        if wanted in (None, ""):
            mapping[index] = None
            continue
        key = by_name.get(str(wanted)) or by_name.get(fold(str(wanted)))
        if key is None:
            raise ValueError(
                f"'{wanted}' (for column '{heading}') is not a field of {kind}; the fields: "
                + ", ".join(f.key for f in fields)
            )
        mapping = [None if k == key else k for k in mapping]  # a field has one column
        mapping[index] = key
    return mapping


def value_kind(kind: str, key: str) -> str:
    return next(f.value for f in KIND_FIELDS[kind] if f.key == key)


def file_reading(kind: str, table: Any, mapping: Sequence[str | None]) -> CellReader:
    """How ``table`` (a TableFile) writes numbers and dates, from its mapped columns."""
    values = {f.key: f.value for f in KIND_FIELDS[kind]}
    numbers = [i for i, key in enumerate(mapping) if key and values.get(key) == NUMBER]
    dates = [i for i, key in enumerate(mapping) if key and values.get(key) == DATE]
    return reading_rules(
        (row.cell(i) for row in table.rows for i in numbers),
        (row.cell(i) for row in table.rows for i in dates),
        table.separator,
    )


def mapping_problem(
    kind: str, mapping: Sequence[str | None], *, within: bool = False
) -> str | None:
    """Why the mapping cannot import anything (a sentence), or None. ``within``: a programme
    or campaign was chosen for the whole file (the kinds in :data:`WITHIN`)."""
    taken = [key for key in mapping if key is not None]
    twice = sorted({key for key in taken if taken.count(key) > 1})
    if twice:
        return "Two columns become " + ", ".join(field_title(kind, k) for k in twice) + "."
    if kind in WITHIN and not within and WITHIN[kind] not in taken:
        what = WITHIN[kind]
        return (
            f"No column names the {what}: choose the {what} to import into, or choose "
            f"'{field_title(kind, what)}' for the column that names it."
        )
    if kind == "participants" and not {"family_name", "full_name"} & set(taken):
        return (
            "No column becomes the participant's family name: choose 'Family name' (or "
            "'Whole name') for the column that holds it."
        )
    if kind == "contributions":
        missing = [k for k in ("amount", "currency", "received_on") if k not in taken]
        if missing:
            return "No column becomes " + ", ".join(field_title(kind, k) for k in missing) + "."
        if not {"donor", "family_name"} & set(taken):
            return "No column names the donor: choose 'Donor' for the column that names them."
    if kind == "host-families" and "name" not in taken:
        return "No column becomes the family's name: choose 'Name' for the column."
    if kind == "people" and not {"family_name", "full_name"} & set(taken):
        return (
            "No column becomes the family name: choose 'Family name' (or 'Whole name') for the "
            "column that holds it — a heading such as 'Nachname', 'Nom' or 'Фамилия'."
        )
    if kind == "organisations" and "name" not in taken:
        return "No column becomes the organisation's name: choose 'Name' for the column."
    return None


__all__ = [
    "DATE",
    "chosen_mapping",
    "KIND_FIELDS",
    "NUMBER",
    "TEXT",
    "WITHIN",
    "YES_NO",
    "ImportField",
    "Mapping",
    "field_title",
    "file_reading",
    "guess_mapping",
    "import_fields",
    "mapping_problem",
    "value_kind",
]
