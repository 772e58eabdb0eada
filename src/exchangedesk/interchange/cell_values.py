"""Numbers, dates and yes/no in an imported list, read the way the file writes them.

A German or French spreadsheet writes ``1.234,56`` and ``24.12.2026``; an English one
``1,234.56`` and ``24/12/2026``; our own export ``1234.56`` and ``2026-12-24``. Which rule a
file follows is decided once for the whole file from the cells of its number and date columns
(:func:`reading_rules`), never cell by cell, so ``1,5`` and ``1.5`` in one file cannot both be
read. The rule is shown in the import's preview and printed by the command line:

* **Decimal comma** when the number cells written with a decimal comma (``12,50``,
  ``1.234,56``) outnumber those with a decimal point; ``1,234`` says nothing (a thousand, or
  one point two three four) and does not count. With no evidence either way, a file separated
  by ``;`` (Excel's CSV where the comma is the decimal sign) uses the comma.
* **Day first** for dates such as ``3/4/2026`` unless a cell shows the month first
  (``12/31/2026``); dates with dots (``24.12.2026``) are always day first. ISO dates
  (``2026-12-24``) and an XLSX's real dates are read as they are under every rule.

Nothing here touches the database.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from exchangedesk.domain.errors import ValidationError
from exchangedesk.domain.text import fold

_COMMA_DECIMAL = re.compile(r"^[-+]?\d{1,3}(\.\d{3})+,\d+$|^[-+]?\d+,(\d{1,2}|\d{4,})$")
_POINT_DECIMAL = re.compile(r"^[-+]?\d{1,3}(,\d{3})+\.\d+$|^[-+]?\d+\.(\d{1,2}|\d{4,})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$")
_OTHER_DATE = re.compile(r"^(\d{1,2})([./-])(\d{1,2})\2(\d{2}|\d{4})$")
_SPACES = re.compile(r"[\s\u00a0\u202f']")  # 1 234,56 (French), 1'234.56 (Swiss)
CURRENCY_SIGNS = {"£": "GBP", "€": "EUR", "$": "USD", "₽": "RUB", "¥": "JPY", "₴": "UAH"}

YES = {"yes", "y", "true", "1", "x", "ja", "j", "oui", "o", "да", "д", "wahr", "vrai"}
NO = {"no", "n", "false", "0", "nein", "non", "нет", "н", "falsch", "faux"}


@dataclass(frozen=True)
class CellReader:
    """How one file writes numbers and dates."""

    decimal_comma: bool = False
    day_first: bool = True

    def describe(self) -> str:
        """For the preview: "numbers with a decimal comma (1.234,56); dates day first"."""
        numbers = (
            "numbers with a decimal comma (1.234,56)"
            if self.decimal_comma
            else "numbers with a decimal point (1,234.56)"
        )
        dates = (
            "dates day first (24.12.2026, 24/12/2026)"
            if self.day_first
            else "dates month first (12/24/2026)"
        )
        return f"{numbers}; {dates}"

    def decimal(self, cell: str, field: str) -> Decimal:
        text = _SPACES.sub("", cell)
        for sign in CURRENCY_SIGNS:
            text = text.replace(sign, "")
        if self.decimal_comma:
            text = text.replace(".", "").replace(",", ".")
        else:
            text = text.replace(",", "")
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise ValidationError(field, f"'{cell}' is not a number") from None
        if not number.is_finite():
            raise ValidationError(field, f"'{cell}' is not a number")
        return number

    def number(self, cell: str, field: str) -> float:
        return float(self.decimal(cell, field))

    def integer(self, cell: str, field: str) -> int:
        number = self.decimal(cell, field)
        if number != number.to_integral_value():
            raise ValidationError(field, f"'{cell}' is not a whole number")
        return int(number)

    def date(self, cell: str, field: str) -> dt.date:
        text = cell.strip()
        found = _ISO_DATE.match(text)
        if found:
            year, month, day = (int(part) for part in found.groups())
        else:
            found = _OTHER_DATE.match(text)
            if found is None:
                raise ValidationError(
                    field, f"'{cell}' is not a date (write it 2026-12-24 or 24.12.2026)"
                )
            first, separator, second, year_text = found.groups()
            day, month = int(first), int(second)
            if not self.day_first and separator != ".":
                day, month = month, day
            year = int(year_text)
            if len(year_text) == 2:  # '26 is 2026; '69 (a year already past by 50) is 1969
                year += 2000 if year + 2000 <= dt.date.today().year + 10 else 1900
        try:
            return dt.date(year, month, day)
        except ValueError:
            order = "day first" if self.day_first else "month first"
            raise ValidationError(
                field, f"'{cell}' is not a day of the calendar (read {order})"
            ) from None

    def yes_no(self, cell: str, field: str) -> bool:
        word = fold(cell).strip()
        if word in YES:
            return True
        if word in NO:
            return False
        raise ValidationError(field, f"'{cell}' is neither yes nor no")


def reading_rules(
    number_cells: Iterable[str], date_cells: Iterable[str], separator: str | None
) -> CellReader:
    """The rule the file follows, from the cells of its number and date columns."""
    comma = point = 0
    for cell in number_cells:
        text = _SPACES.sub("", cell)
        for sign in CURRENCY_SIGNS:
            text = text.replace(sign, "")
        if _COMMA_DECIMAL.match(text):
            comma += 1
        elif _POINT_DECIMAL.match(text):
            point += 1
    decimal_comma = comma > point or (comma == point and separator == ";")
    day_first = True
    for cell in date_cells:
        found = _OTHER_DATE.match(cell.strip())
        if found is None or found.group(2) == ".":
            continue
        first, second = int(found.group(1)), int(found.group(3))
        if first > 12:
            break  # day first, shown by a day no month can be
        if second > 12:
            day_first = False
            break
    return CellReader(decimal_comma, day_first)


__all__ = ["CURRENCY_SIGNS", "CellReader", "reading_rules"]
