"""Pengaturan › Masa simpan: the retention period and the purge of schemes past it (admin only).

The confirmation names the number of people and its safe choice ("Batal") is what Enter
and Esc press; the purge runs in a worker (it rewrites the file). Backups taken before
the last purge are listed with a warning: they still hold the purged data.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QTableWidgetItem, QVBoxLayout, QWidget

from desktop_app.domain.retention import MAX_YEARS, MIN_YEARS
from desktop_app.errors import UserError
from desktop_app.i18n import fill
from desktop_app.services import roles
from desktop_app.services.context import Context
from desktop_app.services.purge import PurgeService
from desktop_app.ui import msgbox
from desktop_app.ui.widgets.tables import read_only_table
from desktop_app.ui.workers import report, run_task


class PurgeTab(QWidget):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = PurgeService(ctx)
        self.years = QSpinBox()
        self.years.setRange(MIN_YEARS, MAX_YEARS)
        self.years.setSuffix(self.tr(" tahun"))
        self.save_button = QPushButton(self.tr("Simpan masa simpan"))
        self.save_button.clicked.connect(self.save_years)
        self.table = read_only_table([self.tr("Skema"), self.tr("Berakhir"), self.tr("Orang")])
        self.summary = QLabel()
        self.purge_button = QPushButton(self.tr("Hapus data pribadinya…"))
        self.purge_button.clicked.connect(self.purge)
        self.backups_warning = QLabel()
        self.backups_warning.setObjectName("fieldHint")
        self.backups_warning.setWordWrap(True)
        note = QLabel(self.tr("Data pribadi peserta skema yang berakhir lebih lama dari masa simpan dapat dihapus "
                              "oleh admin. Angka untuk Laporan tetap; catatan penghapusan masuk ke log pemrosesan."))
        note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Masa simpan:")))
        row.addWidget(self.years)
        row.addWidget(self.save_button)
        row.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.summary, 1)
        actions.addWidget(self.purge_button)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.backups_warning)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        allowed = roles.allowed(self.ctx, "data.purge")
        for widget in (self.years, self.save_button, self.purge_button):
            widget.setEnabled(allowed)
        self.years.setValue(self.service.years())
        self.due = self.service.due()
        self.table.setRowCount(len(self.due))
        for r, d in enumerate(self.due):
            for c, value in enumerate((d.scheme.name, d.scheme.coverage_end.label(), str(d.people))):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.people = sum(d.people for d in self.due)
        self.summary.setText(fill(self.tr("{people} orang dari {schemes} skema melewati masa simpan."),
                                  people=self.people, schemes=len(self.due)))
        self.purge_button.setEnabled(allowed and self.people > 0)
        older = self.service.older_backups()
        self.backups_warning.setVisible(bool(older))
        self.backups_warning.setText(fill(self.tr("Perhatian: cadangan berikut dibuat sebelum penghapusan terakhir "
                                                  "dan masih memuat data yang sudah dihapus:\n{paths}"),
                                          paths="\n".join(str(b.path) for b in older)))

    def save_years(self) -> None:
        try:
            self.service.set_years(self.years.value())
        except UserError as exc:
            msgbox.error(self, self.tr("Masa simpan"), exc.message)
        self.refresh()

    def purge(self) -> None:
        title, people = self.tr("Hapus data pribadi"), self.people
        question = fill(self.tr("Data pribadi {people} orang (NIK, nama, ibu kandung, alamat, HP, ahli waris, KPJ) "
                                "dari {schemes} skema akan dihapus dan tidak dapat dikembalikan. Angka untuk Laporan "
                                "tetap. Lanjutkan?"), people=people, schemes=len(self.due))
        if not msgbox.ask(self, title, question, yes=fill(self.tr("Hapus data {people} orang"), people=people),
                          no=self.tr("Batal")):
            return
        outcome = run_task(self, self.ctx, title, lambda c, _job: PurgeService(c).purge(people))
        if report(self, title, outcome):
            msgbox.info(self, title, fill(self.tr("Data pribadi {people} orang sudah dihapus."),
                                          people=outcome.result.people))
        self.refresh()
