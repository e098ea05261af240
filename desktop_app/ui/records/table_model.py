"""``RecordTableModel``: registrations a page at a time, straight from SQLite.

Never holds the whole table: the first page comes with ``set_query`` and the
view asks for more through ``canFetchMore``/``fetchMore`` as it scrolls.
Sorting is an ORDER BY in SQLite; the count for the status bar is computed
separately (``total``) so a keystroke in the search box only pays for one page.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop_app.domain.dates import format_date
from desktop_app.domain.nik import mask_nik
from desktop_app.domain.occupations import occupation_label
from desktop_app.domain.record_query import SORT_KEYS, RegistrationQuery
from desktop_app.domain.regions import RegionDirectory
from desktop_app.domain.registration import BpjsStatus, sex_label
from desktop_app.domain.regnumber import format_number
from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.services.records import RecordsService

_ROOT = QModelIndex()  # the invisible root: an immutable value, safe as a shared default
PAGE_SIZE = 100
ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = (
    ("seq", QT_TRANSLATE_NOOP("RecordTableModel", "Nomor")),
    ("nik", QT_TRANSLATE_NOOP("RecordTableModel", "NIK")),
    ("kpj", QT_TRANSLATE_NOOP("RecordTableModel", "KPJ")),
    ("full_name", QT_TRANSLATE_NOOP("RecordTableModel", "Nama")),
    ("birth_date", QT_TRANSLATE_NOOP("RecordTableModel", "Tgl lahir")),
    ("sex", QT_TRANSLATE_NOOP("RecordTableModel", "L/P")),
    ("village_code", QT_TRANSLATE_NOOP("RecordTableModel", "Desa/Kelurahan")),
    ("occupation", QT_TRANSLATE_NOOP("RecordTableModel", "Pekerjaan")),
    ("scheme_id", QT_TRANSLATE_NOOP("RecordTableModel", "Skema")),
    ("batch_id", QT_TRANSLATE_NOOP("RecordTableModel", "Batch")),
    ("status", QT_TRANSLATE_NOOP("RecordTableModel", "Status")),
    ("origin_office", QT_TRANSLATE_NOOP("RecordTableModel", "Kantor asal")),
)
OFFICE_COLUMN = len(COLUMNS) - 1
Index = QModelIndex | QPersistentModelIndex


translate = QCoreApplication.translate


class RecordTableModel(QAbstractTableModel):
    def __init__(self, records: RecordsService, regions: RegionDirectory, scheme_names: dict[int, str],
                 parent=None) -> None:
        super().__init__(parent)
        self.repo, self.regions, self.scheme_names = records, regions, scheme_names
        self.query = RegistrationQuery()
        self.reveal_nik = False
        self._rows: list[dict] = []
        self._exhausted = True
        self._announcing_reset = False

    def _end_reset(self) -> None:
        """``endResetModel``, ignoring ``fetchMore`` from slots of ``modelReset`` itself: rows inserted
        while listeners still process the reset would reach them out of order (Qt's model tester says so)."""
        self._announcing_reset = True
        try:
            self.endResetModel()
        finally:
            self._announcing_reset = False

    # --- loading ---------------------------------------------------------------
    def set_query(self, query: RegistrationQuery) -> None:
        self.beginResetModel()
        self.query = query
        self._rows = self.repo.page(query, 0, PAGE_SIZE)
        self._exhausted = len(self._rows) < PAGE_SIZE
        self._end_reset()

    def refresh(self) -> None:
        """Reload after a change, keeping as many rows as were loaded (so the view keeps its place)."""
        self.beginResetModel()
        loaded = max(PAGE_SIZE, len(self._rows))
        self._rows = self.repo.page(self.query, 0, loaded)
        self._exhausted = len(self._rows) < loaded
        self._end_reset()

    def total(self) -> int:
        return self.repo.count(self.query)

    def canFetchMore(self, parent: Index = _ROOT) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = _ROOT) -> None:
        if parent.isValid() or self._exhausted or self._announcing_reset:
            return
        more = self.repo.page(self.query, len(self._rows), PAGE_SIZE)
        self._exhausted = len(more) < PAGE_SIZE
        if more:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def set_reveal_nik(self, reveal: bool) -> None:
        self.reveal_nik = reveal
        if self._rows:
            column = self.column_of("nik")
            self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column),
                                  [Qt.ItemDataRole.DisplayRole])

    # --- shape -------------------------------------------------------------------
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    @staticmethod
    def column_of(key: str) -> int:
        return [c[0] for c in COLUMNS].index(key)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return translate("RecordTableModel", COLUMNS[section][1])
            if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section][0] in SORT_KEYS:
                return translate("RecordTableModel", "Klik untuk mengurutkan")
        return None

    def row(self, row: int) -> dict:
        return self._rows[row]

    def id_at(self, row: int) -> str:
        return self._rows[row]["id"]

    # --- data ----------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)) or not (0 <= index.column() < len(COLUMNS)):
            return None
        row, key = self._rows[index.row()], COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, key)
        if role == ID_ROLE:
            return row["id"]
        if role == Qt.ItemDataRole.ForegroundRole and row["deleted_at"]:
            return QBrush(QColor("#8a8a8a"))
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("seq", "nik", "kpj", "birth_date", "batch_id"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and key == "village_code":
            return " › ".join(r.name for r in self.regions.lineage(row["village_code"])[1:])
        if role == Qt.ItemDataRole.ToolTipRole and key in ("scheme_id", "occupation", "full_name", "status"):
            return self._display(row, key)
        return None

    def _display(self, row: dict, key: str) -> str:
        value = row.get(key)
        if key == "seq":
            return format_number(value)
        if key == "nik":
            return value if self.reveal_nik else mask_nik(value)
        if key == "birth_date":
            return format_date(date.fromisoformat(value)) if value else ""
        if key == "village_code":
            region = self.regions.get(value)
            return region.name if region else value
        if key == "scheme_id":
            return self.scheme_names.get(value, "")
        if key == "occupation":
            return occupation_label(value)
        if key == "sex":
            return sex_label(value, short=True)
        if key == "batch_id":
            return str(value) if value is not None else ""
        if key == "status":
            return self._status(row)
        return "" if value is None else str(value)

    @staticmethod
    def _status(row: dict) -> str:
        if row["deleted_at"]:
            reason = row.get("deleted_reason") or ""
            return translate("RecordTableModel", "Dihapus") + (f": {reason}" if reason else "")
        if row["bpjs_status"] == BpjsStatus.ACCEPTED:
            return translate("RecordTableModel", "Diterima BPJS") + (f" ({row['kpj']})" if row["kpj"] else "")
        if row["bpjs_status"] == BpjsStatus.REJECTED:
            return translate("RecordTableModel", "Ditolak BPJS")
        return translate("RecordTableModel", "Aktif")

    # --- sorting ---------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS) or COLUMNS[column][0] not in SORT_KEYS:
            return
        self.set_query(replace(self.query, order_by=COLUMNS[column][0],
                               descending=order == Qt.SortOrder.DescendingOrder))
