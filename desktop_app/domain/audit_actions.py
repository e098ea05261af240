"""What each processing-log action is called on screen, in the export and on the data-subject sheet.

The log stores short action names (``create``, ``nik.unmask``, ``sign_in``…), written by
the services; this is the one table that gives them Indonesian labels (English through
the catalogue). An action not listed is shown by its stored name.
"""

from __future__ import annotations

from desktop_app.i18n import QT_TRANSLATE_NOOP, tr

ACTIONS = {
    "create": QT_TRANSLATE_NOOP("AuditAction", "Data baru"),
    "update": QT_TRANSLATE_NOOP("AuditAction", "Perubahan data"),
    "correction": QT_TRANSLATE_NOOP("AuditAction", "Koreksi (batch perbaikan)"),
    "delete": QT_TRANSLATE_NOOP("AuditAction", "Penghapusan"),
    "restore": QT_TRANSLATE_NOOP("AuditAction", "Pemulihan"),
    "similar_confirmed": QT_TRANSLATE_NOOP("AuditAction", "Dikonfirmasi bukan orang yang sama"),
    "import": QT_TRANSLATE_NOOP("AuditAction", "Impor daftar"),
    "print": QT_TRANSLATE_NOOP("AuditAction", "Cetak"),
    "export": QT_TRANSLATE_NOOP("AuditAction", "Ekspor"),
    "export_list": QT_TRANSLATE_NOOP("AuditAction", "Ekspor daftar peserta"),
    "nik.unmask": QT_TRANSLATE_NOOP("AuditAction", "NIK lengkap ditampilkan"),
    "batch_add": QT_TRANSLATE_NOOP("AuditAction", "Masuk batch"),
    "batch_remove": QT_TRANSLATE_NOOP("AuditAction", "Keluar dari batch"),
    "submit": QT_TRANSLATE_NOOP("AuditAction", "Batch dikirim"),
    "answered": QT_TRANSLATE_NOOP("AuditAction", "Jawaban BPJS lengkap"),
    "bpjs_result": QT_TRANSLATE_NOOP("AuditAction", "Jawaban BPJS dicatat"),
    "renew": QT_TRANSLATE_NOOP("AuditAction", "Perpanjangan skema"),
    "backup": QT_TRANSLATE_NOOP("AuditAction", "Cadangan dibuat"),
    "demo": QT_TRANSLATE_NOOP("AuditAction", "Data contoh dibuat"),
    "sign_in": QT_TRANSLATE_NOOP("AuditAction", "Masuk"),
    "sign_out": QT_TRANSLATE_NOOP("AuditAction", "Keluar"),
    "sign_in_failed": QT_TRANSLATE_NOOP("AuditAction", "Gagal masuk (kata sandi salah)"),
    "lock": QT_TRANSLATE_NOOP("AuditAction", "Layar dikunci"),
    "locked_out": QT_TRANSLATE_NOOP("AuditAction", "Akun dikunci sementara (terlalu sering gagal)"),
    "password_change": QT_TRANSLATE_NOOP("AuditAction", "Kata sandi diganti"),
    "reset_password": QT_TRANSLATE_NOOP("AuditAction", "Kata sandi disetel ulang"),
    "disable": QT_TRANSLATE_NOOP("AuditAction", "Akun dinonaktifkan"),
    "set_role": QT_TRANSLATE_NOOP("AuditAction", "Peran diubah"),
    "audit.export": QT_TRANSLATE_NOOP("AuditAction", "Log pemrosesan diekspor"),
    "subject.view": QT_TRANSLATE_NOOP("AuditAction", "Data satu orang dilihat/dicetak"),
    "data.purge": QT_TRANSLATE_NOOP("AuditAction", "Penghapusan karena masa simpan habis"),
}

# the same meaning under the names other pieces may use
_ALIASES = {"sign_in.failed": "sign_in_failed", "signin_failed": "sign_in_failed", "failed_sign_in": "sign_in_failed",
            "login": "sign_in", "logout": "sign_out", "password_reset": "reset_password", "purge": "data.purge",
            "unmask": "nik.unmask"}

ENTITIES = {
    "registration": QT_TRANSLATE_NOOP("AuditAction", "peserta"),
    "registrations": QT_TRANSLATE_NOOP("AuditAction", "daftar peserta"),
    "batch": QT_TRANSLATE_NOOP("AuditAction", "batch"),
    "scheme": QT_TRANSLATE_NOOP("AuditAction", "skema"),
    "office": QT_TRANSLATE_NOOP("AuditAction", "kantor"),
    "operator": QT_TRANSLATE_NOOP("AuditAction", "operator"),
    "database": QT_TRANSLATE_NOOP("AuditAction", "basis data"),
    "report": QT_TRANSLATE_NOOP("AuditAction", "laporan"),
    "settings": QT_TRANSLATE_NOOP("AuditAction", "pengaturan"),
    "audit_log": QT_TRANSLATE_NOOP("AuditAction", "log pemrosesan"),
    "session": QT_TRANSLATE_NOOP("AuditAction", "sesi"),
}


DOCUMENTS = {
    "list": QT_TRANSLATE_NOOP("AuditAction", "daftar peserta"),
    "record": QT_TRANSLATE_NOOP("AuditAction", "formulir satu orang"),
    "slip": QT_TRANSLATE_NOOP("AuditAction", "bukti pendaftaran"),
    "recap": QT_TRANSLATE_NOOP("AuditAction", "rekap/berita acara"),
    "report": QT_TRANSLATE_NOOP("AuditAction", "laporan"),
    "batch": QT_TRANSLATE_NOOP("AuditAction", "berkas batch untuk BPJS"),
    "backup": QT_TRANSLATE_NOOP("AuditAction", "cadangan basis data"),
    "audit": QT_TRANSLATE_NOOP("AuditAction", "log pemrosesan"),
    "subject": QT_TRANSLATE_NOOP("AuditAction", "data satu orang"),
    "screen": QT_TRANSLATE_NOOP("AuditAction", "layar"),
    "terminal": QT_TRANSLATE_NOOP("AuditAction", "terminal (baris perintah)"),
}


def document_label(key: str) -> str:
    """What left the database (``document``) or the destination ``screen``/``terminal``, in words."""
    return tr(DOCUMENTS[key]) if key in DOCUMENTS else key


def action_label(action: str) -> str:
    key = _ALIASES.get(action, action)
    return tr(ACTIONS[key]) if key in ACTIONS else action


def entity_label(entity: str) -> str:
    return tr(ENTITIES[entity]) if entity in ENTITIES else entity


def action_choices() -> list[tuple[str, str]]:
    """(label, action) for a filter's pick list, in the table's order."""
    return [(tr(label), key) for key, label in ACTIONS.items()]
