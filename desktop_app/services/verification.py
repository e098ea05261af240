"""Checking a scanned slip QR offline: with this office's key and the keys it trusts.

New slips carry an Ed25519 signature (``domain.slip_token``); the verdict names
the office that issued the slip: this one (then the record is looked up here),
or another office of the kabupaten whose public key was imported (then only what
the code itself says is shown: the record lives in that office). A code signed by
a key nobody imported is "kantor penerbit tidak dikenal", never "forged".
Old ``LDG1`` slips were signed with the per-database HMAC key in setting
``print.slip_signing_key``; that key is kept, so they still check in the office
that printed them. Keys are never logged, shown or exported here.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass, field

from desktop_app.domain.dates import format_date, format_date_long
from desktop_app.domain.nik import mask_nik
from desktop_app.domain.office_keys import OfficeKey, office_code
from desktop_app.domain.registration import Registration, sex_label
from desktop_app.domain.regnumber import format_number, is_legacy, parse_number
from desktop_app.domain.slip_token import SlipToken, TokenCheck, TokenStatus, check
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.services.context import Context
from desktop_app.services.slip_keys import SlipKeyService
from desktop_app.storage.store import Store

LEGACY_KEY_SETTING = "print.slip_signing_key"

M_GENUINE = QT_TRANSLATE_NOOP("Verify", "ASLI: bukti ini dicetak oleh kantor ini, {office}, pada {date}.")
M_GENUINE_OTHER = QT_TRANSLATE_NOOP("Verify", "ASLI: bukti ini diterbitkan oleh {office} (kode {code}) pada "
                                    "{date}. Data pesertanya tersimpan di kantor itu, bukan di sini.")
M_GENUINE_RECEIVED = QT_TRANSLATE_NOOP("Verify", "ASLI: bukti ini diterbitkan oleh {office} (kode {code}) pada {date}. "
                                       "Data pesertanya juga ada di sini, diterima dari kantor {origin}.")
M_MALFORMED = QT_TRANSLATE_NOOP("Verify", "TIDAK ASLI: teks ini bukan kode bukti pendaftaran Lindungi.")
M_UNKNOWN_ISSUER = QT_TRANSLATE_NOOP("Verify", "TIDAK DAPAT DIPASTIKAN: kantor penerbit tidak dikenal (kunci {kid}). "
                                     "Bila bukti ini dari kantor lain di kabupaten, minta berkas kunci publik "
                                     "kantor itu dan impor di Pengaturan › Kunci bukti.")
M_LEGACY_ELSEWHERE = QT_TRANSLATE_NOOP("Verify", "TIDAK DAPAT DIPASTIKAN: ini bukti format lama, yang hanya dapat "
                                       "diperiksa di kantor yang mencetaknya, dan kantor ini tidak mencetaknya.")
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
    "printed_on": QT_TRANSLATE_NOOP("Verify", "Tanggal cetak"),
    "issuer": QT_TRANSLATE_NOOP("Verify", "Kantor penerbit"),
}


def legacy_key(store: Store) -> bytes | None:
    """The old HMAC office key (made by versions before issue 14 at the first print), or None."""
    text = store.office.setting(LEGACY_KEY_SETTING)
    if not text:
        return None
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None


@dataclass
class Verification:
    genuine: bool
    status: str
    message: str
    token: SlipToken | None = None
    record: dict | None = None       # keys of RECORD_LABELS; the NIK is masked
    warnings: list[str] = field(default_factory=list)
    issuer: str = ""                 # the office that signed it, when genuine
    local: bool = False              # the record is in this database (this office printed it)

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
        """Say whether a scanned or typed slip code is genuine, who issued it, and show its record."""
        ring = SlipKeyService(self.ctx).keyring()
        result = check(qr_text, ring, legacy_key(self.store))
        refused = self._refusal(result)
        if refused is not None:
            return refused
        issuer = ring.get(result.signer) if result.signer is not None else None
        return self._genuine(result.token) if issuer is None else self._foreign(result.token, issuer)

    @staticmethod
    def _refusal(result: TokenCheck) -> Verification | None:
        status = result.status
        if status is TokenStatus.GENUINE:
            return None
        if status is TokenStatus.MALFORMED:
            return Verification(False, status.value, tr(M_MALFORMED))
        if status is TokenStatus.UNKNOWN_ISSUER:
            return Verification(False, status.value, tr(M_UNKNOWN_ISSUER, kid=result.key_id), result.token)
        if status is TokenStatus.OTHER_KEY:
            return Verification(False, status.value, tr(M_LEGACY_ELSEWHERE), result.token)
        return Verification(False, status.value, tr(M_TAMPERED), result.token)

    def _foreign(self, token: SlipToken, issuer: OfficeKey) -> Verification:
        """Genuine, from another office: only what the signed code says (the record is not here)."""
        record = {"number": token.number, "nik": token.masked_nik, "printed_on": format_date(token.printed_on),
                  "issuer": f"{issuer.office_name} ({issuer.office_code})"}
        message = tr(M_GENUINE_OTHER, office=issuer.office_name, code=issuer.office_code,
                     date=format_date_long(token.printed_on))
        seq = parse_number(token.number)
        reg = self.store.registrations.get_by_seq(seq) if seq is not None and not is_legacy(seq) else None
        if reg is not None and reg.origin_office and reg.origin_office != self.store.office.identity().code:
            # a kabupaten-unique number of a row received from that office (the Dinas view)
            message = tr(M_GENUINE_RECEIVED, office=issuer.office_name, code=issuer.office_code,
                         date=format_date_long(token.printed_on), origin=reg.origin_office)
            record = self._summary(reg) | {"printed_on": record["printed_on"], "issuer": record["issuer"]}
            return Verification(True, "genuine_other_office", message, token, record, self._warnings(reg, token),
                                issuer=record["issuer"])
        return Verification(True, "genuine_other_office", message, token, record, issuer=record["issuer"])

    def _genuine(self, token: SlipToken) -> Verification:
        seq = parse_number(token.number)
        reg = self.store.registrations.get_by_seq(seq) if seq is not None else None
        if reg is None:
            return Verification(False, "unknown_record", tr(M_NO_RECORD, number=token.number), token)
        warnings = self._warnings(reg, token)
        office = self.store.office.get()
        issuer = f"{office.name} ({office_code(office)})" if office else ""
        message = tr(M_GENUINE, office=office.name if office else "-", date=format_date_long(token.printed_on))
        return Verification(True, "genuine", message, token, self._summary(reg), warnings, issuer=issuer, local=True)

    @staticmethod
    def _warnings(reg: Registration, token: SlipToken) -> list[str]:
        """What changed in the record since the slip was printed."""
        warnings = []
        if reg.deleted:
            warnings.append(tr(M_DELETED, date=format_date(reg.deleted_at.date()), reason=reg.deleted_reason))
        if mask_nik(reg.nik) != token.masked_nik:
            warnings.append(tr(M_NIK_CHANGED, now=mask_nik(reg.nik), printed=token.masked_nik))
        if reg.scheme_id != token.scheme_id:
            warnings.append(tr(M_SCHEME_CHANGED))
        return warnings

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
