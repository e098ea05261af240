"""Write .xlsx workbooks safely: text cells for numbers-as-text, real dates, rupiah,
no formulas from data, and an independent read-back for self-verification.

Writing uses openpyxl's write-only mode (streams rows, constant memory). Every
text value is a string cell with the ``@`` (text) format, so NIK/KK/KPJ/phone
keep every digit; text starting with ``= + - @``, tab or CR also gets Excel's
"quote prefix" so it is shown as text and never becomes a formula, even after
the cell is edited. A text column is text-formatted as a whole (its empty cells
and the column itself), so a KPJ typed into it later in Excel stays text. Sheets
with a header print landscape, fit to the page width, the header repeated on
every page. Control characters that XML cannot hold are removed.
Read-back uses python-calamine, a second implementation of the format.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import python_calamine
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

TEXT, DATE, MONEY, NUMBER = "text", "date", "money", "number"
NUMBER_FORMATS = {TEXT: "@", DATE: "dd/mm/yyyy", MONEY: '"Rp"#,##0', NUMBER: "0"}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
EXCEL_MAX_TEXT = 32767

Progress = Callable[[int, int], None]


def clean_cell_text(text: str) -> str:
    """Remove characters an .xlsx cannot hold (C0 controls except tab/LF/CR)."""
    return _CONTROL.sub("", text)[:EXCEL_MAX_TEXT]


def looks_like_formula(text: str) -> bool:
    return text.startswith(_FORMULA_START)


@dataclass(frozen=True)
class Column:
    header: str
    format: str = TEXT
    width: float = 14


@dataclass
class SheetData:
    """One sheet: a header row (bold, frozen, with autofilter) and data rows."""

    name: str
    columns: list[Column]
    rows: list[list] = field(default_factory=list)
    header: bool = True


class _Cells:
    """Builds styled write-only cells per column format (one style object per format)."""

    def __init__(self, ws) -> None:
        self.ws = ws
        self.bold = Font(bold=True)
        self.fill = PatternFill("solid", fgColor="DDEBF7")
        self.wrap = Alignment(vertical="center", wrap_text=True)
        self.empty_text = WriteOnlyCell(ws, None)   # an empty cell of a text column keeps the text format
        self.empty_text.number_format = "@"

    def header(self, text: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.ws, clean_cell_text(text))
        cell.data_type = "s"
        cell.font, cell.fill, cell.alignment = self.bold, self.fill, self.wrap
        return cell

    def value(self, value: object, fmt: str) -> WriteOnlyCell | None:
        if value is None or value == "":
            return self.empty_text if fmt == TEXT else None
        if isinstance(value, str):
            cell = WriteOnlyCell(self.ws, clean_cell_text(value))
            cell.data_type = "s"  # never a formula, whatever the text starts with
            cell.number_format = "@"
            if looks_like_formula(cell.value):
                cell.quotePrefix = True
            return cell
        if isinstance(value, (int, float, date)) and not isinstance(value, bool):
            cell = WriteOnlyCell(self.ws, value)
            cell.number_format = NUMBER_FORMATS[fmt if fmt != TEXT else NUMBER]
            if isinstance(value, date) and fmt in (TEXT, NUMBER):
                cell.number_format = NUMBER_FORMATS[DATE]        # a date stays a date in any column
            elif isinstance(value, float) and not value.is_integer() and fmt in (TEXT, NUMBER):
                cell.number_format = "General"                  # 0.5 must not be shown as 1
            return cell
        raise TypeError(f"cannot write {type(value).__name__} to a cell")


def _page_setup(ws) -> None:
    """Landscape, as wide as the page, the header row on every printed page."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"              # A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"


def _write_sheet(wb: Workbook, sheet: SheetData, progress: Progress | None) -> None:
    ws = wb.create_sheet(sheet.name)
    for i, col in enumerate(sheet.columns, 1):
        ws.column_dimensions[get_column_letter(i)].width = col.width
        if col.format == TEXT:
            ws.column_dimensions[get_column_letter(i)].number_format = "@"
    cells = _Cells(ws)
    if sheet.header:
        _page_setup(ws)
        ws.freeze_panes = "A2"
        last = get_column_letter(max(1, len(sheet.columns)))
        ws.auto_filter.ref = f"A1:{last}{len(sheet.rows) + 1}"
        ws.append([cells.header(c.header) for c in sheet.columns])
    formats = [c.format for c in sheet.columns]
    total = len(sheet.rows)
    for n, row in enumerate(sheet.rows, 1):
        ws.append([cells.value(v, formats[i] if i < len(formats) else TEXT) for i, v in enumerate(row)])
        if progress and n % 500 == 0:
            progress(n, total)


def write_workbook(path: Path, sheets: Iterable[SheetData], *, progress: Progress | None = None,
                   properties: dict | None = None) -> None:
    """Write ``sheets`` to ``path`` (the caller picks a temporary name and renames)."""
    wb = Workbook(write_only=True)
    for key, value in (properties or {}).items():
        setattr(wb.properties, key, value)
    for sheet in sheets:
        _write_sheet(wb, sheet, progress)
    wb.save(path)


# --- reading back --------------------------------------------------------
def read_back(path: Path) -> dict[str, list[list]]:
    """Every sheet's cell values as python-calamine sees them (from A1, blanks as "")."""
    wb = python_calamine.CalamineWorkbook.from_path(str(path))
    try:
        return {name: wb.get_sheet_by_name(name).to_python(skip_empty_area=False) for name in wb.sheet_names}
    finally:
        wb.close()


def expected_cell(value: object) -> object:
    """What a correct reader must return for ``value`` after ``write_workbook``."""
    if value is None:
        return ""
    if isinstance(value, str):
        return clean_cell_text(value)
    if isinstance(value, datetime):
        return value
    return value


def same_cell(expected: object, found: object) -> bool:
    expected = expected_cell(expected)
    if isinstance(expected, (int, float)) and isinstance(found, (int, float)) and not isinstance(found, bool):
        return float(expected) == float(found) and type(expected) is not str
    if isinstance(expected, date) and isinstance(found, datetime):
        return found == datetime(expected.year, expected.month, expected.day)
    return type(expected) is type(found) and expected == found


@dataclass(frozen=True)
class Mismatch:
    sheet: str
    cell: str
    expected: object
    found: object


def compare_sheets(written: dict[str, list[list]], sheets: list[SheetData], *,
                   progress: Progress | None = None, limit: int = 50) -> list[Mismatch]:
    """Cells of the file that differ from what was meant to be written (A1 references)."""
    out: list[Mismatch] = []
    for sheet in sheets:
        found = written.get(sheet.name)
        expected_rows = ([[c.header for c in sheet.columns]] if sheet.header else []) + sheet.rows
        if found is None:
            out.append(Mismatch(sheet.name, "-", "sheet", None))
            continue
        width = max([len(r) for r in expected_rows] + [len(r) for r in found] + [0])
        for r in range(max(len(expected_rows), len(found))):
            want = expected_rows[r] if r < len(expected_rows) else []
            got = found[r] if r < len(found) else []
            for c in range(width):
                w = want[c] if c < len(want) else None
                g = got[c] if c < len(got) else ""
                if not same_cell(w, g):
                    out.append(Mismatch(sheet.name, f"{get_column_letter(c + 1)}{r + 1}", w, g))
                    if len(out) >= limit:
                        return out
            if progress and r % 2000 == 0:
                progress(r, len(expected_rows))
    return out
