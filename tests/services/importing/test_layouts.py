"""Layouts village lists use: grouped headers with and without merges, number rows, sections, merged desa cells,
several sheets (recap and instructions left out with why), hidden rows and a cell far outside the table."""

from __future__ import annotations

import openpyxl
import pytest

from desktop_app.services.importing.service import ImportService

PEOPLE = [("6409015708900001", "Siti Aminah", "P", "Halimah", "Ahmad", "SUAMI"),
          ("6409010403850001", "Budi Santoso", "L", "Aminah", "Sri", "ISTRI"),
          ("6409016512880003", "Dewi Lestari", "P", "Rahmawati", "Andi", "Suami")]


def _grouped(path, merges: bool):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["NO", "NIK", "NAMA", "TEMPAT/TGL LAHIR", None, "NAMA IBU KANDUNG", "ALAMAT", "DESA", "PEKERJAAN",
               "AHLI WARIS", None])
    ws.append([None, None, None, "TEMPAT", "TGL", None, None, None, None, "NAMA", "HUBUNGAN"])
    ws.append(list(range(1, 12)))
    for n, (nik, name, _sex, mother, heir, rel) in enumerate(PEOPLE, 1):
        ws.append([n, nik, name, "Penajam", f"{nik[6:8] if nik[6] < '4' else int(nik[6:8]) - 40:0>2}-{nik[8:10]}-"
                   f"19{nik[10:12]}", mother, "Jl. Sawit", "Nenang", "Petani", heir, rel])
    if merges:
        ws.merge_cells("D1:E1")
        ws.merge_cells("J1:K1")
        for col in "ABCFGHI":
            ws.merge_cells(f"{col}1:{col}2")
    wb.save(path)
    return path


@pytest.mark.parametrize("merges", [True, False])
def test_two_row_grouped_headers_with_or_without_merged_cells(ctx, tmp_path, merges):
    preview = ImportService(ctx).analyse(_grouped(tmp_path / "grup.xlsx", merges))
    fields = {c.letter: c.field for c in preview.columns}
    assert fields == {"A": "row_number", "B": "nik", "C": "full_name", "D": "birth_place", "E": "birth_date",
                      "F": "mother_name", "G": "address", "H": "village", "I": "occupation", "J": "heir_name",
                      "K": "heir_relationship"}
    assert preview.header_row == 2 and preview.rows[0].kind == "numbering"
    people = [r for r in preview.rows if r.status == "new"]
    assert [r.registration.heirs[0].relationship for r in people] == ["Suami", "Istri", "Suami"]
    assert people[2].registration.birth_date.isoformat() == "1988-12-25"


def test_merged_desa_cells_sections_subtotals_and_signature(ctx, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["DAFTAR CALON PESERTA"])
    ws.append(["NIK", "NAMA", "TEMPAT LAHIR", "TGL LAHIR", "NAMA IBU", "ALAMAT", "KELURAHAN", "PEKERJAAN"])
    ws.append(["DUSUN KARYA BAKTI"])
    for nik, name, _sex, mother, _h, _r in PEOPLE[:2]:
        ws.append([nik, name, "Penajam", "01-01-1980", mother, None, "Sepan" if nik == PEOPLE[0][0] else None,
                   "Nelayan"])
    ws.merge_cells("G4:G5")
    ws.append(["", "JUMLAH", "", "", "", "", "", 2])
    ws.append(["KELURAHAN NENANG"])
    ws.append([PEOPLE[2][0], PEOPLE[2][1], "Penajam", "25-12-1988", "Rahmawati", "Jl. A", None, "Petani"])
    ws.append([])
    ws.append(["", "Penajam, 17 Agustus 2026"])
    ws.append(["", "Mengetahui,"])
    ws.append(["", "( SUPRIYADI )"])
    ws.append(["", "NIP. 19700101 200003 1 001"])
    wb.save(tmp_path / "seksi.xlsx")
    preview = ImportService(ctx).analyse(tmp_path / "seksi.xlsx")
    by_row = {r.row: r for r in preview.rows}
    assert by_row[3].kind == "section" and "alamat" in by_row[3].reasons[0]
    assert by_row[4].registration.village_code == by_row[5].registration.village_code == "64.09.01.1015"
    assert by_row[4].registration.address == "DUSUN KARYA BAKTI"          # the dusun fills an empty address
    assert by_row[6].kind == "total" and by_row[7].kind == "section"
    assert by_row[8].registration.village_code == "64.09.01.1010" and by_row[8].status == "new"
    assert [by_row[r].kind for r in (10, 11, 12, 13)] == ["signature"] * 4
    assert preview.counts["blank"] == 1 and preview.counts["new"] == 3


def _sheet(wb, name, people, village_column=True):
    ws = wb.create_sheet(name)
    ws.append(["NIK", "NAMA", "TEMPAT LAHIR", "TGL LAHIR", "NAMA IBU", "ALAMAT", "PEKERJAAN"]
              + (["DESA"] if village_column else []))
    for nik, name_, _s, mother, _h, _r in people:
        ws.append([nik, name_, "Penajam", "01-01-1980", mother, "Jl. A", "Petani"] + (["Nenang"] if village_column
                                                                                     else []))


def test_every_sheet_with_people_is_read_into_one_preview_and_the_others_are_named(ctx, tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "REKAP"
    wb.active.append(["REKAPITULASI"])
    wb.active.append(["NO", "DESA", "JUMLAH"])
    wb.active.append([1, "Nenang", 2])
    _sheet(wb, "SEPAN", PEOPLE[:2], village_column=False)
    _sheet(wb, "Lainnya", PEOPLE[2:])
    info = wb.create_sheet("PETUNJUK")
    info.append(["Isi satu baris untuk satu orang, NIK sebagai teks enam belas angka."])
    tucked = wb.create_sheet("Cadangan")
    _sheet(wb, "Cadangan2", [])
    tucked.sheet_state = "hidden"
    wb.remove(tucked)
    wb.save(tmp_path / "banyak.xlsx")
    service = ImportService(ctx)
    preview = service.analyse(tmp_path / "banyak.xlsx")
    assert [t.sheet for t in preview.tables] == ["SEPAN", "Lainnya"]
    assert {r.sheet for r in preview.rows} == {"SEPAN", "Lainnya"} and preview.counts["new"] == 3
    assert preview.table("SEPAN").village_source == "sheet"
    assert {r.registration.village_code for r in preview.rows if r.sheet == "SEPAN"} == {"64.09.01.1015"}
    unread = dict(preview.unread)
    assert "rekap" in unread["REKAP"] and "petunjuk" in unread["PETUNJUK"] and "judul kolom" in unread["Cadangan2"]
    chosen = service.analyse(tmp_path / "banyak.xlsx", sheet=["Lainnya"])
    assert [t.sheet for t in chosen.tables] == ["Lainnya"] and "tidak dipilih" in dict(chosen.unread)["SEPAN"]


def test_hidden_rows_and_sheets_are_read_and_flagged(ctx, tmp_path):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    _sheet(wb, "Tersembunyi", PEOPLE)
    wb["Tersembunyi"].row_dimensions[3].hidden = True
    wb["Tersembunyi"].sheet_state = "hidden"
    _sheet(wb, "Biasa", [])
    wb.save(tmp_path / "sembunyi.xlsx")
    preview = ImportService(ctx).analyse(tmp_path / "sembunyi.xlsx")
    table = preview.table("Tersembunyi")
    assert table.hidden and any("disembunyikan" in n for n in table.notes)
    hidden = [r for r in preview.rows if r.hidden]
    assert [r.row for r in hidden] == [3] and hidden[0].status == "new" and "disembunyikan" in hidden[0].warnings[0]


def test_a_cell_far_outside_the_table_is_named_not_fatal(ctx, tmp_path):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    _sheet(wb, "Data", PEOPLE)
    wb["Data"]["XFD1048576"] = "tertinggal"
    wb.save(tmp_path / "jauh.xlsx")
    preview = ImportService(ctx).analyse(tmp_path / "jauh.xlsx")
    assert preview.counts["new"] == 3 and any("XFD1048576" in n for n in preview.all_notes())


def test_a_form_timestamp_is_not_taken_for_the_birth_date(ctx, tmp_path):
    from datetime import datetime

    wb = openpyxl.Workbook()
    wb.active.append(["Timestamp", "NIK", "Nama lengkap Bapak/Ibu", "Tempat, tanggal lahir", "Nama ibu kandung",
                      "Alamat", "Pekerjaan", "Desa"])
    for nik, name, _s, mother, _h, _r in PEOPLE:
        day = int(nik[6:8]) % 40
        wb.active.append([datetime(2026, 8, 1, 9, 30), nik, name, f"Penajam, {day:02d}-{nik[8:10]}-19{nik[10:12]}",
                          mother, "Jl. A", "Petani", "Nenang"])
    wb.save(tmp_path / "form.xlsx")
    preview = ImportService(ctx).analyse(tmp_path / "form.xlsx")
    assert preview.columns[0].field == "" and preview.columns[3].field == "birth_place_date"
    assert [r.status for r in preview.rows] == ["new"] * 3


def test_sex_written_as_lk_pr_or_inside_marker_columns(ctx, tmp_path):
    wb = openpyxl.Workbook()
    wb.active.append(["NIK", "NAMA", "TEMPAT LAHIR", "TGL LAHIR", "Lk/Pr", "NAMA IBU", "ALAMAT", "DESA", "PEKERJAAN"])
    wb.active.append([PEOPLE[1][0], "Budi", "Penajam", "04-03-1985", "LK", "Aminah", "Jl. A", "Nenang", "Petani"])
    wb.save(tmp_path / "lkpr.xlsx")
    preview = ImportService(ctx).analyse(tmp_path / "lkpr.xlsx")
    assert preview.columns[4].field == "sex" and preview.rows[0].registration.sex == "L"
    wb = openpyxl.Workbook()
    wb.active.append(["NIK", "NAMA", "TEMPAT LAHIR", "TGL LAHIR", "JENIS KELAMIN", None, "NAMA IBU", "ALAMAT", "DESA",
                      "PEKERJAAN"])
    wb.active.append([None, None, None, None, "L", "P"])
    wb.active.append([PEOPLE[1][0], "Budi", "Penajam", "04-03-1985", "L", None, "Aminah", "Jl. A", "Nenang", "Petani"])
    wb.active.append([PEOPLE[0][0], "Siti", "Penajam", "17-08-1990", None, "1", "Halimah", "Jl. A", "Nenang", "Petani"])
    wb.save(tmp_path / "tanda.xlsx")
    rows = ImportService(ctx).analyse(tmp_path / "tanda.xlsx").rows
    assert [r.registration.sex for r in rows] == ["L", "P"]            # "L" in the L column, a mark in P
