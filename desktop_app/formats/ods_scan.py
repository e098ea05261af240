"""Measure an .ods workbook (LibreOffice, OpenOffice) before a reader allocates anything.

The reader expands ``number-rows-repeated`` and ``number-columns-repeated``
into cells, so a row of one value "repeated" a million times is a million rows.
This walks ``content.xml`` tag by tag, counting repeats, and notes per table
the box of cells holding a value, hidden (collapsed) rows and columns, merged
ranges (``number-rows-spanned``/``number-columns-spanned``: the reader gives no
merge information for .ods) and formula cells (ODS always stores their result).
"""

from __future__ import annotations

import re
import zipfile

from desktop_app.formats.xlsx_scan import SheetScan, read_part

_TOKEN = re.compile(rb"<table:(table-column|table-row|table-cell|covered-table-cell|table)(?=[\s/>])([^>]*?)(/?)>"
                    rb"|</table:(table-row|table)>")
_NAME = re.compile(rb'table:name="([^"]*)"')
_ROWS_REPEATED = re.compile(rb'table:number-rows-repeated="(\d+)"')
_COLS_REPEATED = re.compile(rb'table:number-columns-repeated="(\d+)"')
_ROWS_SPANNED = re.compile(rb'table:number-rows-spanned="(\d+)"')
_COLS_SPANNED = re.compile(rb'table:number-columns-spanned="(\d+)"')
_COLLAPSED = re.compile(rb'table:visibility="(?:collapse|filter)"')
_VALUE = re.compile(rb"office:value-type=")
_FORMULA = re.compile(rb"table:formula=")
MAX_HIDDEN = 100_000        # hidden rows/columns noted one by one up to this many


def _unescape(name: bytes) -> str:
    text = name.decode("utf-8", "replace")
    for entity, char in (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&apos;", "'"), ("&amp;", "&")):
        text = text.replace(entity, char)
    return text


class _Walk:
    """State while walking one table."""

    def __init__(self, name: str) -> None:
        self.scan = SheetScan(name, exact=True)
        self.row = 0               # next row index
        self.col = 0               # next column index in the current row
        self.column = 0            # next <table:table-column> index
        self.repeat = 1            # repeat count of the current row
        self.row_has_value = False

    def column_def(self, attrs: bytes) -> None:
        count = int(m.group(1)) if (m := _COLS_REPEATED.search(attrs)) else 1
        if _COLLAPSED.search(attrs):
            self.scan.hidden_cols.update(range(self.column, min(self.column + count, self.column + MAX_HIDDEN)))
        self.column += count

    def start_row(self, attrs: bytes) -> None:
        self.repeat = int(m.group(1)) if (m := _ROWS_REPEATED.search(attrs)) else 1
        self.col, self.row_has_value = 0, False
        if _COLLAPSED.search(attrs):
            self.scan.hidden_rows.update(range(self.row, min(self.row + self.repeat, self.row + MAX_HIDDEN)))

    def cell(self, attrs: bytes, closed: bool) -> None:
        count = int(m.group(1)) if (m := _COLS_REPEATED.search(attrs)) else 1
        if _VALUE.search(attrs) or not closed:
            self.row_has_value = True
            self.scan.width = max(self.scan.width, self.col + count)
            self.scan.row_counts[self.row] = self.scan.row_counts.get(self.row, 0) + count * self.repeat
            if _FORMULA.search(attrs):
                self.scan.formulas[(self.row, self.col)] = True
        rows = int(m.group(1)) if (m := _ROWS_SPANNED.search(attrs)) else 1
        cols = int(m.group(1)) if (m := _COLS_SPANNED.search(attrs)) else 1
        if rows > 1 or cols > 1:
            self.scan.merged.append(((self.row, self.col), (self.row + rows - 1, self.col + cols - 1)))
        self.col += count

    def end_row(self) -> None:
        if self.row_has_value:
            self.scan.height = self.row + self.repeat
        self.row += self.repeat
        self.repeat = 1


def scan_ods(archive: zipfile.ZipFile) -> dict[str, SheetScan]:
    """Table name → its measurements, from ``content.xml``."""
    data = read_part(archive, "content.xml")
    out: dict[str, SheetScan] = {}
    walk: _Walk | None = None
    for m in _TOKEN.finditer(data):
        tag, attrs, closed, end = m.group(1), m.group(2), bool(m.group(3)), m.group(4)
        if end == b"table" and walk is not None:
            out[walk.scan.part] = walk.scan
            walk = None
        elif end == b"table-row" and walk is not None:
            walk.end_row()
        elif tag == b"table":
            walk = _Walk(_unescape(n.group(1)) if (n := _NAME.search(attrs)) else str(len(out) + 1))
        elif walk is None:
            continue
        elif tag == b"table-column":
            walk.column_def(attrs)
        elif tag == b"table-row":
            walk.start_row(attrs)
            if closed:
                walk.end_row()
        else:
            walk.cell(attrs, closed)
    return out
