"""Data Peserta › Cek ganda antar kantor: people who look registered at two offices under different NIKs.

The rule is ``domain.cross_office`` (through ``CrossOfficeService``); this lists the pairs, most alike
first, and opens either registration so a person can correct the NIK or delete the second one before a
batch goes to BPJS. NIKs are masked.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QTableWidgetItem, QVBoxLayout, QWidget

from desktop_app.i18n import fill
from desktop_app.services.context import Context
from desktop_app.services.cross_office import CrossOfficePair, CrossOfficeService
from desktop_app.ui.widgets.tables import read_only_table


class CrossOfficeDialog(QDialog):
    open_requested = Signal(str)          # a registration id

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cek ganda antar kantor"))
        self.pairs: list[CrossOfficePair] = CrossOfficeService(ctx).find()
        intro = QLabel(self.tr("Orang yang tampaknya terdaftar di dua kantor dengan NIK berbeda: nama mirip dan "
                               "tanggal lahir atau nomor KK sama. Buka keduanya, lalu betulkan NIK yang salah atau "
                               "hapus pendaftaran kedua sebelum batch dikirim ke BPJS. (NIK yang sama di dua "
                               "kantor muncul di Konflik.)"))
        intro.setWordWrap(True)
        self.count = QLabel()
        self.table = read_only_table([self.tr("Alasan"), self.tr("Nomor"), self.tr("Nama"), self.tr("NIK"),
                                      self.tr("Tgl lahir"), self.tr("Kantor asal"), self.tr("Nomor"),
                                      self.tr("Nama"), self.tr("NIK"), self.tr("Tgl lahir"),
                                      self.tr("Kantor asal")])
        self.table.doubleClicked.connect(lambda index: self._open(0 if index.column() < 6 else 1))
        self.open_first = QPushButton(self.tr("Buka data &pertama"))
        self.open_second = QPushButton(self.tr("Buka data &kedua"))
        self.open_first.clicked.connect(lambda: self._open(0))
        self.open_second.clicked.connect(lambda: self._open(1))
        buttons = QDialogButtonBox()
        for button in (self.open_first, self.open_second):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.tr("Tutup"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self._fill()
        self.resize(1100, 480)

    def _fill(self) -> None:
        self.table.setRowCount(len(self.pairs))
        for row, pair in enumerate(self.pairs):
            values = [pair.reason_text()]
            for who in (pair.first, pair.second):
                values += [who.number, who.name, who.nik, who.birth_date, who.office]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        if self.pairs:
            self.table.selectRow(0)
            text = fill(self.tr("{count} pasangan ditemukan."), count=len(self.pairs))
        else:
            text = self.tr("Tidak ada orang yang tampak terdaftar di dua kantor.")
        self.count.setText(text)
        for button in (self.open_first, self.open_second):
            button.setEnabled(bool(self.pairs))

    def _open(self, side: int) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.pairs):
            return
        pair = self.pairs[row]
        self.open_requested.emit((pair.first, pair.second)[side].id)
        self.accept()
