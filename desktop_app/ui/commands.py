"""Undoable edits: one user action = one ``QUndoCommand`` calling the registry service, and its inverse.

Commands are pushed after the service call succeeded (``done=True``), so the
first ``redo`` Qt makes on push does nothing. When an undo or redo is refused
by the service (say the NIK was registered again meanwhile), the reason is
shown and the command is dropped from the stack instead of leaving it lying.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop_app.domain.registration import Registration
from desktop_app.errors import UserError
from desktop_app.i18n import fill
from desktop_app.services.registry import RegistryService
from desktop_app.ui import msgbox

Notify = Callable[[str], None]


translate = QCoreApplication.translate


class RegistryCommand(QUndoCommand):
    def __init__(self, text: str, registry: RegistryService, notify: Notify, *, done: bool) -> None:
        super().__init__(text)
        self.registry, self.notify = registry, notify
        self._skip_redo = done

    def _run(self, action: Callable[[], Registration]) -> None:
        try:
            reg = action()
        except UserError as exc:
            self.setObsolete(True)
            msgbox.warn(None, translate("UndoCommands", "Tidak dapat diurungkan/diulang"), exc.message)
            return
        self.notify(reg.id)


class EditRegistrationCommand(RegistryCommand):
    """A saved correction; undo puts every field back as it was."""

    def __init__(
        self, registry: RegistryService, old: Registration, new: Registration, notify: Notify, *, done: bool = True
    ) -> None:
        super().__init__(
            fill(translate("UndoCommands", "Ubah data {name}"), name=new.full_name), registry, notify, done=done
        )
        self.old, self.new = old, new

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._run(lambda: self.registry.update(self.new, confirm_similar=True, note="redo"))

    def undo(self) -> None:
        self._run(lambda: self.registry.update(self.old, confirm_similar=True, note="undo"))


class DeleteRegistrationCommand(RegistryCommand):
    """A soft delete with its reason; undo restores the record."""

    def __init__(
        self, registry: RegistryService, reg: Registration, reason: str, notify: Notify, *, done: bool = True
    ) -> None:
        super().__init__(
            fill(translate("UndoCommands", "Hapus data {name}"), name=reg.full_name), registry, notify, done=done
        )
        self.reg, self.reason = reg, reason

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._run(lambda: self.registry.delete(self.reg.id, self.reason))

    def undo(self) -> None:
        self._run(lambda: self.registry.restore(self.reg.id))


class RestoreRegistrationCommand(RegistryCommand):
    """Pulihkan: a deleted record becomes active again; undo deletes it again with the same reason."""

    def __init__(self, registry: RegistryService, reg: Registration, notify: Notify, *, done: bool = True) -> None:
        super().__init__(
            fill(translate("UndoCommands", "Pulihkan data {name}"), name=reg.full_name), registry, notify, done=done
        )
        self.reg = reg

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._run(lambda: self.registry.restore(self.reg.id))

    def undo(self) -> None:
        self._run(lambda: self.registry.delete(self.reg.id, self.reg.deleted_reason or "-"))
