"""Erasing the personal data of a scheme's registrations while keeping the rows the reports count.

``anonymise`` empties the identifying columns (``domain.retention.ERASED_FIELDS``),
replaces the NIK by a placeholder, deletes the heirs, clears BPJS's KPJ and reasons in
the batch answers and empties the old/new content of every log row about those
registrations (``redacted``: the hash chain stays whole, see ``storage.audit_chain``).
It runs inside the caller's write transaction, with ``secure_delete`` on so freed space
is zeroed. ``scrub`` then merges the name index (deleted terms leave its segments),
rewrites the file (``VACUUM``) and truncates the WAL, so the old content is not left
in free pages — and backups taken afterwards cannot carry it.
"""

from __future__ import annotations

import json

from sqlite_utils import Database

from desktop_app.domain.dates import now_iso
from desktop_app.domain.retention import ERASED_FIELDS, PURGED_PREFIX


class PurgeRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def holding(self, scheme_id: int) -> int:
        """Registrations of the scheme that still hold personal data."""
        return self.db.execute("SELECT count(*) FROM registrations WHERE scheme_id = ? AND nik < ?",
                               [scheme_id, PURGED_PREFIX]).fetchone()[0]

    def anonymise(self, scheme_id: int) -> list[str]:
        """Erase the scheme's personal data; returns the registration ids purged."""
        self.db.execute("PRAGMA secure_delete = ON")
        rows = self.db.execute("SELECT id, seq FROM registrations WHERE scheme_id = ? AND nik < ?",
                               [scheme_id, PURGED_PREFIX]).fetchall()
        ids = json.dumps([r[0] for r in rows])
        erased = ", ".join(f"{f} = ''" for f in ERASED_FIELDS)
        self.db.execute(f"UPDATE registrations SET nik = ? || printf('%015d', seq), {erased}, "
                        "updated_office = (SELECT office_code FROM office WHERE id = 1) "
                        "WHERE id IN (SELECT value FROM json_each(?))", [PURGED_PREFIX, ids])
        self.db.execute("DELETE FROM heirs WHERE registration_id IN (SELECT value FROM json_each(?))", [ids])
        self.db.execute("UPDATE batch_items SET result_kpj = '', result_reason = '' "
                        "WHERE registration_id IN (SELECT value FROM json_each(?))", [ids])
        self.db.execute("UPDATE audit_log SET old = NULL, new = NULL, redacted = 1 WHERE entity = 'registration' "
                        "AND entity_id IN (SELECT value FROM json_each(?)) AND redacted = 0", [ids])
        return [r[0] for r in rows]

    def record(self, scheme_id: int, operator: str, people: int, years: int) -> None:
        self.db.execute("INSERT INTO purges (at, operator, scheme_id, people, years) VALUES (?, ?, ?, ?, ?)",
                        [now_iso(), operator, scheme_id, people, years])

    def purges(self) -> list[dict]:
        return [dict(zip(("at", "operator", "scheme_id", "people", "years"), r, strict=True)) for r in
                self.db.execute("SELECT at, operator, scheme_id, people, years FROM purges ORDER BY id").fetchall()]

    def scrub(self) -> None:
        """After the purge committed: no trace in the name index, free pages or the WAL."""
        self.db.execute("INSERT INTO registrations_fts(registrations_fts) VALUES ('optimize')")
        self.db.execute("VACUUM")
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
