"""The words for a batch action that ``domain.batch.allowed`` refused, as a ``UserError``.

Every service that acts on a batch (members, export, submit, BPJS's answer, correction,
printing) raises from here, so the CLI and the window say the same thing for the same
reason. The texts keep the translation contexts of the services they came from.
"""

from __future__ import annotations

from desktop_app.domain.batch import Action, Batch, BatchCounts, Reason, Refusal, status_label
from desktop_app.errors import UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr

M_NOT_DRAFT = QT_TRANSLATE_NOOP("Batch", "Batch {id} berstatus \"{status}\" dan tidak dapat diubah lagi; "
                                "buat batch baru atau batch koreksi.")
M_NOT_LOCKED = QT_TRANSLATE_NOOP("Batch", "Batch {id} belum diekspor (status \"{status}\"); ekspor dulu, "
                                 "lalu tandai terkirim.")
M_ALREADY_SUBMITTED = QT_TRANSLATE_NOOP("Batch", "Batch {id} sudah ditandai terkirim (status \"{status}\").")
M_NOT_ANSWERED = QT_TRANSLATE_NOOP("Batch", "Batch {id} belum menerima jawaban BPJS (status \"{status}\").")
M_NO_REJECTED = QT_TRANSLATE_NOOP("Batch", "Batch {id} tidak punya peserta ditolak yang dapat dikirim ulang.")
M_NOT_SUBMITTED = QT_TRANSLATE_NOOP("Results", "Batch {id} berstatus \"{status}\"; jawaban BPJS hanya dicatat "
                                               "untuk batch "
                                    "yang sudah ditandai terkirim (lindungi batch submit {id}).")
M_EMPTY = QT_TRANSLATE_NOOP("Export", "Batch {id} belum berisi peserta; tidak ada yang diekspor.")
M_DELETED = QT_TRANSLATE_NOOP("Export", "Batch {id} berisi {count} peserta yang sudah dihapus; keluarkan dulu dari "
                              "batch (lindungi batch remove) lalu ekspor lagi.")
M_SENT = QT_TRANSLATE_NOOP("Export", "Batch {id} sudah dikirim (status \"{status}\") dan tidak diekspor ulang; "
                           "berkas yang dikirim tetap dipakai.")
M_NO_ACTIVE = QT_TRANSLATE_NOOP("Printing", "Batch {id} tidak berisi pendaftaran aktif.")

_BY_REASON = {
    Reason.NOT_DRAFT: M_NOT_DRAFT,
    Reason.NOT_EXPORTED: M_NOT_LOCKED,
    Reason.ALREADY_SUBMITTED: M_ALREADY_SUBMITTED,
    Reason.NO_REJECTED: M_NO_REJECTED,
    Reason.EMPTY: M_EMPTY,
    Reason.HAS_DELETED: M_DELETED,
    Reason.ALREADY_SENT: M_SENT,
    Reason.NO_ACTIVE: M_NO_ACTIVE,
}
_NOT_SENT = {Action.RECORD_ANSWER: M_NOT_SUBMITTED, Action.MAKE_CORRECTION: M_NOT_ANSWERED}


def refusal_text(refusal: Refusal, batch: Batch, counts: BatchCounts) -> str:
    text = _NOT_SENT[refusal.action] if refusal.reason is Reason.NOT_SENT else _BY_REASON[refusal.reason]
    return tr(text, id=batch.id, status=status_label(refusal.status), count=counts.deleted)


def refused(refusal: Refusal, batch: Batch, counts: BatchCounts) -> UserError:
    return UserError(refusal_text(refusal, batch, counts))
