"""Text inputs for dates, months, rupiah and digit strings, typed the way offices write them."""

from __future__ import annotations

import re
from datetime import date
from typing import Callable

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop_app.domain.dates import YearMonth, format_date, parse_day_first
from desktop_app.domain.money import parse_rupiah
from desktop_app.ui.widgets.choice_combo import ChoiceCombo

_EIGHT_DIGITS = re.compile(r"\d{8}")


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
    """Whole rupiah, shown with dot thousands (``1.099.000``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setValidator(QRegularExpressionValidator(QRegularExpression(r"(Rp|rp)?\s?[\d.,]{0,15}"), self))
        self.setPlaceholderText("Rp")
        self.editingFinished.connect(self._tidy)

    def value(self) -> int | None:
        text = self.text().strip()
        if not text:
            return None
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
