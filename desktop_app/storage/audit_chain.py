"""The audit log's hash chain: each row's hash covers its content and the previous row's hash.

``row_hash`` is SHA-256 over the previous hash and a canonical line of the row: its id,
time, operator, action, entity, entity id, note and the digest of its stored old/new
texts (``body_sha``). Hashing the digest rather than the texts lets a retention purge
erase the personal data inside old rows (``redacted = 1``, old and new emptied) while
the chain stays whole; a redacted row can only lose its content, never change it.

``verify`` walks the table in id order (in pages, constant memory) and returns the
first broken link: a row whose content no longer matches its digest, whose hash does
not follow from the row before (an edited, deleted or inserted row), or a table whose
last row is not the head recorded in ``settings`` (rows cut off the end).

A chain without a secret shows tampering done with a database tool; someone who
knows this algorithm and holds the key of the database could rebuild the whole chain.
The head (id and hash) printed by ``lindungi audit verify`` and written into every
audit export lets an auditor check later that the log still holds what they saw.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from json.encoder import encode_basestring_ascii

from sqlite_utils import Database

GENESIS = "0" * 64
HEAD_KEY = "audit.head"
PAGE = 5000

# why a link is broken (the reader turns these into sentences)
EDITED, BROKEN, MISSING_TAIL, UNKNOWN_HEAD = "edited", "broken", "missing_tail", "unknown_head"


_quote = encode_basestring_ascii   # JSON string quoting (C): unambiguous, the same on every Python


def body_sha(old: str | None, new: str | None) -> str:
    """Digest of a row's stored old/new JSON texts (NULL and '' differ)."""
    line = ("null" if old is None else _quote(old)) + ("null" if new is None else _quote(new))
    return hashlib.sha256(line.encode()).hexdigest()


def row_hash(prev: str, row_id: int, at: str, operator: str, action: str, entity: str, entity_id: str,
             note: str, body: str) -> str:
    line = "".join(map(_quote, (prev, str(row_id), at, operator, action, entity, entity_id, note, body)))
    return hashlib.sha256(line.encode()).hexdigest()


@dataclass(frozen=True)
class ChainBreak:
    """The first broken link: the row (id, when, what) and why."""

    id: int
    at: str
    operator: str
    action: str
    reason: str

    def as_dict(self) -> dict:
        return dict(vars(self))


@dataclass(frozen=True)
class ChainReport:
    rows: int
    head_id: int
    head_hash: str
    broken: ChainBreak | None

    @property
    def ok(self) -> bool:
        return self.broken is None

    def as_dict(self) -> dict:
        return {"ok": self.ok, "rows": self.rows, "head_id": self.head_id, "head_hash": self.head_hash,
                "broken": self.broken.as_dict() if self.broken else None}


_COLUMNS = "id, at, operator, action, entity, entity_id, old, new, note, body_sha, hash, redacted"


def _pages(db: Database) -> Iterator[tuple]:
    last = 0
    while True:
        rows = db.execute(f"SELECT {_COLUMNS} FROM audit_log WHERE id > ? ORDER BY id LIMIT ?",
                          [last, PAGE]).fetchall()
        if not rows:
            return
        yield from rows
        last = rows[-1][0]


def _check_row(prev: str, r: tuple) -> str | None:
    """Why row ``r`` breaks the chain after ``prev``, or None."""
    row_id, at, operator, action, entity, entity_id, old, new, note, body, stored, redacted = r
    if redacted:
        if old is not None or new is not None:
            return EDITED
    elif body_sha(old, new) != body:
        return EDITED
    if row_hash(prev, row_id, at, operator, action, entity, entity_id, note, body) != stored:
        return BROKEN
    return None


def recorded_head(db: Database) -> tuple[int, str]:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [HEAD_KEY]).fetchone()
    if not row:
        return 0, GENESIS
    head = json.loads(row[0])
    return int(head["id"]), str(head["hash"])


def set_head(db: Database, row_id: int, digest: str) -> None:
    db.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
               [HEAD_KEY, json.dumps({"id": row_id, "hash": digest})])


def verify(db: Database) -> ChainReport:
    """Walk the whole chain; the first broken link, if any."""
    prev, count, last = GENESIS, 0, None
    for r in _pages(db):
        reason = _check_row(prev, r)
        if reason:
            return ChainReport(count, last[0] if last else 0, prev, ChainBreak(r[0], r[1], r[2], r[3], reason))
        prev, count, last = r[10], count + 1, r
    head_id, head_hash = recorded_head(db)
    last_id = last[0] if last else 0
    if (head_id, head_hash) != (last_id, prev):
        gone = head_id > last_id
        broken = ChainBreak(last_id if last else 0, last[1] if last else "", last[2] if last else "",
                            last[3] if last else "", MISSING_TAIL if gone else UNKNOWN_HEAD)
        return ChainReport(count, last_id, prev, broken)
    return ChainReport(count, last_id, prev, None)


def chain_existing(db: Database) -> int:
    """Give every row its digest and hash in id order, a page at a time (the migration's job); returns
    the count."""
    prev, count, last_id = GENESIS, 0, 0
    while True:
        rows = db.execute("SELECT id, at, operator, action, entity, entity_id, old, new, note FROM audit_log "
                          "WHERE id > ? ORDER BY id LIMIT ?", [last_id, PAGE]).fetchall()
        if not rows:
            break
        updates = []
        for row_id, at, operator, action, entity, entity_id, old, new, note in rows:
            body = body_sha(old, new)
            prev = row_hash(prev, row_id, at, operator, action, entity, entity_id, note, body)
            updates.append((body, prev, row_id))
        db.conn.executemany("UPDATE audit_log SET body_sha = ?, hash = ? WHERE id = ?", updates)
        count, last_id = count + len(rows), rows[-1][0]
    set_head(db, last_id, prev)
    return count
