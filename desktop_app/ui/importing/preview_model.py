"""The wizard's preview table: one line per spreadsheet row, with its status and why."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop_app.domain.nik import mask_nik
from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.services.import_preview import DUPLICATE, DUPLICATE_IN_FILE, NEW, REJECTED, RowResult, status_label

Index = QModelIndex | QPersistentModelIndex
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1
translate = QCoreApplication.translate
COLUMNS = (
    QT_TRANSLATE_NOOP("ImportPreview", "Baris"),
    QT_TRANSLATE_NOOP("ImportPreview", "Status"),
    QT_TRANSLATE_NOOP("ImportPreview", "Nama"),
    QT_TRANSLATE_NOOP("ImportPreview", "NIK"),
    QT_TRANSLATE_NOOP("ImportPreview", "Alasan / peringatan"),
)
COLOURS = {NEW: "#1b5e20", REJECTED: "#b3261e", DUPLICATE: "#8a5300", DUPLICATE_IN_FILE: "#8a5300"}


class ImportPreviewModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[RowResult] = []

    def set_rows(self, rows: list[RowResult]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS) \
                and role == Qt.ItemDataRole.DisplayRole:
            return translate("ImportPreview", COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)) \
                or not (0 <= index.column() < len(COLUMNS)):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(row, index.column())
        if role == STATUS_ROLE:
            return row.status
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1 and row.status in COLOURS:
            return QBrush(QColor(COLOURS[row.status]))
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _display(row: RowResult, column: int) -> str:
        reg = row.registration
        if column == 0:
            return str(row.row)
        if column == 1:
            return status_label(row.status)
        if column == 2:
            return reg.full_name if reg else ""
        if column == 3:
            return mask_nik(reg.nik) if reg and reg.nik else ""
        return " ".join(row.reasons + row.warnings)
