"""CLI: batch lifecycle, export, import and import-answer (old name import-result) from the command line."""

import json

import openpyxl
import pytest

from desktop_app.cli import main
from desktop_app.services.batches import BatchService
from desktop_app.services.registry import RegistryService
from desktop_app.storage.search import RegistrationQuery
from tests import factories
from tests.village_lists import NEW, listed, messy_list


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if "--json" in argv and out.strip() else out), err


def test_batch_lifecycle_export_and_answer(ctx, db_path, tmp_path, capsys):
    people = [RegistryService(ctx).register(factories.registration(full_name=n)) for n in ("Siti Aminah", "Budi")]
    code, data, _ = run(capsys, "batch", "create", "--db", db_path, "--unbatched", "--json")
    assert code == 0 and data["people"] == 2
    batch = data["batch_id"]
    code, data, _ = run(capsys, "batch", "show", batch, "--db", db_path, "--json")
    assert data["counts"]["people"] == 2 and data["totals"]["contribution"]["monthly"] == 2 * 16_800
    out = tmp_path / "kirim.xlsx"
    code, data, _ = run(capsys, "export", "--db", db_path, "--batch", batch, "--out", out, "--json")
    assert code == 0 and data["status"] == "locked" and out.exists() and data["rows"] == 2

    extra = RegistryService(ctx).register(factories.registration(full_name="Ani"))
    code, _, err = run(capsys, "batch", "add", batch, extra.nik, "--db", db_path)
    assert code == 2 and err.count("\n") == 1 and "tidak dapat diubah" in err
    assert len(ctx.store.batches.item_ids(batch)) == 2

    with pytest.raises(SystemExit):
        run(capsys, "batch", "submit", batch, "--db", db_path, "--sent-on", "18-11-2026")
    assert "YYYY-MM-DD" in capsys.readouterr().err
    code, data, _ = run(capsys, "batch", "submit", batch, "--db", db_path, "--sent-on", "2026-11-18",
                        "--letter", "560/9/2026", "--recipient", "Disnakertrans PPU", "--json")
    assert code == 0 and (data["sent_on"], data["cover_letter_no"], data["recipient"]) == (
        "2026-11-18", "560/9/2026", "Disnakertrans PPU")
    answer = tmp_path / "jawaban.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["NIK", "KPJ", "STATUS", "ALASAN"])
    wb.active.append([people[0].nik, "12345678901", "DITERIMA", ""])
    wb.active.append([people[1].nik, "", "DITOLAK", "Data KTP tidak padan"])
    wb.save(answer)
    code, data, _ = run(capsys, "import-answer", answer, "--db", db_path, "--batch", batch, "--json")
    assert (data["accepted"], data["rejected"], data["batch_status"]) == (1, 1, "answered")
    code, data, _ = run(capsys, "batch", "correction", batch, "--db", db_path, "--json")
    assert code == 0 and data["people"] == 1 and data["parent_batch_id"] == batch


def test_import_dry_run_then_real_with_report(ctx, db_path, tmp_path, capsys):
    path = tmp_path / "desa.xlsx"
    expected = messy_list(path)
    count = ctx.store.registrations.count(RegistrationQuery(status="all"))
    code, data, _ = run(capsys, "import", path, "--db", db_path, "--dry-run", "--json")
    assert code == 0 and data["dry_run"] and data["batch_id"] is None
    assert data["rows"] == data["imported"] + data["rejected"] + data["duplicates"] + data["skipped"]
    assert data["rows"] == len(listed(expected)) and data["blank"] == 1
    assert ctx.store.registrations.count(RegistrationQuery(status="all")) == count
    table = data["tables"][0]
    assert {c["column"]: c["confidence"] for c in table["columns"]}["B"] == 1.0
    assert [c["column"] for c in table["unused_columns"]] == ["A"] and table["unused_columns"][0]["why"]
    assert any(d["status"] == "new" and d["warnings"] for d in data["details"])      # warnings of imported rows

    report = tmp_path / "laporan.xlsx"
    code, data, _ = run(capsys, "import", path, "--db", db_path, "--report", report, "--json")
    assert data["imported"] == sum(1 for s in expected.values() if s == NEW)
    assert BatchService(ctx).get(data["batch_id"]).kind == "import"
    assert report.exists()
    assert data["rows"] == data["imported"] + data["rejected"] + data["duplicates"] + data["skipped"]

    code, data, _ = run(capsys, "import", path, "--db", db_path, "--json")
    assert data["imported"] == 0 and data["batch_id"] is None


def test_import_text_output_and_mapping_option(ctx, db_path, tmp_path, capsys):
    path = tmp_path / "aneh.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["NIK", "NAMA PANGGILAN RESMI", "TGL LAHIR", "DESA", "FOTO"])
    wb.active.append(["6409015708900001", "Siti Aminah", "17-08-1990", "Nenang", "ada"])
    wb.save(path)
    code, out, _ = run(capsys, "import", path, "--db", db_path, "--dry-run", "--map", "B=full_name")
    assert code == 0 and "akan diimpor (uji coba" in out
    assert "E FOTO" in out and "tidak dipakai: judul dan isinya tidak dikenali" in out
    assert "B NAMA PANGGILAN RESMI" in out and "→ Nama lengkap (100%, user)" in out
    code, _, err = run(capsys, "import", path, "--db", db_path, "--map", "B=ukuran_sepatu")
    assert code == 2 and "ukuran_sepatu" in err


def test_a_file_nothing_recognises_is_mapped_with_map_and_header_row(ctx, db_path, tmp_path, capsys):
    path = tmp_path / "polos.xlsx"
    wb = openpyxl.Workbook()
    for row in (["6409015708900001", "Siti Aminah", "Penajam", "17-08-1990", "P", "Halimah", "Jl. A", "Nenang",
                 "Nelayan"], ["6409010403850001", "Budi Santoso", "Penajam", "04-03-1985", "L", "Aminah", "Jl. B",
                              "Nenang", "Petani"]):
        wb.active.append(row)
    wb.save(path)
    argv = ["import", path, "--db", db_path, "--dry-run", "--json", "--header-row", "0"]
    code, data, _ = run(capsys, *argv)
    assert code == 0 and data["rows"] == 2 and data["imported"] == 0
    names = ["B=full_name", "C=birth_place", "F=mother_name", "G=address", "I=occupation"]
    code, data, _ = run(capsys, *argv, *[x for m in names for x in ("--map", m)])
    assert code == 0 and data["imported"] == 2


def test_several_sheets_and_the_sheet_option(ctx, db_path, tmp_path, capsys):
    path = tmp_path / "dua.xlsx"
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, nik in (("NENANG", "6409015708900001"), ("SEPAN", "6409010403850001")):
        ws = wb.create_sheet(name)
        ws.append(["NIK", "NAMA", "TEMPAT LAHIR", "TGL LAHIR", "NAMA IBU", "ALAMAT", "PEKERJAAN"])
        ws.append([nik, "Orang", "Penajam", "01-01-1980", "Halimah", "Jl. A", "Petani"])
    wb.create_sheet("REKAP").append(["REKAPITULASI"])
    wb.save(path)
    code, out, _ = run(capsys, "import", path, "--db", db_path, "--dry-run")
    assert "2 sheet dibaca" in out and 'Sheet "REKAP" tidak dibaca: rekap' in out and "NENANG!2" in out
    code, data, _ = run(capsys, "import", path, "--db", db_path, "--dry-run", "--json", "--sheet", "SEPAN")
    assert [t["sheet"] for t in data["tables"]] == ["SEPAN"]
    assert {u["sheet"] for u in data["unread_sheets"]} == {"NENANG", "REKAP"}


def test_bad_input_is_one_line_and_exit_2(ctx, db_path, tmp_path, capsys):
    for argv in (("import", tmp_path / "tidak-ada.xlsx", "--db", db_path),
                 ("export", "--db", db_path, "--batch", 99, "--out", tmp_path / "x.xlsx"),
                 ("export", "--db", db_path, "--batch", 1, "--out", tmp_path / "x.csv"),
                 ("batch", "show", 42, "--db", db_path),
                 ("import-result", tmp_path / "tidak-ada.xlsx", "--db", db_path, "--batch", 1)):
        code, _, err = run(capsys, *argv)
        assert code == 2 and err.startswith("lindungi: ") and err.count("\n") == 1, argv
    assert list(tmp_path.glob("*.xlsx")) == []


def test_search_writes_the_whole_filtered_list_to_excel(ctx, db_path, tmp_path, capsys):
    registry = RegistryService(ctx)
    for name in ("Siti Aminah", "Siti Rahma", "Budi"):
        registry.register(factories.registration(full_name=name))
    out = tmp_path / "siti.xlsx"
    code, data, _ = run(capsys, "search", "siti", "--db", db_path, "--xlsx", out, "--limit", "1", "--json")
    assert code == 0 and data["rows"] == 2 and data["full_nik"] is False
    ws = openpyxl.load_workbook(out)["Peserta"]
    assert sorted(r[3].value for r in ws.iter_rows(min_row=2)) == ["Siti Aminah", "Siti Rahma"]
    assert all("*" in r[2].value for r in ws.iter_rows(min_row=2))
    code, data, _ = run(capsys, "search", "--db", db_path, "--xlsx", tmp_path / "all.xlsx", "--show-nik", "--json")
    assert data["rows"] == 3 and data["full_nik"] is True
    assert ctx.store.audit.recent(action="export_list")[0]["new"]["full_nik"] is True
