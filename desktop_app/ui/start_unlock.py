"""Before the database opens: sign in, make a new office's key, or encrypt an old office.

``unlock_at_start`` follows ``services.unlocking.start_state``: the sign-in dialog (or, for a
scripted start such as the start-up probe, ``LINDUNGI_OPERATOR``/``LINDUNGI_PASSWORD``), a
fresh data key for a new office (the first-run wizard writes the key file), the one-time
encryption of a database from before (the admin chooses a password first), or "Lupa kata
sandi" when the key file is gone. None means the officer chose to quit.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop_app.errors import UserError
from desktop_app.services import unlocking
from desktop_app.services.unlocking import StartState
from desktop_app.ui import msgbox
from desktop_app.ui.signin import ForgotPasswordDialog, SignInDialog

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Unlocked:
    key: bytes | None          # None: this process already holds it (a test run)
    operator: str | None       # who signed in (None: not yet, e.g. a new office)
    new_office: bool = False


def unlock_at_start(db_path: Path, operator: str = "") -> Unlocked | None:
    db_path = Path(db_path)
    state = unlocking.start_state(db_path)
    if state is StartState.KNOWN:
        return Unlocked(None, None)
    if state is StartState.NEW:
        return Unlocked(unlocking.begin_new_office(db_path), None, new_office=True)
    if state is StartState.PLAINTEXT:
        return _encrypt_old_office(db_path, operator)
    if state is StartState.NO_KEY_FILE:
        msgbox.warn(None, translate("Unlock", "Berkas kunci tidak ada"),
                    translate("Unlock", "Berkas kunci di samping basis data tidak ditemukan. Data hanya dapat "
                                        "dibuka dengan kunci pemulihan dari lembar pemulihan kantor."))
        dialog = ForgotPasswordDialog(db_path, operator=operator)
        return Unlocked(dialog.key, dialog.operator) if dialog.exec() else None
    scripted = _scripted_sign_in(db_path)
    if scripted is not None:
        return scripted
    dialog = SignInDialog(db_path, operator=operator)
    if not dialog.exec():
        return None
    return _resume_conversion(db_path, Unlocked(dialog.key, dialog.operator))


def _scripted_sign_in(db_path: Path) -> Unlocked | None:
    """A start with ``LINDUNGI_PASSWORD`` set (scripts, the start-up probe): sign in with it
    and ``LINDUNGI_OPERATOR``; a wrong one falls back to the dialog."""
    password, name = os.environ.get("LINDUNGI_PASSWORD"), os.environ.get("LINDUNGI_OPERATOR")
    if not password or not name:
        return None
    try:
        return _resume_conversion(db_path, Unlocked(unlocking.sign_in(db_path, name, password), name))
    except UserError:
        return None


def _resume_conversion(db_path: Path, unlocked: Unlocked) -> Unlocked:
    """A key file beside a database still plaintext (a start stopped mid-conversion): go on."""
    if unlocking.conversion_needed(db_path):
        _busy(lambda: unlocking.encrypt_existing(db_path, unlocked.key))
    return unlocked


def _busy(action) -> None:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        action()
    finally:
        QGuiApplication.restoreOverrideCursor()


class AdminPasswordDialog(QDialog):
    """The admin's name and a new password (twice), for an office being encrypted."""

    def __init__(self, operator: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Unlock", "Enkripsi data kantor"))
        layout = QVBoxLayout(self)
        intro = QLabel(translate("Unlock", "Versi Lindungi ini menyimpan data pekerja terenkripsi. Buat kata sandi "
                                           "admin untuk membuka data kantor ini; basis data dan cadangannya lalu "
                                           "dienkripsi (salinan lama disimpan sampai hasilnya diperiksa). Setelah "
                                           "itu cetak lembar pemulihan dari Pengaturan."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.name = QLineEdit(operator)
        self.password, self.again = QLineEdit(), QLineEdit()
        for field in (self.password, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(translate("Unlock", "Nama admin"), self.name)
        form.addRow(translate("Unlock", "Kata sandi"), self.password)
        form.addRow(translate("Unlock", "Ulangi kata sandi"), self.again)
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
            if not self.name.text().strip():
                raise UserError(translate("Unlock", "Nama admin wajib diisi."))
            unlocking.check_new_password(self.password.text(), self.again.text())
        except UserError as exc:
            self.error.setText(exc.message)
            return
        super().accept()


def _encrypt_old_office(db_path: Path, operator: str) -> Unlocked | None:
    dialog = AdminPasswordDialog(operator)
    if not dialog.exec():
        return None
    name = dialog.name.text().strip()
    key = unlocking.new_data_key()
    try:
        unlocking.set_admin_password(db_path, key, name, dialog.password.text())
        _busy(lambda: unlocking.encrypt_existing(db_path, key))
    except UserError as exc:
        msgbox.error(None, translate("Unlock", "Enkripsi gagal"), exc.message, exc.detail)
        return None
    return Unlocked(key, name)
