"""The office's slip-signing key and the public keys of the kabupaten's other offices.

The Ed25519 key pair is made by migration m010 (at set-up, or at the upgrade of an
older database) and lives only in the office database, so it is encrypted with it
and copied only inside database backups; nothing here writes the private key to
a file, shows or logs it. Exporting writes the PUBLIC key (``.lindungi-kunci``).
Importing another office's public key, after the person compared its fingerprint
with that office, and removing one are for an admin (``keys.trust``); all are in the audit log.
"""

from __future__ import annotations

from pathlib import Path

from desktop_app.domain.office_keys import OfficeKey, TrustedKey, new_private_key, office_code, public_key_of
from desktop_app.errors import UserError
from desktop_app.formats import office_key_file
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.services import roles
from desktop_app.services.context import Context

M_NO_OFFICE = QT_TRANSLATE_NOOP("SlipKeys", "Profil kantor belum diisi: isi dulu nama dan wilayah kantor di "
                                            "Pengaturan › Kantor.")
M_OWN_KEY = QT_TRANSLATE_NOOP("SlipKeys", "Berkas {name} berisi kunci kantor ini sendiri; yang diimpor adalah "
                                          "kunci kantor lain.")
M_NOT_TRUSTED = QT_TRANSLATE_NOOP("SlipKeys", "Tidak ada kunci dipercaya dengan sidik jari {fingerprint}.")
M_ALREADY = QT_TRANSLATE_NOOP("SlipKeys", "Kunci {office} dengan sidik jari {fingerprint} sudah dipercaya sejak "
                                          "{date} (diimpor oleh {operator}).")


class SlipKeyService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.store = ctx.store

    # --- this office's key -----------------------------------------------------
    def signing_key(self) -> bytes:
        """The private key new slips are signed with (made here only if m010's row is gone)."""
        key = self.store.slip_keys.private_key()
        if key is not None:
            return key
        with self.store.write():
            key = self.store.slip_keys.private_key()
            if key is None:
                key = new_private_key()
                self.store.slip_keys.set_own(key, public_key_of(key))
        return key

    def public_key(self) -> bytes | None:
        return self.store.slip_keys.public_key()

    def own(self) -> OfficeKey:
        """This office's public key with its name and code, as exported."""
        office = self.store.office.get()
        if office is None:
            raise UserError(tr(M_NO_OFFICE))
        public = self.public_key()
        if public is None:
            public = public_key_of(self.signing_key())
        return OfficeKey(office.name, office_code(office), public)

    def suggested_file_name(self) -> str:
        """``Kantor-Kecamatan-Penajam.lindungi-kunci`` for the export dialog."""
        office = self.store.office.get()
        return office_key_file.default_name(office.name if office else "")

    def export(self, path: Path) -> Path:
        """Write this office's public key file to ``path`` (never the private key); logged."""
        key = self.own()
        written = office_key_file.write(Path(path), key)
        with self.store.write():
            self.store.audit.record(self.ctx.operator, "keys.export", "slip_key", key.fingerprint,
                                    new={"office": key.office_name, "code": key.office_code}, note=written.name)
        return written

    # --- other offices' keys ------------------------------------------------------
    def trusted(self) -> list[TrustedKey]:
        return self.store.slip_keys.trusted()

    def keyring(self) -> dict[bytes, OfficeKey | None]:
        """Every public key a slip may be signed with: this office's (value None) and the trusted ones."""
        ring: dict[bytes, OfficeKey | None] = {t.key.public_key: t.key for t in self.trusted()}
        own = self.public_key()
        if own is not None:
            ring[own] = None
        return ring

    def read(self, path: Path) -> OfficeKey:
        """The key in a ``.lindungi-kunci`` file, to show (with its fingerprint) before trusting it."""
        key = office_key_file.read(Path(path))
        self._check_new(key, Path(path).name)
        return key

    def _check_new(self, key: OfficeKey, name: str) -> None:
        """Refuse this office's own key and one already trusted, each with a sentence."""
        if key.public_key == self.public_key():
            raise UserError(tr(M_OWN_KEY, name=name))
        known = self.store.slip_keys.find_trusted(key.public_key)
        if known is not None:
            raise UserError(tr(M_ALREADY, office=known.key.office_name, fingerprint=known.key.fingerprint,
                               date=known.imported_at.strftime("%d-%m-%Y"), operator=known.imported_by))

    def trust(self, key: OfficeKey, source: str = "") -> None:
        """Trust ``key`` — exactly the one ``read`` returned and the person confirmed (admin only); logged."""
        roles.require(self.ctx, "keys.trust")
        self._check_new(key, source or key.office_name)
        with self.store.write():
            self.store.slip_keys.add_trusted(key, self.ctx.operator)
            self.store.audit.record(self.ctx.operator, "keys.import", "trusted_key", key.fingerprint,
                                    new={"office": key.office_name, "code": key.office_code}, note=source)

    def untrust(self, fingerprint: str) -> OfficeKey:
        """Stop trusting the key with ``fingerprint`` (admin only): its slips read "kantor penerbit tidak dikenal"."""
        roles.require(self.ctx, "keys.trust")
        wanted = fingerprint.strip().upper()
        found = next((t.key for t in self.trusted() if t.key.fingerprint == wanted), None)
        if found is None:
            raise UserError(tr(M_NOT_TRUSTED, fingerprint=fingerprint.strip()))
        with self.store.write():
            self.store.slip_keys.remove_trusted(found.public_key)
            self.store.audit.record(self.ctx.operator, "keys.untrust", "trusted_key", found.fingerprint,
                                    old={"office": found.office_name, "code": found.office_code})
        return found
