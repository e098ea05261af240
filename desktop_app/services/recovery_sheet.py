"""The recovery sheet (PDF) and password changes: the keys of the office, from the services.

The sheet carries the data key itself (``keyfile.recovery_text``), so it is written only
on request, to the file the admin chose, logged ("print" of "recovery_sheet"); the window
says to print it and delete the file. A password change rewrites only the key file.
"""

from __future__ import annotations

from pathlib import Path

from desktop_app.errors import UserError
from desktop_app.files import PendingFile
from desktop_app.formats.recovery_sheet_pdf import RecoverySheet, write_recovery_sheet
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.services import unlocking
from desktop_app.services.context import Context
from desktop_app.storage.keyfile import KeyFile, recovery_text

M_NO_KEY = QT_TRANSLATE_NOOP("Unlock", "Basis data ini tidak memakai kunci kantor; tidak ada lembar pemulihan.")


class KeyService:
    """The office's data key as the admin handles it: the recovery sheet, passwords."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def _key(self) -> bytes:
        if self.ctx.store.key is None:
            raise UserError(tr(M_NO_KEY))
        return self.ctx.store.key

    def write_recovery_sheet(self, target: Path) -> Path:
        key = self._key()
        office = self.ctx.store.office.get()
        sheet = RecoverySheet(office.name if office else "-", self.ctx.db_path.name, recovery_text(key),
                              self.ctx.today(), self.ctx.operator)
        with PendingFile(target, make_folder=True) as pending:
            write_recovery_sheet(sheet, pending.temp_path)
            path = pending.commit()
        with self.ctx.store.write():
            self.ctx.store.audit.record(self.ctx.operator, "print", "recovery_sheet", "", new={"file": str(path)})
        return path

    def change_password(self, old: str, new: str, again: str) -> None:
        """The signed-in operator's own password; only the key file is rewritten."""
        unlocking.check_new_password(new, again)
        KeyFile.load(self.ctx.db_path).change_password(self.ctx.operator, old, new)
        with self.ctx.store.write():
            self.ctx.store.audit.record(self.ctx.operator, "update", "password", self.ctx.operator)
