"""Reading the processing log for the reader screen, ``lindungi audit`` and the data-subject sheet.

Filters use the indexes of m009 (``at``, ``operator, at``, ``action, at``) and m001's
``entity, entity_id``; pages are newest first. At 100,000 rows a filtered count and a
page each take a few milliseconds.
"""

from __future__ import annotations

import json

from sqlite_utils import Database

from desktop_app.domain.audit_query import AuditQuery, Subjects

_COLUMNS = "id, at, operator, action, entity, entity_id, old, new, note, hash, redacted"


def _where(query: AuditQuery, subjects: Subjects | None) -> tuple[str, list]:
    clauses, params = [], []
    if query.operator:
        clauses.append("operator = ? COLLATE NOCASE")
        params.append(query.operator)
    start, end = query.period()
    if start:
        clauses.append("at >= ?")
        params.append(start)
    if end:
        clauses.append("at < ?")
        params.append(end)
    if query.action:
        clauses.append("action = ?")
        params.append(query.action)
    if subjects is not None:
        about = ["(entity = 'registration' AND entity_id IN (SELECT value FROM json_each(?)))",
                 "(entity = 'batch' AND entity_id IN (SELECT value FROM json_each(?)))"]
        clauses.append("(" + " OR ".join(about) + ")")
        params += [json.dumps(list(subjects.registration_ids)), json.dumps([str(b) for b in subjects.batch_ids])]
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def decode(row: tuple) -> dict:
    out = dict(zip(("id", "at", "operator", "action", "entity", "entity_id", "old", "new", "note", "hash",
                    "redacted"), row, strict=True))
    for key in ("old", "new"):
        out[key] = json.loads(out[key]) if out[key] else None
    return out


class AuditQueries:
    def __init__(self, db: Database) -> None:
        self.db = db

    def count(self, query: AuditQuery, subjects: Subjects | None = None) -> int:
        where, params = _where(query, subjects)
        return self.db.execute(f"SELECT count(*) FROM audit_log{where}", params).fetchone()[0]

    def page(self, query: AuditQuery, subjects: Subjects | None = None, offset: int = 0, limit: int = 200,
             *, oldest_first: bool = False) -> list[dict]:
        where, params = _where(query, subjects)
        order = "ASC" if oldest_first else "DESC"
        rows = self.db.execute(f"SELECT {_COLUMNS} FROM audit_log{where} ORDER BY id {order} LIMIT ? OFFSET ?",
                               params + [limit, offset]).fetchall()
        return [decode(r) for r in rows]

    def registration_seqs(self, ids: list[str]) -> dict[str, int]:
        """Registration id → sequence (for the registration number shown beside a row)."""
        rows = self.db.execute("SELECT id, seq FROM registrations WHERE id IN (SELECT value FROM json_each(?))",
                               [json.dumps(sorted(set(ids)))]).fetchall()
        return dict(rows)

    def memberships(self, registration_id: str) -> list[dict]:
        """The batches a registration was in, with BPJS's answer for it."""
        cursor = self.db.execute(
            "SELECT b.id, b.title, b.status, b.kind, bi.added_at, bi.result, bi.result_reason, bi.result_kpj, "
            "bi.result_at FROM batch_items bi JOIN batches b ON b.id = bi.batch_id WHERE bi.registration_id = ? "
            "ORDER BY b.id", [registration_id])
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def operators(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT DISTINCT operator FROM audit_log ORDER BY operator COLLATE "
                                              "NOCASE").fetchall()]

    def subjects(self, nik: str = "", seq: int | None = None) -> Subjects:
        """The registrations with this NIK (or this registration number) and every batch they were in."""
        if nik:
            ids = [r[0] for r in self.db.execute("SELECT id FROM registrations WHERE nik = ?", [nik]).fetchall()]
        else:
            # a legacy number (domain.regnumber) names this office's row through the number it was printed with
            ids = [r[0] for r in self.db.execute(
                "SELECT id FROM registrations WHERE seq = ? OR (legacy_seq = ? AND origin_office IN "
                "('', (SELECT office_code FROM office WHERE id = 1)))", [seq, seq]).fetchall()]
        batches = [r[0] for r in self.db.execute(
            "SELECT DISTINCT batch_id FROM batch_items WHERE registration_id IN (SELECT value FROM json_each(?)) "
            "ORDER BY batch_id", [json.dumps(ids)]).fetchall()]
        return Subjects(tuple(ids), tuple(batches))
