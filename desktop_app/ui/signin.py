"""Signing in to the office: at start, when the window locks (idle or Ctrl+L), and "Lupa kata sandi".

``SignInDialog`` asks for the operator and password and checks them against the key file
(``services.unlocking``) before the database is touched: a wrong password is said as such,
with the wait after repeated failures counted down, and never offers a restore.
``ForgotPasswordDialog`` takes the recovery key from the office's recovery sheet (typed, or
scanned: a QR reader types like a keyboard) and sets a new password.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import KeyFileDamaged, UserError, WrongPassword
from desktop_app.i18n import fill
from desktop_app.services import unlocking


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("signInError")
    label.setWordWrap(True)
    label.setStyleSheet("QLabel { color: #b3261e; }")
    return label


class SignInDialog(QDialog):
    """Operator + password; ``key`` and ``operator`` are set when it is accepted."""

    def __init__(self, db_path: Path, parent: QWidget | None = None, *, operator: str = "",
                 locked: bool = False) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.key: bytes | None = None
        self.operator: str | None = None
        self.setWindowTitle(self.tr("Lindungi — terkunci") if locked else self.tr("Lindungi — masuk"))
        self.setModal(True)
        self.operators = QComboBox()
        self.operators.setEditable(True)
        self.password = _password_field()
        self.error = _error_label()
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self._wait = 0
        self._build(operator, locked)

    def _build(self, operator: str, locked: bool) -> None:
        layout = QVBoxLayout(self)
        intro = (self.tr("Jendela dikunci. Masuk lagi untuk melanjutkan pekerjaan.") if locked else
                 self.tr("Data pekerja di kantor ini terenkripsi. Masuk dengan nama dan kata sandi Anda."))
        layout.addWidget(QLabel(intro))
        form = QFormLayout()
        form.addRow(self.tr("Operator"), self.operators)
        form.addRow(self.tr("Kata sandi"), self.password)
        layout.addLayout(form)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.sign_in_button = buttons.addButton(self.tr("Masuk"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.forgot_button = QPushButton(self.tr("Lupa kata sandi…"))
        buttons.addButton(self.forgot_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.addButton(self.tr("Keluar"), QDialogButtonBox.ButtonRole.RejectRole)
        self.forgot_button.setAutoDefault(False)         # Enter always means "Masuk", never opens another dialog
        self.sign_in_button.setDefault(True)
        buttons.accepted.connect(self.try_sign_in)
        buttons.rejected.connect(self.reject)
        self.forgot_button.clicked.connect(self.forgot)
        layout.addWidget(buttons)
        self._fill_operators(operator)
        self.password.setFocus()

    def _fill_operators(self, operator: str) -> None:
        try:
            names = unlocking.operators(self.db_path)
        except KeyFileDamaged as exc:
            names = []
            self.error.setText(exc.message)
        self.operators.addItems(names)
        if operator in names:
            self.operators.setCurrentText(operator)

    def try_sign_in(self) -> None:
        if self._wait:
            return
        operator, password = self.operators.currentText().strip(), self.password.text()
        try:
            self.key = unlocking.sign_in(self.db_path, operator, password)
        except WrongPassword as exc:
            self.password.clear()
            self.error.setText(exc.message)
            if exc.locked_for:
                self._start_wait(exc.locked_for)
            return
        except UserError as exc:
            self.error.setText(exc.message)
            return
        self.operator = operator
        self.accept()

    def _start_wait(self, seconds: int) -> None:
        self._wait = seconds
        self.sign_in_button.setEnabled(False)
        self._countdown.start()

    def _tick(self) -> None:
        self._wait = max(0, self._wait - 1)
        if self._wait:
            self.sign_in_button.setText(fill(self.tr("Tunggu {seconds} d"), seconds=self._wait))
            return
        self._countdown.stop()
        self.sign_in_button.setText(self.tr("Masuk"))
        self.sign_in_button.setEnabled(True)

    def forgot(self) -> None:
        dialog = ForgotPasswordDialog(self.db_path, self, operator=self.operators.currentText().strip())
        if dialog.exec():
            self.key, self.operator = dialog.key, dialog.operator
            self.accept()


class ForgotPasswordDialog(QDialog):
    """"Lupa kata sandi": the recovery key, the admin's name and a new password (twice)."""

    def __init__(self, db_path: Path, parent: QWidget | None = None, *, operator: str = "") -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.key: bytes | None = None
        self.operator: str | None = None
        self.setWindowTitle(self.tr("Lupa kata sandi"))
        self.setMinimumWidth(640)                       # the 17 groups of the key fit on one line
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Ketik kunci pemulihan dari lembar pemulihan kantor (17 kelompok huruf dan angka), "
                               "atau pindai kode QR-nya dengan pemindai. Lalu buat kata sandi admin yang baru. "
                               "Basis data tidak diubah; hanya berkas kunci yang ditulis ulang."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.recovery = QLineEdit()
        self.recovery.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.recovery.setPlaceholderText("XXXX-XXXX-…")
        self.name = QLineEdit(operator)
        self.password, self.again = _password_field(), _password_field()
        form = QFormLayout()
        form.addRow(self.tr("Kunci pemulihan"), self.recovery)
        form.addRow(self.tr("Nama admin"), self.name)
        form.addRow(self.tr("Kata sandi baru"), self.password)
        form.addRow(self.tr("Ulangi kata sandi"), self.again)
        layout.addLayout(form)
        self.error = _error_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Simpan kata sandi"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.try_reset)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.recovery.setFocus()

    def try_reset(self) -> None:
        name = self.name.text().strip()
        try:
            if not name:
                raise UserError(self.tr("Nama admin wajib diisi."))
            self.key = unlocking.reset_with_recovery(self.db_path, self.recovery.text(), name,
                                                     self.password.text(), self.again.text())
        except UserError as exc:
            self.error.setText(exc.message)
            return
        self.operator = name
        self.accept()
