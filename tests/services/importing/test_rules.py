"""Which problems refuse a person (identity, eligibility) and which only warn; numbers as the commit stores them;
the report the village gets back, read with two readers and imported again."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import openpyxl
import pytest
import python_calamine

from desktop_app.domain.eligibility import EXTRA_KEY
from desktop_app.services.importing.report import write_report
from desktop_app.services.importing.service import ImportService
from desktop_app.services.office import OfficeService

HEADER = ["NIK", "NAMA", "TEMPAT LAHIR", "TGL LAHIR", "NAMA IBU KANDUNG", "ALAMAT", "DESA", "PEKERJAAN", "NO HP",
          "EMAIL", "PENGHASILAN", "NO KK", "AHLI WARIS", "HUBUNGAN", "HP AHLI WARIS"]


def _row(nik: str, name: str, born: object = "17-08-1990", **cells) -> list:
    values = dict(NIK=nik, NAMA=name, **{"TEMPAT LAHIR": "Penajam", "TGL LAHIR": born, "NAMA IBU KANDUNG": "Halimah",
                                        "ALAMAT": "Jl. Nelayan", "DESA": "Nenang", "PEKERJAAN": "Nelayan",
                                        "NO HP": "081234567890", "EMAIL": "", "PENGHASILAN": 900000, "NO KK": "",
                                        "AHLI WARIS": "Ahmad", "HUBUNGAN": "SUAMI", "HP AHLI WARIS": ""})
    values.update({k.replace("_", " "): v for k, v in cells.items()})
    return [values[h] for h in HEADER]


def _file(path, rows):
    wb = openpyxl.Workbook()
    wb.active.append(HEADER)
    for row in rows:
        wb.active.append(row)
    wb.active["B3"].number_format = "@"
    wb.save(path)
    return path


def test_minor_fields_that_cannot_be_read_are_emptied_with_a_warning_and_the_person_imported(ctx, tmp_path):
    path = _file(tmp_path / "kecil.xlsx", [
        _row("6409015708900001", "Siti Aminah", NO_HP="0812345 / 081398765432", EMAIL="siti(at)gmail",
             PENGHASILAN="satu juta", NO_KK="12345", HP_AHLI_WARIS="12")])
    service = ImportService(ctx)
    row = service.analyse(path).rows[0]
    reg = row.registration
    assert row.status == "new" and len(row.warnings) >= 4
    assert (reg.email, reg.income, reg.kk_number, reg.heirs[0].phone) == ("", None, "", "")
    assert any("dikosongkan" in w for w in row.warnings)
    assert service.commit(service.analyse(path)).imported == 1


def test_numbers_are_checked_in_the_preview_as_the_commit_stores_them(ctx, tmp_path):
    path = _file(tmp_path / "angka.xlsx", [_row("6409015708900001", "Siti Aminah", PENGHASILAN=1e30),
                                           _row("6409010403850001", "Budi Santoso", "04-03-1985", PENGHASILAN=0.5),
                                           _row("6409016512880003", "Dewi Lestari", "25-12-1988",
                                                PENGHASILAN=10 ** 14)])
    service = ImportService(ctx)
    preview = service.analyse(path)
    assert [r.status for r in preview.rows] == ["new"] * 3
    assert [r.registration.income for r in preview.rows] == [None, None, None]
    assert "terlalu besar" in preview.rows[0].warnings[0] and "rupiah utuh" in preview.rows[1].warnings[0]
    result = service.commit(preview)
    stored = [ctx.store.registrations.get(i) for i in ctx.store.batches.item_ids(result.batch_id)]
    assert result.imported == 3 and {s.income for s in stored} == {None}


def test_repeated_invalid_niks_are_each_refused_as_invalid(ctx, tmp_path):
    bad = "6409011313900001"                                   # month 13
    path = _file(tmp_path / "salah.xlsx", [_row(bad, "Siti Aminah"), _row(bad, "Siti Aminah")])
    rows = ImportService(ctx).analyse(path).rows
    assert [r.status for r in rows] == ["rejected", "rejected"]
    assert all(any("Bulan pada NIK" in x for x in r.reasons) for r in rows) and rows[1].duplicate_row is None


def test_a_formula_saved_without_its_result_is_named(ctx, tmp_path):
    path = _file(tmp_path / "rumus.xlsx", [_row("6409015708900001", "=PROPER(Z2)")])
    row = ImportService(ctx).analyse(path).rows[0]
    assert row.status == "rejected" and row.reasons == [
        "Sel B2 berisi rumus tanpa hasil tersimpan; simpan sebagai nilai (salin, lalu Tempel Spesial › Nilai) dan "
        "kirim ulang."]


@pytest.mark.parametrize("occupation", ["PNS", "Guru PNS", "TNI AD", "Karyawan Swasta", "Perangkat Desa"])
def test_wage_earners_are_refused_with_their_segment(ctx, tmp_path, occupation):
    path = _file(tmp_path / "pns.xlsx", [_row("6409015708900001", "Siti Aminah", PEKERJAAN=occupation)])
    row = ImportService(ctx).analyse(path).rows[0]
    assert row.status == "rejected" and "Penerima Upah" in row.reasons[0] and occupation in row.reasons[0]
    assert "syarat skema" in row.fixes[-1]


def test_the_wage_earner_list_is_a_setting_of_each_scheme(ctx, tmp_path):
    scheme = ctx.store.schemes.default()
    OfficeService(ctx).save_scheme(replace(scheme, extra={**scheme.extra, EXTRA_KEY: ["Honorer"]}))
    path = _file(tmp_path / "honor.xlsx", [_row("6409015708900001", "Siti Aminah", PEKERJAAN="PNS"),
                                           _row("6409010403850001", "Budi Santoso", "04-03-1985",
                                                PEKERJAAN="Guru Honorer")])
    assert [r.status for r in ImportService(ctx).analyse(path).rows] == ["new", "rejected"]


def test_the_report_gives_the_village_its_own_rows_back_and_imports_again_once_fixed(ctx, tmp_path):
    rows = [_row("6409015708900001", "Siti Aminah", date(1990, 8, 17)),
            _row(6409010403850000, "Budi Santoso", date(1985, 3, 4)),                 # last digit eaten
            _row("6409016512880003", "Dewi Lestari", date(1988, 12, 25), NAMA_IBU_KANDUNG="")]
    path = _file(tmp_path / "desa.xlsx", rows)
    service = ImportService(ctx)
    preview = service.analyse(path)
    out = write_report(preview, tmp_path / "laporan.xlsx")
    wb = python_calamine.CalamineWorkbook.from_path(str(out))
    assert wb.sheet_names == ["Tidak diimpor", "Catatan impor"]
    grid = wb.get_sheet_by_name("Tidak diimpor").to_python()
    assert grid[0][:len(HEADER)] == HEADER and grid[0][len(HEADER):] == [
        "BARIS ASLI", "STATUS", "ALASAN", "YANG PERLU DIPERBAIKI", "PERINGATAN"]
    by_nik = {r[0]: r for r in grid[1:]}
    assert set(by_nik) == {"6409010403850000", "6409016512880003"}          # the NIK as typed, as text
    budi = by_nik["6409010403850000"]
    assert budi[3] == date(1985, 3, 4) and budi[10] == 900000            # a date stays a date
    assert budi[len(HEADER)] == 3 and "digit terakhir" in budi[len(HEADER) + 2]
    sheet = openpyxl.load_workbook(out)["Tidak diimpor"]
    assert sheet.cell(2, 1).data_type == "s" and sheet.cell(2, 4).is_date
    assert "Nama ibu kandung" in by_nik["6409016512880003"][len(HEADER) + 3]

    sheet.cell(3, 5).value = "Rahmawati"                                      # the village fixes Dewi's row
    sheet.cell(2, 1).value = "6409010403850001"                                # and types Budi's NIK as text
    openpyxl.load_workbook(out).close()
    fixed = tmp_path / "dikirim-kembali.xlsx"
    sheet.parent.save(fixed)
    again = service.analyse(fixed)
    assert [r.status for r in again.rows] == ["new", "new"]
    assert {c.header for c in again.tables[0].unused} >= {"STATUS", "ALASAN", "YANG PERLU DIPERBAIKI"}


def test_the_report_lists_unused_columns_unread_sheets_and_notes(ctx, tmp_path):
    wb = openpyxl.Workbook()
    wb.active.append(HEADER + ["FOTO"])
    wb.active.append(_row("6409015708900001", "Siti Aminah", NAMA_IBU_KANDUNG="") + ["ada"])
    wb.create_sheet("REKAP").append(["REKAP", "JUMLAH"])
    wb.save(tmp_path / "info.xlsx")
    out = write_report(ImportService(ctx).analyse(tmp_path / "info.xlsx"), tmp_path / "r.xlsx")
    info = python_calamine.CalamineWorkbook.from_path(str(out)).get_sheet_by_name("Catatan impor").to_python()
    kinds = {(row[0], row[1]) for row in info[1:]}
    assert ("Kolom tidak dipakai", "Sheet") in kinds and ("Sheet tidak dibaca", "REKAP") in kinds
    assert any(row[2].startswith("P FOTO") for row in info[1:])
