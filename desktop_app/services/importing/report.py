"""The import report: the rows that were not imported, as the village sent them, with why and what to fix.

One sheet per table read: the village's own columns in their own order and
with their own values (text stays text, numbers stay numbers, dates are real
dates, a NIK or KK number is text with exactly the digits typed), followed by
the Excel row, the status, the reason and what to change. The desa corrects
those rows and sends the file back; it imports like any list (the added
columns are recognised as not for import). A last sheet lists the columns and
sheets that were not used, with why, and the notes of the preview.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from desktop_app.files import PendingFile
from desktop_app.formats.xlsx_writer import NUMBER, TEXT, Column, SheetData, write_workbook
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.services.importing.cells import text_of
from desktop_app.services.importing.fieldnames import unused_reason
from desktop_app.services.importing.preview import ImportPreview, RowResult, TablePreview, status_label

SHEET = "Tidak diimpor"
H_ROW = QT_TRANSLATE_NOOP("ImportReport", "BARIS ASLI")
H_STATUS = QT_TRANSLATE_NOOP("ImportReport", "STATUS")
H_REASON = QT_TRANSLATE_NOOP("ImportReport", "ALASAN")
H_FIX = QT_TRANSLATE_NOOP("ImportReport", "YANG PERLU DIPERBAIKI")
H_WARNINGS = QT_TRANSLATE_NOOP("ImportReport", "PERINGATAN")
INFO_SHEET = QT_TRANSLATE_NOOP("ImportReport", "Catatan impor")
H_WHAT = QT_TRANSLATE_NOOP("ImportReport", "HAL")
H_SHEET = QT_TRANSLATE_NOOP("ImportReport", "SHEET")
H_COLUMN = QT_TRANSLATE_NOOP("ImportReport", "KOLOM")
H_DETAIL = QT_TRANSLATE_NOOP("ImportReport", "KETERANGAN")
I_FILE = QT_TRANSLATE_NOOP("ImportReport", "Berkas")
I_UNUSED = QT_TRANSLATE_NOOP("ImportReport", "Kolom tidak dipakai")
I_UNREAD = QT_TRANSLATE_NOOP("ImportReport", "Sheet tidak dibaca")
I_NOTE = QT_TRANSLATE_NOOP("ImportReport", "Catatan")
_IDENTITY = ("nik", "kk_number", "heir_nik", "phone", "heir_phone")


def _original(value: object, identity: bool) -> object:
    """The cell as it was typed: text, number or date; an identity number as the text of its digits."""
    if identity and isinstance(value, (int, float)) and not isinstance(value, bool):
        return text_of(value)
    if isinstance(value, bool) or not isinstance(value, (str, int, float, date)):
        return text_of(value)
    if isinstance(value, datetime):
        return value.date() if value.time() == datetime.min.time() else value
    return value


def _label(table: TablePreview, index: int) -> str:
    if index < len(table.labels):
        group, sub = table.labels[index]
        if group and sub:
            return f"{group} / {sub}"
        if group or sub:
            return group or sub
    column = table.columns[index] if index < len(table.columns) else None
    return column.header if column and column.header else f"#{index + 1}"


def _sheet_name(table: TablePreview, several: bool, taken: set[str]) -> str:
    base = (table.sheet if several else SHEET)[:31].translate({ord(c): " " for c in "[]:*?/\\"}) or SHEET
    name, n = base, 2
    while name in taken:
        name, n = f"{base[:28]} {n}", n + 1
    taken.add(name)
    return name


def table_sheet(table: TablePreview, rows: list[RowResult], name: str) -> SheetData:
    width = max([len(r.cells) for r in rows] + [len(table.columns)])
    identity = {c.index for c in table.columns if c.field in _IDENTITY}
    columns = [Column(_label(table, i), TEXT, 18) for i in range(width)]
    columns += [Column(tr(H_ROW), NUMBER, 10), Column(tr(H_STATUS), TEXT, 16), Column(tr(H_REASON), TEXT, 60),
                Column(tr(H_FIX), TEXT, 40), Column(tr(H_WARNINGS), TEXT, 40)]
    out = []
    for r in rows:
        cells = [_original(v, i in identity) for i, v in enumerate(r.cells)] + [None] * (width - len(r.cells))
        out.append([*cells, r.row, status_label(r.status), " ".join(r.reasons), " ".join(r.fixes),
                    " ".join(r.warnings)])
    return SheetData(name, columns, out)


def info_sheet(preview: ImportPreview) -> SheetData:
    rows: list[list] = [[tr(I_FILE), "", "", preview.path.name]]
    for table in preview.tables:
        for column in table.unused:
            rows.append([tr(I_UNUSED), table.sheet, f"{column.letter} {column.header}".strip(), unused_reason(column)])
    rows += [[tr(I_UNREAD), sheet, "", why] for sheet, why in preview.unread]
    rows += [[tr(I_NOTE), "", "", note] for note in preview.all_notes()]
    columns = [Column(tr(H_WHAT), TEXT, 20), Column(tr(H_SHEET), TEXT, 18), Column(tr(H_COLUMN), TEXT, 24),
               Column(tr(H_DETAIL), TEXT, 90)]
    return SheetData(tr(INFO_SHEET), columns, rows)


def report_sheets(preview: ImportPreview) -> list[SheetData]:
    several = len(preview.tables) > 1
    taken: set[str] = set()
    sheets = []
    for table in preview.tables:
        rows = [r for r in preview.not_imported() if r.sheet == table.sheet]
        if rows or not several:
            sheets.append(table_sheet(table, rows, _sheet_name(table, several, taken)))
    return sheets + [info_sheet(preview)]


def write_report(preview: ImportPreview, out: Path) -> Path:
    """Write the report under a temporary name, then rename it into place."""
    with PendingFile(Path(out)) as pending:
        write_workbook(pending.temp_path, report_sheets(preview))
        return pending.commit()
