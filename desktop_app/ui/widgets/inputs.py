"""Text inputs for dates, months, rupiah and digit strings, typed the way offices write them."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop_app.domain.dates import YearMonth, format_date, parse_day_first
from desktop_app.domain.money import parse_rupiah
from desktop_app.ui.widgets.choice_combo import ChoiceCombo

_EIGHT_DIGITS = re.compile(r"\d{8}")
# "750rb", "750 ribu" (whole thousands); "1jt", "1,5 juta" (millions, one decimal mark): what people say
_SPOKEN_AMOUNT = re.compile(r"(?:rp\s?)?(?:(\d{1,6})\s?(rb|ribu)|(\d{1,3}(?:[.,]\d{1,3})?)\s?(jt|juta))",
                            re.IGNORECASE)


class DateLineEdit(QLineEdit):
    """Day-first date: ``17/08/1990``, ``17-8-90``, ``17081990`` or ``17 Agustus 1990``."""

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.setPlaceholderText("dd/mm/yyyy")
        self.setMaxLength(20)
        self.editingFinished.connect(self._tidy)

    def date(self) -> date | None:
        """The typed date, or None when blank or unreadable (see ``is_unreadable``)."""
        text = self.text().strip()
        if not text:
            return None
        if _EIGHT_DIGITS.fullmatch(text):
            text = f"{text[:2]}/{text[2:4]}/{text[4:]}"
        try:
            return parse_day_first(text, today=self._today())
        except ValueError:
            return None

    def is_unreadable(self) -> bool:
        return bool(self.text().strip()) and self.date() is None

    def set_date(self, value: date | None) -> None:
        self.setText(format_date(value))

    def _tidy(self) -> None:
        value = self.date()
        if value is not None and self.text() != format_date(value):
            self.setText(format_date(value))


class MoneyEdit(QLineEdit):
    """Whole rupiah, shown with dot thousands (``1.099.000``). Typed the way amounts are said, too:
    ``750rb`` / ``750 ribu`` (thousands) and ``1jt`` / ``1,5 juta`` (millions), written out in full
    when the field is left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        pattern = r"(?i)(Rp)?\s?[\d.,]{0,15}\s?(rb|ribu|jt|juta)?"
        self.setValidator(QRegularExpressionValidator(QRegularExpression(pattern), self))
        self.setPlaceholderText("Rp")
        self.editingFinished.connect(self._tidy)

    def value(self) -> int | None:
        text = self.text().strip()
        if not text:
            return None
        spoken = _SPOKEN_AMOUNT.fullmatch(text)
        if spoken:
            thousands, _, millions, _ = spoken.groups()
            amount = Decimal(thousands) * 1_000 if thousands else Decimal(millions.replace(",", ".")) * 1_000_000
            return int(amount)
        try:
            return parse_rupiah(text)
        except ValueError:
            return None

    def is_unreadable(self) -> bool:
        return bool(self.text().strip()) and self.value() is None

    def set_value(self, amount: int | None) -> None:
        self.setText("" if amount is None else f"{amount:,}".replace(",", "."))

    def _tidy(self) -> None:
        value = self.value()
        if value is not None:
            self.set_value(value)


class DigitsEdit(QLineEdit):
    """NIK, KK, KPJ, phone, RT/RW: digits with the separators people type (spaces, dots, dashes)."""

    def __init__(self, max_digits: int, parent: QWidget | None = None, *, plus: bool = False) -> None:
        super().__init__(parent)
        lead = r"\+?" if plus else ""
        pattern = lead + r"[\d .\-]{0," + str(max_digits * 2) + "}"
        self.setValidator(QRegularExpressionValidator(QRegularExpression(pattern), self))
        self.max_digits = max_digits

    def digits(self) -> str:
        return re.sub(r"\D", "", self.text())


class PrefixedDigitsEdit(DigitsEdit):
    """Digits that usually start with a known region code (the KK starts with the kecamatan of the
    family's address). Entering the empty field puts the code in, cursor after it; typing the
    whole number anyway is repaired (the doubled code is dropped)."""

    def __init__(self, max_digits: int, parent: QWidget | None = None, *, plus: bool = False) -> None:
        super().__init__(max_digits, parent, plus=plus)
        self.prefix = ""
        self.editingFinished.connect(self._drop_doubled_prefix)

    def typed(self) -> str:
        """The text, or "" while it holds nothing but the offered code."""
        return "" if self.prefix and self.text() == self.prefix else self.text()

    def focusInEvent(self, event) -> None:
        offer = self.prefix and not self.text()
        if offer:
            self.setText(self.prefix)
        super().focusInEvent(event)
        if offer:
            self.deselect()
            self.end(False)

    def focusOutEvent(self, event) -> None:
        if self.prefix and self.text() == self.prefix:
            self.clear()           # left untouched: nothing was typed, keep the field empty
        super().focusOutEvent(event)

    def _drop_doubled_prefix(self) -> None:
        digits = self.digits()
        size = len(self.prefix)
        if self.prefix and len(digits) == self.max_digits + size and digits[size:2 * size] == self.prefix:
            self.setText(digits[size:])


class PhoneEdit(PrefixedDigitsEdit):
    """A mobile number: entering the empty field offers ``08`` (every Indonesian mobile number starts
    so). Typing the whole number anyway drops the doubled ``08`` (no number starts ``0808``); a ``+``
    typed over the bare offer starts an international ``+62…`` instead."""

    MOBILE = "08"

    def __init__(self, max_digits: int, parent: QWidget | None = None) -> None:
        super().__init__(max_digits, parent, plus=True)
        self.prefix = self.MOBILE

    def keyPressEvent(self, event) -> None:
        if event.text() == "+" and self.text() == self.prefix:
            self.clear()
        super().keyPressEvent(event)

    def _drop_doubled_prefix(self) -> None:
        if self.text().startswith(self.prefix * 2):
            self.setText(self.text()[len(self.prefix):])


class MonthCombo(ChoiceCombo):
    """A month between two bounds, shown ``Agustus 2026``; type-ahead on the month name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, editable=True)
        self.setMinimumContentsLength(12)

    def set_range(self, first: YearMonth, last: YearMonth) -> None:
        months = [first.plus(i) for i in range(max(0, first.months_until(last)))]
        self.set_choices([(m.label(), m) for m in months])

    def month(self) -> YearMonth | None:
        return self.value()
