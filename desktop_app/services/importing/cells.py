"""Turn spreadsheet cells into field values, and recognise spreadsheet damage.

Excel keeps 15 significant digits of a number: a 16-digit NIK typed into a
number cell loses its last digit (it becomes 0) and is shown as ``6,40901E+15``.
Numbers above 2^53 cannot even be held exactly by a reader. A phone number in a
number cell loses its leading 0. These functions take the value a reader gave
(``str``, ``float``, ``int``, ``date``, ``datetime``) and return the text to use
plus, when the cell was damaged, a problem worded for a village clerk.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time

from desktop_app.domain.dates import from_excel_serial, parse_day_first
from desktop_app.domain.money import parse_rupiah
from desktop_app.domain.nik import strip_separators
from desktop_app.domain.normalize import clean_text
from desktop_app.domain.problems import Problem, error, warning
from desktop_app.i18n import QT_TRANSLATE_NOOP

_SCIENTIFIC = re.compile(r"^[+-]?\d+(?:[.,]\d+)?\s*[eE]\s*\+?\d+$")
EXACT_FLOAT_LIMIT = 2 ** 53

M_NIK_SCIENTIFIC = QT_TRANSLATE_NOOP("Import", "{label} rusak oleh format angka Excel (tertulis \"{value}\"); ketik "
                                     "ulang sebagai teks dari kartu aslinya.")
M_NIK_ZERO = QT_TRANSLATE_NOOP("Import", "{label} rusak oleh format angka Excel: tersimpan sebagai angka sehingga "
                                         "digit "
                               "terakhir menjadi 0. Ketik ulang sebagai teks dari kartu aslinya.")
M_NIK_BIG = QT_TRANSLATE_NOOP("Import", "{label} rusak oleh format angka Excel: angka 16 digit ini tidak dapat "
                                        "disimpan "
                              "utuh sebagai angka. Ketik ulang sebagai teks dari kartu aslinya.")
M_NIK_FIFTEEN = QT_TRANSLATE_NOOP("Import", "{label} rusak oleh format angka Excel: hanya 15 digit tersisa. Ketik "
                                            "ulang "
                                  "sebagai teks dari kartu aslinya.")
M_NIK_DECIMAL = QT_TRANSLATE_NOOP("Import", "{label} tersimpan sebagai angka pecahan ({value}); ketik ulang sebagai "
                                  "teks dari kartu aslinya.")
M_NIK_NUMBER = QT_TRANSLATE_NOOP("Import", "{label} tersimpan sebagai angka di Excel (masih utuh). Simpan kolom ini "
                                 "sebagai teks agar tidak rusak.")
M_PHONE_ZERO = QT_TRANSLATE_NOOP("Import", "Nomor HP kehilangan angka 0 di depan karena format angka Excel; angka 0 "
                                 "sudah ditambahkan kembali. Periksa nomornya.")
M_TWO_PHONES = QT_TRANSLATE_NOOP("Import", "Sel nomor HP berisi {count} nomor; yang pertama ({first}) dipakai.")
M_DATE = QT_TRANSLATE_NOOP("Import", "{label} \"{value}\" tidak dapat dibaca sebagai tanggal; tulis seperti "
                                     "17-08-1990.")
M_MONEY = QT_TRANSLATE_NOOP("Import", "{label} \"{value}\" bukan jumlah rupiah; tulis seperti 900000. Dikosongkan.")
M_MONEY_HUGE = QT_TRANSLATE_NOOP("Import", "{label} {value} terlalu besar untuk jumlah rupiah; dikosongkan.")
M_MONEY_FRACTION = QT_TRANSLATE_NOOP("Import", "{label} {value} bukan jumlah rupiah utuh; dikosongkan. Tulis "
                                     "jumlahnya dalam rupiah, mis. 900000.")
M_FORMULA_EMPTY = QT_TRANSLATE_NOOP("Import", "Sel {cell} berisi rumus tanpa hasil tersimpan; simpan sebagai nilai "
                                    "(salin, lalu Tempel Spesial › Nilai) dan kirim ulang.")
LABEL_NIK = QT_TRANSLATE_NOOP("Import", "NIK")
LABEL_KK = QT_TRANSLATE_NOOP("Import", "Nomor KK")
LABEL_HEIR_NIK = QT_TRANSLATE_NOOP("Import", "NIK ahli waris")


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def text_of(value: object) -> str:
    """Any cell as text: whole numbers without ``.0``, dates day first."""
    if type(value) is str:
        return clean_text(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Ya" if value else "Tidak"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y") if value.time() == time() else value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return clean_text(str(value))


def identity_number(value: object, field: str, label: str = LABEL_NIK) -> tuple[str, Problem | None]:
    """A NIK or KK cell → (digits or text as typed, damage problem or None)."""
    if is_blank(value):
        return "", None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if isinstance(value, float) and not value.is_integer():
            return repr(value), error(field, "excel.decimal", M_NIK_DECIMAL, label=label, value=repr(value))
        number = int(value)
        digits = str(number)
        if len(digits) == 16:
            if number > EXACT_FLOAT_LIMIT:
                return digits, error(field, "excel.too_big", M_NIK_BIG, label=label)
            if digits.endswith("0"):
                return digits, error(field, "excel.last_digit_zero", M_NIK_ZERO, label=label)
            return digits, warning(field, "excel.number", M_NIK_NUMBER, label=label)
        if len(digits) == 15:
            return digits, error(field, "excel.fifteen_digits", M_NIK_FIFTEEN, label=label)
        return digits, None
    text = clean_text(str(value))
    if _SCIENTIFIC.match(text):
        return text, error(field, "excel.scientific", M_NIK_SCIENTIFIC, label=label, value=text)
    return strip_separators(text), None


_PHONE_SPLIT = re.compile(r"\s*(?:/|,|;|&|\+(?=\s)|\batau\b|\bdan\b|\s{2,})\s*", re.I)


def phone_number(value: object, field: str = "phone") -> tuple[str, Problem | None]:
    """A phone cell; a number that lost its leading 0 is repaired with a warning, and of two numbers in one cell
    ("0812… / 0813…") the first is kept, with a warning."""
    if is_blank(value):
        return "", None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        digits = text_of(value)
        if digits.startswith("8"):
            return "0" + digits, warning(field, "excel.phone_zero", M_PHONE_ZERO)
        return digits, None
    text = clean_text(str(value)).lstrip("'")
    parts = [p for p in _PHONE_SPLIT.split(text) if p]
    if len(parts) > 1 and all(sum(ch.isdigit() for ch in p) >= 8 for p in parts):
        return parts[0], warning(field, "import.two_phones", M_TWO_PHONES, first=parts[0], count=len(parts))
    return text, None


def date_value(value: object, field: str, label: str, today: date) -> tuple[date | None, Problem | None]:
    """A real date, an Excel serial number, or day-first text."""
    if is_blank(value):
        return None, None
    if isinstance(value, datetime):
        return value.date(), None
    if isinstance(value, date):
        return value, None
    try:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return from_excel_serial(float(value)), None
        text = clean_text(str(value)).lstrip("'")
        if text.isdigit() and 4 < len(text) < 6:
            return from_excel_serial(float(text)), None
        return parse_day_first(text, today=today), None
    except (ValueError, OverflowError):
        shown = text_of(value)
        return None, error(field, "excel.date", M_DATE, label=label, value=shown)


def money_value(value: object, field: str, label: str) -> tuple[int | None, Problem | None]:
    """A rupiah amount; a fraction or text that is no amount is left empty with a warning (whether the
    amount is plausible is ``domain.validation``'s call)."""
    if is_blank(value):
        return None, None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if abs(value) >= 2 ** 63 or value != value:
            return None, warning(field, "excel.money_huge", M_MONEY_HUGE, label=label, value=f"{value:.3g}")
        if isinstance(value, float) and not value.is_integer():
            return None, warning(field, "excel.money_fraction", M_MONEY_FRACTION, label=label, value=text_of(value))
        return int(value), None
    try:
        return parse_rupiah(str(value)), None
    except ValueError:
        return None, warning(field, "excel.money", M_MONEY, label=label, value=text_of(value))


_DATE_AT_END = re.compile(r"(?:^|[\s,/\-]+)(\d{1,2}\s*[-/. ]\s*(?:\d{1,2}|[A-Za-z]{3,10}\.?)\s*[-/. ,]\s*\d{2,4}"
                          r"|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\s+[A-Za-z]{3,10}\.?\s+\d{2,4})\s*$")
_DATE_AT_START = re.compile(r"^\s*(\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{2,4})[\s,/\-]+(?=[A-Za-z])")


def split_place_date(value: object) -> tuple[str, object]:
    """``"Penajam, 17-08-1990"``, ``"Penajam/17-08-1990"``, ``"PENAJAM - 17/08/1990"`` or ``"Penajam 17
    Agustus 1990"`` → (place, date text); a real date cell → ("", the date)."""
    if is_blank(value):
        return "", ""
    if not isinstance(value, str):
        return "", value
    text = clean_text(value)
    m = _DATE_AT_END.search(text)
    if m:
        return text[:m.start()].strip(" ,/-"), m.group(1)
    m = _DATE_AT_START.match(text)
    if m:
        return text[m.end():].strip(" ,/-"), m.group(1)
    head, sep, tail = text.rpartition(",")
    return (head.strip(), tail.strip()) if sep else (text, "")
