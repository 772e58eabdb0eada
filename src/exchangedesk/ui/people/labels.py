"""What the fields and links of a person are called on screen (detail pane, merge dialog)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from exchangedesk.ui.i18n import translate


def field_label(field: str) -> str:
    labels = {
        "given_name": QT_TRANSLATE_NOOP("PersonLabels", "Given name"),
        "family_name": QT_TRANSLATE_NOOP("PersonLabels", "Family name"),
        "given_name_native": QT_TRANSLATE_NOOP("PersonLabels", "Given name (own script)"),
        "family_name_native": QT_TRANSLATE_NOOP("PersonLabels", "Family name (own script)"),
        "salutation": QT_TRANSLATE_NOOP("PersonLabels", "Salutation"),
        "form_of_address": QT_TRANSLATE_NOOP("PersonLabels", "Form of address"),
        "organisation_id": QT_TRANSLATE_NOOP("PersonLabels", "Organisation"),
        "role": QT_TRANSLATE_NOOP("PersonLabels", "Role"),
        "gender": QT_TRANSLATE_NOOP("PersonLabels", "Gender"),
        "languages": QT_TRANSLATE_NOOP("PersonLabels", "Languages"),
        "email": QT_TRANSLATE_NOOP("PersonLabels", "E-mail"),
        "phone": QT_TRANSLATE_NOOP("PersonLabels", "Phone"),
        "address": QT_TRANSLATE_NOOP("PersonLabels", "Address"),
        "city_id": QT_TRANSLATE_NOOP("PersonLabels", "City"),
        "notes": QT_TRANSLATE_NOOP("PersonLabels", "Notes"),
        "date_of_birth": QT_TRANSLATE_NOOP("PersonLabels", "Date of birth"),
        "nationality": QT_TRANSLATE_NOOP("PersonLabels", "Nationality"),
        "passport_number": QT_TRANSLATE_NOOP("PersonLabels", "Passport number"),
        "passport_expiry": QT_TRANSLATE_NOOP("PersonLabels", "Passport valid until"),
        "dietary_notes": QT_TRANSLATE_NOOP("PersonLabels", "Dietary needs"),
        "medical_notes": QT_TRANSLATE_NOOP("PersonLabels", "Medical / accessibility"),
        "emergency_contact_name": QT_TRANSLATE_NOOP("PersonLabels", "Emergency contact"),
        "emergency_contact_phone": QT_TRANSLATE_NOOP("PersonLabels", "Emergency phone"),
        "guardian_id": QT_TRANSLATE_NOOP("PersonLabels", "Guardian"),
    }
    return translate("PersonLabels", labels[field]) if field in labels else field.replace("_", " ")


def link_label(table: str, column: str) -> str:
    """A kind of link to a person, as a plural noun phrase ("delegation memberships")."""
    labels = {
        ("delegation_members", "person_id"): QT_TRANSLATE_NOOP(
            "PersonLabels", "delegation memberships"
        ),
        ("delegations", "head_person_id"): QT_TRANSLATE_NOOP("PersonLabels", "delegations headed"),
        ("itinerary_attendees", "person_id"): QT_TRANSLATE_NOOP(
            "PersonLabels", "itinerary items attended"
        ),
        ("itinerary_items", "host_person_id"): QT_TRANSLATE_NOOP(
            "PersonLabels", "itinerary items hosted"
        ),
        ("room_occupants", "person_id"): QT_TRANSLATE_NOOP("PersonLabels", "room allocations"),
        ("participants", "person_id"): QT_TRANSLATE_NOOP("PersonLabels", "exchange participations"),
        ("programme_leaders", "person_id"): QT_TRANSLATE_NOOP("PersonLabels", "exchanges led"),
        ("consents", "given_by_id"): QT_TRANSLATE_NOOP("PersonLabels", "consents given"),
        ("consents", "participant_id"): QT_TRANSLATE_NOOP(
            "PersonLabels", "consents of a merged participation"
        ),
        ("placements", "participant_id"): QT_TRANSLATE_NOOP(
            "PersonLabels", "placements of a merged participation"
        ),
        ("host_families", "contact_person_id"): QT_TRANSLATE_NOOP(
            "PersonLabels", "host families (as contact)"
        ),
        ("gifts", "from_person_id"): QT_TRANSLATE_NOOP("PersonLabels", "gifts given"),
        ("gifts", "to_person_id"): QT_TRANSLATE_NOOP("PersonLabels", "gifts received"),
        ("contributions", "donor_person_id"): QT_TRANSLATE_NOOP("PersonLabels", "donations"),
        ("documents", "recipient_person_id"): QT_TRANSLATE_NOOP(
            "PersonLabels", "letters and documents"
        ),
        ("partnership_signatories", "person_id"): QT_TRANSLATE_NOOP(
            "PersonLabels", "partnership signatures"
        ),
        ("person_sensitive", "person_id"): QT_TRANSLATE_NOOP("PersonLabels", "sensitive details"),
        ("person_sensitive", "guardian_id"): QT_TRANSLATE_NOOP(
            "PersonLabels", "wards (as their guardian)"
        ),
    }
    found = labels.get((table, column))
    return translate("PersonLabels", found) if found else f"{table}.{column}"
