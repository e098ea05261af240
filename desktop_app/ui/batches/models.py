"""Table models of the Batch page: the batches, and the members of one batch."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from desktop_app.domain.batch import BatchCounts, status_label
from desktop_app.domain.dates import format_date
from desktop_app.domain.nik import mask_nik
from desktop_app.domain.registration import BpjsStatus
from desktop_app.domain.regnumber import format_number
from desktop_app.i18n import QT_TRANSLATE_NOOP, fill
from desktop_app.services.batches import BatchLine
from desktop_app.ui.widgets.rows_model import RowsTableModel

ID_ROLE = Qt.ItemDataRole.UserRole + 1
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
translate = QCoreApplication.translate

BATCH_COLUMNS = (
    ("id", QT_TRANSLATE_NOOP("BatchModel", "No.")),
    ("title", QT_TRANSLATE_NOOP("BatchModel", "Judul")),
    ("scheme", QT_TRANSLATE_NOOP("BatchModel", "Skema")),
    ("status", QT_TRANSLATE_NOOP("BatchModel", "Status")),
    ("people", QT_TRANSLATE_NOOP("BatchModel", "Peserta")),
    ("created_at", QT_TRANSLATE_NOOP("BatchModel", "Dibuat")),
    ("file", QT_TRANSLATE_NOOP("BatchModel", "Berkas ekspor (SHA-256)")),
    ("answer", QT_TRANSLATE_NOOP("BatchModel", "Jawaban BPJS")),
)
MEMBER_COLUMNS = (
    ("seq", QT_TRANSLATE_NOOP("BatchModel", "Nomor")),
    ("nik", QT_TRANSLATE_NOOP("BatchModel", "NIK")),
    ("full_name", QT_TRANSLATE_NOOP("BatchModel", "Nama")),
    ("result", QT_TRANSLATE_NOOP("BatchModel", "Jawaban BPJS")),
    ("result_kpj", QT_TRANSLATE_NOOP("BatchModel", "KPJ")),
    ("result_reason", QT_TRANSLATE_NOOP("BatchModel", "Alasan")),
)


def answer_text(counts: BatchCounts) -> str:
    """``12 diterima · 3 ditolak · 5 menunggu`` (only the parts that are not zero)."""
    parts = [(counts.accepted, translate("BatchModel", "{n} diterima")),
             (counts.rejected, translate("BatchModel", "{n} ditolak")),
             (counts.waiting, translate("BatchModel", "{n} menunggu"))]
    return " · ".join(fill(text, n=str(n)) for n, text in parts if n)


def short_time(iso: str) -> str:
    try:
        moment = datetime.fromisoformat(iso)
    except (TypeError, ValueError):
        return iso or ""
    return f"{format_date(moment.date())} {moment:%H:%M}"


class BatchListModel(RowsTableModel):
    """Rows are ``BatchService.lines()``: a batch, its scheme's name and its counts."""

    columns = BATCH_COLUMNS

    def row_of(self, batch_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.batch.id == batch_id), -1)

    def cell(self, row: BatchLine, key: str, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, key)
        if role == ID_ROLE:
            return row.batch.id
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("id", "people"):
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "file" and row.batch.exported:
                return f"{row.batch.file_name}\nSHA-256: {row.batch.file_sha256}"
            return self._display(row, key)
        return None

    @staticmethod
    def _display(row: BatchLine, key: str) -> str:
        batch = row.batch
        if key == "id":
            return str(batch.id)
        if key == "status":
            return status_label(batch.status)
        if key == "people":
            return str(row.counts.people)
        if key == "created_at":
            return short_time(batch.created_at)
        if key == "file":
            return f"{batch.file_name} ({batch.file_sha256[:12]}…)" if batch.exported else ""
        if key == "answer":
            return answer_text(row.counts) if batch.sent else ""
        if key == "scheme":
            return row.scheme_name
        return batch.title if key == "title" else ""


class BatchMembersModel(RowsTableModel):
    """Rows are ``BatchRepo.items`` dicts; the NIK is always masked."""

    columns = MEMBER_COLUMNS

    def cell(self, row: dict, key: str, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, key)
        if role == ID_ROLE:
            return row["registration_id"]
        if role == Qt.ItemDataRole.ToolTipRole and key in ("full_name", "result_reason"):
            return self._display(row, key)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row["deleted_at"]:
                return QBrush(QColor("#8a8a8a"))
            if row["result"] == BpjsStatus.REJECTED:
                return QBrush(QColor("#b3261e"))
        return None

    @staticmethod
    def _display(row: dict, key: str) -> str:
        if key == "seq":
            return format_number(row["seq"])
        if key == "nik":
            return mask_nik(row["nik"])
        if key == "result":
            if row["deleted_at"]:
                return translate("BatchModel", "Dihapus")
            answers = {BpjsStatus.ACCEPTED: translate("BatchModel", "Diterima"),
                       BpjsStatus.REJECTED: translate("BatchModel", "Ditolak")}
            return answers.get(row["result"], translate("BatchModel", "Menunggu"))
        value = row.get(key)
        return "" if value is None else str(value)
