"""Messy village lists made with openpyxl, the way villages really type them.

``messy_list(path)`` writes one file holding every case the importer must
handle and returns what each Excel row is expected to become.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook

from tests.factories import nik_for

# Expected status per Excel row of the messy list.
NEW, DUP, DUP_FILE, REJECTED, SKIPPED = "new", "duplicate", "duplicate_in_file", "rejected", "skipped"
BLANK = "blank"          # a blank row: counted apart, not listed

HEADERS = ["NO", "NO. KTP", "NAMA LENGKAP", "TEMPAT LAHIR", "TGL LAHIR", "L/P", "NAMA IBU KANDUNG", "ALAMAT",
           "RT", "RW", "DESA/KEL", "PEKERJAAN", "NO. HP", "AHLI WARIS", None]
SUBHEADERS = [None] * 13 + ["NAMA", "HUBUNGAN"]


def person(n: int, nik: object, name: str, birth: object, sex: str = "L", **extra) -> list:
    """One data row in HEADERS order."""
    row = [n, nik, name, extra.get("place", "Penajam"), birth, sex, extra.get("mother", "Halimah"),
           extra.get("address", "Jl. Nelayan"), extra.get("rt", 3), extra.get("rw", "01"),
           extra.get("village", "Nenang"), extra.get("job", "NELAYAN"), extra.get("phone", "081234567890"),
           extra.get("heir", "Siti"), extra.get("relation", "ISTRI")]
    return row


def listed(expected: dict[int, str]) -> dict[int, str]:
    """The rows a preview lists (blank rows are only counted)."""
    return {row: status for row, status in expected.items() if status != BLANK}


def messy_list(path: Path, *, existing_nik: str = "") -> dict[int, str]:
    """Write the messy list; return {excel_row: expected status} (``BLANK`` for the blank row)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Data"
    ws["A1"] = "DAFTAR CALON PESERTA BPJS KETENAGAKERJAAN PEKERJA RENTAN"
    ws.merge_cells("A1:O1")
    ws["A2"] = "DESA NENANG KECAMATAN PENAJAM TAHUN 2026"
    ws.merge_cells("A2:O2")
    ws.append([])                                   # row 3 blank (above header: not counted)
    ws.append(HEADERS)                              # row 4 header
    ws.merge_cells("N4:O4")                         # AHLI WARIS over two columns
    for col in "ABCDEFGHIJKLM":
        ws.merge_cells(f"{col}4:{col}5")            # vertical merges down to the sub-header row
    ws.append(SUBHEADERS)                           # row 5 sub-header
    ws.append(list(range(1, 16)))                   # row 6 column numbers 1..15
    expected = {6: SKIPPED}
    m1, m2 = date(1985, 3, 4), date(1990, 8, 17)
    rows = [
        (person(1, nik_for(m1, "L"), "BUDI SANTOSO", date(1985, 3, 4)), NEW),                          # 7 text NIK, real date
        (person(2, " 6409 01 57-08-90 " + nik_for(m2, "P")[-4:], "siti aminah", "17-08-1990", "P",
                phone=81234567891, heir="Ahmad", relation="SUAMI"), NEW),                              # 8 separators, text date, phone lost 0
        (person(3, "'" + nik_for(date(1970, 1, 2), "L"), "Ahmad Yani", 25570, "L", job="Buruh Tani"), NEW),  # 9 apostrophe, serial date
        (person(4, int(nik_for(date(1980, 5, 6), "L", serial=1237)), "Joko Widodo", "6/5/80"), NEW),    # 10 intact numeric NIK
        (person(5, 6409010605800010, "Rusak Nol", "06-05-1980"), REJECTED),                           # 11 numeric, last digit 0
        (person(6, "6.40901E+15", "Rusak Sains", "06-05-1980"), REJECTED),                            # 12 scientific text
        (person(7, 640901060580123, "Rusak Limabelas", "06-05-1980"), REJECTED),                      # 13 15 digits
        ([None] * 15, BLANK),                                                                         # 14 blank row
        (person(8, existing_nik, "Sudah Ada", date(1985, 3, 4)), DUP if existing_nik else REJECTED),  # 15 registered
        (person(9, nik_for(date(1985, 3, 4), "L", serial=4321), "Dua Kali", "4 Maret 1985"), NEW),  # 16 first of a pair
        (person(10, nik_for(date(1985, 3, 4), "L", serial=4321), "Dua Kali", "1985-03-04"), DUP_FILE),  # 17 same NIK again
        (person(11, nik_for(date(1975, 9, 9), "P"), "=HYPERLINK(\"http://x\")", "09/09/1975", "P"), REJECTED),  # 18 formula-ish name
        (person(12, nik_for(date(1960, 1, 1), "L"), "Tanpa Ibu", "01-01-1960", mother=""), REJECTED),  # 19 missing mother
        (person(13, nik_for(date(1988, 2, 2), "L"), "Desa Salah", "02/02/88", village="Atlantis"), REJECTED),  # 20 unknown desa
        (person(14, nik_for(date(1992, 12, 12), "P"), "Kode Desa", datetime(1992, 12, 12), "P",
                village="64.09.01.2021", job="Pedagang"), NEW),                                       # 21 desa by code
        (["", "", "JUMLAH", "", "", "", "", "", "", "", "", "", "", "", ""], SKIPPED),                 # 22 total row
        ([None, None, "Mengetahui,"] + [None] * 12, SKIPPED),                                        # 23 footer
        ([None, None, "Kepala Desa Nenang"] + [None] * 12, SKIPPED),                                 # 24 footer
    ]
    for i, (row, status) in enumerate(rows, 7):
        ws.append(row)
        expected[i] = status
    ws["B7"].number_format = "@"
    ws["C18"].data_type = "s"                       # formula-looking text typed as text
    wb.save(path)
    return expected
