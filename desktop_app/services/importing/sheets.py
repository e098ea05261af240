"""Which sheets of a workbook hold people, and why the others are left out.

Workbooks arrive with one sheet per kelurahan, a recap sheet ("REKAP"), an
instruction sheet ("PETUNJUK PENGISIAN"), lookup lists and empty "Sheet2"s.
Every sheet with a person table is read; every other one is named with the
reason it was not.
"""

from __future__ import annotations

import re

from desktop_app.formats.xlsx_reader import RawSheet
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.services.importing.cells import is_blank
from desktop_app.services.importing.headers import normalize_value
from desktop_app.services.importing.layout import Table

U_EMPTY = QT_TRANSLATE_NOOP("Import", "sheet kosong.")
U_RECAP = QT_TRANSLATE_NOOP("Import", "rekap atau ringkasan, bukan daftar orang.")
U_INSTRUCTIONS = QT_TRANSLATE_NOOP("Import", "petunjuk atau keterangan, bukan daftar orang.")
U_HEADER_ONLY = QT_TRANSLATE_NOOP("Import", "hanya judul kolom, belum ada baris data.")
U_NO_TABLE = QT_TRANSLATE_NOOP("Import", "tidak ada daftar orang yang dikenali (bila isinya daftar peserta, pilih "
                               "sheet ini dan kolomnya sendiri).")
U_NOT_CHOSEN = QT_TRANSLATE_NOOP("Import", "tidak dipilih.")
N_HIDDEN_SHEET = QT_TRANSLATE_NOOP("Import", "Sheet \"{sheet}\" disembunyikan di berkas; tetap dibaca.")
_RECAP = re.compile(r"\b(?:REKAP|REKAPITULASI|RINGKASAN|SUMMARY|RESUME|TOTAL|JUMLAH PESERTA|STATISTIK)\b")
_INSTRUCTIONS = re.compile(r"\b(?:PETUNJUK|PANDUAN|CARA|INSTRUKSI|README|BACA|KETERANGAN|INFO|INFORMASI|"
                           r"REFERENSI|DAFTAR PILIHAN|LIST|MASTER|KODE)\b")


def has_values(sheet: RawSheet) -> bool:
    return any(not is_blank(v) for row in sheet.rows for v in row)


def data_rows(table: Table) -> bool:
    """Some row below the header holds two values or more."""
    return any(sum(1 for v in row if not is_blank(v)) >= 2 for row in table.sheet.rows[table.data_start:])


def why_not(sheet: RawSheet, table: Table | None) -> str:
    """Why ``sheet`` holds no person table to read."""
    if not has_values(sheet):
        return tr(U_EMPTY)
    top = " ".join(normalize_value(v) for row in sheet.rows[:8] for v in row if isinstance(v, str))
    name = normalize_value(sheet.name)
    if _RECAP.search(name) or _RECAP.search(top):
        return tr(U_RECAP)
    if _INSTRUCTIONS.search(name) or _long_text(sheet):
        return tr(U_INSTRUCTIONS)
    if table is not None and table.is_persons and not data_rows(table):
        return tr(U_HEADER_ONLY)
    return tr(U_NO_TABLE)


def _long_text(sheet: RawSheet) -> bool:
    """Mostly sentences in one column: instructions."""
    texts = [v for row in sheet.rows[:60] for v in row if isinstance(v, str) and v.strip()]
    return bool(texts) and sum(1 for t in texts if len(t.split()) >= 6) >= max(2, len(texts) // 2)
