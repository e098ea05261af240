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

MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")
_MONTH_WORDS = {
    **{m.lower(): i for i, m in enumerate(MONTHS_ID, 1)},
    **{m.lower()[:3]: i for i, m in enumerate(MONTHS_ID, 1)},
    **{m.lower(): i for i, m in enumerate(MONTHS_EN, 1)},
    **{m.lower()[:3]: i for i, m in enumerate(MONTHS_EN, 1)},
    "agu": 8, "ags": 8, "agt": 8, "agst": 8, "agust": 8, "peb": 2, "pebruari": 2, "pebuari": 2, "febuari": 2,
    "mrt": 3, "nop": 11, "nopember": 11, "sept": 9, "sep": 9, "okt": 10, "des": 12, "djuni": 6, "djuli": 7,
}
_SPACES = re.compile(r"\s+")
_TIME = re.compile(r"(?:[ t]\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\.\d+)?)$")
_NUMERIC = re.compile(r"(\d{1,2})\s*[-/. ]\s*(\d{1,2})\s*[-/. ]\s*(\d{2}|\d{4})")
_NAMED = re.compile(r"(\d{1,2})\s*[-/. ]?\s*([a-z]+)\.?\s*[-/. ,]*\s*(\d{2}|\d{4})")
_NAMED_FIRST = re.compile(r"([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})")
_ISO = re.compile(r"(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})")
_COMPACT = re.compile(r"(\d{2})(\d{2})(\d{4})")
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


def format_moment(iso: str | None) -> str:
    """A stored timestamp (``now_iso()`` text) as ``21/11/2026 07:30``; "–" when there is none."""
    if not iso:
        return "–"
    try:
        moment = datetime.fromisoformat(str(iso))
    except ValueError:
        return str(iso)
    return f"{format_date(moment.date())} {moment:%H:%M}"


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


def _with_century(day: int, month: int, yy: int, today: date) -> date:
    """A two-digit year as for NIKs: the most recent existing date that is not in the future."""
    for year in (expand_two_digit_year(yy, today), expand_two_digit_year(yy, today) - 100):
        try:
            found = date(year, month, day)
        except ValueError:
            continue
        if found <= today:
            return found
    raise ValueError(f"no such date: {day}-{month}-{yy}")


def _parts(text: str) -> tuple[int, int, str]:
    """(day, month, year digits) of day-first text, any separator, month as number or name."""
    m = _NUMERIC.fullmatch(text)
    if m:
        return int(m.group(1)), int(m.group(2)), m.group(3)
    m = _NAMED.fullmatch(text)
    if m and m.group(2) in _MONTH_WORDS:
        return int(m.group(1)), _MONTH_WORDS[m.group(2)], m.group(3)
    m = _NAMED_FIRST.fullmatch(text)
    if m and m.group(1) in _MONTH_WORDS:
        return int(m.group(2)), _MONTH_WORDS[m.group(1)], m.group(3)
    m = _COMPACT.fullmatch(text)
    if m:
        return int(m.group(1)), int(m.group(2)), m.group(3)
    raise ValueError(f"not a date: {text!r}")


def parse_day_first(text: str, *, today: date) -> date:
    """Parse a date typed by a person, always day first.

    Accepts ``17-08-1990``, ``17/8/90``, ``17.08.1990``, ``17 - 08 - 1990``, ``17081990``,
    ``17 Agustus 1990``, ``17-Agu-1990``, ``17 Agt. 1990``, ``17 Aug 1990``, ``August 17, 1990``
    and ISO ``1990-08-17`` (a time after it is ignored). A two-digit year gets the century that
    makes the date the most recent one not in the future. Raises ``ValueError`` otherwise.
    """
    text = _TIME.sub("", _SPACES.sub(" ", text.strip().lower()).rstrip("."))
    m = _ISO.fullmatch(text)
    if m:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    day, month, year = _parts(text)
    if len(year) == 4:
        return date(int(year), month, day)
    return _with_century(day, month, int(year), today)


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
