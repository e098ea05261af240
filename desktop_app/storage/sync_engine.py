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

SYNC_TABLES = ("registrations", "heirs", "sync_changes")
LOCAL_ONLY = {"registrations": {"print_count": 0}}            # never travels: zero in every snapshot
META = {"row_version", "updated_at", "updated_by", "updated_office", "print_count", "deleted_by", "created_at",
        "created_by", "origin_office", "seq"}
DELETE_COLUMNS = ("deleted_at", "deleted_by", "deleted_reason")
LEVELS = {"desa": 1, "kecamatan": 2, "kabupaten": 3}
OMIT, REPLACE, ABORT = (apsw.SQLITE_CHANGESET_OMIT, apsw.SQLITE_CHANGESET_REPLACE, apsw.SQLITE_CHANGESET_ABORT)

M_NO_KEY = QT_TRANSLATE_NOOP("Sync", "Kantor ini belum punya kunci tukar kabupaten. Buat kunci di kantor kabupaten "
                                     "(Pengaturan › Kunci tukar) lalu impor di sini.")
M_NO_CODE = QT_TRANSLATE_NOOP("Sync", "Kantor ini belum punya kode kantor. Isi identitas kantor dulu.")
M_NO_PEER = QT_TRANSLATE_NOOP("Sync", "Kantor {code} belum dikenal. Tambahkan dulu sebagai mitra tukar.")
M_NOT_FOR_US = QT_TRANSLATE_NOOP("Sync", "{name} ditujukan ke kantor {to}, bukan kantor ini ({us}).")
M_FROM_US = QT_TRANSLATE_NOOP("Sync", "{name} dibuat oleh kantor ini sendiri.")
M_SCHEMA = QT_TRANSLATE_NOOP("Sync", "{name} dibuat oleh Lindungi dengan versi skema lain ({theirs} pembaruan, di "
                                     "sini {ours}). Perbarui Lindungi dulu di kantor yang versinya lebih lama, lalu "
                                     "kirim ulang.")
M_SCHEME = QT_TRANSLATE_NOOP("Sync", "{name} memuat peserta skema \"{scheme}\" (nomor {id}) yang tidak ada di kantor "
                                     "ini. Data skema datang dari Dinas: samakan daftar skema dulu.")
M_NUMBER_CLASH = QT_TRANSLATE_NOOP("Sync", "{name} memuat nomor pendaftaran {seq} yang sudah dipakai peserta lain di "
                                           "sini. Nomor harus unik se-kabupaten: periksa nomor kantor pengirim.")


# --- connections ----------------------------------------------------------------------------
def _key_sql(key: bytes) -> str:
    return f"\"x'{key.hex()}'\""


def connect(path: Path, key: bytes) -> apsw.Connection:
    """The office database (or a baseline) as SQLCipher 4 with the raw ``key``."""
    conn = apsw.Connection(str(path))
    conn.setbusytimeout(15_000)
    conn.execute("PRAGMA cipher = 'sqlcipher'")
    conn.execute("PRAGMA legacy = 4")
    conn.execute(f"PRAGMA key = {_key_sql(key)}")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
    return conn


def _attach(conn: apsw.Connection, path: Path, name: str, key: bytes) -> None:
    conn.execute(f"ATTACH DATABASE ? AS {name} KEY {_key_sql(key)}", (str(path),))
    conn.execute(f"SELECT count(*) FROM {name}.sqlite_master").fetchall()


def baseline_path(db_path: Path, peer: str) -> Path:
    """Where the baseline of ``peer`` lives: beside the database, in ``<name>-sync/``."""
    db_path = Path(db_path)
    return db_path.parent / f"{db_path.stem}-sync" / f"{peer}.baseline"


# --- schema helpers ---------------------------------------------------------------------------
def columns(conn: apsw.Connection, table: str, schema: str = "main") -> list[tuple[str, int]]:
    """(name, pk position) of ``table``'s columns, in order."""
    return [(row[1], row[5]) for row in conn.execute(f"PRAGMA {schema}.table_info({table})")]


def _plain_ddl(table: str, cols: list[tuple[str, int]], schema: str) -> str:
    """A table with the same columns and primary key and nothing else (snapshots, baselines)."""
    pk = [name for name, pos in sorted(cols, key=lambda c: c[1]) if pos]
    return (f"CREATE TABLE IF NOT EXISTS {schema}.{table} ({', '.join(name for name, _ in cols)}, "
            f"PRIMARY KEY ({', '.join(pk)}))")


def migration_names(conn: apsw.Connection, schema: str = "main") -> list[str]:
    return [r[0] for r in conn.execute(f"SELECT name FROM {schema}._sqlite_migrations WHERE migration_set = "
                                       "'lindungi' ORDER BY rowid")]


@dataclass
class Office:
    code: str
    number: int | None
    name: str
    level: str
    area: str


def own_office(conn: apsw.Connection, schema: str = "main") -> Office:
    row = conn.execute(f"SELECT office_code, office_number, name, office_level, district_code, village_code, "
                       f"regency_code FROM {schema}.office WHERE id = 1").fetchone()
    if not row or not row[0]:
        raise UserError(tr(M_NO_CODE))
    code, number, name, level, district, village, regency = row
    area = village or district or regency or ""
    level = level or ("desa" if village else "kecamatan" if district else "kabupaten")
    return Office(code, number, name, level, area)


def sync_key(conn: apsw.Connection, schema: str = "main") -> bytes:
    row = conn.execute(f"SELECT key FROM {schema}.sync_key WHERE id = 1").fetchone()
    if not row:
        raise UserError(tr(M_NO_KEY))
    return bytes(row[0])


def _peer(conn: apsw.Connection, code: str, schema: str = "main") -> dict | None:
    names = [name for name, _ in columns(conn, "sync_peers", schema)]
    row = conn.execute(f"SELECT {', '.join(names)} FROM {schema}.sync_peers WHERE code = ?", (code,)).fetchone()
    return dict(zip(names, row, strict=True)) if row else None


def direction_to(me: Office, peer: dict) -> str:
    """'up' toward a higher office, 'down' toward a lower one (set on the peer, else by levels)."""
    if peer.get("direction"):
        return peer["direction"]
    mine, theirs = LEVELS.get(me.level, 0), LEVELS.get(peer.get("level") or "", 0)
    return "down" if mine and theirs and theirs < mine else "up"


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
        mem.execute(_plain_ddl(table, cols, "main"))
        mem.execute(_plain_ddl(table, cols, "base"))
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
    _attach(mem, db_path, "office", key)
    me = own_office(mem, "office")
    skey = sync_key(mem, "office")
    peer = _peer(mem, peer_code, "office")
    if peer is None:
        raise UserError(tr(M_NO_PEER, code=peer_code))
    base_file = baseline_path(db_path, peer_code)
    base_file.parent.mkdir(parents=True, exist_ok=True)
    if full and base_file.exists():
        base_file.unlink()
    _attach(mem, base_file, "base", key)
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


@dataclass
class _Deferred:
    table: str
    op: str
    reason: int
    old: dict
    new: dict
    here: dict | None


class _Apply:
    """The conflict handler and the merges done after ``Changeset.apply`` (same transaction)."""

    def __init__(self, conn: apsw.Connection, peer: str, manifest: dict, base: apsw.Connection) -> None:
        self.conn, self.peer, self.manifest, self.base = conn, peer, manifest, base
        self.cols = {t: [n for n, _ in columns(conn, t)] for t in SYNC_TABLES}
        self.pk = {t: [n for n, p in sorted(columns(conn, t), key=lambda c: c[1]) if p] for t in SYNC_TABLES}
        self.deferred: list[_Deferred] = []
        self.outcome: dict[str, str] = {}
        self.held = {r[0] for r in conn.execute("SELECT registration_id FROM sync_held")}
        self.new_held: set[str] = set()
        self.conflicts = 0
        self.stale = 0
        self.me = own_office(conn)
        self.touched: dict[str, str] = {}          # registration id -> the incoming updated_office
        self.gaps: set[str] = set()                 # rows whose base the sender had and we did not (a lost file)

    # values of a change as dicts (only the columns the change carries)
    def _values(self, table: str, values) -> dict:
        if values is None:
            return {}
        return {n: v for n, v in zip(self.cols[table], values, strict=True) if v is not apsw.no_change}

    def _row(self, table: str, pk: dict, conn: apsw.Connection | None = None) -> dict | None:
        conn = conn or self.conn
        where = " AND ".join(f"{k} = ?" for k in self.pk[table])
        try:
            cur = conn.execute(f"SELECT {', '.join(self.cols[table])} FROM {table} WHERE {where}",
                               tuple(pk[k] for k in self.pk[table]))
        except apsw.SQLError:                                  # a baseline without that table yet
            return None
        row = cur.fetchone()
        return dict(zip(self.cols[table], row, strict=True)) if row else None

    def filter_change(self, change) -> bool:
        table = change.name
        if table == "registrations":
            new = self._values(table, change.new)
            old = self._values(table, change.old)
            rid = new["id"] if change.op == "INSERT" else old["id"]
            if rid in self.held:
                self.deferred.append(_Deferred(table, change.op, -1, old, new, None))
                return False
            here = self._row(table, {"id": rid})
            if change.op == "INSERT":
                self.outcome[rid] = "same" if here else "new"
            elif change.op == "DELETE":
                self.outcome[rid] = "deleted" if here else "same"
            elif here is not None:
                changed = {c: v for c, v in new.items() if c not in META}
                if all(here.get(c) == v for c, v in changed.items()):
                    self.outcome[rid] = "same"
                elif new.get("deleted_at") and not here.get("deleted_at"):
                    self.outcome[rid] = "deleted"
                else:
                    self.outcome[rid] = "updated"
            if change.op != "DELETE":
                self.touched[rid] = new.get("updated_office", (here or {}).get("updated_office", ""))
            return True
        if table == "heirs":
            values = self._values(table, change.new if change.op == "INSERT" else change.old)
            if values["registration_id"] in self.held or values["registration_id"] in self.new_held:
                self.deferred.append(_Deferred(table, change.op, -1, self._values(table, change.old),
                                               self._values(table, change.new), None))
                return False
        return True

    def conflict(self, reason: int, change) -> int:
        table = change.name
        if table == "sync_changes":
            return OMIT
        old, new = self._values(table, change.old), self._values(table, change.new)
        here = self._values(table, change.conflict) if change.conflict is not None else None
        if reason == apsw.SQLITE_CHANGESET_NOTFOUND:
            return OMIT                                     # purged here, or never arrived (a lost file)
        if reason == apsw.SQLITE_CHANGESET_CONSTRAINT and table == "registrations" and change.op == "INSERT":
            self.new_held.add(new["id"])
        self.deferred.append(_Deferred(table, change.op, reason, old, new, here))
        return OMIT

    # --- after apply ---------------------------------------------------------------------------
    def settle(self, name: str) -> None:
        for item in self.deferred:
            if item.reason == -1:
                self._update_held(item)
            elif item.reason == apsw.SQLITE_CHANGESET_CONSTRAINT and item.table == "registrations":
                self._constraint(item, name)
            elif item.op == "DELETE":
                continue                                    # a row removed there but changed here: kept
            else:
                self._merge(item)
        for rid, office in self.touched.items():
            if self.outcome.get(rid) in ("new", "updated", "deleted") and office:
                self.conn.execute("UPDATE registrations SET updated_office = ? WHERE id = ? AND updated_office != ?",
                                  (office, rid, office))

    def _update_held(self, item: _Deferred) -> None:
        if item.table == "registrations":
            rid = item.new["id"] if item.op == "INSERT" else item.old["id"]
            row = self.conn.execute("SELECT row FROM sync_held WHERE registration_id = ?", (rid,)).fetchone()
            if row is None:
                return
            held = json.loads(row[0])
            held.update(item.new)
            self.conn.execute("UPDATE sync_held SET row = ? WHERE registration_id = ?", (json.dumps(held), rid))
            self.outcome[rid] = "held"
        else:
            values = dict(item.old, **item.new)
            rid = values["registration_id"]
            row = self.conn.execute("SELECT heirs FROM sync_held WHERE registration_id = ?", (rid,)).fetchone()
            heirs = {h["position"]: h for h in json.loads(row[0])} if row else {}
            if item.op == "DELETE":
                heirs.pop(values["position"], None)
            else:
                heirs.setdefault(values["position"], {}).update(item.new)
            if row is not None:
                self.conn.execute("UPDATE sync_held SET heirs = ? WHERE registration_id = ?",
                                  (json.dumps([heirs[p] for p in sorted(heirs)]), rid))

    def _constraint(self, item: _Deferred, name: str) -> None:
        new = item.new
        if item.op != "INSERT":
            self._merge(item)
            return
        twin = self.conn.execute("SELECT id FROM registrations WHERE nik = ? AND scheme_id = ? AND deleted_at IS NULL "
                                 "AND id != ?", (new["nik"], new["scheme_id"], new["id"])).fetchone()
        if twin is None:
            taken = self.conn.execute("SELECT 1 FROM registrations WHERE seq = ? AND id != ?",
                                      (new["seq"], new["id"])).fetchone()
            if taken:
                raise UserError(tr(M_NUMBER_CLASH, name=name, seq=new["seq"]))
            raise UserError(tr(M_NUMBER_CLASH, name=name, seq=new.get("seq")))
        heirs = [d.new for d in self.deferred if d.table == "heirs" and d.new.get("registration_id") == new["id"]]
        self.conn.execute("INSERT OR REPLACE INTO sync_held (registration_id, peer, row, heirs, held_at) "
                          "VALUES (?, ?, ?, ?, ?)", (new["id"], self.peer, json.dumps(new), json.dumps(heirs),
                                                     now_iso()))
        self.held.add(new["id"])
        self._record("same_nik", twin[0], other_id=new["id"], incoming=json.dumps(new["id"]),
                     here=json.dumps(twin[0]), office=new.get("updated_office", ""),
                     operator=new.get("updated_by") or new.get("created_by", ""))
        self.outcome[new["id"]] = "held"

    def _record(self, kind: str, rid: str, *, fld: str = "", base=None, here=None, incoming=None, other_id: str = "",
                office: str = "", operator: str = "") -> None:
        exists = self.conn.execute("SELECT id FROM sync_conflicts WHERE resolved_at IS NULL AND kind = ? AND "
                                   "registration_id = ? AND field = ? AND other_id = ?",
                                   (kind, rid, fld, other_id)).fetchone()
        if exists:
            self.conn.execute("UPDATE sync_conflicts SET incoming = ?, base = ?, here = ?, file_id = ?, at = ? "
                              "WHERE id = ?", (incoming, base, here, self.manifest["file_id"], now_iso(), exists[0]))
            return
        self.conn.execute("INSERT INTO sync_conflicts (kind, registration_id, other_id, field, base, here, incoming, "
                          "peer, from_office, from_operator, file_id, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                          (kind, rid, other_id, fld, base, here, incoming, self.peer, office or self.peer, operator,
                           self.manifest["file_id"], now_iso()))
        self.conflicts += 1

    def _merge(self, item: _Deferred) -> None:
        table = item.table
        pk = {k: (item.new.get(k) if item.new.get(k) is not None else item.old.get(k)) for k in self.pk[table]}
        here = self._row(table, pk)
        if here is None:
            return
        base = self._row(table, pk, self.base) if self.base is not None else None
        gap = False
        if base is None and item.op == "UPDATE":
            base = dict(here, **item.old)                   # the sender's old values of what it changed
        elif base is not None and item.op == "UPDATE":
            # the sender's old values are not what it last told us: a file between was lost
            gap = any(base.get(c) != v for c, v in item.old.items() if c not in LOCAL_ONLY.get(table, {}))
            if gap and table == "registrations":
                self.gaps.add(pk["id"])
        incoming = dict(base or here, **item.new) if item.op == "UPDATE" else dict(item.new)
        rid = pk["id"] if table == "registrations" else pk["registration_id"]
        office = incoming.get("updated_office", "") if table == "registrations" else self.peer
        operator = incoming.get("updated_by", "") if table == "registrations" else ""
        if table == "registrations" and incoming.get("updated_office") == here.get("updated_office") \
                and int(incoming.get("row_version") or 0) <= int(here.get("row_version") or 0):
            self.stale += 1                                 # a version of that office's line already here
            self.outcome[rid] = "stale" if self.outcome.get(rid) != "same" else "same"
            return
        data = [c for c in self.cols[table] if c not in META and c not in self.pk[table]]
        take: dict[str, object] = {}
        prefix = f"heirs.{pk['position']}." if table == "heirs" else ""
        if table == "registrations":
            took_delete = self._deletes(rid, base, here, incoming, take, office, operator)
            if took_delete is None:                         # held: nothing of this row is taken now
                return
            data = [c for c in data if c not in DELETE_COLUMNS]
        conflicted = False
        for col in data:
            b, h, i = (base or {}).get(col), here.get(col), incoming.get(col)
            if h == i:
                continue
            if base is not None and h == b:
                take[col] = i
            elif base is not None and i == b:
                continue                                    # changed only here: ours stays
            else:
                conflicted = True
                self._record("field", rid, fld=prefix + col, base=json.dumps(b), here=json.dumps(h),
                             incoming=json.dumps(i), office=office, operator=operator)
        if table == "registrations" and "deleted_by" in incoming and "deleted_at" in take:
            take["deleted_by"] = incoming["deleted_by"]
        if not take:
            if conflicted:
                self.outcome[rid] = "conflict"
            return
        if table == "registrations":
            every = [c for c in self.cols[table] if c not in META and c != "id"]
            same_as_incoming = not conflicted and not gap and all(
                take.get(c, here.get(c)) == incoming.get(c) for c in every)
            if same_as_incoming:                            # the row is now exactly the sender's version
                for col in ("row_version", "updated_at", "updated_by", "updated_office"):
                    take[col] = incoming.get(col)
            else:                                           # a merge: a new version of this office
                take["row_version"] = max(int(here["row_version"]), int(incoming.get("row_version") or 0)) + 1
                take["updated_office"] = self.me.code
            self.touched[rid] = take.get("updated_office", here.get("updated_office", ""))
        sets = ", ".join(f"{c} = ?" for c in take)
        where = " AND ".join(f"{k} = ?" for k in self.pk[table])
        self.conn.execute(f"UPDATE {table} SET {sets} WHERE {where}", (*take.values(), *pk.values()))
        if self.outcome.get(rid) not in ("new", "deleted"):
            self.outcome[rid] = "deleted" if take.get("deleted_at") else "updated"

    def _deletes(self, rid: str, base: dict | None, here: dict, incoming: dict, take: dict, office: str,
                 operator: str) -> bool | None:
        """Soft delete against edit, both ways. None: the row is held for a person."""
        b_del = (base or {}).get("deleted_at")
        h_del, i_del = here.get("deleted_at"), incoming.get("deleted_at")
        data = [c for c in self.cols["registrations"] if c not in META and c not in DELETE_COLUMNS and c != "id"]
        if base is None or h_del == i_del:
            return False
        edited_here = any(here.get(c) != base.get(c) for c in data)
        edited_there = any(incoming.get(c) != base.get(c) for c in data)
        values = {c: incoming.get(c) for c in DELETE_COLUMNS}
        if i_del and not b_del and not h_del:              # deleted there
            if edited_here:
                self._record("delete_edit", rid, base=json.dumps({c: base.get(c) for c in DELETE_COLUMNS}),
                             here=json.dumps({c: here.get(c) for c in DELETE_COLUMNS}),
                             incoming=json.dumps(values), office=office, operator=operator)
                self.outcome[rid] = "conflict"
                return None
            take.update(values)
            return True
        if h_del and not b_del and not i_del:               # deleted here, edited there
            if edited_there:
                changed = {c: incoming.get(c) for c in data if incoming.get(c) != base.get(c)}
                self._record("edit_delete", rid, base=json.dumps({c: base.get(c) for c in changed}),
                             here=json.dumps({c: here.get(c) for c in changed}),
                             incoming=json.dumps(dict(changed, **values)), office=office, operator=operator)
                self.outcome[rid] = "conflict"
                return None
            return False
        if not i_del and b_del and h_del:                   # restored there
            take.update(values)
            return True
        return False


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
                base.execute(_plain_ddl(table, columns(conn, table), "main"))
            conn.execute("BEGIN IMMEDIATE")
            try:
                if _peer(conn, sender["code"]) is None:
                    conn.execute("INSERT INTO sync_peers (code, name, number, level, area_code, added_at, added_by) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?)", (sender["code"], sender.get("name", ""),
                                                                  sender.get("number"), sender.get("level", ""),
                                                                  sender.get("area", ""), now_iso(), operator))
                else:
                    conn.execute("UPDATE sync_peers SET area_code = CASE WHEN area_code = '' THEN ? ELSE area_code "
                                 "END, level = CASE WHEN level = '' THEN ? ELSE level END WHERE code = ?",
                                 (sender.get("area", ""), sender.get("level", ""), sender["code"]))
                handler = _Apply(conn, sender["code"], manifest, base)
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
