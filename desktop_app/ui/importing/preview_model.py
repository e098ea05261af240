"""The wizard's preview table: one line per spreadsheet row, with its status and why."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from desktop_app.domain.nik import mask_nik
from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.services.importing.preview import DUPLICATE, DUPLICATE_IN_FILE, NEW, REJECTED, RowResult, status_label
from desktop_app.ui.widgets.rows_model import RowsTableModel

STATUS_ROLE = Qt.ItemDataRole.UserRole + 1
WARNED = "warned"             # STATUS_ROLE of a new row with warnings: "new+warned"
COLUMNS = (
    ("sheet", QT_TRANSLATE_NOOP("ImportPreview", "Sheet")),
    ("row", QT_TRANSLATE_NOOP("ImportPreview", "Baris")),
    ("status", QT_TRANSLATE_NOOP("ImportPreview", "Status")),
    ("name", QT_TRANSLATE_NOOP("ImportPreview", "Nama")),
    ("nik", QT_TRANSLATE_NOOP("ImportPreview", "NIK")),
    ("reasons", QT_TRANSLATE_NOOP("ImportPreview", "Alasan / peringatan")),
)
WARNING_COLOUR = "#8a5300"
COLOURS = {NEW: "#1b5e20", REJECTED: "#b3261e", DUPLICATE: "#8a5300", DUPLICATE_IN_FILE: "#8a5300"}


class ImportPreviewModel(RowsTableModel):
    columns = COLUMNS

    def cell(self, row: RowResult, key: str, role: int):
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(row, key)
        if role == STATUS_ROLE:
            return f"{row.status}+{WARNED}" if row.status == NEW and row.warnings else row.status
        if role == Qt.ItemDataRole.ForegroundRole and key == "reasons" and row.status == NEW and row.warnings:
            return QBrush(QColor(WARNING_COLOUR))
        if role == Qt.ItemDataRole.ForegroundRole and key == "status" and row.status in COLOURS:
            return QBrush(QColor(COLOURS[row.status]))
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "row":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _display(row: RowResult, key: str) -> str:
        reg = row.registration
        if key == "sheet":
            return row.sheet
        if key == "row":
            return str(row.row)
        if key == "status":
            return status_label(row.status)
        if key == "name":
            return reg.full_name if reg else ""
        if key == "nik":
            return mask_nik(reg.nik) if reg and reg.nik else ""
        return " ".join(row.reasons + row.warnings)
