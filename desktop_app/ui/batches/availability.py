"""Which batch actions can act now, and in words why not (shown on the disabled buttons)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop_app.services.batches import ANSWERED, DRAFT, LOCKED, SUBMITTED

translate = QCoreApplication.translate
ACTION_KEYS = ("new", "export", "submit", "answer", "correction", "slips", "recap", "folder", "remove")


def reasons(batch: dict | None, counts: dict, export_path: Path | None, selected_members: int) -> dict[str, str]:
    """Action key → "" when it can act, else the reason it cannot."""
    out = dict.fromkeys(ACTION_KEYS, "")
    if batch is None:
        none = translate("BatchActions", "Pilih batch di daftar dulu.")
        return out | {k: none for k in ACTION_KEYS if k != "new"}
    status, people, deleted = batch["status"], counts.get("people", 0), counts.get("deleted", 0)
    if status not in (DRAFT, LOCKED):
        out["export"] = translate(
            "BatchActions", "Batch yang sudah dikirim tidak diekspor ulang; berkas yang dikirim tetap dipakai."
        )
    elif not people:
        out["export"] = translate("BatchActions", "Batch ini belum berisi peserta.")
    elif deleted:
        out["export"] = translate("BatchActions", "Batch berisi peserta yang sudah dihapus; keluarkan dulu dari batch.")
    if status != LOCKED:
        out["submit"] = (
            translate("BatchActions", "Ekspor batch ke Excel dulu; hanya batch terkunci yang ditandai terkirim.")
            if status == DRAFT
            else translate("BatchActions", "Batch ini sudah ditandai terkirim.")
        )
    if status not in (SUBMITTED, ANSWERED):
        out["answer"] = translate("BatchActions", "Jawaban BPJS dicatat setelah batch ditandai terkirim.")
        out["correction"] = out["answer"]
    elif not counts.get("rejected"):
        out["correction"] = translate("BatchActions", "Tidak ada peserta yang ditolak BPJS di batch ini.")
    if people - deleted <= 0:
        out["slips"] = out["recap"] = translate("BatchActions", "Batch ini tidak berisi peserta aktif.")
    if not batch["file_sha256"]:
        out["folder"] = translate("BatchActions", "Batch ini belum diekspor.")
    elif export_path is None or not export_path.exists():
        out["folder"] = translate("BatchActions", "Berkas ekspor batch ini tidak ditemukan di komputer ini.")
    if status != DRAFT:
        out["remove"] = translate(
            "BatchActions", "Isi batch yang sudah terkunci tidak dapat diubah; buat batch koreksi bila perlu."
        )
    elif not selected_members:
        out["remove"] = translate("BatchActions", "Pilih peserta di tab Anggota dulu.")
    return out
