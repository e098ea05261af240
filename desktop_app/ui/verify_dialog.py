"""Periksa keaslian bukti: paste or scan a slip's QR text and see whether it is genuine and which office issued it.

A slip of this office opens its record; one of another office (whose public key was
imported in Pengaturan › Kunci bukti) shows only what its signed code says.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.i18n import tr
from desktop_app.services.context import Context
from desktop_app.services.registry import RegistryService
from desktop_app.services.verification import RECORD_LABELS, Verification, VerificationService


class VerifyDialog(QDialog):
    """``open_requested(id)`` when the officer opens the record of a genuine slip."""

    open_requested = Signal(str)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = VerificationService(ctx)
        self.result: Verification | None = None
        self.setWindowTitle(self.tr("Periksa keaslian bukti"))
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("Pindai QR pada bukti dengan pemindai, atau tempel teksnya di sini"))
        self.code.setClearButtonEnabled(True)
        self.check_button = QPushButton(self.tr("&Periksa"))
        self.check_button.setDefault(True)
        self.verdict = QLabel()
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        self.record = QFormLayout()
        self.warnings = QLabel()
        self.warnings.setObjectName("fieldMessage")
        self.warnings.setProperty("severity", "warning")
        self.warnings.setWordWrap(True)
        self.open_button = QPushButton(self.tr("&Buka data peserta"))
        self.open_button.setEnabled(False)
        close = QPushButton(self.tr("&Tutup"))
        self.check_button.clicked.connect(self.check)
        self.code.returnPressed.connect(self.check)
        self.open_button.clicked.connect(self._open)
        close.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.code, 1)
        row.addWidget(self.check_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Kode QR bukti pendaftaran:")))
        layout.addLayout(row)
        layout.addWidget(self.verdict)
        layout.addLayout(self.record)
        layout.addWidget(self.warnings)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.resize(640, 420)

    def check(self) -> Verification:
        self.result = self.service.verify(self.code.text().strip())
        self.verdict.setText(self.result.message)
        colour = "#1b5e20" if self.result.genuine else "#b3261e"
        self.verdict.setStyleSheet(f"font-weight: bold; font-size: 14px; color: {colour};")
        while self.record.rowCount():
            self.record.removeRow(0)
        for key, value in (self.result.record or {}).items():
            self.record.addRow(tr(RECORD_LABELS[key]) + ":", QLabel(str(value)))
        self.warnings.setText("\n".join(self.result.warnings))
        self.warnings.setVisible(bool(self.result.warnings))
        self.open_button.setEnabled(self.result.local and self._registration_id() is not None)
        self.code.selectAll()
        return self.result

    def _registration_id(self) -> str | None:
        if self.result is None or not self.result.local or not self.result.record:
            return None
        reg = RegistryService(self.ctx).find_by_number(self.result.record["number"])
        return reg.id if reg else None

    def _open(self) -> None:
        rid = self._registration_id()
        if rid:
            self.open_requested.emit(rid)
            self.accept()
