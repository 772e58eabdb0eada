"""The two cities of a partnership draft: found in the register, or made from a gazetteer hit or
a city typed in by hand, inside the partnership's own unit of work."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from exchangedesk.db.models import (
    AidCampaign,
    City,
    Gift,
    HostFamily,
    Organisation,
    Partnership,
    Person,
    Setting,
)
from exchangedesk.db.session import Database
from exchangedesk.domain.errors import ValidationError
from exchangedesk.domain.text import fold
from exchangedesk.services.partnerships.gazetteer import (
    CityDraft,
    CityRow,
    city_row,
    city_search_key,
    validate_city,
)

CityChoice = int | CityDraft


def resolve_city(session: Session, name: str, choice: CityChoice | None) -> tuple[City, bool]:
    """The city record for a draft's choice, and whether it is new (added, not yet flushed)."""
    if choice is None:
        raise ValidationError(name, "choose a city")
    if isinstance(choice, bool) or not isinstance(choice, int | CityDraft):
        raise ValidationError(name, "choose a city from the suggestions")
    if isinstance(choice, int):
        city = session.get(City, choice)
        if city is None:
            raise ValidationError(name, "that city is no longer in the register; choose it again")
        return city, False
    if choice.geonames_id is not None:
        known = session.scalars(select(City).where(City.geonames_id == choice.geonames_id)).first()
        if known is not None:
            return known, False
    try:
        draft = validate_city(choice)
    except ValidationError as exc:
        raise ValidationError(name, f"{exc.field.replace('_', ' ')} {exc.message}") from None
    city = City(
        name=draft.name,
        native_name=draft.native_name,
        transliteration=draft.transliteration,
        country_code=draft.country_code,
        region=draft.region,
        population=draft.population,
        latitude=draft.latitude,
        longitude=draft.longitude,
        timezone=draft.timezone,
        languages=draft.languages,
        geonames_id=draft.geonames_id,
        search_key=city_search_key(draft),
    )
    return city, True


def same_place(a: City, b: City) -> bool:
    if a is b or (a.id is not None and a.id == b.id):
        return True
    if a.geonames_id is not None and a.geonames_id == b.geonames_id:
        return True
    # Two cities typed in by hand with the same name in the same country are one city.
    return (
        a.id is None
        and b.id is None
        and (fold(a.name), a.country_code)
        == (
            fold(b.name),
            b.country_code,
        )
    )


def city_in_use(session: Session, city_id: int) -> bool:
    columns = (
        Partnership.city_a_id,
        Partnership.city_b_id,
        AidCampaign.beneficiary_city_id,
        Gift.from_city_id,
        Gift.to_city_id,
        HostFamily.city_id,
        Organisation.city_id,
        Person.city_id,
    )
    return any(session.scalar(select(func.count()).where(c == city_id)) for c in columns)


HOME_CITY_KEY = "home_city_id"


def home_city(database: Database) -> CityRow | None:
    """The committee's own city (settings key ``home_city_id``), the first city of a new
    partnership; None when it is not set or no longer exists."""
    with database.reading() as session:
        setting = session.get(Setting, HOME_CITY_KEY)
        try:
            city = session.get(City, int(setting.value)) if setting is not None else None
        except ValueError:
            return None
        return city_row(city) if city is not None else None
