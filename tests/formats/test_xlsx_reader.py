"""Reading workbooks within a budget: hostile files get a message, never an abort; hidden and formula cells noted."""

from __future__ import annotations

import subprocess
import sys

import pytest
from openpyxl import Workbook
from openpyxl.styles import Font

from desktop_app.formats import xlsx_scan
from desktop_app.formats.xlsx_reader import GRID_BUDGET, UnreadableWorkbook, read_sheets, read_workbook
from tests.hostile_files import CHUNK, zip_bomb
from tests.village_corpus.builder import convert, soffice

needs_soffice = pytest.mark.skipif(soffice() is None, reason="LibreOffice (soffice) is not installed: cannot make "
                                                             ".xls/.ods files")


def _small(path, **cells):
    wb = Workbook()
    ws = wb.active
    ws.append(["NIK", "NAMA"])
    ws.append(["6409015708900001", "Siti"])
    for ref, value in cells.items():
        ws[ref] = value
    wb.save(path)
    return path


def _peak_mb_of(code: str) -> float:
    """Run ``code`` in a fresh interpreter (a crash cannot take the test run down) and return its peak RSS
    (VmHWM: unlike ru_maxrss it does not carry the forking test runner's own size)."""
    script = (f"{code}\nimport os\nprint(next((l.split()[1] for l in open('/proc/self/status') if "
              "l.startswith('VmHWM')), 0) if os.path.exists('/proc/self/status') else 0)")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return int(done.stdout.strip().splitlines()[-1]) / 1024


def test_one_cell_at_xfd1048576_is_left_out_with_a_note_not_an_abort(tmp_path):
    path = _small(tmp_path / "jauh.xlsx", XFD1048576="lupa")
    peak = _peak_mb_of(f"from desktop_app.formats.xlsx_reader import read_workbook\n"
                       f"b = read_workbook({str(path)!r})\nassert b.sheets[0].rows[1][1] == 'Siti'")
    assert peak < 200
    sheet = read_workbook(path).sheets[0]
    assert len(sheet.rows) == 2 and sheet.width == 2
    assert "XFD1048576" in sheet.notes[0] and "1 sel" in sheet.notes[0]


def test_a_sparse_sheet_down_to_the_last_row_stays_within_budget(tmp_path):
    wb = Workbook()
    ws = wb.active
    for r in range(1, 60):
        ws.append([f"v{r}-{c}" for c in range(15)])
    for c in range(1, 16):
        ws.cell(1048576, c, "x")
    path = tmp_path / "jarang.xlsx"
    wb.save(path)
    peak = _peak_mb_of(f"from desktop_app.formats.xlsx_reader import read_workbook\nread_workbook({str(path)!r})")
    assert peak < 300
    sheet = read_workbook(path).sheets[0]
    assert len(sheet.rows) == 59 and "15 sel" in sheet.notes[0]


def test_style_only_cells_do_not_count(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["NIK", "NAMA"])
    ws["XFD1048576"].font = Font(bold=True)
    path = tmp_path / "gaya.xlsx"
    wb.save(path)
    sheet = read_workbook(path).sheets[0]
    assert sheet.notes == [] and len(sheet.rows) == 1


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path):
    base = _small(tmp_path / "dasar.xlsx")
    bomb = zip_bomb(base, tmp_path / "bom.xlsx", xlsx_scan.MAX_PART_BYTES // CHUNK + 1)
    assert bomb.stat().st_size < 2_000_000
    with pytest.raises(UnreadableWorkbook, match="membengkak"):
        read_workbook(bomb)


def test_hidden_rows_columns_sheets_merges_and_formulas_are_noted(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["NIK", "NAMA", "GABUNG"])
    ws.append(["6409015708900001", "Siti", "=A2&B2"])
    ws.row_dimensions[2].hidden = True
    ws.column_dimensions["B"].hidden = True
    ws.merge_cells("A4:A6")
    ws["A4"] = "Nenang"
    hidden = wb.create_sheet("Rahasia")
    hidden.append(["x"])
    hidden.sheet_state = "hidden"
    path = tmp_path / "tanda.xlsx"
    wb.save(path)
    book = read_workbook(path)
    sheet = book.sheets[0]
    assert sheet.hidden_rows == {1} and sheet.hidden_cols == {1}
    assert sheet.formulas == {(1, 2): False}                 # openpyxl saves no result with the formula
    assert sheet.merged == [((3, 0), (5, 0))]
    assert [s.hidden for s in book.sheets] == [False, True]
    assert [s.name for s in read_sheets(path)] == ["Sheet"]   # BPJS answers: visible sheets only
    assert len(book.sha256) == 64


@needs_soffice
@pytest.mark.parametrize("fmt", ["xls", "ods"])
def test_libreoffice_files_carry_hidden_rows_merges_and_formulas(tmp_path, fmt):
    source = tmp_path / "lo.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.append(["NIK", "NAMA", "GABUNG"])
    ws.append(["6409015708900001", "Siti", "=A2&B2"])
    ws.row_dimensions[2].hidden = True
    ws.merge_cells("A4:A6")
    ws["A4"] = "Nenang"
    wb.save(source)
    sheet = read_workbook(convert(source, fmt, tmp_path)).sheets[0]
    assert sheet.hidden_rows == {1} and sheet.merged == [((3, 0), (5, 0))]
    assert sheet.formulas == {(1, 2): True} and sheet.rows[1][2] == "6409015708900001Siti"


@needs_soffice
@pytest.mark.parametrize("fmt", ["xls", "ods"])
def test_an_oversized_xls_or_ods_is_refused_with_the_cell_named(tmp_path, fmt):
    source = tmp_path / "besar.xlsx"
    _small(source, IV65536="x")
    path = convert(source, fmt, tmp_path)
    peak = _peak_mb_of("from desktop_app.formats.xlsx_reader import read_workbook, UnreadableWorkbook\n"
                       f"try:\n    read_workbook({str(path)!r})\nexcept UnreadableWorkbook as e:\n    print(e)")
    assert peak < 150
    with pytest.raises(UnreadableWorkbook, match="IV65536"):
        read_workbook(path)
    assert 65536 * 256 > GRID_BUDGET


def test_not_a_workbook_and_missing_files(tmp_path):
    path = tmp_path / "x.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(UnreadableWorkbook, match="tidak dapat dibaca"):
        read_workbook(path)
    with pytest.raises(UnreadableWorkbook, match="tidak ditemukan"):
        read_workbook(tmp_path / "hilang.xlsx")
