"""Preview of BPJS's answer before it is recorded: who is accepted, rejected, unmatched, and why."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop_app.domain.nik import mask_nik
from desktop_app.i18n import QT_TRANSLATE_NOOP, fill
from desktop_app.services.importing.answers import (
    ACCEPTED,
    INVALID,
    NO_ANSWER,
    REJECTED,
    UNCHANGED,
    UNMATCHED,
    AnswerPreview,
)
from desktop_app.ui import msgbox
from desktop_app.ui.batches.detail import counts_table, fill_counts

translate = QCoreApplication.translate
OUTCOME_LABELS = {
    ACCEPTED: QT_TRANSLATE_NOOP("AnswerDialog", "Diterima"),
    REJECTED: QT_TRANSLATE_NOOP("AnswerDialog", "Ditolak"),
    UNMATCHED: QT_TRANSLATE_NOOP("AnswerDialog", "Tidak cocok"),
    INVALID: QT_TRANSLATE_NOOP("AnswerDialog", "Bermasalah"),
    UNCHANGED: QT_TRANSLATE_NOOP("AnswerDialog", "Sudah tercatat"),
    NO_ANSWER: QT_TRANSLATE_NOOP("AnswerDialog", "Tanpa jawaban"),
}


def outcome_label(outcome: str) -> str:
    return translate("AnswerDialog", OUTCOME_LABELS.get(outcome, outcome))


class AnswerDialog(QDialog):
    """Accepted = record it; the officer sees every row first. ``final`` closes the batch even with gaps."""

    def __init__(self, preview: AnswerPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(fill(self.tr("Jawaban BPJS untuk batch {id}"), id=str(preview.batch_id)))
        counts = "  ·  ".join(f"{outcome_label(o)}: {preview.count(o)}"
                              for o in (ACCEPTED, REJECTED, UNMATCHED, INVALID, UNCHANGED, NO_ANSWER))
        summary = QLabel(fill(self.tr("Berkas {name}, {rows} baris. Belum ada yang dicatat."), name=preview.path.name,
                              rows=str(len(preview.rows)))
                         + "\n" + counts)
        summary.setWordWrap(True)
        self.table = counts_table([self.tr("Baris"), self.tr("Nomor"), self.tr("NIK"), self.tr("Hasil"),
                                   self.tr("KPJ"), self.tr("Keterangan")], stretch=5)
        fill_counts(self.table, [(r.row, r.number, mask_nik(r.nik) if r.nik else "", outcome_label(r.outcome),
                                  r.kpj, r.message or r.reason) for r in preview.rows])
        self.final = QCheckBox(self.tr("Tandai batch sudah dijawab walaupun masih ada peserta tanpa jawaban"))
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(self.tr("Catat jawaban"), QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        msgbox.safe_default(self, cancel)      # recording changes many records: Enter must not do it
        applicable = preview.count(ACCEPTED) + preview.count(REJECTED)
        self.ok_button.setEnabled(applicable > 0)
        if not applicable:
            self.ok_button.setToolTip(self.tr("Tidak ada jawaban baru (diterima/ditolak) di berkas ini."))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.final)
        layout.addWidget(self.buttons)
        self.resize(900, 520)
