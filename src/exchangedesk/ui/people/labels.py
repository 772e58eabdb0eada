"""What the fields and links of a person are called on screen (detail pane, merge dialog)."""

from __future__ import annotations

from exchangedesk.ui.i18n import translate


def field_label(field: str) -> str:
    labels = {
        "given_name": "Given name",
        "family_name": "Family name",
        "given_name_native": "Given name (own script)",
        "family_name_native": "Family name (own script)",
        "salutation": "Salutation",
        "form_of_address": "Form of address",
        "organisation_id": "Organisation",
        "role": "Role",
        "gender": "Gender",
        "languages": "Languages",
        "email": "E-mail",
        "phone": "Phone",
        "address": "Address",
        "city_id": "City",
        "notes": "Notes",
        "date_of_birth": "Date of birth",
        "nationality": "Nationality",
        "passport_number": "Passport number",
        "passport_expiry": "Passport valid until",
        "dietary_notes": "Dietary needs",
        "medical_notes": "Medical / accessibility",
        "emergency_contact_name": "Emergency contact",
        "emergency_contact_phone": "Emergency phone",
        "guardian_id": "Guardian",
    }
    return translate("PersonLabels", labels[field]) if field in labels else field.replace("_", " ")


def link_label(table: str, column: str) -> str:
    """A kind of link to a person, as a plural noun phrase ("delegation memberships")."""
    labels = {
        ("delegation_members", "person_id"): "delegation memberships",
        ("delegations", "head_person_id"): "delegations headed",
        ("itinerary_attendees", "person_id"): "itinerary items attended",
        ("itinerary_items", "host_person_id"): "itinerary items hosted",
        ("room_occupants", "person_id"): "room allocations",
        ("participants", "person_id"): "exchange participations",
        ("programme_leaders", "person_id"): "exchanges led",
        ("consents", "given_by_id"): "consents given",
        ("consents", "participant_id"): "consents of a merged participation",
        ("placements", "participant_id"): "placements of a merged participation",
        ("host_families", "contact_person_id"): "host families (as contact)",
        ("gifts", "from_person_id"): "gifts given",
        ("gifts", "to_person_id"): "gifts received",
        ("contributions", "donor_person_id"): "donations",
        ("documents", "recipient_person_id"): "letters and documents",
        ("partnership_signatories", "person_id"): "partnership signatures",
        ("person_sensitive", "person_id"): "sensitive details",
        ("person_sensitive", "guardian_id"): "wards (as their guardian)",
    }
    found = labels.get((table, column))
    return translate("PersonLabels", found) if found else f"{table}.{column}"
