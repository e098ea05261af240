"""Import a messy village list: every row accounted for, all or nothing, idempotent, never a dead end."""

import openpyxl
import pytest

from desktop_app.errors import UserError
from desktop_app.formats.xlsx_reader import UnreadableWorkbook
from desktop_app.services.batches import BatchService
from desktop_app.services.importing.memory import LEARNED_KEY
from desktop_app.services.importing.service import ImportService
from desktop_app.services.jobs import Cancelled, Job
from desktop_app.services.registry import RegistryService
from desktop_app.storage.search import RegistrationQuery
from tests import factories
from tests.village_lists import NEW, listed, messy_list


@pytest.fixture
def messy(ctx, tmp_path):
    existing = RegistryService(ctx).register(factories.registration())
    path = tmp_path / "daftar desa nenang.xlsx"
    return path, messy_list(path, existing_nik=existing.nik), existing


def _count(ctx) -> int:
    return ctx.store.registrations.count(RegistrationQuery(status="all"))


def _write(path, rows, setup=None):
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    if setup:
        setup(wb.active)
    wb.save(path)
    return path


def test_every_row_gets_the_expected_status(ctx, messy):
    path, expected, existing = messy
    preview = ImportService(ctx).analyse(path)
    assert preview.header_row == 5                                   # two-row header below two title rows
    assert {r.row: r.status for r in preview.rows} == listed(expected)
    counts = preview.counts
    assert counts["rows"] == counts["new"] + counts["rejected"] + counts["duplicates"] + counts["skipped"]
    assert counts["blank"] == 1
    by_row = {r.row: r for r in preview.rows}
    assert "digit terakhir menjadi 0" in by_row[11].reasons[0]
    assert "rusak oleh format angka Excel" in by_row[12].reasons[0]
    assert "15 digit" in by_row[13].reasons[0]
    assert by_row[15].duplicate_of["id"] == existing.id
    assert by_row[17].duplicate_row == 16
    assert any("Atlantis" in r for r in by_row[20].reasons)
    assert any("Nama ibu kandung wajib diisi" in r for r in by_row[19].reasons)
    assert by_row[19].fixes[0] == "Perbaiki: Nama ibu kandung." and "syarat skema" in by_row[19].fixes[1]
    assert by_row[22].kind == "total" and by_row[23].kind == "signature"
    table = preview.tables[0]
    assert (table.village, table.village_source) == ("64.09.01.1010", "title")
    assert [c.letter for c in table.unused] == ["A"] and "nomor urut" in table.as_dict()["unused_columns"][0]["why"]


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


def test_the_hash_is_of_the_bytes_read(ctx, messy):
    import hashlib

    path, _, _ = messy
    assert ImportService(ctx).analyse(path).sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


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
    RegistryService(ctx).register(preview.new_rows()[0].registration)
    before = _count(ctx)
    with pytest.raises(UserError, match="Data berubah sejak pratinjau"):
        service.commit(preview)
    assert _count(ctx) == before


def test_numeric_nik_above_2_53_is_refused_not_rounded(ctx, tmp_path):
    path = _write(tmp_path / "papua.xlsx", [["NIK", "NAMA", "TGL LAHIR", "DESA"],
                                            [9101015708900001, "Yohana", "17-08-1990", "Nenang"],
                                            ["9101015708900001", "Yohana Teks", "17-08-1990", "Nenang"]])
    rows = ImportService(ctx).analyse(path).rows
    assert rows[0].status == "rejected" and "tidak dapat disimpan utuh" in rows[0].reasons[0]
    assert rows[1].registration.nik == "9101015708900001"


def test_user_mapping_is_used_and_the_whole_mapping_is_offered_next_time(ctx, tmp_path):
    path = _write(tmp_path / "aneh.xlsx", [["NIK", "SEBUTAN RESMI", "TGL LAHIR"], ["6409015708900001", "Siti Aminah",
                                                                                   "17-08-1990"]])
    service = ImportService(ctx)
    preview = service.analyse(path)
    assert preview.columns[1].field == "" and preview.columns[1].why == "unknown"
    preview = service.analyse(path, overrides={1: "full_name"})
    assert preview.columns[1].source == "user" and preview.rows[0].registration.full_name == "Siti Aminah"
    service.remember_mapping(preview)
    assert ctx.store.office.setting(LEARNED_KEY, {})["SEBUTAN RESMI"] == "full_name"
    again = service.analyse(path)
    assert (again.columns[1].field, again.columns[1].source) == ("full_name", "remembered")
    assert any("aneh.xlsx" in n for n in again.tables[0].notes)
    other = _write(tmp_path / "lain.xlsx", [["SEBUTAN RESMI", "NIK"], ["Budi", "6409010403850001"]])
    assert service.analyse(other).columns[0].field == "full_name"          # the taught spelling, any layout


def test_a_file_with_nothing_recognised_can_still_be_mapped_by_hand(ctx, tmp_path):
    rows = [["KOLOM 1", "KOLOM 2", "KOLOM 3", "KOLOM 4"], ["AX-1", "Siti Aminah", "Penajam", "Halimah"],
            ["AX-2", "Budi Santoso", "Penajam", "Aminah"]]
    path = _write(tmp_path / "polos.xlsx", rows)
    service = ImportService(ctx)
    preview = service.analyse(path)
    assert preview.tables and preview.header_row == 1
    assert all(r.status == "rejected" and r.reasons[0] == "Kolom NIK belum dipilih." for r in preview.rows)
    assert any("Kolom NIK belum dipilih" in n for n in preview.all_notes())
    mapped = service.analyse(path, overrides={0: "nik", 1: "full_name", 2: "birth_place", 3: "mother_name"})
    assert [c.field for c in mapped.columns] == ["nik", "full_name", "birth_place", "mother_name"]
    assert "NIK hanya boleh berisi angka" in " ".join(mapped.rows[0].reasons)


def test_a_list_without_a_header_row_is_read_from_its_first_row(ctx, tmp_path):
    path = _write(tmp_path / "tanpa-judul.xlsx", [["6409015708900001", "Siti Aminah", "17-08-1990"],
                                                  ["6409010403850001", "Budi Santoso", "04-03-1985"]])
    preview = ImportService(ctx).analyse(path, header_rows={"": -1}, overrides={1: "full_name"})
    assert preview.header_row == 0 and [r.row for r in preview.rows] == [1, 2]
    assert [c.field for c in preview.columns] == ["nik", "full_name", "birth_date"]
    assert preview.columns[0].source == "content" and preview.columns[0].needs_confirmation


@pytest.mark.parametrize("header", ["N I K", "NIK/NO KTP", "No. Induk Kependudukan (16 digit)"])
def test_nik_headers_that_used_to_be_refused(ctx, tmp_path, header):
    path = _write(tmp_path / "nik.xlsx", [[header, "NAMA LENGKAP", "TGL LAHIR", "L/P", "NAMA IBU KANDUNG", "ALAMAT",
                                           "DESA", "PEKERJAAN", "TEMPAT LAHIR"],
                                          ["6409015708900001", "Siti Aminah", "17-08-1990", "P", "Halimah",
                                           "Jl. Nelayan", "Nenang", "Nelayan", "Penajam"]])
    preview = ImportService(ctx).analyse(path)
    assert preview.columns[0].field == "nik" and preview.rows[0].status == NEW


def test_an_unmapped_required_column_is_one_message_not_an_error_per_row(ctx, tmp_path):
    rows = [["NIK", "NAMA", "TEMPAT LAHIR", "TGL LAHIR", "NAMA IBU KANDUNG", "ALAMAT", "DESA", "PEKERJAAN",
             "AHLI WARIS", "STATUS KELUARGA WARIS"]]
    for i, nik in enumerate(("6409015708900001", "6409010403850001")):
        rows.append([nik, f"Orang {'AB'[i]}", "Penajam", "17-08-1990" if i == 0 else "04-03-1985", "Halimah",
                     "Jl. A", "Nenang", "Petani", "Ahmad", "ISTRI"])
    preview = ImportService(ctx).analyse(_write(tmp_path / "waris.xlsx", rows))
    table = preview.tables[0]
    assert table.missing == ["heir_relationship"]
    assert [r.reasons for r in preview.rows] == [["Kolom Ahli waris: hubungan belum dipilih."]] * 2
    assert any(n.startswith("Kolom Ahli waris: hubungan belum dipilih: 2 baris ditolak") for n in table.notes)
    assert "J" in [c.letter for c in table.unused]


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


def test_an_empty_workbook_says_so(ctx, tmp_path):
    path = _write(tmp_path / "kosong.xlsx", [])
    with pytest.raises(UserError, match="tidak berisi data"):
        ImportService(ctx).analyse(path)


def test_an_import_holds_at_most_max_rows(ctx, tmp_path, monkeypatch):
    import desktop_app.services.importing.service as service_module

    monkeypatch.setattr(service_module, "MAX_ROWS", 2)
    path = _write(tmp_path / "banyak.xlsx", [["NIK", "NAMA"]] + [[f"640901570890{i:04d}", "Siti"] for i in range(1, 4)])
    with pytest.raises(UserError, match="paling banyak 2 baris"):
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
