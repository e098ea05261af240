"""Read a workbook typed by hand (.xlsx, .xlsm, .xls, .ods) into plain rows.

python-calamine (Rust) reads every cell with its type: text stays ``str``,
numbers come as ``float``/``int`` (so a NIK stored as a number is visible as
one), date-formatted cells as ``date``/``datetime``. Rows keep their sheet
position, so row ``i`` of ``RawSheet.rows`` is Excel row ``i + 1``. A file that
is not a workbook, or is password-protected, raises ``UnreadableWorkbook`` with
one message a clerk can act on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import python_calamine

from desktop_app.errors import UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.oserrors import file_error

SUPPORTED = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods")
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


class UnreadableWorkbook(UserError):
    """The file cannot be read as a workbook; nothing was imported."""


@dataclass
class RawSheet:
    """One sheet's cells from A1, blanks as ``""``; ``merged`` holds 0-based
    ((first_row, first_col), (last_row, last_col)) ranges."""

    name: str
    rows: list[list]
    merged: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)


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


def _looks_encrypted(path: Path) -> bool:
    with open(path, "rb") as f:
        head = f.read(8)
        if head != _OLE_MAGIC:
            return False
        body = f.read()
    return any(marker in body for marker in _ENCRYPTED_MARKERS) or path.suffix.lower() in (".xlsx", ".xlsm")


def _open(path: Path) -> python_calamine.CalamineWorkbook:
    name = path.name
    if not path.is_file():
        raise UnreadableWorkbook(tr(M_MISSING, name=name))
    if path.suffix.lower() not in SUPPORTED:
        raise UnreadableWorkbook(tr(M_EXTENSION, name=name))
    try:
        with open(path, "rb") as f:
            head = f.read(4096)
        encrypted = _looks_encrypted(path)
    except OSError as exc:
        raise file_error(path, exc, writing=False) from exc
    if encrypted:
        raise UnreadableWorkbook(tr(M_PASSWORD, name=name))
    if path.suffix.lower() != ".ods" and _looks_like_text(head):
        raise UnreadableWorkbook(tr(M_TEXT_FILE, name=name, suffix=path.suffix))
    try:
        return python_calamine.CalamineWorkbook.from_path(str(path))
    except OSError as exc:
        raise file_error(path, exc, writing=False) from exc
    except Exception as exc:  # calamine raises several error types for damaged files
        if "password" in str(exc).lower() or "encrypt" in str(exc).lower():
            raise UnreadableWorkbook(tr(M_PASSWORD, name=name)) from exc
        raise UnreadableWorkbook(tr(M_UNREADABLE, name=name), detail=str(exc)) from exc


def _visible_sheets(wb: python_calamine.CalamineWorkbook) -> list[str]:
    names = [m.name for m in wb.sheets_metadata
             if str(m.visible).endswith("Visible") and str(m.typ).endswith("WorkSheet")]
    return names or list(wb.sheet_names)


def read_sheets(path: Path, sheet: str | None = None) -> list[RawSheet]:
    """The named sheet, or every visible worksheet, as ``RawSheet``s."""
    path = Path(path)
    wb = _open(path)
    try:
        names = _visible_sheets(wb)
        if sheet is not None:
            if sheet not in wb.sheet_names:
                raise UnreadableWorkbook(tr(M_NO_SHEET, sheet=sheet, name=path.name, sheets=", ".join(names)))
            names = [sheet]
        out = []
        for name in names:
            try:
                data = wb.get_sheet_by_name(name)
                rows = data.to_python(skip_empty_area=False)
                merged = list(data.merged_cell_ranges or [])
            except Exception as exc:
                if "password" in str(exc).lower() or "encrypt" in str(exc).lower():
                    raise UnreadableWorkbook(tr(M_PASSWORD, name=path.name)) from exc
                raise UnreadableWorkbook(tr(M_UNREADABLE, name=path.name), detail=str(exc)) from exc
            out.append(RawSheet(name, rows, merged))
    finally:
        wb.close()
    if not any(s.rows for s in out):
        raise UnreadableWorkbook(tr(M_EMPTY, name=path.name))
    return out
