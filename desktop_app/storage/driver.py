"""The one SQLite driver of the office database: SQLCipher 4 through ``sqlcipher3`` (0.6.x).

Every connection to an office database file — the main one, workers' siblings, the
integrity check, backups, restore, the schema check — is made by ``connect`` here, keyed
with the office's raw 32-byte data key (``PRAGMA key = "x'…'"``: no passphrase derivation,
~1 ms; the password check is the key file's, see ``storage.keyfile``). An import-linter
contract keeps every other module from importing ``sqlite3``/``sqlcipher3`` for it (the
region reference database is not personal data and stays on the standard library).

Importing this module registers ``sqlcipher3`` as ``pysqlite3`` before sqlite-utils is
imported (``storage/__init__`` imports it first), so sqlite-utils raises and catches the same
exception classes as Lindungi: exactly one SQLite library for the office database per process.

Keys: ``keys`` remembers the data key of each database this process unlocked
(``Store.open(…, key=…)``); a file beside it, in its ``backups/`` folder, or — while only
one office is open — anywhere else (a backup on a flash disk) is opened with that key. A test
run sets ``keys.fallback`` (one test-wide key, tests/conftest.py); the app never does, so a
connection without a known key is a bug, never a plaintext file.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from pathlib import Path

import sqlcipher3
from sqlcipher3 import dbapi2

if "sqlite_utils.utils" in sys.modules and sys.modules.get("pysqlite3") is not sqlcipher3:
    raise ImportError("sqlite_utils was imported before desktop_app.storage.driver: it would use another SQLite")
sys.modules["pysqlite3"] = sqlcipher3
sys.modules["pysqlite3.dbapi2"] = dbapi2

Connection = dbapi2.Connection
Error = dbapi2.Error
DatabaseError = dbapi2.DatabaseError
IntegrityError = dbapi2.IntegrityError
OperationalError = dbapi2.OperationalError
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_FULL = dbapi2.SQLITE_BUSY, dbapi2.SQLITE_LOCKED, dbapi2.SQLITE_FULL
SQLITE_READONLY, SQLITE_PERM, SQLITE_CANTOPEN = dbapi2.SQLITE_READONLY, dbapi2.SQLITE_PERM, dbapi2.SQLITE_CANTOPEN
SQLITE_IOERR, SQLITE_NOTADB, SQLITE_CORRUPT = dbapi2.SQLITE_IOERR, dbapi2.SQLITE_NOTADB, dbapi2.SQLITE_CORRUPT

KEY_BYTES = 32
CACHE_KIB = 64 * 1024          # page cache of the main connection: cold SQLCipher page reads are 3-5x slower
PLAINTEXT_HEADER = b"SQLite format 3\x00"


class MissingKey(RuntimeError):
    """A connection to an office database was asked for while no key is known for it (a bug)."""


def _folder_of(db_path: Path) -> tuple[Path, Path]:
    from desktop_app.paths import backup_dir_for

    return db_path.parent, backup_dir_for(db_path)


class KeyRing:
    """The data keys this process has unlocked, by database file (thread-safe)."""

    def __init__(self) -> None:
        self._keys: dict[Path, bytes] = {}
        self._lock = threading.Lock()
        self.fallback: Callable[[Path], bytes | None] | None = None

    def remember(self, db_path: Path, key: bytes) -> None:
        if len(key) != KEY_BYTES:
            raise ValueError("a data key has 32 bytes")
        with self._lock:
            self._keys[Path(db_path).resolve()] = bytes(key)

    def forget(self, db_path: Path | None = None) -> None:
        """Forget one database's key (or every key): e.g. when the window locks."""
        with self._lock:
            if db_path is None:
                self._keys.clear()
            else:
                self._keys.pop(Path(db_path).resolve(), None)

    def known(self, path: Path, *, exact: bool = False) -> bytes | None:
        """The key for ``path`` when this process knows it, else None (``exact``: only a key
        remembered for that very database, or a test run's)."""
        path = Path(path).resolve()
        with self._lock:
            keys = dict(self._keys)
        if exact:
            return keys.get(path) or (self.fallback(path) if self.fallback else None)
        for db, key in keys.items():
            if path == db or path.parent in _folder_of(db):
                return key
        if len(set(keys.values())) == 1:
            return next(iter(keys.values()))
        return self.fallback(path) if self.fallback else None

    def key_for(self, path: Path) -> bytes:
        key = self.known(path)
        if key is None:
            raise MissingKey(f"no data key known for {Path(path).name}")
        return key


keys = KeyRing()


def key_pragma(key: bytes) -> str:
    return f"\"x'{key.hex()}'\""


_MODES = {None: "", "ro": "?mode=ro", "immutable": "?mode=ro&immutable=1"}


def connect(path: Path | str, *, key: bytes | None = None, mode: str | None = None, timeout: float = 5.0,
            check_same_thread: bool = False, isolation_level: str | None = "",
            cache: bool = False) -> Connection:
    """A connection to the office database file ``path`` keyed with its data key (``key``, or
    the one ``keys`` knows for ``path``); ``mode`` "ro" opens it read-only, "immutable" as
    unchanging (read-only media). The key is checked at once: a file that is not this key's
    database raises ``DatabaseError`` ("file is not a database") here. ``cache`` raises the
    page cache (the main connection)."""
    path = Path(path)
    key = key if key is not None else keys.key_for(path)
    target = path.resolve().as_uri() + _MODES[mode] if mode else str(path)
    conn = dbapi2.connect(target, uri=bool(mode), timeout=timeout, check_same_thread=check_same_thread,
                          isolation_level=isolation_level)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {key_pragma(key)}")
        conn.execute("PRAGMA temp_store = MEMORY")      # sorts and temp tables never in a plaintext temp file
        if cache:
            conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        conn.close()
        raise
    return conn


def memory() -> Connection:
    """An in-memory database (nothing on disk; used to build the reference schema)."""
    return dbapi2.connect(":memory:")


def is_plaintext(path: Path) -> bool:
    """True for an unencrypted SQLite file (from before encryption at rest)."""
    try:
        with open(path, "rb") as f:
            return f.read(len(PLAINTEXT_HEADER)) == PLAINTEXT_HEADER
    except OSError:
        return False


def plaintext_connection(path: Path, *, readonly: bool = True) -> Connection:
    """A connection to a plaintext file from before encryption at rest (only to convert it)."""
    target = Path(path).resolve().as_uri() + "?mode=ro" if readonly else str(path)
    conn = dbapi2.connect(target, uri=readonly, isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    return conn


def encrypt_copy(plain: Path, target: Path, key: bytes) -> None:
    """Write an encrypted copy of the plaintext database ``plain`` to the new file ``target``
    (``sqlcipher_export``: schema, rows, FTS tables and ``user_version``)."""
    conn = dbapi2.connect(str(plain), isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute(f"ATTACH DATABASE ? AS enc KEY {key_pragma(key)}", [str(target)])
        conn.execute("SELECT sqlcipher_export('enc')")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"PRAGMA enc.user_version = {int(version)}")
        conn.execute("DETACH DATABASE enc")
    finally:
        conn.close()


def opens_with(path: Path, key: bytes) -> bool:
    """True when ``key`` opens the database file ``path``."""
    try:
        connect(path, key=key, mode="ro").close()
        return True
    except Error:
        return False
