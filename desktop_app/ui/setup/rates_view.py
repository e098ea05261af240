"""The contribution table in use: every bracket with its status (confirmed or transcribed)."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.dates import format_date
from desktop_app.domain.money import format_rupiah
from desktop_app.i18n import fill
from desktop_app.services.office import OfficeService


class RatesView(QWidget):
    def __init__(self, offices: OfficeService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        version = offices.latest_rate_version()
        scheme = offices.default_scheme()
        table_data = offices.rate_table(scheme) if scheme else offices.store.schemes.rate_table(version)
        title = QLabel(fill(self.tr("<b>{title}</b><br>Versi {version}, berlaku {date}. {basis}"),
                            title=table_data.title, version=table_data.version,
                            date=format_date(table_data.effective_date), basis=table_data.legal_basis))
        title.setWordWrap(True)
        layout.addWidget(title)
        headers = [self.tr("Penghasilan dari"), self.tr("sampai"), self.tr("Dasar penghasilan"), "JKK", "JKM",
                   "JHT", self.tr("Status")]
        table = QTableWidget(len(table_data.brackets), len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for row, b in enumerate(table_data.brackets):
            status = self.tr("terkonfirmasi") if b.status == "confirmed" else self.tr("transkripsi (belum dipastikan)")
            values = [format_rupiah(b.income_min), format_rupiah(b.income_max), format_rupiah(b.income_base),
                      format_rupiah(b.jkk), format_rupiah(b.jkm), format_rupiah(b.jht), status]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if b.status != "confirmed":
                    item.setForeground(QBrush(QColor("#8a5300")))
                table.setItem(row, column, item)
        layout.addWidget(table, 1)
        note = QLabel(self.tr("Hanya baris pertama (penghasilan s.d. Rp1.099.000 → Rp16.800 untuk JKK + JKM) yang "
                              "dipastikan oleh sumber terkini; itulah tarif yang dipakai semua skema pekerja rentan. "
                              "Baris lain berasal dari transkripsi PP 44/2015 Lampiran II dan perlu dicek sebelum "
                              "dipakai."))
        note.setWordWrap(True)
        layout.addWidget(note)
