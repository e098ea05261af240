"""Map ``sqlite3`` failures onto the two kinds of error (expected vs bug).

Failures are sorted by SQLite's own result code (``sqlite_errorcode``, primary code in
its low byte), never by message text: busy/locked, full, read-only (or no permission),
cannot open, and I/O errors are the environment's doing and become a
``DatabaseUnavailable`` the user can act on. A file that is not a database or is
corrupt is sorted as damaged; ``storage.database`` answers that with the latest good
backup. Every other code (constraints, misuse, SQL errors) is a bug.
"""

from __future__ import annotations

import contextlib
import enum
from collections.abc import Iterator

from desktop_app.errors import DatabaseUnavailable
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.storage import driver

M_LOCKED = QT_TRANSLATE_NOOP("Storage", "Basis data sedang dipakai oleh proses lain (terkunci). Tutup aplikasi "
                                        "Lindungi "
                        "yang lain atau tunggu sebentar, lalu coba lagi. Tidak ada data yang hilang.")
M_FULL = QT_TRANSLATE_NOOP("Storage", "Disk penuh: data tidak dapat disimpan. Kosongkan ruang disk lalu coba lagi. "
                      "Perubahan terakhir belum tersimpan, data lama tetap aman.")
M_READONLY = QT_TRANSLATE_NOOP("Storage", "Berkas basis data tidak dapat ditulis (hanya-baca atau tidak ada izin): "
                                          "{path}")
M_CANNOT_OPEN = QT_TRANSLATE_NOOP("Storage", "Berkas basis data tidak dapat dibuka: {path}")
M_IO = QT_TRANSLATE_NOOP("Storage", "Gagal membaca/menulis disk saat mengakses basis data. Periksa flashdisk atau "
                                    "disk, "
                    "lalu coba lagi.")


class Trouble(enum.Enum):
    """What went wrong around the database file, as far as the user is concerned."""

    LOCKED = "locked"
    FULL = "full"
    READONLY = "readonly"
    CANNOT_OPEN = "cannot_open"
    IO = "io"
    DAMAGED = "damaged"


_BY_PRIMARY_CODE = {
    driver.SQLITE_BUSY: Trouble.LOCKED,
    driver.SQLITE_LOCKED: Trouble.LOCKED,
    driver.SQLITE_FULL: Trouble.FULL,
    driver.SQLITE_READONLY: Trouble.READONLY,
    driver.SQLITE_PERM: Trouble.READONLY,
    driver.SQLITE_CANTOPEN: Trouble.CANNOT_OPEN,
    driver.SQLITE_IOERR: Trouble.IO,
    driver.SQLITE_NOTADB: Trouble.DAMAGED,
    driver.SQLITE_CORRUPT: Trouble.DAMAGED,
}
_MESSAGES = {
    Trouble.LOCKED: M_LOCKED,
    Trouble.FULL: M_FULL,
    Trouble.READONLY: M_READONLY,
    Trouble.CANNOT_OPEN: M_CANNOT_OPEN,
    Trouble.IO: M_IO,
}


# SQLite's own fixed texts for these codes (sqlite3_errstr): sqlcipher3's ``backup()`` raises
# without ``sqlite_errorcode``, so a full disk during a backup is known by its text alone.
_BY_ERRSTR = {
    "database is locked": Trouble.LOCKED,
    "database table is locked": Trouble.LOCKED,
    "database or disk is full": Trouble.FULL,
    "attempt to write a readonly database": Trouble.READONLY,
    "access permission denied": Trouble.READONLY,
    "unable to open database file": Trouble.CANNOT_OPEN,
    "disk I/O error": Trouble.IO,
    "file is not a database": Trouble.DAMAGED,
    "database disk image is malformed": Trouble.DAMAGED,
}


def trouble_of(exc: driver.Error) -> Trouble | None:
    """The kind of environmental failure ``exc`` reports, or None (a bug, or not from SQLite itself)."""
    code = getattr(exc, "sqlite_errorcode", None)     # absent on errors the driver raises itself
    if code is None:
        return _BY_ERRSTR.get(str(exc))
    return _BY_PRIMARY_CODE.get(code & 0xFF)


def expected_error(exc: driver.Error, path: str = "") -> DatabaseUnavailable | None:
    """The user-facing error for an environmental SQLite failure; None for a bug or a damaged
    file (the caller names the latest good backup for that)."""
    message = _MESSAGES.get(trouble_of(exc))
    if message is None:
        return None
    return DatabaseUnavailable(tr(message, path=path),
                               detail=f"{exc} ({getattr(exc, 'sqlite_errorname', 'no code')})")


@contextlib.contextmanager
def mapped_errors(path: str = "") -> Iterator[None]:
    """Re-raise locked/full/read-only/cannot-open/I-O failures as ``DatabaseUnavailable``."""
    try:
        yield
    except driver.Error as exc:
        mapped = expected_error(exc, path)
        if mapped is None:
            raise
        raise mapped from exc
