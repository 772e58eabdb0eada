"""The declarative base every model shares: naming convention, type map and small mixins."""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal

from sqlalchemy import Enum, Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from exchangedesk.db.types import ScaledDecimal, UTCDateTime, utc_now

# Every constraint gets a predictable name. Alembic's batch mode (SQLite's "move and copy")
# drops unnamed CHECK constraints, and named ones can be altered in later revisions.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        Decimal: ScaledDecimal(4),
        dt.datetime: UTCDateTime(),
        str: String(),
        # Enums are stored as their string values without a database CHECK, so that adding a
        # value later needs no table rebuild; SQLAlchemy still refuses unknown values.
        enum.Enum: Enum(
            enum.Enum,
            native_enum=False,
            create_constraint=False,
            length=32,
            values_callable=lambda members: [m.value for m in members],
        ),
    }


class IdMixin:
    id: Mapped[int] = mapped_column(Integer, primary_key=True)


class TimestampMixin:
    created_at: Mapped[dt.datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utc_now, onupdate=utc_now)


class VersionedMixin:
    """Optimistic locking: a save that raced another user's save fails instead of overwriting."""

    version_id: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict:  # noqa: N805 - SQLAlchemy passes the class
        return {"version_id_col": cls.__table__.c.version_id}


Money = Decimal  # readability in model annotations: an exact amount (its currency sits beside it)
CURRENCY = String(3)
TIMEZONE = String(64)
