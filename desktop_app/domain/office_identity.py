"""An office's identity in the kabupaten: the code and the number the Dinas assigns.

The code (``PPU-WARU``) names the office in exchange files and in every registration's
``origin_office`` / ``updated_office``; the number (1..999) is the first part of every
registration number the office issues (``domain.regnumber``). The level (desa,
kecamatan, kabupaten) follows from where the office sits (``level_of``).

The rule for changing them (``identity_change_refusal``): both may be set and changed
freely until a registration carries the office's number; from then on they are fixed,
because printed slips, recaps, BPJS files and files already sent to other offices
carry them, and a number or code used by another office in this database is refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from desktop_app.domain.office import Office
from desktop_app.domain.regnumber import MAX_OFFICE_NUMBER, OFFICE_WIDTH
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr

CODE_MAX = 20
_CODE = re.compile(r"[A-Z0-9]+(-[A-Z0-9]+)*")


class OfficeLevel(StrEnum):
    DESA = "desa"
    KECAMATAN = "kecamatan"
    KABUPATEN = "kabupaten"


LEVEL_LABELS = {
    OfficeLevel.DESA: QT_TRANSLATE_NOOP("OfficeIdentity", "Desa/Kelurahan"),
    OfficeLevel.KECAMATAN: QT_TRANSLATE_NOOP("OfficeIdentity", "Kecamatan"),
    OfficeLevel.KABUPATEN: QT_TRANSLATE_NOOP("OfficeIdentity", "Kabupaten/Kota (Dinas)"),
}
M_NOT_ASSIGNED = QT_TRANSLATE_NOOP("OfficeIdentity", "belum diisi")


def level_label(level: str) -> str:
    return tr(LEVEL_LABELS[OfficeLevel(level)]) if level in LEVEL_LABELS else level


@dataclass(frozen=True)
class OfficeIdentity:
    code: str                  # "" until assigned
    number: int | None         # None until assigned
    level: str                 # an OfficeLevel value, "" before the office is set up
    name: str

    @property
    def assigned(self) -> bool:
        """Code and number both set: the office issues kabupaten-unique numbers and may exchange files."""
        return bool(self.code) and self.number is not None

    def code_text(self) -> str:
        return self.code or tr(M_NOT_ASSIGNED)

    def number_text(self) -> str:
        """``012`` as it starts the office's registration numbers, or "belum diisi"."""
        return f"{self.number:0{OFFICE_WIDTH}d}" if self.number is not None else tr(M_NOT_ASSIGNED)

    def as_dict(self) -> dict:
        return {"code": self.code, "number": self.number, "level": self.level, "name": self.name}


def normalize_office_code(text: str) -> str:
    """What an operator typed, trimmed and upper case (``ppu-waru `` → ``PPU-WARU``)."""
    return re.sub(r"\s+", "", text or "").upper()


def valid_office_code(text: str) -> bool:
    """Letters, digits and single '-' between them, upper case, 2 to 20 characters."""
    return 2 <= len(text or "") <= CODE_MAX and bool(_CODE.fullmatch(text))


def valid_office_number(number: int | None) -> bool:
    return number is None or 1 <= number <= MAX_OFFICE_NUMBER


def level_of(office: Office) -> OfficeLevel:
    """A desa/kelurahan office, a kecamatan office, or the kabupaten (Dinas)."""
    if office.village_code:
        return OfficeLevel.DESA
    if office.district_code:
        return OfficeLevel.KECAMATAN
    return OfficeLevel.KABUPATEN


class IdentityRefusal(StrEnum):
    BAD_CODE = "bad_code"
    BAD_NUMBER = "bad_number"
    LOCKED = "locked"                   # registrations carry the current number
    NUMBER_TAKEN = "number_taken"       # rows of another office carry the new number here
    CODE_TAKEN = "code_taken"           # rows of another office carry the new code here


def identity_change_refusal(current: OfficeIdentity, code: str, number: int | None, *, numbered_rows: int,
                            number_used_by: str | None, code_used_elsewhere: bool) -> IdentityRefusal | None:
    """Why changing ``current`` to (``code``, ``number``) is refused, or None.

    ``numbered_rows``: registrations (any state) that carry the current number;
    ``number_used_by``: the origin office of other rows already in the new number's block;
    ``code_used_elsewhere``: rows of another office carry the new code."""
    if not valid_office_code(code):
        return IdentityRefusal.BAD_CODE
    if not valid_office_number(number):
        return IdentityRefusal.BAD_NUMBER
    if (code, number) == (current.code, current.number):
        return None
    if current.number is not None and numbered_rows:
        return IdentityRefusal.LOCKED
    if number is not None and number != current.number and number_used_by is not None:
        return IdentityRefusal.NUMBER_TAKEN
    if code != current.code and code_used_elsewhere:
        return IdentityRefusal.CODE_TAKEN
    return None
