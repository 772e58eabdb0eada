"""All models, imported together so the metadata is complete for Alembic and for mappers."""

from exchangedesk.db.models.aid import (
    AidCampaign,
    Allocation,
    Contribution,
    ExchangeRate,
    Shipment,
    ShipmentLine,
    ShipmentStatusChange,
)
from exchangedesk.db.models.delegations import (
    Accommodation,
    BudgetLine,
    Delegation,
    DelegationApproval,
    DelegationMember,
    ItineraryAttendee,
    ItineraryItem,
    Room,
    RoomOccupant,
    TransportLeg,
)
from exchangedesk.db.models.exchanges import (
    Consent,
    ExchangeProgramme,
    HostFamily,
    Participant,
    Placement,
    ProgrammeLeader,
)
from exchangedesk.db.models.geography import City, Setting
from exchangedesk.db.models.gifts import Gift, GiftCustody
from exchangedesk.db.models.partnerships import (
    Partnership,
    PartnershipArea,
    PartnershipContact,
    PartnershipSignatory,
    PartnershipStatusChange,
)
from exchangedesk.db.models.people import Organisation, Person, PersonSensitive
from exchangedesk.db.models.privacy import PrivacyConsent
from exchangedesk.db.models.records import Attachment, AuditEntry, Document, DocumentPerson

__all__ = [
    "Accommodation",
    "AidCampaign",
    "Allocation",
    "Attachment",
    "AuditEntry",
    "BudgetLine",
    "City",
    "Consent",
    "Contribution",
    "Delegation",
    "DelegationApproval",
    "DelegationMember",
    "Document",
    "DocumentPerson",
    "ExchangeProgramme",
    "ExchangeRate",
    "Gift",
    "GiftCustody",
    "HostFamily",
    "ItineraryAttendee",
    "ItineraryItem",
    "Organisation",
    "Participant",
    "Partnership",
    "PartnershipContact",
    "PartnershipArea",
    "PartnershipSignatory",
    "PartnershipStatusChange",
    "Person",
    "PersonSensitive",
    "PrivacyConsent",
    "Placement",
    "ProgrammeLeader",
    "Room",
    "RoomOccupant",
    "Setting",
    "Shipment",
    "ShipmentLine",
    "ShipmentStatusChange",
    "TransportLeg",
]
