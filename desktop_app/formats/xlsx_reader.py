"""Read a workbook typed by hand (.xlsx, .xlsm, .xls, .ods) into plain rows, within a memory budget.

python-calamine (Rust) reads every cell with its type: text stays ``str``,
numbers come as ``float``/``int`` (so a NIK stored as a number is visible as
one), date-formatted cells as ``date``/``datetime``. Rows keep their sheet
position, so row ``i`` of ``RawSheet.rows`` is Excel row ``i + 1``.

The file is read from disk once (its SHA-256 comes from the same bytes), and
each sheet is measured before the reader sees it (``xlsx_scan``, ``ods_scan``):
a zip bomb is refused, and a sheet whose cells would not fit ``GRID_BUDGET`` is
read without the cells far outside its table (and says so) instead of taking
the process down. Hidden sheets, rows and columns and formula cells are noted.
A file that is not a workbook, or is password-protected, raises
``UnreadableWorkbook`` with one message a clerk can act on.
"""

from __future__ import annotations

import hashlib
import io
import struct
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import python_calamine

from desktop_app.errors import UserError
from desktop_app.formats import ods_scan, xls_scan, xlsx_scan
from desktop_app.formats.cells import column_letter
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr, trn
from desktop_app.oserrors import file_error

SUPPORTED = (".xlsx", ".xlsm", ".xls", ".ods")
MAX_FILE_BYTES = 100 * 1024 * 1024
GRID_BUDGET = 3_000_000          # cells one sheet may occupy (rows × columns of the box holding values)
_ROW_GAP, _COL_GAP = 1000, 50    # empty rows/columns that separate stray cells from the table
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_MARKERS = ("EncryptedPackage".encode("utf-16-le"), b"EncryptionInfo", "EncryptionInfo".encode("utf-16-le"))

M_MISSING = QT_TRANSLATE_NOOP("Import", "Berkas {name} tidak ditemukan.")
M_EXTENSION = QT_TRANSLATE_NOOP("Import", "Berkas {name} bukan buku kerja Excel atau LibreOffice (.xlsx, .xls, .ods).")
M_PASSWORD = QT_TRANSLATE_NOOP("Import", "Berkas {name} dilindungi kata sandi. Buka di Excel, hapus kata sandinya "
                               "(File › Info › Protect Workbook), simpan, lalu impor lagi.")
M_UNREADABLE = QT_TRANSLATE_NOOP("Import", "Berkas {name} tidak dapat dibaca sebagai buku kerja Excel (rusak atau "
                                 "bukan berkas Excel). Buka dan simpan ulang di Excel, lalu impor lagi.")
M_TEXT_FILE = QT_TRANSLATE_NOOP("Import", "Berkas {name} sebenarnya berkas teks (CSV), bukan buku kerja Excel, walau "
                                "namanya berakhiran {suffix}. Buka di Excel, simpan sebagai \"Buku Kerja Excel "
                                "(.xlsx)\", lalu impor lagi.")
M_NO_SHEET = QT_TRANSLATE_NOOP("Import", "Sheet \"{sheet}\" tidak ada di berkas {name}. Sheet yang ada: {sheets}.")
M_EMPTY = QT_TRANSLATE_NOOP("Import", "Berkas {name} tidak berisi data.")
M_FILE_TOO_BIG = QT_TRANSLATE_NOOP("Import", "Berkas {name} terlalu besar ({size} MB; paling besar {limit} MB). "
                                   "Pecah daftarnya menjadi beberapa berkas.")
M_BOMB = QT_TRANSLATE_NOOP("Import", "Berkas {name} membengkak menjadi lebih dari {limit} MB saat dibuka; berkas "
                           "ini rusak atau sengaja dibuat berbahaya. Tidak ada yang dibaca.")
M_CROPPED = QT_TRANSLATE_NOOP("Import", "Sheet \"{sheet}\": %n sel jauh di luar tabel tidak dibaca (mis. "
                              "{cells}). Periksa isi sel itu di berkas aslinya.")
M_BOOK_TOO_BIG = QT_TRANSLATE_NOOP("Import", "Sheet \"{sheet}\" di berkas {name} terisi sampai sel {cell}: terlalu "
                                   "besar untuk dibaca. Hapus isi di luar tabel (atau simpan sebagai .xlsx), simpan "
                                   "ulang, lalu impor lagi.")
M_NOT_DATA = QT_TRANSLATE_NOOP("Import", "bukan lembar data (grafik atau makro).")


class UnreadableWorkbook(UserError):
    """The file cannot be read as a workbook; nothing was imported."""


@dataclass
class RawSheet:
    """One sheet's cells from A1, blanks as ``""``; rows, columns and ranges are 0-based.

    ``merged`` holds ((first_row, first_col), (last_row, last_col)) ranges;
    ``formulas`` maps a formula cell to whether its result was saved with it;
    ``notes`` say what was not read and why."""

    name: str
    rows: list[list]
    merged: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)
    hidden: bool = False
    hidden_rows: set[int] = field(default_factory=set)
    hidden_cols: set[int] = field(default_factory=set)
    formulas: dict[tuple[int, int], bool] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)


@dataclass
class Workbook:
    """Every sheet read, those left unread with why, and the SHA-256 of the bytes read."""

    path: Path
    sha256: str
    sheets: list[RawSheet]
    unread: list[tuple[str, str]] = field(default_factory=list)      # (sheet, why)
    names: list[str] = field(default_factory=list)                   # every sheet, in workbook order


def _looks_like_text(head: bytes) -> bool:
    """A CSV file renamed .xlsx: no zip/OLE signature, no NUL bytes, decodes as text, and its
    first two lines share a separator."""
    if head.startswith((b"PK", _OLE_MAGIC)) or b"\0" in head or not head.strip():
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        try:
            head.decode("cp1252")
        except UnicodeDecodeError:
            return False
    lines = head.splitlines()
    return len(lines) >= 2 and any(sep in lines[0] and sep in lines[1] for sep in (b",", b";", b"\t"))


def _looks_encrypted(data: bytes, suffix: str) -> bool:
    if data[:8] != _OLE_MAGIC:
        return False
    return any(marker in data for marker in _ENCRYPTED_MARKERS) or suffix in (".xlsx", ".xlsm")


def _load(path: Path) -> bytes:
    name = path.name
    if not path.is_file():
        raise UnreadableWorkbook(tr(M_MISSING, name=name))
    if path.suffix.lower() not in SUPPORTED:
        raise UnreadableWorkbook(tr(M_EXTENSION, name=name))
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UnreadableWorkbook(tr(M_FILE_TOO_BIG, name=name, size=size // 2 ** 20,
                                        limit=MAX_FILE_BYTES // 2 ** 20))
        data = path.read_bytes()
    except OSError as exc:
        raise file_error(path, exc, writing=False) from exc
    if _looks_encrypted(data, path.suffix.lower()):
        raise UnreadableWorkbook(tr(M_PASSWORD, name=name))
    if path.suffix.lower() != ".ods" and _looks_like_text(data[:4096]):
        raise UnreadableWorkbook(tr(M_TEXT_FILE, name=name, suffix=path.suffix))
    return data


def _open(data: bytes, name: str) -> python_calamine.CalamineWorkbook:
    try:
        return python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    except Exception as exc:  # calamine raises several error types for damaged files
        raise _unreadable(exc, name) from exc


def _unreadable(exc: Exception, name: str) -> UnreadableWorkbook:
    if "password" in str(exc).lower() or "encrypt" in str(exc).lower():
        return UnreadableWorkbook(tr(M_PASSWORD, name=name))
    return UnreadableWorkbook(tr(M_UNREADABLE, name=name), detail=str(exc))


def _scans(data: bytes, suffix: str, name: str) -> dict[str, xlsx_scan.SheetScan]:
    """Measurements per sheet name."""
    try:
        if data[:8] == _OLE_MAGIC:
            return xls_scan.scan_xls(data)
        if data[:2] != b"PK":
            return {}
        archive = zipfile.ZipFile(io.BytesIO(data))
        xlsx_scan.check_sizes(archive)
        if suffix == ".ods" or "content.xml" in archive.namelist():
            return ods_scan.scan_ods(archive)
        parts = xlsx_scan.sheet_parts(archive)
        return {sheet: xlsx_scan.scan_sheet(archive, part, GRID_BUDGET) for sheet, part in parts.items()}
    except xlsx_scan.TooLarge as exc:
        raise UnreadableWorkbook(tr(M_BOMB, name=name, limit=xlsx_scan.MAX_TOTAL_BYTES // 2 ** 20),
                                 detail=str(exc)) from exc
    except (zipfile.BadZipFile, xlsx_scan.Malformed, KeyError, OSError, EOFError, struct.error) as exc:
        raise UnreadableWorkbook(tr(M_UNREADABLE, name=name), detail=str(exc)) from exc


def _last_cell(scan: xlsx_scan.SheetScan) -> str:
    return f"{column_letter(max(scan.width - 1, 0))}{scan.height}"


def _refuse_oversized(scans: dict[str, xlsx_scan.SheetScan], name: str) -> None:
    """The .ods and .xls readers load every sheet when the file is opened: refuse the file before that
    when one sheet would not fit (an .xlsx sheet is cropped instead, when it is read)."""
    for sheet, scan in scans.items():
        if scan.grid > GRID_BUDGET and not scan.croppable:
            raise UnreadableWorkbook(tr(M_BOOK_TOO_BIG, sheet=sheet, name=name, cell=_last_cell(scan)))


def _extent(counts: dict[int, int], gap: int) -> int:
    """End (exclusive) of the run of rows/columns, split where ``gap`` empty ones follow each other, that
    holds most cells; everything before it is kept too."""
    keys = sorted(counts)
    best_end, best_count, start_count, end = 0, -1, 0, None
    for k in keys + [None]:
        if end is not None and (k is None or k - end > gap):
            if start_count > best_count:
                best_end, best_count = end + 1, start_count
            start_count = 0
        if k is not None:
            start_count += counts[k]
            end = k
    return best_end


def _box(scan: xlsx_scan.SheetScan) -> tuple[int, int]:
    cols = _extent(scan.col_counts, _COL_GAP)
    rows = _extent(scan.row_counts, _ROW_GAP)
    return min(rows, max(1, GRID_BUDGET // max(cols, 1))), cols


def _cropped(data: bytes, scan: xlsx_scan.SheetScan, sheet: str, name: str) -> tuple[list[list], str]:
    rows, cols = _box(scan)
    cropped = xlsx_scan.crop(data, scan.part, (rows, cols))
    wb = _open(cropped.data, name)
    try:
        values = wb.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
    finally:
        wb.close()
    note = trn(M_CROPPED, cropped.dropped, sheet=sheet, cells=", ".join(cropped.examples)) \
        if cropped.dropped else ""
    return values, note


def _read_one(wb, data: bytes, meta, scan: xlsx_scan.SheetScan | None, name: str) -> RawSheet:
    sheet = RawSheet(meta.name, [], hidden=not str(meta.visible).endswith("Visible"))
    if scan is not None:
        sheet.hidden_rows, sheet.hidden_cols, sheet.formulas = scan.hidden_rows, scan.hidden_cols, scan.formulas
    try:
        if scan is not None and scan.grid > GRID_BUDGET:
            sheet.rows, note = _cropped(data, scan, meta.name, name)
            sheet.notes += [note] if note else []
        else:
            data_sheet = wb.get_sheet_by_name(meta.name)
            sheet.rows = data_sheet.to_python(skip_empty_area=False)
            sheet.merged = list(data_sheet.merged_cell_ranges or [])
    except UnreadableWorkbook:
        raise
    except Exception as exc:
        raise _unreadable(exc, name) from exc
    if scan is not None and not sheet.merged:
        sheet.merged = scan.merged
    return sheet


def read_workbook(path: Path, sheet: str | None = None) -> Workbook:
    """Every worksheet (hidden ones too, flagged), or only ``sheet``; nothing beyond the budget."""
    path = Path(path)
    data = _load(path)
    digest = hashlib.sha256(data).hexdigest()
    suffix = path.suffix.lower()
    scans = _scans(data, suffix, path.name)
    _refuse_oversized(scans, path.name)
    wb = _open(data, path.name)
    try:
        metas = list(wb.sheets_metadata)
        names = [m.name for m in metas]
        if sheet is not None and sheet not in names:
            raise UnreadableWorkbook(tr(M_NO_SHEET, sheet=sheet, name=path.name, sheets=", ".join(names)))
        book = Workbook(path, digest, [], names=names)
        for meta in metas:
            if sheet is not None and meta.name != sheet:
                continue
            if not str(meta.typ).endswith("WorkSheet"):
                book.unread.append((meta.name, tr(M_NOT_DATA)))
                continue
            book.sheets.append(_read_one(wb, data, meta, scans.get(meta.name), path.name))
    finally:
        wb.close()
    if not any(s.rows for s in book.sheets) and not book.unread:
        raise UnreadableWorkbook(tr(M_EMPTY, name=path.name))
    return book


def read_sheets(path: Path, sheet: str | None = None) -> list[RawSheet]:
    """The named sheet, or every visible worksheet, as ``RawSheet``s (for BPJS's answer files)."""
    book = read_workbook(path, sheet)
    if sheet is None and any(not s.hidden for s in book.sheets):
        return [s for s in book.sheets if not s.hidden]
    return book.sheets
