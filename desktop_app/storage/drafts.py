"""The crash draft of the registration form, one row in the (encrypted) office database."""

from __future__ import annotations

import json

from sqlite_utils import Database


class DraftRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def put(self, fields: dict, saved_at: str, editing_id: str = "") -> None:
        self.db.execute("INSERT OR REPLACE INTO drafts (id, saved_at, editing_id, fields) VALUES (1, ?, ?, ?)",
                        [saved_at, editing_id, json.dumps(fields, ensure_ascii=False)])

    def get(self) -> tuple[dict, str, str] | None:
        """(fields, saved_at, editing_id) or None."""
        row = self.db.execute("SELECT fields, saved_at, editing_id FROM drafts WHERE id = 1").fetchone()
        return None if row is None else (json.loads(row[0]), row[1], row[2])

    def delete(self) -> None:
        self.db.execute("DELETE FROM drafts")
