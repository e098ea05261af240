"""Which batch actions can act now, and in words why not (shown on the disabled buttons).

The rule is ``domain.batch.allowed``; this module only puts its reasons into words and adds
what only the window knows: nothing chosen, no member selected, the export file on this computer.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.batch import Action, Reason, allowed
from desktop_app.services.batches import BatchLine

translate = QCoreApplication.translate
ACTIONS = {"export": Action.EXPORT, "submit": Action.SUBMIT, "answer": Action.RECORD_ANSWER,
           "correction": Action.MAKE_CORRECTION, "slips": Action.PRINT_SLIPS, "recap": Action.PRINT_RECAP,
           "remove": Action.REMOVE_MEMBERS}
ACTION_KEYS = ("new", "renew", "export", "submit", "answer", "correction", "slips", "recap", "folder", "remove")


def reason_text(reason: Reason) -> str:
    """A refusal's reason as the tooltip of the greyed-out button."""
    texts = {
        Reason.ALREADY_SENT: translate(
            "BatchActions", "Batch yang sudah dikirim tidak diekspor ulang; berkas yang dikirim tetap dipakai."),
        Reason.EMPTY: translate("BatchActions", "Batch ini belum berisi peserta."),
        Reason.HAS_DELETED: translate(
            "BatchActions", "Batch berisi peserta yang sudah dihapus; keluarkan dulu dari batch."),
        Reason.NOT_EXPORTED: translate(
            "BatchActions", "Ekspor batch ke Excel dulu; hanya batch terkunci yang ditandai terkirim."),
        Reason.ALREADY_SUBMITTED: translate("BatchActions", "Batch ini sudah ditandai terkirim."),
        Reason.NOT_SENT: translate("BatchActions", "Jawaban BPJS dicatat setelah batch ditandai terkirim."),
        Reason.NO_REJECTED: translate("BatchActions", "Tidak ada peserta yang ditolak BPJS di batch ini."),
        Reason.NO_ACTIVE: translate("BatchActions", "Batch ini tidak berisi peserta aktif."),
        Reason.NOT_DRAFT: translate(
            "BatchActions", "Isi batch yang sudah terkunci tidak dapat diubah; buat batch koreksi bila perlu."),
    }
    return texts[reason]


def reasons(line: BatchLine | None, export_path: Path | None, selected_members: int) -> dict[str, str]:
    """Action key → "" when it can act, else the reason it cannot."""
    out = dict.fromkeys(ACTION_KEYS, "")
    if line is None:
        none = translate("BatchActions", "Pilih batch di daftar dulu.")
        return out | {k: none for k in ACTION_KEYS if k not in ("new", "renew")}
    for key, action in ACTIONS.items():
        refusal = allowed(line.batch, action, line.counts)
        out[key] = reason_text(refusal.reason) if refusal else ""
    if not out["remove"] and not selected_members:
        out["remove"] = translate("BatchActions", "Pilih peserta di tab Anggota dulu.")
    if not line.batch.exported:
        out["folder"] = translate("BatchActions", "Batch ini belum diekspor.")
    elif export_path is None or not export_path.exists():
        out["folder"] = translate("BatchActions", "Berkas ekspor batch ini tidak ditemukan di komputer ini.")
    return out
