"""What a row under the header is: a person, or one of the rows lists carry between and after people.

Section rows name a group ("DESA NENANG", "DUSUN II", "A. KELURAHAN SEPAN")
alone on their row; total rows count ("JUMLAH", "SUB TOTAL DESA …"); the
signature block and notes close the list ("Mengetahui,", "Kepala Desa …",
"NIP …", "Catatan: …"); printouts repeat the header on each page, and a row of
column numbers often sits under it. None of these is a person. A row is a
person when it has a NIK, or at least three of the fields a person has.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop_app.services.importing.cells import is_blank, text_of
from desktop_app.services.importing.headers import normalize_value
from desktop_app.services.importing.mapping import ColumnMapping

PERSON, BLANK, NUMBERING, REPEATED_HEADER, SECTION, TOTAL, SIGNATURE, NOTE, OTHER = (
    "person", "blank", "numbering", "repeated_header", "section", "total", "signature", "note", "other")
_TOTAL = re.compile(r"^(?:SUB\s*TOTAL|GRAND\s*TOTAL|TOTAL|JUMLAH|JML|REKAP|REKAPITULASI)\b")
_SIGNATURE = re.compile(r"\b(?:MENGETAHUI|MENYETUJUI|KEPALA DESA|KADES|LURAH|CAMAT|SEKRETARIS|SEKDES|NIP|TTD|"
                        r"DIBUAT OLEH|DISUSUN OLEH|YANG MEMBUAT|PETUGAS|OPERATOR|TANDA TANGAN|PEMBINA|"
                        r"PENATA|KASI|KAUR|PJ|PLT|AN)\b")
_NOTE = re.compile(r"^(?:CATATAN|KETERANGAN|NB|NOTE|PERHATIAN|\*)")
_DATED = re.compile(r"^[A-Z][A-Z .'-]{2,30},?\s+\d{1,2}\s+[A-Z]{3,9}\s+\d{4}$")     # "PENAJAM, 17 AGUSTUS 2026"
_BRACKETED = re.compile(r"^\(.*\)$")
_SCIENTIFIC = re.compile(r"^[+-]?\d+(?:[.,]\d+)?\s*[eE]\s*\+?\d+$")
_ENUMERATION = re.compile(r"^(?:[IVXLC]{1,5}|[A-Z]|\d{1,2})[.)]\s+")
_SECTION_KIND = re.compile(r"^(DUSUN|DSN|DUKUH|LINGKUNGAN|RT|RW|DESA|DS|KELURAHAN|KEL|KAMPUNG)\b\.?\s*(.*)$")
_PERSON_FIELDS = ("full_name", "birth_place", "birth_date", "birth_place_date", "sex", "mother_name", "address",
                  "occupation", "phone", "heir_name", "kk_number", "sex_male", "sex_female")


@dataclass
class RowKind:
    kind: str
    section: str = ""         # for SECTION: "village", "dusun", "rt", "rw" or "group"
    value: str = ""           # the section's name as written


def section_of(text: str) -> tuple[str, str]:
    """``"A. DESA NENANG"`` → ("village", "NENANG"); ``"Dusun II"`` → ("dusun", "Dusun II")."""
    clean = _ENUMERATION.sub("", text.strip())
    m = _SECTION_KIND.match(normalize_value(clean))
    if not m:
        return "group", clean
    word, rest = m.group(1), m.group(2).strip()
    if word in ("DUSUN", "DSN", "DUKUH", "LINGKUNGAN"):
        return "dusun", clean
    if word in ("RT", "RW"):
        number = re.match(r"\d{1,3}", rest)
        return (word.lower(), number.group(0)) if number else ("group", clean)
    return "village", rest


class RowClassifier:
    """Classifies the rows of one table; knows its columns and header texts."""

    def __init__(self, columns: list[ColumnMapping], labels: list[tuple[str, str]]) -> None:
        self.columns = [c for c in columns if c.field]
        self.nik = next((c.index for c in columns if c.field == "nik"), None)
        self.person = [c.index for c in columns if c.field in _PERSON_FIELDS]
        self.headers = {c.index: normalize_value(labels[c.index][1] or labels[c.index][0])
                        for c in self.columns if c.index < len(labels)}
        self.numbers = {c.index for c in columns if c.field == "row_number"}

    @staticmethod
    def _cell(cells: list, c: int) -> object:
        return cells[c] if c < len(cells) else ""

    def classify(self, cells: list, first: bool) -> RowKind:
        nik = self._cell(cells, self.nik) if self.nik is not None else ""
        if isinstance(nik, (int, float)) and not isinstance(nik, bool) and abs(nik) >= 1e9 or isinstance(nik, str) \
                and (sum(ch.isdigit() for ch in nik) >= 10 or _SCIENTIFIC.match(nik.strip())):
            return RowKind(PERSON)
        filled = [(c, v) for c, v in enumerate(cells) if not is_blank(v)]
        if not filled:
            return RowKind(BLANK)
        if first and self._numbering([v for _, v in filled]):
            return RowKind(NUMBERING)
        if self._repeated_header(cells):
            return RowKind(REPEATED_HEADER)
        return self._not_person(cells, filled)

    def _not_person(self, cells: list, filled: list) -> RowKind:
        texts = [normalize_value(v) for _, v in filled if isinstance(v, str)]
        if self.nik is None:             # nothing says which column is which yet: any three values make a person
            person_fields = sum(1 for c, _ in filled if c not in self.numbers)
        else:
            person_fields = sum(1 for c in self.person if not is_blank(self._cell(cells, c)))
        if any(_TOTAL.match(t) for t in texts):
            return RowKind(TOTAL)
        if person_fields <= 2 and any(_SIGNATURE.search(t) or _DATED.match(t) or _BRACKETED.match(t.strip())
                                      for t in [str(v).strip().upper() for _, v in filled if isinstance(v, str)]
                                      + texts):
            return RowKind(SIGNATURE)
        if person_fields <= 2 and any(_NOTE.match(str(v).strip().upper()) for _, v in filled if isinstance(v, str)):
            return RowKind(NOTE)
        counted = [v for c, v in filled if c not in self.numbers or isinstance(v, str)]
        if len(counted) <= 2 and all(isinstance(v, str) for v in counted) and counted:
            section, value = section_of(str(counted[0]))
            return RowKind(SECTION, section, value)
        if person_fields < 3:
            return RowKind(OTHER)
        return RowKind(PERSON)

    @staticmethod
    def _numbering(values: list) -> bool:
        numbers = []
        for v in values:
            text = text_of(v).strip("() .")
            if not text.isdigit():
                return False
            numbers.append(int(text))
        return len(numbers) > 2 and numbers == list(range(numbers[0], numbers[0] + len(numbers)))

    def _repeated_header(self, cells: list) -> bool:
        labelled = [(c, h) for c, h in self.headers.items() if h]
        same = sum(1 for c, h in labelled if isinstance(self._cell(cells, c), str)
                   and normalize_value(self._cell(cells, c)) == h)
        return len(labelled) >= 3 and same >= max(3, len(labelled) // 2)
