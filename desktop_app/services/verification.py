"""The office signing key and checking a scanned slip QR against it (offline).

The key is 32 random bytes created the first time a slip is printed and kept in
the office database (setting ``print.slip_signing_key``), so it travels with
the data and its backups. It is never logged, shown or exported.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass, field

from desktop_app.domain.dates import format_date, format_date_long
from desktop_app.domain.nik import mask_nik
from desktop_app.domain.registration import Registration, sex_label
from desktop_app.domain.regnumber import format_number, parse_number
from desktop_app.domain.slip_token import SlipToken, TokenStatus, check, new_key
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.services.context import Context
from desktop_app.storage.store import Store

KEY_SETTING = "print.slip_signing_key"

M_GENUINE = QT_TRANSLATE_NOOP("Verify", "ASLI: bukti ini dicetak oleh kantor ini pada {date}.")
M_MALFORMED = QT_TRANSLATE_NOOP("Verify", "TIDAK ASLI: teks ini bukan kode bukti pendaftaran Lindungi.")
M_NO_KEY = QT_TRANSLATE_NOOP("Verify", "TIDAK DAPAT DIPASTIKAN: kantor ini belum pernah mencetak bukti, "
                             "jadi belum ada kunci untuk memeriksa.")
M_OTHER_KEY = QT_TRANSLATE_NOOP("Verify", "TIDAK ASLI untuk kantor ini: kode tidak ditandatangani dengan kunci "
                                "basis data ini (bukti dari kantor lain, atau dipalsukan).")
M_TAMPERED = QT_TRANSLATE_NOOP("Verify", "TIDAK ASLI: isi kode telah diubah (tanda tangan tidak cocok).")
M_NO_RECORD = QT_TRANSLATE_NOOP("Verify", "TIDAK DAPAT DIPASTIKAN: tanda tangan cocok, tetapi nomor {number} tidak "
                                "ada di basis data ini (mungkin dipulihkan dari cadangan lama).")
M_DELETED = QT_TRANSLATE_NOOP("Verify", "Perhatian: pendaftaran ini sudah dihapus pada {date} ({reason}).")
M_NIK_CHANGED = QT_TRANSLATE_NOOP("Verify", "Perhatian: NIK di data sekarang ({now}) berbeda dengan yang tercetak "
                                  "({printed}); data dikoreksi setelah dicetak.")
M_SCHEME_CHANGED = QT_TRANSLATE_NOOP("Verify", "Perhatian: skema di data sekarang berbeda dengan yang tercetak.")
M_ACTIVE = QT_TRANSLATE_NOOP("Verify", "aktif")
M_REMOVED = QT_TRANSLATE_NOOP("Verify", "dihapus")
RECORD_LABELS = {
    "number": QT_TRANSLATE_NOOP("Verify", "Nomor pendaftaran"),
    "name": QT_TRANSLATE_NOOP("Verify", "Nama"),
    "nik": QT_TRANSLATE_NOOP("Verify", "NIK"),
    "birth_date": QT_TRANSLATE_NOOP("Verify", "Tanggal lahir"),
    "sex": QT_TRANSLATE_NOOP("Verify", "Jenis kelamin"),
    "village": QT_TRANSLATE_NOOP("Verify", "Desa/Kelurahan"),
    "scheme": QT_TRANSLATE_NOOP("Verify", "Skema"),
    "coverage": QT_TRANSLATE_NOOP("Verify", "Masa perlindungan"),
    "kpj": QT_TRANSLATE_NOOP("Verify", "Nomor KPJ"),
    "status": QT_TRANSLATE_NOOP("Verify", "Status"),
}


def current_key(store: Store) -> bytes | None:
    """The office key, or None before the first slip was printed (or if damaged)."""
    text = store.office.setting(KEY_SETTING)
    if not text:
        return None
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None


def ensure_key(store: Store) -> bytes:
    """The office key, created and stored on first use (in its own small transaction)."""
    key = current_key(store)
    if key is not None:
        return key
    with store.write():
        key = current_key(store)
        if key is None:
            key = new_key()
            store.office.set_setting(KEY_SETTING, base64.b64encode(key).decode("ascii"))
    return key


@dataclass
class Verification:
    genuine: bool
    status: str
    message: str
    token: SlipToken | None = None
    record: dict | None = None       # keys of RECORD_LABELS; the NIK is masked
    warnings: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        """Headline, record summary and warnings, for the CLI and the GUI."""
        out = [self.message]
        out += [f"  {tr(RECORD_LABELS[k])}: {v}" for k, v in (self.record or {}).items()]
        return out + self.warnings


class VerificationService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.store = ctx.store

    def verify(self, qr_text: str) -> Verification:
        """Say whether a scanned or typed slip code is genuine, and show its record."""
        key = current_key(self.store)
        result = check(qr_text, key)
        if result.status is TokenStatus.MALFORMED:
            return Verification(False, result.status.value, tr(M_MALFORMED))
        if result.status is TokenStatus.OTHER_KEY:
            return Verification(False, result.status.value, tr(M_NO_KEY if key is None else M_OTHER_KEY),
                                result.token)
        if result.status is TokenStatus.BAD_SIGNATURE:
            return Verification(False, result.status.value, tr(M_TAMPERED), result.token)
        return self._genuine(result.token)

    def _genuine(self, token: SlipToken) -> Verification:
        seq = parse_number(token.number)
        reg = self.store.registrations.get_by_seq(seq) if seq is not None else None
        if reg is None:
            return Verification(False, "unknown_record", tr(M_NO_RECORD, number=token.number), token)
        warnings = []
        if reg.deleted:
            warnings.append(tr(M_DELETED, date=format_date(reg.deleted_at.date()), reason=reg.deleted_reason))
        if mask_nik(reg.nik) != token.masked_nik:
            warnings.append(tr(M_NIK_CHANGED, now=mask_nik(reg.nik), printed=token.masked_nik))
        if reg.scheme_id != token.scheme_id:
            warnings.append(tr(M_SCHEME_CHANGED))
        return Verification(True, "genuine", tr(M_GENUINE, date=format_date_long(token.printed_on)), token,
                            self._summary(reg), warnings)

    def _summary(self, reg: Registration) -> dict:
        scheme = self.store.schemes.get(reg.scheme_id)
        village = self.ctx.regions.get(reg.village_code)
        coverage = f"{reg.coverage_start.label()} – {reg.coverage_end.label()}" if reg.coverage_start else ""
        sex = sex_label(reg.sex)
        return {
            "number": format_number(reg.seq), "name": reg.full_name, "nik": mask_nik(reg.nik),
            "birth_date": format_date(reg.birth_date), "sex": sex,
            "village": village.name if village else reg.village_code,
            "scheme": scheme.name if scheme else str(reg.scheme_id), "coverage": coverage,
            "kpj": reg.kpj or "-", "status": tr(M_REMOVED if reg.deleted else M_ACTIVE),
        }
