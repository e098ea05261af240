"""Measure an .xlsx/.xlsm workbook before a reader allocates anything.

python-calamine allocates the whole grid between the first and the last cell
holding a value (32 bytes a cell): one value at XFD1048576 asks for 512 GiB and
aborts the process. So the parts are measured first, from the zip directory and
the sheet XML itself: declared and real unpacked sizes (a zip bomb stops here),
the rows and columns that hold values, hidden rows and columns, merged ranges and
formula cells (calamine gives a formula's cached value only, so a formula saved
without one would look like an empty cell). ``crop`` writes a copy of the
workbook whose sheet keeps only the cells inside a box, for the reader to read
when the full box does not fit the budget.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from xml.etree import ElementTree

MAX_PART_BYTES = 160 * 1024 * 1024       # one unpacked XML part
MAX_TOTAL_BYTES = 320 * 1024 * 1024      # every XML part, together
MAX_CELLS = 5_000_000                    # cells listed one by one when a sheet must be cropped
_META_LIMIT = 8 * 1024 * 1024            # workbook.xml and its relationships
_CHUNK = 16 * 1024 * 1024

_ROW_NUMBER = re.compile(rb'<row r="(\d+)"')
_TOKEN = re.compile(rb"<row\b([^>]*)>|<c\b([^>]*?)(/?)>")
_REF = re.compile(rb'\br="([A-Z]{1,3})(\d{1,7})"')
_ROW = re.compile(rb"<row\b([^>]*)>")
_ROW_R = re.compile(rb'\br="(\d+)"')
_HIDDEN = re.compile(rb'\bhidden="(?:1|true)"')
_COL = re.compile(rb"<col\b([^>]*)/?>")
_COL_RANGE = re.compile(rb'\bmin="(\d+)"[^>]*?\bmax="(\d+)"|\bmax="(\d+)"[^>]*?\bmin="(\d+)"')
_MERGE = re.compile(rb'<mergeCell\b[^>]*?\bref="([A-Z]{1,3})(\d{1,7}):([A-Z]{1,3})(\d{1,7})"')
_FORMULA = re.compile(rb"<f[\s>/]")
_CELL_START = re.compile(rb'<c\b[^>]*?\br="([A-Z]{1,3})(\d{1,7})"')
_VALUE = re.compile(rb"<v>[^<]|<is>")
_NS_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


class TooLarge(Exception):
    """A part unpacks beyond the budget (``what`` names it, ``size`` in bytes)."""

    def __init__(self, what: str, size: int) -> None:
        super().__init__(f"{what}: {size} bytes")
        self.what, self.size = what, size


class Malformed(Exception):
    """The package is not a readable workbook."""


def column_number(letters: bytes | str) -> int:
    """``A`` → 1, ``XFD`` → 16384."""
    n = 0
    for ch in letters.decode() if isinstance(letters, bytes) else letters:
        n = n * 26 + ord(ch) - 64
    return n


@dataclass
class SheetScan:
    """What one sheet's XML holds; rows and columns are 0-based like the reader's.

    ``height``/``width`` bound the box of cells holding something (exact when
    ``exact``; otherwise an upper bound that is enough to say the box fits)."""

    part: str
    height: int = 0
    width: int = 0
    exact: bool = False
    hidden_rows: set[int] = field(default_factory=set)
    hidden_cols: set[int] = field(default_factory=set)
    merged: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)
    formulas: dict[tuple[int, int], bool] = field(default_factory=dict)   # (row, col) → has a cached value
    row_counts: dict[int, int] = field(default_factory=dict)             # cells holding something (exact)
    col_counts: dict[int, int] = field(default_factory=dict)
    unaddressed: bool = False                                            # a cell's position is implied

    @property
    def croppable(self) -> bool:
        """A copy without the cells outside a box can be written (.xlsx, every cell addressed)."""
        return self.exact and not self.unaddressed and self.part.endswith(".xml")

    @property
    def grid(self) -> int:
        return self.height * self.width


def check_sizes(archive: zipfile.ZipFile) -> None:
    """Refuse before unpacking anything when the declared sizes are beyond the budget."""
    total = 0
    for info in archive.infolist():
        if info.file_size > MAX_PART_BYTES:
            raise TooLarge(info.filename, info.file_size)
        total += info.file_size
    if total > MAX_TOTAL_BYTES:
        raise TooLarge("*", total)


def read_part(archive: zipfile.ZipFile, name: str, limit: int = MAX_PART_BYTES) -> bytearray:
    """A part unpacked into one buffer of its declared size, refused beyond ``limit`` bytes (zipfile stops
    at the declared size and checks the CRC, so a part cannot unpack to more than it declares)."""
    size = archive.getinfo(name).file_size
    if size > limit:
        raise TooLarge(name, size)
    out = bytearray(size)
    view, done = memoryview(out), 0
    with archive.open(name) as stream:
        while done < size:
            n = stream.readinto(view[done:done + _CHUNK])
            if not n:
                break
            done += n
    return out


def sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name → its XML part, from workbook.xml and its relationships."""
    try:
        book = ElementTree.fromstring(read_part(archive, "xl/workbook.xml", _META_LIMIT))
        rels = ElementTree.fromstring(read_part(archive, "xl/_rels/workbook.xml.rels", _META_LIMIT))
    except (KeyError, ElementTree.ParseError) as exc:
        raise Malformed(str(exc)) from exc
    targets = {r.get("Id"): r.get("Target", "") for r in rels}
    out = {}
    for sheet in book.iter():
        if sheet.tag.endswith("}sheet") and sheet.get(_NS_REL) in targets:
            target = targets[sheet.get(_NS_REL)]
            path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(f"xl/{target}")
            out[sheet.get("name", "")] = path
    return out


def scan_sheet(archive: zipfile.ZipFile, part: str, budget: int) -> SheetScan:
    """Measure a sheet; cells are listed one by one only when the quick bound exceeds ``budget``."""
    data = read_part(archive, part)
    scan = SheetScan(part)
    if not _quick_bound(data, scan, budget):
        _exact(data, scan)
    _attributes(data, scan)
    return scan


def _quick_bound(data: bytes, scan: SheetScan, budget: int) -> bool:
    """Bound the box from the row numbers and the widest column letters (a few fast scans); False when
    the file is unusual (cells without ``r`` first) or the bound does not fit."""
    if data.count(b"<c ") != data.count(b'<c r="') or b"<c>" in data:
        return False
    rows = _ROW_NUMBER.findall(data)
    if data.count(b"<row ") != len(rows) or b"<row>" in data:
        return False
    height = max(map(int, rows), default=0)
    digits = len(str(height))
    if re.search(rb'<c r="[A-Z]{3}', data) or re.search(rb'<c r="[A-Z]{1,2}\d{%d}' % (digits + 1), data):
        return False
    width = 26
    if re.search(rb'<c r="[A-Z]{2}\d', data):
        width = 702
        if height * width > budget:
            letters = set(re.findall(rb'<c r="([A-Z]{2})\d', data))
            width = max(column_number(x) for x in letters)
    scan.height, scan.width = height, width
    return height * width <= budget


def _exact(data: bytes, scan: SheetScan) -> None:
    """Count the cells holding something per row and column, with positions as a reader assigns them
    (``r`` or the next one). Refused beyond ``MAX_CELLS`` cells."""
    if data.count(b"<c") > MAX_CELLS:
        raise TooLarge("cells", data.count(b"<c"))
    rows: dict[int, int] = {}
    cols: dict[int, int] = {}
    row, col = -1, -1
    for m in _TOKEN.finditer(data):
        if m.group(1) is not None:                                  # <row …>
            r = _ROW_R.search(m.group(1))
            row, col = (int(r.group(1)) - 1 if r else row + 1), -1
            continue
        ref = _REF.search(m.group(2))
        col = column_number(ref.group(1)) - 1 if ref else col + 1
        if ref:
            row = int(ref.group(2)) - 1
        else:
            scan.unaddressed = True
        if not m.group(3):                                          # not self-closing: may hold a value
            rows[row] = rows.get(row, 0) + 1
            cols[col] = cols.get(col, 0) + 1
    scan.row_counts, scan.col_counts = rows, cols
    scan.height = max(rows, default=-1) + 1
    scan.width = max(cols, default=-1) + 1
    scan.exact = True


def _attributes(data: bytes, scan: SheetScan) -> None:
    if b'hidden="' in data:
        for m in _ROW.finditer(data):
            if _HIDDEN.search(m.group(1)):
                r = _ROW_R.search(m.group(1))
                if r:
                    scan.hidden_rows.add(int(r.group(1)) - 1)
        for m in _COL.finditer(data, 0, max(data.find(b"<sheetData"), 0)):
            span = _COL_RANGE.search(m.group(1))
            if _HIDDEN.search(m.group(1)) and span:
                low, high = (span.group(1), span.group(2)) if span.group(1) else (span.group(4), span.group(3))
                scan.hidden_cols.update(range(int(low) - 1, min(int(high), 16384)))
    tail = data.rfind(b"<mergeCells")
    if tail >= 0:
        for m in _MERGE.finditer(data, tail):
            scan.merged.append(((int(m.group(2)) - 1, column_number(m.group(1)) - 1),
                                (int(m.group(4)) - 1, column_number(m.group(3)) - 1)))
    if b"<f" in data:
        _formulas(data, scan)


def _formulas(data: bytes, scan: SheetScan) -> None:
    for m in _FORMULA.finditer(data):
        start = data.rfind(b"<c ", 0, m.start())
        cell = _CELL_START.match(data, start) if start >= 0 else None
        if cell is None:
            continue
        end = data.find(b"</c>", m.start())
        body = data[m.start():end if end >= 0 else len(data)]
        scan.formulas[(int(cell.group(2)) - 1, column_number(cell.group(1)) - 1)] = bool(_VALUE.search(body))


_WHOLE_CELL = re.compile(rb'<c\b[^>]*?\br="([A-Z]{1,3})(\d{1,7})"[^>]*?(?:/>|>.*?</c>)', re.S)


@dataclass
class Cropped:
    data: bytes                          # the whole workbook again, the sheet cropped
    dropped: int = 0                     # cells holding something that were left out
    examples: list[str] = field(default_factory=list)     # a few of their references, e.g. "XFD1048576"


def crop(data: bytes, part: str, box: tuple[int, int]) -> Cropped:
    """A copy of the workbook whose ``part`` keeps only cells within ``box`` = (rows, columns)."""
    rows, cols = box
    result = Cropped(b"")

    def keep(m: re.Match) -> bytes:
        whole = m.group(0)
        if int(m.group(2)) <= rows and column_number(m.group(1)) <= cols:
            return whole
        if not whole.endswith(b"/>"):
            result.dropped += 1
            if len(result.examples) < 5:
                result.examples.append((m.group(1) + m.group(2)).decode())
        return b""

    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target:
        for info in source.infolist():
            body = read_part(source, info.filename)
            if info.filename == part:
                body = re.sub(rb"<dimension\b[^>]*/>", b"", _WHOLE_CELL.sub(keep, body))
            target.writestr(info.filename, body)
    result.data = out.getvalue()
    return result
