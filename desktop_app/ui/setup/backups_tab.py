"""Pengaturan › Cadangan: the backups beside the database, a backup on demand, and restore.

Restoring replaces the open database, so the tab only asks for it
(``restore_requested``); the app closes the window, restores (keeping the
current file in ``backups/``) and opens again.
"""

from __future__ import annotations

import html
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableWidgetItem, QVBoxLayout, QWidget

from desktop_app.domain.dates import format_date
from desktop_app.domain.money import format_size
from desktop_app.errors import UserError
from desktop_app.i18n import fill
from desktop_app.oserrors import file_error
from desktop_app.services import maintenance
from desktop_app.services.context import Context
from desktop_app.services.health import FullCheckService
from desktop_app.services.roles import refusal
from desktop_app.ui import file_dialogs, msgbox
from desktop_app.ui.widgets.gate import gate
from desktop_app.ui.widgets.tables import read_only_table


class BackupsTab(QWidget):
    restore_requested = Signal(Path)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.maintenance = maintenance.MaintenanceService(ctx)
        self.folder = self.maintenance.folder
        intro = QLabel(self.tr(
            "Lindungi membuat cadangan otomatis setiap hari dan sebelum setiap pembaruan basis data, di folder "
            "di bawah ini: satu per hari selama seminggu, lalu satu per minggu, lalu satu per bulan (paling "
            "banyak 10, dalam batas ruang yang tertera). Cadangan di laptop yang sama "
            "tidak menolong bila laptop hilang: <b>salin cadangan ke flashdisk yang disimpan aman</b> secara "
            "berkala. Cadangan berisi data pribadi."))
        intro.setWordWrap(True)
        self.folder_label = QLabel(str(self.folder))
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.space_label = QLabel()
        self.check_label = QLabel()
        self.check_label.setWordWrap(True)
        self.table = read_only_table([self.tr("Waktu"), self.tr("Jenis"), self.tr("Ukuran"), self.tr("Berkas")])
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self.backup_button = QPushButton(self.tr("&Buat cadangan sekarang…"))
        self.backup_button.clicked.connect(self.make_backup)
        self.restore_button = QPushButton(self.tr("&Pulihkan cadangan terpilih…"))
        self.restore_button.clicked.connect(self.restore_selected)
        other = QPushButton(self.tr("Pulihkan dari &berkas lain…"))
        other.clicked.connect(self.restore_other)
        self.other_button = other
        gate(self.backup_button, ctx, "backup.manage")
        gate(other, ctx, "restore.database")
        open_folder = QPushButton(self.tr("Buka &folder cadangan"))
        open_folder.clicked.connect(self.open_folder)
        buttons = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, other, open_folder):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.space_label)
        layout.addWidget(self.check_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.refresh()

    def _kind_label(self, kind: str) -> str:
        return {"daily": self.tr("Harian (otomatis)"), "pre_migration": self.tr("Sebelum pembaruan (otomatis)"),
                "replaced": self.tr("Basis data sebelum pemulihan")}.get(kind, self.tr("Lainnya"))

    def refresh(self) -> None:
        self.entries = self.maintenance.entries()
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            kind = self._kind_label(entry.kind)
            if entry.packed:
                kind = fill(self.tr("{kind}, dipadatkan"), kind=kind)
            cells = (f"{format_date(entry.taken_at.date())} {entry.taken_at:%H:%M}", kind,
                     format_size(entry.size), entry.path.name)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        count, used, budget = self.maintenance.space_used()
        self.space_label.setText(fill(self.tr(
            "Cadangan otomatis: {count} berkas ({packed} dipadatkan), {used} MB dipakai dari batas {budget} GB. "
            "Yang terbaru berupa salinan utuh; yang lebih lama dipadatkan (dikompresi dan dienkripsi, sekitar "
            "seperlima ukurannya) di latar belakang."),
            count=count, packed=self.maintenance.packed_count(), used=f"{used / 1_048_576:.1f}",
            budget=f"{budget / 1024**3:.0f}"))
        self.space_label.setWordWrap(True)
        self._show_full_check()
        self._update_buttons()

    def _show_full_check(self) -> None:
        last = FullCheckService(self.ctx).last()
        if last is None:
            text = self.tr("Pemeriksaan keutuhan lengkap: belum pernah dijalankan (berjalan sendiri seminggu "
                           "sekali, di latar belakang).")
        elif last.ok:
            text = fill(self.tr("Pemeriksaan keutuhan lengkap terakhir: {when} — baik ({seconds} detik)."),
                        when=f"{format_date(last.at.date())} {last.at:%H:%M}", seconds=f"{last.seconds:.1f}")
        else:
            text = fill(self.tr("Pemeriksaan keutuhan lengkap terakhir: {when} — <b>ditemukan masalah</b>: "
                                "{findings}. Jalankan \"lindungi check\" untuk langkah perbaikan, atau pulihkan "
                                "cadangan terakhir yang baik."),
                        when=f"{format_date(last.at.date())} {last.at:%H:%M}",
                        findings=html.escape("; ".join(last.findings[:3])))
        self.check_label.setText(text)

    def _update_buttons(self) -> None:
        chosen = bool(self.table.selectedItems())
        why = refusal(self.maintenance.ctx, "restore.database")
        self.restore_button.setEnabled(chosen and not why)
        self.restore_button.setToolTip(why or ("" if chosen else self.tr("Pilih dulu cadangan di daftar.")))

    def make_backup(self) -> None:
        suggested = Path.home() / f"lindungi-cadangan-{datetime.now():%Y%m%d-%H%M}.db"
        target = file_dialogs.save_file(self, self.tr("Simpan cadangan"), suggested, file_dialogs.database_filter(),
                                        default_suffix=".db")
        if target is None:
            return
        try:
            path = self.maintenance.backup_to(target)
        except UserError as exc:
            msgbox.error(self, self.tr("Cadangan gagal"), exc.message)
            return
        msgbox.info(self, self.tr("Cadangan dibuat"),
                    fill(self.tr("Cadangan tersimpan di:\n{path}\n\nSimpan berkas ini di tempat yang aman; isinya data "
                            "pribadi."), path=str(path)))

    def restore_selected(self) -> None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        if rows:
            self._ask_restore(self.entries[min(rows)].path)

    def restore_other(self) -> None:
        source = file_dialogs.open_file(self, self.tr("Pilih berkas cadangan"), Path.home(),
                                        file_dialogs.backup_filter())
        if source is not None:
            self._ask_restore(source)

    def _ask_restore(self, source: Path) -> None:
        try:
            self.maintenance.approve_restore()
        except UserError as exc:
            msgbox.error(self, self.tr("Pulihkan"), exc.message)
            return
        if not self.maintenance.is_good_backup(source):
            msgbox.error(self, self.tr("Pulihkan"),
                         fill(self.tr("Berkas ini bukan cadangan Lindungi yang utuh:\n{path}"), path=source))
            return
        text = self.tr("Basis data yang sedang dipakai akan diganti dengan isi cadangan:\n{path}\n\nData yang "
                       "dimasukkan sesudah cadangan itu dibuat tidak ada di cadangan. Berkas yang sekarang tidak "
                       "dihapus: disimpan di folder cadangan. Lindungi akan ditutup lalu dibuka lagi.")
        if msgbox.ask(self, self.tr("Pulihkan dari cadangan?"), fill(text, path=str(source)),
                      yes=self.tr("Pulihkan"), no=self.tr("Batal")):
            self.restore_requested.emit(source)

    def open_folder(self) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            msgbox.error(self, self.tr("Folder cadangan"), file_error(self.folder / "cadangan", exc).message)
            return
        file_dialogs.show_in_system(self, self.folder)
