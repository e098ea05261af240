"""``AuditTableModel``: the processing log, newest first, fetched a page at a time (100,000 rows stay quick)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from desktop_app.domain.audit_query import AuditQuery
from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.services.audit_reader import PAGE, AuditLine, AuditReader

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
COLUMNS = (("at", QT_TRANSLATE_NOOP("AuditTableModel", "Waktu")),
           ("operator", QT_TRANSLATE_NOOP("AuditTableModel", "Operator")),
           ("action_label", QT_TRANSLATE_NOOP("AuditTableModel", "Tindakan")),
           ("subject", QT_TRANSLATE_NOOP("AuditTableModel", "Objek")),
           ("detail", QT_TRANSLATE_NOOP("AuditTableModel", "Rincian")))


class AuditTableModel(QAbstractTableModel):
    """Adapts ``AuditReader`` pages; decides nothing."""

    def __init__(self, reader: AuditReader, parent=None) -> None:
        super().__init__(parent)
        self.reader = reader
        self.query = AuditQuery()
        self._subjects = None
        self._rows: list[AuditLine] = []
        self._total = 0

    def set_query(self, query: AuditQuery) -> None:
        """Raises ``UserError`` for a person that is neither a NIK nor a registration number (nothing changes)."""
        subjects = self.reader.subjects(query)
        total = self.reader.count(query)
        self.beginResetModel()
        self.query, self._subjects, self._total = query, subjects, total
        self._rows = self.reader.page(query, 0, PAGE, subjects=subjects) if total else []
        self.endResetModel()

    def total(self) -> int:
        return self._total

    def line(self, row: int) -> AuditLine:
        return self._rows[row]

    def canFetchMore(self, parent: Index = _ROOT) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = _ROOT) -> None:
        more = self.reader.page(self.query, len(self._rows), PAGE, subjects=self._subjects)
        if more:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()
        else:
            self._total = len(self._rows)

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("AuditTableModel", COLUMNS[section][1])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        line = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return getattr(line, COLUMNS[index.column()][0])
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"#{line.id} · {line.action} · {line.hash[:16]}"
        return None
