"""Export a filtered Data Peserta list: the same people as the list, NIK masked unless chosen, audited."""

import openpyxl
import pytest

from desktop_app.domain.nik import mask_nik
from desktop_app.domain.record_query import RegistrationQuery
from desktop_app.errors import UserError
from desktop_app.services.list_export import ListExporter
from desktop_app.services.records import RecordsService
from tests.services.printing_helpers import OTHER_VILLAGE, people


@pytest.fixture
def regs(ctx):
    return people(ctx, 5, phone="081234567890") + people(ctx, 3, village_code=OTHER_VILLAGE)


def read(path):
    ws = openpyxl.load_workbook(path)["Peserta"]
    headers = [c.value for c in ws[1]]
    return ws, headers, [[c.value for c in row] for row in ws.iter_rows(min_row=2)]


def test_one_desa_exports_exactly_the_list_with_masked_nik_and_phone(ctx, regs, tmp_path):
    query = RegistrationQuery(village_code=OTHER_VILLAGE)
    result = ListExporter(ctx).export(query, tmp_path / "desa.xlsx")
    ws, headers, rows = read(result.path)
    listed = RecordsService(ctx).page(query, 0, 100)
    assert result.rows == len(rows) == len(listed) == 3
    assert [r[headers.index("NAMA LENGKAP")] for r in rows] == [r["full_name"] for r in listed]
    niks = [r[headers.index("NIK")] for r in rows]
    assert niks == [mask_nik(r["nik"]) for r in listed] and all("*" in n for n in niks)
    assert {r[headers.index("DESA/KELURAHAN")] for r in rows} == {"Tanjung Tengah"}
    assert {r[headers.index("STATUS")] for r in rows} == {"Aktif"}
    assert rows[0][0] == 1 and ws.column_dimensions["C"].number_format == "@"
    audit = ctx.store.audit.recent(action="export_list")[0]
    assert audit["new"]["full_nik"] is False and audit["new"]["rows"] == 3
    assert audit["new"]["filter"] == {"village_code": OTHER_VILLAGE, "status": "active"}


def test_full_nik_only_when_chosen_and_the_choice_is_logged(ctx, regs, tmp_path):
    result = ListExporter(ctx).export(RegistrationQuery(), tmp_path / "semua.xlsx", full_nik=True)
    _, headers, rows = read(result.path)
    assert sorted(r[headers.index("NIK")] for r in rows) == sorted(r.nik for r in regs)
    assert "081234567890" in {r[headers.index("NO HP")] for r in rows}
    info = {row[0].value: row[1].value for row in openpyxl.load_workbook(result.path)["Info"].iter_rows(min_row=2)}
    assert info["Jumlah peserta"] == 8 and info["NIK dan nomor HP"].startswith("lengkap")
    assert ctx.store.audit.recent(action="export_list")[0]["new"]["full_nik"] is True


def test_an_empty_list_writes_nothing(ctx, regs, tmp_path):
    with pytest.raises(UserError, match="Tidak ada peserta"):
        ListExporter(ctx).export(RegistrationQuery(text="tidakadanamaini"), tmp_path / "x.xlsx")
    assert not [p for p in tmp_path.iterdir() if "x.xlsx" in p.name]
    assert ctx.store.audit.recent(action="export_list") == []
