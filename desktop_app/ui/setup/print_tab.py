"""Pengaturan › Cetak: slip layout, full or masked NIK, and the letterhead logo (stored in the database)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from desktop_app.errors import UserError
from desktop_app.services.context import Context
from desktop_app.services.print_settings import PrintSettings, save_print_settings
from desktop_app.services.printing import PrintService
from desktop_app.ui import file_dialogs, msgbox
from desktop_app.ui.widgets.choice_combo import ChoiceCombo
from desktop_app.ui.widgets.gate import gate


class PrintSettingsTab(QWidget):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.layout_choice = ChoiceCombo()
        self.layout_choice.set_choices([(self.tr("Dua bukti per halaman A4 (dengan garis potong)"), "a4_two"),
                                        (self.tr("Satu bukti per halaman A5"), "a5")])
        self.full_nik = QCheckBox(self.tr("Cetak NIK lengkap pada bukti (bawaan: disamarkan, 6409********0001)"))
        self.logo = QLineEdit()
        self.logo.setPlaceholderText(self.tr("(tanpa logo)"))
        pick = QPushButton(self.tr("&Pilih logo…"))
        pick.clicked.connect(self.pick_logo)
        clear = QPushButton(self.tr("Hapus logo"))
        clear.clicked.connect(self.logo.clear)
        self.save_button = QPushButton(self.tr("Simpan pengaturan cetak"))
        self.save_button.clicked.connect(self.save)
        gate(self.save_button, ctx, "office.setup")
        row = QHBoxLayout()
        row.addWidget(self.logo, 1)
        row.addWidget(pick)
        row.addWidget(clear)
        form = QFormLayout(self)
        form.addRow(self.tr("&Tata letak bukti:"), self.layout_choice)
        form.addRow("", self.full_nik)
        logo_label = QLabel(self.tr("&Logo kop surat:"))  # a label with a buddy: Alt+L, no literal "&"
        logo_label.setBuddy(self.logo)
        form.addRow(logo_label, row)
        note = QLabel(self.tr("Pengaturan ini tersimpan di basis data kantor dan berlaku untuk bukti dan berita acara "
                              "berikutnya, dari jendela maupun dari perintah lindungi."))
        note.setObjectName("fieldHint")
        note.setWordWrap(True)
        form.addRow("", note)
        form.addRow("", self.save_button)
        self.load()

    def load(self) -> None:
        current = PrintService(self.ctx).settings()
        self.layout_choice.set_value(current.slip_layout)
        self.full_nik.setChecked(current.full_nik)
        self.logo.setText(current.logo_path)

    def pick_logo(self) -> None:
        start = Path(self.logo.text()).parent if self.logo.text() else Path.home()
        path = file_dialogs.open_file(self, self.tr("Pilih logo"), start, file_dialogs.image_filter())
        if path is not None:
            self.logo.setText(str(path))

    def save(self) -> None:
        chosen = PrintSettings(self.layout_choice.value() or "a4_two", self.full_nik.isChecked(),
                               self.logo.text().strip())
        try:
            save_print_settings(self.ctx, chosen)
        except UserError as exc:
            msgbox.error(self, self.tr("Pengaturan cetak belum disimpan"), exc.message)
            return
        msgbox.info(self, self.tr("Pengaturan cetak"), self.tr("Pengaturan cetak tersimpan."))
