"""The processing log UU 27/2022 asks for: who did what to which record, and when.

Rows are written by the same transaction as the change they describe, so the
log can never claim a change that did not happen, nor miss one that did.
"""

from __future__ import annotations

import json

from sqlite_utils import Database

from desktop_app.domain.dates import now_iso


def changed_fields(old: dict, new: dict) -> tuple[dict, dict]:
    """Only the keys whose values differ, as (old, new)."""
    keys = [k for k in new if old.get(k) != new.get(k)]
    return {k: old.get(k) for k in keys}, {k: new.get(k) for k in keys}


class AuditRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def record(self, operator: str, action: str, entity: str, entity_id: str = "", *,
               old: dict | None = None, new: dict | None = None, note: str = "") -> None:
        self.db.execute(
            "INSERT INTO audit_log (at, operator, action, entity, entity_id, old, new, note) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [now_iso(), operator, action, entity, entity_id,
             json.dumps(old, ensure_ascii=False, default=str) if old is not None else None,
             json.dumps(new, ensure_ascii=False, default=str) if new is not None else None, note])

    def record_many(self, rows: list[tuple[str, str, str, str, dict | None, dict | None, str]]) -> None:
        """Many rows at once: (operator, action, entity, entity_id, old, new, note) each (bulk imports)."""
        now = now_iso()
        self.db.conn.executemany(
            "INSERT INTO audit_log (at, operator, action, entity, entity_id, old, new, note) VALUES (?, ?, ?, ?, "
            "?, ?, ?, ?)",
            [(now, op, action, entity, entity_id,
              json.dumps(old, ensure_ascii=False, default=str) if old is not None else None,
              json.dumps(new, ensure_ascii=False, default=str) if new is not None else None, note)
             for op, action, entity, entity_id, old, new, note in rows])

    def for_entity(self, entity: str, entity_id: str) -> list[dict]:
        rows = self.db.query("SELECT * FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id",
                             [entity, entity_id])
        return [self._decode(r) for r in rows]

    def recent(self, limit: int = 100, action: str | None = None) -> list[dict]:
        sql, params = "SELECT * FROM audit_log", []
        if action:
            sql += " WHERE action = ?"
            params.append(action)
        rows = self.db.query(sql + " ORDER BY id DESC LIMIT ?", params + [limit])
        return [self._decode(r) for r in rows]

    @staticmethod
    def _decode(row: dict) -> dict:
        row = dict(row)
        for key in ("old", "new"):
            row[key] = json.loads(row[key]) if row[key] else None
        return row
