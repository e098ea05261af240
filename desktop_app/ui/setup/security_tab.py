"""Pengaturan › Keamanan: the recovery sheet, one's own password, and when the window locks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import UserError
from desktop_app.services.context import Context
from desktop_app.services.recovery_sheet import KeyService
from desktop_app.ui import file_dialogs, msgbox
from desktop_app.ui.settings import UiSettings

translate = QCoreApplication.translate


def save_recovery_sheet(parent: QWidget, ctx: Context) -> Path | None:
    """Ask where, write the sheet, open it for printing, and say to delete the file afterwards."""
    title = translate("SecurityTab", "Lembar pemulihan")
    target = file_dialogs.save_file(parent, title, Path.home() / "lembar-pemulihan-lindungi.pdf",
                                    translate("SecurityTab", "Dokumen PDF (*.pdf)"), default_suffix=".pdf")
    if target is None:
        return None
    try:
        path = KeyService(ctx).write_recovery_sheet(target)
    except UserError as exc:
        msgbox.error(parent, title, exc.message, exc.detail)
        return None
    file_dialogs.show_in_system(parent, path)
    msgbox.info(parent, title, translate("SecurityTab", "Cetak lembar ini, tanda tangani, lalu HAPUS berkas "
                                                        "PDF-nya: berkas itu membuka data kantor. Simpan lembar "
                                                        "cetaknya di kantor atau Dinas, jangan bersama laptop."))
    return path


class ChangePasswordDialog(QDialog):
    """The signed-in operator's new password (the old one first)."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Ganti kata sandi"))
        self.old, self.new, self.again = QLineEdit(), QLineEdit(), QLineEdit()
        for field in (self.old, self.new, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(self.tr("Kata sandi sekarang"), self.old)
        form.addRow(self.tr("Kata sandi baru"), self.new)
        form.addRow(self.tr("Ulangi kata sandi baru"), self.again)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("signInError")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            KeyService(self.ctx).change_password(self.old.text(), self.new.text(), self.again.text())
        except UserError as exc:
            self.error.setText(exc.message)
            return
        super().accept()


class SecurityTab(QWidget):
    lock_minutes_changed = Signal()

    def __init__(self, ctx: Context, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.settings = ctx, settings
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Data pekerja tersimpan terenkripsi. Kata sandi setiap operator membuka kunci data; "
                              "lembar pemulihan membukanya bila semua kata sandi lupa."))
        note.setWordWrap(True)
        layout.addWidget(note)
        sheet = QPushButton(self.tr("Cetak &lembar pemulihan…"))
        sheet.clicked.connect(lambda: save_recovery_sheet(self, ctx))
        password = QPushButton(self.tr("&Ganti kata sandi saya…"))
        password.clicked.connect(lambda: ChangePasswordDialog(ctx, self).exec())
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 240)
        self.minutes.setSuffix(self.tr(" menit"))
        self.minutes.setSpecialValueText(self.tr("tidak pernah"))
        self.minutes.setValue(settings.lock_minutes)
        self.minutes.valueChanged.connect(self._minutes_changed)
        form = QFormLayout()
        form.addRow("", sheet)
        form.addRow("", password)
        form.addRow(self.tr("Kunci jendela bila tidak dipakai selama"), self.minutes)
        layout.addLayout(form)
        layout.addStretch(1)

    def _minutes_changed(self, value: int) -> None:
        self.settings.lock_minutes = value
        self.lock_minutes_changed.emit()
