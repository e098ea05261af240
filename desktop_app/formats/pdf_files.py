"""Writing a PDF so that a cancelled or failed run leaves nothing half-written.

The document is written to a temporary file beside the target; only
``commit()`` moves it into place (``os.replace``, atomic on one volume). Leaving
the ``with`` block without a commit removes the temporary file. Disk errors and
a target held open by a PDF viewer (Windows) become a ``UserError``.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

from desktop_app.errors import UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr

M_CANNOT_WRITE = QT_TRANSLATE_NOOP(
    "PdfFile", "Berkas {path} tidak dapat ditulis ({reason}). Bila berkas itu sedang dibuka di "
    "program lain, tutup dulu lalu coba lagi; atau pilih folder lain.")
M_NO_FOLDER = QT_TRANSLATE_NOOP("PdfFile", "Folder {folder} tidak ada.")


def cannot_write(path: Path, exc: OSError) -> UserError:
    return UserError(tr(M_CANNOT_WRITE, path=str(path), reason=exc.strerror or exc.__class__.__name__))


class PendingFile:
    """A temporary file that becomes ``target`` on ``commit()`` and vanishes otherwise."""

    def __init__(self, target: Path) -> None:
        self.target = Path(target)
        if not self.target.parent.is_dir():
            raise UserError(tr(M_NO_FOLDER, folder=str(self.target.parent)))
        # Created with open(..., "x") rather than mkstemp so the file gets the usual
        # permissions (umask), not mkstemp's owner-only 0600, once it is moved into place.
        for _ in range(100):
            self.temp_path = self.target.with_name(f".{self.target.stem}.{secrets.token_hex(4)}.part")
            try:
                with open(self.temp_path, "xb"):
                    break
            except FileExistsError:
                continue
            except OSError as exc:
                raise cannot_write(self.target, exc) from exc
        self.committed = False

    def commit(self) -> Path:
        """Move the finished temporary file onto the target."""
        try:
            os.replace(self.temp_path, self.target)
        except OSError as exc:
            raise cannot_write(self.target, exc) from exc
        self.committed = True
        return self.target

    def discard(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.temp_path.unlink()

    def __enter__(self) -> PendingFile:
        return self

    def __exit__(self, *exc_info) -> None:
        if not self.committed:
            self.discard()
