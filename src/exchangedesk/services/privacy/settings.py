"""How long personal data is kept: three periods in the register's settings table, with the
defaults of :class:`~exchangedesk.domain.privacy.RetentionPeriods` until the secretary sets
them."""

from __future__ import annotations

from dataclasses import fields

from sqlalchemy.orm import Session

from exchangedesk.db.models import Setting
from exchangedesk.db.session import Database
from exchangedesk.domain.errors import ValidationError
from exchangedesk.domain.privacy import RetentionPeriods

PREFIX = "retention_"  # settings keys: retention_passport_months, ...


def read_periods(session: Session) -> RetentionPeriods:
    defaults = RetentionPeriods()
    values = {}
    for field in fields(RetentionPeriods):
        stored = session.get(Setting, PREFIX + field.name)
        try:
            value = int(stored.value) if stored is not None else getattr(defaults, field.name)
        except ValueError:  # a hand-edited setting must not stop the review
            value = getattr(defaults, field.name)
        if not 1 <= value <= RetentionPeriods.LIMITS[field.name]:
            value = getattr(defaults, field.name)
        values[field.name] = value
    return RetentionPeriods(**values)


def retention_periods(database: Database) -> RetentionPeriods:
    with database.reading() as session:
        return read_periods(session)


def check_periods(periods: RetentionPeriods) -> None:
    for field in fields(RetentionPeriods):
        value = getattr(periods, field.name)
        top = RetentionPeriods.LIMITS[field.name]
        unit = "years" if field.name.endswith("years") else "months"
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= top:
            raise ValidationError(field.name, f"must be a whole number of {unit} from 1 to {top}")


def save_periods(database: Database, periods: RetentionPeriods) -> RetentionPeriods:
    check_periods(periods)
    with database.unit_of_work() as session:
        for field in fields(RetentionPeriods):
            key, value = PREFIX + field.name, str(getattr(periods, field.name))
            stored = session.get(Setting, key)
            if stored is None:
                session.add(Setting(key=key, value=value))
            else:
                stored.value = value
    return periods
