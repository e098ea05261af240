"""Map ``sqlite3`` failures onto the two kinds of error (expected vs bug)."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator

from desktop_app.errors import DatabaseUnavailable
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr

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

_EXPECTED = (
    ("database is locked", M_LOCKED),
    ("database table is locked", M_LOCKED),
    ("database or disk is full", M_FULL),
    ("attempt to write a readonly database", M_READONLY),
    ("unable to open database", M_CANNOT_OPEN),
    ("disk i/o error", M_IO),
)


def expected_error(exc: sqlite3.Error, path: str = "") -> DatabaseUnavailable | None:
    """The user-facing error for an environmental SQLite failure, or None for a bug."""
    text = str(exc).lower()
    for needle, message in _EXPECTED:
        if needle in text:
            return DatabaseUnavailable(tr(message, path=path), detail=str(exc))
    return None


@contextlib.contextmanager
def mapped_errors(path: str = "") -> Iterator[None]:
    """Re-raise locked/full/read-only/I-O failures as ``DatabaseUnavailable``."""
    try:
        yield
    except sqlite3.OperationalError as exc:
        mapped = expected_error(exc, path)
        if mapped is None:
            raise
        raise mapped from exc
