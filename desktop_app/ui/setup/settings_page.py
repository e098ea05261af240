"""Pengaturan: office profile, schemes, operators, language, the contribution table, printing, backups, slip keys."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.money import format_rupiah
from desktop_app.domain.regnumber import format_number, office_seq
from desktop_app.errors import UserError
from desktop_app.i18n import fill, tr
from desktop_app.services.context import Context
from desktop_app.services.office import OfficeService
from desktop_app.ui import msgbox
from desktop_app.ui.audit.log_tab import AuditLogTab
from desktop_app.ui.audit.purge_tab import PurgeTab
from desktop_app.ui.settings import UiSettings
from desktop_app.ui.setup.backups_tab import BackupsTab
from desktop_app.ui.setup.identity_box import IdentityBox
from desktop_app.ui.setup.keys_tab import KeysTab
from desktop_app.ui.setup.office_editor import OfficeEditor
from desktop_app.ui.setup.operators_tab import OperatorsTab
from desktop_app.ui.setup.print_tab import PrintSettingsTab
from desktop_app.ui.setup.rates_view import RatesView
from desktop_app.ui.setup.scheme_editor import SchemeDialog
from desktop_app.ui.setup.security_tab import SecurityTab
from desktop_app.ui.widgets.choice_combo import ChoiceCombo
from desktop_app.ui.widgets.gate import gate
from desktop_app.ui.widgets.tables import read_only_table


class SettingsPage(QTabWidget):
    schemes_changed = Signal()
    operator_changed = Signal()
    restore_requested = Signal(Path)

    def __init__(self, ctx: Context, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.settings = ctx, settings
        self.offices = OfficeService(ctx)
        self.addTab(self._office_tab(), self.tr("Kantor"))
        self.addTab(self._schemes_tab(), self.tr("Skema"))
        self.operators_tab = OperatorsTab(ctx)
        self.operators_tab.accounts_changed.connect(self.operator_changed)
        self.addTab(self.operators_tab, self.tr("Operator"))
        self.addTab(self._language_tab(), self.tr("Bahasa"))
        self.addTab(self._form_tab(), self.tr("Formulir"))
        self.addTab(RatesView(self.offices), self.tr("Tarif iuran"))
        self.print_tab = PrintSettingsTab(ctx)
        self.addTab(self.print_tab, self.tr("Cetak"))
        self.backups_tab = BackupsTab(ctx)
        self.backups_tab.restore_requested.connect(self.restore_requested)
        self.addTab(self.backups_tab, self.tr("Cadangan"))
        self.keys_tab = KeysTab(ctx)
        self.addTab(self.keys_tab, self.tr("Kunci bukti"))
        self.audit_tab = AuditLogTab(ctx)
        self.addTab(self.audit_tab, self.tr("Log pemrosesan"))
        self.purge_tab = PurgeTab(ctx)
        self.addTab(self.purge_tab, self.tr("Masa simpan"))
        self.security_tab = SecurityTab(ctx, settings)
        self.addTab(self.security_tab, self.tr("Keamanan"))

    # --- office ------------------------------------------------------------------
    def _office_tab(self) -> QWidget:
        self.office_editor = OfficeEditor(self.ctx.regions)
        office = self.offices.office()
        if office is not None:
            self.office_editor.set_office(office)
        save = QPushButton(self.tr("Simpan profil kantor"))
        save.clicked.connect(self.save_office)
        gate(save, self.ctx, "office.setup")
        self.identity_box = IdentityBox()
        self.save_identity_button = QPushButton(self.tr("Simpan kode dan nomor kantor…"))
        self.save_identity_button.clicked.connect(self.save_identity)
        self.fill_identity()
        tab = QWidget()
        layout = QHBoxLayout(tab)
        left = QVBoxLayout()
        left.addWidget(self.office_editor.region_box)
        left.addWidget(self.identity_box)
        left.addWidget(self.save_identity_button)
        left.addStretch(1)
        layout.addLayout(left, 1)
        right = QVBoxLayout()
        right.addWidget(self.office_editor.details_box)
        right.addWidget(save)
        right.addStretch(1)
        layout.addLayout(right, 1)
        return tab

    def save_office(self) -> None:
        try:
            self.offices.save_office(self.office_editor.office())
        except UserError as exc:
            msgbox.error(self, self.tr("Profil kantor belum disimpan"), exc.message)
            return
        msgbox.info(self, self.tr("Profil kantor"), self.tr("Profil kantor tersimpan."))

    def fill_identity(self) -> None:
        identity = self.offices.identity()
        reason = self.offices.identity_lock_reason()
        self.identity_box.set_identity(identity, locked_reason=reason)
        self.save_identity_button.setEnabled(not reason)
        if not reason:
            gate(self.identity_box, self.ctx, "office.setup")
            gate(self.save_identity_button, self.ctx, "office.setup")

    def save_identity(self) -> None:
        """Save the code and number from the Dinas; the first number renumbers the existing registrations
        (said first, with what stays the same), and fixes both from then on."""
        code, number = self.identity_box.value_code(), self.identity_box.value_number()
        title = self.tr("Kode dan nomor kantor")
        try:
            self.offices.check_identity(code, number)
        except UserError as exc:
            msgbox.error(self, title, exc.message)
            return
        current = self.offices.identity()
        moving = self.offices.legacy_numbered() if number is not None and current.number is None else 0
        if moving and not msgbox.ask(
                self, title,
                fill(self.tr("{count} pendaftaran kantor ini akan mendapat nomor baru yang diawali nomor kantor "
                             "(misalnya {old} menjadi {new}). Nomor lama tetap dapat dicari dan bukti yang sudah "
                             "dicetak tetap dapat diperiksa. Sesudah ini kode dan nomor kantor tidak dapat diubah "
                             "lagi. Lanjutkan?"),
                     count=moving, old=format_number(1), new=format_number(office_seq(number, 1))),
                yes=self.tr("Simpan dan beri nomor baru"), no=self.tr("Batal")):
            return
        try:
            self.offices.set_identity(code, number)
        except UserError as exc:
            msgbox.error(self, title, exc.message)
            return
        self.fill_identity()
        msgbox.info(self, title, self.tr("Kode dan nomor kantor tersimpan."))

    # --- schemes -----------------------------------------------------------------
    def _schemes_tab(self) -> QWidget:
        self.schemes_table = read_only_table([self.tr("Nama"), self.tr("Sumber dana"), self.tr("Masa"),
                                              self.tr("Nomor PKS"), self.tr("Iuran/bulan"), self.tr("Bawaan"),
                                              self.tr("Aktif")])
        self.schemes_table.doubleClicked.connect(lambda _i: self.edit_scheme())
        add, edit = QPushButton(self.tr("Tambah skema…")), QPushButton(self.tr("Ubah skema…"))
        add.clicked.connect(lambda: self.edit_scheme(new=True))
        edit.clicked.connect(lambda: self.edit_scheme())
        gate(add, self.ctx, "scheme.manage")
        gate(edit, self.ctx, "scheme.manage")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(add)
        buttons.addWidget(edit)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.schemes_table)
        layout.addLayout(buttons)
        self.fill_schemes()
        return tab

    def fill_schemes(self) -> None:
        self.schemes = self.offices.schemes()
        table = self.schemes_table
        table.setRowCount(len(self.schemes))
        for row, scheme in enumerate(self.schemes):
            try:
                rate = self._rate_text(scheme)
            except (KeyError, ValueError):
                rate = "?"
            period = scheme.label().removeprefix(scheme.name).strip(" ()")
            values = (scheme.name, tr(scheme.funding_source.label), period, scheme.pks_number, rate,
                      self.tr("ya") if scheme.is_default else "", self.tr("ya") if scheme.active else self.tr("tidak"))
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))

    def _rate_text(self, scheme) -> str:
        """Rp16.800 (per person per month); an ad-hoc scheme's "Rp420 / hari" at its default honorarium."""
        if scheme.is_adhoc:
            return fill(self.tr("{rate} / hari"), rate=format_rupiah(self.offices.task_cost(scheme, 1).day_rate or 0))
        return format_rupiah(self.offices.monthly_rate(scheme).total)

    def edit_scheme(self, new: bool = False) -> None:
        row = self.schemes_table.currentRow()
        scheme = None if new or row < 0 else self.schemes[row]
        dialog = SchemeDialog(self.offices, self.ctx.today(), scheme, self)
        if dialog.exec():
            self.fill_schemes()
            self.schemes_changed.emit()

    # --- form ----------------------------------------------------------------------
    def _form_tab(self) -> QWidget:
        self.auto_advance = QCheckBox(self.tr("Pindah ke isian berikutnya sendiri bila NIK (16 angka yang sah), "
                                              "tanggal lahir, atau RT (3 angka) sudah lengkap"))
        self.auto_advance.setChecked(self.settings.auto_advance)
        self.auto_advance.toggled.connect(lambda on: setattr(self.settings, "auto_advance", on))
        note = QLabel(self.tr("Seperti CSEntry: tidak perlu menekan Tab sesudah isian yang panjangnya tetap. "
                              "Berlaku langsung."))
        note.setObjectName("fieldHint")
        note.setWordWrap(True)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.auto_advance)
        layout.addWidget(note)
        layout.addStretch(1)
        return tab

    # --- language ----------------------------------------------------------------
    def _language_tab(self) -> QWidget:
        self.language = ChoiceCombo()
        self.language.set_choices([("Bahasa Indonesia", "id"), ("English", "en")])
        self.language.set_value(self.settings.language)
        self.language.value_changed.connect(self._choose_language)
        note = QLabel(self.tr("Bahasa baru berlaku saat Lindungi dibuka lagi (tutup lalu buka aplikasi). "
                              "Berkas Excel dan PDF yang dibuat sesudahnya juga mengikuti bahasa ini."))
        note.setWordWrap(True)
        self.language_note = QLabel()
        self.language_note.setObjectName("fieldHint")
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(QLabel(self.tr("Bahasa tampilan:")))
        layout.addWidget(self.language)
        layout.addWidget(note)
        layout.addWidget(self.language_note)
        layout.addStretch(1)
        return tab

    def _choose_language(self, language: str | None) -> None:
        if language:
            self.settings.language = language
            self.language_note.setText(self.tr("Tersimpan. Buka ulang Lindungi untuk memakai bahasa ini."))
