"""The committee's vocabulary as enumerations.

Values are stored in the database as the lower-case strings below, so they read well in SQL and
in exports; labels for people come from :func:`label`.
"""

from __future__ import annotations

from enum import StrEnum


class PartnershipKind(StrEnum):
    TWIN_TOWN = "twin_town"
    SISTER_CITY = "sister_city"
    PARTNER_CITY = "partner_city"  # economic cooperation only
    FRIENDSHIP_CITY = "friendship_city"


class PartnershipStatus(StrEnum):
    PROPOSED = "proposed"
    LETTER_OF_INTENT = "letter_of_intent"
    ACTIVE = "active"
    SUSPENDED = "suspended"
    TERMINATED = "terminated"


class CooperationArea(StrEnum):
    ECONOMY = "economy"
    CULTURE = "culture"
    EDUCATION = "education"
    HEALTH = "health"
    ENVIRONMENT = "environment"
    SPORT = "sport"
    YOUTH = "youth"


class ActingSide(StrEnum):
    """Who took a step in a partnership's history: a unilateral termination is 'partner' or 'home'."""

    BOTH = "both"
    HOME = "home"
    PARTNER = "partner"
    UNKNOWN = "unknown"


class OrganisationKind(StrEnum):
    SCHOOL = "school"
    UNIVERSITY = "university"
    MUSEUM = "museum"
    HOSPITAL = "hospital"
    UNION = "union"
    BUSINESS = "business"
    COMMITTEE = "committee"
    TOWN_HALL = "town_hall"
    OTHER = "other"


class Direction(StrEnum):
    INCOMING = "incoming"
    OUTGOING = "outgoing"


class DelegationStatus(StrEnum):
    IDEA = "idea"
    PLANNED = "planned"
    APPROVED = "approved"
    CONFIRMED = "confirmed"
    UNDER_WAY = "under_way"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class ApprovalDecision(StrEnum):
    APPROVED = "approved"
    REJECTED = "rejected"
    DEFERRED = "deferred"


class MemberRole(StrEnum):
    HEAD = "head"
    OFFICIAL = "official"
    INTERPRETER = "interpreter"
    JOURNALIST = "journalist"
    ARTIST = "artist"
    STUDENT = "student"
    DRIVER = "driver"
    OTHER = "other"


class ItineraryKind(StrEnum):
    MEETING = "meeting"
    VISIT = "visit"
    MEAL = "meal"
    CEREMONY = "ceremony"
    TRANSPORT = "transport"
    FREE_TIME = "free_time"


class AccommodationKind(StrEnum):
    HOTEL = "hotel"
    HOST_FAMILY = "host_family"
    OTHER = "other"


class ProgrammeStatus(StrEnum):
    PLANNED = "planned"
    CONFIRMED = "confirmed"
    UNDER_WAY = "under_way"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class PlacementStatus(StrEnum):
    SUGGESTED = "suggested"
    ACCEPTED = "accepted"
    CONFIRMED = "confirmed"
    WITHDRAWN = "withdrawn"


class GiftDirection(StrEnum):
    GIVEN = "given"
    RECEIVED = "received"


class ShipmentStatus(StrEnum):
    """Forward-only workflow; LOST may follow any step before CONFIRMED."""

    PLANNED = "planned"
    PACKED = "packed"
    DISPATCHED = "dispatched"
    IN_TRANSIT = "in_transit"
    DELIVERED = "delivered"
    CONFIRMED = "confirmed"
    LOST = "lost"


class DocumentKind(StrEnum):
    ITINERARY = "itinerary"
    LETTER = "letter"
    REPORT = "report"
    MANIFEST = "manifest"
    RECEIPT = "receipt"
    OTHER = "other"


def label(value: StrEnum) -> str:
    """Human label of an enum value: 'under_way' -> 'Under way'."""
    text = str(value).replace("_", " ")
    return text[:1].upper() + text[1:]
