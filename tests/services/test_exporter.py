"""Export a batch: round trip, text cells, formula-looking text, big NIKs, self-check, cancel."""

import csv
import hashlib
import shutil
import subprocess
from datetime import date, datetime

import openpyxl
import pytest

from desktop_app.domain.regnumber import format_number
from desktop_app.errors import UserError
from desktop_app.formats import xlsx_writer
from desktop_app.i18n import set_language
from desktop_app.services import exporter as exporter_module
from desktop_app.services.batches import BatchService
from desktop_app.services.exporter import BatchExporter, ExportMismatch
from desktop_app.services.jobs import Cancelled, Job
from desktop_app.services.registry import RegistryService
from tests import factories

PAPUA_NIKS = (("9101015708900001", date(1990, 8, 17), "P"), ("9471024101950003", date(1995, 1, 1), "P"),
              ("9601011212850007", date(1985, 12, 12), "L"))   # all above 2**53


@pytest.fixture
def batch(ctx):
    registry = RegistryService(ctx)
    people = [registry.register(factories.registration(
        full_name="Siti Aminah", address="=HYPERLINK(\"http://contoh.invalid\",\"klik\")", note="@catatan",
        kk_number="6409011708900001", kpj="", phone="081234567890"))]
    for i, (nik, birth, sex) in enumerate(PAPUA_NIKS):
        assert int(nik) > 2 ** 53
        people.append(registry.register(factories.registration(
            nik=nik, full_name=f"Yohana Wenda {chr(65 + i)}", address=f"-Jl. Trikora {i}\tBlok A",
            birth_date=birth, sex=sex, mother_name="Maria")))
    # A name stored before the rules existed (bypassing validation) still leaves as text.
    with ctx.store.write():
        legacy = ctx.store.registrations.insert(factories.registration(
            full_name="=1+1", nik="6409014101900009", created_at=datetime(2025, 1, 2, 8, 0), created_by="lama"))
    people.append(legacy)
    batch_id = BatchService(ctx).create(registration_ids=[p.id for p in people])
    return batch_id, people


def _peserta(path):
    wb = openpyxl.load_workbook(path)
    ws = wb["Peserta"]
    headers = [c.value for c in ws[1]]
    return wb, ws, headers


def test_round_trip_every_cell_matches_the_database(ctx, batch, tmp_path):
    batch_id, people = batch
    out = tmp_path / "batch.xlsx"
    result = BatchExporter(ctx).export(batch_id, out)
    wb, ws, headers = _peserta(out)
    assert wb.sheetnames == ["Peserta", "Rekap", "Info"]
    rows = {r[headers.index("NO PENDAFTARAN")].value: r for r in ws.iter_rows(min_row=2)}
    for person in people:
        row = rows[format_number(person.seq)]
        cell = row[headers.index("NIK")]
        assert cell.value == person.nik and cell.data_type == "s" and cell.number_format == "@"
        birth = row[headers.index("TANGGAL LAHIR")]
        assert birth.value.date() == person.birth_date and birth.number_format == "dd/mm/yyyy"
        assert row[headers.index("NAMA LENGKAP")].value == person.full_name
        assert row[headers.index("NAMA IBU KANDUNG")].value == person.mother_name
        assert row[headers.index("KODE DESA/KELURAHAN")].value == person.village_code
        money = row[headers.index("IURAN PER BULAN")]
        assert money.value == 16_800 and money.number_format == '"Rp"#,##0'
        assert row[headers.index("NO HP")].value == person.phone
    assert result.rows == len(people) == ws.max_row - 1
    assert hashlib.sha256(out.read_bytes()).hexdigest() == result.sha256
    stored = BatchService(ctx).get(batch_id)
    assert (stored.status, stored.file_sha256, stored.row_count) == ("locked", result.sha256, len(people))


def test_header_is_bold_frozen_filtered_and_sized(ctx, batch, tmp_path):
    out = tmp_path / "batch.xlsx"
    BatchExporter(ctx).export(batch[0], out)
    wb, ws, headers = _peserta(out)
    assert all(c.font.bold for c in ws[1])
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:{ws.cell(1, len(headers)).column_letter}{ws.max_row}"
    assert ws.column_dimensions["B"].width == 20


def test_formula_looking_text_is_text_not_formula(ctx, batch, tmp_path):
    out = tmp_path / "batch.xlsx"
    BatchExporter(ctx).export(batch[0], out)
    wb, ws, headers = _peserta(out)
    risky = [c for row in ws.iter_rows(min_row=2) for c in row
             if isinstance(c.value, str) and c.value[:1] in "=+-@"]
    assert {c.value for c in risky} >= {"=1+1", "-Jl. Trikora 0 Blok A", '=HYPERLINK("http://contoh.invalid","klik")'}
    for c in risky:
        assert c.data_type == "s" and c.quotePrefix and c.number_format == "@"


def test_control_characters_are_removed():
    assert xlsx_writer.clean_cell_text("Siti\x00\x07 Aminah\x1f") == "Siti Aminah"
    assert xlsx_writer.looks_like_formula("\tx") and xlsx_writer.looks_like_formula("-1")


def test_rekap_and_info(ctx, batch, tmp_path):
    out = tmp_path / "batch.xlsx"
    BatchExporter(ctx).export(batch[0], out)
    wb = openpyxl.load_workbook(out)
    recap = {r[0].value: r for r in wb["Rekap"].iter_rows(min_row=2) if r[0].value}
    assert recap["Jumlah peserta"][2].value == 5
    assert recap["Total iuran"][3].value == 5 * 16_800 * 12 and recap["Orang-bulan"][2].value == 5 * 12
    assert recap["Bulan yang ditanggung"][1].value == "Januari 2026 – Desember 2026"
    info = {r[0].value: r[1].value for r in wb["Info"].iter_rows(min_row=2)}
    assert info["Nomor batch"] == str(batch[0]) and info["Jumlah baris peserta"] == 5
    assert info["Diekspor oleh"] == "tester" and info["Versi aplikasi"].startswith("Lindungi ")


def test_headers_follow_the_language(ctx, batch, tmp_path):
    set_language("en")
    out = tmp_path / "batch.xlsx"
    BatchExporter(ctx).export(batch[0], out)
    _, _, headers = _peserta(out)
    assert "FULL NAME" in headers and "MOTHER'S MAIDEN NAME" in headers


def test_mismatch_leaves_the_batch_unlocked_and_names_the_cells(ctx, batch, tmp_path, monkeypatch):
    real_write = exporter_module.write_workbook

    def write_then_damage(path, sheets, **kw):
        real_write(path, sheets, **kw)
        wb = openpyxl.load_workbook(path)
        wb["Peserta"]["B2"] = int(wb["Peserta"]["B2"].value)     # the NIK becomes a number, as Excel would do
        wb.save(path)

    monkeypatch.setattr(exporter_module, "write_workbook", write_then_damage)
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "batch.xlsx"
    with pytest.raises(ExportMismatch, match="Peserta!B2") as caught:
        BatchExporter(ctx).export(batch[0], out)
    assert caught.value.mismatches[0].cell == "B2"
    assert list(out.parent.iterdir()) == []
    assert BatchService(ctx).get(batch[0]).status == "draft"


def test_cancelled_export_writes_nothing(ctx, batch, tmp_path):
    job = Job(lambda done, total, text: job.cancel() if "Memeriksa" in text else None)
    (tmp_path / "out").mkdir()
    with pytest.raises(Cancelled):
        BatchExporter(ctx).export(batch[0], tmp_path / "out" / "batch.xlsx", job=job)
    assert list((tmp_path / "out").iterdir()) == []
    assert BatchService(ctx).get(batch[0]).status == "draft"


def test_existing_file_is_not_overwritten_unless_asked(ctx, batch, tmp_path):
    out = tmp_path / "batch.xlsx"
    out.write_bytes(b"keep")
    with pytest.raises(UserError, match="sudah ada"):
        BatchExporter(ctx).export(batch[0], out)
    assert out.read_bytes() == b"keep"
    BatchExporter(ctx).export(batch[0], out, overwrite=True)
    assert out.read_bytes()[:2] == b"PK"


def test_deleted_member_blocks_export(ctx, batch, tmp_path):
    RegistryService(ctx).delete(batch[1][0].id, "pindah domisili")
    with pytest.raises(UserError, match="sudah dihapus"):
        BatchExporter(ctx).export(batch[0], tmp_path / "b.xlsx")


def test_template_with_unknown_field_is_refused(ctx, batch, tmp_path):
    template = tmp_path / "t.json"
    template.write_text('{"columns": [{"field": "nik", "header": "NIK"}, {"field": "shoe_size"}]}')
    with pytest.raises(UserError, match="shoe_size"):
        BatchExporter(ctx, template).export(batch[0], tmp_path / "b.xlsx")
    assert not (tmp_path / "b.xlsx").exists()


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed: "
                    "the second-reader check of the export cannot run")
def test_libreoffice_reads_every_nik_whole(ctx, batch, tmp_path):
    out = tmp_path / "batch.xlsx"
    BatchExporter(ctx).export(batch[0], out)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless", "--convert-to",
                    "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false", "--outdir",
                    str(tmp_path / "csv"), str(out)], check=True, capture_output=True, timeout=180)
    with open(tmp_path / "csv" / "batch.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    niks = {r["NIK"] for r in rows}
    assert niks == {p.nik for p in batch[1]}
    assert all(len(n) == 16 and n.isdigit() for n in niks)
    assert "=1+1" in {r["NAMA LENGKAP"] for r in rows}                # shown as text, not 2
    assert {r["TANGGAL LAHIR"] for r in rows} >= {date(1990, 8, 17).strftime("%d/%m/%Y")}


def test_every_heir_with_nik_leaves_in_numbered_columns_and_id_columns_stay_text(ctx, tmp_path):
    from desktop_app.domain.registration import Heir
    registry = RegistryService(ctx)
    three = registry.register(factories.registration(full_name="Banyak Waris", heirs=[
        Heir("Ahmad Yani", "Suami", "6409011708850001", "081211112222"),
        Heir("Rina Yani", "Anak", "6409014508100002", ""),
        Heir("Dodi Yani", "Anak", "", "081233334444")]))
    one = registry.register(factories.registration(full_name="Satu Waris", nik="6409015708900002"))
    batch_id = BatchService(ctx).create(registration_ids=[three.id, one.id])
    out = tmp_path / "batch.xlsx"
    BatchExporter(ctx).export(batch_id, out)
    wb, ws, headers = _peserta(out)
    heir_headers = [h for h in headers if "AHLI WARIS" in h]
    assert heir_headers == [f"{h} AHLI WARIS {n}" for n in (1, 2, 3)
                            for h in ("NAMA", "HUBUNGAN", "NIK", "NO HP")]
    rows = {r[headers.index("NAMA LENGKAP")].value: r for r in ws.iter_rows(min_row=2)}
    big = [c.value for c in rows["Banyak Waris"]]
    assert big[headers.index("NIK AHLI WARIS 1")] == "6409011708850001"
    assert big[headers.index("NAMA AHLI WARIS 3")] == "Dodi Yani"
    assert big[headers.index("NO HP AHLI WARIS 3")] == "081233334444"
    small = rows["Satu Waris"]
    assert small[headers.index("NAMA AHLI WARIS 1")].value == "Ahmad Yani"
    assert small[headers.index("NAMA AHLI WARIS 2")].value is None
    for name in ("NIK", "NO KPJ", "NO KK", "NO HP", "NIK AHLI WARIS 2", "NO HP AHLI WARIS 2", "KODE DESA/KELURAHAN"):
        column = headers.index(name)
        letter = openpyxl.utils.get_column_letter(column + 1)
        assert ws.column_dimensions[letter].number_format == "@", name      # a KPJ typed later stays text
        assert all(r[column].number_format == "@" for r in ws.iter_rows(min_row=2)), name
    assert rows["Satu Waris"][headers.index("NO KPJ")].value is None


def test_the_sheets_print_landscape_fit_to_width_with_the_header_on_every_page(ctx, batch, tmp_path):
    batch_id, _ = batch
    out = tmp_path / "batch.xlsx"
    BatchExporter(ctx).export(batch_id, out)
    wb = openpyxl.load_workbook(out)
    for ws in wb.worksheets:
        setup = ws.page_setup
        assert (setup.orientation, setup.fitToWidth, setup.fitToHeight, setup.paperSize) == ("landscape", 1, 0, 9)
        assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.print_title_rows == "$1:$1"
