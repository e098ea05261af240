"""Import a messy village list: every row accounted for, all or nothing, idempotent."""

import openpyxl
import pytest

from desktop_app.errors import UserError
from desktop_app.formats.xlsx_reader import UnreadableWorkbook
from desktop_app.services.batches import BatchService
from desktop_app.services.importing.report import write_report
from desktop_app.services.importing.service import ImportService
from desktop_app.services.jobs import Cancelled, Job
from desktop_app.services.registry import RegistryService
from desktop_app.storage.search import RegistrationQuery
from tests import factories
from tests.village_lists import NEW, messy_list


@pytest.fixture
def messy(ctx, tmp_path):
    existing = RegistryService(ctx).register(factories.registration())
    path = tmp_path / "daftar desa nenang.xlsx"
    return path, messy_list(path, existing_nik=existing.nik), existing


def _count(ctx) -> int:
    return ctx.store.registrations.count(RegistrationQuery(status="all"))


def test_every_row_gets_the_expected_status(ctx, messy):
    path, expected, existing = messy
    preview = ImportService(ctx).analyse(path)
    assert preview.header_row == 5                                   # two-row header below two title rows
    assert {r.row: r.status for r in preview.rows} == expected
    counts = preview.counts
    assert counts["rows"] == counts["new"] + counts["rejected"] + counts["duplicates"] + counts["skipped"]
    by_row = {r.row: r for r in preview.rows}
    assert "digit terakhir menjadi 0" in by_row[11].reasons[0]
    assert "rusak oleh format angka Excel" in by_row[12].reasons[0]
    assert "15 digit" in by_row[13].reasons[0]
    assert by_row[15].duplicate_of["id"] == existing.id
    assert by_row[17].duplicate_row == 16
    assert any("Atlantis" in r for r in by_row[20].reasons)
    assert any("Nama ibu kandung wajib diisi" in r for r in by_row[19].reasons)
    assert preview.default_village == "64.09.01.1010" and preview.village_source == "title"


def test_cells_become_the_right_values(ctx, messy):
    path, _, _ = messy
    by_row = {r.row: r.registration for r in ImportService(ctx).analyse(path).rows}
    assert by_row[8].nik.startswith("6409015708") and by_row[8].phone == "081234567891"
    assert by_row[8].birth_date.isoformat() == "1990-08-17" and by_row[8].heirs[0].relationship == "Suami"
    assert by_row[9].birth_date.isoformat() == "1970-01-02" and by_row[9].occupation == "Buruh Tani/Perkebunan"
    assert by_row[10].nik == factories.nik_for(__import__("datetime").date(1980, 5, 6), "L", serial=1237)
    assert by_row[7].occupation == "Nelayan/Perikanan" and by_row[7].rt == "003" and by_row[7].rw == "001"
    assert by_row[21].village_code == "64.09.01.2021" and by_row[21].sex == "P"
    assert by_row[7].village_code == "64.09.01.1010"


def test_dry_run_writes_nothing(ctx, messy, db_path):
    path, _, _ = messy
    before, audit = _count(ctx), len(ctx.store.audit.recent(1000))
    ImportService(ctx).analyse(path)
    assert _count(ctx) == before and len(ctx.store.audit.recent(1000)) == audit
    assert len(BatchService(ctx).all()) == 0


def test_commit_writes_new_rows_into_one_draft_batch_and_reimport_creates_nobody(ctx, messy):
    path, expected, _ = messy
    service = ImportService(ctx)
    before = _count(ctx)
    result = service.commit(service.analyse(path))
    new = sum(1 for s in expected.values() if s == NEW)
    assert result.imported == new and _count(ctx) == before + new
    batch = BatchService(ctx).get(result.batch_id)
    assert (batch.status, batch.kind, batch.source_sha256) == ("draft", "import", result.preview.sha256)
    assert len(ctx.store.batches.item_ids(result.batch_id)) == new
    notes = [a["note"] for a in ctx.store.audit.recent(100, action="create")]
    assert any(n.startswith("impor daftar desa nenang.xlsx baris 7") for n in notes)

    again = service.analyse(path)
    assert again.count(NEW) == 0 and again.earlier_batches == [result.batch_id]
    second = service.commit(again)
    assert second.batch_id is None and _count(ctx) == before + new


def test_failure_in_the_middle_rolls_everything_back(ctx, messy):
    path, _, _ = messy
    service = ImportService(ctx)
    preview = service.analyse(path)
    before, batches = _count(ctx), len(BatchService(ctx).all())
    ctx.store.db.execute("CREATE TEMP TRIGGER fail_mid BEFORE INSERT ON registrations "
                         "WHEN NEW.full_name = 'Kode Desa' BEGIN SELECT RAISE(ABORT, 'disk gone'); END")
    with pytest.raises(Exception, match="disk gone"):
        service.commit(preview)
    assert _count(ctx) == before and len(BatchService(ctx).all()) == batches


def test_cancelled_commit_writes_nothing(ctx, messy):
    path, _, _ = messy
    service = ImportService(ctx)
    preview = service.analyse(path)
    before = _count(ctx)
    job = Job(lambda done, total, text: job.cancel() if done >= total else None)
    with pytest.raises(Cancelled):
        service.commit(preview, job=job)
    assert _count(ctx) == before and BatchService(ctx).all() == []


def test_preview_goes_stale_when_someone_registers_first(ctx, messy):
    path, _, _ = messy
    service = ImportService(ctx)
    preview = service.analyse(path)
    first_new = preview.new_rows()[0].registration
    RegistryService(ctx).register(first_new)
    before = _count(ctx)
    with pytest.raises(UserError, match="Data berubah sejak pratinjau"):
        service.commit(preview)
    assert _count(ctx) == before


def test_report_lists_every_row_not_imported_with_its_cells(ctx, messy, tmp_path):
    path, expected, _ = messy
    preview = ImportService(ctx).analyse(path)
    out = write_report(preview, tmp_path / "laporan.xlsx")
    ws = openpyxl.load_workbook(out).active
    rows = {r[0].value: r for r in ws.iter_rows(min_row=2)}
    assert set(rows) == {row for row, status in expected.items() if status != NEW}
    assert rows[11][4 + 1].value == 6409010605800010                 # the damaged NIK as it was typed
    assert "digit terakhir" in rows[11][2].value and rows[11][1].value == "Ditolak"
    assert [c.value for c in ws[1]][:4] == ["BARIS EXCEL", "STATUS", "ALASAN", "PERINGATAN"]


def test_numeric_nik_above_2_53_is_refused_not_rounded(ctx, tmp_path):
    path = tmp_path / "papua.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["NIK", "NAMA", "TGL LAHIR", "DESA"])
    ws.append([9101015708900001, "Yohana", "17-08-1990", "Nenang"])
    ws.append(["9101015708900001", "Yohana Teks", "17-08-1990", "Nenang"])
    wb.save(path)
    rows = ImportService(ctx).analyse(path).rows
    assert rows[0].status == "rejected" and "tidak dapat disimpan utuh" in rows[0].reasons[0]
    assert rows[1].registration.nik == "9101015708900001"


def test_user_mapping_is_used_and_remembered(ctx, tmp_path):
    path = tmp_path / "aneh.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["NIK", "NAMA PANGGILAN RESMI", "TGL LAHIR"])
    ws.append(["6409015708900001", "Siti Aminah", "17-08-1990"])
    wb.save(path)
    service = ImportService(ctx)
    preview = service.analyse(path)
    assert preview.columns[1].field == ""
    preview = service.analyse(path, overrides={1: "full_name"})
    assert preview.columns[1].source == "user" and preview.rows[0].registration.full_name == "Siti Aminah"
    service.remember_mapping(preview)
    again = service.analyse(path)
    assert (again.columns[1].field, again.columns[1].source) == ("full_name", "learned")


@pytest.mark.parametrize("content, message", [
    (b"just some text, not a workbook", "tidak dapat dibaca"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 200 + "EncryptedPackage".encode("utf-16-le") + b"\0" * 100,
     "kata sandi"),
])
def test_unreadable_or_protected_file_gives_one_message(ctx, tmp_path, content, message):
    path = tmp_path / "x.xlsx"
    path.write_bytes(content)
    before = _count(ctx)
    with pytest.raises(UnreadableWorkbook, match=message):
        ImportService(ctx).analyse(path)
    assert _count(ctx) == before


def test_file_without_a_recognisable_header(ctx, tmp_path):
    path = tmp_path / "no_header.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["apa", "ini"])
    wb.active.append(["1", "2"])
    wb.save(path)
    with pytest.raises(UserError, match="judul kolom"):
        ImportService(ctx).analyse(path)


def test_libreoffice_ods_is_read_too(ctx, tmp_path):
    import shutil
    import subprocess
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed: cannot make an .ods file")
    source = tmp_path / "desa.xlsx"
    messy_list(source)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless", "--convert-to", "ods",
                    "--outdir", str(tmp_path), str(source)], check=True, capture_output=True, timeout=180)
    preview = ImportService(ctx).analyse(tmp_path / "desa.ods")
    assert preview.header_row == 5 and preview.count(NEW) == 6


def test_a_csv_renamed_xlsx_is_called_a_text_file_not_damaged(ctx, tmp_path):
    path = tmp_path / "peserta.xlsx"
    path.write_text("NIK;NAMA\n6409015708900001;Siti Aminah\n", encoding="utf-8")
    with pytest.raises(UnreadableWorkbook) as caught:
        ImportService(ctx).analyse(path)
    assert "CSV" in caught.value.message and "rusak" not in caught.value.message
    assert "Buku Kerja Excel" in caught.value.message
