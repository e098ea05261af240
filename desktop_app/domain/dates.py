"""Dates as offices write them: day first, Indonesian month names, YYYY-MM periods."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from desktop_app.i18n import QT_TRANSLATE_NOOP, tr

MONTHS_ID = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
             "Agustus", "September", "Oktober", "November", "Desember")
MONTH_NAMES = (
    QT_TRANSLATE_NOOP("Month", "Januari"),
    QT_TRANSLATE_NOOP("Month", "Februari"),
    QT_TRANSLATE_NOOP("Month", "Maret"),
    QT_TRANSLATE_NOOP("Month", "April"),
    QT_TRANSLATE_NOOP("Month", "Mei"),
    QT_TRANSLATE_NOOP("Month", "Juni"),
    QT_TRANSLATE_NOOP("Month", "Juli"),
    QT_TRANSLATE_NOOP("Month", "Agustus"),
    QT_TRANSLATE_NOOP("Month", "September"),
    QT_TRANSLATE_NOOP("Month", "Oktober"),
    QT_TRANSLATE_NOOP("Month", "November"),
    QT_TRANSLATE_NOOP("Month", "Desember"),
)

_MONTH_WORDS = {
    **{m.lower(): i for i, m in enumerate(MONTHS_ID, 1)},
    **{m.lower()[:3]: i for i, m in enumerate(MONTHS_ID, 1)},
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7,
    "august": 8, "october": 10, "december": 12, "agu": 8, "ags": 8, "agt": 8,
    "peb": 2, "pebruari": 2, "nop": 11, "nopember": 11, "okt": 10, "des": 12,
    "aug": 8, "oct": 10, "dec": 12,
}
EXCEL_EPOCH = date(1899, 12, 30)


@dataclass(frozen=True, order=True)
class YearMonth:
    """A calendar month, the unit of coverage periods and contributions."""

    year: int
    month: int

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12 or not 1900 <= self.year <= 2200:
            raise ValueError(f"invalid month {self.year}-{self.month}")

    @classmethod
    def parse(cls, text: str) -> YearMonth:
        """Accept ``2026-08``, ``08/2026`` or ``8-2026``."""
        text = text.strip()
        m = re.fullmatch(r"(\d{4})-(\d{1,2})", text) or None
        if m:
            return cls(int(m.group(1)), int(m.group(2)))
        m = re.fullmatch(r"(\d{1,2})[/-](\d{4})", text)
        if m:
            return cls(int(m.group(2)), int(m.group(1)))
        raise ValueError(f"not a month: {text!r}")

    @classmethod
    def of(cls, day: date) -> YearMonth:
        return cls(day.year, day.month)

    def first_day(self) -> date:
        return date(self.year, self.month, 1)

    def last_day(self) -> date:
        return self.plus(1).first_day() - timedelta(days=1)

    def plus(self, months: int) -> YearMonth:
        index = self.year * 12 + self.month - 1 + months
        return YearMonth(index // 12, index % 12 + 1)

    def months_until(self, end: YearMonth) -> int:
        """Number of months from this one to ``end``, both included."""
        return (end.year - self.year) * 12 + end.month - self.month + 1

    def iso(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    def label(self) -> str:
        """``Agustus 2026`` (or ``August 2026`` in English)."""
        return f"{tr(MONTH_NAMES[self.month - 1])} {self.year}"

    def __str__(self) -> str:
        return self.iso()


def format_date(day: date | None) -> str:
    """``17/08/1990``: the short form used on screens and in lists."""
    return day.strftime("%d/%m/%Y") if day else ""


def format_date_long(day: date | None) -> str:
    """``17 Agustus 1990``: the long form used on printed documents."""
    return f"{day.day} {tr(MONTH_NAMES[day.month - 1])} {day.year}" if day else ""


def age_on(birth: date, on: date) -> int:
    """Completed years of age on a given day."""
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def expand_two_digit_year(yy: int, pivot: date) -> int:
    """Pick the century that puts the year no later than ``pivot``."""
    year = (pivot.year // 100) * 100 + yy
    return year - 100 if year > pivot.year else year


def parse_day_first(text: str, *, today: date) -> date:
    """Parse a date typed by a person, always day first.

    Accepts ``17-08-1990``, ``17/8/90``, ``17.08.1990``, ``17 Agustus 1990``,
    ``17-Agu-1990`` and ISO ``1990-08-17``. Raises ``ValueError`` otherwise.
    """
    text = re.sub(r"\s+", " ", text.strip().lower()).rstrip(".")
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ t]\d{1,2}:\d{2}(?::\d{2})?)?", text)
    if m:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.fullmatch(r"(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{2}|\d{4})", text)
    if m:
        day, month, year = int(m.group(1)), int(m.group(2)), m.group(3)
    else:
        m = re.fullmatch(r"(\d{1,2})[-/. ]?([a-z]+)[-/. ,]*(\d{2}|\d{4})", text)
        if not m or m.group(2) not in _MONTH_WORDS:
            raise ValueError(f"not a date: {text!r}")
        day, month, year = int(m.group(1)), _MONTH_WORDS[m.group(2)], m.group(3)
    full_year = int(year) if len(year) == 4 else expand_two_digit_year(int(year), today)
    return date(full_year, month, day)


def from_excel_serial(serial: float) -> date:
    """Excel's day number (1900 date system) to a date."""
    if not 1 <= serial < 2958466:
        raise ValueError(f"not an Excel date serial: {serial!r}")
    return EXCEL_EPOCH + timedelta(days=int(serial))


def now_local() -> datetime:
    """This moment in the office's local time zone, to the second (the house timestamp)."""
    return datetime.now().astimezone().replace(microsecond=0)


def now_iso() -> str:
    """``now_local()`` as stored in the database: ``2026-11-21T07:30:00+08:00``."""
    return now_local().isoformat()
