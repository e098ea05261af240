"""The processing log UU 27/2022 asks for: who did what to which record, and when.

Rows are written by the same transaction as the change they describe, so the
log can never claim a change that did not happen, nor miss one that did.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator

from sqlite_utils import Database

from desktop_app.domain.dates import now_iso
from desktop_app.storage.audit_chain import GENESIS, ChainReport, body_sha, row_hash, set_head, verify


def changed_fields(old: dict, new: dict) -> tuple[dict, dict]:
    """Only the keys whose values differ, as (old, new)."""
    keys = [k for k in new if old.get(k) != new.get(k)]
    return {k: old.get(k) for k in keys}, {k: new.get(k) for k in keys}


Entry = tuple[str, str, str, str, dict | None, dict | None, str]


def _text(value: dict | None) -> str | None:
    return json.dumps(value, ensure_ascii=False, default=str) if value is not None else None


class AuditRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def record(self, operator: str, action: str, entity: str, entity_id: str = "", *,
               old: dict | None = None, new: dict | None = None, note: str = "") -> None:
        self.record_many([(operator, action, entity, entity_id, old, new, note)])

    def record_many(self, rows: list[Entry]) -> None:
        """Many rows at once: (operator, action, entity, entity_id, old, new, note) each (bulk imports).

        Each row is chained to the one before (``storage.audit_chain``). Called inside the caller's
        write transaction (``BEGIN IMMEDIATE`` serialises writers, so two never read the same last
        hash); outside one, it takes its own."""
        if not rows:
            return
        with self._transaction():
            self._append(rows)

    def _append(self, rows: list[Entry]) -> None:
        now = now_iso()
        last = self.db.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        row_id, prev = (last[0], last[1]) if last else (0, GENESIS)
        values = []
        for op, action, entity, entity_id, old, new, note in rows:
            row_id, entity_id, note = row_id + 1, str(entity_id or ""), str(note or "")
            old_text, new_text = _text(old), _text(new)
            body = body_sha(old_text, new_text)
            prev = row_hash(prev, row_id, now, op, action, entity, entity_id, note, body)
            values.append((row_id, now, op, action, entity, entity_id, old_text, new_text, note,
                           body, prev))
        self.db.conn.executemany(
            "INSERT INTO audit_log (id, at, operator, action, entity, entity_id, old, new, note, body_sha, hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values)
        set_head(self.db, row_id, prev)

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        conn = self.db.conn
        if conn.in_transaction:
            yield
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def verify(self) -> ChainReport:
        """The first broken link of the chain, if any (see ``storage.audit_chain.verify``)."""
        return verify(self.db)

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
