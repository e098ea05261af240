"""What the exchange engine knows of an office database, on the APSW side: the synced tables and their
columns, opening an office file or a baseline with its key, the office's identity, its peers and the
kabupaten key. Only the sync worker process uses it (through ``storage.sync_engine``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import apsw

from desktop_app.errors import UserError
from desktop_app.i18n import QT_TRANSLATE_NOOP, tr

SYNC_TABLES = ("registrations", "heirs", "sync_changes")
LOCAL_ONLY = {"registrations": {"print_count": 0}}            # never travels: zero in every snapshot
META = {"row_version", "updated_at", "updated_by", "updated_office", "print_count", "deleted_by", "created_at",
        "created_by", "origin_office", "seq"}
DELETE_COLUMNS = ("deleted_at", "deleted_by", "deleted_reason")
LEVELS = {"desa": 1, "kecamatan": 2, "kabupaten": 3}
CACHE_KIB = 16 * 1024         # page cache per database the engine opens
OMIT, REPLACE, ABORT = (apsw.SQLITE_CHANGESET_OMIT, apsw.SQLITE_CHANGESET_REPLACE, apsw.SQLITE_CHANGESET_ABORT)

M_NO_KEY = QT_TRANSLATE_NOOP("Sync", "Kantor ini belum punya kunci tukar kabupaten. Buat kunci di kantor kabupaten "
                                     "(Pengaturan › Kunci tukar) lalu impor di sini.")
M_NO_CODE = QT_TRANSLATE_NOOP("Sync", "Kantor ini belum punya kode kantor. Isi identitas kantor dulu.")

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
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")    # random UUID keys: cold encrypted pages cost a decrypt
    conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
    return conn


def attach(conn: apsw.Connection, path: Path, name: str, key: bytes) -> None:
    conn.execute(f"ATTACH DATABASE ? AS {name} KEY {_key_sql(key)}", (str(path),))
    conn.execute(f"PRAGMA {name}.cache_size = -{CACHE_KIB}")
    conn.execute(f"SELECT count(*) FROM {name}.sqlite_master").fetchall()


def baseline_path(db_path: Path, peer: str) -> Path:
    """Where the baseline of ``peer`` lives: beside the database, in ``<name>-sync/``."""
    db_path = Path(db_path)
    return db_path.parent / f"{db_path.stem}-sync" / f"{peer}.baseline"


# --- schema helpers ---------------------------------------------------------------------------
def columns(conn: apsw.Connection, table: str, schema: str = "main") -> list[tuple[str, int]]:
    """(name, pk position) of ``table``'s columns, in order."""
    return [(row[1], row[5]) for row in conn.execute(f"PRAGMA {schema}.table_info({table})")]


def plain_ddl(table: str, cols: list[tuple[str, int]], schema: str) -> str:
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


def peer_row(conn: apsw.Connection, code: str, schema: str = "main") -> dict | None:
    names = [name for name, _ in columns(conn, "sync_peers", schema)]
    row = conn.execute(f"SELECT {', '.join(names)} FROM {schema}.sync_peers WHERE code = ?", (code,)).fetchone()
    return dict(zip(names, row, strict=True)) if row else None


def direction_to(me: Office, peer: dict) -> str:
    """'up' toward a higher office, 'down' toward a lower one (set on the peer, else by levels)."""
    if peer.get("direction"):
        return peer["direction"]
    mine, theirs = LEVELS.get(me.level, 0), LEVELS.get(peer.get("level") or "", 0)
    return "down" if mine and theirs and theirs < mine else "up"


