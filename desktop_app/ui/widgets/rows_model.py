"""``RowsTableModel``: a read-only table over a list of rows already in memory.

Subclasses name their ``columns`` as ``(key, QT_TRANSLATE_NOOP(context, label))``
pairs and answer ``cell(row, key, role)``; the model adapts, it never decides.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class RowsTableModel(QAbstractTableModel):
    columns: tuple = ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - the Qt idiom
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns) \
                and role == Qt.ItemDataRole.DisplayRole:
            label = self.columns[section][1]
            return QCoreApplication.translate(label.context, label)
        return None

    def row(self, row: int):
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)) \
                or not (0 <= index.column() < len(self.columns)):
            return None
        return self.cell(self._rows[index.row()], self.columns[index.column()][0], role)

    def cell(self, row, key: str, role: int):
        raise NotImplementedError
