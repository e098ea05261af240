"""Batches: groups of registrations sent together, numbered 1, 2, 3… (``domain.batch.Batch``)."""

from __future__ import annotations

from dataclasses import fields

from sqlite_utils import Database

from desktop_app.domain.batch import OPEN_STATUSES, Batch, BatchCounts, BatchKind, BatchStatus
from desktop_app.domain.dates import now_iso
from desktop_app.storage import driver

_RULES = ("registration already in an open batch", "batch is not a draft", "batch status cannot go back")


class BatchRuleBroken(Exception):
    """A database trigger refused a batch change (see migration m002); ``rule`` names which."""

    def __init__(self, rule: str) -> None:
        super().__init__(rule)
        self.rule = rule


def _guarded(run, *args):
    try:
        return run(*args)
    except driver.IntegrityError as exc:
        rule = next((r for r in _RULES if r in str(exc)), None)
        if rule is None:
            raise
        raise BatchRuleBroken(rule) from exc


_FIELDS = tuple(f.name for f in fields(Batch))
_OPEN = ", ".join(f"'{s.value}'" for s in OPEN_STATUSES)   # trusted constants, not user input


def _batch(row: dict) -> Batch:
    values = {k: v for k, v in row.items() if k in _FIELDS}
    return Batch(**values | {"status": BatchStatus(row["status"]), "kind": BatchKind(row["kind"])})


class BatchRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def create(self, scheme_id: int, operator: str, *, title: str = "", kind: BatchKind = BatchKind.REGULAR,
               parent_batch_id: int | None = None, note: str = "", source_file: str = "",
               source_sha256: str = "") -> int:
        cursor = self.db.execute(
            "INSERT INTO batches (scheme_id, title, kind, parent_batch_id, created_at, created_by, note, "
            "source_file, source_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [scheme_id, title, str(kind), parent_batch_id, now_iso(), operator, note, source_file, source_sha256])
        return cursor.lastrowid

    def get(self, batch_id: int) -> Batch | None:
        rows = list(self.db.query("SELECT * FROM batches WHERE id = ?", [batch_id]))
        return _batch(rows[0]) if rows else None

    def all(self) -> list[Batch]:
        """Every batch, oldest first, with its member count (``people``)."""
        return [_batch(r) for r in self.db.query(
            "SELECT b.*, (SELECT count(*) FROM batch_items bi WHERE bi.batch_id = b.id) AS people "
            "FROM batches b ORDER BY b.id")]

    def add_items(self, batch_id: int, registration_ids: list[str]) -> None:
        now = now_iso()
        _guarded(self.db.conn.executemany,
                 "INSERT OR IGNORE INTO batch_items (batch_id, registration_id, added_at) VALUES (?, ?, ?)",
                 [(batch_id, rid, now) for rid in registration_ids])

    def remove_items(self, batch_id: int, registration_ids: list[str]) -> None:
        _guarded(self.db.conn.executemany, "DELETE FROM batch_items WHERE batch_id = ? AND registration_id = ?",
                 [(batch_id, rid) for rid in registration_ids])

    def item_ids(self, batch_id: int) -> list[str]:
        return [r[0] for r in self.db.execute(
            "SELECT bi.registration_id FROM batch_items bi JOIN registrations r ON r.id = bi.registration_id "
            "WHERE bi.batch_id = ? ORDER BY r.seq", [batch_id]).fetchall()]

    def open_batch_of(self, registration_id: str) -> Batch | None:
        """The batch the person is waiting in: open (draft/locked/submitted), not yet answered for them."""
        rows = list(self.db.query(
            "SELECT b.* FROM batches b JOIN batch_items bi ON bi.batch_id = b.id "
            f"WHERE bi.registration_id = ? AND b.status IN ({_OPEN}) AND bi.result = '' "
            "ORDER BY b.id DESC", [registration_id]))
        return _batch(rows[0]) if rows else None

    def last_sent_batch_of(self, registration_id: str) -> Batch | None:
        """The latest exported (non-draft) batch holding the person: their data left the office."""
        rows = list(self.db.query(
            "SELECT b.* FROM batches b JOIN batch_items bi ON bi.batch_id = b.id "
            "WHERE bi.registration_id = ? AND b.status != ? ORDER BY b.id DESC LIMIT 1",
            [registration_id, BatchStatus.DRAFT.value]))
        return _batch(rows[0]) if rows else None

    def open_batches_of(self, registration_ids: list[str]) -> dict[str, int]:
        """registration id → open batch id, for those of ``registration_ids`` waiting in one."""
        out: dict[str, int] = {}
        for first in range(0, len(registration_ids), 500):
            chunk = registration_ids[first:first + 500]
            marks = ", ".join("?" for _ in chunk)
            for rid, bid in self.db.execute(
                    "SELECT bi.registration_id, bi.batch_id FROM batch_items bi JOIN batches b ON b.id = bi.batch_id "
                    f"WHERE bi.registration_id IN ({marks}) AND bi.result = '' "
                    f"AND b.status IN ({_OPEN})", chunk).fetchall():
                out[rid] = bid
        return out

    def items(self, batch_id: int) -> list[dict]:
        """Members with their BPJS answer: registration id, seq, nik, name, result, reason, kpj."""
        cursor = self.db.execute(
            "SELECT bi.registration_id, r.seq, r.nik, r.full_name, r.deleted_at, bi.result, bi.result_reason, "
            "bi.result_kpj, bi.result_at FROM batch_items bi JOIN registrations r ON r.id = bi.registration_id "
            "WHERE bi.batch_id = ? ORDER BY r.seq", [batch_id])
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def set_result(self, batch_id: int, registration_id: str, result: str, reason: str = "", kpj: str = "") -> None:
        self.db.execute(
            "UPDATE batch_items SET result = ?, result_reason = ?, result_kpj = ?, result_at = ? "
            "WHERE batch_id = ? AND registration_id = ?", [result, reason, kpj, now_iso(), batch_id, registration_id])

    def counts(self, batch_id: int) -> BatchCounts:
        """People in the batch by answer: total, accepted, rejected, waiting, deleted."""
        row = self.db.execute(
            "SELECT count(*), sum(bi.result = 'diterima'), sum(bi.result = 'ditolak'), sum(bi.result = ''), "
            "sum(r.deleted_at IS NOT NULL) FROM batch_items bi JOIN registrations r ON r.id = bi.registration_id "
            "WHERE bi.batch_id = ?", [batch_id]).fetchone()
        return BatchCounts(row[0], row[1] or 0, row[2] or 0, row[3] or 0, row[4] or 0)

    def by_source(self, sha256: str) -> list[Batch]:
        return [_batch(r) for r in self.db.query("SELECT * FROM batches WHERE source_sha256 = ? ORDER BY id",
                                                 [sha256])]

    def last_recipient(self) -> str:
        """The recipient named when a batch was last marked sent ("" if none yet)."""
        row = self.db.execute("SELECT recipient FROM batches WHERE recipient != '' "
                              "ORDER BY submitted_at DESC, id DESC LIMIT 1").fetchone()
        return row[0] if row else ""

    def set_fields(self, batch_id: int, **values: object) -> None:
        allowed = {"title", "status", "locked_at", "locked_by", "file_name", "file_sha256", "submitted_at",
                   "answered_at", "note", "row_count", "sent_on", "cover_letter_no", "recipient",
                   "renewal_of"}
        if set(values) - allowed:
            raise ValueError(f"unknown batch columns: {sorted(set(values) - allowed)}")
        assignments = ", ".join(f"{c} = ?" for c in values)
        params = [str(v) if isinstance(v, BatchStatus) else v for v in values.values()]
        _guarded(self.db.execute, f"UPDATE batches SET {assignments} WHERE id = ?", params + [batch_id])
