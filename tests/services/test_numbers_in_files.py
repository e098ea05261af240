"""Kabupaten-unique numbers in every file the office writes: the BPJS batch export, the list export, the
slips; and the verify dialog with a slip printed before the office had its number."""

from __future__ import annotations

import openpyxl

from desktop_app.domain.record_query import RegistrationQuery
from desktop_app.domain.regnumber import format_number, office_seq, parse_number
from desktop_app.services.batches import BatchService
from desktop_app.services.exporter import BatchExporter
from desktop_app.services.list_export import ListExporter
from desktop_app.services.office import OfficeService
from tests.services.printing_helpers import people


def _column(path, header):
    ws = openpyxl.load_workbook(path)["Peserta"]
    headers = [c.value for c in ws[1]]
    return [row[headers.index(header)].value for row in ws.iter_rows(min_row=2)]


def test_the_batch_export_and_the_list_export_carry_the_new_numbers_as_text(ctx, tmp_path):
    regs = people(ctx, 3)
    OfficeService(ctx).set_identity("PPU-PNJ", 12)
    expected = {format_number(office_seq(12, r.seq)) for r in regs}
    batch = BatchService(ctx).create(registration_ids=[r.id for r in regs])
    BatchExporter(ctx).export(batch, tmp_path / "batch.xlsx")
    numbers = _column(tmp_path / "batch.xlsx", "NO PENDAFTARAN")
    assert set(numbers) == expected and all(isinstance(n, str) and n.startswith("012-") for n in numbers)
    assert all(parse_number(n) for n in numbers)
    ListExporter(ctx).export(RegistrationQuery(), tmp_path / "daftar.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "daftar.xlsx")["Peserta"]
    assert {ws.cell(row, 2).value for row in range(2, 5)} == expected
