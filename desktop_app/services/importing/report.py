"""The import report: an .xlsx listing every row that was not imported, with its
Excel row number, its status, the reason, and its original cells, so a village
can fix exactly those rows and send them again."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from desktop_app.files import PendingFile
from desktop_app.formats.xlsx_writer import NUMBER, TEXT, Column, SheetData, write_workbook
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.services.importing.cells import text_of
from desktop_app.services.importing.preview import ImportPreview, status_label

SHEET = "Tidak diimpor"
H_ROW = QT_TRANSLATE_NOOP("ImportReport", "BARIS EXCEL")
H_STATUS = QT_TRANSLATE_NOOP("ImportReport", "STATUS")
H_REASON = QT_TRANSLATE_NOOP("ImportReport", "ALASAN")
H_WARNINGS = QT_TRANSLATE_NOOP("ImportReport", "PERINGATAN")


def _original(value: object) -> object:
    """Keep the cell as it was typed: text, number or date; anything else as text."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float, date)):
        return text_of(value)
    if isinstance(value, datetime):
        return value.date() if value.time() == datetime.min.time() else text_of(value)
    return value


def report_sheet(preview: ImportPreview) -> SheetData:
    width = max([len(r.cells) for r in preview.rows] + [len(preview.columns)])
    headers = {c.index: c.header or c.letter for c in preview.columns}
    columns = [Column(tr(H_ROW), NUMBER, 10), Column(tr(H_STATUS), TEXT, 16), Column(tr(H_REASON), TEXT, 60),
               Column(tr(H_WARNINGS), TEXT, 40)]
    columns += [Column(headers.get(i) or f"#{i + 1}", TEXT, 18) for i in range(width)]
    rows = []
    for r in preview.not_imported():
        originals = [_original(v) for v in r.cells] + [None] * (width - len(r.cells))
        rows.append([r.row, status_label(r.status), " ".join(r.reasons), " ".join(r.warnings), *originals])
    return SheetData(SHEET, columns, rows)


def write_report(preview: ImportPreview, out: Path) -> Path:
    """Write the report under a temporary name, then rename it into place."""
    with PendingFile(Path(out)) as pending:
        write_workbook(pending.temp_path, [report_sheet(preview)])
        return pending.commit()
