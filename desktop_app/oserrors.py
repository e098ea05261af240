"""One place that turns operating-system errors about files and folders into a sentence a
clerk can act on.

Every path that writes or reads a file the person chose (exports, prints, backups, the
import report, the file to import) ends up here, through ``files.cannot_write`` or
``file_error``. The kinds a laptop in the field meets: no permission, a read-only medium
(a write-protected flash drive), a full disk, a name or folder too long, a file held open
by another program (Windows locks a workbook open in Excel or a PDF in a viewer), and a
file or folder that vanished (moved, or the flash drive pulled out). Each has its own
Indonesian sentence saying what to do; anything else keeps the system's reason.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from desktop_app.errors import UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr

PERMISSION, READ_ONLY, DISK_FULL, TOO_LONG, LOCKED, VANISHED, OTHER = (
    "permission", "read_only", "disk_full", "too_long", "locked", "vanished", "other")

# Windows error codes (``OSError.winerror``) that say more than the errno Python maps them to.
_WINDOWS = {5: PERMISSION, 19: READ_ONLY, 32: LOCKED, 33: LOCKED, 39: DISK_FULL, 112: DISK_FULL,
            206: TOO_LONG, 2: VANISHED, 3: VANISHED, 21: VANISHED, 1006: VANISHED}
_ERRNO = {errno.EACCES: PERMISSION, errno.EPERM: PERMISSION, errno.EROFS: READ_ONLY,
          errno.ENOSPC: DISK_FULL, errno.EDQUOT: DISK_FULL, errno.EFBIG: DISK_FULL,
          errno.ENAMETOOLONG: TOO_LONG, errno.EBUSY: LOCKED, errno.ETXTBSY: LOCKED,
          errno.ENOENT: VANISHED, errno.ENODEV: VANISHED, errno.ENXIO: VANISHED}

_WRITE = {
    PERMISSION: QT_TRANSLATE_NOOP("OsErrors", "Lindungi tidak diizinkan menulis di folder {folder}. Pilih folder "
                                              "lain (misalnya Dokumen), atau minta izin kepada pengelola komputer."),
    READ_ONLY: QT_TRANSLATE_NOOP("OsErrors", "Folder {folder} hanya dapat dibaca (misalnya flashdisk yang dikunci "
                                             "atau CD). Buka kunci flashdisk (geser tombol kecil di sisinya), atau "
                                             "pilih folder lain."),
    DISK_FULL: QT_TRANSLATE_NOOP("OsErrors", "Tempat penyimpanan di {folder} penuh. Hapus berkas yang tidak perlu "
                                             "atau pilih flashdisk/folder lain, lalu coba lagi."),
    TOO_LONG: QT_TRANSLATE_NOOP("OsErrors", "Nama atau letak berkas terlalu panjang: {path}. Pilih folder yang "
                                            "lebih dekat (misalnya langsung di Dokumen) atau nama yang lebih "
                                            "pendek."),
    LOCKED: QT_TRANSLATE_NOOP("OsErrors", "Berkas {name} sedang dibuka di program lain (misalnya Excel atau "
                                          "pembaca PDF). Tutup berkas itu di program tersebut, lalu coba lagi; "
                                          "atau simpan dengan nama lain."),
    VANISHED: QT_TRANSLATE_NOOP("OsErrors", "Folder {folder} tidak ada lagi (dipindah, dihapus, atau flashdisk "
                                            "dicabut). Pasang lagi flashdisknya atau pilih folder lain."),
    OTHER: QT_TRANSLATE_NOOP("OsErrors", "Berkas {path} tidak dapat ditulis ({reason}). Pilih folder lain, lalu "
                                         "coba lagi."),
}
_READ = {
    PERMISSION: QT_TRANSLATE_NOOP("OsErrors", "Lindungi tidak diizinkan membuka berkas {name}. Salin berkas itu ke "
                                              "folder Dokumen, lalu pilih salinannya."),
    READ_ONLY: QT_TRANSLATE_NOOP("OsErrors", "Berkas {name} tidak dapat dibuka dari {folder}. Salin berkas itu ke "
                                             "folder Dokumen, lalu pilih salinannya."),
    DISK_FULL: QT_TRANSLATE_NOOP("OsErrors", "Tempat penyimpanan penuh sehingga berkas {name} tidak dapat dibuka. "
                                             "Hapus berkas yang tidak perlu, lalu coba lagi."),
    TOO_LONG: QT_TRANSLATE_NOOP("OsErrors", "Nama atau letak berkas terlalu panjang: {path}. Pindahkan berkas itu "
                                            "ke folder yang lebih dekat (misalnya Dokumen), lalu pilih lagi."),
    LOCKED: QT_TRANSLATE_NOOP("OsErrors", "Berkas {name} sedang dikunci oleh program lain (misalnya Excel). Tutup "
                                          "berkas itu di program tersebut, lalu coba lagi."),
    VANISHED: QT_TRANSLATE_NOOP("OsErrors", "Berkas {name} tidak ada lagi di {folder} (dipindah, dihapus, atau "
                                            "flashdisk dicabut). Periksa letaknya, lalu pilih lagi."),
    OTHER: QT_TRANSLATE_NOOP("OsErrors", "Berkas {path} tidak dapat dibaca ({reason}). Salin berkas itu ke folder "
                                         "Dokumen, lalu pilih salinannya."),
}


def kind_of(exc: OSError, path: Path | None = None, *, writing: bool = True) -> str:
    """Which of the known kinds ``exc`` is (``OTHER`` when none)."""
    kind = _WINDOWS.get(getattr(exc, "winerror", None) or 0) or _ERRNO.get(exc.errno or 0, OTHER)
    if kind == PERMISSION and writing and path is not None and os.name == "nt" and Path(path).is_file():
        # Windows says "access denied" when the target is held open by Excel or a PDF viewer.
        if os.access(Path(path).parent, os.W_OK):
            return LOCKED
    return kind


def describe(exc: OSError, path: Path, *, writing: bool = True) -> str:
    """The Indonesian sentence (in the chosen language) for ``exc`` on ``path``."""
    path = Path(path)
    text = (_WRITE if writing else _READ)[kind_of(exc, path, writing=writing)]
    return tr(text, path=str(path), name=path.name, folder=str(path.parent),
              reason=exc.strerror or exc.__class__.__name__)


def file_error(path: Path, exc: OSError, *, writing: bool = True) -> UserError:
    """A ``UserError`` for ``exc``; the system's own wording stays in ``detail`` for the log."""
    return UserError(describe(exc, path, writing=writing), detail=f"{exc.__class__.__name__}: {exc}")
