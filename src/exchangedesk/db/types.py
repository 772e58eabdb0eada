"""Column types that keep money exact and times unambiguous on SQLite and PostgreSQL alike.

* SQLite's NUMERIC affinity turns "0.10" into a binary float, so exact decimals are stored as
  scaled integers (amount × 10^scale in a BIGINT). Sums in SQL stay exact and portable; the
  Python side always sees :class:`decimal.Decimal`.
* SQLite has no time-zone-aware timestamp, so instants are stored as naive UTC and handed back
  as aware UTC datetimes. The local zone of an event is a separate IANA name column.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any

from sqlalchemy import BigInteger, DateTime
from sqlalchemy.types import TypeDecorator


class ScaledDecimal(TypeDecorator[Decimal]):
    """An exact decimal with a fixed number of places, stored as a BIGINT of the smallest unit."""

    impl = BigInteger
    cache_ok = True

    def __init__(self, scale: int = 4) -> None:
        super().__init__()
        self.scale = scale
        self._factor = Decimal(10) ** scale
        self._quantum = Decimal(1).scaleb(-scale)

    def process_bind_param(self, value: Any, dialect: Any) -> int | None:
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("money and quantities must be Decimal, never float")
        number = Decimal(value)
        scaled = number * self._factor
        if scaled != scaled.to_integral_value():
            raise ValueError(f"{value} has more than {self.scale} decimal places")
        return int(scaled)

    def process_result_value(self, value: Any, dialect: Any) -> Decimal | None:
        if value is None:
            return None
        return (Decimal(int(value)) / self._factor).quantize(self._quantum, ROUND_HALF_EVEN)

    def __repr__(self) -> str:  # so Alembic autogenerate renders a usable type
        return f"ScaledDecimal(scale={self.scale})"


class UTCDateTime(TypeDecorator[datetime]):
    """An instant: aware datetimes in, stored as naive UTC, aware UTC out."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("a timestamp must carry its time zone")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)

    def __repr__(self) -> str:
        return "UTCDateTime()"


def utc_now() -> datetime:
    return datetime.now(UTC)
