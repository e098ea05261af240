"""NIK and KK numbers: parse, validate, and read what they encode.

NIK = ``PP KK CC DDMMYY SSSS``: issuing province/regency/kecamatan, day of birth
(+40 for women), month, two-digit year, serial (never 0000). KK = region code
(6) + issue date DDMMYY (no +40 rule) + serial (4). See DOMAIN.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from desktop_app.domain.problems import Problem, ProblemList, error, warning
from desktop_app.domain.regions import (
    KALTARA_PRE_2012,
    Region,
    RegionDirectory,
    code_from_digits,
    province_of,
    regency_of,
)
from desktop_app.i18n import QT_TRANSLATE_NOOP

_SEPARATORS = re.compile(r"[\s.\-_/]+")

MSG_REQUIRED = QT_TRANSLATE_NOOP("Nik", "{label} wajib diisi.")
MSG_NOT_DIGITS = QT_TRANSLATE_NOOP("Nik", "{label} hanya boleh berisi angka (tertulis \"{value}\").")
MSG_FIFTEEN = QT_TRANSLATE_NOOP("Nik", "{label} hanya 15 digit: kemungkinan satu digit hilang karena format "
                       "angka di Excel. Ketik ulang dari kartu aslinya sebagai teks.")
MSG_LENGTH = QT_TRANSLATE_NOOP("Nik", "{label} harus 16 digit (tertulis {count} digit).")
MSG_PROVINCE = QT_TRANSLATE_NOOP("Nik", "Kode provinsi {code} pada {label} tidak dikenal: {label} tidak valid.")
MSG_REGENCY = QT_TRANSLATE_NOOP("Nik", "Kode kabupaten/kota {code} pada {label} tidak ada di daftar Kemendagri; "
                       "periksa kembali dengan kartu aslinya.")
MSG_KALTARA = QT_TRANSLATE_NOOP("Nik", "Kode {code} adalah kode lama Kalimantan Utara (sebelum pemekaran 2012); "
                       "{label} tetap berlaku.")
MSG_DISTRICT = QT_TRANSLATE_NOOP("Nik", "Kode kecamatan {code} pada {label} tidak ada di daftar Kemendagri; "
                        "periksa kembali dengan kartu aslinya.")
MSG_DAY = QT_TRANSLATE_NOOP("Nik", "Tanggal lahir pada NIK (digit 7–8: {dd}) tidak valid: 01–31 untuk "
                   "laki-laki, 41–71 untuk perempuan.")
MSG_KK_DAY = QT_TRANSLATE_NOOP("Nik", "Tanggal terbit pada Nomor KK (digit 7–8: {dd}) harus 01–31.")
MSG_MONTH = QT_TRANSLATE_NOOP("Nik", "Bulan pada {label} (digit 9–10: {mm}) harus 01–12.")
MSG_NO_DATE = QT_TRANSLATE_NOOP("Nik", "Tanggal pada {label} ({dd}-{mm}-{yy}) tidak ada di kalender.")
MSG_SERIAL = QT_TRANSLATE_NOOP("Nik", "Nomor urut {label} (4 digit terakhir) tidak boleh 0000.")

LABEL_NIK = QT_TRANSLATE_NOOP("Nik", "NIK")
LABEL_KK = QT_TRANSLATE_NOOP("Nik", "Nomor KK")


def strip_separators(text: str) -> str:
    """Remove spaces, dots, dashes and a spreadsheet's leading apostrophe."""
    return _SEPARATORS.sub("", text.strip().lstrip("'"))


def mask_nik(nik: str) -> str:
    """``6409015708900001`` → ``6409********0001`` (for lists, slips and logs)."""
    digits = strip_separators(nik or "")
    if len(digits) < 8:
        return "*" * len(digits)
    return digits[:4] + "*" * (len(digits) - 8) + digits[-4:]


@dataclass(frozen=True)
class NikInfo(ProblemList):
    """What a NIK (or KK number) says, and what is wrong with it."""

    digits: str
    sex: str | None = None
    birth_date: date | None = None
    regions: tuple[Region, ...] = ()
    problems: tuple[Problem, ...] = field(default_factory=tuple)

    @property
    def valid(self) -> bool:
        return not self.errors

    @property
    def region_code(self) -> str:
        d = self.digits
        return f"{d[0:2]}.{d[2:4]}.{d[4:6]}" if len(d) >= 6 else ""

    def as_dict(self) -> dict:
        return {
            "nik": self.digits,
            "valid": self.valid,
            "sex": self.sex,
            "birth_date": self.birth_date.isoformat() if self.birth_date else None,
            "region": [{"code": r.code, "name": r.name, "level": int(r.level),
                        "historic": r.historic} for r in self.regions],
            "errors": [p.as_dict() for p in self.errors],
            "warnings": [p.as_dict() for p in self.warnings],
        }


def _shape_problems(digits: str, raw: str, field_name: str, label: str) -> list[Problem]:
    if not digits:
        return [error(field_name, "nik.required", MSG_REQUIRED, label=label)]
    if not digits.isdigit():
        return [error(field_name, "nik.not_digits", MSG_NOT_DIGITS, label=label, value=raw.strip())]
    if len(digits) == 15:
        return [error(field_name, "nik.fifteen_digits", MSG_FIFTEEN, label=label)]
    if len(digits) != 16:
        return [error(field_name, "nik.length", MSG_LENGTH, label=label, count=len(digits))]
    return []


def _region_problems(digits: str, regions: RegionDirectory, field_name: str, label: str):
    found: list[Region] = []
    district_code = code_from_digits(digits[:6])
    province = regions.get(province_of(district_code))
    if province is None:
        return found, [error(field_name, "nik.province", MSG_PROVINCE, code=province_of(district_code), label=label)]
    found.append(province)
    regency_code = regency_of(district_code)
    regency = regions.get(regency_code)
    if regency is None:
        if regency_code in KALTARA_PRE_2012:
            return found, [warning(field_name, "nik.kaltara_old", MSG_KALTARA, code=regency_code, label=label)]
        return found, [warning(field_name, "nik.regency", MSG_REGENCY, code=regency_code, label=label)]
    found.append(regency)
    district = regions.get(district_code)
    if district is None:
        return found, [warning(field_name, "nik.district", MSG_DISTRICT, code=district_code, label=label)]
    found.append(district)
    return found, []


def _existing_dates(day: int, month: int, yy: int) -> list[date]:
    out = []
    for century in (1900, 2000):
        try:
            out.append(date(century + yy, month, day))
        except ValueError:
            pass
    return out


def choose_century(day: int, month: int, yy: int, today: date, typed: date | None = None) -> date | None:
    """The birth date a NIK encodes, with the century chosen by plausibility.

    A typed date of birth whose day, month and two-digit year agree wins; else
    the most recent existing date that is not in the future.
    """
    candidates = _existing_dates(day, month, yy)
    if typed and typed in candidates:
        return typed
    past = [d for d in candidates if d <= today]
    if past:
        return max(past)
    return min(candidates) if candidates else None


def parse_nik(text: str, regions: RegionDirectory, *, today: date, typed_birth: date | None = None,
              field_name: str = "nik") -> NikInfo:
    """Validate a NIK as typed; never raises on bad input."""
    label = LABEL_NIK
    digits = strip_separators(text or "")
    problems = _shape_problems(digits, text or "", field_name, label)
    if problems:
        return NikInfo(digits, problems=tuple(problems))
    found, problems = _region_problems(digits, regions, field_name, label)
    raw_day, month, yy, serial = int(digits[6:8]), int(digits[8:10]), int(digits[10:12]), digits[12:]
    sex, day = ("P", raw_day - 40) if raw_day > 40 else ("L", raw_day)
    birth = None
    if not (1 <= raw_day <= 31 or 41 <= raw_day <= 71):
        sex = None
        problems.append(error(field_name, "nik.day", MSG_DAY, dd=digits[6:8]))
    elif not 1 <= month <= 12:
        problems.append(error(field_name, "nik.month", MSG_MONTH, mm=digits[8:10], label=label))
    else:
        birth = choose_century(day, month, yy, today, typed_birth)
        if birth is None:
            problems.append(error(field_name, "nik.date", MSG_NO_DATE, dd=f"{day:02d}",
                                  mm=digits[8:10], yy=digits[10:12], label=label))
    if serial == "0000":
        problems.append(error(field_name, "nik.serial", MSG_SERIAL, label=label))
    return NikInfo(digits, sex, birth, tuple(found), tuple(problems))


def parse_kk(text: str, regions: RegionDirectory, *, today: date, field_name: str = "kk_number") -> NikInfo:
    """Validate a family-card (KK) number: region, issue date (no +40 rule), serial."""
    label = LABEL_KK
    digits = strip_separators(text or "")
    problems = _shape_problems(digits, text or "", field_name, label)
    if problems:
        return NikInfo(digits, problems=tuple(problems))
    found, problems = _region_problems(digits, regions, field_name, label)
    day, month, yy = int(digits[6:8]), int(digits[8:10]), int(digits[10:12])
    issued = None
    if not 1 <= day <= 31:
        problems.append(error(field_name, "kk.day", MSG_KK_DAY, dd=digits[6:8]))
    elif not 1 <= month <= 12:
        problems.append(error(field_name, "kk.month", MSG_MONTH, mm=digits[8:10], label=label))
    else:
        issued = choose_century(day, month, yy, today)
        if issued is None:
            problems.append(error(field_name, "kk.date", MSG_NO_DATE, dd=digits[6:8],
                                  mm=digits[8:10], yy=digits[10:12], label=label))
    if digits[12:] == "0000":
        problems.append(error(field_name, "kk.serial", MSG_SERIAL, label=label))
    return NikInfo(digits, None, issued, tuple(found), tuple(problems))
