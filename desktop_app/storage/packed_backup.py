"""Packed backups: the database's content, compressed and sealed, at about a fifth of a page copy.

The office file is SQLCipher-encrypted, so its pages (and a page copy made by the backup API) are
ciphertext that no compressor can shrink. A packed backup is therefore **logical**: every table is
read in rowid order (FTS5 shadow tables too, so the name index comes back exactly as it was),
``BATCH_ROWS`` rows at a time ``marshal``-ed, compressed with zlib and sealed with AES-256-GCM
(``cryptography``). No plaintext byte of it reaches the disk, and memory stays at one batch.

Key: a file key derived with HKDF-SHA256 from the office's data key and a random 16-byte salt in
the file's header, so only the data key (from the key file, or the recovery key) opens it, and a
counter nonce is never reused under one key. Every frame carries the header as associated data and
its number in the nonce: a changed, reordered or missing frame fails its tag, and a file cut short
misses its end frame. Only an authenticated frame is unmarshalled.

File: ``MAGIC`` | salt (16) | frames, each ``length (4, big endian)`` | sealed bytes. Frame 0 is the
meta (format, ``user_version``, the ``sqlite_master`` rows), then ``(table, rows)`` frames, then the
end frame ``("", {table: rows})`` with the row count of every table.

``unpack`` rebuilds a keyed database file: tables, then the rows, then indexes and triggers (so no
trigger fires on restored rows), exactly as the source had them; restore then checks it like any
copy (``storage.restore``: ``integrity_check`` and Lindungi's schema).
"""

from __future__ import annotations

import json
import marshal
import os
import struct
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop_app.files import PendingFile
from desktop_app.storage import driver

MAGIC = b"LINDUNGI-CADANGAN-PADAT/1\n"
SUFFIX = ".lbk"
SALT_BYTES = 16
BATCH_ROWS = 5_000
LEVEL = 6                     # zlib: lzma preset 1 was 6 % smaller for 2.7x the time (bench/README.md)
_MARSHAL = 4                  # a fixed marshal format, readable by any later Python 3
_FTS_PARTS = ("data", "idx", "content", "docsize", "config")


class PackedBackupError(ValueError):
    """Not a packed backup, not this office's key, altered, or cut short."""


class Stopped(Exception):
    """``pack`` was asked to stop (``cancel()`` became true); nothing was written."""


def is_packed(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def _file_key(data_key: bytes, salt: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=b"lindungi-cadangan-padat/1").derive(data_key)


def _nonce(counter: int) -> bytes:
    return b"\0\0\0\0" + struct.pack(">Q", counter)


def _has_rowid(conn: driver.Connection, table: str) -> bool:
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [table]).fetchone()
    return "WITHOUT ROWID" not in ((sql[0] if sql else "") or "").upper()


def _data_tables(conn: driver.Connection) -> list[str]:
    """Every table that holds rows, FTS5 shadow tables included (a virtual table holds none itself);
    not ``sqlite_stat*`` (``PRAGMA optimize`` makes it again)."""
    return [name for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND (sql IS NULL OR sql NOT LIKE 'CREATE VIRTUAL%') "
        "AND name NOT LIKE 'sqlite_stat%' ORDER BY rowid")]


def _schema(conn: driver.Connection) -> list[list]:
    return [list(row) for row in conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
        "ORDER BY rowid")]


def pack(source: driver.Connection, target: Path, data_key: bytes, *,
         cancel: Callable[[], bool] | None = None) -> tuple[Path, dict[str, int]]:
    """Write a packed backup of the open database ``source`` (read in one read transaction, so it
    is one consistent moment) to ``target`` atomically; return the path and the rows per non-empty
    table.
    ``cancel()`` is asked between batches: true stops with ``Stopped``, leaving no file."""
    salt = os.urandom(SALT_BYTES)
    aead, header = AESGCM(_file_key(data_key, salt)), MAGIC + salt
    counts: dict[str, int] = {}
    with PendingFile(target, make_folder=True) as pending:
        with open(pending.temp_path, "wb") as out:
            out.write(header)
            counter = 0

            def frame(payload) -> None:
                nonlocal counter
                if cancel is not None and cancel():
                    raise Stopped()
                sealed = aead.encrypt(_nonce(counter), zlib.compress(marshal.dumps(payload, _MARSHAL), LEVEL), header)
                out.write(struct.pack(">I", len(sealed)) + sealed)
                counter += 1

            in_transaction = source.in_transaction
            if not in_transaction:
                source.execute("BEGIN")
            try:
                version = source.execute("PRAGMA user_version").fetchone()[0]
                frame(json.dumps({"format": 1, "user_version": version, "schema": _schema(source)}))
                for table in _data_tables(source):
                    rowid = _has_rowid(source, table)
                    cursor = source.execute(f'SELECT rowid, * FROM "{table}" ORDER BY rowid' if rowid
                                            else f'SELECT * FROM "{table}"')
                    while rows := cursor.fetchmany(BATCH_ROWS):
                        frame((table, rowid, rows))
                        counts[table] = counts.get(table, 0) + len(rows)
            finally:
                if not in_transaction:
                    source.rollback()
            frame(("", False, counts))
        return pending.commit(), counts


def _frames(path: Path, data_key: bytes) -> Iterator:
    """The meta dict, then ``(table, with_rowid, rows)`` per frame; checks the end frame's counts."""
    with open(path, "rb") as f:
        header = f.read(len(MAGIC) + SALT_BYTES)
        if not header.startswith(MAGIC) or len(header) < len(MAGIC) + SALT_BYTES:
            raise PackedBackupError(f"{Path(path).name}: not a packed Lindungi backup")
        aead, counter, seen = AESGCM(_file_key(data_key, header[len(MAGIC):])), 0, {}

        def read():
            nonlocal counter
            size = f.read(4)
            if len(size) < 4:
                raise PackedBackupError(f"{Path(path).name}: cut short")
            sealed = f.read(struct.unpack(">I", size)[0])
            try:
                plain = aead.decrypt(_nonce(counter), sealed, header)
            except InvalidTag:
                raise PackedBackupError(f"{Path(path).name}: altered, or not this office's key") from None
            counter += 1
            return marshal.loads(zlib.decompress(plain))

        yield json.loads(read())
        while True:
            table, with_rowid, rows = read()
            if not table:
                if rows != seen or f.read(1):
                    raise PackedBackupError(f"{Path(path).name}: row counts differ from its end frame")
                return
            seen[table] = seen.get(table, 0) + len(rows)
            yield table, with_rowid, rows


def verify(path: Path, data_key: bytes) -> dict[str, int]:
    """Read every frame back (authenticated, decompressed, counted); the rows per table.
    ``PackedBackupError`` when the file is not whole or not this office's."""
    counts: dict[str, int] = {}
    frames = _frames(path, data_key)
    next(frames)
    for table, _rowid, rows in frames:
        counts[table] = counts.get(table, 0) + len(rows)
    return counts


def meta(path: Path, data_key: bytes) -> dict:
    """The packed backup's meta frame: format, ``user_version`` and schema rows."""
    return next(_frames(path, data_key))


def unpack(path: Path, target: Path, data_key: bytes) -> dict[str, int]:
    """Rebuild the database of the packed backup ``path`` as a new keyed file ``target`` (which
    must not exist yet; the caller makes it a ``PendingFile``) and return its rows per table."""
    frames = _frames(path, data_key)
    info = next(frames)
    conn = driver.connect(target, key=data_key, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = OFF")           # a new file, built in one transaction
        conn.execute("BEGIN")
        schema = info["schema"]
        virtual = [row for row in schema if row[0] == "table" and row[3].upper().startswith("CREATE VIRTUAL")]
        shadows = {f"{row[1]}_{part}" for row in virtual for part in _FTS_PARTS}
        for kind, name, _table, sql in schema:
            if kind == "table" and name not in shadows and [kind, name, _table, sql] not in virtual:
                conn.execute(sql)
        for *_, sql in virtual:
            conn.execute(sql)
        for shadow in shadows:                               # CREATE VIRTUAL TABLE filled them: the saved rows win
            if conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", [shadow]).fetchone():
                conn.execute(f'DELETE FROM "{shadow}"')
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'").fetchone():
            conn.execute("DELETE FROM sqlite_sequence")
        inserts: dict[str, str] = {}
        counts: dict[str, int] = {}
        for table, with_rowid, rows in frames:
            if table not in inserts:
                names = (["rowid"] if with_rowid else []) + [
                    f'"{r[1]}"' for r in conn.execute(f'PRAGMA table_xinfo("{table}")') if not r[6]]
                inserts[table] = (f'INSERT INTO "{table}" ({", ".join(names)}) '
                                  f'VALUES ({", ".join("?" * len(names))})')
            conn.executemany(inserts[table], rows)
            counts[table] = counts.get(table, 0) + len(rows)
        for kind, _name, _table, sql in schema:
            if kind in ("index", "trigger", "view"):
                conn.execute(sql)
        conn.execute(f"PRAGMA user_version = {int(info['user_version'])}")
        conn.execute("COMMIT")
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()
    return counts
