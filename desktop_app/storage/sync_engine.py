"""The exchange engine between offices: SQLite's session extension through APSW (docs/sync.md).

Runs only in the sync worker process (``storage.sync_worker``, started as ``<app> --sync-worker``),
never in the window's process: APSW's SQLite and the app's ``sqlcipher3`` on the same WAL file in
one process broke the database (design/SYNC.md). The office database is opened here with
SQLite3 Multiple Ciphers (``apsw-sqlite3mc``) as a SQLCipher-4 file with the raw data key.

Send (``export``): a read snapshot of the synced tables for one peer (filtered downward to the
peer's own people, with what is held for a person shown as the peer last sent it) is diffed
against that peer's **baseline** — an encrypted copy of the tables as last exchanged with it —
with ``Session.diff``; the changeset goes into a ``.lsync`` file (``storage.sync_file``) and the
baseline becomes the snapshot. Receive (``import_file``): the file is checked (key, format,
hash, addressee, schema, schemes), a known file id changes nothing, then in one ``BEGIN
IMMEDIATE`` transaction ``Changeset.apply`` with the conflict handler, the three-way merges,
the conflicts, the held rows, the ledger row and the peer's counters; the same changeset then
brings the peer's baseline to what the peer has.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

import apsw

from desktop_app import __version__
from desktop_app.domain.dates import now_iso
from desktop_app.errors import UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.storage import sync_file
from desktop_app.storage.sync_apply import Apply
from desktop_app.storage.sync_schema import (
    LOCAL_ONLY,
    OMIT,
    REPLACE,
    SYNC_TABLES,
    Office,
    attach,
    baseline_path,
    columns,
    connect,
    direction_to,
    migration_names,
    own_office,
    peer_row,
    plain_ddl,
    sync_key,
)

M_NO_PEER = QT_TRANSLATE_NOOP("Sync", "Kantor {code} belum dikenal. Tambahkan dulu sebagai mitra tukar.")
M_NOT_FOR_US = QT_TRANSLATE_NOOP("Sync", "{name} ditujukan ke kantor {to}, bukan kantor ini ({us}).")
M_FROM_US = QT_TRANSLATE_NOOP("Sync", "{name} dibuat oleh kantor ini sendiri.")
M_SCHEMA = QT_TRANSLATE_NOOP("Sync", "{name} dibuat oleh Lindungi dengan versi skema lain ({theirs} pembaruan, di "
                                     "sini {ours}). Perbarui Lindungi dulu di kantor yang versinya lebih lama, lalu "
                                     "kirim ulang.")
M_SCHEME = QT_TRANSLATE_NOOP("Sync", "{name} memuat peserta skema \"{scheme}\" (nomor {id}) yang tidak ada di kantor "
                                     "ini. Data skema datang dari Dinas: samakan daftar skema dulu.")


# --- send -------------------------------------------------------------------------------------
@dataclass
class SendOutcome:
    path: str
    peer_code: str
    seq: int
    new: int
    updated: int
    deleted: int
    size_bytes: int
    file_id: str
    full: bool
    seconds: float = 0.0


def _snapshot(mem: apsw.Connection, me: Office, peer: dict, direction: str) -> None:
    """Fill ``main`` of ``mem`` with what ``peer`` should have of this office (reads ``office``)."""
    for table in SYNC_TABLES:
        cols = columns(mem, table, "office")
        mem.execute(plain_ddl(table, cols, "main"))
        mem.execute(plain_ddl(table, cols, "base"))
    reg_cols = [name for name, _ in columns(mem, "registrations", "office")]
    select = ", ".join(f"{LOCAL_ONLY['registrations'][c]!r}" if c in LOCAL_ONLY["registrations"] else f"r.{c}"
                       for c in reg_cols)
    where, params = "", {}
    if direction == "down":
        where = " WHERE r.origin_office = :code"
        params = {"code": peer["code"]}
        if peer.get("area_code"):
            where += " OR r.village_code = :area OR r.village_code LIKE :area || '.%'"
            params["area"] = peer["area_code"]
    mem.execute(f"INSERT INTO main.registrations SELECT {select} FROM office.registrations r{where}", params)
    # what is held for a person is shown to that peer as it last sent it: nothing goes back before a decision
    for (row, heirs) in mem.execute("SELECT row, heirs FROM office.sync_held WHERE peer = ?", (peer["code"],)):
        _insert_row(mem, "main.registrations", json.loads(row))
        for heir in json.loads(heirs):
            _insert_row(mem, "main.heirs", heir)
    mem.execute("INSERT OR IGNORE INTO main.heirs SELECT h.* FROM office.heirs h WHERE h.registration_id IN "
                "(SELECT id FROM main.registrations)")
    for _cid, kind, rid, fld, incoming in mem.execute(
            "SELECT id, kind, registration_id, field, incoming FROM office.sync_conflicts "
            "WHERE resolved_at IS NULL AND peer = ? AND kind != 'same_nik'", (peer["code"],)).fetchall():
        values = {fld: json.loads(incoming)} if kind == "field" else json.loads(incoming or "{}")
        for name, value in values.items():
            if name.startswith("heirs."):
                _, pos, col = name.split(".", 2)
                mem.execute(f"UPDATE main.heirs SET {col} = ? WHERE registration_id = ? AND position = ?",
                            (value, rid, int(pos)))
            elif name in reg_cols:
                mem.execute(f"UPDATE main.registrations SET {name} = ? WHERE id = ?", (value, rid))
    mem.execute("INSERT INTO main.sync_changes SELECT c.* FROM office.sync_changes c WHERE c.office != '' AND "
                "c.registration_id IN (SELECT id FROM main.registrations)")


def _insert_row(conn: apsw.Connection, table: str, row: dict) -> None:
    names = list(row)
    conn.execute(f"INSERT OR REPLACE INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})",
                 tuple(row[n] for n in names))


def _count(changeset: bytes) -> dict[str, int]:
    counts = {"new": 0, "updated": 0, "deleted": 0}
    for change in apsw.Changeset.iter(changeset):
        if change.name != "registrations":
            continue
        if change.op == "INSERT":
            counts["new"] += 1
        elif change.op == "DELETE":
            counts["deleted"] += 1
        else:
            cols = [c for c, _ in _change_columns(change)]
            deleted_at = cols.index("deleted_at") if "deleted_at" in cols else -1
            gone = deleted_at >= 0 and change.new[deleted_at] not in (apsw.no_change, None) \
                and change.old[deleted_at] is None
            counts["deleted" if gone else "updated"] += 1
    return counts


_COLUMN_CACHE: dict[str, list[str]] = {}


def _change_columns(change) -> list[tuple[str, int]]:
    return [(name, i) for i, name in enumerate(_COLUMN_CACHE[change.name])]


def _schemes_used(conn: apsw.Connection, changeset: bytes, schema: str = "main") -> dict[str, str]:
    idx = _COLUMN_CACHE["registrations"].index("scheme_id")
    ids = set()
    for change in apsw.Changeset.iter(changeset):
        if change.name == "registrations" and change.op != "DELETE":
            value = change.new[idx]
            if value is not apsw.no_change and value is not None:
                ids.add(int(value))
    names = {}
    for sid in sorted(ids):
        row = conn.execute(f"SELECT name FROM {schema}.schemes WHERE id = ?", (sid,)).fetchone()
        names[str(sid)] = row[0] if row else ""
    return names


def export(db_path: Path, key: bytes, peer_code: str, out: Path, *, full: bool = False, operator: str = "",
           progress: Callable[[str], None] | None = None) -> SendOutcome:
    """Write the change file for ``peer_code`` (``out``: a folder, or the file) and refresh its baseline."""
    started = time.perf_counter()
    db_path = Path(db_path)
    mem = apsw.Connection(":memory:")
    mem.execute("PRAGMA cipher = 'sqlcipher'")               # the defaults of every file attached below
    mem.execute("PRAGMA legacy = 4")
    mem.execute("PRAGMA temp_store = MEMORY")
    mem.setbusytimeout(15_000)
    attach(mem, db_path, "office", key)
    me = own_office(mem, "office")
    skey = sync_key(mem, "office")
    peer = peer_row(mem, peer_code, "office")
    if peer is None:
        raise UserError(tr(M_NO_PEER, code=peer_code))
    base_file = baseline_path(db_path, peer_code)
    base_file.parent.mkdir(parents=True, exist_ok=True)
    if full and base_file.exists():
        base_file.unlink()
    attach(mem, base_file, "base", key)
    for table in SYNC_TABLES:
        _COLUMN_CACHE[table] = [name for name, _ in columns(mem, table, "office")]
    mem.execute("BEGIN")                                      # one read snapshot of the office database
    _snapshot(mem, me, peer, direction_to(me, peer))
    session = apsw.Session(mem, "main")
    for table in SYNC_TABLES:
        session.attach(table)
        session.diff("base", table)
    changeset = session.changeset()
    session.close()
    if progress:
        progress("diff")
    seq = int(peer["sent_seq"]) + 1
    out = Path(out)
    path = out / f"{me.code}-{peer_code}-{seq}{sync_file.SUFFIX}" if out.is_dir() else out
    counts = _count(changeset)
    manifest = {"file_id": str(uuid.uuid4()), "from": asdict(me), "to": peer_code, "seq": seq, "full": full,
                "operator": operator, "app_version": __version__, "migrations": migration_names(mem, "office"),
                "created_at": now_iso(), "counts": counts, "schemes": _schemes_used(mem, changeset, "office")}
    mem.execute("COMMIT")
    mem.execute("BEGIN IMMEDIATE")
    try:
        for table in SYNC_TABLES:
            mem.execute(f"DELETE FROM base.{table}")
            mem.execute(f"INSERT INTO base.{table} SELECT * FROM main.{table}")
        mem.execute("UPDATE office.sync_peers SET sent_seq = ?, last_sent_at = ? WHERE code = ?",
                    (seq, now_iso(), peer_code))
        mem.execute("INSERT INTO office.sync_ledger (file_id, direction, peer, seq, full, file_name, sha256, new, "
                    "updated, deleted, operator, at) VALUES (?, 'sent', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (manifest["file_id"], peer_code, seq, int(full), path.name,
                     hashlib.sha256(changeset).hexdigest(), counts["new"], counts["updated"],
                     counts["deleted"], operator, now_iso()))
        written = sync_file.write(path, manifest, changeset, skey)   # atomically, as the transaction's last step
        try:
            mem.execute("COMMIT")
        except BaseException:
            written.unlink(missing_ok=True)
            raise
    except BaseException:
        if not mem.getautocommit():
            mem.execute("ROLLBACK")
        raise
    finally:
        mem.close()
    return SendOutcome(str(path), peer_code, seq, counts["new"], counts["updated"], counts["deleted"],
                       path.stat().st_size, manifest["file_id"], full, time.perf_counter() - started)


# --- receive ----------------------------------------------------------------------------------
@dataclass
class ReceiveOutcome:
    file_id: str
    from_code: str
    seq: int
    new: int = 0
    updated: int = 0
    deleted: int = 0
    conflicts: int = 0
    already_applied: bool = False
    missing_before: list[int] = field(default_factory=list)
    stale: int = 0
    seconds: float = 0.0


def read_file(path: Path, key: bytes) -> tuple[dict, bytes]:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        from desktop_app.oserrors import file_error
        raise file_error(path, exc) from exc
    return sync_file.open_file(data, key, path.name)


def _missing(conn: apsw.Connection, peer: str) -> list[int]:
    rows = conn.execute("SELECT seq, full FROM sync_ledger WHERE peer = ? AND direction = 'received'",
                        (peer,)).fetchall()
    if not rows:
        return []
    got = {int(s) for s, _ in rows}
    last_full = max((int(s) for s, f in rows if f), default=0)
    return [n for n in range(last_full + 1, max(got)) if n not in got]


def import_file(db_path: Path, key: bytes, path: Path, *, operator: str = "") -> ReceiveOutcome:
    started = time.perf_counter()
    db_path, path = Path(db_path), Path(path)
    conn = connect(db_path, key)
    try:
        me = own_office(conn)
        manifest, changeset = read_file(path, sync_key(conn))
        sender = manifest["from"]
        seq, file_id = int(manifest["seq"]), manifest["file_id"]
        if manifest["to"] != me.code:
            raise UserError(tr(M_NOT_FOR_US, name=path.name, to=manifest["to"], us=me.code))
        if sender["code"] == me.code:
            raise UserError(tr(M_FROM_US, name=path.name))
        ours = migration_names(conn)
        if manifest["migrations"] != ours:
            raise UserError(tr(M_SCHEMA, name=path.name, theirs=len(manifest["migrations"]), ours=len(ours)))
        for sid, scheme in manifest.get("schemes", {}).items():
            row = conn.execute("SELECT name FROM schemes WHERE id = ?", (int(sid),)).fetchone()
            if row is None or row[0] != scheme:
                raise UserError(tr(M_SCHEME, name=path.name, scheme=scheme, id=sid))
        outcome = ReceiveOutcome(file_id, sender["code"], seq)
        if conn.execute("SELECT 1 FROM sync_ledger WHERE file_id = ? AND direction = 'received'",
                        (file_id,)).fetchone():
            outcome.already_applied = True
            outcome.missing_before = _missing(conn, sender["code"])
            return outcome
        for table in SYNC_TABLES:
            _COLUMN_CACHE[table] = [n for n, _ in columns(conn, table)]
        base_file = baseline_path(db_path, sender["code"])
        base_file.parent.mkdir(parents=True, exist_ok=True)
        base = connect(base_file, key)
        try:
            for table in SYNC_TABLES:
                base.execute(plain_ddl(table, columns(conn, table), "main"))
            conn.execute("BEGIN IMMEDIATE")
            try:
                if peer_row(conn, sender["code"]) is None:
                    conn.execute("INSERT INTO sync_peers (code, name, number, level, area_code, added_at, added_by) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?)", (sender["code"], sender.get("name", ""),
                                                                  sender.get("number"), sender.get("level", ""),
                                                                  sender.get("area", ""), now_iso(), operator))
                else:
                    conn.execute("UPDATE sync_peers SET area_code = CASE WHEN area_code = '' THEN ? ELSE area_code "
                                 "END, level = CASE WHEN level = '' THEN ? ELSE level END WHERE code = ?",
                                 (sender.get("area", ""), sender.get("level", ""), sender["code"]))
                handler = Apply(conn, sender["code"], manifest, base)
                apsw.Changeset.apply(changeset, conn, filter_change=handler.filter_change, conflict=handler.conflict,
                                     flags=apsw.SQLITE_CHANGESETAPPLY_IGNORENOOP)
                handler.settle(path.name)
                for value in handler.outcome.values():
                    if value in ("new", "updated", "deleted"):
                        setattr(outcome, value, getattr(outcome, value) + 1)
                outcome.conflicts, outcome.stale = handler.conflicts, handler.stale
                conn.execute("INSERT INTO sync_ledger (file_id, direction, peer, seq, full, file_name, sha256, new, "
                             "updated, deleted, conflicts, operator, at) VALUES (?, 'received', ?, ?, ?, ?, ?, ?, ?, "
                             "?, ?, ?, ?)", (file_id, sender["code"], seq, int(bool(manifest.get("full"))), path.name,
                                             manifest["sha256"], outcome.new, outcome.updated, outcome.deleted,
                                             outcome.conflicts, operator, now_iso()))
                conn.execute("UPDATE sync_peers SET received_seq = max(received_seq, ?), last_received_at = ? "
                             "WHERE code = ?", (seq, now_iso(), sender["code"]))
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            # the peer's baseline becomes what the peer has (so nothing it sent is echoed back to it)
            with base:
                apsw.Changeset.apply(changeset, base, conflict=_force, flags=apsw.SQLITE_CHANGESETAPPLY_IGNORENOOP)
                # after a lost file the peer's state of those rows is unknown: take ours, so nothing of
                # theirs is sent back as a change before the full resend arrives
                _copy_rows(conn, base, handler.gaps)
        finally:
            base.close()
        outcome.missing_before = _missing(conn, sender["code"])
        outcome.seconds = time.perf_counter() - started
        return outcome
    finally:
        conn.close()


def _copy_rows(conn: apsw.Connection, base: apsw.Connection, ids: set[str]) -> None:
    cols = _COLUMN_CACHE["registrations"]
    for rid in ids:
        row = conn.execute(f"SELECT {', '.join(cols)} FROM registrations WHERE id = ?", (rid,)).fetchone()
        if row is not None:
            values = dict(zip(cols, row, strict=True), **LOCAL_ONLY["registrations"])
            base.execute(f"INSERT OR REPLACE INTO registrations ({', '.join(cols)}) VALUES "
                         f"({', '.join('?' for _ in cols)})", tuple(values[c] for c in cols))


def _force(reason: int, change) -> int:
    if reason in (apsw.SQLITE_CHANGESET_DATA, apsw.SQLITE_CHANGESET_CONFLICT):
        return REPLACE
    return OMIT


def peek(path: Path, db_path: Path, key: bytes) -> dict:
    """The manifest of a change file (for showing before receiving)."""
    conn = connect(db_path, key)
    try:
        manifest, _ = read_file(path, sync_key(conn))
        return manifest
    finally:
        conn.close()


def environment() -> dict:
    return {"apsw": apsw.apsw_version(), "sqlite": apsw.sqlite_lib_version(), "pid": os.getpid()}
