"""The exchange's local tables read and written through the app's own connection (m012):
the sync key, the peers, the ledger, the conflicts and the rows held for a person. The
engine itself (``storage.sync_engine``) runs in the sync worker process."""

from __future__ import annotations

import json

from sqlite_utils import Database

from desktop_app.domain.dates import now_iso


class SyncRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- the kabupaten sync key ----------------------------------------------------------
    def key(self) -> bytes | None:
        row = self.db.execute("SELECT key FROM sync_key WHERE id = 1").fetchone()
        return bytes(row[0]) if row else None

    def key_row(self) -> dict | None:
        rows = list(self.db.query("SELECT fingerprint, origin, at, by FROM sync_key WHERE id = 1"))
        return rows[0] if rows else None

    def set_key(self, key: bytes, fingerprint: str, origin: str, by: str) -> None:
        self.db.execute("INSERT INTO sync_key (id, key, fingerprint, origin, at, by) VALUES (1, ?, ?, ?, ?, ?) "
                        "ON CONFLICT(id) DO UPDATE SET key = excluded.key, fingerprint = excluded.fingerprint, "
                        "origin = excluded.origin, at = excluded.at, by = excluded.by",
                        [key, fingerprint, origin, now_iso(), by])

    # --- peers ------------------------------------------------------------------------------
    def peers(self) -> list[dict]:
        return list(self.db.query("SELECT * FROM sync_peers ORDER BY code"))

    def peer(self, code: str) -> dict | None:
        rows = list(self.db.query("SELECT * FROM sync_peers WHERE code = ?", [code]))
        return rows[0] if rows else None

    def add_peer(self, code: str, name: str, number: int | None, level: str, area_code: str, direction: str,
                 by: str) -> None:
        self.db.execute("INSERT INTO sync_peers (code, name, number, level, area_code, direction, added_at, added_by) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(code) DO UPDATE SET "
                        "name = CASE WHEN excluded.name != '' THEN excluded.name ELSE name END, "
                        "number = coalesce(excluded.number, number), "
                        "level = CASE WHEN excluded.level != '' THEN excluded.level ELSE level END, "
                        "area_code = CASE WHEN excluded.area_code != '' THEN excluded.area_code ELSE area_code END, "
                        "direction = CASE WHEN excluded.direction != '' THEN excluded.direction ELSE direction END",
                        [code, name, number, level, area_code, direction, now_iso(), by])

    def change_mark(self, code: str) -> str:
        """Where the change log and the received files stand now, as seen by ``code``: kept with each file sent to
        it, so ``changed_since`` can tell whether another file would carry anything."""
        changes = self.db.execute("SELECT coalesce(max(rowid), 0) FROM sync_changes").fetchone()[0]
        received = self.db.execute("SELECT coalesce(max(rowid), 0) FROM sync_ledger WHERE direction = 'received' "
                                   "AND peer != ?", [code]).fetchone()[0]
        return f"{changes}:{received}"

    def changed_since(self, code: str, mark: str | None) -> int:
        """A cheap count of what a file to ``code`` would carry since ``mark`` (``change_mark`` when the last file
        to it was made): changes logged here or by other offices (not by ``code`` itself), and files received
        from other offices (their rows travel on). Everything when nothing was ever sent. An estimate for the
        folder tukar, never the diff itself (the engine makes that)."""
        if mark is None:
            return self.db.execute("SELECT count(*) FROM registrations").fetchone()[0]
        changes, received = (int(part) for part in mark.split(":"))
        return self.db.execute(
            "SELECT (SELECT count(*) FROM sync_changes WHERE rowid > ? AND office != ?) "
            "     + (SELECT count(*) FROM sync_ledger WHERE direction = 'received' AND peer != ? AND rowid > ?)",
            [changes, code, code, received]).fetchone()[0]

    def open_conflicts(self) -> int:
        return self.db.execute("SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL").fetchone()[0]

    # --- ledger -----------------------------------------------------------------------------
    def ledger(self, limit: int = 200) -> list[dict]:
        return list(self.db.query("SELECT * FROM sync_ledger ORDER BY at DESC, rowid DESC LIMIT ?", [limit]))

    # --- conflicts ----------------------------------------------------------------------------
    def conflicts(self, *, open_only: bool = True) -> list[dict]:
        where = " WHERE c.resolved_at IS NULL" if open_only else ""
        return list(self.db.query(
            "SELECT c.*, r.full_name AS name, r.nik AS nik FROM sync_conflicts c "
            f"LEFT JOIN registrations r ON r.id = c.registration_id{where} ORDER BY c.id"))

    def conflict(self, conflict_id: int) -> dict | None:
        rows = list(self.db.query("SELECT * FROM sync_conflicts WHERE id = ?", [conflict_id]))
        return rows[0] if rows else None

    def mark_resolved(self, conflict_id: int, decision: str, by: str, *, keep_open: bool = False) -> None:
        self.db.execute("UPDATE sync_conflicts SET decision = ?, resolved_at = ?, resolved_by = ? WHERE id = ?",
                        [decision, None if keep_open else now_iso(), by, conflict_id])

    def held(self, registration_id: str) -> dict | None:
        rows = list(self.db.query("SELECT * FROM sync_held WHERE registration_id = ?", [registration_id]))
        if not rows:
            return None
        row = rows[0]
        return {"peer": row["peer"], "row": json.loads(row["row"]), "heirs": json.loads(row["heirs"])}

    def drop_held(self, registration_id: str) -> None:
        self.db.execute("DELETE FROM sync_held WHERE registration_id = ?", [registration_id])

    # --- decisions: rows let in, heirs edited ------------------------------------------------
    def held_ids(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT registration_id FROM sync_held").fetchall()]

    def active_twin(self, nik: str, scheme_id: int, registration_id: str) -> bool:
        """Another active registration holds ``nik`` in ``scheme_id`` (a held row cannot come in yet)."""
        return self.db.execute("SELECT 1 FROM registrations WHERE nik = ? AND scheme_id = ? AND deleted_at IS NULL "
                               "AND id != ?", [nik, scheme_id, registration_id]).fetchone() is not None

    def open_same_nik(self, other_id: str) -> list[int]:
        return [r[0] for r in self.db.execute("SELECT id FROM sync_conflicts WHERE other_id = ? AND kind = 'same_nik' "
                                              "AND resolved_at IS NULL", [other_id]).fetchall()]

    def insert_row(self, values: dict, heirs: list[dict]) -> None:
        """A registration as another office sent it (held until now), with its heirs."""
        columns = [c for c in values if c in self.db["registrations"].columns_dict]
        self.db.execute(f"INSERT INTO registrations ({', '.join(columns)}) VALUES "
                        f"({', '.join('?' for _ in columns)})", [values[c] for c in columns])
        for heir in heirs:
            names = list(heir)
            self.db.execute(f"INSERT OR REPLACE INTO heirs ({', '.join(names)}) VALUES "
                            f"({', '.join('?' for _ in names)})", [heir[n] for n in names])

    def set_heir_field(self, registration_id: str, position: int, column: str, value: object) -> None:
        """One heir's field as a person decided (``column`` is one of the heir columns, checked by the caller)."""
        self.db.execute(f"UPDATE heirs SET {column} = ? WHERE registration_id = ? AND position = ?",
                        [value, registration_id, position])
