"""The office's code and number from the Dinas: inputs shared by the first-run wizard and Pengaturan › Kantor.

The rule for when they may change lives in ``domain.office_identity`` (through ``OfficeService``); this
box only shows it: a preview of the registration numbers the office will issue, and, once numbers carry
the office's number, the inputs greyed out with the reason.
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QSpinBox

from desktop_app.domain.office_identity import CODE_MAX, OfficeIdentity, normalize_office_code
from desktop_app.domain.regnumber import MAX_OFFICE_NUMBER, format_number, office_seq
from desktop_app.i18n import fill


class IdentityBox(QGroupBox):
    """Kode kantor (``PPU-WARU``) and Nomor kantor (1..999, or none yet)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Identitas kantor dari Dinas"))
        self.code = QLineEdit()
        self.code.setMaxLength(CODE_MAX)
        self.code.setPlaceholderText(self.tr("misalnya PPU-WARU"))
        self.code.setValidator(QRegularExpressionValidator(QRegularExpression(r"[A-Za-z0-9\-]*"), self.code))
        self.code.textEdited.connect(self._upper)
        self.number = QSpinBox()
        self.number.setRange(0, MAX_OFFICE_NUMBER)
        self.number.setSpecialValueText(self.tr("belum ada"))
        self.number.valueChanged.connect(lambda _v: self._preview())
        self.preview = QLabel()
        self.preview.setObjectName("fieldHint")
        self.preview.setWordWrap(True)
        self.locked_note = QLabel()
        self.locked_note.setObjectName("dialogWarning")
        self.locked_note.setWordWrap(True)
        self.locked_note.setVisible(False)
        form = QFormLayout(self)
        form.addRow(self.tr("Kode kantor"), self.code)
        form.addRow(self.tr("Nomor kantor"), self.number)
        form.addRow("", self.preview)
        form.addRow("", self.locked_note)
        self._preview()

    def _upper(self, text: str) -> None:
        upper = normalize_office_code(text)
        if upper != text:
            position = self.code.cursorPosition()
            self.code.setText(upper)
            self.code.setCursorPosition(position)

    def _preview(self) -> None:
        number = self.value_number()
        if number is None:
            text = self.tr("Tanpa nomor kantor, nomor pendaftaran berbentuk 000123-4 dan dapat sama dengan nomor "
                           "kantor lain. Isi nomor dari Dinas sebelum bertukar data dengan kantor lain.")
        else:
            text = fill(self.tr("Nomor pendaftaran kantor ini akan berbentuk {example}: nomor kantor, nomor urut, "
                                "angka pemeriksa. Tidak pernah sama dengan kantor lain di kabupaten."),
                        example=format_number(office_seq(number, 1)))
        self.preview.setText(text)

    def value_code(self) -> str:
        return normalize_office_code(self.code.text())

    def value_number(self) -> int | None:
        return self.number.value() or None

    def set_identity(self, identity: OfficeIdentity, *, locked_reason: str = "") -> None:
        self.code.setText(identity.code)
        self.number.setValue(identity.number or 0)
        self.set_locked(locked_reason)
        self._preview()

    def set_locked(self, reason: str) -> None:
        """Grey the inputs out and say why (empty ``reason``: editable)."""
        for widget in (self.code, self.number):
            widget.setEnabled(not reason)
        self.locked_note.setText(reason)
        self.locked_note.setVisible(bool(reason))
        self.preview.setVisible(not reason)
