"""Batches: groups of registrations sent together, numbered 1, 2, 3…"""

from __future__ import annotations

from datetime import datetime

from sqlite_utils import Database


def _now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


class BatchRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def create(self, scheme_id: int, operator: str, *, title: str = "", kind: str = "regular",
               parent_batch_id: int | None = None, note: str = "") -> int:
        cursor = self.db.execute(
            "INSERT INTO batches (scheme_id, title, kind, parent_batch_id, created_at, created_by, note) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)", [scheme_id, title, kind, parent_batch_id, _now(), operator, note])
        return cursor.lastrowid

    def get(self, batch_id: int) -> dict | None:
        rows = list(self.db.query("SELECT * FROM batches WHERE id = ?", [batch_id]))
        return rows[0] if rows else None

    def all(self) -> list[dict]:
        return list(self.db.query(
            "SELECT b.*, (SELECT count(*) FROM batch_items bi WHERE bi.batch_id = b.id) AS people "
            "FROM batches b ORDER BY b.id"))

    def add_items(self, batch_id: int, registration_ids: list[str]) -> None:
        now = _now()
        self.db.conn.executemany(
            "INSERT OR IGNORE INTO batch_items (batch_id, registration_id, added_at) VALUES (?, ?, ?)",
            [(batch_id, rid, now) for rid in registration_ids])

    def remove_items(self, batch_id: int, registration_ids: list[str]) -> None:
        self.db.conn.executemany("DELETE FROM batch_items WHERE batch_id = ? AND registration_id = ?",
                                 [(batch_id, rid) for rid in registration_ids])

    def item_ids(self, batch_id: int) -> list[str]:
        return [r[0] for r in self.db.execute(
            "SELECT bi.registration_id FROM batch_items bi JOIN registrations r ON r.id = bi.registration_id "
            "WHERE bi.batch_id = ? ORDER BY r.seq", [batch_id]).fetchall()]

    def open_batch_of(self, registration_id: str) -> dict | None:
        rows = list(self.db.query(
            "SELECT b.* FROM batches b JOIN batch_items bi ON bi.batch_id = b.id "
            "WHERE bi.registration_id = ? AND b.status IN ('draft', 'locked', 'submitted') ORDER BY b.id DESC",
            [registration_id]))
        return rows[0] if rows else None

    def set_fields(self, batch_id: int, **values: object) -> None:
        allowed = {"title", "status", "locked_at", "locked_by", "file_name", "file_sha256", "submitted_at",
                   "answered_at", "note"}
        if set(values) - allowed:
            raise ValueError(f"unknown batch columns: {sorted(set(values) - allowed)}")
        assignments = ", ".join(f"{c} = ?" for c in values)
        self.db.execute(f"UPDATE batches SET {assignments} WHERE id = ?", list(values.values()) + [batch_id])
