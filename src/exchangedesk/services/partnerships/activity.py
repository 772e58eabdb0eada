"""What passes between two partner cities, year by year, and which partnerships have gone quiet.

**Last contact** is the latest day, up to today, of anything done together: a delegation's
arrival, the start of an exchange programme, a gift, the start of an aid campaign or a
contribution to it, a document in the correspondence register. Cancelled visits and
programmes do not count. A gift, document or campaign counts for the partnership it names, or
else for the one of the delegation (programme, gift) it belongs to.

**Dormant**: a partnership that is proposed, under a letter of intent or active, with no sign
of life for ``dormancy_years`` (settings key, default 5): no contact, no signing, no step in its
status history, and nothing planned ahead. A partnership about which nothing at all is known is
not called dormant — there is no evidence either way. Suspended and terminated partnerships are
quiet on purpose and never dormant.

Everything here is aggregated in SQL, one query per kind of activity, for any number of
partnerships at once (never one query per partnership).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    and_,
    case,
    extract,
    func,
    literal,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session, aliased

from exchangedesk.db.models import (
    AidCampaign,
    Contribution,
    Delegation,
    Document,
    ExchangeProgramme,
    Gift,
    Partnership,
    PartnershipStatusChange,
    Setting,
)
from exchangedesk.db.session import Database
from exchangedesk.domain.anniversaries import same_day_in
from exchangedesk.domain.enums import DelegationStatus, PartnershipStatus, ProgrammeStatus
from exchangedesk.domain.errors import ValidationError

DORMANCY_KEY = "dormancy_years"
DEFAULT_DORMANCY_YEARS = 5
CAN_BE_DORMANT = (
    PartnershipStatus.PROPOSED,
    PartnershipStatus.LETTER_OF_INTENT,
    PartnershipStatus.ACTIVE,
)

_DocDelegation = aliased(Delegation, name="doc_delegation")
_DocProgramme = aliased(ExchangeProgramme, name="doc_programme")
_DocGift = aliased(Gift, name="doc_gift")
_GiftDelegation = aliased(Delegation, name="gift_delegation")


# --- one (partnership, day) list per kind of activity ---------------------------------------


def _kinds() -> dict[str, Select]:
    """Per kind: (partnership_id, day) of every activity; the filters every use shares."""
    gift_partnership = func.coalesce(Gift.partnership_id, _GiftDelegation.partnership_id)
    document_partnership = func.coalesce(
        Document.partnership_id,
        _DocDelegation.partnership_id,
        _DocProgramme.partnership_id,
        _DocGift.partnership_id,
    )
    return {
        "visits": select(
            Delegation.partnership_id.label("partnership_id"), Delegation.arrival_on.label("day")
        ).where(Delegation.status != DelegationStatus.CANCELLED),
        "exchanges": select(
            ExchangeProgramme.partnership_id.label("partnership_id"),
            ExchangeProgramme.starts_on.label("day"),
        ).where(ExchangeProgramme.status != ProgrammeStatus.CANCELLED),
        "gifts": select(gift_partnership.label("partnership_id"), Gift.given_on.label("day"))
        .outerjoin(_GiftDelegation, Gift.delegation_id == _GiftDelegation.id)
        .where(Gift.given_on.is_not(None), gift_partnership.is_not(None)),
        "aid_campaigns": select(
            AidCampaign.partnership_id.label("partnership_id"), AidCampaign.starts_on.label("day")
        ).where(AidCampaign.partnership_id.is_not(None)),
        "contributions": select(
            AidCampaign.partnership_id.label("partnership_id"),
            Contribution.received_on.label("day"),
        )
        .join(AidCampaign, Contribution.campaign_id == AidCampaign.id)
        .where(AidCampaign.partnership_id.is_not(None)),
        "documents": select(
            document_partnership.label("partnership_id"), Document.issued_on.label("day")
        )
        .outerjoin(_DocDelegation, Document.delegation_id == _DocDelegation.id)
        .outerjoin(_DocProgramme, Document.programme_id == _DocProgramme.id)
        .outerjoin(_DocGift, Document.gift_id == _DocGift.id)
        .where(document_partnership.is_not(None)),
    }


KINDS = ("visits", "exchanges", "gifts", "aid_campaigns", "contributions", "documents")


def activity_summary(  # noqa: ANN201 - a subquery
    today: dt.date, partnership_ids: Iterable[int] | None = None
):
    """Per partnership: ``last_contact`` (latest activity up to today), ``last_sign`` (the
    latest of any activity, planned ones included, the signing and the status history) and
    ``next_contact`` (the first activity after today).

    ``partnership_ids`` limits the work to those partnerships: a list page asks for its 100
    rows only, instead of aggregating every delegation and contribution of a federation."""
    contact = literal(1, Integer).label("contact")
    other = literal(0, Integer).label("contact")
    parts = [statement.add_columns(contact) for statement in _kinds().values()]
    parts.append(
        select(
            Partnership.id.label("partnership_id"), Partnership.signed_on.label("day"), other
        ).where(Partnership.signed_on.is_not(None))
    )
    parts.append(
        select(
            PartnershipStatusChange.partnership_id.label("partnership_id"),
            PartnershipStatusChange.changed_on.label("day"),
            other,
        )
    )
    if partnership_ids is not None:
        ids = sorted(set(partnership_ids))
        # Each part names its partnership column "partnership_id"; filter every part on it,
        # and narrow by indexed foreign keys first (_narrowing) so SQLite looks up the page's
        # rows instead of reading every contribution and document.
        parts = [
            part.where(part.selected_columns.partnership_id.in_(ids), *narrowing)
            for part, narrowing in zip(parts, _narrowing(ids), strict=True)
        ]
    days = union_all(*parts).subquery("activity_days")
    happened = and_(days.c.contact == 1, days.c.day <= today)
    return (
        select(
            days.c.partnership_id,
            func.max(case((happened, days.c.day))).label("last_contact"),
            func.max(days.c.day).label("last_sign"),
            # The first contact after today: until then last_contact stays (contacts.py).
            func.min(case((and_(days.c.contact == 1, days.c.day > today), days.c.day))).label(
                "next_contact"
            ),
        )
        .group_by(days.c.partnership_id)
        .subquery("activity_summary")
    )


def _narrowing(ids: list[int]) -> list[tuple[ColumnElement[bool], ...]]:
    """For each part of :func:`activity_summary`, in its order: extra conditions, implied by
    the partnership being among ``ids``, that an index can answer. The coalesced partnership
    of a gift or document is no column an index has, so say which rows can have it."""
    delegations = select(Delegation.id).where(Delegation.partnership_id.in_(ids))
    programmes = select(ExchangeProgramme.id).where(ExchangeProgramme.partnership_id.in_(ids))
    campaigns = select(AidCampaign.id).where(AidCampaign.partnership_id.in_(ids))
    gifts = select(Gift.id).where(
        or_(Gift.partnership_id.in_(ids), Gift.delegation_id.in_(delegations))
    )
    return [
        (),  # visits: delegations.partnership_id is indexed
        (),  # exchanges: likewise
        (or_(Gift.partnership_id.in_(ids), Gift.delegation_id.in_(delegations)),),
        (),  # aid campaigns: indexed
        (Contribution.campaign_id.in_(campaigns),),
        (
            or_(
                Document.partnership_id.in_(ids),
                Document.delegation_id.in_(delegations),
                Document.programme_id.in_(programmes),
                Document.gift_id.in_(gifts),
            ),
        ),
        (),  # the signing: partnerships' primary key
        (),  # status steps: indexed
    ]


def dormancy_cutoff(today: dt.date, years: int) -> dt.date:
    return same_day_in(today, today.year - years)


def dormant_condition(status, last_sign, cutoff: dt.date) -> ColumnElement[bool]:  # noqa: ANN001
    return and_(status.in_(CAN_BE_DORMANT), last_sign.is_not(None), last_sign < cutoff)


# --- the dormancy setting --------------------------------------------------------------------


def read_dormancy_years(session: Session) -> int:
    value = session.get(Setting, DORMANCY_KEY)
    try:
        years = int(value.value) if value is not None else DEFAULT_DORMANCY_YEARS
    except ValueError:
        return DEFAULT_DORMANCY_YEARS  # a hand-edited setting must not break every list
    return years if years > 0 else DEFAULT_DORMANCY_YEARS


def dormancy_years(database: Database) -> int:
    with database.reading() as session:
        return read_dormancy_years(session)


def set_dormancy_years(database: Database, years: int) -> None:
    if isinstance(years, bool) or not isinstance(years, int) or not 1 <= years <= 100:
        raise ValidationError("dormancy_years", "must be a whole number of years from 1 to 100")
    with database.unit_of_work() as session:
        setting = session.get(Setting, DORMANCY_KEY)
        if setting is None:
            session.add(Setting(key=DORMANCY_KEY, value=str(years)))
        else:
            setting.value = str(years)


# --- one partnership's activity --------------------------------------------------------------


@dataclass(frozen=True)
class ActivityYear:
    year: int
    visits: int = 0
    exchanges: int = 0
    gifts: int = 0
    aid_campaigns: int = 0
    contributions: int = 0
    documents: int = 0

    @property
    def total(self) -> int:
        return sum(getattr(self, kind) for kind in KINDS)


@dataclass(frozen=True)
class Activity:
    partnership_id: int
    last_contact: dt.date | None
    last_sign: dt.date | None
    dormant: bool
    dormancy_years: int
    years: tuple[ActivityYear, ...]  # latest year first, only years with something in them


def activity_by_year(
    session: Session, partnership_ids: Iterable[int]
) -> dict[int, tuple[ActivityYear, ...]]:
    """Counts per year and kind for the partnerships, one grouped query per kind."""
    ids = sorted(set(partnership_ids))
    counts: dict[int, dict[int, dict[str, int]]] = {pid: {} for pid in ids}
    if not ids:
        return {}
    for kind, statement in _kinds().items():
        days = statement.subquery(kind)
        year = extract("year", days.c.day)
        grouped = (
            select(days.c.partnership_id, year, func.count())
            .where(days.c.partnership_id.in_(ids))
            .group_by(days.c.partnership_id, year)
        )
        for partnership_id, in_year, count in session.execute(grouped):
            counts[partnership_id].setdefault(int(in_year), {})[kind] = count
    return {
        pid: tuple(
            ActivityYear(year, **kinds) for year, kinds in sorted(by_year.items(), reverse=True)
        )
        for pid, by_year in counts.items()
    }


def partnership_activity(
    database: Database, partnership_id: int, *, today: dt.date | None = None
) -> Activity:
    today = today or dt.date.today()
    summary = activity_summary(today)
    with database.reading() as session:
        years = read_dormancy_years(session)
        cutoff = dormancy_cutoff(today, years)
        row = session.execute(
            select(
                summary.c.last_contact,
                summary.c.last_sign,
                dormant_condition(Partnership.status, summary.c.last_sign, cutoff),
            )
            .select_from(Partnership)
            .outerjoin(summary, summary.c.partnership_id == Partnership.id)
            .where(Partnership.id == partnership_id)
        ).first()
        by_year = activity_by_year(session, [partnership_id])
    last_contact, last_sign, dormant = row if row is not None else (None, None, False)
    return Activity(
        partnership_id=partnership_id,
        last_contact=last_contact,
        last_sign=last_sign,
        dormant=bool(dormant),
        dormancy_years=years,
        years=by_year.get(partnership_id, ()),
    )
