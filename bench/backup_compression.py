"""Can a backup be both compressed and encrypted once the office file is SQLCipher? (issue 13, item 7)

    python bench/backup_compression.py [--count 100000]

An investigation, not a product path: it needs ``sqlcipher3`` (0.6.x) and ``cryptography`` in the
venv, which are not project dependencies here (the script says so and stops without them). It
makes a keyed copy of the demo office (what the file will look like once encrypted) and measures,
on that copy:

- what the libraries offer for reading pages: ``SQLITE_ENABLE_DBPAGE_VTAB`` (``sqlite_dbpage``)
  and ``serialize()`` in the standard ``sqlite3`` and in ``sqlcipher3``;
- **A** the encrypted page copy (the backup API, keyed to keyed) — what a backup will be — and how
  much zlib gets out of it;
- **B** ``VACUUM INTO`` a file from the keyed database (is the result encrypted? smaller?);
- **C** a streamed logical backup: every table read in rowid order (FTS5 shadow tables included,
  so the index comes back exactly, deleted people still out of it), rows ``marshal``-ed in batches,
  each batch compressed (zlib level 6, or lzma preset 1) and sealed with AES-256-GCM under the data
  key (nonce = file prefix + batch counter, the header as associated data), never a plaintext byte
  on disk; then restored into a new keyed file (schema, rows, indexes, triggers) and compared
  table by table (row counts and a SHA-256 of every row) plus ``PRAGMA integrity_check``.

Times are wall seconds of one run; peak memory is the process's maximum RSS growth during the step.
"""

from __future__ import annotations

import argparse
import hashlib
import lzma
import marshal
import os
import resource
import sqlite3
import struct
import sys
import tempfile
import time
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

BATCH_ROWS = 5_000
MAGIC = b"LINDUNGI-BACKUP-1\n"


def need_libraries():
    try:
        import sqlcipher3
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    except ImportError as exc:
        sys.exit(f"needs sqlcipher3 and cryptography in the venv ({exc}); pip install 'sqlcipher3==0.6.*' cryptography")
    return sqlcipher3, AESGCM


def max_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def capabilities(sqlcipher3) -> dict:
    out = {}
    for name, module in (("sqlite3 (stdlib)", sqlite3), ("sqlcipher3", sqlcipher3)):
        conn = module.connect(":memory:")
        options = [r[0] for r in conn.execute("PRAGMA compile_options")]
        try:
            conn.execute("SELECT count(*) FROM sqlite_dbpage").fetchone()
            dbpage = True
        except module.Error:
            dbpage = False
        out[name] = {"sqlite": module.sqlite_version, "DBPAGE_VTAB option": "ENABLE_DBPAGE_VTAB" in options,
                     "sqlite_dbpage usable": dbpage, "serialize()": hasattr(conn, "serialize"),
                     "codec": "HAS_CODEC" in options}
        conn.close()
    return out


def keyed(sqlcipher3, path: Path, key_hex: str):
    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = \"x'{key_hex}'\"")
    return conn


def make_keyed_copy(sqlcipher3, plain: Path, target: Path, key_hex: str) -> float:
    started = time.perf_counter()
    conn = sqlcipher3.connect(str(plain))
    conn.execute(f"ATTACH DATABASE '{target}' AS enc KEY \"x'{key_hex}'\"")
    conn.execute("SELECT sqlcipher_export('enc')")
    conn.execute("DETACH DATABASE enc")
    conn.close()
    return time.perf_counter() - started


def zlib_ratio(path: Path, limit: int = 32 * 1024 * 1024) -> float:
    data = path.read_bytes()[:limit]
    return len(zlib.compress(data, 6)) / len(data)


def route_a_page_copy(sqlcipher3, source: Path, target: Path, key_hex: str) -> dict:
    started = time.perf_counter()
    src = keyed(sqlcipher3, source, key_hex)
    dest = keyed(sqlcipher3, target, key_hex)
    src.backup(dest)
    dest.close()
    src.close()
    seconds = time.perf_counter() - started
    return {"seconds": round(seconds, 2), "bytes": target.stat().st_size,
            "zlib-6 of it (first 32 MB)": f"{zlib_ratio(target):.3f}", "plaintext header": _plain(target)}


def route_b_vacuum_into(sqlcipher3, source: Path, target: Path, key_hex: str) -> dict:
    started = time.perf_counter()
    src = keyed(sqlcipher3, source, key_hex)
    src.execute(f"VACUUM INTO '{target}'")
    src.close()
    seconds = time.perf_counter() - started
    return {"seconds": round(seconds, 2), "bytes": target.stat().st_size,
            "zlib-6 of it (first 32 MB)": f"{zlib_ratio(target):.3f}", "plaintext header": _plain(target)}


def _plain(path: Path) -> bool:
    with open(path, "rb") as f:
        return f.read(16) == b"SQLite format 3\x00"


# --- route C: the streamed, compressed, encrypted logical backup --------------------------------------

def schema_rows(conn) -> list[tuple]:
    return conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL "
                        "AND name NOT LIKE 'sqlite_%' ORDER BY rowid").fetchall()   # SQLite makes its own


def data_tables(conn) -> list[str]:
    """Every table holding rows, FTS5 shadow tables included (virtual tables themselves hold none)."""
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                        "(sql IS NULL OR sql NOT LIKE 'CREATE VIRTUAL%') ORDER BY rowid")]
    return [n for n in names if n != "sqlite_stat1"]


class Sealer:
    """Compress + AES-256-GCM, one frame per batch: ``len(4) | ciphertext+tag``."""

    def __init__(self, aead_class, key: bytes, out, codec: str, header: bytes) -> None:
        self.aead, self.out, self.codec, self.header = aead_class(key), out, codec, header
        self.prefix, self.counter = os.urandom(4), 0
        out.write(MAGIC + struct.pack(">I", len(header)) + header + self.prefix)

    def _compress(self, data: bytes) -> bytes:
        return zlib.compress(data, 6) if self.codec == "zlib" else lzma.compress(data, preset=1)

    def frame(self, payload) -> None:
        nonce = self.prefix + struct.pack(">Q", self.counter)
        sealed = self.aead.encrypt(nonce, self._compress(marshal.dumps(payload)), self.header)
        self.out.write(struct.pack(">I", len(sealed)) + sealed)
        self.counter += 1


def write_logical(sqlcipher3, aead_class, source: Path, target: Path, key_hex: str, codec: str) -> dict:
    started, rss = time.perf_counter(), max_rss_mb()
    conn = keyed(sqlcipher3, source, key_hex)
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    header = marshal.dumps({"codec": codec, "user_version": version, "schema": schema_rows(conn)})
    with open(target, "wb") as out:
        sealer = Sealer(aead_class, bytes.fromhex(key_hex), out, codec, header)
        for table in data_tables(conn):
            cursor = conn.execute(f'SELECT rowid, * FROM "{table}" ORDER BY rowid') if _has_rowid(conn, table) \
                else conn.execute(f'SELECT NULL, * FROM "{table}"')
            while True:
                rows = cursor.fetchmany(BATCH_ROWS)
                if not rows:
                    break
                sealer.frame((table, rows))
        sealer.frame(("", []))                  # the end: a file cut short is refused
    conn.close()
    return {"seconds": round(time.perf_counter() - started, 2), "bytes": target.stat().st_size,
            "peak RSS growth MB": round(max_rss_mb() - rss, 1), "frames": sealer.counter}


def _has_rowid(conn, table: str) -> bool:
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", [table]).fetchone()[0] or ""
    return "WITHOUT ROWID" not in sql.upper()


def read_frames(aead_class, path: Path, key: bytes):
    aead = aead_class(key)
    with open(path, "rb") as f:
        if f.read(len(MAGIC)) != MAGIC:
            raise ValueError("not a Lindungi logical backup")
        header = f.read(struct.unpack(">I", f.read(4))[0])
        prefix, counter = f.read(4), 0
        meta = marshal.loads(header)
        unpack = zlib.decompress if meta["codec"] == "zlib" else lzma.decompress
        yield meta
        while True:
            size = f.read(4)
            if len(size) < 4:
                raise ValueError("backup cut short")
            sealed = f.read(struct.unpack(">I", size)[0])
            nonce = prefix + struct.pack(">Q", counter)
            table, rows = marshal.loads(unpack(aead.decrypt(nonce, sealed, header)))   # InvalidTag if altered
            counter += 1
            if not table:
                return
            yield table, rows


def restore_logical(sqlcipher3, aead_class, backup: Path, target: Path, key_hex: str) -> dict:
    started = time.perf_counter()
    frames = read_frames(aead_class, backup, bytes.fromhex(key_hex))
    meta = next(frames)
    conn = keyed(sqlcipher3, target, key_hex)
    conn.execute("PRAGMA journal_mode = OFF")      # a new file: one transaction, no journal needed
    conn.execute("BEGIN")
    schema = meta["schema"]
    virtual = [s for s in schema if s[0] == "table" and s[3].upper().startswith("CREATE VIRTUAL")]
    shadows = {f"{v[1]}_{part}" for v in virtual for part in ("data", "idx", "content", "docsize", "config")}
    for kind, name, _tbl, sql in schema:
        if kind == "table" and name not in shadows and (kind, name, _tbl, sql) not in virtual:
            conn.execute(sql)
    for *_, sql in virtual:
        conn.execute(sql)
    for shadow in shadows:                          # made by CREATE VIRTUAL TABLE: replaced by the saved rows
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", [shadow]).fetchone():
            conn.execute(f'DELETE FROM "{shadow}"')
    inserts: dict[str, tuple[str, bool]] = {}
    for table, rows in frames:
        if table not in inserts:
            names = [f'"{r[1]}"' for r in conn.execute(f'PRAGMA table_info("{table}")')]
            with_rowid = _has_rowid(conn, table)
            names = (["rowid"] if with_rowid else []) + names
            inserts[table] = (f'INSERT INTO "{table}" ({", ".join(names)}) VALUES ({", ".join("?" * len(names))})',
                              with_rowid)
        sql, with_rowid = inserts[table]
        conn.executemany(sql, rows if with_rowid else [row[1:] for row in rows])
    for kind, _name, _tbl, sql in schema:
        if kind in ("index", "trigger", "view"):
            conn.execute(sql)
    conn.execute(f"PRAGMA user_version = {int(meta['user_version'])}")
    conn.execute("COMMIT")
    conn.execute("PRAGMA journal_mode = DELETE")
    restored = time.perf_counter() - started
    check_started = time.perf_counter()
    verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
    from desktop_app.storage import schema

    differences = schema.differences(conn)     # exactly Lindungi's schema for its version (issue 13, item 2)
    conn.close()
    return {"seconds": round(restored, 2), "integrity_check": verdict,
            "integrity_check seconds": round(time.perf_counter() - check_started, 2),
            "bytes": target.stat().st_size, "plaintext header": _plain(target),
            "schema differences": len(differences)}


def tamper_refused(aead_class, backup: Path, key_hex: str) -> bool:
    """One byte changed in the middle of the file: the frame's tag no longer verifies."""
    from cryptography.exceptions import InvalidTag

    data = bytearray(backup.read_bytes())
    data[len(data) // 2] ^= 0x01
    altered = backup.with_suffix(".altered")
    altered.write_bytes(bytes(data))
    try:
        for _ in read_frames(aead_class, altered, bytes.fromhex(key_hex)):
            pass
    except InvalidTag:
        return True
    finally:
        altered.unlink()
    return False


def fingerprint(sqlcipher3, path: Path, key_hex: str) -> dict[str, tuple[int, str]]:
    conn = keyed(sqlcipher3, path, key_hex)
    out = {}
    for table in data_tables(conn):
        digest, count = hashlib.sha256(), 0
        order = "ORDER BY rowid" if _has_rowid(conn, table) else ""
        for row in conn.execute(f'SELECT * FROM "{table}" {order}'):
            digest.update(repr(row).encode())
            count += 1
        out[table] = (count, digest.hexdigest()[:16])
    conn.close()
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100_000)
    args = parser.parse_args()
    sqlcipher3, aead_class = need_libraries()
    from common import demo_db

    plain = demo_db(args.count)
    folder = Path(tempfile.mkdtemp(prefix="lindungi-backup-bench-"))
    key_hex = os.urandom(32).hex()
    source = folder / "office-keyed.db"
    print("capabilities:", capabilities(sqlcipher3))
    print(f"keyed copy of {plain.name} ({plain.stat().st_size:,} bytes): "
          f"{make_keyed_copy(sqlcipher3, plain, source, key_hex):.1f} s, {source.stat().st_size:,} bytes, "
          f"plaintext header {_plain(source)}")
    print("A page copy (backup API, keyed):", route_a_page_copy(sqlcipher3, source, folder / "a.db", key_hex))
    print("B VACUUM INTO:", route_b_vacuum_into(sqlcipher3, source, folder / "b.db", key_hex))
    expected = fingerprint(sqlcipher3, source, key_hex)
    for codec in ("zlib", "lzma"):
        backup = folder / f"c-{codec}.lbk"
        written = write_logical(sqlcipher3, aead_class, source, backup, key_hex, codec)
        written["of the keyed file"] = f"{written['bytes'] / source.stat().st_size:.1%}"
        print(f"C logical, {codec}:", written)
        restored_path = folder / f"c-{codec}-restored.db"
        restored = restore_logical(sqlcipher3, aead_class, backup, restored_path, key_hex)
        restored["same rows in every table"] = fingerprint(sqlcipher3, restored_path, key_hex) == expected
        print(f"  restore, {codec}:", restored)
        print(f"  one byte changed in the {codec} backup refused:", tamper_refused(aead_class, backup, key_hex))
        backup.unlink()
        restored_path.unlink()
    for name in ("a.db", "b.db", "office-keyed.db"):
        (folder / name).unlink(missing_ok=True)
    folder.rmdir()
    return 0


if __name__ == "__main__":
    sys.exit(main())
