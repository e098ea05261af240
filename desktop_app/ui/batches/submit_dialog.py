"""Tandai terkirim: the day the exported batch was sent, the cover letter's number and the
recipient, recorded on the batch and printed on its berita acara."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop_app.i18n import fill


class SubmitDialog(QDialog):
    """Asks what "sent" means for this batch; today and the last recipient are the defaults."""

    def __init__(self, batch_id: int, people: int, today: date, last_recipient: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tandai terkirim"))
        self.sent_on = QDateEdit(QDate(today.year, today.month, today.day))
        self.sent_on.setCalendarPopup(True)
        self.sent_on.setDisplayFormat("dd/MM/yyyy")
        self.sent_on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.letter = QLineEdit()
        self.letter.setPlaceholderText(self.tr("mis. 560/123/Kec.Pnj/XI/2026"))
        self.recipient = QLineEdit(last_recipient)
        self.recipient.setPlaceholderText(self.tr("mis. Disnakertrans Kabupaten / BPJS Ketenagakerjaan Cabang …"))
        form = QFormLayout()
        form.addRow(self.tr("&Tanggal kirim:"), self.sent_on)
        form.addRow(self.tr("Nomor &surat pengantar:"), self.letter)
        form.addRow(self.tr("&Penerima:"), self.recipient)
        intro = QLabel(fill(self.tr("Batch {id} ({people} peserta) sudah dikirim ke Dinas/BPJS. Langkah ini tidak "
                                    "dapat dibatalkan; setelahnya jawaban BPJS dapat dicatat. Tanggal, nomor surat "
                                    "dan penerima dicetak di berita acara."),
                            id=batch_id, people=people))
        intro.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(self.tr("Tandai terkirim"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

    def values(self) -> tuple[date, str, str]:
        """(date sent, cover letter number, recipient) as typed."""
        day = self.sent_on.date()
        return date(day.year(), day.month(), day.day()), self.letter.text().strip(), self.recipient.text().strip()
