"""Pengaturan › Kunci bukti: this office's public key out, the other offices' public keys in.

Exporting writes the ``.lindungi-kunci`` file (public key only). Importing shows
the office and the fingerprint in ``TrustKeyDialog`` first, whose safe default is
"Batal": Enter never trusts a key; only an admin sees the import button enabled
(the service refuses anyone else in any case).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.dates import format_date
from desktop_app.domain.office_keys import OfficeKey
from desktop_app.errors import UserError
from desktop_app.i18n import fill
from desktop_app.services import roles
from desktop_app.services.context import Context
from desktop_app.services.slip_keys import SlipKeyService
from desktop_app.ui import file_dialogs, msgbox
from desktop_app.ui.widgets.tables import read_only_table


def fingerprint_label(text: str) -> QLabel:
    label = QLabel(text)
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(font.pointSize() + 3)
    font.setWeight(QFont.Weight.Bold)
    label.setFont(font)
    label.setObjectName("fingerprint")
    return label


class TrustKeyDialog(QDialog):
    """Shows whose key a file holds and its fingerprint; accepted only by clicking "Percayai kunci ini"."""

    def __init__(self, key: OfficeKey, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Percayai kunci kantor lain?"))
        intro = QLabel(self.tr("Telepon kantor itu dan minta mereka membacakan sidik jari kuncinya (Pengaturan › "
                               "Kunci bukti di Lindungi mereka). Percayai kunci ini hanya bila sidik jarinya sama "
                               "persis; sesudah itu bukti dari kantor itu diterima sebagai asli di sini."))
        intro.setWordWrap(True)
        self.fingerprint = fingerprint_label(key.fingerprint)
        form = QFormLayout()
        form.addRow(self.tr("Kantor:"), QLabel(key.office_name))
        form.addRow(self.tr("Kode wilayah:"), QLabel(key.office_code))
        form.addRow(self.tr("Sidik jari:"), self.fingerprint)
        self.cancel_button = QPushButton(self.tr("Batal"))
        self.trust_button = QPushButton(self.tr("&Percayai kunci ini"))
        self.cancel_button.clicked.connect(self.reject)
        self.trust_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.trust_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(buttons)
        msgbox.safe_default(self, self.cancel_button)
        self.resize(560, 240)


class KeysTab(QWidget):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = SlipKeyService(ctx)
        self.own_office = QLabel()
        self.own_fingerprint = fingerprint_label("")
        self.export_button = QPushButton(self.tr("&Ekspor kunci publik…"))
        self.export_button.clicked.connect(self.export_key)
        self.table = read_only_table([self.tr("Kantor"), self.tr("Kode wilayah"), self.tr("Sidik jari"),
                                      self.tr("Diimpor oleh"), self.tr("Tanggal")])
        self.import_button = QPushButton(self.tr("&Impor kunci kantor lain…"))
        self.import_button.clicked.connect(self.import_key)
        self.remove_button = QPushButton(self.tr("&Hapus dari yang dipercaya…"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self._own_box(self.export_button))
        layout.addWidget(self._trusted_box(), 1)
        self.refresh()

    def _own_box(self, export: QPushButton) -> QGroupBox:
        box = QGroupBox(self.tr("Kunci kantor ini"))
        note = QLabel(self.tr("Bukti yang dicetak kantor ini ditandatangani dengan kunci rahasia yang hanya ada di "
                              "basis data ini (ikut tersandi bersamanya). Berikan berkas kunci publik kepada kantor "
                              "lain dan Dinas di kabupaten agar mereka dapat memeriksa bukti dari kantor ini; berkas "
                              "itu tidak rahasia dan tidak dapat dipakai untuk menandatangani."))
        note.setWordWrap(True)
        note.setObjectName("fieldHint")
        form = QFormLayout()
        form.addRow(self.tr("Kantor:"), self.own_office)
        form.addRow(self.tr("Sidik jari:"), self.own_fingerprint)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(export)
        layout = QVBoxLayout(box)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addLayout(row)
        return box

    def _trusted_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Kunci kantor lain yang dipercaya"))
        note = QLabel(self.tr("Bukti yang ditandatangani salah satu kunci ini diterima sebagai asli, dengan nama "
                              "kantor penerbitnya."))
        note.setWordWrap(True)
        note.setObjectName("fieldHint")
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.remove_button)
        row.addWidget(self.import_button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addLayout(row)
        return box

    def refresh(self) -> None:
        try:
            own = self.service.own()
        except UserError as exc:
            self.own_office.setText(exc.message)
            self.own_fingerprint.setText("-")
        else:
            self.own_office.setText(f"{own.office_name} ({own.office_code})")
            self.own_fingerprint.setText(own.fingerprint)
        self.trusted = trusted = self.service.trusted()
        self.table.setRowCount(len(trusted))
        for row, t in enumerate(trusted):
            values = (t.key.office_name, t.key.office_code, t.key.fingerprint, t.imported_by,
                      format_date(t.imported_at.date()))
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self._update_buttons()

    def _update_buttons(self) -> None:
        """Import and removal for an admin only (the service refuses anyone else anyway)."""
        admin = roles.allowed(self.ctx, "keys.trust")
        tip = "" if admin else self.tr("Hanya admin yang dapat mengimpor atau menghapus kunci kantor lain.")
        self.import_button.setEnabled(admin)
        self.remove_button.setEnabled(admin and self.table.currentRow() >= 0)
        for button in (self.import_button, self.remove_button):
            button.setToolTip(tip)

    def showEvent(self, event) -> None:
        self._update_buttons()          # who is signed in may have changed since the tab was built
        super().showEvent(event)

    def export_key(self) -> None:
        suggested = Path.home() / self.service.suggested_file_name()
        path = file_dialogs.save_file(self, self.tr("Ekspor kunci publik"), suggested, file_dialogs.key_filter(),
                                      default_suffix=".lindungi-kunci")
        if path is None:
            return
        try:
            written = self.service.export(path)
        except UserError as exc:
            msgbox.error(self, self.tr("Kunci publik belum diekspor"), exc.message)
            return
        msgbox.info(self, self.tr("Kunci publik"),
                    fill(self.tr("Kunci publik kantor ini ditulis ke {path}.\nSidik jari: {fingerprint}"),
                         path=written, fingerprint=self.service.own().fingerprint))

    def import_key(self) -> None:
        path = file_dialogs.open_file(self, self.tr("Impor kunci kantor lain"), Path.home(), file_dialogs.key_filter())
        if path is None:
            return
        try:
            key = self.service.read(path)
            if TrustKeyDialog(key, self).exec() != QDialog.DialogCode.Accepted:
                return
            self.service.trust(key, path.name)
        except UserError as exc:
            msgbox.error(self, self.tr("Kunci belum diimpor"), exc.message)
            return
        self.refresh()
        msgbox.info(self, self.tr("Kunci dipercaya"),
                    fill(self.tr("Bukti dari {office} sekarang dapat diperiksa di sini."), office=key.office_name))

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        key = self.trusted[row].key
        text = fill(self.tr("Berhenti mempercayai kunci {office} ({fingerprint})? Bukti dari kantor itu tidak lagi "
                            "dapat dipastikan di sini sampai kuncinya diimpor lagi."), office=key.office_name,
                    fingerprint=key.fingerprint)
        if not msgbox.ask(self, self.tr("Hapus kunci"), text, yes=self.tr("Hapus"), no=self.tr("Batal")):
            return
        try:
            self.service.untrust(key.fingerprint)
        except UserError as exc:
            msgbox.error(self, self.tr("Kunci belum dihapus"), exc.message)
        self.refresh()
