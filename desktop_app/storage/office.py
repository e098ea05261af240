"""The office profile (one row), operators, and free-form settings (JSON values)."""

from __future__ import annotations

import json
from dataclasses import asdict, fields
from typing import Any

from sqlite_utils import Database

from desktop_app.domain.dates import now_iso
from desktop_app.domain.office import Office
from desktop_app.domain.office_identity import OfficeIdentity, level_of

_OFFICE_FIELDS = tuple(f.name for f in fields(Office))



class OfficeRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self) -> Office | None:
        rows = list(self.db.query("SELECT * FROM office WHERE id = 1"))
        if not rows:
            return None
        return Office(**{k: rows[0][k] or "" for k in _OFFICE_FIELDS})

    def identity(self) -> OfficeIdentity:
        """Code, number, level and name ("", None, "", "" before the office is set up)."""
        row = self.db.execute("SELECT office_code, office_number, office_level, name FROM office WHERE id = 1"
                              ).fetchone()
        return OfficeIdentity(row[0] or "", row[1], row[2] or "", row[3] or "") if row else \
            OfficeIdentity("", None, "", "")

    def set_identity(self, code: str, number: int | None) -> None:
        self.db.execute("UPDATE office SET office_code = ?, office_number = ?, updated_at = ? WHERE id = 1",
                        [code, number, now_iso()])

    def save(self, office: Office) -> None:
        """The profile (the identity's code and number are kept; the level follows the office's area)."""
        values = asdict(office)
        values["office_level"] = level_of(office).value
        now = now_iso()
        columns = ", ".join(values)
        updates = ", ".join(f"{c} = excluded.{c}" for c in values)
        self.db.execute(
            f"INSERT INTO office (id, {columns}, created_at, updated_at) "
            f"VALUES (1, {', '.join('?' for _ in values)}, ?, ?) "
            f"ON CONFLICT(id) DO UPDATE SET {updates}, updated_at = excluded.updated_at",
            list(values.values()) + [now, now])

    # --- operators -----------------------------------------------------
    def operators(self, *, active_only: bool = True) -> list[dict]:
        sql = "SELECT * FROM operators" + (" WHERE active = 1" if active_only else "") + " ORDER BY name"
        return list(self.db.query(sql))

    def operator(self, name: str) -> dict | None:
        """The account called ``name`` (any letter case), active or not."""
        rows = list(self.db.query("SELECT * FROM operators WHERE name = ?", [name]))
        return rows[0] if rows else None

    def add_operator(self, name: str, role: str = "operator", by: str = "") -> None:
        """Add ``name``; an account of that name that was disabled comes back (its role unchanged)."""
        self.db.execute("INSERT INTO operators (name, role, created_at, created_by) VALUES (?, ?, ?, ?) "
                        "ON CONFLICT(name) DO UPDATE SET active = 1", [name, role, now_iso(), by])

    def update_operator(self, name: str, by: str, **values: object) -> None:
        """Change ``role`` and/or ``active`` of ``name``, stamping who and when."""
        sets = "".join(f"{column} = ?, " for column in values)
        self.db.execute(f"UPDATE operators SET {sets}updated_at = ?, updated_by = ? WHERE name = ?",
                        [*values.values(), now_iso(), by, name])

    def active_admins(self) -> int:
        return self.db.execute("SELECT count(*) FROM operators WHERE active = 1 AND role = 'admin'").fetchone()[0]

    # --- settings ------------------------------------------------------
    def setting(self, key: str, default: Any = None) -> Any:
        rows = list(self.db.query("SELECT value FROM settings WHERE key = ?", [key]))
        return json.loads(rows[0]["value"]) if rows else default

    def set_setting(self, key: str, value: Any) -> None:
        self.db.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                        [key, json.dumps(value, ensure_ascii=False)])
