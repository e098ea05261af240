"""The office's slip-signing key pair and the other offices' public keys it trusts (m010).

The private key lives only in this database (encrypted with it); it is read here
for signing and never returned by anything that lists or exports keys.
"""

from __future__ import annotations

from datetime import datetime

from sqlite_utils import Database

from desktop_app.domain.dates import now_iso
from desktop_app.domain.office_keys import OfficeKey, TrustedKey


class SlipKeyRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def private_key(self) -> bytes | None:
        rows = list(self.db.query("SELECT private_key FROM slip_signing_key WHERE id = 1"))
        return bytes(rows[0]["private_key"]) if rows else None

    def public_key(self) -> bytes | None:
        rows = list(self.db.query("SELECT public_key FROM slip_signing_key WHERE id = 1"))
        return bytes(rows[0]["public_key"]) if rows else None

    def set_own(self, private_key: bytes, public_key: bytes) -> None:
        """Store this office's key pair (only when it has none: a key is never replaced silently)."""
        self.db.execute("INSERT INTO slip_signing_key (id, private_key, public_key, created_at) VALUES (1, ?, ?, ?)",
                        [private_key, public_key, now_iso()])

    def trusted(self) -> list[TrustedKey]:
        rows = self.db.query("SELECT * FROM trusted_office_keys ORDER BY office_name, imported_at")
        return [self._trusted(r) for r in rows]

    def find_trusted(self, public_key: bytes) -> TrustedKey | None:
        rows = list(self.db.query("SELECT * FROM trusted_office_keys WHERE public_key = ?", [public_key]))
        return self._trusted(rows[0]) if rows else None

    def add_trusted(self, key: OfficeKey, imported_by: str) -> None:
        self.db.execute("INSERT INTO trusted_office_keys (office_name, office_code, public_key, fingerprint, "
                        "imported_by, imported_at) VALUES (?, ?, ?, ?, ?, ?)",
                        [key.office_name, key.office_code, key.public_key, key.fingerprint, imported_by, now_iso()])

    def remove_trusted(self, public_key: bytes) -> bool:
        """Stop trusting a key; False when it was not trusted."""
        return self.db.execute("DELETE FROM trusted_office_keys WHERE public_key = ?", [public_key]).rowcount > 0

    @staticmethod
    def _trusted(row: dict) -> TrustedKey:
        key = OfficeKey(row["office_name"], row["office_code"], bytes(row["public_key"]))
        return TrustedKey(key, row["imported_by"], datetime.fromisoformat(row["imported_at"]))
